"""Reasons round 64 (after the replies_fresh82 first look, a hard set), in every language: an adult
relative's illness is personal (the development corpus: "looking after ill father", "caring for father
after a fall", "father-in-law hospitalised" are personal), named close before the illness ("Mijn vader is
in maart ernstig ziek geworden"), right after it ("it's not me that's ill, it's Mum") or in the sentence
before when a third person is ill ("Bei meinem Vater wurde Darmkrebs festgestellt. Während der
Chemotherapie darf er …"); never a spouse, often the service's co-user. The customer's own and the
child's illness stay illness."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Before anyone worries - it's not me that's ill, it's Mum. She had a stroke in March."),
    ("nl", "Mijn vader is in maart ernstig ziek geworden en ik zorg nu om de dag voor hem."),
    ("it", "Il bambino sta benissimo, è la nonna che si è ammalata. Adesso mammà sta in ospedale a Napoli."),
    ("de", "Bei meinem Vater wurde im Februar Darmkrebs festgestellt. Während der Chemotherapie darf er"
           " keinen Alkohol trinken."),
    ("es", "Mi madre está muy enferma y tengo que cuidarla."),
    ("fr", "Mon père est tombé gravement malade."),
    ("pt", "A minha mãe ficou doente e estou a cuidar dela."),
])
def test_a_relatives_illness_is_personal(lang: str, text: str) -> None:
    assert classify_reason(text, lang).reason == "personal", classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Mein Sohn ist krank geworden."),
    ("en", "My daughter has been ill all month."),
    ("en", "My mum drove me to the doctor because I was ill."),
    ("de", "Sehr geehrte Frau Brenner, ich bin leider krank geworden."),
    ("de", "Bei meiner Frau wurde eine Histaminintoleranz festgestellt."),  # a spouse: often a co-user
    ("es", "El mes pasado, ayudando a mi hermano con la mudanza, levanté una cómoda de las antiguas y algo"
           " hizo «crac» en la espalda. Llevo de baja desde entonces."),
])
def test_ones_own_or_the_childs_illness_stays_illness(lang: str, text: str) -> None:
    assert classify_reason(text, lang).reason == "illness", classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text", "reason"), [
    # gone over to the competition: found_alternative
    ("es", "Os confieso que me pasé a la competencia porque me hacían un 50 % los tres primeros meses.",
     "found_alternative"),
    ("fr", "Pour être honnête, je suis passée à la concurrence.", "found_alternative"),
    ("it", "Sinceramente sono passato alla concorrenza.", "found_alternative"),
    ("pt", "Para ser sincero, mudei para a concorrência.", "found_alternative"),
    # fear of the thing itself: not_ready, as the corpus labels an anxious patient
    ("pt", "Vou confessar uma coisa: eu cancelei porque morro de medo de dentista.", "not_ready"),
    ("en", "I cancelled because I'm terrified of the dentist.", "not_ready"),
    ("de", "Ich habe gekündigt, weil ich furchtbare Angst vor dem Zahnarzt habe.", "not_ready"),
    ("es", "Cancelé porque me da pánico el dentista.", "not_ready"),
    ("fr", "J'ai annulé parce que j'ai une peur bleue du dentiste.", "not_ready"),
    ("it", "Ho disdetto perché ho il terrore del dentista.", "not_ready"),
    ("nl", "Ik heb opgezegd omdat ik doodsbang ben voor de tandarts.", "not_ready"),
    # the fear denied is no reason: the one told after it is
    ("de", "Ich habe keine Angst vor dem Wasser, es war das Geld.", "cost"),
    ("it", "Non ho paura del dentista, è che costa troppo.", "cost"),
    ("nl", "Ik ben niet bang voor de tandarts, het is het geld.", "cost"),
    ("pt", "Não tenho medo do dentista, é o preço.", "cost"),
])
def test_the_competition_and_fear(lang: str, text: str, reason: str) -> None:
    assert classify_reason(text, lang).reason == reason, classify_reason(text, lang)


@pytest.mark.parametrize(("lang", "text"), [
    # the answer that took days, in every language
    ("es", "Cuando escribí a atención al cliente tardasteis diez días en contestar."),
    ("de", "Als ich dem Kundenservice geschrieben habe, haben Sie zehn Tage für eine Antwort gebraucht."),
    ("fr", "Quand j'ai écrit au service client, vous avez mis dix jours à répondre."),
    ("it", "Quando ho scritto all'assistenza ci avete messo dieci giorni a rispondere."),
    ("nl", "Toen ik de klantenservice mailde, duurde het tien dagen voor ik antwoord kreeg."),
    ("pt", "Quando escrevi ao apoio ao cliente, demoraram dez dias a responder."),
    # what came spoilt; the careless hand
    ("es", "En tres de las últimas cinco cajas venía algo estropeado."),
    ("pt", "A higienista nova não me pareceu nada cuidadosa; nem perguntou se doía."),
    ("en", "The new hygienist didn't seem careful at all."),
    # the price said before and taken back, then the real reason
    ("pt", "À rececionista disse que era por causa do preço, mas foi só para não criar mal-estar. A verdade é"
           " que a higienista nova não me pareceu nada cuidadosa."),
    ("es", "En el formulario marqué «precio», pero no es verdad del todo. Lo que pasó de verdad es que venía"
           " algo estropeado en cada caja."),
])
def test_dissatisfied(lang: str, text: str) -> None:
    assert classify_reason(text, lang).reason == "dissatisfied", classify_reason(text, lang)


def test_tired_after_running_is_not_a_spoilt_delivery() -> None:
    text = "Ik merkte dat ik nog lang niet klaar ben, ik kwam elke keer kapot thuis."
    assert classify_reason(text, "nl").reason != "dissatisfied"


@pytest.mark.parametrize(("lang", "text", "reason"), [
    # fourth part (after the replies_fresh83 first look)
    ("de", "Die Blumen waren immer sehr schön, aber 39 € im Monat sind für uns im Moment einfach zu viel.",
     "cost"),
    ("it", "I fiori erano bellissimi, ma 39 € al mese sono troppi per noi adesso.", "cost"),
    ("de", "Ich habe das Abo gekündigt, weil ich es schlicht nicht mehr brauche.", "no_longer_needed"),
    ("de", "Wir haben jetzt einen eigenen Garten, da brauchen wir keine Blumen mehr aus dem Abo.",
     "no_longer_needed"),
    ("nl", "Ik had me afgemeld omdat mijn rug weer opspeelde.", "illness"),
    ("pt", "Estou a viver em São Paulo desde janeiro (foi por isso que cancelei).", "moved_away"),
    ("es", "Estoy viviendo en Valencia desde enero, por eso cancelé.", "moved_away"),
])
def test_fourth_part(lang: str, text: str, reason: str) -> None:
    assert classify_reason(text, lang).reason == reason, classify_reason(text, lang)


def test_the_need_gone_only_as_a_condition_is_no_reason() -> None:
    assert classify_reason("Wenn ich es nicht mehr brauche, melde ich mich.", "de").reason == "none"
