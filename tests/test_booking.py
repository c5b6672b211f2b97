"""The booking's date and time in a cancellation: found only when sure, in seven languages."""

from __future__ import annotations

import importlib.util
import logging
from datetime import UTC, date, datetime, time
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from responder import handling
from responder.booking import find_booking, format_when
from responder.config import parse_config
from responder.detect import detect
from responder.handling import Handler
from responder.outgoing import Outgoing
from responder.parse import parse_message
from responder.render import Renderer

REPO = Path(__file__).resolve().parent.parent
WEDNESDAY = datetime(2025, 3, 5, 10, 0, tzinfo=UTC)  # Wednesday 5 March 2025
TZ = ZoneInfo("Europe/London")

# (language, text, the `when` expected, or None: nothing is said rather than a guess)
CASES: list[tuple[str, str, str | None]] = [
    # en
    ("en", "Please cancel my appointment on Friday at 3pm", "Friday 7 March at 15:00"),
    ("en", "Cancel my haircut on 12 March please", "Wednesday 12 March"),
    ("en", "please cancel my class March 12th at 18:00", "Wednesday 12 March at 18:00"),
    ("en", "I need to cancel tomorrow's session, sorry", "Thursday 6 March"),
    ("en", "Please cancel my viewing this Saturday", "Saturday 8 March"),
    ("en", "Please cancel my appointment on 15/03", "Saturday 15 March"),
    ("en", "Please cancel my appointment on 04/03", None),  # 4 March or 3 April?
    ("en", "Please cancel Tuesday and book me in next month", None),  # a reschedule
    ("en", "I might cancel Friday, I'll let you know", None),
    ("en", "Please cancel my 3pm appointment", None),  # a time, no date
    ("en", "Please cancel my appointment on 1 March", None),  # past
    ("en", "Please cancel my appointment at 5 on Friday", "Friday 7 March"),  # 5 am or pm? no time
    ("en", "Please cancel my appointment on Wednesday", None),  # today or a week today?
    ("en", "Please cancel my booking.\nArrival: Friday 7 March\nRoom: Garden Suite", None),  # footer
    ("en", "Please cancel my Tuesday lessons for the rest of the term", None),
    # es
    ("es", "Quiero cancelar mi cita del viernes a las 15:00", "viernes 7 de marzo a las 15:00"),
    ("es", "Por favor cancelen mi reserva del 12 de marzo", "miércoles 12 de marzo"),
    ("es", "Necesito cancelar la cita de mañana a las 10", "jueves 6 de marzo a las 10:00"),
    ("es", "Cancelo mi clase del 12/03", "miércoles 12 de marzo"),
    ("es", "Quiero cancelar la cita del martes y pedir otra fecha", None),
    ("es", "Quizás cancele la cita del viernes", None),
    ("es", "Cancelen mi cita de las 16:00, por favor", None),
    ("es", "Cancelo la cita del 1 de marzo", None),
    ("es", "Quiero cancelar la reserva del 12 y del 14 de marzo", None),
    # fr
    ("fr", "Je voudrais annuler mon rendez-vous de vendredi à 10h", "vendredi 7 mars à 10 h"),
    ("fr", "Merci d'annuler ma réservation du 12 mars à 19h30", "mercredi 12 mars à 19 h 30"),
    ("fr", "J'annule ma séance de demain, désolée", "jeudi 6 mars"),
    ("fr", "Pouvez-vous annuler le rendez-vous du 12/03 ?", "mercredi 12 mars"),
    ("fr", "Je dois annuler mardi et reporter au mois prochain", None),
    ("fr", "Je vais peut-être annuler vendredi", None),
    ("fr", "Je voudrais annuler mon rendez-vous de 14h", None),
    ("fr", "Je voudrais annuler le cours du mercredi", None),  # every Wednesday
    ("fr", "Je dois annuler notre réservation du 24 au 26 mars", None),  # a stay
    # de
    ("de", "Ich muss meinen Termin am Freitag um 10 Uhr absagen", "Freitag, 7. März, um 10:00 Uhr"),
    ("de", "Bitte stornieren Sie meine Buchung für den 12. März", "Mittwoch, 12. März"),
    ("de", "Hiermit sage ich den Termin am 12.03. ab", "Mittwoch, 12. März"),
    ("de", "Ich kann morgen um 14:30 nicht kommen, bitte den Termin absagen",
     "Donnerstag, 6. März, um 14:30 Uhr"),
    ("de", "Vielleicht muss ich den Termin am Freitag absagen", None),
    ("de", "Bitte den Termin am Dienstag absagen und auf nächsten Monat verschieben", None),
    ("de", "Bitte den Termin um 10 Uhr absagen", None),
    ("de", "Bitte den Termin am 3. März absagen", None),  # past
    ("de", "Ich möchte meine Termine dienstags absagen", None),  # every Tuesday
    # pt
    ("pt", "Queria cancelar a minha marcação de sexta-feira às 15h", "sexta-feira, 7 de março, às 15h00"),
    ("pt", "Por favor cancelem a reserva de 12 de março", "quarta-feira, 12 de março"),
    ("pt", "Preciso de cancelar a consulta de amanhã às 9h30", "quinta-feira, 6 de março, às 9h30"),
    ("pt", "Queria cancelar a aula do dia 12", "quarta-feira, 12 de março"),
    ("pt", "Talvez tenha de cancelar a consulta de sexta", None),
    ("pt", "Queria cancelar a consulta de terça-feira e remarcar", None),
    ("pt", "Queria cancelar a marcação das 15h", None),
    ("pt", "Queria cancelar as consultas de 12/03 e 14/03", None),
    # it
    ("it", "Vorrei disdire l'appuntamento di venerdì alle 18", "venerdì 7 marzo alle 18:00"),
    ("it", "Annullo la prenotazione del 12 marzo", "mercoledì 12 marzo"),
    ("it", "Devo annullare la lezione di domani alle 9:30", "giovedì 6 marzo alle 9:30"),
    ("it", "Vorrei annullare l'appuntamento del 12/03", "mercoledì 12 marzo"),
    ("it", "Forse devo annullare l'appuntamento di venerdì", None),
    ("it", "Vorrei annullare la seduta di martedì e spostarla", None),
    ("it", "Vorrei annullare l'appuntamento delle 18", None),
    ("it", "Annullo la prenotazione dal 12 al 14 marzo", None),
    # nl
    ("nl", "Ik wil mijn afspraak van vrijdag om 14.30 uur afzeggen", "vrijdag 7 maart om 14.30 uur"),
    ("nl", "Graag mijn reservering van 12 maart annuleren", "woensdag 12 maart"),
    ("nl", "Ik moet mijn les van morgen om 10 uur afzeggen", "donderdag 6 maart om 10.00 uur"),
    ("nl", "Graag mijn afspraak op 12-03-2025 annuleren", "woensdag 12 maart"),
    ("nl", "Misschien moet ik mijn afspraak van vrijdag afzeggen", None),
    ("nl", "Afspraak dinsdag afzeggen en verzetten naar volgende maand", None),
    ("nl", "Graag mijn afspraak om 15 uur annuleren", None),
    ("nl", "Graag mijn afspraak van 1 maart annuleren", None),
]


@pytest.mark.parametrize(("language", "text", "when"), CASES)
def test_the_booking_date_is_found_only_when_it_is_certain(language: str, text: str,
                                                          when: str | None) -> None:
    booking = find_booking(text, language, WEDNESDAY, TZ)
    assert (booking.when if booking else None) == when


def test_a_languages_count_of_cases_is_at_least_eight() -> None:
    for language in ("en", "es", "fr", "de", "pt", "it", "nl"):
        assert sum(1 for lang, _, _ in CASES if lang == language) >= 8


def test_a_weekday_without_the_messages_date_is_not_guessed() -> None:
    assert find_booking("Please cancel my appointment on Friday", "en", None, TZ) is None


def test_a_weekday_next_to_a_date_must_agree_with_it() -> None:
    assert find_booking("Please cancel my appointment on Thursday 12 March", "en", WEDNESDAY, TZ) is None
    found = find_booking("Please cancel my appointment on Wednesday 12 March", "en", WEDNESDAY, TZ)
    assert found is not None and found.day == date(2025, 3, 12)


def test_today_is_the_senders_own_day_not_utc() -> None:
    late = datetime.fromisoformat("2025-03-05T23:30:00-08:00")  # already Thursday in UTC
    found = find_booking("Please cancel my appointment tomorrow", "en", late, TZ)
    assert found is not None and found.day == date(2025, 3, 6)


def test_tomorrow_written_in_the_small_hours_is_not_guessed() -> None:
    small_hours = datetime(2025, 3, 5, 1, 30, tzinfo=UTC)
    assert find_booking("Please cancel my appointment tomorrow", "en", small_hours, TZ) is None
    assert find_booking("Please cancel my appointment on Friday", "en", small_hours, TZ) is not None


def test_what_is_the_booked_thing_named_next_to_the_date() -> None:
    found = find_booking("Please cancel my massage on Friday at 3pm", "en", WEDNESDAY, TZ)
    assert found is not None
    assert (found.what, found.summary) == ("Massage", "Massage, Friday 7 March at 15:00")
    assert found.as_context()["when"] == "Friday 7 March at 15:00"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Tuesday 3 March 2026 at 10:00"), ("es", "martes 3 de marzo de 2026 a las 10:00"),
    ("fr", "mardi 3 mars 2026 à 10 h"), ("de", "Dienstag, 3. März 2026, um 10:00 Uhr"),
    ("pt", "terça-feira, 3 de março de 2026, às 10h00"), ("it", "martedì 3 marzo 2026 alle 10:00"),
    ("nl", "dinsdag 3 maart 2026 om 10.00 uur"),
])
def test_when_is_written_in_the_customers_language_with_the_year_only_when_another(
        language: str, expected: str) -> None:
    assert format_when(language, date(2026, 3, 3), time(10, 0), today=date(2025, 11, 1)) == expected
    assert format_when(language, date(2026, 3, 3), None, today=date(2026, 1, 1)) == \
        expected.split(" 2026")[0].split(" de 2026")[0].rstrip(",").removesuffix(" de")


def _outgoing() -> Outgoing:
    config = parse_config({
        "business": {"name": "Studio", "address": "bookings@studio.example.com",
                     "timezone": "Europe/London"},
        "imap": {"host": "imap.test", "username": "u", "password_env": "T_IMAP_PW"},
        "smtp": {"host": "smtp.test"},
    })
    return Outgoing(config, Renderer(REPO / "templates"), lambda: WEDNESDAY)


def test_the_english_acknowledgement_names_the_day_and_time_of_the_cancelled_booking() -> None:
    email = EmailMessage()
    email["From"] = "Ann Example <ann@example.net>"
    email["To"] = "bookings@studio.example.com"
    email["Subject"] = "My appointment"
    email["Date"] = format_datetime(WEDNESDAY)
    email["Message-ID"] = "<ann-1@example.net>"
    email.set_content("Hi,\n\nPlease cancel my appointment on Friday at 3pm.\n\nThanks,\nAnn\n")
    msg = parse_message(email.as_bytes())
    detection = detect(msg)
    assert detection.intent == "cancellation"
    booking = find_booking(detection.text, detection.language, msg.date, TZ, subject=msg.subject)
    prepared = _outgoing().acknowledgement(msg, "en", "ann@example.net", None, booking)
    body = parse_message(prepared.raw).text
    assert "We've received your cancellation for Friday 7 March at 15:00," in " ".join(body.split())


def test_an_error_while_reading_the_booking_sends_the_acknowledgement_without_it(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(handling, "find_booking", broken)
    handler: Any = SimpleNamespace(config=_outgoing().config)
    reading = SimpleNamespace(
        detection=SimpleNamespace(text="cancel Friday", language="en"),
        msg=SimpleNamespace(date=WEDNESDAY, subject="", message_id="<m@example.net>"))
    with caplog.at_level(logging.ERROR):
        assert Handler._booking(handler, reading) is None  # type: ignore[arg-type]
    assert "booking extraction failed" in caplog.text


def test_the_calendar_name_tables_are_what_babel_generates_today() -> None:
    """responder/calendar_names.py is generated from CLDR (babel); regenerate after upgrades."""
    script = REPO / "scripts" / "gen_calendar_names.py"  # babel is in the test extra
    spec = importlib.util.spec_from_file_location("gen_calendar_names", script)
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(gen)
    assert (REPO / "responder" / "calendar_names.py").read_text(encoding="utf-8") == gen.source()
