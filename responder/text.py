"""What the customer wrote now: the body without quoted replies, signatures and footers.

``mail-parser-reply`` strips quoted replies, "On … wrote:" headers, Outlook
``From:/Sent:`` blocks and signatures in en, de, fr, it, es and nl; the patterns here
fill its gaps (Portuguese, forwarded messages, ``-----Original Message-----`` in every
language, mobile signatures, booking-system footers such as "to cancel, click here").
A forwarded message counts as what the sender says when they wrote (almost) nothing
above it: "FYI, see below" with a forwarded cancellation is a cancellation.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from typing import Any

from responder.parse import ParsedMessage

log = logging.getLogger(__name__)

#: Only the start of a long body is read: customers state their intent early.
MAX_CHARS = 6000

_I = re.IGNORECASE | re.MULTILINE

# A line that starts the quoted original of a reply (the rest of the body is dropped).
_REPLY_HEADER = re.compile(
    r"^[ \t>]*(?:"
    r"On\b(?:.|\n(?!\n)){0,250}?\bwrote:"
    # (rules round 66: the attribution wrapped onto a second line, "… La Esquina\n(<hola@…>) escribió:")
    r"|Le\b(?:.|\n(?!\n)){0,200}?\ba écrit\s?:"
    r"|El\b(?:.|\n(?!\n)){0,200}?\bescribió:"
    r"|Am\b(?:.|\n(?!\n)){0,200}?\bschrieb(?:.|\n(?!\n)){0,80}?:"
    r"|Em\b(?:.|\n(?!\n)){0,200}?\bescreveu:"
    r"|(?:Il giorno|Il)\b(?:.|\n(?!\n)){0,200}?\bha scritto:"
    r"|Op\b(?:.|\n(?!\n)){0,200}?\bschreef(?:.|\n(?!\n)){0,80}?:"
    # Apple Mail in Dutch; Gmail in European Portuguese ("<name> escreveu no dia …:")
    r"|Op\b.{0,200}?\bhet volgende geschreven\s?:"
    r"|[^\n]{0,200}?\bescreveu no dia\b[^\n]{0,80}?:"
    r"|-{2,}\s*(?:Original Message|Mensaje original|Message d'origine|Ursprüngliche Nachricht"
    r"|Mensagem original|Messaggio originale|Oorspronkelijk bericht|Origineel bericht)\s*-{2,}"
    r"|_{10,}\s*$"
    r")",
    _I,
)

# Outlook-style header block: From:/Von:/De:/Da:/Van: followed within two lines by a date/sent line.
_OUTLOOK_BLOCK = re.compile(
    r"^[ \t>*]*(?:From|Von|De|Da|Van)\s*:.*\n(?:.*\n){0,2}?[ \t>*]*"
    r"(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado(?: el)?|Fecha|Data|Inviato|Verzonden|Verstuurd|Datum)\s*:"
    # GMX and web.de put the date first, and an HTML quote may flatten the block onto one line
    # ("Gesendet: Dienstag, 15. Dezember 2026 um 16:45 Uhr  Von: "Lernwerk" <team@…>")
    r"|^[ \t>*]*(?:Sent|Gesendet|Envoyé|Enviado(?: el)?|Inviato|Verzonden|Verstuurd)\s*:[^\n]{0,120}"
    r"(?:\n(?:.*\n){0,1}?)?[ \t>*]*(?:From|Von|De|Da|Van)\s*:[^\n]*@",
    _I,
)

_FORWARD = re.compile(
    r"^[ \t>]*(?:-{2,}\s*)?(?:Forwarded message|Begin forwarded message|Weitergeleitete Nachricht"
    r"|Message transféré|Mensaje reenviado|Mensagem encaminhada|Messaggio inoltrato"
    r"|Doorgestuurd bericht|Original-Nachricht)\b.*$",
    _I,
)

# A short note above a forward that relays someone's own message ("my wife asked me to forward
# this to you"): what is said is the forwarded text, as when the note is only "FYI".
RELAY_NOTE = re.compile(
    r"\basked me to (?:forward|send on|pass on|pass along)\b|\bforwarding (?:this|the message|her|his)"
    r"\b[^.\n]{0,30}\b(?:for|from|on behalf of)\b"
    r"|\b(?:gebeten|bat mich)\b[^.\n]{0,60}\bweiter(?:zu)?leiten\b"
    r"|\bleite (?:ich )?(?:ihnen |euch )?(?:die|diese|ihre|seine) (?:nachricht|mail|e-mail)\b"
    r"[^.\n]{0,40}\bweiter\b"
    r"|\bm'a demand[ée] de vous (?:transf[ée]rer|transmettre|faire suivre)\b"
    r"|\bje vous (?:transf[eè]re|transmets|fais suivre) (?:le|ce|son) (?:message|mail|courriel)\b"
    r"|\bme (?:ha )?pidi[óo] que (?:os|les|le) (?:reenv[ií]e|reenviara|pase|mande)\b"
    r"|\bos reenv[ií]o (?:el|este) (?:mensaje|correo) de\b"
    r"|\bvi giro (?:il|questo) messaggio\b|\bmi ha chiesto di (?:inoltrarvi|girarvi|inoltrare)\b"
    r"|\bvroeg (?:me|mij) (?:om )?(?:dit|deze mail|het bericht|zijn bericht|haar bericht) door te sturen\b"
    r"|\bstuur (?:ik )?(?:jullie|u) (?:het|dit|de|zijn|haar) (?:bericht|mail) (?:\w+ ){0,2}door\b"
    r"|\bpediu(?:-me)? para (?:vos |lhe |te )?(?:reencaminhar|encaminhar|repassar)\b"
    r"|\bme pediu para (?:encaminhar|repassar|reencaminhar)\b",
    _I,
)

_HEADER_LINE = re.compile(
    r"^[ \t>*]*(?:From|To|Cc|Sent|Date|Subject|Von|An|Gesendet|Datum|Betreff|De|À|Para|Envoyé|Objet"
    r"|Enviado(?: el)?|Fecha|Asunto|Assunto|Data|Da|A|Inviato|Oggetto|Van|Aan|Verzonden|Onderwerp)\s*:.*$",
    _I,
)

_SENT_FROM = re.compile(
    r"^\s*(?:Sent from my|Sent from Outlook|Get Outlook for|Sent via|Von meinem|Gesendet von"
    r"|Envoyé de mon|Envoyé depuis|Enviado desde mi|Enviado do meu|Enviado de meu|Enviado a partir do"
    r"|Inviato da(?:l mio)?|Verzonden met|Verstuurd vanaf|Verzonden vanaf)\b.*$",
    _I,
)

# Lines of booking-system footers and list boilerplate that only *mention* cancelling.
_FOOTER = re.compile(
    r"^.*(?:"
    # (not the noun: "we need to cancel your visit on the 19th" is the request itself; rules round 70)
    r"(?:to|if you (?:need|want|wish) to|need to)\s+(?:cancel|reschedule)\b.{0,80}?"
    r"(?:\b(?:click|tap|link|(?<!your )(?<!the )(?<!my )(?<!our )(?<!this )(?:visit|use)|log ?in)\b|https?://)"
    r"|(?:click|tap)\s+(?:here|below|the link)\b.{0,40}?\b(?:cancel|reschedule)"
    r"|(?:para|pour|per|um|om|zum)\s+(?:cancelar|anular|annuler|annullare|disdire|stornieren|absagen"
    r"|annuleren|te annuleren|afzeggen|af te zeggen)\b.{0,80}?(?:\b(?:clic\w*|klick\w*|click\w*|enlace|lien"
    r"|link|aqui|aquí"
    r"|ici)\b"
    # Italian "clicca qui", never French "qui" (who): "pour annuler le cours de Léa qui …"
    r"|(?:clicca|cliccate|clicchi|premi|tocca|vai) qui\b|\bqui\s*(?::|<?https?://)"
    r"|\bhier\b|https?://)"
    r"|https?://\S*(?:cancel|annul|storn|cancela|annuleer)\S*"
    r"|(?:cancel|rearrange|reschedule|annul|storn|absag|cancela|anula|disdi|annuleer|afzeg)\w*\b.{0,100}?"
    r"(?:(?:using|via|through|with|from) the link|link below|lien ci-dessous|enlace (?:de abajo|incluido)"
    r"|link (?:hieronder|unten|in der)|link abaixo|link qui sotto|at least \d+ ?(?:hours|h\b|days))"
    r"|(?:unsubscribe|manage (?:your )?preferences|abmelden|désinscri|désabonn|darse de baja|descadastr"
    r"|subscrição|annulla l'iscrizione|disiscriv|uitschrijven|afmelden)"
    # (whole words: "cliente" holds "lien", "hierbij" holds "hier")
    r".{0,60}(?:https?://|\b(?:click\w*|klick\w*|clic\w*|here|hier|ici|aquí|aqui|qui|link|lien|enlace)\b)"
    r"|you (?:are|were) (?:subscribed|receiving)|opt out here|stop receiving"
    # a link labelled "Reschedule: https://…", "Annuler : https://…"
    r"|^\s*(?:\w+\s+){0,3}(?:cancel|reschedul|rebook|annul|cancela|reprogram|anula|storn|absag|verschieb"
    r"|umbuch|desmarc|remarc|disdi|spost|afzeg|verzet|omboek)\w*\s*:?\s*<?https?://"
    r").*$",
    _I,
)

# A line ending in a colon with a date, address or "wrote"-like word: a quote header we may have missed.
_MAYBE_HEADER = re.compile(r"^[^\n]{0,200}(?:\d|@|wrote|schrieb|crit|scritto|schreef|escreveu)[^\n]*:[ \t]*$",
                           re.MULTILINE | re.IGNORECASE)
_SIG_DASH = re.compile(r"^-- ?$", re.MULTILINE)
_QUOTE_LINE = re.compile(r"^[ \t]*>.*$\n?", re.MULTILINE)
_QUOTE_MARK = re.compile(r"^[ \t]*>[ \t]?")
_BLANKS = re.compile(r"\n{3,}")

_REPLY_LANGUAGES = ("en", "de", "fr", "it", "es", "nl")


@lru_cache(maxsize=1)
def _reply_parser() -> Any:
    from mailparser_reply import EmailReplyParser  # imported lazily: a few ms at first use

    return EmailReplyParser(languages=list(_REPLY_LANGUAGES))


def _cut(text: str, pattern: re.Pattern[str]) -> str:
    match = pattern.search(text)
    return text[: match.start()] if match else text


def _relays(note: str) -> bool:
    """A short note that passes on someone's own message (the text below it is what is said)."""
    return len(note.split()) <= 60 and RELAY_NOTE.search(note) is not None


def _forwarded_body(rest: str) -> str:
    """The forwarded message's body: its header lines dropped, and the quote marks that some
    clients put before a forwarded message's lines (Apple Mail) taken off."""
    lines = [_QUOTE_MARK.sub("", line) for line in rest.splitlines()]
    i = 0
    while i < len(lines) and (not lines[i].strip() or _HEADER_LINE.match(lines[i])):
        i += 1
    return "\n".join(lines[i:])


def _answered(quote: str) -> list[tuple[str, str]]:
    """(question, answer) of each quoted line ending in "?" with unquoted lines below it, up to
    an older quote's header ("> 1. Why did you stop coming?" then the answer)."""
    quote = _cut(quote, _REPLY_HEADER)  # an older message quoted inside this one
    pairs: list[tuple[str, list[str]]] = []
    answering = False
    for line in quote.split("\n"):
        stripped = line.strip()
        if stripped.startswith(">"):
            said = stripped.lstrip("> \t")
            if said:
                answering = said.endswith("?")
                if answering:
                    pairs.append((said, []))
            continue
        if answering:
            pairs[-1][1].append(line)
    return [(q, "\n".join(a)) for q, a in pairs if a]


def _answers_between(quote: str) -> str:
    """The customer's answers written between the quoted questions of a survey ("> 1. Why did
    you stop coming?" then the answer, unquoted, below it): each run of unquoted lines that
    follows a quoted line ending in "?", up to an older quote's header. Nothing when the quote
    has no such answer (the quote of an ordinary top-posted reply is dropped whole)."""
    answers = "\n".join(a for _, a in _answered(quote))
    return "\n\n" + answers if answers.strip() else ""


#: The customer says the answer is inside the quote ("Antwort steht unten im Text", "respondo no
#: meio", "ti rispondo qui sotto", "answers inline"): every unquoted line in the quote is theirs.
_ANSWERS_BELOW = re.compile(
    r"\b(?:(?:my )?(?:answers?|replies|reply|comments?) (?:are |is )?(?:below|inline|in (?:the )?text)"
    r"|see (?:my (?:answers?|replies|comments?) )?below|answering (?:below|inline|in the text)"
    r"|antwort(?:en)? (?:steht |stehen )?(?:unten|im text|weiter unten)|siehe (?:unten|im text)"
    r"|respuestas? (?:abajo|en el texto|entre l[ií]neas)|te respondo (?:abajo|entre l[ií]neas|en el texto)"
    r"|r[ée]ponses? (?:ci-dessous|dans le texte|en dessous)"
    r"|je (?:te |vous )?r[ée]ponds (?:ci-dessous|dans le texte|en dessous|plus bas)"
    r"|(?:ti |vi )?rispondo (?:qui )?(?:sotto|nel testo|tra le righe)|risposte? (?:qui )?(?:sotto|nel testo)"
    r"|antwoord(?:en)? (?:staat |staan )?(?:hieronder|in de tekst|tussen de regels)"
    r"|(?:respondo|respostas?|resposta) (?:no meio|abaixo|no texto|entre (?:as )?linhas))",
    re.IGNORECASE)


def _answers_inline(quote: str) -> str:
    """Every unquoted line inside the quote, up to an older quote's header (rules round 65). Only
    in a quote marked with ">": a quote without marks is all the business's own words."""
    quote = _cut(quote, _REPLY_HEADER)
    lines = quote.split("\n")
    if not any(line.lstrip().startswith(">") for line in lines):
        return ""
    own = [line for line in lines if line.strip() and not line.lstrip().startswith(">")]
    return "\n\n" + "\n".join(own) if own else ""


def survey_answers(text: str) -> list[tuple[str, str]]:
    """(quoted question, the customer's answer below it) in a reply that answers a survey
    between its quoted questions, in order; [] otherwise."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")[:MAX_CHARS]
    header = _REPLY_HEADER.search(text)
    # below "On … wrote:", or above it (answered below each question, the attribution at the
    # end), or with no attribution at all
    parts = (text[header.end():], text[:header.start()]) if header else (text,)
    return [(q, a) for part in parts for q, a in _answered(part) if a.strip()]


def answers_below(text: str) -> list[tuple[str, str]]:
    """(quoted block with its "> " marks, the customer's unquoted lines right below it) for each
    quoted block answered inline, in order, below the reply header (or in the whole text); [] when
    the quote is not answered inline. "> … just reply with the word REMOVE …" / "Yes please."."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")[:MAX_CHARS]
    header = _REPLY_HEADER.search(text)
    part = text[header.end():] if header else text
    pairs: list[tuple[str, str]] = []
    block: list[str] = []
    answer: list[str] = []
    for line in part.split("\n"):
        if line.lstrip().startswith(">"):
            if answer:
                pairs.append(("\n".join(block), "\n".join(answer)))
                block, answer = [], []
            block.append(line)
        elif block:
            answer.append(line)
    if block and answer:
        pairs.append(("\n".join(block), "\n".join(answer)))
    return [(q, a) for q, a in pairs if a.strip()]


def strip_quotes(text: str) -> str:
    """The new part of a plain-text body: quotes, signatures and footers removed."""
    return split_new_text(text)[0]


def split_new_text(text: str) -> tuple[str, tuple[str, ...]]:
    """(the new part of a body, the footer lines removed from it).

    The footer lines ("to cancel, click here", "unsubscribe") are returned so that the
    detector can tell a booking system's notice from a person writing.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")[:MAX_CHARS]
    forwarded = ""
    fwd = _FORWARD.search(text)
    if fwd:
        forwarded = _forwarded_body(text[fwd.end():])
        text = text[: fwd.start()]
    elif (block := _OUTLOOK_BLOCK.search(text)) and _relays(text[: block.start()]):
        forwarded = _forwarded_body(text[block.start():])  # forwarded with Outlook's header block
        text = text[: block.start()]
    header = _REPLY_HEADER.search(text)
    if header and not text[: header.start()].strip():
        # Bottom-posting: nothing above "On … wrote:", the customer wrote below the quote.
        text = _cut(_QUOTE_LINE.sub("", text[header.end():]), _REPLY_HEADER)
    elif header and _ANSWERS_BELOW.search(text[: header.start()]):
        text = text[: header.start()] + _answers_inline(text[header.end():])
    elif header:
        text = text[: header.start()] + _answers_between(text[header.end():])
    text = _cut(text, _OUTLOOK_BLOCK)
    text = _QUOTE_LINE.sub("", text)
    # A mailing's footer below the signature dashes ("--\nSie erhalten diese E-Mail als Mitglied …
    # Abmelden: https://…") still tells a mailing from a person (round 69)
    below = _SIG_DASH.search(text)
    signed = _clean(text[below.end():])[1] if below else ()
    text = _cut(text, _SIG_DASH)
    if forwarded and (len(text.split()) < 4 or _relays(text)):
        # "FYI" above a forwarded message: the forwarded text is what is being said.
        text = (text + "\n" + forwarded).strip()
        text = _cut(text, _REPLY_HEADER)
        text = _QUOTE_LINE.sub("", text)
    ours, footers = _clean(text)
    footers += signed
    if not ours:
        return "", footers
    if not _MAYBE_HEADER.search(ours):
        return ours, footers  # nothing left that looks like a quote header: skip the library
    try:
        theirs = str(_reply_parser().parse_reply(text=ours) or "")
    except Exception:  # the library is a best-effort extra; ours already did the job
        log.debug("mail-parser-reply failed; using the local cut")
        theirs = ours
    # The library also drops sign-offs ("Thanks,") and all below; if it left too little
    # (a sign-off in the first line), keep the local cut.
    if len(theirs.split()) < min(3, len(ours.split())):
        theirs = ours
    return _clean(theirs)[0], footers


# Cheap tests on the whole text: a line can only be a footer or a "Sent from" line if these occur.
# Matched against lower-cased text: several times faster than re.IGNORECASE on whole texts.
_FOOTER_HINT = re.compile(
    r"cancel|resched|rearrange|rebook|annul|anula|storn|absag|disdi|afzeg|af te zeg|subscri|preferences"
    r"|abmeld"
    r"|d[ée]sinscri|d[ée]sabonn|baja|descadastr|disiscriv|uitschrij|afmeld|receiving|opt out|reprogram"
    r"|verschieb|umbuch|desmarc|remarc|spost|verzet|omboek")
_SENT_FROM_HINT = re.compile(r"sent|outlook|von meinem|gesendet|envoy|enviado|inviato|verzonden|verstuurd")


def _clean(text: str) -> tuple[str, tuple[str, ...]]:
    lower = text.lower()
    footer_hint = _FOOTER_HINT.search(lower) is not None
    sent_hint = _SENT_FROM_HINT.search(lower) is not None
    if not footer_hint and not sent_hint:
        return _BLANKS.sub("\n\n", text).strip(), ()
    kept: list[str] = []
    footers: list[str] = []
    for line in text.split("\n"):
        if sent_hint and _SENT_FROM.match(line):
            continue
        if footer_hint and _FOOTER_HINT.search(line.lower()) and _FOOTER.match(line):
            footers.append(line.strip())
            continue
        kept.append(line)
    return _BLANKS.sub("\n\n", "\n".join(kept)).strip(), tuple(footers)


def new_text(msg: ParsedMessage) -> str:
    """What the customer wrote now (body only): plain text, or the HTML turned into text."""
    return strip_quotes(msg.text)
