"""Reasons rules round 38 (after the replies_fresh51 first look, with replies_fresh47-50): reasons told
as a state of things rather than in the usual word, by family, each written anew here in every
language (en, de, es, fr, it, nl, pt), with the same words where they are no reason or not this one
(a family must not overreach)."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str) -> str:
    return classify_reason(text, "en").reason


# Residence told as a state, not a move ("I live in Leeds now", "wohnen seit Mai in Kassel"):
# moved_away.
@pytest.mark.parametrize("text", [
    "We've been living in Dundee since March, with the new job.",
    "I'm now settled in Cardiff for good.",
    "Ich wohne inzwischen dauerhaft in Rostock bei meinem Freund.",
    "Wir wohnen seit Juni in Kassel, die Kinder gehen dort zur Schule.",
    "Ich bin nach Luzern gezügelt, das ist einfach zu weit.",
    "Ahora vivimos en Salamanca, cerca de mis suegros.",
    "Resido en Oviedo desde septiembre, cerca de mi hermana.",
    "Nous sommes à Nantes depuis la rentrée, avec le travail de mon mari.",
    "J'habite désormais à Grenoble, près de ma sœur.",
    "Adesso abito stabilmente a Bologna con il mio compagno.",
    "Viviamo a Trieste da febbraio, con il nuovo incarico.",
    "Wij wonen sinds april in Zwolle, dicht bij de school van de kinderen.",
    "Ik woon nu definitief in Gent bij mijn vriendin.",
    "Agora moramos em Braga, perto dos avós.",
    "Vivo em Coimbra desde outubro por causa do doutoramento.",
])
def test_residence_told_as_a_state_is_moved_away(text: str) -> None:
    assert _reason(text) == "moved_away"


# The same words where the customer has not moved away: a long-time home, a smaller flat in town,
# feelings reined in ("gezügelt"), off work since some month.
@pytest.mark.parametrize("text", [
    "We have been living in Bristol since 1998 and love your shop.",
    "We now live in a small flat, so the garden service has to stop.",
    "Ich habe meine Ausgaben etwas gezügelt.",
    "Wir wohnen jetzt in einer kleineren Wohnung ohne Garten.",
    "Ahora vivo en un piso compartido en el mismo barrio.",
    "Je suis en arrêt maladie depuis mars.",
    "J'habite à Lyon depuis vingt ans, tout près de chez vous.",
    "Abito a Milano da trent'anni, a due passi da voi.",
    "Wij wonen al twintig jaar in Utrecht, vlak bij jullie.",
    "Wij wonen nu in een kleiner huis in hetzelfde dorp.",
    "Moro em Lisboa desde 1985, mesmo ao lado da vossa loja.",
])
def test_residence_that_is_no_move_is_not_moved_away(text: str) -> None:
    assert _reason(text) != "moved_away"


# Working hours that end too late told as the hour ("I never get out before 8"): schedule_conflict.
@pytest.mark.parametrize("text", [
    "These days I never leave the office before 7.",
    "Ich komme unter der Woche nie vor 19 Uhr raus.",
    "Este año no salgo nunca del trabajo antes de las 20.",
    "Je ne sors jamais avant 20h en semaine.",
    "Purtroppo non esco mai prima delle 19.",
    "Ik ben nooit voor 19 uur vrij.",
    "Durante a semana nunca saio antes das 20.",
])
def test_working_hours_ending_late_is_schedule_conflict(text: str) -> None:
    assert _reason(text) == "schedule_conflict"


# Hours of someone or something else, a visit before a time: no schedule conflict.
@pytest.mark.parametrize("text", [
    "The dog never gets out before 7 in the morning, he's lazy.",
    "Der Hund kommt nie vor 7 Uhr aus dem Körbchen.",
    "El perro no sale nunca antes de las 8, es muy perezoso.",
    "Le chat ne sort jamais avant 8h, il est trop paresseux.",
    "Il gatto non esce mai prima delle 8, è pigrissimo.",
    "De kat is nooit voor 8 uur wakker.",
    "O cão nunca sai antes das 8, é preguiçoso.",
])
def test_hours_of_something_else_are_no_schedule_conflict(text: str) -> None:
    assert _reason(text) != "schedule_conflict"


# An alternative told as a situation: a relative now does it, a place got at another practice,
# the work placed with another office: found_alternative.
@pytest.mark.parametrize("text", [
    "My sister-in-law has taken over, she's just qualified as a hairdresser.",
    "We got a spot with a different club.",
    "Meine Schwägerin übernimmt das jetzt für uns.",
    "Mein Nachbar erledigt das jetzt für mich.",
    "Mi cuñada se encarga ahora de todo, es peluquera.",
    "Mon beau-frère s'en occupe maintenant, il est comptable.",
    "Ci facciamo seguire da un'altra logopedista.",
    "Mia suocera se ne occupa volentieri, è in pensione.",
    "We hebben de boekhouding ondergebracht bij een kantoor in het dorp.",
    "Mijn schoonzus doet het nu, ze is net afgestudeerd.",
    "A minha cunhada passou a tratar disso, é contabilista.",
])
def test_an_alternative_told_as_a_situation_is_found_alternative(text: str) -> None:
    assert _reason(text) == "found_alternative"


# A relative, a place, a placing about something else: no alternative.
@pytest.mark.parametrize("text", [
    "My sister took me to the appointment last time.",
    "We got a place on the waiting list for March.",
    "Mein Bruder übernimmt ab Juli die Firma unseres Vaters.",
    "Mein Nachbar macht das seit Jahren genauso.",
    "Mi madre me dijo que erais muy buenos.",
    "Ma sœur m'a parlé de vous avec enthousiasme.",
    "Mi faccio sentire io più avanti.",
    "Mijn schoonmoeder past soms op de kinderen als wij weg zijn.",
    "De kinderen zijn ondergebracht bij oma deze zomer.",
    "A minha irmã falou-me muito bem de vocês.",
])
def test_the_same_words_about_something_else_are_no_alternative(text: str) -> None:
    assert _reason(text) != "found_alternative"


# A clash told as the lesson falling on, or coinciding with, another activity: schedule_conflict.
@pytest.mark.parametrize("text", [
    "The lesson now coincides with his football training.",
    "Die Stunde fällt jetzt genau auf sein Fußballtraining.",
    "La clase coincide justo con su entrenamiento de fútbol.",
    "Le cours tombe pile sur son entraînement de foot.",
    "La lezione ora coincide con il suo allenamento di calcio.",
    "De les valt precies op de woensdagtraining.",
    "A aula calha precisamente no dia do treino de futebol.",
])
def test_a_lesson_falling_on_another_activity_is_schedule_conflict(text: str) -> None:
    assert _reason(text) == "schedule_conflict"


# The same words where nothing clashes: a choice that falls on a course, what one was looking for.
@pytest.mark.parametrize("text", [
    "The lesson coincided with the holidays, but we came anyway.",
    "Die Wahl fällt auf den Kurs am Montag.",
    "La clase coincide con lo que buscábamos.",
    "Le cours tombe sur le bon moment.",
    "La lezione coincide con quello che cercavo.",
    "Het cadeau viel in de smaak.",
    "O curso coincide com o que eu procurava.",
])
def test_coinciding_with_no_activity_is_no_schedule_conflict(text: str) -> None:
    assert _reason(text) != "schedule_conflict"
