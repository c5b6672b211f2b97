"""Reasons rules round 35 (after the replies_fresh37 first look): reasons told without the usual
word, by family, each written anew here in every language (en, de, es, fr, it, nl, pt), with the
same words where they are no reason or not this one (a family must not overreach)."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str) -> str:
    return classify_reason(text, "en").reason


# The need said with a hedge ("not really", "plus vraiment"): no_longer_needed.
@pytest.mark.parametrize("text", [
    "The job abroad I was studying for fell through, so I don't really need Italian any more.",
    "Das Projekt in Wien ist geplatzt, eigentlich brauche ich das Englisch gar nicht mehr.",
    "Al final no me trasladan, así que la verdad es que ya no necesito el alemán.",
    "Je travaille de chez moi maintenant, je n'ai plus vraiment besoin de la garderie.",
    "Lavoro da casa adesso, non ho più davvero bisogno del servizio.",
    "Ik werk nu thuis, dus ik heb de opvang eigenlijk niet meer nodig.",
    "Passei a trabalhar em casa e na verdade já não preciso do serviço.",
])
def test_a_hedged_need_is_no_longer_needed(text: str) -> None:
    assert _reason(text) == "no_longer_needed"


# Kept waiting, told as the wait: dissatisfied.
@pytest.mark.parametrize("text", [
    "You left me waiting for over an hour even though I had booked.",
    "Ich habe zweimal über eine halbe Stunde im Wartezimmer gesessen, obwohl ich pünktlich war.",
    "Esperé casi una hora aunque llegué puntual.",
    "Vous m'avez laissée attendre une heure et demie sans un mot.",
    "Mi avete lasciato ad aspettare un'ora e mezza senza spiegazioni.",
    "Ik heb twee keer ruim een half uur in de wachtkamer gezeten terwijl ik op tijd was.",
    "Deixaram-me uma hora e meia à espera no corredor.",
])
def test_kept_waiting_is_dissatisfied(text: str) -> None:
    assert _reason(text) == "dissatisfied"


# A treatment that did not help, or did harm: dissatisfied.
@pytest.mark.parametrize("text", [
    "After six sessions my shoulder is no better.",
    "The colour left my hair bright green and I had to hide it under a hat for a week.",
    "Nach sechs Sitzungen hat sich an meinen Rückenschmerzen praktisch nichts geändert.",
    "Nach der Behandlung hatte ich eine Woche lang gereizte, rote Haut.",
    "El tinte me dejó el pelo verde y tuve que llevar gorro una semana.",
    "Après la quatrième séance j'avais plus mal qu'avant.",
    "La tinta mi ha lasciato i capelli arancioni per settimane.",
    "Na de peeling had ik een week lang een rode, branderige huid.",
    "Depois de seis sessões continuo sem melhoria nas costas.",
])
def test_a_treatment_that_failed_is_dissatisfied(text: str) -> None:
    assert _reason(text) == "dissatisfied"


# A parent ill far away whom the family goes to be with: personal, not the customer's illness.
@pytest.mark.parametrize("text", [
    "My father is ill in Poland and we are spending the whole summer with him.",
    "Meine Mutter ist in Italien krank und wir verbringen den ganzen Sommer bei ihr.",
    "Mi padre está enfermo en Chile y vamos a pasar todo el verano con él.",
    "Ma mère est malade au Portugal et nous allons passer tout l'été auprès d'elle.",
    "Mio padre è malato in Sicilia e passeremo tutta l'estate con lui.",
    "Mijn moeder is ziek in Spanje en we gaan de hele zomer bij haar zijn.",
    "O meu pai está doente em Angola e vamos passar o verão todo com ele.",
])
def test_a_parent_ill_far_away_is_personal(text: str) -> None:
    assert _reason(text) == "personal"


# Afraid of the operation or the needles: not_ready (later), not the operation's illness.
@pytest.mark.parametrize("text", [
    "To be honest the idea of the surgery still scares me.",
    "Ehrlich gesagt macht mir die Operation noch Angst.",
    "La verdad es que la operación todavía me da miedo.",
    "Pour être honnête, l'opération me fait encore un peu peur.",
    "A dire il vero l'intervento mi fa ancora paura.",
    "Eerlijk gezegd vind ik de operatie nog te eng.",
    "Para ser sincera, a cirurgia ainda me mete medo.",
])
def test_afraid_of_the_procedure_is_not_ready(text: str) -> None:
    assert _reason(text) == "not_ready"


# The same words where they are no such reason.
@pytest.mark.parametrize(("text", "reason"), [
    # the customer's own illness, a child's illness: illness
    ("I am ill and my mother is spending the summer with me.", "illness"),
    ("Mijn dochter is ziek en we blijven de hele zomer thuis.", "illness"),
    ("I had an operation on my knee last month.", "illness"),
    # "really need" without the end of the need
    ("I really need a break from emails, thanks.", "none"),
    # a wait that went well, a wait for a bus
    ("I waited for the bus after the class.", "none"),
    ("Ik was op tijd in de wachtkamer en werd meteen geholpen.", "none"),
])
def test_round35_same_words_other_reason(text: str, reason: str) -> None:
    assert _reason(text) == reason


# Not afraid: the fear family does not read its negation.
@pytest.mark.parametrize("text", [
    "I'm not afraid of the operation, it's just too expensive for us.",
    "Die Operation macht mir keine Angst, aber sie ist zu teuer.",
    "La operación no me da miedo, pero es demasiado cara.",
    "L'opération ne me fait pas peur, mais elle coûte trop cher.",
    "L'intervento non mi fa paura, ma costa troppo.",
    "De operatie is niet eng, maar wel te duur.",
    "A cirurgia não me mete medo, mas é muito cara.",
    "I wasn't afraid of the operation, it was the price.",
    "Ich habe keine Angst vor der Operation.",
    "Je n'ai pas peur de l'opération.",
    "Non ho paura dell'intervento.",
    "Ik ben niet bang voor de operatie.",
    "Não tenho medo da cirurgia.",
])
def test_not_afraid_is_not_not_ready(text: str) -> None:
    assert _reason(text) != "not_ready"


# Had it done at another shop: found_alternative (put right at another is dissatisfied, round 34).
@pytest.mark.parametrize("text", [
    "In the end I had the glasses made at another optician's.",
    "Ich habe die Brille dann bei einem anderen Optiker machen lassen.",
    "Al final me hice las gafas en otra óptica.",
    "Finalement j'ai fait faire mes lunettes chez un autre opticien.",
    "Alla fine ho fatto fare gli occhiali da un altro ottico.",
    "Uiteindelijk heb ik de bril bij een andere opticien laten maken.",
    "Acabei por fazer os óculos noutra ótica.",
])
def test_done_at_another_shop_is_found_alternative(text: str) -> None:
    assert _reason(text) == "found_alternative"


# Still saving up: cost.
@pytest.mark.parametrize("text", [
    "I'm still saving up after the car repairs.",
    "Ich spare gerade noch, nach der Autoreparatur.",
    "Todavía estoy ahorrando después de la avería del coche.",
    "Je suis encore en train d'économiser après la réparation de la voiture.",
    "Sto ancora risparmiando dopo la riparazione della macchina.",
    "Ik ben nog aan het sparen na de reparatie van de auto.",
    "Ainda estou a poupar depois do arranjo do carro.",
])
def test_saving_up_is_cost(text: str) -> None:
    assert _reason(text) == "cost"


# Stopped trusting, lost confidence: dissatisfied.
@pytest.mark.parametrize("text", [
    "Honestly I just stopped trusting the deliveries.",
    "We lost all confidence in the service after March.",
    "Ich habe einfach das Vertrauen in die Lieferungen verloren.",
    "La verdad es que perdí la confianza en el servicio.",
    "J'ai tout simplement perdu confiance dans vos livraisons.",
    "Ho semplicemente perso fiducia nelle consegne.",
    "Ik heb gewoon geen vertrouwen meer in de bezorging.",
    "Simplesmente perdi a confiança nas entregas.",
])
def test_stopped_trusting_is_dissatisfied(text: str) -> None:
    assert _reason(text) == "dissatisfied"


# The same words where they are no such reason.
@pytest.mark.parametrize(("text", "reason"), [
    # put right at another salon stays dissatisfied (round 34)
    ("I had to have it corrected at another salon.", "dissatisfied"),
])
def test_round35_more_same_words_other_reason(text: str, reason: str) -> None:
    assert _reason(text) == reason


# Saving time, saving oneself the trip: no money.
@pytest.mark.parametrize("text", [
    "We're saving time with the new timetable.",
    "Ich spare mir die Anfahrt.",
    "Estoy ahorrando tiempo con la nueva app.",
    "Sto risparmiando tempo con la nuova app.",
    "Estou a poupar tempo com a nova app.",
])
def test_saving_time_is_no_cost(text: str) -> None:
    assert _reason(text) != "cost"


# The business's class held at its new venue, out of reach: other, not the customer's move.
@pytest.mark.parametrize("text", [
    "Since March the course is held at the new venue in Bramley and I don't drive.",
    "Seit März findet der Kurs im neuen Studio in Pasing statt, da komme ich abends nicht hin.",
    "Desde marzo el curso se da en la nueva sede de Getafe y yo no conduzco.",
    "Depuis mars le cours a lieu dans les nouveaux locaux de Montreuil et je ne conduis pas.",
    "Da marzo il corso si tiene nella nuova sede di Sesto e io non guido.",
    "Sinds maart worden de lessen op de nieuwe locatie in Zeist gegeven, daar kom ik niet.",
    "Desde março o curso é na nova sede em Almada e eu não conduzo.",
])
def test_the_class_at_a_new_venue_is_other(text: str) -> None:
    assert _reason(text) == "other"


# The customer's own move stays moved_away beside the new venue.
@pytest.mark.parametrize("text", [
    "Mi sono trasferita a Torino, quindi la nuova sede non c'entra.",
    "We moved to Leeds, and the class at the new venue was lovely.",
])
def test_own_move_beside_a_new_venue_is_moved_away(text: str) -> None:
    assert _reason(text) == "moved_away"
