"""Reasons round 62: a wait only in the conditional is praise, not a complaint ("Honestly I'd wait an hour
for her bread", "für ihr Brot würde ich auch eine Stunde warten", "zou ik een uur wachten"), while "I'd
say the sessions felt rushed" and a wait that happened ("Ich wurde eine Stunde warten gelassen") still
are."""

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
