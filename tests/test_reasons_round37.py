"""Reasons rules round 37 (after the replies_fresh47-50 first looks): reasons told without the usual
word, by family, each written anew here in every language (en, de, es, fr, it, nl, pt), with the
same words where they are no reason or not this one (a family must not overreach)."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str) -> str:
    return classify_reason(text, "en").reason


# Classes called off too often by the business, groups far too big: dissatisfied.
@pytest.mark.parametrize("text", [
    "The groups were way too big, eighteen children and one coach.",
    "The sessions kept being cancelled too often for us to plan anything.",
    "Die Trainings sind ständig ausgefallen, oft ohne Nachricht.",
    "Die Gruppen waren viel zu groß für eine Trainerin.",
    "Las sesiones se cancelaban casi cada semana.",
    "Los grupos eran demasiado numerosos para una sola profesora.",
    "Les séances étaient sans cesse annulées la veille.",
    "Les groupes étaient bien trop nombreux pour un seul moniteur.",
    "Gli allenamenti venivano spesso annullati all'ultimo.",
    "I gruppi erano sempre troppo numerosi per un solo istruttore.",
    "Bij de zwemclub viel de helft van de trainingen deze winter gewoon uit.",
    "De groepen waren echt te vol voor één trainer.",
    "As aulas eram canceladas constantemente pela escola.",
    "Os grupos estavam cheios demais para uma professora só.",
])
def test_classes_called_off_or_groups_too_big_is_dissatisfied(text: str) -> None:
    assert _reason(text) == "dissatisfied"


# The level still too hard for the customer: not_ready (later).
@pytest.mark.parametrize("text", [
    "My German is still too weak for the intermediate group.",
    "Der Kurs ging für mein Niveau noch viel zu schnell.",
    "El taller era demasiado avanzado para mi nivel, y me falta algo de base.",
    "Il me manque encore les bases pour suivre ce groupe.",
    "Il corso intermedio per me è ancora troppo, preferisco ripassare.",
    "Eerlijk gezegd is mijn Engels nog te zwak voor die groep.",
    "O curso era avançado demais para mim por agora.",
])
def test_the_level_too_hard_yet_is_not_ready(text: str) -> None:
    assert _reason(text) == "not_ready"


# The insurance paying only part, the rest out of one's own pocket: cost, not the insurer as other.
@pytest.mark.parametrize("text", [
    "The insurer only covered half, and the rest came out of our own pocket.",
    "Die Krankenkasse hat nur die Hälfte erstattet, den Rest mussten wir selbst tragen.",
    "La mutua solamente pagaba la mitad y teníamos que pagarlo de nuestro bolsillo.",
    "L'assurance ne rembourse quasiment plus rien depuis janvier.",
    "La mutua copre solo la prima fase, il resto dovevamo pagarlo di tasca nostra.",
    "De zorgverzekeraar vergoedt slechts een deel en de rest moesten we zelf bijleggen.",
    "O seguro apenas reembolsava uma parte das sessões.",
])
def test_insurance_paying_only_part_is_cost(text: str) -> None:
    assert _reason(text) == "cost"


# The same words where they are no such reason.
@pytest.mark.parametrize(("text", "reason"), [
    # our own group too big for the room today, a group that was just right
    ("Our group is too big for your room.", "none"),
    ("Unsere Gruppe ist zu groß für Ihren Raum.", "none"),
    ("De groep was precies goed, niet te vol.", "none"),
    # the customer's own cancelled lessons for work
    ("I cancelled two lessons because of my night shifts.", "schedule_conflict"),
    # a level too low for the course, said of the course (too easy), is no not_ready
    ("The course was too easy for my level.", "none"),
    ("Mi nivel es demasiado alto para ese curso.", "none"),
    # a base that is missing is not a level ("il me manque des documents")
    ("Il me manque encore des documents pour le dossier.", "none"),
    # the insurance that paid, a pocket that is only a pocket, dependants "à notre charge"
    ("Saqué el móvil de mi bolsillo y vi el mensaje.", "none"),
    ("Nous avons les deux petits-enfants à notre charge cet été.", "none"),
])
def test_round37_same_words_other_reason(text: str, reason: str) -> None:
    assert _reason(text) == reason
