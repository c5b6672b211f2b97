"""Parsing never raises, and decodes what customers' mail programs actually send."""

from __future__ import annotations

import pytest

from responder.parse import MAX_DEPTH, has_reply_prefix, parse_message, strip_reply_prefixes


def test_raw_utf8_and_latin1_headers_are_decoded() -> None:
    utf8 = "From: María <m@x.es>\r\nSubject: Cancelación de cita\r\n\r\nhola\r\n".encode()
    msg = parse_message(utf8)
    assert (msg.subject, msg.from_name, msg.from_addr) == ("Cancelación de cita", "María", "m@x.es")
    assert parse_message("Subject: caf\xe9\r\n\r\nx".encode("latin-1")).subject == "café"


def test_encoded_words_in_subject_and_display_name() -> None:
    raw = (b"From: =?utf-8?q?Ren=C3=A9e?= <r@x.fr>\r\n"
           b"Subject: =?utf-8?b?QW5udWxhdGlvbiBkdSByZW5kZXotdm91cw==?=\r\n\r\nx")
    msg = parse_message(raw)
    assert (msg.from_name, msg.subject) == ("Renée", "Annulation du rendez-vous")


def test_missing_message_id_gets_a_stable_synthetic_one() -> None:
    raw = b"From: a@x.test\r\nSubject: hi\r\n\r\nbody"
    a, b = parse_message(raw), parse_message(raw)
    assert a.message_id_synthetic and a.message_id == b.message_id
    assert a.message_id.endswith("@synthetic.responder.invalid>")


def test_header_injection_is_flattened_to_one_line() -> None:
    raw = b"From: a@x.test\r\nSubject: =?utf-8?q?hi=0D=0ABcc=3A_evil=40x.test?=\r\n\r\nx"
    assert parse_message(raw).subject == "hi Bcc: evil@x.test"


def test_nul_bytes_and_garbage_do_not_raise() -> None:
    msg = parse_message(b"From: a@x.test\r\nSubject: a\x00b\r\n\r\nbo\x00dy\xff\xfe")
    assert "NUL bytes in message" in msg.defects
    assert "\x00" not in msg.text
    assert parse_message(b"").message_id_synthetic
    assert parse_message(b"\xff\xfe\x00garbage without headers").size > 0


def test_html_only_mail_becomes_text() -> None:
    raw = (b"From: a@x.test\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
           b"<html><body><p>Please <b>cancel</b> my booking.</p></body></html>")
    assert "Please cancel my booking." in parse_message(raw).text


def _html(body: str) -> bytes:
    return (b"From: a@x.test\r\nSubject: Re: Confirmation\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
            + body.encode())


_BELOW_QUOTE = ("<div>Le mer. 24 oct. 2029, Le Fournil &lt;a@fournil.test&gt; a écrit :<br>"
                "<blockquote style='border-left:1px solid #ccc'>Bonjour Claire,<br>Nous confirmons la "
                "résiliation.<br>Pour ne plus recevoir nos messages, répondez « désabonnement ».<br>"
                "</blockquote><br>Merci ! On part s'installer à Montréal en décembre.<br>Claire</div>")


def test_html_blockquote_is_quoted_so_a_reply_below_it_is_told_from_it() -> None:
    from responder.text import strip_quotes

    msg = parse_message(_html(_BELOW_QUOTE))
    assert "> Pour ne plus recevoir nos messages" in msg.text
    new = strip_quotes(msg.text)
    assert "Montréal" in new and "désabonnement" not in new and "résiliation" not in new


def test_html_that_is_all_blockquote_keeps_its_words() -> None:
    """Nothing outside the quote: it is all that was said, not a quote to drop."""
    msg = parse_message(_html("<blockquote>Please cancel my Friday booking.</blockquote>"))
    assert "Please cancel my Friday booking." in msg.text and ">" not in msg.text


def test_apple_mail_forward_in_a_blockquote_is_read() -> None:
    from responder.text import strip_quotes

    raw = _html("<div>FYI</div><div>Begin forwarded message:</div><blockquote type='cite'>"
                "<div>From: Ann &lt;ann@x.test&gt;</div><div>Subject: Friday</div><br>"
                "<div>Please cancel my Friday booking, I have the flu.</div></blockquote>")
    assert "Please cancel my Friday booking" in strip_quotes(parse_message(raw).text)


def test_calendar_cancel_method_is_read() -> None:
    raw = (b"From: a@x.test\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
           b"Content-Type: text/plain\r\n\r\nSee attached\r\n--b\r\n"
           b"Content-Type: text/calendar; method=CANCEL\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\n"
           b"END:VCALENDAR\r\n--b--\r\n")
    assert parse_message(raw).calendar_method == "CANCEL"


def test_deeply_nested_multiparts_are_cut_off() -> None:
    depth = MAX_DEPTH + 30
    head = "".join(f"Content-Type: multipart/mixed; boundary=b{i}\r\n\r\n--b{i}\r\n"
                   for i in range(depth))
    tail = "".join(f"\r\n--b{i}--" for i in reversed(range(depth)))
    raw = ("From: a@x.test\r\n" + head + "Content-Type: text/plain\r\n\r\ndeep" + tail).encode()
    msg = parse_message(raw)
    assert len(msg.parts) <= MAX_DEPTH + 1


def test_threading_ids_in_reply_order() -> None:
    raw = (b"From: a@x.test\r\nIn-Reply-To: <b@x>\r\nReferences: <root@x> <a@x> <b@x>\r\n\r\nx")
    assert parse_message(raw).thread_ids == ("<b@x>", "<a@x>", "<root@x>")


@pytest.mark.parametrize(("subject", "base"), [
    ("Re: My appointment", "My appointment"),
    ("  RE : AW: Fwd:  My appointment ", "My appointment"),
    ("Re[2]: SV: Antw: Termin", "Termin"),
    ("R: Rif: RV: TR: Enc: Res: Ref: FW: WG: cita", "cita"),
    ("My appointment", "My appointment"),
    ("Reply needed", "Reply needed"),
    ("Return: my booking", "Return: my booking"),
])
def test_reply_prefixes(subject: str, base: str) -> None:
    assert strip_reply_prefixes(subject) == base
    assert has_reply_prefix(subject) is (base != subject.strip())
