"""Reasons round 62: a wait only in the conditional is praise, not a complaint ("Honestly I'd wait an hour
for her bread", "für ihr Brot würde ich auch eine Stunde warten", "zou ik een uur wachten"), while "I'd
say the sessions felt rushed" and a wait that happened ("Ich wurde eine Stunde warten gelassen") still
are. After the replies_fresh80 first look: moves, schedules, the baby, a parent near, complaints
with no result, a refund awaited, done after the diploma, the insurer that stopped paying; a price asked
is no reason; the stop asked with a slip ("dadme de vaja", "rimovi la mia mail")."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Honestly I'd wait an hour for her bread, it's that good. We just can't make Saturdays any more."),
    ("en", "I would happily wait an hour for one of her loaves."),
    ("de", "Für ihr Brot würde ich auch eine Stunde warten. Samstags klappt es bei uns leider nicht mehr."),
    ("nl", "Voor haar brood zou ik een uur wachten. Maar zaterdag past ons niet meer."),
])
def test_a_wait_only_in_the_conditional_is_no_complaint(language: str, text: str) -> None:
    assert classify_reason(text, language).reason != "dissatisfied", classify_reason(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I'd say the sessions felt rushed, to be honest."),
    ("en", "I'd have to say we waited over an hour most weeks."),
    ("de", "Ich würde sagen, die Stunden waren gehetzt."),
    ("de", "Ich wurde eine Stunde warten gelassen, obwohl ich pünktlich war."),
    ("en", "We waited an hour past our slot and nobody told us why."),
])
def test_a_verdict_still_counts(language: str, text: str) -> None:
    assert classify_reason(text, language).reason == "dissatisfied", classify_reason(text, language)


# After the replies_fresh80 first look (reasons 0.700 with the rules alone), families in every language.

@pytest.mark.parametrize(("language", "text", "reason"), [
    ("it", "grazie dell invito ma non sono più a milano da gennaio", "moved_away"),
    ("fr", "Je ne suis plus à Lyon depuis l'été.", "moved_away"),
    ("de", "Wir wohnen seit März nicht mehr in Freiburg.", "moved_away"),
    ("fr", "Merci, mais je suis à Montréal pour un an avec le travail de mon conjoint.", "moved_away"),
    ("en", "Thanks, but I'm in Singapore for a year with work.", "moved_away"),
    ("es", "lo dejé porque tenía los exámenes de la uni y no me daba tiempo a nada", "schedule_conflict"),
    ("fr", "J'ai changé de poste et je termine maintenant à 19 h, donc impossible d'arriver à l'atelier.",
     "schedule_conflict"),
    ("nl", "Ik had Daan afgemeld omdat de les op woensdag om 15.15 uur niet meer te halen is.",
     "schedule_conflict"),
    ("it", "Adesso stacco dal lavoro alle 19, quindi non ce la faccio.", "schedule_conflict"),
    ("fr", "Rien à voir avec l'atelier ! Mais le bébé arrive fin mai et j'ai dû lever le pied.", "personal"),
    ("en", "Nothing to do with you, the baby is due in May.", "personal"),
    ("it", "Mio papà non sta bene e nei prossimi mesi devo stare a Cremona per stargli vicino.", "personal"),
    ("it", "Il wi-fi cadeva più volte al giorno. Ne avevo parlato due volte alla reception senza risultati.",
     "dissatisfied"),
    ("pt", "Cobraram-me uma sessão que desmarquei a tempo e até hoje estou à espera da devolução.",
     "dissatisfied"),
    ("en", "I'm still waiting for my refund from February.", "dissatisfied"),
    ("nl", "Sanne heeft haar A- en B-diploma, dus voor ons is het zwemmen wel klaar.", "no_longer_needed"),
    ("pt", "O seguro de saúde deixou de comparticipar a fisioterapia e não consigo suportar o custo.",
     "cost"),
])
def test_the_reason_told(language: str, text: str, reason: str) -> None:
    assert classify_reason(text, language).reason == reason, classify_reason(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Oh, les stages du week-end m'intéressent ! Pourriez-vous m'envoyer les dates et le tarif ?"),
    ("pt", "Tenho interesse no Pilates em grupo. Qual é o preço mensal? E é preciso avaliação?"),
    ("nl", "Ik heb eerlijk gezegd nooit een diploma gehaald. Kunt u mij de tijden sturen?"),
    ("it", "Non mi sento più a mio agio in gruppo, scusate."),
])
def test_not_that_reason(language: str, text: str) -> None:
    got = classify_reason(text, language).reason
    assert got not in ("cost", "no_longer_needed", "moved_away"), classify_reason(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("fr", "Le tarif était trop élevé pour moi."),
    ("es", "¿Por qué subió tanto el precio? Ya no puedo pagarlo."),
])
def test_a_price_told_is_still_cost(language: str, text: str) -> None:
    assert classify_reason(text, language).reason == "cost", classify_reason(text, language)


@pytest.mark.parametrize(("language", "text", "opt_out"), [
    ("es", "ya me saque el carnet con otra autoescuela, asi q dadme de vaja de los correos porfa", True),
    ("it", "grazie dell invito ma non sono più a milano, rimovi la mia mail per favore", True),
    ("it", "non rimuovere la mia mail, mi raccomando", False),
    ("es", "no me deis de baja de los correos eh, que me interesa", False),
])
def test_the_mail_stopped_with_a_slip(language: str, text: str, opt_out: bool) -> None:
    assert classify_reason(text, language).opt_out is opt_out, classify_reason(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("es", "jajaja ya me saqué el carnet en febrero con otra autoescuela de triana"),
    ("en", "I passed my test in February with another driving school."),
    ("de", "Ich habe den Führerschein im Februar bei einer anderen Fahrschule gemacht."),
    ("fr", "J'ai eu mon permis en février avec une autre auto-école."),
    ("nl", "Ik heb mijn rijbewijs in februari bij een andere rijschool gehaald."),
    ("pt", "Tirei a carta em fevereiro noutra escola de condução."),
])
def test_done_with_another_provider_is_found_alternative(language: str, text: str) -> None:
    assert classify_reason(text, language).reason == "found_alternative", classify_reason(text, language)


@pytest.mark.parametrize(("language", "text", "future"), [
    ("es", "Cuando ahorre un poco vuelvo, que ya solo me quedaban las prácticas.", "yes"),
    ("it", "Se le cose migliorano torno volentieri, mi sono trovata benissimo.", "yes"),
    ("en", "Oh how lovely! Count us in – 2 adults and 2 kids.", "yes"),
    ("de", "Wie schön, danke für die Einladung! Wir kommen sehr gern, zu dritt.", "yes"),
    ("fr", "Avec grand plaisir, nous serons deux (ma femme et moi).", "yes"),
    ("it", "Ci sarò sicuramente! Posso portare una collega?", "yes"),
    ("pt", "Tenho interesse no Pilates clínico em grupo, às quintas dava-me jeito.", "yes"),
    ("it", "Purtroppo non ci saremo.", "unknown"),
    ("fr", "Ça ne m'intéresse plus, merci.", "unknown"),
    ("es", "No me interesa, gracias.", "unknown"),
])
def test_a_return_an_invitation_accepted_or_interest_is_future_contact(language: str, text: str,
                                                                       future: str) -> None:
    assert classify_reason(text, language).future_contact == future, classify_reason(text, language)
