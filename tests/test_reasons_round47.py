"""Reasons rules round 47 (helper, after the replies_fresh62 first look): what the customer had hoped
for and did not get, told as a verdict, and work done otherwise than asked (dissatisfied); a named sum
too much, fees that go up, a quote beyond the budget (cost); work that swallows the evenings or exam
season (schedule_conflict); another way found and told as what the customer does now
(found_alternative); a hard time at home left vague, the wedding called off (personal); recovered and
signed off (no_longer_needed); not yet confident (not_ready) and a body part still healing (illness).
Each family written anew here in every language (en, de, es, fr, it, nl, pt), with the same words
where they are no reason or not this one."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str, language: str = "en") -> str:
    return classify_reason(text, language).reason


@pytest.mark.parametrize(("language", "text"), [
    ("en", "To be honest the course didn't really convince me, it was mostly chatting."),
    ("de", "Wir hatten uns ehrlich gesagt deutlich mehr Rückmeldung vom Trainer erwartet."),
    ("es", "Las clases de este trimestre no me acabaron de convencer."),
    ("fr", "Les séances de l'automne ne nous ont pas convaincus, on tournait en rond."),
    ("it", "Il corso non mi ha proprio convinto, si parlava più che suonare."),
    ("nl", "De training leverde eerlijk gezegd niet veel op, zijn tijden werden niet beter."),
    ("pt", "As aulas não me convenceram, parecia que não saía do lugar."),
    ("es", "La última vez tardaron casi una hora en sacar los segundos."),
])
def test_fell_short_of_hopes_is_dissatisfied(language: str, text: str) -> None:
    assert _reason(text, language) == "dissatisfied"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I came out with a lot more taken off than I'd asked for, again."),
    ("de", "Die Haare waren am Ende viel kürzer als gewünscht."),
    ("es", "Me lo dejaron mucho más corto de lo que pedí."),
    ("it", "Me li hanno lasciati più corti di quanto avessi chiesto."),
])
def test_not_as_asked_is_dissatisfied(language: str, text: str) -> None:
    assert _reason(text, language) == "dissatisfied"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "We got more rooms than we had asked for, lovely."),
    ("en", "Could you take a bit more off than last time?"),
])
def test_not_as_asked_guards(language: str, text: str) -> None:
    assert _reason(text, language) != "dissatisfied"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "If the course doesn't convince me after a month, can I stop?"),
    ("fr", "Je ne sais pas encore si les cours m'ont convaincu, je vous redis."),
    ("nl", "Als het niet veel oplevert, laat ik het weten, maar tot nu toe gaat het goed."),
])
def test_fell_short_of_hopes_guards(language: str, text: str) -> None:
    assert _reason(text, language) != "dissatisfied"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The membership fees are going up again in January, so that's that."),
    ("de", "Die Kursgebühren gehen ab Mai ordentlich hoch, das passt nicht mehr."),
    ("es", "La cuota del gimnasio sube otra vez en septiembre y ya no llegamos."),
    ("fr", "Les tarifs augmentent encore à la rentrée, on arrête là."),
    ("it", "Il preventivo era ben oltre quello che avevamo messo in conto per la festa."),
    ("nl", "Het lesgeld gaat per januari flink omhoog, met drie kinderen lukt dat niet."),
    ("pt", "A mensalidade vai aumentar outra vez em março, assim fica complicado."),
])
def test_price_too_high_is_cost(language: str, text: str) -> None:
    assert _reason(text, language) == "cost"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Are the prices going up next year?"),
    ("nl", "Gaat het lesgeld volgend jaar omhoog?"),
])
def test_price_too_high_guards(language: str, text: str) -> None:
    assert _reason(text, language) != "cost"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I'm snowed under with work until the summer."),
    ("de", "Ich arbeite inzwischen bis acht, das schaffe ich nicht mehr."),
    ("es", "Salgo del trabajo hasta las ocho casi todos los días."),
    ("fr", "Je suis débordée au travail jusqu'à l'été."),
    ("it", "Sono sommersa di lavoro fino a giugno, non riesco proprio."),
    ("nl", "Ik zit tegenwoordig tot half acht op kantoor, dus de avondles haal ik niet."),
    ("pt", "Estou em época de TCC e não vou dar conta de mais nada até dezembro."),
    ("en", "I don't get home from work till half seven most nights."),
    ("it", "Non torno dal lavoro prima delle otto, quindi il corso serale salta."),
])
def test_swamped_is_schedule_conflict(language: str, text: str) -> None:
    assert _reason(text, language) == "schedule_conflict"


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Ich sitze bis 2039 in Elternzeit zu Hause, dann gern wieder."),
    ("nl", "Ik werk tot 2040 bij dezelfde baas, geen zorgen."),
    ("en", "I won't get back till half term, then I'll book again."),
])
def test_swamped_guards(language: str, text: str) -> None:
    assert _reason(text, language) != "schedule_conflict"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "These days I follow the workouts with an app at home, it suits me better."),
    ("de", "Ich mache inzwischen Yoga mit einer App zu Hause."),
    ("es", "Ahora hago pilates con una app en casa, me va mejor."),
    ("fr", "Maintenant je vais chez une toiletteuse à deux pas, c'est plus simple."),
    ("it", "Adesso mi alleno nella palestra del condominio, è gratis."),
    ("nl", "Ik doe tegenwoordig pilates met een app thuis."),
    ("fr", "Désormais je fais du yoga avec une appli, ça me suffit."),
    ("pt", "Agora tô treinando na academia do condomínio, sai de graça."),
])
def test_other_way_now_is_found_alternative(language: str, text: str) -> None:
    assert _reason(text, language) == "found_alternative"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I can't log in to your booking app, could you help?"),
    ("nl", "Hebben jullie ook een app voor thuis?"),
    ("nl", "Ze plant haar huiswerk nu met een app en haalt voldoendes."),
])
def test_other_way_now_guards(language: str, text: str) -> None:
    assert _reason(text, language) != "found_alternative"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The wedding has been called off, I'd rather not go into it."),
    ("de", "Ich hatte wegen des Umbaus keinen Kopf für feste Termine."),
    ("es", "Al final no habrá boda, prefiero no entrar en detalles."),
    ("fr", "C'est une période compliquée à la maison en ce moment."),
    ("it", "Non ci sarà nessun matrimonio, preferisco non parlarne."),
    ("nl", "Het is een lastige periode thuis, vandaar."),
    ("pt", "Estou sem cabeça para horários fixos agora, obrigada pela compreensão."),
])
def test_hard_time_at_home_is_personal(language: str, text: str) -> None:
    assert _reason(text, language) == "personal"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The wedding shoot was lovely, thank you again."),
    ("es", "La boda fue preciosa, gracias por todo."),
])
def test_hard_time_at_home_guards(language: str, text: str) -> None:
    assert _reason(text, language) != "personal"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "After the operation on my shoulder the consultant has signed me off, thanks for everything."),
    ("de", "Die Schmerzen im Rücken sind endlich weg, danke für Ihre Hilfe."),
    ("es", "El dolor de espalda se me ha pasado del todo, gracias."),
    ("fr", "Ma douleur au dos est passée, la douleur est partie depuis mars."),
    ("it", "Il mal di schiena è passato, grazie di tutto."),
    ("nl", "De pijn in mijn knie is helemaal weg, bedankt."),
    ("pt", "Já tive alta do ortopedista, obrigado pelos tratamentos."),
])
def test_recovered_is_no_longer_needed(language: str, text: str) -> None:
    assert _reason(text, language) == "no_longer_needed"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The pain hasn't gone yet, my back is still bad."),
    ("it", "Se il mal di schiena è passato a giugno, torno."),
])
def test_recovered_guards(language: str, text: str) -> None:
    assert _reason(text, language) != "no_longer_needed"


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("en", "I still don't feel confident enough to drive on the motorway.", "not_ready"),
    ("it", "Non mi sento ancora abbastanza sicura per guidare da sola.", "not_ready"),
    ("nl", "Zodra mijn enkel helemaal hersteld is kom ik weer.", "illness"),
    ("fr", "Dès que ma cheville sera guérie, je reviens.", "illness"),
    ("it", "Appena la caviglia sarà guarita torno in sala.", "illness"),
    ("pt", "Assim que o joelho sarar eu volto.", "illness"),
])
def test_not_yet_healed(language: str, text: str, reason: str) -> None:
    assert _reason(text, language) == reason
