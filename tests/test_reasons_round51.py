"""Reasons round 51 (after the replies_fresh68 first look): reasons told and then set aside ("but neither of
those would have stopped me") give way to the one told after them; the real one named ("the actual reason
is", "le vrai souci, c'est") and the one before "that's why I cancelled" count more; a job "with the
council up in Aberdeen" is a move; maternity leave is personal. Opt-outs round 51: "unsubscribe from the
early shift" is work left, not our mail; "que não me voltassem a enviar emails" is an opt-out."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("en", "The price went up twice this year and honestly it was getting too expensive for me. But neither "
           "of those would have stopped me. My wife got a job in Leeds.", "moved_away"),
    ("es", "El precio subió otra vez y la verdad es que era caro para mí. Pero no lo dejo por eso. Me han "
           "diagnosticado una hernia.", "illness"),
    ("it", "Le vostre tariffe erano alte e il prezzo era troppo caro per me. Però alla fine non è stato "
           "quello. Mi hanno cambiato i turni al lavoro.", "schedule_conflict"),
    ("fr", "On pourrait croire que c'est le prix, trop cher pour moi. Mais non, pas du tout. Nous avons "
           "déménagé à Lyon.", "moved_away"),
])
def test_a_reason_set_aside_gives_way_to_the_one_after_it(language: str, text: str, reason: str) -> None:
    assert classify_reason(text, language).reason == reason


def test_a_reason_set_aside_with_nothing_after_it_stays() -> None:
    text = "The price went up again in September. But that's not the reason I'm writing, just to say bye."
    assert classify_reason(text, "en").reason == "cost"


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("en", "I did wince when the price went up. The actual reason is that I've taken a job with the council "
           "up in Aberdeen and we're gone by the end of the month.", "moved_away"),
    ("fr", "Le prix a un peu augmenté, c'est vrai. Le vrai souci, c'est que mon médecin m'a diagnostiqué une "
           "maladie cœliaque le mois dernier.", "illness"),
])
def test_the_real_reason_named_counts_most(language: str, text: str, reason: str) -> None:
    assert classify_reason(text, language).reason == reason


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The price went up in September, which was a pain, and it is expensive. The new teacher was "
           "rude to my son. That's why I cancelled."),
    ("es", "El precio subió en septiembre y es caro. La nueva profesora fue muy grosera con mi hijo. Por "
           "eso lo dejé."),
])
def test_the_reason_before_thats_why_counts_more(language: str, text: str) -> None:
    assert classify_reason(text, language).reason == "dissatisfied"


def test_maternity_leave_is_personal() -> None:
    text = "Estoy de baja por maternidad desde hace un mes y ahora mismo no tengo cabeza para el francés."
    assert classify_reason(text, "es").reason == "personal"


def test_unsubscribing_from_a_shift_is_no_opt_out() -> None:
    result = classify_reason("My manager jokes I'd unsubscribe from the early shift if I could.", "en")
    assert not result.opt_out


@pytest.mark.parametrize("text", [
    "Obrigada pela mensagem. Agradecia que não me voltassem a enviar emails.",
    "Peço que não me tornem a contactar.",
])
def test_asked_not_to_be_written_to_again_in_portuguese(text: str) -> None:
    assert classify_reason(text, "pt").opt_out
