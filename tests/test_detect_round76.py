"""Rules round 76 (after the inbound_fresh85 first look, an ordinary week), in every language where the
form exists:

- the cancel asked in the passive with the booking between the modal and the verb ("Could Thursday's
  appointment be cancelled, please?", "Kann der Termin am Donnerstag gestrichen werden?", "Mag de
  snoeibeurt van donderdag geschrapt worden aub?", "Mon cours de jeudi peut-il être annulé ?", "Pode a
  consulta de quinta ser cancelada?"): answered for a named booking; "Can appointments be cancelled by
  phone?" and the fee asked stay questions; the German booked day is no move;
- how to cancel, wished to be known ("I'm writing to ask how to cancel a class", "Ich möchte wissen, wie
  ich meinen Kurs kündigen kann", "Quisiera saber cómo cancelar mi clase"): the procedure, never answered;
- "je t'écris pour", "ich schreibe dir, um", "ik schrijf je om", "escrevo-te para" ask;
- the own cancelling apologised for ("Sorry to cancel so late", "Désolée d'annuler à la dernière minute",
  "Perdón por cancelar", "Entschuldigung, dass ich so kurzfristig absage", "Desculpe cancelar em cima da
  hora", "sorry dat ik zo laat afzeg");
- "je ne pourrai pas me présenter à l'atelier", "no podré presentarme", "non potrò presentarmi";
- Swiss German dialect ("Ich mues de Termin vom Donnschtig absäge");
- at most a person: a child not going today in the present ("hoy no va a la clase", "oggi non viene a
  lezione"), going on no more ("no va a seguir yendo al grupo"), the agreement not carried on ("die
  Vereinbarung … nicht weiterzuführen", "de samenwerking niet voort te zetten"), the thing ordered wanted no
  more ("já não a quero").
"""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Could Thursday's appointment be cancelled, please?",
    "Could my booking on Friday be cancelled?",
    "Kann der Termin am Donnerstag gestrichen werden?",
    "Morgen,\nMag de afspraak van donderdag geschrapt worden aub?\nMvg\nWim",
    "Mon cours de jeudi peut-il être annulé ?",
    "Pode a consulta de quinta ser cancelada, por favor?",
    "Può essere annullato l'appuntamento di giovedì?",
])
def test_the_passive_asked_for_a_named_booking_is_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Can appointments be cancelled by phone?",
    "Could my booking be cancelled if the weather is bad?",
    "Kann der Termin am Donnerstag noch kostenlos storniert werden?",
    "A consulta pode ser cancelada até quando?",
])
def test_the_passive_asked_of_the_rules_is_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


def test_the_booked_day_of_a_cancel_is_no_move() -> None:
    assert judge("Kann der Termin am Donnerstag gestrichen werden?")[0] == "cancellation"


@pytest.mark.parametrize("body", [
    "I'm writing to ask how to cancel a class.",
    "Ich möchte wissen, wie ich meinen Kurs kündigen kann.",
    "Quisiera saber cómo cancelar mi clase.",
    "Je vous écris pour savoir comment annuler un cours.",
    "Ti scrivo per sapere come disdire una lezione.",
    "Ik wil weten hoe ik mijn abonnement kan opzeggen.",
    "Queria saber como cancelar a minha inscrição.",
    "Please tell me how to cancel my class.",
])
def test_how_to_cancel_is_not_a_request(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


@pytest.mark.parametrize("body", [
    "Ich weiß nicht, wie ich es sagen soll, aber ich muss den Kurs kündigen.",
    "No sé cómo decirlo, pero tengo que cancelar mi clase.",
    "Come d'accordo, disdico la lezione di giovedì.",
    "Como combinado, cancelo a aula de quinta.",
])
def test_a_how_elsewhere_in_the_sentence_still_cancels(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Je t'écris pour mettre fin à mon abonnement mensuel.",
    "Ich schreibe dir, um mein Abo zu kündigen.",
    "Ik schrijf je om mijn abonnement op te zeggen.",
    "Escrevo-te para cancelar a minha inscrição no curso.",
    "Sorry to cancel so late, I can't make the workshop tomorrow.",
    "Désolée d'annuler le cours de demain à la dernière minute.",
    "Perdón por cancelar tan tarde la clase de mañana.",
    "Entschuldigung, dass ich so kurzfristig absage, der Kurs morgen geht nicht.",
    "Desculpe cancelar em cima da hora a aula de amanhã.",
    "Sorry dat ik zo laat afzeg voor de les van morgen.",
    "Je ne pourrai pas me présenter à l'atelier de demain matin (9 h).",
    "No podré presentarme a la clase del jueves.",
    "Non potrò presentarmi alla lezione di giovedì.",
    "Grüezi Frau Meier\n\nIch mues de Termin vom Donnschtig am 16.00 leider absäge. Mir händ im Gschäft"
    " e Sitzig.\n\nReto",
])
def test_asked_in_more_words_is_answered(body: str) -> None:
    assert answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Hola buen dia, Tomi amanecio con fiebre asi que hoy no va a la clase de las 17.",
    "Te cuento que a partir de julio Facundo no va a seguir yendo al grupo de apoyo de los martes.",
    "Oggi Marco non viene a lezione, ha la febbre.",
    "Wir haben uns entschieden, die Vereinbarung mit Ihrer Praxis per Ende Juni nicht weiterzuführen.",
    "We hebben besloten de samenwerking niet voort te zetten.",
    "Nous avons décidé de ne pas poursuivre notre entente.",
    "Decidimos não dar continuidade ao contrato.",
    "Ainda não enviaram esta encomenda, pois não? Deixem estar, já não a quero.",
    "Ich will es nicht mehr, bitte nicht schicken.",
    "Morgen,\nMag de snoeibeurt van de haag van donderdag geschrapt worden aub?\nMvg\nWim",
])
def test_to_a_person_at_least(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5, (intent, confidence)


@pytest.mark.parametrize("body", [
    "¿Por qué no va a la clase de las 17?",
    "Können wir die Vereinbarung nicht weiterführen?",
])
def test_no_cancellation(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


def test_writing_to_warn_of_a_possible_move_is_no_request() -> None:
    body = ("Escrevo para a avisar com antecedência: é possível que tenhamos de cancelar ou adiar o casamento"
            " de 18 de setembro. Para já mantemos tudo como está.")
    assert judge(body)[0] == "other", judge(body)  # (neither a request nor, since rules round 77, a move)


@pytest.mark.parametrize("body", [
    "Ik zeg de knipbeurt van vrijdag af.",
    "Mag de snoeibeurt van de haag van donderdag geschrapt worden aub?",
    "Je t'écris pour mettre fin à ma carte de membre mensuelle.",
    "Te escrevo para cancelar a minha inscrição.",
    "Quiero cancelar el taller del sábado.",
])
def test_more_booked_things_are_named(body: str) -> None:
    # (second part: the Dutch "-beurt" services, "carte de membre", "inscrição", "taller")
    assert answered(body), judge(body)


# Second part (after the inbound_fresh86 first look, a hard set), in every language where the form exists.
@pytest.mark.parametrize(("body", "subject"), [
    ("Liebe Imkerinnen und Imker,\n\nleider müssen wir die Herbsttagung am Sonntag absagen. Bereits bezahlte"
     " Beiträge werden rücküberwiesen.", "ABSAGE: Herbsttagung"),
    ("Geachte klant,\n\nDoor ziekte van onze technieker moeten wij het geplande onderhoud van woensdag helaas"
     " annuleren.", "Onderhoud geannuleerd"),
    ("Dear customer,\n\nwe have to cancel your service visit on Friday, our engineer is ill.",
     "Service visit"),
    ("Avviso alle scuole e ai club subacquei\n\nLe immersioni programmate sabato devono essere annullate.",
     "Avviso"),
    ("Buenos días,\n\nquiero reservar la ruta del sábado. Antes de pagar les quería preguntar: ¿hasta cuántos"
     " días antes se puede anular sin costo?", "Consulta política de anulación"),
    ("Bonjour chef,\n\nJ'annule mon jeudi, j'ai l'examen du permis. Je rattrape samedi matin.", "jeudi"),
    ("Ciao Marco,\n\nDevo annullare la mia disponibilità per questo weekend. Puoi chiedere a Fabio se mi"
     " sostituisce?", "domenica"),
    ("Morag,\n\nI need to cancel my Thursday afternoon clinic. Could you ask Fiona if she can take my 2pm and"
     " 3pm, otherwise offer them next week?", "Thurs pm"),
])
def test_the_providers_side_is_never_answered(body: str, subject: str) -> None:
    assert not answered(body, subject), judge(body, subject)


def test_asked_of_the_reader_is_still_a_request() -> None:
    assert answered("Buongiorno dottoressa,\n\nvolevo chiederle di annullare le due sedute che mi restano"
                    " (3 e 5 giugno).", "Annullare le ultime due sedute")


def test_a_chef_greeted_is_no_boss() -> None:
    assert answered("Olá chef, vamos ter que cancelar o jantar de sábado, o orçamento apertou.")


def test_cancel_it_and_pass_it_to_the_first_free_friday_is_a_move() -> None:
    body = ("Porfa anula la reserva del viernes 17 (tour privado) y pásala al primer viernes que tengas libre"
            " en octubre.")
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "Ah've got the 10.40 wi Fiona on Thursday. Ah'll no be in.",
    "got the verruca thing 2moro at 3.15 cant do it sorry so dont put me down for the rest of the sessions",
    "I'm sure you'll have no trouble giving my follow-up slot on the 27th to someone else.",
    "So we're going to skip the tour this time, sorry.",
    "Die Patenschaft soll daher im Oktober bitte nicht mehr verlängert werden.",
    "Ich darf Ihnen mitteilen, dass die für Freitag, 17. September, gebuchte Teamveranstaltung leider nicht"
    " stattfinden kann.",
    "Il est tombé et s'est cassé le poignet. Il ne reviendra pas cette saison.",
    "Le lezioni rimanenti quindi non le frequenterà.",
    "Le rendez-vous de ce jeudi 16 pour le devis de mon salon ne tient plus.",
    "Geef onze vier banen van 9 oktober voor het personeelsfeest maar aan iemand anders.",
    "'k Zen Dirk van De Pinnekes. We gon der mee stoppen.",
    "Por isso, o plano mensal dos passeios deixa de fazer sentido a partir de outubro.",
    "Não precisa mandar ninguém amanhã nem nas próximas semanas.",
])
def test_to_a_person_at_least_second_part(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5, (intent, confidence)


@pytest.mark.parametrize("body", [
    "I won't be in the office until Monday.",
    "Chega de sedentarismo! Bora treinar na segunda?",
])
def test_no_cancellation_second_part(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)
