"""The booking date in the acknowledgement reads as each language writes it.

Written from each language's grammar, not from today's output: Spanish and French put the
article before a weekday date ("para el jueves 10 de diciembre", "pour le jeudi 10
décembre"); German puts the apposition in the case of the preposition ("für Donnerstag,
den 10. Dezember", "am Donnerstag, dem 10. Dezember") and capitalises weekdays and months;
Italian, Portuguese and Dutch take no article after "per", "para", "voor"; Portuguese says
"na quinta-feira" but "no sábado"; French writes the first of the month "1er"; weekday and
month names are lower case in es, fr, it, pt and nl; "a la 1", "all'1", "à 1h" are singular.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import pytest

from responder.booking import Booking, find_booking, format_when
from responder.calendar_names import DAYS, MONTHS
from responder.detect import detect
from responder.parse import parse_message
from responder.render import LANGUAGES, SAMPLE_CANCELLATION, Renderer, sample_booking
from responder.templatecheck import preview

SHIPPED = Path(__file__).resolve().parent.parent / "templates"
TODAY = date(2026, 12, 7)
# Every weekday and month, the first of a month, a date next year, with and without a time.
DAYS_TO_TRY = [TODAY + timedelta(days=n) for n in range(1, 8)] + [
    date(2027, m, 1) for m in range(1, 13)] + [date(2026, 12, 31), date(2027, 1, 2)]
TIMES = [None, time(10, 0), time(1, 30), time(13, 5)]

# The acknowledgement's words before the booking date, per language.
ACK_NOUN = {"en": "We've received your cancellation", "es": "Hemos recibido su cancelación",
            "fr": "Nous avons bien reçu votre annulation", "de": "Wir haben Ihre Absage",
            "it": "Abbiamo ricevuto la sua disdetta", "pt": "Recebemos o seu cancelamento",
            "nl": "We hebben uw annulering"}


def names(language: str) -> tuple[str, str]:
    """Alternations of the weekday and month names (CLDR) for a regex."""
    days = "|".join(re.escape(d) for d in DAYS[language]["wide"])
    months = "|".join(re.escape(m) for m in MONTHS[language]["wide"]["format"])
    return days, months


def expected(language: str, phrase: str, day: date) -> re.Pattern[str]:
    """What the grammar requires before and around the date (the time is checked apart)."""
    days, months = names(language)
    n = "1er" if language == "fr" and day.day == 1 else "1º" if language == "it" and day.day == 1 \
        else str(day.day)
    rules = {
        ("en", "for"): rf"for ({days}) {n} ({months})",
        ("en", "on"): rf"on ({days}) {n} ({months})",
        ("es", "for"): rf"para el ({days}) {n} de ({months})",
        ("es", "on"): rf"el ({days}) {n} de ({months})",
        ("fr", "for"): rf"pour le ({days}) {n} ({months})",
        ("fr", "on"): rf"le ({days}) {n} ({months})",
        ("de", "for"): rf"für ({days}), den {n}\. ({months})",
        ("de", "on"): rf"am ({days}), dem {n}\. ({months})",
        ("it", "for"): rf"per ({days}) {n} ({months})",
        ("it", "on"): rf"({days}) {n} ({months})",
        ("pt", "for"): rf"para ({days}), {n} de ({months})",
        ("pt", "on"): (rf"no ({days}), {n} de ({months})" if day.weekday() >= 5
                       else rf"na ({days}), {n} de ({months})"),
        ("nl", "for"): rf"voor ({days}) {n} ({months})",
        ("nl", "on"): rf"op ({days}) {n} ({months})",
    }
    return re.compile("^" + rules[(language, phrase)])


TIME_RULE = {
    "en": r" at \d{2}:\d{2}$",
    "es": r" a las? \d{1,2}:\d{2}$",
    "fr": r" à \d{1,2} h(?: \d{2})?$",
    "de": r", um \d{1,2}:\d{2} Uhr$",
    "it": r" (?:alle|all')\s?\d{1,2}:\d{2}$",
    "pt": r", às? \d{1,2}h\d{2}$",
    "nl": r" om \d{1,2}\.\d{2} uur$",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("phrase", ["for", "on"])
def test_every_date_follows_the_grammar(language: str, phrase: str) -> None:
    for day in DAYS_TO_TRY:
        for at in TIMES:
            text = format_when(language, day, at, TODAY, phrase)  # type: ignore[arg-type]
            assert expected(language, phrase, day).match(text), text
            if at is not None:
                assert re.search(TIME_RULE[language], text), text
                if language in ("es", "pt", "it") and at.hour == 1:  # one o'clock is singular
                    assert re.search(r" a la 1:| à 1h| all'1:", text), text
            assert (str(day.year) in text) == (day.year != TODAY.year), text


@pytest.mark.parametrize("language", ["es", "fr", "it", "pt", "nl"])
def test_weekdays_and_months_are_lower_case(language: str) -> None:
    days, months = names(language)
    for day in DAYS_TO_TRY:
        text = format_when(language, day, None, TODAY, "for")
        for word in re.findall(rf"\b(?:{days}|{months})\b", text, re.IGNORECASE):
            assert word == word.lower(), text


@pytest.mark.parametrize("language", ["de", "en"])
def test_weekdays_and_months_are_capitalised(language: str) -> None:
    days, months = names(language)
    for day in DAYS_TO_TRY:
        text = format_when(language, day, None, TODAY, "on")
        found = re.findall(rf"\b(?:{days}|{months})\b", text, re.IGNORECASE)
        assert len(found) == 2 and all(w[0].isupper() for w in found), text


def test_the_spanish_and_french_dates_of_the_issue() -> None:
    thursday = date(2026, 12, 10)
    assert format_when("es", thursday, None, TODAY, "for") == "para el jueves 10 de diciembre"
    assert format_when("fr", thursday, None, TODAY, "for") == "pour le jeudi 10 décembre"


def customer_mail(language: str) -> bytes:
    subject, body = SAMPLE_CANCELLATION[language].split("\n", 1)
    msg = EmailMessage()
    msg["From"] = "ann@example.net"
    msg["To"] = "hello@studio.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(datetime(2026, 12, 7, 9, 0, tzinfo=UTC))
    msg["Message-ID"] = "<g1@example.net>"
    msg.set_content(body)
    return msg.as_bytes()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_acknowledgement_carries_the_date_the_customer_wrote_in_their_grammar(language: str) -> None:
    """From a customer's mail through detection and the booking reader to the rendered text."""
    msg = parse_message(customer_mail(language))
    detection = detect(msg)
    assert detection.intent == "cancellation" and detection.language == language
    booking = find_booking(detection.text, language, msg.date, UTC, subject=msg.subject)
    assert isinstance(booking, Booking) and booking.day == date(2026, 12, 10)
    renderer = Renderer(SHIPPED)
    for name in ("acknowledgement", "acknowledgement_with_reason"):
        out = renderer.render(name, language, {"booking": booking.as_context(), "reason": "illness"})
        line = next(line for line in out.text.split("\n") if line.startswith(ACK_NOUN[language])
                    or ACK_NOUN[language] in line)
        after = line.split(ACK_NOUN[language], 1)[1].lstrip()
        assert expected(language, "for", booking.day).match(after), line


@pytest.mark.parametrize("language", LANGUAGES)
def test_preview_shows_the_date_the_booking_reader_writes(language: str) -> None:
    booking = sample_booking(language)
    assert booking["for_when"], f"{language}: the sample cancellation gives no booking date"
    assert booking["for_when"] == format_when(language, date(2026, 12, 10), time(10, 0), TODAY, "for")
    out = preview(SHIPPED, "acknowledgement", language)
    assert booking["for_when"] in out.text


BABEL_LOCALE = {"en": "en_GB", "es": "es", "fr": "fr", "de": "de", "pt": "pt_PT", "it": "it", "nl": "nl"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_date_alone_is_cldrs_full_date_but_for_the_grammar_of_running_text(language: str) -> None:
    """CLDR (Babel) is the reference for the date alone; the only differences are ours on
    purpose: no comma after the weekday in English and Spanish running text, "1er" in
    French and "1º" in Italian for the first of the month."""
    from babel.dates import format_date

    for day in [date(2027, 1, 1) + timedelta(days=n) for n in range(0, 365, 11)]:
        cldr = format_date(day, "full", locale=BABEL_LOCALE[language])
        if language in ("en", "es"):
            cldr = cldr.replace(",", "", 1)
        if day.day == 1 and language in ("fr", "it"):
            cldr = re.sub(r"\b1\b", "1er" if language == "fr" else "1º", cldr, count=1)
        assert format_when(language, day, None, TODAY) == cldr
