"""The second reader's table: scored in pure Python exactly as scikit-learn would, shipped
equal to a fresh training on the shipped data, small, and never scikit-learn in the daemon."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from responder.learn import corpus, model, train
from responder.learn.features import WORD_PATTERN, char_wb_ngrams, word_ngrams

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
SHIPPED = ROOT / "responder" / "learn" / "data"
FIX = "run: python scripts/train_second_reader.py"

TEXTS = [
    "Cancel Friday\nHi, please cancel my appointment on Friday at 10. Thanks, Sam",
    "Termin\nIch komme morgen leider nicht zu meinem Termin.",
    "  a  b\tI  x\n\nÉtÉ  l'été — ça va? 10:30 ",
    "",
    "ab abc abcd abcde abcdef",
]


def test_char_ngrams_are_scikit_learns() -> None:
    text_mod = pytest.importorskip("sklearn.feature_extraction.text")
    analyzer = text_mod.TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5)).build_analyzer()
    for text in TEXTS + [e.text for e in corpus.shipped()[:50]]:
        assert char_wb_ngrams(text) == __import__("collections").Counter(analyzer(text))


def test_word_ngrams_are_scikit_learns() -> None:
    text_mod = pytest.importorskip("sklearn.feature_extraction.text")
    analyzer = text_mod.TfidfVectorizer(analyzer="word", ngram_range=(1, 2),
                                        token_pattern=WORD_PATTERN).build_analyzer()
    probe = ["one", "y a-t-il l'été à Zürich? Sí, o no.", *TEXTS]
    for text in probe + [e.text for e in corpus.shipped()[:50]]:
        assert word_ngrams(text) == __import__("collections").Counter(analyzer(text))
    assert word_ngrams("Je ne viendrai pas") == {"je": 1, "ne": 1, "viendrai": 1, "pas": 1, "je ne": 1,
                                                 "ne viendrai": 1, "viendrai pas": 1}


def test_every_shipped_table_reads_words_beside_characters() -> None:
    """The word block (docs/detection.md: it ranks held-out mail better in every table)."""
    reader = model.load()
    for table in (reader.intent, reader.reason, reader.optout):
        assert table.words is not None and len(table.words) >= 5000
        assert table.words.classes == table.classes
        assert table.words.row("nicht mehr") is not None or table.words.row("no longer") is not None


def test_a_table_without_words_still_reads() -> None:
    """A learned table written before the word block (format 1) is read and scored as before."""
    head = {"classes": ["cancellation", "other", "reschedule"], "intercepts": [0.0, 1.0, 0.0],
            "ngram_range": [2, 5], "features": [[" zq", 1.0, 9.0, 0.0, 0.0]]}
    top = json.dumps({k: v for k, v in head.items() if k != "features"})
    old = gzip.compress(b"second-reader\t1\tx\n" + "".join(
        f"\t@{name}\t{top}\n zq\t1.0\t9.0\t0.0\t0.0\n" for name in model.TABLES).encode())
    reader = model.parse(old)
    assert reader.intent.words is None
    assert reader.intent.scores("zq")["cancellation"] > 0.99
    words = {**head, "ngram_range": [1, 2], "analyzer": "word", "intercepts": [0.0, 0.0, 0.0],
             "features": [["stop now", 1.0, 0.0, 9.0, 0.0]]}
    doc = {"format": model.FORMAT, "trained_on": "y", **{n: {**head, "words": words} for n in model.TABLES}}
    both = model.parse(train.dump(doc))
    assert both.intent.words is not None
    assert both.intent.scores("zq stop now")["other"] > both.intent.scores("zq")["other"]
    assert model.read_doc(train.dump(doc))["reason"] == doc["reason"]


def test_the_pure_scorer_gives_scikit_learns_probabilities() -> None:
    pytest.importorskip("sklearn")
    examples = train.intent_examples(corpus.shipped())[::3]
    texts, labels = [e.text for e in examples], [e.intent for e in examples]
    vec, clf = train.fit(texts, labels, train.Params(max_features=5000))
    pure = model.TextModel.from_table(train.export(vec, clf))
    probe = [*TEXTS, *(e.text for e in corpus.shipped()[1::7])]
    expected = clf.predict_proba(train.vectorize(vec, probe))
    for text, row in zip(probe, expected, strict=True):
        got = pure.scores(text)
        for cls, p in zip(clf.classes_, row, strict=True):
            assert got[cls] == pytest.approx(p, abs=2e-3)  # the table's weights are rounded


def test_shipped_examples_are_the_labelled_mail_in_tests_data() -> None:
    """The texts the table was trained on are what the rules read from tests/data now."""
    fresh = corpus.read_tree(DATA)
    shipped = corpus.shipped()
    assert {(e.group, e.file) for e in shipped} == {(e.group, e.file) for e in fresh}, FIX
    assert shipped == fresh, FIX



def test_the_development_corpus_is_in_the_repository_and_in_the_training() -> None:
    """The shared development corpus (320 inbound mails, 100 replies, seven languages) is
    copied into tests/data so the repository stands alone, and the second reader learns from
    it: another writer's mail, which made it rank held-out mail better (docs/detection.md)."""
    groups: dict[str, set[str]] = {}
    for e in corpus.shipped():
        groups.setdefault(e.group, set()).add(e.language)
    assert sum(1 for e in corpus.shipped() if e.group == "corpus_inbound") == 320
    assert sum(1 for e in corpus.shipped() if e.group == "corpus_replies") == 100
    assert {"en", "de", "es", "fr", "it", "nl", "pt"} <= groups["corpus_inbound"]

def _doc(data: bytes) -> dict[str, object]:
    return model.read_doc(data)


def test_shipped_table_equals_a_fresh_training_on_the_shipped_data() -> None:
    """Nobody edits the table by hand: a fresh, deterministic training gives it again (up to
    one unit of the last rounded digit, for another machine's floating point)."""
    pytest.importorskip("sklearn")
    examples = corpus.shipped()
    shipped = _doc((SHIPPED / model.MODEL_FILE).read_bytes())
    fresh = model.read_doc(train.dump(train.train(examples)))
    assert shipped["trained_on"] == fresh["trained_on"] == train.digest(examples), FIX
    assert shipped["format"] == fresh["format"]
    for name in ("intent", "reason"):
        a, b = shipped[name], fresh[name]
        assert isinstance(a, dict) and isinstance(b, dict)
        assert a["classes"] == b["classes"]
        assert a["ngram_range"] == b["ngram_range"]
        assert [r[0] for r in a["features"]] == [r[0] for r in b["features"]], FIX
        unit = 10.0 ** -train.WEIGHT_DIGITS
        for x, y in zip(a["intercepts"], b["intercepts"], strict=True):
            assert abs(x - y) <= unit * 1.01, FIX
        for ra, rb in zip(a["features"], b["features"], strict=True):
            assert all(abs(x - y) <= unit * 1.01 for x, y in zip(ra[1:], rb[1:], strict=True)), (ra, rb)


def test_the_table_is_small() -> None:
    assert (SHIPPED / model.MODEL_FILE).stat().st_size <= 3_000_000
    # The shipped examples grow by about 20 kB (xz) with each labelled set (0.93 MB at 113 folders).
    assert (SHIPPED / corpus.EXAMPLES_FILE).stat().st_size <= 1_500_000
    assert not (SHIPPED / corpus.OLD_EXAMPLES_FILE).exists()


def test_shipped_table_reads_cancellations_and_the_rest() -> None:
    reader = model.load()
    assert reader.intent.classes == ("cancellation", "other", "reschedule")
    assert "illness" in reader.reason.classes
    p = reader.intent.scores("Cancel\nPlease cancel my appointment on Friday. Thanks, Sam")
    assert max(p, key=lambda k: p[k]) == "cancellation"
    assert sum(p.values()) == pytest.approx(1.0)
    p = reader.intent.scores("Newsletter\nOur spring offers are here!")
    assert max(p, key=lambda k: p[k]) == "other"


def test_a_learned_table_replaces_the_shipped_one_and_a_broken_one_falls_back(tmp_path: Path) -> None:
    table = {"classes": ["cancellation", "other", "reschedule"], "intercepts": [0.0, 1.0, 0.0],
             "ngram_range": [2, 5], "features": [[" zq", 1.0, 9.0, 0.0, 0.0]]}
    path = tmp_path / "second_reader.tsv.gz"
    path.write_bytes(train.dump({"format": model.FORMAT, "trained_on": "x", "intent": table,
                                 "reason": table, "optout": table}))
    learned = model.load(str(path))
    assert learned.trained_on == "x"
    assert learned.intent.scores("zq")["cancellation"] > 0.99
    path.write_bytes(b"not a table")
    assert model.load(str(path)).trained_on == model.load().trained_on  # the shipped one
    assert model.load(str(tmp_path / "missing.json.gz")).trained_on == model.load().trained_on
    with pytest.raises(model.ModelError):
        model.parse(gzip.compress(b"second-reader\t99\tx\n"))
    with pytest.raises(model.ModelError):
        model.parse(gzip.compress(b"second-reader\t1\tx\n\t@intent\t{}\n"))


def test_the_daemon_never_imports_scikit_learn_or_numpy() -> None:
    code = (
        "import sys\n"
        "from responder import cli, service, handling\n"
        "from responder.reading import pre_read\n"
        "from responder.parse import parse_message\n"
        "from responder.safety import Identity\n"
        "msg = parse_message(b'From: a@example.net\\nTo: b@example.com\\nSubject: Cancel\\n\\n"
        "Please cancel my appointment on Friday.\\n')\n"
        "pre = pre_read(msg, Identity(frozenset({'b@example.com'}), 'r.example.com'), 'en', 0.5, '')\n"
        "assert pre.reading.second is not None\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('sklearn', 'numpy', 'scipy', 'torch')]\n"
        "assert not bad, bad\n")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)


def test_without_a_readable_table_the_rules_decide_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken or missing package table must not stop the daemon reading mail."""
    from responder.parse import parse_message
    from responder.reading import pre_read
    from responder.safety import Identity

    monkeypatch.setattr(model, "shipped_bytes", lambda: b"broken")
    model._load.cache_clear()
    try:
        msg = parse_message(b"From: a@example.net\nTo: b@example.com\nSubject: Cancel\n\n"
                            b"Please cancel my appointment on Friday.\n")
        pre = pre_read(msg, Identity(frozenset({"b@example.com"}), "r.example.com"), "en", 0.5, "")
        assert pre.reading.second is None
        assert pre.reading.detection.intent == "cancellation"
    finally:
        model._load.cache_clear()


def test_a_learned_table_from_before_the_opt_out_table_warns_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A business's table learned before the ``optout`` table existed: the shipped one is
    used, and that is said once, not for every reply."""
    table = {"classes": ["cancellation", "other", "reschedule"], "intercepts": [0.0, 1.0, 0.0],
             "ngram_range": [2, 5], "features": [[" zq", 1.0, 9.0, 0.0, 0.0]]}
    doc = {"format": model.FORMAT, "trained_on": "old", "intent": table, "reason": table}
    lines = gzip.decompress(train.dump({**doc, "optout": table})).decode().splitlines()
    cut = next(i for i, line in enumerate(lines) if line.startswith("\t@optout\t"))
    path = tmp_path / "second_reader.tsv.gz"
    path.write_bytes(gzip.compress(("\n".join(lines[:cut]) + "\n").encode()))
    with caplog.at_level("WARNING", logger="responder.learn.model"):
        for _ in range(3):
            assert model.load_table(str(path), "optout").classes == model.load_table(None, "optout").classes
        assert model.load_table(str(path), "intent").scores("zq")["cancellation"] > 0.99
    assert len([r for r in caplog.records if "optout" in r.getMessage()]) == 1
