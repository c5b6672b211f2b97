"""The Markdown of a template's body is converted once per template and branch (its values
are slot tokens), and every message is the same as when it was converted for each one."""

from __future__ import annotations

from pathlib import Path

import pytest

from responder import render
from responder.render import LANGUAGES, REASONS, Renderer, sample_context

SHIPPED = Path(__file__).resolve().parent.parent / "templates"
NAMES = ("acknowledgement", "acknowledgement_with_reason", "thank_you", "followup_checkin",
         "followup_rebook", "staff_alert", "digest")


def test_every_template_renders_alike_with_the_markdown_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    renderer = Renderer(SHIPPED)
    customers = ["Ann", "<b>Bo</b> & *Cy*", "", "Zoë [x](http://evil.example)"]
    for name in NAMES:
        for language in LANGUAGES:
            for reason in REASONS:
                for customer in customers:
                    ctx = {**sample_context(name, language, reason), "customer_name": customer}
                    kept = renderer.render(name, language, ctx)
                    with monkeypatch.context() as m:
                        m.setattr(render, "_markdown", render._markdown.__wrapped__)
                        assert renderer.render(name, language, ctx) == kept, (name, language)
    # one conversion per template and branch, not per customer
    assert render._markdown.cache_info().hits > render._markdown.cache_info().misses
