"""Does the sender cancel, move, or neither? A transparent rule-based scorer in seven languages.

Every sentence of the new text (and the subject) is searched for *cancel acts* ("please
cancel my appointment", "hiermit kündige ich", "quería cancelar la reserva") and *moves*
("could we move it to Friday", "verschieben", "remarcar"). Each act is scored from what
surrounds it, and the signals that raised or blocked it become the evidence:

* raises: a request or first-person framing ("please", "I'd like to", "je souhaite"),
  a booked thing as the object ("my appointment", "la reserva"), formal notice words;
* blocks: negation ("I am NOT cancelling"), tentative or conditional wording ("I might
  have to cancel"), questions about the policy or the procedure ("how much notice…?"),
  policy nouns ("cancellation fee"), passive or third-party reports ("your order has
  been cancelled", "they cancelled on us"), objects that are not a booking ("cancel the
  newsletter", "the wine pairing") and automated notices (out-of-office, do-not-reply).

A cancel act next to a request for a new time ("… and book me next month instead") is a
reschedule. Confidence is calibrated for the decision bands: a clear request to cancel a
booked thing scores >= 0.80, a bare or indirect cancel 0.50-0.80, blocked ones ``other``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from responder.language import detect_language
from responder.parse import ParsedMessage
from responder.text import split_new_text

Intent = Literal["cancellation", "reschedule", "other"]


@dataclass(frozen=True)
class Detection:
    intent: Intent
    confidence: float  # in [0, 1]: how sure we are of `intent`
    evidence: tuple[str, ...]  # human-readable: phrases/signals that decided it
    language: str  # "en", "es", "fr", "de", "pt", "it", "nl"
    text: str  # the new text that was judged (subject + body, quotes stripped)


def _rx(*parts: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


# --- cancel acts -----------------------------------------------------------------------------
# Verbs that cancel, in every language (conjugated forms by stem).
_CANCEL_VERB = _rx(
    r"\bcancel+(?:ing|ed|led|s|t)?\b", r"\bcanc(?:le|ell)\b", r"\bcall(?:ing|ed)? off\b",
    r"\bannul(?:l?ing|l?ed)?\b",
    r"\b(?:scrap|nix|trash|abandon|unreserve|forget)\b", r"\bget rid of\b", r"\bterminate\b",
    r"\bwithdraw(?:ing)? (?:from|my|our)\b", r"\bpull(?:ing)? out of\b",
    r"\b(?:cancel(?:ar|e|en|o|amos|ando|ou|ei|em)|canc[eé]l(?:en|e)(?:me|nos|la|lo)?)\b",
    r"\banul(?:ar|en|e|o|amos|ando)(?:la|lo|las|los)?\b", r"\banúl(?:en|e)(?:la|lo|las|los)\b",
    r"\bdar(?:me|nos)? de baja\b", r"\bdesmarc(?:ar|o|ando|ei|amos)\b", r"\bdesist(?:ir|o|imos)\b",
    r"\bannul(?:er|e|ons|ez|é|ée|és)\b", r"\br[ée]sili(?:er|e|ons)\b", r"\bd[ée]sister\b",
    r"\bannull(?:are|ate|o|iamo|ato|ata)\b", r"\bdisd(?:ire|ico|iciamo|etta)\b",
    r"\bcancell(?:are|o|iamo)\b", r"\brinunci(?:are|o|amo)\b",
    r"\babsag(?:en|e)\b", r"\babzusagen\b", r"\bstornier(?:en|e|t)\b", r"\bk[üu]ndig(?:en|e)\b",
    r"\bannullier(?:en|e)\b", r"\babmelden\b",
    r"\b(?:sage|sagen|sag)\b[^!?\n]{0,120}?\bab\b", r"\bmelde\b[^!?\n]{0,60}?\bab\b",
    r"\bannuler(?:en|e)\b", r"\bannuleer\b", r"\bafzeggen\b", r"\bopzeggen\b", r"\bafmelden\b",
    r"\b(?:zeg|zeggen)\b[^!?\n]{0,120}?\b(?:af|op)\b",
)
# Nouns of cancelling: "Cancellation of…", "Kündigung", "annulation".
_CANCEL_NOUN = _rx(
    r"\bcancel+ations?\b", r"\bcancelaci[oó]n\b", r"\banulaci[oó]n\b", r"\bcancelamento\b",
    r"\bannulation\b", r"\br[ée]siliation\b", r"\bd[ée]sistement\b", r"\bannullamento\b",
    r"\bdisdetta\b", r"\bk[üu]ndigung\b", r"\bstornierung\b", r"\babsage\b", r"\babmeldung\b",
    r"\bannulering\b", r"\bopzegging\b", r"\bafmelding\b",
)
# Indirect ways of saying the booking is off.
_CANCEL_SOFT = _rx(
    r"\b(?:no longer|not) (?:need|want|require)\b", r"\b(?:won't|will not|wont) (?:be )?need(?:ing)?\b",
    r"\b(?:don't|do not|dont|doesn't|does not) (?:need|want)\b[^.!?\n]{0,60}\b(?:anymore|any more|now)\b",
    r"\b(?:don't|do not|dont) (?:need|want) (?:my|our|the|this|that|order|it)\b",
    r"\bnot (?:in need of|needed)\b", r"\bno longer needed\b", r"\b(?:is|are) not needed\b",
    r"\bnot (?:going|gonna) (?:to need|need)\b", r"\b(?:i'm|im|i am|we're|we are) not (?:going|gonna) to\b",
    r"\bgive up (?:my|our|his|her) (?:place|spot|slot)\b", r"\bcount (?:me|us) out\b",
    r"\btake (?:me|us|him|her)(?: both| all)? off\b", r"\bnot to (?:proceed|go ahead)\b",
    r"\b(?:can't|cannot|can not|won't|will not|unable to|not able to) (?:\w+ )?go ahead with\b",
    r"\b(?:won't|will not|wont|can't|cant|cannot|unable to|not able to) (?:be able to )?"
    r"(?:come|make it|attend|be at|be coming|be there|come in)\b",
    r"\b(?:release|remove|delete|drop|stop|end|close)\b(?= (?:my|our|his|her|the|that|this)\b)",
    r"\b(?:need|want|have) to release\b",
    r"\bya no (?:necesit|quier|vamos|va a)\w*\b", r"\bnão (?:precis|quer)\w* mais\b",
    r"\bne (?:plus|pas) (?:venir|besoin)\b", r"\bnicht mehr\b[^.!?\n]{0,40}\b(?:wahr|kommen|brauchen)\w*",
    r"\bnon (?:ci )?serve più\b", r"\bniet meer nodig\b", r"\btoch niet\b", r"\bgaat niet door\b",
)

# --- what the act is about ---------------------------------------------------------------------
_BOOKED = _rx(
    r"\b(?:appointments?|appt|bookings?|reservations?|sessions?|class(?:es)?|lessons?|course|orders?"
    r"|purchase|subscriptions?|membership|plan|table|room|visit|check-?ups?|consultation|treatment"
    r"|service(?: call)?|shoot|demo|call|meeting|stay|trip|flights?|tickets?|tour|place|spot|slot"
    r"|contract|enrol+ment|registration|package|account|taxi|ride|dinner|lunch|booster|clean(?:ing)?"
    r"|mot|viewing|massage|tutoring|retreat|workshops?|hold|program|pac|return|wedding|party|series"
    r"|bootcamp|window|visit|check ?up)\b",
    r"\b(?:citas?|reservas?|sesi[oó]n(?:es)?|clases?|curso|pedido|suscripci[oó]n|membres[ií]a|cuota"
    r"|bono|consulta|revisi[oó]n|mesa|habitaci[oó]n|matr[ií]cula|domiciliaci[oó]n|gimnasio)\b",
    r"\b(?:rendez-vous|rdv|r[ée]servation|s[ée]ances?|cours|commande|abonnement|adh[ée]sion"
    r"|inscription|s[ée]jour|chambre|formation|session|contrat)\b",
    r"\b(?:termine?|buchung|reservierung|reservation|kurs|\w*stunden?|bestellung|abo|abonnement"
    r"|mitgliedschaft|vertrag|sitzung|behandlung|nachhilfe|zimmer|tisch|\w*kurs)\b",
    r"\b(?:marca[cç][aã]o|sess[aã]o|aulas?|encomenda|assinatura|plano|hor[aá]rio|pacote"
    r"|mensalidade|banhos)\b",
    r"\b(?:appuntamento|prenotazione|sedut[ae]|lezion[ei]|corso|ordine|abbonamento|iscrizione"
    r"|visita|camera|tavolo|tessera)\b",
    r"\b(?:afspraak|reservering|boeking|les(?:sen)?|cursus|bestelling|lidmaatschap|sessie"
    r"|behandeling|kamer|tafel|aanmelding|inschrijving|contract)\b",
)
_POSSESSIVE = _rx(
    r"\b(?:my|our|his|her|mi|mis|nuestra|nuestro|nuestras|mon|ma|mes|notre|nos|meinen?|meiner|unsere[nm]?"
    r"|meu|minha|mio|mia|miei|mie|nostr[oaie]|mijn|onze)\b",
)
_NOT_BOOKING = _rx(
    r"\b(?:newsletters?|nieuwsbrief|e-?mails?|mailings?|marketing|notifications?|texts|sms|add-?ons?"
    r"|extra'?s?"
    r"|pairing|album|upgrade|to-?do|command|action|input|process|whisper|mode|alarm|timer|warranty"
    r"|letter of credit|promo\w*|reminders?|(?:my|our) name|contact list|mailing list)\b",
)

# --- framing -----------------------------------------------------------------------------------
_REQUEST = _rx(
    r"\b(?:please|pls|plz|kindly)\b", r"\b(?:could|can|would|will) (?:you|u|someone)\b",
    r"\bwould like\b", r"'d like\b", r"\b(?:i|we) (?:want|wish|need|must)\b",
    r"\b(?:i|we)(?: have|'ve)? got to\b",
    r"\b(?:i|we) have to\b", r"\bgotta\b",
    r"\b(?:you can|you may|obliged to|forced to|no choice but to|treat this as|necessary to)\b",
    r"\b(?:i|we)(?:'ll| will|'m going| am going|'re going| are going) (?:have|need) to\b",
    r"\b(?:i'm|i am|i) (?:cancel(?:l?ing)?\b|writing to)", r"\bhave to\b", r"\bneed(?:s)? to\b",
    r"\b(?:let me|help me)\b", r"\b(?:time to|going to)\b", r"\bjust go ahead\b",
    r"\b(?:quiero|quer[ií]a|quisiera|necesito|tengo que|me gustar[ií]a|escribo para|por favor|porfa"
    r"|pedir|vamos a|voy a|les? (?:quer[ií]a )?ped|cancelamos|anulamos|os confirmo|les aviso)\b",
    r"\b(?:je (?:voudrais|souhaite|veux|dois|vais devoir|vous (?:informe|[ée]cris))|merci d'|merci de"
    r"|pourriez-vous|pouvez-vous|nous (?:annulons|devons|pr[ée]f[ée]rons|souhaitons)|j'annule"
    r"|je me permets|par la pr[ée]sente|me charge)\b",
    r"\b(?:ich (?:m[öo]chte|will|wollte|muss)|wir (?:m[öo]chten|m[üu]ssen|wollen)|m[üu]ssen wir|muss ich"
    r"|bitte|hiermit|leider|sage ich|k[üu]ndige ich)\b",
    r"\b(?:gostaria|queria|quero|preciso|venho|vou ter que|tenho que|por favor|pe[çc]o)\b",
    r"\b(?:vorrei|volevo|voglio|devo|dobbiamo|vi chied|le chied|per favore|vi scrivo|con la presente"
    r"|purtroppo|comunico)\b",
    r"\b(?:ik wil|wij willen|we willen|willen we|wil ik|ik moet|we moeten|moeten we|graag|hierbij|helaas"
    r"|kunt u"
    r"|kunnen jullie|zeg ik|zeggen wij)\b",
)
_FORMAL = _rx(r"\b(?:hiermit|hereby|par la pr[ée]sente|con la presente|hierbij|venho por este meio"
              r"|por (?:medio de )?la presente)\b")
_FIRST_PAST = _rx(r"\b(?:i|we)(?:'ve| have| had|'d)? (?:already |just )?(?:cancel+ed|did cancel)\b",
                  r"\bj'ai annul[ée]\b", r"\bich habe\b[^.!?\n]{0,40}\b(?:storniert|abgesagt|gek[üu]ndigt)\b")

# --- blockers ----------------------------------------------------------------------------------
_NEGATION_BEFORE = re.compile(
    r"(?:\b(?:not|don't|dont|do not|didn't|did not|haven't|have not|hasn't|never|won't|no"
    r"|ne|n'|pas|nicht|kein|keine|não|nao|non|niet|geen)\b|n't)\W*(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
_NEGATION_AFTER = re.compile(r"^\W*(?:\w+\W+){0,1}(?:pas|nicht|niet)\b", re.IGNORECASE)
_TENTATIVE = _rx(
    r"\b(?:might|may|could|possibly|perhaps|maybe|probably|whether|if|in case|depending"
    r"|would i|would we|should i|should we)\b",
    r"\b(?:quiz[áa]s?|tal vez|a lo mejor|puede que|es posible|si|en caso)\b",
    r"\b(?:il est possible|peut-[êe]tre|risque|si|au cas o[ùu]|devions|devrions)\b",
    r"\b(?:kann sein|vielleicht|eventuell|m[öo]glicherweise|falls|wenn|ob|k[öo]nnte|m[üu]sste)\b",
    r"\b(?:talvez|pode ser|caso|se|eventualmente)\b",
    r"\b(?:forse|potrebbe|magari|nel caso|qualora)\b",
    r"\b(?:misschien|mogelijk|als|eventueel|wellicht|zou)\b",
)
_PROCEDURE = _rx(
    r"\b(?:how|what|where|when|why|is there|is it possible|do i|can i|how much|what happens|which)\b",
    r"\b(?:c[oó]mo|qu[eé]|cu[aá]l|cu[aá]nto|d[oó]nde|se puede)\b", r"\b(?:comment|quel(?:le)?s?|combien)\b",
    r"\b(?:wie|was|wo|welche)\b", r"\b(?:como|qual|quanto|onde)\b", r"\b(?:come|quale|quanto|dove)\b",
    r"\b(?:hoe|wat|waar|welke)\b",
)
_POLICY = _rx(
    r"\bcancel+ation (?:polic\w+|fees?|terms|charges?|penalt\w+|conditions|window|clauses?|rates?"
    r"|deadline|agreement|paperwork|process)",
    r"\b(?:late|free|last-minute|short-notice) cancel+ations?\b",
    r"\b\d+ (?:hours|days) (?:to|before|notice)\b",
    r"\bpol[ií]tica de (?:cancelaci[oó]n|cancelamento)\b", r"\bgastos de (?:cancelaci[oó]n|anulaci[oó]n)\b",
    r"\b(?:conditions|frais|politique) d'annulation\b", r"\bstorno\w+\b", r"\bk[üu]ndigungsfrist\b",
    r"\bpenal[ie] di (?:cancellazione|annullamento)\b", r"\bannulerings\w+\b", r"\bopzegtermijn\b",
)
_PASSIVE = _rx(
    r"\b(?:has|have|had|was|were|is|are|be|been|being|got|get|gets) (?:\w+ ){0,2}cancel+ed\b",
    r"\b(?:they|he|she|it|someone|somebody|you|the \w+|another \w+)(?:'ve| have| had| has)?"
    r" (?:\w+ )?(?:cancel+ed|cancel+ing|cancels)\b",
    r"\bcancel+ed (?:on|by) (?:us|me|them|the)\b", r"\bcancel+ed:", r"\b(?:is|are) about to cancel\b",
    r"\bwurde[n]? (?:\w+ )?(?:storniert|abgesagt|gek[üu]ndigt|annulliert)\b",
    r"\b(?:a|ont|avez|été|est) (?:\w+ )?annul[ée]e?s?\b",
    r"\b(?:fue|fueron|ha sido|han sido|nos|me) (?:\w+ )?(?:cancelad[oa]s?|anulad[oa]s?|cancel[oó])\b",
    r"\b(?:foi|foram|ser[áa]) (?:\w+ )?cancelad[oa]s?\b",
    r"\b(?:[èe] stat[oa]|sono stat[ie]|ha) (?:\w+ )?(?:annullat[oaie]|cancellat[oaie])\b",
    r"\b(?:is|zijn|werd|werden) (?:\w+ )?geannuleerd\b",
)
_AUTOMATED = _rx(
    r"\b(?:automatic reply|auto-?reply|out of (?:the )?office|on (?:annual )?leave"
    r"|no access to (?:my )?e-?mail"
    r"|away from (?:the|my) (?:office|desk)|this (?:is an? )?(?:automated|automatic) (?:message|e-?mail"
    r"|notice)"
    r"|do not reply|please don't reply|you are subscribed|you received this (?:message|e-?mail) because"
    r"|view (?:it )?in (?:your )?browser|verify your account)\b",
    r"\b(?:respuesta autom[áa]tica|fuera de la oficina|no responda|r[ée]ponse automatique"
    r"|absente? du bureau|ne pas y r[ée]pondre|message automatique|abwesenheitsnotiz|nicht im b[üu]ro"
    r"|automatisch erstellt|nicht auf diese (?:nachricht|e-mail)|resposta autom[áa]tica|em f[ée]rias"
    r"|n[ãa]o responda|risposta automatica|fuori (?:ufficio|sede)|non rispondere|automatisch antwoord"
    r"|met vakantie|niet beantwoorden|afwezig)\b",
)

# --- moves -------------------------------------------------------------------------------------
_MOVE = _rx(
    r"\bre-?schedul\w*", r"\bre-?book\w*", r"\bpostpon\w+", r"\bpush(?:ing)? (?:it |this |that )?back\b",
    r"\bbring (?:[\w']+ ){0,4}forward\b", r"\bswitch\w*", r"\binstead\b",
    r"\bpush (?:[\w':]+ ){0,5}to\b", r"\bnew (?:date|time|day|slot)\b",
    r"\bmove (?:[\w']+ ){0,4}to\b", r"\buntil (?:next|the following)\b", r"\bshift\b", r"\bswap\b",
    r"\bchang(?:e|ing) (?:the |my |our )?(?:time|dates?|day|appointment|booking|reservation)\b",
    r"\b(?:another|different|other) (?:day|time|date|slot|week)\b", r"\bsame time\b",
    r"\bmake-?up (?:slot|class|session|lesson)\b", r"\b(?:book|put) (?:me|us|him|her) (?:in|back)\b",
    r"\brather than cancel\w*", r"\binstead of cancel\w*",
    r"\breprogram\w+", r"\bcambi(?:ar|o) (?:de |la |mi )?(?:cita|reserva|hora|fecha|d[ií]a)\b",
    r"\bpasar(?:la|lo)? al\b", r"\baplaz\w+", r"\bpospon\w+", r"\brecuperar(?:la|lo)?\b",
    r"\bap[áa]rten(?:me|nos)\b", r"\botro (?:d[ií]a|hueco|horario)\b",
    r"\breport(?:er|ez)\b", r"\breport de\b", r"\bd[ée]caler\b", r"\breprogrammer\b", r"\bd[ée]placer\b",
    r"\bun autre (?:cr[ée]neau|jour|horaire)\b",
    r"\bverschieben\b", r"\bverlegen\b", r"\bumbuch\w+", r"\bstattdessen\b",
    r"\b(?:anderen|neuen) termin\b",
    r"\bremarcar\b", r"\breagendar\b", r"\balterar (?:a|o|para)\b", r"\badiar\b", r"\boutro hor[áa]rio\b",
    r"\bspostare\b", r"\brimandare\b", r"\bposticipare\b", r"\brifissiamo\b", r"\brifissare\b",
    r"\bverzetten\b", r"\bverplaatsen\b", r"\bomboeken\b", r"\bverschuiven\b",
)
_INSTEAD = _rx(r"\binstead\b", r"\bplut[ôo]t\b", r"\bmejor\b", r"\bstattdessen\b", r"\bem vez\b",
               r"\binvece\b", r"\bin plaats\b", r"\ben su lugar\b")

_POLITE = re.compile(r"\b(?:please|pls|plz|por favor|bitte|graag|s'il vous pla[iî]t)\b", re.IGNORECASE)
_ABBREV = re.compile(r"\b(Dr|Mr|Mrs|Ms|St|Nr|No|Hr|Fr|Sr|Sra|Mme|Mlle|Prof|ca|bzw|ggf|evtl|inkl|tel|Tel)\.")
_TIME_WORD = re.compile(
    r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:tomorrow|today|tonight|week|morning|afternoon"
    r"|evening|date|am|pm)\b", re.IGNORECASE)
_MENTION = re.compile(r"\b(?:for|about|of|after|before|on|re|regarding)\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[!?])\s+|(?<=[^\d\s.][.])\s+|\n+")
_QUOTED = re.compile(r"[\"“„«‘][^\"“”„«»‘’\n]{1,40}[\"”“»’]")


@dataclass
class _Hit:
    score: float
    evidence: list[str]
    blocked: str | None = None
    move: bool = False


def _window(sentence: str, start: int, end: int) -> tuple[str, str]:
    return sentence[max(0, start - 160):start], sentence[end:end + 60]


_ASKING_YOU = re.compile(
    r"\b(?:could|would|can|will) (?:you|u|we|someone)\b"
    r"|\b(?:pourriez|pouvez|k[öo]nnten|k[öo]nnen|podr[ií]a|podr[ií]an|poder[ií]a|potrebbe|zou)\b",
    re.IGNORECASE)


def _score_cancel(sentence: str, match: re.Match[str], kind: str, doc_has_object: bool) -> _Hit:
    phrase = match.group(0)
    before, after = _window(sentence, match.start(), match.end())
    base = {"verb": 0.55, "noun": 0.45, "soft": 0.5}[kind]
    hit = _Hit(base, [f"'{phrase.strip()}'"])
    question = "?" in sentence[match.end():] or sentence.rstrip().endswith("?")
    if kind == "verb" and (_NEGATION_BEFORE.search(before[-30:]) or _NEGATION_AFTER.search(after)):
        hit.blocked = f"negated: '{phrase}'"
    elif (policy := _POLICY.search(sentence)) and (
            (policy.start() <= match.end() and match.start() <= policy.end() + 3)
            or not _REQUEST.search(before)):
        hit.blocked = f"policy/fee wording: '{policy.group(0)}'"
    elif (passive := _PASSIVE.search(sentence)) and not re.search(
            r"\b(?:needs?|has|have|must|want \w+"
            r"|like \w+) to be (?:\w+ )?$", before[-40:], re.IGNORECASE) and (
            passive.start() <= match.start() <= passive.end() or not _REQUEST.search(before)):
        hit.blocked = f"reported, not requested: '{passive.group(0)}'"
    elif kind == "verb" and _MENTION.search(before[-12:]):
        hit.blocked = f"mentions cancelling: '{before[-12:].strip()} {phrase}'"
    elif re.search(r"\bfor you\b", after[:50], re.IGNORECASE):
        hit.blocked = "offered by the provider ('for you')"
    elif tentative := _TENTATIVE.search(_ASKING_YOU.sub(" ", before[-70:])):
        hit.blocked = f"tentative/conditional: '{tentative.group(0)}'"
    elif question and _PROCEDURE.search(before) and not re.search(
            r"\b(?:can|could|would|will) (?:you|u)\b|\b(?:pod[eé]is|podr[ií]an?|pourriez|pouvez"
            r"|k[öo]nn(?:en|ten) sie"
            r"|potete|potreste|kunt u|kunnen jullie|poderiam|podem)\b", before[-40:], re.IGNORECASE):
        hit.blocked = "question about cancelling, not a request"
    if hit.blocked:
        return hit
    object_phrase = re.split(r"[,;:]| and | but | y | et | und | e | en ", phrase + after)[0][:60]
    obj_after = _NOT_BOOKING.search(object_phrase)
    booked_after = _BOOKED.search(phrase + after)
    if not obj_after and not _BOOKED.search(object_phrase[len(phrase):]) and not _BOOKED.search(before[-40:]):
        obj_after = _NOT_BOOKING.search(before[-40:])  # verb-final: "de nieuwsbrief annuleren"
    if obj_after:
        hit.blocked = f"not a booking: '{obj_after.group(0)}'"
        return hit
    booked = booked_after or _BOOKED.search(before[-100:])
    if booked:
        hit.score += 0.12
        hit.evidence.append(f"booked thing: '{booked.group(0)}'")
        near = (before[-40:] + " " + after[:booked.end()]) if booked_after else before[-100:]
        if _POSSESSIVE.search(near):
            hit.score += 0.06
    elif doc_has_object:
        hit.score += 0.05
    request = (_REQUEST.search(before + phrase) or _REQUEST.search(after[:12])
               or _POLITE.search(after))
    if not request and kind == "soft" and booked and re.search(
            r"\b(?:i|we|i'm|im|my|our|me|his|her)\b", sentence, re.IGNORECASE):
        request = re.search(r"\b(?:i|we|i'm|im|my|our|me|his|her)\b", sentence, re.IGNORECASE)
    if request:
        hit.score += 0.25
        hit.evidence.append(f"request: '{request.group(0)}'")
    elif kind != "noun" and (sentence.strip().lower().startswith(phrase.lower())
                             or re.search(r"(?:[,;:]|\b(?:so|and|just|then|now))\s*$", before)):
        hit.score += 0.2
        hit.evidence.append("imperative")
    elif _FIRST_PAST.search(sentence):
        hit.score += 0.05
        hit.evidence.append("first-person past: a report, not a request")
    if _FORMAL.search(sentence):
        hit.score += 0.1
        hit.evidence.append(f"formal notice: '{_FORMAL.search(sentence).group(0)}'")  # type: ignore[union-attr]
    if _MOVE.search(sentence) or _INSTEAD.search(after + sentence[match.end() + 60:]):
        hit.move = True
    hit.score = min(hit.score, 0.97)
    return hit


def _hits(text: str, doc_has_object: bool) -> list[_Hit]:
    found: list[_Hit] = []
    text = _ABBREV.sub(r"\1", text)
    for sentence in _SENTENCE_END.split(text):
        plain = _QUOTED.sub(" ", sentence)
        for kind, rx in (("verb", _CANCEL_VERB), ("noun", _CANCEL_NOUN), ("soft", _CANCEL_SOFT)):
            for match in rx.finditer(plain):
                found.append(_score_cancel(plain, match, kind, doc_has_object))
    return found


def _moves(text: str) -> list[tuple[float, str]]:
    found: list[tuple[float, str]] = []
    for sentence in _SENTENCE_END.split(text):
        for match in _MOVE.finditer(sentence):
            before = sentence[:match.start()]
            if _PASSIVE.search(sentence) and "reschedul" in sentence.lower() and not _REQUEST.search(before):
                continue
            if re.search(r"\b(?:has|have|had|was|been|being|will be)\s+(?:re-?scheduled|moved|postponed)\b",
                         sentence, re.IGNORECASE):
                continue
            if re.search(r"\b(?:if|let me know if|falls|si|se|als)\b", before, re.IGNORECASE):
                continue
            if _NEGATION_BEFORE.search(before[-30:]):
                continue
            if match.group(0).lower().endswith("ed"):
                continue
            if _INSTEAD.fullmatch(match.group(0)) and not _TIME_WORD.search(sentence):
                continue
            score = 0.6
            if _REQUEST.search(before) or "?" in sentence or (re.match(r"\s*\w+", sentence) and \
                    sentence.strip().lower().startswith(match.group(0).lower())):
                score = 0.85
            if _BOOKED.search(sentence):
                score += 0.05
            found.append((score, f"move: '{match.group(0).strip()}'"))
    return found


def detect(msg: ParsedMessage) -> Detection:
    """Judge what the sender of ``msg`` wants: cancel, move, or other (with evidence)."""
    body, footers = split_new_text(msg.text)
    subject = re.sub(r"^(?:\s*(?:re|aw|sv|antw|r|rif|fw|fwd|wg|tr|enc|rv)\s*:\s*)+", "", msg.subject,
                     flags=re.IGNORECASE).strip()
    text = f"{subject}\n{body}".strip()
    language = detect_language(body if len(body) >= 20 else text)
    text = re.sub(r"[ \t]+", " ", text)
    body = re.sub(r"[ \t]+", " ", body)
    norm = text.replace("’", "'").replace("`", "'")
    evidence: list[str] = []

    automated = _AUTOMATED.search(norm) or next(
        (f for f in footers if re.search(r"unsubscribe|abmelden|d[ée]sinscri|baja|descadastr|uitschrijven"
                                         r"|disiscriv|subscribed|receiving", f, re.IGNORECASE)), None)
    if automated:
        what = automated if isinstance(automated, str) else automated.group(0)
        return Detection("other", 0.95, (f"automated notice: '{what[:60]}'",), language, text)

    doc_has_object = bool(_BOOKED.search(norm))
    body_norm = body.replace("’", "'")
    subj_hits = _hits(subject.replace("’", "'"), doc_has_object)
    body_hits = _hits(body_norm, doc_has_object)
    live = [h for h in body_hits if not h.blocked]
    blocked = [h for h in [*subj_hits, *body_hits] if h.blocked]
    negated = any(h.blocked and h.blocked.startswith("negated") for h in [*subj_hits, *body_hits])
    subj_live = [h for h in subj_hits if not h.blocked]

    cancel = max(live, key=lambda h: h.score) if live else None
    score = cancel.score if cancel else 0.0
    if cancel:
        evidence.extend(cancel.evidence)
    if subj_live:
        best_subj = max(subj_live, key=lambda h: h.score)
        if cancel:
            score = min(0.97, score + 0.04)
            evidence.append("subject agrees")
        elif not body.strip() or len(body.split()) < 8:
            score = best_subj.score + 0.15
            evidence.extend(f"subject: {e}" for e in best_subj.evidence)
        else:
            score = min(best_subj.score, 0.6)
            evidence.extend(f"subject only: {e}" for e in best_subj.evidence)
    if msg.calendar_method == "CANCEL":
        score = max(score, 0.85)
        evidence.append("calendar METHOD:CANCEL")

    if negated and score < 0.8:
        return Detection("other", 0.9, tuple(h.blocked or "" for h in blocked if h.blocked), language, text)

    moves = _moves(norm)
    move_score = max((m[0] for m in moves), default=0.0)
    moved_cancel = any(h.move for h in live)
    if moves and (moved_cancel or (score < 0.8 and move_score >= 0.8)):
        ev = [m[1] for m in moves]
        if cancel:
            ev.append("cancels in order to move: " + ", ".join(cancel.evidence))
        return Detection("reschedule", round(min(0.95, max(move_score, 0.6)), 3), tuple(ev), language, text)

    if score >= 0.5:
        if footers:
            evidence.append(f"footer ignored: '{footers[0][:60]}'")
        return Detection("cancellation", round(min(score, 0.97), 3), tuple(evidence), language, text)

    reasons = [h.blocked for h in blocked if h.blocked]
    if footers:
        reasons.append(f"booking-system footer: '{footers[0][:60]}'")
    conf = 0.9 if not (live or subj_live) else round(1.0 - score, 3)
    return Detection("other", conf, tuple(reasons) or ("no cancel or move request",), language, text)
