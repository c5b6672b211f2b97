"""Writes responder/calendar_names.py: CLDR weekday and month names (via babel) for the
seven languages, as plain tables.

The daemon reads booking dates in the customer's language. babel holds the whole CLDR
locale in memory once it is asked for one name (about 1.5 MB a language); the tables here
are the few hundred names the booking reader needs. Run after upgrading babel:

    .venv/bin/python scripts/gen_calendar_names.py

``tests/test_booking.py`` checks that the file still matches babel.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from babel.dates import get_day_names, get_month_names

LANGUAGES = ("en", "es", "fr", "de", "pt", "it", "nl")
TARGET = Path(__file__).resolve().parent.parent / "responder" / "calendar_names.py"


def tables() -> tuple[dict[str, dict[str, dict[str, list[str]]]], dict[str, dict[str, list[str]]]]:
    """``months[lang][width][context]`` (January first) and ``days[lang][width]`` (Monday
    first, the ``format`` context)."""
    months = {lang: {width: {ctx: [str(get_month_names(width, ctx, locale=lang)[m]) for m in range(1, 13)]
                             for ctx in ("format", "stand-alone")}
                     for width in ("wide", "abbreviated")} for lang in LANGUAGES}
    days = {lang: {width: [str(get_day_names(width, "format", locale=lang)[d]) for d in range(7)]
                   for width in ("wide", "abbreviated")} for lang in LANGUAGES}
    return months, days


def _literal(value: object, indent: int = 0) -> str:
    """A Python literal, one list per line (the lists are short)."""
    if isinstance(value, dict):
        pad = " " * (indent + 4)
        items = "".join(f"{pad}{json.dumps(k)}: {_literal(v, indent + 4)},\n" for k, v in value.items())
        return "{\n" + items + " " * indent + "}"
    return json.dumps(value, ensure_ascii=False)


def source() -> str:
    months, days = tables()
    return (
        '"""CLDR weekday and month names for the seven languages (generated from babel by\n'
        "scripts/gen_calendar_names.py; do not edit by hand).\n\n"
        "``MONTHS[lang][width][context]`` lists January to December; ``DAYS[lang][width]``\n"
        'lists Monday to Sunday (the ``format`` context)."""\n\n'
        "# ruff: noqa: E501 (generated: one list of names per line)\n\n"
        f"MONTHS: dict[str, dict[str, dict[str, list[str]]]] = {_literal(months)}\n\n"
        f"DAYS: dict[str, dict[str, list[str]]] = {_literal(days)}\n"
    )


if __name__ == "__main__":
    TARGET.write_text(source(), encoding="utf-8")
    sys.stdout.write(f"wrote {TARGET}\n")
