"""Training the second reader (build time and ``responder learn`` only: needs scikit-learn).

Never imported by the daemon. Deterministic: examples sorted by (group, file), fixed
hyper-parameters and ``random_state``, a converged convex fit (newton-cg, tight tolerance), and
the exported numbers rounded, so a fresh training on the same examples gives the same table.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from responder.learn.corpus import Example
from responder.learn.features import NGRAM_RANGE, WORD_PATTERN, WORD_RANGE
from responder.learn.model import FORMAT, dumps

IDF_DIGITS = 5
WEIGHT_DIGITS = 4


@dataclass(frozen=True)
class Params:
    """Hyper-parameters of one table. ``max_features`` keeps the most frequent character
    n-grams (of those in at least ``min_df`` messages), ``max_words`` the most frequent word
    n-grams (0: no word block): the pruning that keeps the table small."""

    max_features: int
    min_df: int = 2
    c: float = 10.0
    max_words: int = 20000


#: Chosen by leave-one-set-out and by replaying twenty replies first looks (docs/detection.md):
#: the word block ranks held-out mail better in every table; the reasons, with ten classes and
#: few examples of each, gain from a weaker penalty (C 30). The reasons and opt-out tables are
#: pruned harder (as good on held-out mail, and all three together stay under 20 MB loaded).
INTENT = Params(max_features=40000)
REASON = Params(max_features=30000, c=30.0, max_words=10000)
OPT_OUT = Params(max_features=20000, max_words=5000)


def _require_sklearn() -> None:
    try:
        import sklearn  # noqa: F401
    except ImportError as exc:
        raise SystemExit("responder learn needs scikit-learn: pip install 'responder[learn]'") from exc


def fit(texts: Sequence[str], labels: Sequence[str], params: Params) -> tuple[Any, Any]:
    """The fitted scikit-learn vectorizer (or the pair: characters, words) and classifier."""
    _require_sklearn()
    import numpy as np
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAM_RANGE, lowercase=True,
                          sublinear_tf=True, min_df=params.min_df, max_features=params.max_features,
                          dtype=np.float64)
    x = vec.fit_transform(list(texts))
    if params.max_words:
        words = TfidfVectorizer(analyzer="word", ngram_range=WORD_RANGE, token_pattern=WORD_PATTERN,
                                lowercase=True, sublinear_tf=True, min_df=params.min_df,
                                max_features=params.max_words, dtype=np.float64)
        x = hstack([x, words.fit_transform(list(texts))]).tocsr()
        vec = (vec, words)
    # newton-cg converges tightly in a few steps (the same optimum on every machine, before
    # rounding); one BLAS thread, or a shared machine crawls.
    clf = LogisticRegression(C=params.c, solver="newton-cg", max_iter=1000, tol=1e-10, random_state=0)
    with threadpool_limits(limits=1):
        clf.fit(x, list(labels))
    return vec, clf


def vectorize(vec: Any, texts: Sequence[str]) -> Any:
    """The matrix ``fit``'s vectorizer (or pair) makes of ``texts``, as the classifier reads it."""
    from scipy.sparse import hstack

    if isinstance(vec, tuple):
        return hstack([v.transform(list(texts)) for v in vec]).tocsr()
    return vec.transform(list(texts))


def export(vec: Any, clf: Any) -> dict[str, Any]:
    """One table: classes, intercepts and per n-gram its idf and weights (rounded, sorted);
    the word block under ``words`` (intercepts zero), when ``vec`` is the pair."""
    import numpy as np

    chars, words = vec if isinstance(vec, tuple) else (vec, None)
    classes = [str(c) for c in clf.classes_]
    coef = clf.coef_
    intercepts = clf.intercept_
    if len(classes) == 2:  # binary: one row of weights for the second class; make it softmax-shaped
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercepts = np.array([-intercepts[0] / 2, intercepts[0] / 2])

    def rows(v: Any, offset: int) -> list[list[Any]]:
        return [[gram, round(float(v.idf_[col]), IDF_DIGITS),
                 *(round(float(w), WEIGHT_DIGITS) + 0.0 for w in coef[:, offset + col])]
                for gram, col in sorted(v.vocabulary_.items())]

    table: dict[str, Any] = {
        "classes": classes, "intercepts": [round(float(b), WEIGHT_DIGITS) + 0.0 for b in intercepts],
        "ngram_range": list(NGRAM_RANGE), "features": rows(chars, 0)}
    if words is not None:
        table["words"] = {"classes": classes, "intercepts": [0.0] * len(classes),
                          "ngram_range": list(WORD_RANGE), "analyzer": "word",
                          "features": rows(words, len(chars.vocabulary_))}
    return table


def fit_table(texts: Sequence[str], labels: Sequence[str], params: Params) -> dict[str, Any]:
    """Fit one table and export it."""
    return export(*fit(texts, labels, params))


def ordered(examples: Sequence[Example]) -> list[Example]:
    return sorted(examples, key=lambda e: (e.group, e.file, e.kind))


def intent_examples(examples: Sequence[Example]) -> list[Example]:
    return [e for e in ordered(examples) if e.intent]


def reason_examples(examples: Sequence[Example]) -> list[Example]:
    return [e for e in ordered(examples) if e.reason and (e.kind == "reply" or e.intent == "cancellation")]


def opt_out_examples(examples: Sequence[Example]) -> list[Example]:
    return [e for e in ordered(examples) if e.kind == "reply" and e.opt_out]


def digest(examples: Sequence[Example]) -> str:
    """What a table was trained on, in one sha256 (order-independent)."""
    h = hashlib.sha256()
    for e in ordered(examples):
        h.update(json.dumps([e.group, e.file, e.kind, e.text, e.intent, e.reason, e.opt_out],
                            ensure_ascii=False).encode("utf-8"))
    return h.hexdigest()


def train(examples: Sequence[Example], intent: Params = INTENT, reason: Params = REASON,
          opt_out: Params = OPT_OUT) -> dict[str, Any]:
    """The three tables from ``examples``, as the JSON document the model file holds."""
    ie = intent_examples(examples)
    re_ = reason_examples(examples)
    oe = opt_out_examples(examples)
    return {"format": FORMAT, "trained_on": digest(examples),
            "intent": fit_table([e.text for e in ie], [e.intent for e in ie], intent),
            "reason": fit_table([e.text for e in re_], [e.reason for e in re_], reason),
            "optout": fit_table([e.text for e in oe], [e.opt_out for e in oe], opt_out)}


def dump(doc: dict[str, Any]) -> bytes:
    """The model file's bytes (:func:`responder.learn.model.dumps`)."""
    return dumps(doc)
