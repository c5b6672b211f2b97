"""``responder classify`` shows what ``run`` would do, the second reader included: a new
message the rules leave alone but the second reader finds a likely cancellation goes to a
person in both; with ``[second_reader] enabled = false`` the rules decide alone in both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from responder.classify import Classifier
from responder.config import Config, parse_config
from tests.helpers import BUSINESS, mail

# The rules see no cancel act here (no cancel verb, no booked thing named); the second reader
# scores it a likely cancellation.
# (Rules round 15 learned "ich schaffe es … nicht", and rules round 65 "fällt … flach", the sentences
# used before.)
UNSEEN = "Freitag muss ich leider passen, mir ist etwas dazwischengekommen."
PLAIN = "Hi, please cancel my appointment on Friday at 10. Thanks, Sam"


def _config(tmp_path: Path, **second: Any) -> Config:
    data: dict[str, Any] = {
        "business": {"name": "Studio", "address": BUSINESS},
        "imap": {"host": "imap.test", "username": "u", "password_env": "T_IMAP_PW"},
        "smtp": {"host": "smtp.test"},
        "state": {"path": str(tmp_path / "state.db")},
        "second_reader": second,
    }
    return parse_config(data)


def test_classify_sends_what_only_the_second_reader_sees_to_a_person() -> None:
    result = Classifier().classify(mail(UNSEEN, subject="Freitag"))
    assert result["intent"] == "other"  # the rules alone would ignore it
    assert result["action"] == "review"
    assert any(w.startswith("second reader: cancellation") for w in result["why"])
    assert result["second_reader"]["cancellation"] >= 0.5


def test_classify_with_the_second_reader_off_is_the_rules_alone(tmp_path: Path) -> None:
    result = Classifier(_config(tmp_path, enabled=False)).classify(mail(UNSEEN, subject="Freitag"))
    assert result["action"] == "ignore"
    assert result["second_reader"] is None


def test_classify_uses_the_configured_veto(tmp_path: Path) -> None:
    """An answer the second reader is not sure enough of goes to a person, as in run."""
    assert Classifier(_config(tmp_path)).classify(mail(PLAIN))["action"] == "acknowledge"
    result = Classifier(_config(tmp_path, veto=0.99)).classify(mail(PLAIN))
    assert result["intent"] == "cancellation"
    assert result["action"] == "review"
    assert any("< veto 0.99" in w for w in result["why"])
