"""The business teaches the second reader: labels kept, exported for `responder eval`,
`responder learn` (cross-validated, switches only when no worse), the weekly schedule."""

from __future__ import annotations

import csv
import io
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from responder.cli import main
from responder.evaluate import evaluate_intents
from responder.learn.examples import LabelError, labels, record_label
from responder.learn.relearn import Figures
from responder.learn.schedule import learn_due
from responder.migrations import MIGRATIONS
from responder.state import Store
from tests.helpers import mail

AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
CANCEL = "Cancel Friday\nHi, please cancel my appointment on Friday at 10. Thanks, Sam"


def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(f"""
[business]
name = "Studio Example"
address = "hello@studio.example.com"
timezone = "Europe/London"

[imap]
host = "127.0.0.1"
username = "u"
password_env = "T_UNUSED"

[smtp]
host = "127.0.0.1"

[state]
path = "{tmp_path / 'state.db'}"
""")
    return path


def test_labels_is_the_last_migration_and_keeps_the_latest_label(tmp_path: Path) -> None:
    names = [name for name, _ in MIGRATIONS]  # appended after every step that shipped before it
    assert names.index("0030_labels") == names.index("0050_hostile_senders") + 1
    store = Store.open(tmp_path / "state.db")
    record_label(store, message_id="<a@x>", intent="cancellation", reason=None, text=CANCEL,
                 language="en", who="ana", at=AT)
    record_label(store, message_id="<a@x>", intent="reschedule", reason=None, text=CANCEL,
                 language="en", who="ben", at=AT + timedelta(hours=1))
    record_label(store, message_id="<b@x>", intent=None, reason="illness", text="Re: x\nI have the flu",
                 language="en", who="ana", at=AT)
    got = labels(store)
    assert [(lab.message_id, lab.intent, lab.reason, lab.who) for lab in got] == [
        ("<a@x>", "reschedule", None, "ben"), ("<b@x>", None, "illness", "ana")]
    assert got[0].at == "2026-03-02T10:00:00Z"
    with pytest.raises(LabelError, match="intent='cancel'"):
        record_label(store, message_id="<c@x>", intent="cancel", reason=None, text=CANCEL,
                     language="en", who="ana", at=AT)
    with pytest.raises(LabelError, match="reason="):
        record_label(store, message_id="<c@x>", intent=None, reason="bored", text=CANCEL,
                     language="en", who="ana", at=AT)


def test_label_command_takes_the_stored_text_else_the_eml(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    cfg = config(tmp_path)
    store = Store.open(tmp_path / "state.db")
    # the table the daemon fills for every message it does not ignore (migration 0020_message_texts)
    with store.transaction():
        store.keep_message_text(message_id="<a@x>", text=CANCEL, evidence=[], reason=None,
                                booking=None, language="en", now=AT)
    store.close()
    assert main(["label", "--config", str(cfg), "<a@x>", "intent=cancellation", "--who", "ana"]) == 0
    assert main(["label", "--config", str(cfg), "<zz@x>", "intent=other"]) == 1
    assert "--eml FILE" in capsys.readouterr().err
    eml = tmp_path / "m.eml"
    eml.write_bytes(mail("Wir kommen morgen nicht, bitte den Termin absagen.", subject="Termin"))
    assert main(["label", "--config", str(cfg), "<b@x>", "intent=cancellation", "reason=illness",
                 "--eml", str(eml)]) == 0
    assert main(["label", "--config", str(cfg), "<b@x>", "intent=maybe", "--eml", str(eml)]) == 1
    assert "intent='maybe'" in capsys.readouterr().err
    got = labels(Store.open(tmp_path / "state.db"))
    assert [(lab.message_id, lab.intent, lab.reason, lab.who) for lab in got] == [
        ("<a@x>", "cancellation", None, "ana"), ("<b@x>", "cancellation", "illness", "cli")]
    assert got[1].text.startswith("Termin\nWir kommen morgen nicht")
    assert got[1].language == "de"


def test_export_is_read_by_responder_eval(tmp_path: Path) -> None:
    cfg = config(tmp_path)
    store = Store.open(tmp_path / "state.db")
    record_label(store, message_id="<a@x>", intent="cancellation", reason="none", text=CANCEL,
                 language="en", who="ana", at=AT)
    record_label(store, message_id="<b@x>", intent="other", reason=None,
                 text="Opening hours\nAre you open on Sunday?", language="en", who="ana", at=AT)
    record_label(store, message_id="<c@x>", intent=None, reason="cost",
                 text="Re: your cancellation\nIt was too expensive for us.", language="en", who="ana", at=AT)
    store.close()
    out = tmp_path / "export"
    assert main(["label", "--config", str(cfg), "--export", str(out)]) == 0
    with (out / "labels.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["intent"], r["reason"]) for r in rows] == [("cancellation", "none"), ("other", "")]
    report = io.StringIO()
    evaluate_intents(out, report)
    assert "2 messages" in report.getvalue()
    assert "cancellation    1.000   1.000" in report.getvalue()  # the rules read the exported mail
    with (out / "replies" / "labels.csv").open(encoding="utf-8") as fh:
        assert [r["reason"] for r in csv.DictReader(fh)] == ["cost"]


@pytest.mark.parametrize(("last", "every", "examples", "due"), [
    (None, timedelta(days=7), 50, True),
    (None, timedelta(days=7), 49, False),  # off with fewer than 50 examples
    (AT - timedelta(days=6, hours=23), timedelta(days=7), 500, False),
    (AT - timedelta(days=7), timedelta(days=7), 500, True),
    (None, None, 500, False),  # learn_every = "off"
])
def test_learn_schedule(last: datetime | None, every: timedelta | None, examples: int, due: bool) -> None:
    assert learn_due(now=AT, last_attempt=last, every=every, examples=examples, min_examples=50) is due


def test_switch_only_when_no_worse_on_every_figure() -> None:
    base = Figures(intents=10, cancellations=5, caught=4, answered=4, answered_right=4, reviewed=2,
                   reasons=4, reasons_right=3)
    assert base.no_worse_than(base)
    assert Figures(10, 5, 5, 4, 4, 2, 4, 3).no_worse_than(base)
    assert not Figures(10, 5, 5, 4, 3, 2, 4, 3).no_worse_than(base)  # a false answer more
    assert not Figures(10, 5, 5, 4, 4, 3, 4, 3).no_worse_than(base)  # more reviews
    assert not Figures(10, 5, 5, 4, 4, 2, 4, 2).no_worse_than(base)  # a reason worse


def test_learn_without_scikit_learn_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "sklearn", None)
    assert main(["learn", "--config", str(config(tmp_path))]) == 1
    err = capsys.readouterr().err
    assert err.strip().splitlines() == [
        "error: responder learn needs scikit-learn: pip install 'responder[learn]'"]


def test_learn_dry_run_prints_figures_and_switches_nothing(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sklearn")
    cfg = config(tmp_path)
    store = Store.open(tmp_path / "state.db")
    for i, (intent, text) in enumerate([
            ("cancellation", CANCEL), ("other", "Opening hours\nAre you open on Sunday?"),
            ("cancellation", "Termin\nIch komme morgen leider nicht zu meinem Termin."),
            ("other", "Invoice\nPlease find attached the invoice for March.")]):
        record_label(store, message_id=f"<{i}@x>", intent=intent, reason=None, text=text, language="en",
                     who="ana", at=AT)
    store.close()
    assert main(["learn", "--config", str(cfg), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "4 labelled examples" in out
    assert "before (shipped table): caught" in out
    assert "after (retrained):      caught" in out
    assert "answered precision" in out and "review share" in out and "reason accuracy" in out
    assert not (tmp_path / "second_reader.tsv.gz").exists()


def test_the_daemon_starts_learn_in_a_child_once_a_week(tmp_path: Path) -> None:
    from responder.config import load_config
    from responder.learn.schedule import LOG, STAMP, start_if_due

    path = config(tmp_path)
    path.write_text(path.read_text() + "\n[second_reader]\nlearn_min_examples = 1\n")
    cfg = load_config(path)
    store = Store.open(tmp_path / "state.db")
    assert start_if_due(cfg, store, AT, None) is None  # no examples yet
    assert not (tmp_path / STAMP).exists()
    record_label(store, message_id="<a@x>", intent="cancellation", reason=None, text=CANCEL,
                 language="en", who="ana", at=AT)
    child = start_if_due(cfg, store, AT, None)
    assert child is not None
    assert start_if_due(cfg, store, AT, child) is child  # still running: not twice
    assert child.wait(timeout=120) == 0
    assert "nothing to learn from yet" in (tmp_path / LOG).read_text()
    assert start_if_due(cfg, store, AT + timedelta(days=6), child) is None
    later = start_if_due(cfg, store, AT + timedelta(days=7), child)
    assert later is not None
    later.wait(timeout=120)
