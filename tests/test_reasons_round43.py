"""Reasons rules round 43 (helper; the families left after round 42): not ready told with a denied
"be" ("she just isn't ready", "non ero ancora pronto", "não tô pronto"), and money told as cutting
what isn't essential or as choices that had to be made ("something had to give", "on a dû faire des
choix"). Each family written anew here in every language (en, de, es, fr, it, nl, pt), with the same
words where they are no reason or not this one."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str, language: str = "en") -> str:
    return classify_reason(text, language).reason


# Someone who isn't ready (yet): not_ready.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "To be honest my son just isn't ready, he froze at the side of the pool every week."),
    ("en", "I'm not there yet with my fitness, so I'll give it a few months."),
    ("de", "Unsere Tochter ist einfach nicht bereit, sie weint vor jeder Stunde."),
    ("es", "Me di cuenta de que no estaba del todo preparado para un grupo tan avanzado."),
    ("fr", "Ma fille n'était vraiment pas du tout prête pour les cours collectifs."),
    ("it", "Ho capito che non ero ancora pronta per un corso intensivo."),
    ("nl", "Hij bleek er gewoon niet klaar voor, elke les was een drama."),
    ("pt", "Sinceramente a Clara não tá pronta, chorava antes de cada aula."),
])
def test_someone_who_isnt_ready_is_not_ready(language: str, text: str) -> None:
    assert _reason(text, language) == "not_ready"


# Things that weren't ready, and unwillingness to pay: not not_ready.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The room wasn't ready when we arrived for the class."),
    ("de", "Ich bin nicht bereit, so viel für eine Stunde zu bezahlen."),
    ("es", "No estábamos preparados para pagar cuarenta euros al mes."),
    ("it", "Non eravamo pronti a pagare il doppio per lo stesso corso."),
    ("nl", "Het eten was weer niet klaar voor zeven uur, dus we zijn weggegaan."),
    ("pt", "Não estávamos prontos para pagar esse valor todo mês."),
])
def test_a_thing_not_ready_or_not_willing_to_pay_is_not_not_ready(language: str, text: str) -> None:
    assert _reason(text, language) != "not_ready"


# Cutting everything that isn't essential, choices that had to be made: cost.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "With the new mortgage rate something had to give, and the lessons were it."),
    ("en", "We're cutting out everything that isn't essential until the summer."),
    ("de", "Nach der Heizkostenabrechnung haben wir alles gestrichen, was nicht unbedingt nötig ist."),
    ("es", "Este año hemos tenido que recortar todo lo que no es imprescindible."),
    ("fr", "Avec le nouveau loyer, nous devons faire des choix, et le yoga en a fait les frais."),
    ("it", "Con la retta dell'asilo dobbiamo tagliare tutto il superfluo."),
    ("nl", "Na de huurverhoging moest er iets wijken, en dat werden de lessen."),
    ("pt", "Com a conta da escola tivemos de cortar tudo o que não é essencial."),
])
def test_cutting_what_isnt_essential_is_cost(language: str, text: str) -> None:
    assert _reason(text, language) == "cost"


# The same words about something else: a diet, the order of a text.
@pytest.mark.parametrize(("language", "text"), [
    ("en", "The coach told me to cut out sugar, which I did."),
    ("de", "Ich habe im Aufsatz einiges gestrichen."),
    ("it", "Ho tagliato i capelli da un'altra parte, ma qui mi trovavo bene."),
])
def test_cutting_something_else_is_not_cost(language: str, text: str) -> None:
    assert _reason(text, language) != "cost"
