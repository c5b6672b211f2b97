"""The unsubscribe promise: the sentence every follow-up ends with, and the replies that keep it.

Language knowledge as data, one entry per language: the sentence (``{{ unsubscribe_sentence }}``
in the templates), in which the word(s) to reply stand between quotation marks (“stop”,
«baja», „Stopp“, « stop »), and the other short replies that mean the same. The words the
sentence quotes are read out of the sentence itself (:func:`promised_words`) and always
honoured, so a new wording cannot promise a word that is not.

A reply keeps the promise when the customer's new text (quotes, "Sent from my iPhone"
and signatures already removed) starts with a line that is only such a word, in any of the
languages (the detected language of one word is a guess), in any case, with or without
punctuation, quotation marks or a "please"; what follows may only be a short signature.
The subject is not part of it: a reply to "Just saying hello" is judged by what it says.
Pure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from responder.timehints import fold


@dataclass(frozen=True)
class OptOutWords:
    """One language: the promise and the short replies that keep it."""

    sentence: str  # the word(s) to reply stand between quotation marks
    replies: tuple[str, ...] = ()  # further whole-message replies with the same meaning
    please: tuple[str, ...] = ()  # courtesy words a reply may add ("stop, please")
    #: The first person singular ("me", "mich", "moi"): a reply's subject in which the customer
    #: speaks ("Re: please stop emailing me"); without it, it is the business's subject ("Re:
    #: Unsubscribe confirmation", "R: La tua disiscrizione"), not the customer's request. (Not
    #: the plural: a business writes "we" too, "Re: We're sorry to see you go".)
    mine: tuple[str, ...] = ()
    #: Greetings that may stand on a line above the word ("Hallo,\n\nABMELDEN").
    hello: tuple[str, ...] = ()
    #: Words of a request ("bitte", "graag", "please"): a subject that asks with them is the
    #: customer's too ("AW: Bestätigung Ihrer Kündigung – bitte keine weiteren E-Mails mehr").
    asking: tuple[str, ...] = ()
    #: Words that make the wish stronger around the word ("BAJA TOTAL", "stop now", "Stopp sofort").
    strong: tuple[str, ...] = ()


LANGUAGES: dict[str, OptOutWords] = {
    "en": OptOutWords(
        "Prefer not to hear from us? Just reply “stop” and we won't email you again.",
        ("stop", "unsubscribe", "remove", "remove me", "opt out", "stop emails", "stop it",
         "no more", "no more emails", "unsubscribe me", "stop all emails", "stop emailing"),
        ("please", "pls", "plz", "thanks", "thank you", "thx", "no thanks", "no thank you"),
        ("i", "me", "my", "mine"),
        ("hi", "hello", "hey", "dear", "good morning", "good afternoon"),
        ("please", "pls", "plz"),
        ("now", "for good", "asap", "immediately", "already")),
    "es": OptOutWords(
        "¿Prefiere no recibir más correos nuestros? Responda «baja» y no volveremos a escribirle.",
        ("baja", "de baja", "darme de baja", "dar de baja", "dadme de baja", "denme de baja",
         "deme de baja", "alto", "no mas", "no mas correos", "stop", "salir"),
        ("por favor", "porfa", "gracias", "muchas gracias", "no gracias"),
        ("me", "mi", "mis", "yo"),
        ("hola", "buenos dias", "buenas tardes", "buenas", "estimados", "estimado", "estimada"),
        ("por favor", "porfa"),
        ("total", "ya", "definitiva", "de una vez", "inmediatamente", "ahora")),
    "fr": OptOutWords(
        "Vous préférez ne plus recevoir nos messages ? Répondez simplement « stop » "
        "et nous ne vous écrirons plus.",
        ("stop", "arret", "arreter", "arretez", "desabonner", "desabonnement", "desinscrire",
         "desinscription", "me desabonner", "me desinscrire", "desabonnez-moi", "desinscrivez-moi"),
        ("svp", "s'il vous plait", "s'il te plait", "merci", "non merci"),
        ("je", "j", "moi", "me", "m", "mon", "ma", "mes"),
        ("bonjour", "bonsoir", "salut", "madame", "monsieur", "coucou"),
        ("svp", "s'il vous plait", "s'il te plait", "merci de"),
        ("total", "definitif", "immediatement", "maintenant", "tout de suite")),
    "de": OptOutWords(
        "Sie möchten keine weiteren E-Mails von uns? Antworten Sie einfach mit „Stopp“, "
        "dann schreiben wir Ihnen nicht mehr.",
        ("stopp", "stop", "abmelden", "abbestellen", "austragen", "bitte abmelden", "keine mails mehr",
         "keine e-mails mehr", "abmeldung"),
        ("bitte", "danke", "vielen dank", "nein danke"),
        ("ich", "mich", "mir", "mein", "meine", "meinen"),
        ("hallo", "hi", "guten tag", "guten morgen", "servus", "moin", "gruss gott", "liebe", "lieber"),
        ("bitte",),
        ("sofort", "jetzt", "endgultig", "komplett", "total")),
    "pt": OptOutWords(
        "Prefere não receber mais e-mails nossos? Basta responder “parar” e não voltaremos "
        "a escrever.",
        ("parar", "pare", "stop", "cancelar subscricao", "descadastrar", "remover",
         "sair da lista", "sair", "chega"),
        ("por favor", "obrigado", "obrigada", "nao obrigado", "nao obrigada"),
        ("eu", "me", "meu", "minha", "meus", "minhas"),
        ("ola", "oi", "bom dia", "boa tarde", "boa noite", "caros", "cara", "caro"),
        ("por favor", "agradeco que", "agradecia que"),
        ("total", "ja", "agora", "definitivo", "definitivamente")),
    "it": OptOutWords(
        "Preferisce non ricevere altre email da noi? Risponda semplicemente “stop” e non le "
        "scriveremo più.",
        ("stop", "basta", "disiscrivimi", "cancellami", "rimuovimi", "annulla iscrizione", "basta email"),
        ("per favore", "grazie", "per piacere", "no grazie"),
        ("io", "mi", "me", "mio", "mia", "miei", "mie"),
        ("ciao", "salve", "buongiorno", "buonasera", "gentili", "gentile"),
        ("per favore", "per piacere", "vi prego"),
        ("totale", "subito", "definitivo", "ora", "adesso")),
    "nl": OptOutWords(
        "Liever geen e-mails meer van ons? Antwoord dan gewoon “stop” en we mailen u niet meer.",
        ("stop", "stoppen", "afmelden", "uitschrijven", "geen mails meer", "geen e-mails meer"),
        ("graag", "aub", "a.u.b", "alstublieft", "alsjeblieft", "bedankt", "dank u", "dank je",
         "nee bedankt", "nee dank u", "nee dank je"),
        ("ik", "mij", "me", "mijn"),
        ("hoi", "hallo", "goedemorgen", "goedemiddag", "beste", "dag"),
        ("graag", "aub", "a.u.b", "alstublieft", "alsjeblieft", "svp"),
        ("nu", "definitief", "meteen", "direct")),
}

#: The subject our List-Unsubscribe mailto sends, and other whole-subject requests.
UNSUBSCRIBE_SUBJECTS = ("unsubscribe", "stop")

# Text between a pair of quotation marks, in the styles the seven languages use.
_QUOTED = re.compile(r"“\s*([^”]+?)\s*”|«\s*([^»]+?)\s*»|„\s*([^“”]+?)\s*[“”]|\"\s*([^\"]+?)\s*\"")


def promised_words(sentence: str) -> tuple[str, ...]:
    """The word(s) the sentence tells the customer to reply: what stands in quotation marks."""
    return tuple(next(g for g in m.groups() if g) for m in _QUOTED.finditer(sentence))


def sentence(language: str) -> str:
    """The unsubscribe sentence in ``language`` (English for a language we do not write)."""
    return LANGUAGES.get(language, LANGUAGES["en"]).sentence


# Punctuation, quotation marks, emoji and other symbols around or between the words.
_NOT_WORD = re.compile(r"[^\w'\-]+")


def _norm(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", fold(text)).replace("_", " ").split()).strip("-' ")


@cache
def _vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    words: set[str] = set()
    courtesy: set[str] = set()
    for entry in LANGUAGES.values():
        words.update(_norm(w) for w in (*promised_words(entry.sentence), *entry.replies))
        courtesy.update(_norm(p) for p in (*entry.please, *entry.strong))
    # Longest first, so "muchas gracias" goes before "gracias".
    return frozenset(words), tuple(sorted(courtesy, key=len, reverse=True))


@cache
def _line_start() -> re.Pattern[str]:
    words, courtesy = _vocabulary()

    def alternation(phrases: Iterable[str]) -> str:
        return "|".join(r"\W+".join(re.escape(p) for p in phrase.split())
                        for phrase in sorted(phrases, key=len, reverse=True))

    return re.compile(rf"^\W*(?:(?:{alternation(courtesy)})\W+)*(?:{alternation(words)})(?![\w'-])",
                      re.MULTILINE)


def may_be_stop_reply(text: str) -> bool:
    """Cheap test: a line of ``text`` starts with an opt-out reply (else :func:`stop_reply`
    of any part of it is None)."""
    return _line_start().search(fold(text)) is not None


def in_customers_voice(subject: str) -> bool:
    """``subject`` (reply prefixes removed) speaks in the first person, in any language ("please
    stop emailing me", "bitte nehmt mich raus"), asks ("… – bitte keine weiteren E-Mails mehr"),
    or is only an opt-out word: the customer wrote it. A reply's subject otherwise is the one the
    business gave its mail ("Unsubscribe confirmation", "Conferma disdetta e disiscrizione", "Your
    unsubscribe request").
    """
    folded = fold(subject)
    return (is_stop_word(subject) or not _first_person().isdisjoint(re.split(r"[^\w]+", folded))
            or _asking().search(folded) is not None)


@cache
def _first_person() -> frozenset[str]:
    return frozenset(w for entry in LANGUAGES.values() for w in entry.mine)


@cache
def _asking() -> re.Pattern[str]:
    words = sorted({re.escape(w) for entry in LANGUAGES.values() for w in entry.asking}, key=len,
                   reverse=True)
    return re.compile(rf"(?<![\w.])(?:{'|'.join(words)})(?![\w.])")


@cache
def _greetings() -> tuple[str, ...]:
    return tuple(g for entry in LANGUAGES.values() for g in entry.hello)


def is_stop_word(text: str, also: frozenset[str] = frozenset(), as_written: bool = False) -> bool:
    """``text`` (one line) is only an opt-out word, in any language, with any courtesy, or the
    word with a slip of the fingers (:func:`_slipped`: "stpo", "afmleden aub", "desabonerr"; not in
    a word written like a name, "Sari" is a signature, not "sair"). ``also``: more words that
    count, normalised (:func:`quoted_stop_words`). ``as_written``: the line is a whole reply of one
    word that is not the sender's name, so a capital first letter (a phone's) is no name ("Stpo",
    opt-outs round 45)."""
    words, courtesy = _vocabulary()
    words = words | also if also else words
    line, _ = _strip_courtesy(_norm(text), words, courtesy)
    return line in words or ((as_written or not _NAME_CASE.search(text)) and _slipped(line, words) in words)


def _strip_courtesy(line: str, words: frozenset[str], courtesy: tuple[str, ...]) -> tuple[str, bool]:
    """``line`` without the courtesy words at either end ("bitte stopp danke" -> "stopp") until it is
    one of ``words``; and whether any was taken off."""
    stripped, changed = False, True
    while changed and line not in words:
        changed = False
        for c in courtesy:
            if line.startswith(c + " "):
                line, changed = line[len(c) + 1:], True
            elif line.endswith(" " + c):
                line, changed = line[: -len(c) - 1], True
        stripped = stripped or changed
    return line, stripped


@cache
def _please_words() -> tuple[str, ...]:
    """The courtesy words a customer adds to a stop word, every language, longest first."""
    please = {_norm(p) for entry in LANGUAGES.values() for p in entry.please}
    return tuple(sorted(please, key=len, reverse=True))


def polite_stop_word(text: str, also: frozenset[str] = frozenset()) -> bool:
    """``text`` (a piece of a sentence) is an opt-out word with a courtesy word that the customer
    added ("stop please", "bitte stopp", "baja por favor", "stop merci"): only such a piece is
    read inside a longer reply (opt-outs round 43; never "please stop by", "stop please the
    direct debit"), never the word with a slip."""
    words, _ = _vocabulary()
    words = words | also if also else words
    line, stripped = _strip_courtesy(_norm(text), words, _please_words())
    if not stripped:
        return False
    if line in words:
        return True
    # (opt-outs round 60: "Bitte Ruhe jetzt", "basta ya, gracias": "now" beside the courtesy word)
    line, _ = _strip_courtesy(line, words, _strong_words())
    return line in words


def quoted_word_alone(text: str, also: frozenset[str]) -> bool:
    """``text`` (a piece of a short reply) is only the stop word the quoted mail asked for ("Merci pour
    tout. Fin." under "répondez par le mot FIN"; "en ja: genoeg"): opt-outs round 61."""
    return bool(also) and _norm(text) in also


def quoted_word_slipped(text: str, also: frozenset[str]) -> bool:
    """``text`` is the quoted mail's stop word with two letters swapped (four letters or more) or one
    left out (five or more), and a courtesy word ("Rhue bitte" under "antworten Sie mit RUHE"):
    opt-outs round 61; never a letter changed ("shop please")."""
    if not also:
        return False
    line, stripped = _strip_courtesy(_norm(text), frozenset(), _please_words())
    if not stripped or " " in line:
        return False
    return _one_slip_of(line, also, 4)


def quoted_word_on_its_line(line: str, also: frozenset[str]) -> bool:
    """``line`` (a line of its own in a reply's own words) is the quoted mail's stop word, or one of
    five letters or more with two letters swapped or one left out ("Remvoe" under "reply REMOVE"):
    opt-outs round 68, read in a reply of any length."""
    word = _norm(line)
    return bool(also) and " " not in word and (word in also or _one_slip_of(word, also, 5))


def _one_slip_of(line: str, also: frozenset[str], least: int) -> bool:
    """``line`` is one of ``also`` with two neighbouring letters swapped or one left out (``least``
    letters at least); never a letter changed ("shop" for "stop")."""
    for word in also:
        swapped = (len(line) == len(word) >= least and line != word and sorted(line) == sorted(word)
                   and _slips(line, word) == 1)
        left_out = len(line) == len(word) - 1 >= least and line[:1] == word[:1] and _slips(line, word) == 1
        if swapped or left_out:
            return True
    return False


@cache
def _strong_words() -> tuple[str, ...]:
    """The words that make a stop word firmer ("now", "jetzt", "ya", "for good"), every language."""
    strong = {_norm(p) for entry in LANGUAGES.values() for p in entry.strong}
    return tuple(sorted(strong, key=len, reverse=True))


def capital_stop_word(word: str, also: frozenset[str] = frozenset()) -> bool:
    """``word`` (one to three words in capitals inside a sentence: "donc DESABONER merci") is an
    opt-out word of ours or of the quoted mail (``also``), or one with a slip of the fingers in a
    word of at least six letters (never "SARI" for "sair"; opt-outs round 43)."""
    words, _ = _vocabulary()
    words = words | also if also else words
    line = _norm(word)
    return line in words or (len(line) >= _ONE_SLIP and _slipped(line, words) in words) or (
        len(line) > _SWAP_MIN and _swapped(line, words))


def _swapped(word: str, words: frozenset[str]) -> bool:
    """Two neighbouring letters of a word of five letters or more swapped ("BATSA" for "BASTA", opt-outs
    round 64; never "SARI" for "sair", four letters and a name)."""
    return any(f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2:]}" in words
               for i in range(len(word) - 1) if word[i] != word[i + 1] and " " not in word[i:i + 2])


#: A subject's tail the customer added after a dash, a colon or in brackets ("Antw: Annulering
#: bevestigd - AFMELDEN", "Re: Ihr Termin [ABMELDEN]").
_BARE_TAIL = re.compile(r"\s([A-ZÀ-Þ]{3,})\s*[.!]*$")
_TAIL = re.compile(r"(?:\s[-–—]\s*|:\s*|\s[(\[]\s*)([^-–—:()\[\]]+?)[)\]]?\s*[.!]*$")


def appended_stop_word(subject: str, also: frozenset[str] = frozenset()) -> str:
    """The opt-out word a customer wrote in capitals at the end of the subject of a reply, after
    a dash, a colon or in brackets ("… - AFMELDEN"), or "" (opt-outs round 43). In capitals only:
    a business's own subject ends with its words in its usual case ("Ihre Abmeldung: Abmelden
    bestätigt")."""
    m = _TAIL.search(subject)
    found = _tail_word(m.group(1).strip(), also) if m else ""
    if not found:
        # (opt-outs round 67: the quoted mail's own word added after a space alone, "Confirmation de
        # votre désinscription FINI", "Confirmação do cancelamento CHEGA"; only that word, exactly,
        # after a subject in lower case)
        bare = _BARE_TAIL.search(subject)
        if bare and not subject[:bare.start()].isupper() and _norm(bare.group(1)) in also:
            return bare.group(1)
    return found


def _tail_word(tail: str, also: frozenset[str]) -> str:
    """The stop word in capitals that ``tail`` (the end of a subject after a dash, a colon or a
    bracket) is, or that opens it before the list it leaves, or ""."""
    first, _, rest = tail.partition(" ")
    if rest and _OUR_LIST.search(fold(rest)) and len(first) >= 3 and first.isupper():
        # "… - BAJA también de la lista de correo": the word in capitals, then the list it leaves
        # (opt-outs round 63)
        return first if capital_stop_word(first, also) else ""
    letters = [c for c in tail if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return ""
    return tail if capital_stop_word(tail, also) else ""


def appended_capitals(subject: str) -> str:
    """Words in capitals added after a dash, a colon or in brackets at the end of a reply's subject ("…
    - NON SCRIVETECI PIÙ"), two words at least, or "" (opt-outs round 64: the caller reads them)."""
    m = _TAIL.search(subject)
    tail = m.group(1).strip() if m else ""
    letters = [c for c in tail if c.isalpha()]
    return tail if len(tail.split()) >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters) else ""


#: The mailing list or the mail named after the word ("BAJA también de la lista de correo").
_OUR_LIST = re.compile(r"\b(?:mailing ?list|e-?mail ?list|list|liste|lista|lijst|mailinglijst|newsletter"
                       r"|nieuwsbrief"
                       r"|correos?|e-?mails?|mails?|verteiler|boletin)\b")


#: A word written like a name ("Sari", "Parra" on a signature line): never read as a slip.
_NAME_CASE = re.compile(r"\b[A-ZÀ-Þ][a-zß-ÿ]+\b")


#: A swapped pair of letters is read only in a word this long ("sotp" for "stop", not "nee"); one
#: other slip (a letter left out, added or wrong) in a word of at least _ONE_SLIP letters, two in a
#: word of at least _TWO_SLIPS ("desabonerr" for "desabonner"), the first letter kept (never "pasta"
#: for "basta").
_SWAP_MIN = 4
_ONE_SLIP = 6
_TWO_SLIPS = 9


def _slipped(word: str, words: frozenset[str]) -> str:
    """The opt-out word that ``word`` is with a slip of the fingers, or "": two neighbouring
    letters swapped (opt-outs rounds 39-40), or letters left out, added or wrong (round 41), as
    many as the word's length allows (letters and spaces only)."""
    if len(word) < _SWAP_MIN or not word.replace(" ", "").isalpha() or word in words:
        return ""
    ours = _vocabulary()[0]
    for candidate in _sounds_alike(word):  # opt-outs round 45: "vaja" for "baja", "stoop" for "stop"
        if candidate in words and candidate in ours:  # (our own words: a business's KLAAR takes no slip)
            return candidate
    for i in range(len(word) - 1):
        if word[i] != word[i + 1] and word[i] != " " and word[i + 1] != " ":
            candidate = f"{word[:i]}{word[i + 1]}{word[i]}{word[i + 2:]}"
            if candidate in words:
                return candidate
    for candidate in sorted(w for w in words if w[0] == word[0]):
        allowed = 2 if len(candidate) >= _TWO_SLIPS else 1 if len(candidate) >= _ONE_SLIP else 0
        if allowed and abs(len(candidate) - len(word)) <= allowed and _slips(word, candidate) <= allowed:
            return candidate
    return ""


def _sounds_alike(word: str) -> list[str]:
    """``word`` with one b and v exchanged (the same sound in Spanish and Portuguese: "vaja" for
    "baja", "vasta" for "basta"), or one doubled letter written once ("stoop", "baaja", "sairr"):
    opt-outs round 45, for our own words only. The first letter may be the exchanged one; nothing else
    changes."""
    out = [f"{word[:i]}{'b' if c == 'v' else 'v'}{word[i + 1:]}" for i, c in enumerate(word) if c in "bv"]
    out += [f"{word[:i]}{word[i + 1:]}" for i in range(1, len(word)) if word[i] == word[i - 1] != " "]
    return out


def one_slip_from(word: str, verbs: tuple[str, ...]) -> str:
    """The one of ``verbs`` that ``word`` is with one slip of the fingers (a letter left out, added,
    wrong, or two swapped), the first letter kept; "" for a verb itself, or a form of it that one
    starts with the other ("unsubscribed", "desabonne"): opt-outs round 42."""
    for verb in verbs:
        if (word[:1] == verb[:1] and not (word.startswith(verb) or verb.startswith(word))
                and abs(len(word) - len(verb)) <= 1 and _slips(word, verb) == 1):
            return verb
    return ""


def _slips(a: str, b: str) -> int:
    """Letters left out, added, wrong or swapped between ``a`` and ``b`` (optimal string alignment)."""
    before: list[int] = []
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        before, row = row, current
    return row[-1]


#: A greeting line above the word: at most this many words ("Hello Anna,", "Guten Tag Frau Ott").
_GREETING_WORDS = 4


def _is_greeting(line: str) -> bool:
    words = _norm(line)
    return len(words.split()) <= _GREETING_WORDS and not is_stop_word(line) and any(
        words == g or words.startswith(g + " ") for g in _greetings())


#: A signature below the word: at most this many short lines.
_SIGNATURE_LINES = 4
_SIGNATURE_WORDS = 6


def stop_reply(new_text: str, also: frozenset[str] = frozenset(), sender: str = "") -> str | None:
    """The opt-out word when the customer's new text is just that (and a signature), else None.

    ``new_text`` is the body with quotes removed (:func:`responder.text.split_new_text`);
    ``also``: the words the quoted mail itself told them to reply (:func:`quoted_stop_words`).
    """
    lines = [line.strip() for line in new_text.split("\n") if line.strip()]
    if len(lines) > 1 and _is_greeting(lines[0]):
        lines = lines[1:]  # "Hallo,\n\nABMELDEN"
    # a reply of one word, not a word of the sender's name, above nothing but that name ("Stpo" from
    # a phone, not "Sari" from Sari): its capital letter is the phone's (opt-outs round 45)
    name = _norm(sender).split()
    alone = (len(lines[:1]) == 1 and len(lines[0].split()) == 1 and _norm(lines[0]) not in name
             and all(w in name for line in lines[1:] for w in _norm(line).split()))
    if not lines or not is_stop_word(lines[0], also, as_written=alone):
        return None
    rest = lines[1:]
    if len(rest) > _SIGNATURE_LINES or any(len(line.split()) > _SIGNATURE_WORDS or "?" in line
                                           for line in rest):
        return None  # more than a signature: read as a whole by the reason reader
    return lines[0]


# -- the quoted mail's own word ------------------------------------------------------------------
# A business that wrote its own unsubscribe sentence ("Send us the word OUT and we'll remove you",
# "Responde CHAO y no te mandamos más correos", "Reageer met GEEN MAIL en we sturen je niets
# meer") keeps that promise too: the word it quoted, replied alone (opt-outs round 40).

#: A sentence that asks for a reply, in every language (folded).
_REPLY_VERB = re.compile(
    r"\b(?:reply|respond|answer|send|text|write|antwort\w*|schreib\w*|schick\w*|send\w*"
    r"|respond\w*|contest\w*|escrib\w*|envi\w*|mand\w*|repond\w*|ecri\w*|envoy\w*|rispond\w*"
    r"|scriv\w*|invia\w*|reageer\w*|antwoord\w*|stuur|stuurt|mail|escrev\w*)\b")
#: ... and promises no more mail (folded; never a bare "again" or "più": "Reply YES and we'll
#: write again in spring", "Rispondi SÌ per più informazioni").
_PROMISES_NO_MORE_MAIL = re.compile(
    r"\b(?:no more|(?:won'?t|will not|not|never) (?:\w+ ){0,3}(?:again|any ?more)|stop\w*|remov\w*"
    r"|unsubscri\w*|mailing list|no longer|nicht mehr"
    r"|(?:take|taken|strike|struck) (?:you|u) off|off (?:our|the|this) (?:\w+ )?list"
    # (opt-outs round 67: "keine weiteren E-Mails … bekommen", "non desideri ricevere altre email")
    r"|keine [\w-]+ mehr|keine weiteren [\w-]+|abmeld\w*|austrag\w*|losch\w*|mas (?:correos|mensajes"
    r"|e-?mails)|dejar de"
    r"|de baja|no te \w+ mas|ne \w+ plus|plus (?:de|recevoir|jamais)|desinscri\w*|desabonn\w*"
    r"|non (?:\w+ ){1,3}piu|non (?:\w+ ){1,3}(?:altre|ulteriori) (?:e-?mail|mail|comunicazioni|messaggi)"
    r"|disiscri\w*|rimuov\w*|niets meer|niet meer|geen \w+ meer|niks meer|afmeld\w*"
    r"|uitschrijv\w*|deixar de|mais (?:e-?mails|mensagens)|nao \w+ mais|descadastr\w*)\b")
#: Words of assent are never a stop word, whatever the sentence around them says.
_ASSENT = frozenset({"yes", "ja", "si", "oui", "sim", "ok", "okay", "graag", "jawohl", "claro", "bien"})
#: The word to reply: one to three upper-case words ("OUT", "GEEN MAIL", "NO MORE").
_UPPER_WORDS = re.compile(r"(?<![\w'])[A-ZÀ-Þ]{2,}(?:[ -][A-ZÀ-Þ]{2,}){0,2}(?![\w'])")
UPPER_WORDS = _UPPER_WORDS


def quoted_stop_words(text: str) -> frozenset[str]:
    """The words that a mail quoted in ``text`` tells the reader to reply to get no more mail:
    the upper-case words of a sentence that asks for a reply and promises no more mail,
    normalised as :func:`is_stop_word` compares them. Read in the whole body (quoted with ">"
    or below Outlook's "Original Message"): they count only for a reply that is nothing but
    one of them (:func:`stop_reply`)."""
    found = {_norm(m.group(0)) for sentence in _stop_sentences(text) for m in _UPPER_WORDS.finditer(sentence)}
    return frozenset(w for w in found if w and not set(w.split()) & _ASSENT)


def _paragraphs(text: str) -> list[str]:
    """The lines of ``text`` with the quote marks taken off, a line wrapped by the mail client joined
    to the next (opt-outs round 61: "… il vous\n> suffit de répondre par le mot FIN"). Only a long
    line that ends inside a sentence was wrapped: a short line ("CANCELLATION CONFIRMED", "Subject:
    …") stays apart, so its capitals never become a stop word."""
    paragraphs: list[str] = []
    wrapped = False
    for line in text.split("\n"):
        line = line.strip()
        while line.startswith(">"):
            line = line.lstrip(">").strip()
        if line and wrapped and paragraphs:
            paragraphs[-1] = f"{paragraphs[-1]} {line}"
        elif line:
            paragraphs.append(line)
        wrapped = len(line) >= _WRAPPED_AT and not line.endswith((".", "!", "?", ":", ";"))
    return paragraphs


#: A quoted line this long that ends inside a sentence was wrapped by the mail client.
_WRAPPED_AT = 40


def offers_stop(text: str) -> bool:
    """A quoted line of ``text`` ("> …") is a stop sentence: it asks for a reply and promises no
    more mail ("> Wenn Sie keine Hofpost mehr möchten, antworten Sie einfach mit „Abbestellen“")."""
    quoted = "\n".join(line for line in text.split("\n") if line.lstrip().startswith(">"))
    return any(True for _ in _stop_sentences(quoted))


def _stop_sentences(text: str) -> Iterator[str]:
    """The sentences of ``text`` (its paragraphs read whole: a sentence wrapped by the mail client)
    that ask for a reply and promise no more mail, the promise in the sentence or in the question
    just before it (opt-outs round 61: "Wil je niets meer van ons ontvangen? Antwoord dan met het
    woord GENOEG")."""
    for paragraph in _paragraphs(text):
        asked = ""
        for sentence in re.findall(r"[^.!?;]+[.!?;]*", paragraph):
            folded = fold(sentence)
            if _REPLY_VERB.search(folded) and (_PROMISES_NO_MORE_MAIL.search(folded)
                                               or _PROMISES_NO_MORE_MAIL.search(asked)):
                yield sentence
            asked = folded if sentence.rstrip().endswith("?") else ""
