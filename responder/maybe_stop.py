"""A reply that may be asking us to stop mailing, in words the rules do not know: for a person.

The rules (``responder.reasons``, ``responder.optout``) read an opt-out only from the phrasings
they know, and a customer who never saw them finds new ones ("I'd appreciate it if the emails
ended here", "delete our details, we won't need any further correspondence"). This is the
safety net under them, measured on every labelled reply set: a sentence of the customer's own
words that names our mail (mail, list, messages, your data, writing to me, ...) together with
a word that asks for an end (no, not, enough, remove, delete, stop, rather not, ...); or one of
the words that only ever mean a list (unsubscribe, mailing list, Verteiler); or a reply of a
word or two that says nothing else. It never suppresses anyone: such a reply stops the
conversation's follow-ups and goes to a person, who confirms the opt-out in one click.

Language knowledge as data, one entry per language (regular-expression fragments over folded
text: lower case, no accents). Every language is read, whatever the reply's detected
language (a line or two is a guess), but a sentence needs both words from one language. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from responder.timehints import fold


@dataclass(frozen=True)
class MaybeStopWords:
    """One language: what names our mail, what asks for an end, what alone means a list."""

    mail: tuple[str, ...]  # our mail, our list, the customer's data, writing to them
    end: tuple[str, ...]  # no, not, enough, remove, delete, stop, rather not, never again
    list_words: tuple[str, ...] = ()  # alone enough: unsubscribe, mailing list
    thanks: tuple[str, ...] = ()  # "thanks for your e-mail" names our mail without a wish
    fine: tuple[str, ...] = ()  # words of a short reply that ask for nothing: thanks, ok, yes
    mine: tuple[str, ...] = ()  # the customer's own writing ("I'll email you when I'm ready")
    keep: tuple[str, ...] = ()  # the opposite wish: "please don't stop sending me the offers"
    silence: tuple[str, ...] = ()  # our silence, not a wish: "without a word", "zonder bericht"
    #: Signing up again ("sign me up", "¡Anotame ya mismo!"): more of us, so no stop word in the same
    #: reply is an opt-out (opt-outs round 65: "¡Basta! ¿En serio …? Anotame ya mismo", the
    #: Rioplatense "no way!").
    again: tuple[str, ...] = ()


LANGUAGES: dict[str, MaybeStopWords] = {
    "en": MaybeStopWords(
        mail=(r"e-?mail\w*", r"mail\w*", r"newsletters?", r"messages?", r"correspondence",
              r"communications?", r"contact\w*", r"writ(?:e|ing|ten)", r"send\w*", r"sent", r"data",
              r"details", r"reminders?", r"offers?", r"promo\w*", r"updates?", r"follow-?ups?",
              r"list", r"hear", r"receiv\w*", r"spam\w*", r"address(?:es)?"),
        end=(r"last", r"forget\w*", r"no", r"not", r"\w+n't", r"never", r"stop\w*", r"enough",
             r"end\w*", r"remov\w*", r"delet\w*", r"off", r"rather", r"prefer\w*", r"any ?more",
             r"further", r"alone", r"too many", r"eras\w*", r"without", r"quit"),
        list_words=(r"unsubscri\w*", r"opt[- ]?out", r"mailing ?list\w*", r"spam\w*",
                    r"leave me alone", r"gdpr", r"dsgvo", r"rgpd", r"lgpd"),
        thanks=(r"thanks?(?: you)? for (?:your|the) (?:e-?mail|message|mail|note)",),
        fine=("thanks", "thank", "you", "thx", "ok", "okay", "yes", "sure", "great", "fine",
              "cheers", "noted", "understood", "many", "much"),
        mine=(r"\bi(?:'ll| will|'m| am| shall)?(?: just| only)? "
              r"(?:e-?mail\w*|writ\w*|contact\w*|messag\w*|send\w*|drop you)",
              r"\b(?:get|be) (?:back )?in touch\b"),
        keep=(r"\b(?:please )?(?:don'?t|do not) (?:unsubscribe|remove|delete) (?:me|us)\b(?! from (?:the|my"
              r"|our) (?:class|course|lesson))|\b(?:i|we) (?:still |do )?want (?:to keep getting "
              r"|to keep receiving |to carry on getting )?(?:your|the) (?:e-?mails|mails|newsletters?|offers"
              r"|news|updates)\b",  # (opt-outs round 68)
              r"\b(?:e-?mail|email) (?:is|works) (?:enough|plenty|just fine|fine)\b",
              r"\b(?:do |please )?(?:write|e-?mail|email|drop) (?:me|us) (?:a line |an e-?mail "
              r"|a note )?(?:when|if|once) (?:you|the|there)\b",
              r"\b(?:do |please )?send (?:me|us) (?:news|word|the details|the dates|the new \w+) (?:when"
              r"|if|once|about)\b",
              r"\bkeep (?:me|us) (?:on|in) (?:the|your) (?:\w+ )?(?:list|newsletter|mailing list)\b",
              r"\b(?:e-?mails|emails|mails|newsletters?) from you (?:is|are) (?:no problem|fine|welcome"
              r"|ok|okay)\b",
              r"\b(?:i'?d|i would|i|we'?d|we) (?:still |really )?(?:like|love|want|wish) to (?:keep"
              r"|continue) (?:getting|receiving|hearing)\b",
              r"\b(?:your |the )?(?:e-?mails|newsletters?|mails|messages|updates) (?:are|is) (?:totally "
              r"|perfectly |absolutely |still |all )?(?:fine|welcome|ok"
              r"|okay|no bother|no problem)\b",
              r"(?<!why )\b(?:don't|do not|never|please don't) (?:ever )?stop "
              r"(?:sending|e-?mailing|mailing|writing)\w*",
              r"\bkeep (?:them|the \w+|the e-?mails?|it) coming\b",
              r"\bkeep me (?:posted|on the list|in the loop|updated)\b",
              r"\b(?:do |please )?(?:keep|carry on) (?:on )?(?:sending|writing|e-?mailing|mailing)\b",
              r"\b(?:do |please )?continue (?:to send|sending|to write|writing|to e-?mail|e-?mailing)\b",
              r"\b(?:happy|glad) to (?:keep )?(?:getting|receiving|get|receive) (?:the |your )?(?:\w+ )?"
              r"(?:newsletters?|e-?mails?|mails?|news|updates|offers)\b",
              r"\b(?:don't|do not|please don't|never) (?:take|remove|delete|drop|unsubscribe) (?:me"
              r"|us) (?:off|from)"
              r" (?:the|your) (?:\w+ )?(?:list|newsletter|mailing list)\b",
              r"\bkeep me (?:on|in) (?:the|your) (?:\w+ )?(?:list|newsletter|mailing list)\b"),
        again=(r"\b(?:sign (?:me|us) up|count (?:me|us) in|book (?:me|us) in|put (?:me|us) down for)\b",),
        silence=(r"\bwithout (?:a|any) (?:word|message|call|notice)\b",)),
    "de": MaybeStopWords(
        mail=(r"an(?:ge|zu)?schr(?:ei|ie)b\w*", r"e-?mail\w*", r"mail\w*", r"newsletter",
              r"nachricht\w*", r"werbung", r"liste", r"verteiler", r"kontakt\w*", r"schreib\w*",
              r"geschrieben", r"schick\w*", r"zusend\w*", r"daten", r"erinnerung\w*", r"angebot\w*",
              r"erhalt\w*", r"bekomm\w*", r"horen", r"adresse"),
        end=(r"erspar\w*", r"letzte\w*", r"vergessen", r"kein\w*", r"nicht", r"nie\w*",
             r"widersprech\w*", r"widerspruch", r"aufhor\w*", r"hor\w* .{0,40}\bauf", r"genug",
             r"schluss", r"losch\w*", r"entfern\w*", r"raus", r"streich\w*", r"ruhe", r"lieber",
             r"mehr", r"stopp?\w*", r"ohne"),
        list_words=(r"abmeld\w*", r"abbestell\w*", r"austrag\w*", r"verteiler", r"in ruhe"),
        thanks=(r"danke (?:fur|fuer) (?:ihre|deine|die|eure) (?:e-?mail|nachricht|mail)",),
        fine=("danke", "dankeschon", "vielen", "dank", "ok", "okay", "ja", "gut", "super", "alles",
              "klar", "prima"),
        mine=(r"\bich (?:schreib\w*|mail\w*|meld\w*|kontaktier\w*)",
              r"\b(?:schreibe|melde|maile) ich\b"),
        keep=(r"\b(?:melden sie|meldet|meld|tragen sie|tragt) (?:mich|uns) (?:bitte |ja )?nicht (?:ab"
              r"|aus)\b(?! (?:dem|der|ihrem|eurem))|\b(?:ich|wir) (?:mochte|mochten|will|wollen"
              r"|wurde gerne?) (?:ihre|eure|deine|die) (?:e-?mails|mails|newsletter|nachrichten"
              r"|angebote) (?:\w+ )?(?:weiter|weiterhin|auch weiterhin) (?:\w+ )?(?:bekommen|erhalten"
              r"|lesen)\b",  # (opt-outs round 68)
              r"\b(?:e-?mail|mail) (?:reicht|genugt|langt)\b",
              r"\b(?:schreiben sie|schreibt|schreib) (?:mir|uns) (?:(?:gerne?|bitte|doch),? )?(?:\w+ )?"
              r"(?:wenn|sobald|falls)\b",
              r"\b(?:schicken sie|schickt|schick) (?:mir|uns) (?:gerne? |bitte |doch )?(?:infos"
              r"|neuigkeiten|bescheid|die termine)\b",
              r"\b(?:e-?mails|mails|newsletter|nachrichten) (?:sind|ist) (?:\w+ )?(?:okay|ok|in ordnung"
              r"|willkommen|kein problem|gern gesehen)\b",
              r"\b(?:schreibt|schreib|schreiben sie) (?:mir|uns) (?:gerne? |bitte )?ruhig\b",
              r"\b(?:halten sie|haltet|halte) (?:mich|uns) (?:\w+ ){0,2}auf dem laufenden\b",
              r"\b(?:schicken sie|schickt|schick|senden sie|sendet) (?:mir"
              r"|uns) (?:\w+ ){0,3}(?:bitte )?weiter(?:hin)?\b",
              r"\b(?:will|mochte|mochten|wollen) (?:ich|wir) (?:\w+ ){0,2}weiter(?:hin)? (?:bekommen"
              r"|erhalten|haben|lesen)\b",
              r"\b(?:hort|horen sie|hoert) (?:bitte )?(?:\w+ )?nicht auf\b[^.!?]{0,60}",
              r"\b(?:gerne?|ruhig) weiter (?:schicken|schreiben|mailen)\b",
              r"\b(?:schreibt|schreiben sie|mailt|mailen sie) (?:mir|uns) (?:(?!nicht"
              r"|kein)\w+ ){0,2}weiter\b",
              r"\bschickt (?:mir )?(?:ruhig|gerne?) weiter\b",
              r"\b(?:schreiben sie|schreibt|schreib) (?:mir |uns )?(?:gerne?|ruhig|bitte) weiter\b",
              r"\b(?:tragen sie|tragt|trag) mich (?:\w+ ){0,2}nicht (?:\w+ ){0,3}aus\b",
              r"\b(?:nehmen sie|nehmt|nimm) mich (?:\w+ ){0,2}nicht (?:von|aus) (?:dem|der|ihrem|eurem)"
              r" (?:\w+ )?(?:verteiler|liste|newsletter)\b",
              r"\b(?:lassen sie|lasst) mich (?:(?!nicht\b)\w+ ){0,2}(?:im|auf dem|auf der) (?:newsletter"
              r"|verteiler"
              r"|liste)\b",
              r"\b(?:mich|uns) (?:\w+ ){0,2}nicht (?:aus|von) (?:dem|der|ihrem|eurem) (?:\w+ )?(?:verteiler"
              r"|liste"
              r"|newsletter)\b",
              r"\b(?:nehmen sie|nehmt) (?:mich|uns) (?:\w+ ){0,3}nicht raus\b"),
        again=(r"\bmelde (?:mich|uns) (?:\w+ ){0,3}an\b|\btrag (?:mich|uns) (?:\w+ ){0,3}ein\b",),
        silence=(r"\bohne (?:jede |eine )?(?:nachricht|bescheid|meldung|anruf)\b",)),
    "es": MaybeStopWords(
        mail=(r"e-?mails?", r"mails?", r"correos?", r"mensajes?", r"boletin\w*", r"newsletter",
              r"lista", r"contact\w*", r"escrib\w*", r"mand\w*", r"envi\w*", r"datos",
              r"recordatorios?", r"ofertas?", r"promocion\w*", r"publicidad", r"recib\w*",
              r"comunicacion\w*", r"spam", r"direccion"),
        end=(r"ultim[oa]", r"olvid\w*", r"dispens\w*", r"no", r"nada", r"nunca", r"mas", r"bast\w*",
             r"dej\w*", r"par\w*", r"elimin\w*", r"borr\w*", r"quit\w*", r"saqu\w*", r"sac\w*",
             r"baja", r"paz", r"prefer\w*", r"suficiente", r"sin"),
        list_words=(r"lista de (?:correo|e-?mails?|distribucion|envio)\w*", r"desuscri\w*",
                    r"dejadme en paz", r"dejenme en paz", r"spam"),
        thanks=(r"gracias por (?:su|tu|el|vuestro) (?:correo|mensaje|e-?mail)",),
        fine=("gracias", "muchas", "vale", "ok", "si", "perfecto", "genial", "entendido", "de",
              "acuerdo"),
        mine=(r"\b(?:les |os |te |le )?escrib(?:o|ire)\b", r"\bme pondre en contacto",
              r"\b(?:os |les |me )?(?:vuelvo|volvere) a escribir\b"),
        keep=(r"\bno me (?:den|des|deis|dan) de baja\b",  # (opt-outs round 68)
              r"\bel (?:correo|e-?mail|email) (?:basta|es suficiente|me llega bien|llega perfectamente)\b",
              r"\b(?:escribidme|escribanme|escribeme|avisadme|avisenme|avisame) (?:\w+ ){0,3}(?:si|cuando)\b",
              r"\b(?:mandadme|mandenme|enviadme|envienme) (?:\w+ )?(?:noticias|novedades|informacion"
              r"|las fechas)\b",
              r"\b(?:mantenedme|mantenganme|mantenme) informad[oa]s?\b",
              r"\b(?:podeis|pueden|puedes) seguir (?:escribiendo|mandando|enviando)\w*",
              r"\b(?:quiero|quisiera|me gustaria|prefiero) (?:seguir|continuar) recibiendo\b",
              r"\b(?:los |vuestros |sus )?(?:correos|e-?mails|mails|boletines) (?:me )?(?:van bien|estan bien"
              r"|son bienvenidos|no molestan)\b",
              r"\bno (?:dejeis|dejen|deje|dejes|pareis|paren) de (?:mandar|enviar|escribir)\w*",
              r"\bsegu(?:id|idme|ir|an) (?:mandando|enviando|escribiendo)\w*",
              r"\bsig(?:an|ue|ais) (?:mandando|enviando|escribiendo)\w*",
              r"\bno me (?:borreis|borren|borres|quiteis|quiten|saqueis|saquen|elimineis|eliminen) de"
              r" (?:la|vuestra|su|tu) (?:\w+ )?(?:lista|newsletter|boletin)\b",
              r"\b(?:mantenedme|mantenganme|dejadme|dejenme) en (?:la|vuestra|su) (?:lista|newsletter)\b",
              r"\bno (?:me|nos) (?:deis|den|des|de) de baja\b|\bno quiero darme de baja\b"
              r"|\bni se os ocurra darme de baja\b"),
        again=(r"\b(?:anotame|anotenme|apuntame|apuntenme|inscribime|inscribeme|inscribanme"
               r"|guarda(?:s|me)? un lugar|reservame un lugar)\b",),
        silence=(r"\bsin (?:avisar|aviso|mensaje|llamar|decir nada)\b",)),
    "fr": MaybeStopWords(
        mail=(r"e-?mails?", r"mails?", r"courriels?", r"messages?", r"newsletters?",
              r"lettre d'information", r"liste", r"contact\w*", r"ecri\w*", r"envoi\w*",
              r"envoy\w*", r"donnees", r"coordonnees", r"rappels?", r"relances?", r"offres?",
              r"promo\w*", r"publicite\w*", r"recevoir", r"recoi\w*", r"spam", r"adresse"),
        end=(r"cess\w*", r"derni(?:er|ere)", r"oubli\w*", r"inutile", r"ne", r"n'\w+", r"plus",
             r"pas", r"jamais", r"assez", r"arret\w*", r"supprim\w*", r"effac\w*", r"retir\w*",
             r"enlev\w*", r"tranquille", r"stop", r"prefer\w*", r"besoin", r"sans"),
        list_words=(r"desabonn\w*", r"desinscri\w*", r"liste de diffusion",
                    r"laissez-moi tranquille", r"spam"),
        thanks=(r"merci (?:pour|de) (?:votre|ton|le|ce) (?:e-?mail|message|mail|courriel)",),
        fine=("merci", "beaucoup", "ok", "oui", "parfait", "super", "bien", "note", "recu"),
        mine=(r"\bje (?:vous |te )?(?:ecri\w*|recontact\w*|contact\w*|renvoi\w*)", r"\bj'ecri\w*",
              r"\bje (?:reprendrai|reprends) contact\b"),
        keep=(r"\bne me (?:desabonnez|desinscrivez|retirez|rayez|supprimez) (?:surtout )?pas\b|\b(?:je veux"
              r"|je voudrais|je souhaite|j'aimerais) (?:continuer a |toujours )?recevoir (?:vos|les"
              r"|tes) (?:e-?mails|mails|courriels|newsletters?|offres|nouvelles)\b",  # (opt-outs round 68)
              r"\bl'e-?mail (?:suffit|me suffit|me va)\b|\ble (?:mail|courriel) (?:suffit|me suffit)\b",
              r"\b(?:ecrivez-moi|ecris-moi|prevenez-moi|previens-moi) (?:\w+ ){0,3}(?:si|quand|lorsque"
              r"|des que)\b",
              r"\b(?:envoyez-moi|envoie-moi) (?:\w+ )?(?:des nouvelles|les nouveautes|les dates"
              r"|le programme)\b",
              r"\bne (?:me )?desabonnez pas\b",
              r"\bcontinue(?= ?(?:[.!]|$))",
              r"\b(?:vous pouvez|tu peux) (?:\w+ )?continuer (?:a|de) (?:m'|me |nous )?(?:envoy|ecri)\w*",
              r"\b(?:les |vos )?(?:mails|e-?mails|courriels|messages)(?:,)? (?:ca|cela) (?:me )?(?:va"
              r"|convient)\b",
              r"\bvos (?:courriels|e-?mails|mails|messages|newsletters?|lettres d'information)(?:, eux,"
              r"| par contre| en revanche)? (?:me )?(?:conviennent|vont tres bien|sont les bienvenus"
              r"|ne me derangent pas)\b",
              r"\b(?:je veux|je voudrais|j'aimerais|je souhaite"
              r"|je serais heureuse?) (?:bien )?(?:continuer a recevoir|etre tenue? informee?"
              r"|rester informee?)\b",
              r"\bn'arrete[zs]? (?:surtout )?pas (?:de m'|de nous |d')?(?:envoy|ecri)\w*",
              r"\bcontinuez (?:surtout |donc |bien |vraiment )?(?:a |de )(?:m'|me |nous )?(?:envoy|ecri)\w*",
              r"\bcontinuez(?= ?(?:[.!]|$))",  # "vos mails me font du bien, continuez."
              r"\bgardez-moi (?:\w+ ){0,2}(?:dans|sur) (?:votre|la) (?:\w+ )?(?:newsletter|liste|lettre)\b",
              r"\bne me (?:retirez|supprimez|desinscrivez|enlevez) pas (?:de|du) (?:votre|la|vos) (?:\w+ )?"
              r"(?:liste|newsletter|fichier)\b",
              r"\bne (?:m'|nous )(?:enlevez|retirez|supprimez|desinscrivez) pas\b"
              r"|\bne vous arretez pas de (?:m'|nous )envoyer\b"),
        again=(r"\b(?:inscrivez-(?:moi|nous)|inscris-moi)\b",),
        silence=(r"\bsans (?:prevenir|message|nouvelles|un mot|appel)\b",)),
    "it": MaybeStopWords(
        mail=(r"e-?mail", r"mail", r"messaggi\w*", r"newsletter", r"lista", r"contatt\w*",
              r"scriv(?!ani)\w*", r"scritt\w*", r"mand(?:at|ar|i|in)\w*", r"invi\w*", r"dati",
              r"promemoria", r"offert\w*", r"promozion\w*", r"pubblicita", r"ricev\w*",
              r"sentir\w*", r"spam", r"indirizzo"),
        end=(r"ultim[oa]", r"dimentic\w*", r"non", r"piu", r"mai", r"bast\w*", r"smett\w*",
             r"cancell\w*", r"rimuov\w*", r"togli\w*", r"elimin\w*", r"pace", r"stop", r"prefer\w*",
             r"niente", r"nulla", r"senza"),
        list_words=(r"disiscri\w*", r"mailing ?list", r"lasciatemi in pace", r"spam"),
        thanks=(r"grazie (?:per|della) (?:la |il )?(?:vostra |tua )?(?:e-?mail|mail|messaggio)",),
        fine=("grazie", "mille", "ok", "si", "va", "bene", "perfetto", "certo", "ricevuto"),
        mine=(r"\b(?:vi |ti |le )?(?:scrivo|scrivero|contatto|contattero|ricontatto|mando)\b",
              r"\bmi rifaccio viv[oa]\b"),
        keep=(r"\bnon (?:mi|ci) (?:disiscrivete|togliete|cancellate|rimuovete)\b|\b(?:voglio|vorrei"
              r"|desidero) (?:continuare a ricevere|ricevere ancora) (?:le vostre|le|i vostri)\b",
              # (opt-outs round 68)
              r"\bla (?:e-?mail|mail) (?:basta|e sufficiente|mi basta)\b",
              r"\b(?:scrivetemi|scrivimi|avvisatemi|avvisami) (?:\w+ ){0,3}(?:se|quando|appena)\b",
              r"\b(?:mandatemi|mandami|inviatemi) (?:\w+ )?(?:notizie|novita|le date|il programma)\b",
              r"\bnon cancellatemi\b(?! (?:l'|la |il |i |gli |le |lo ))",
              r"\b(?:continuate|mandate|scrivete) (?:pure )?(?:a )?(?:scrivere|scrivermi|mandarmi"
              r"|mandare)?(?: (?:a me|pure|i promemoria|le offerte|le mail|le email))\b",
              r"\b(?:voglio|vorrei|desidero|mi piacerebbe) (?:continuare a ricevere|restare informat[oa]"
              r"|essere tenut[oa] aggiornat[oa])\b",
              r"\b(?:le )?(?:vostre )?(?:e-?mail|mail|newsletter) (?:mi )?(?:vanno bene|fanno piacere"
              r"|sono gradite)\b",
              r"\bnon (?:smettete|smettere) di (?:mandar|inviar|scriver)\w*",
              r"\bcontinuate (?:pure |pero |comunque |per favore )?a (?:mandar|inviar|scriver)\w*",
              r"\bnon (?:toglietemi|cancellatemi|rimuovetemi|eliminatemi) (?:dalla|dal) (?:\w+ )?(?:lista"
              r"|mailing list|newsletter|indirizzario)\b",
              r"\btenetemi (?:nella|in|nel) (?:\w+ )?(?:lista|mailing list|newsletter)\b"),
        again=(r"\b(?:iscrivimi|iscriveteci|iscrivetemi)\b",),
        silence=(r"\bsenza (?:avvisare|avviso|messaggio|una parola|chiamare)\b",)),
    "nl": MaybeStopWords(
        mail=(r"e-?mail\w*", r"mail\w*", r"nieuwsbrie\w*", r"bericht\w*", r"lijst", r"contact\w*",
              r"benader\w*", r"schrij\w*", r"geschreven", r"stuur\w*", r"gestuurd", r"gegevens",
              r"herinnering\w*", r"aanbieding\w*", r"reclame", r"ontvang\w*", r"krijg\w*", r"horen",
              r"spam\w*", r"adres"),
        end=(r"laatste", r"verge(?:et|ten)", r"geen", r"niet", r"nooit", r"niks", r"niets", r"meer",
             r"stop\w*", r"ophoud\w*", r"hou\w* .{0,20}\bop", r"genoeg", r"verwijder\w*",
             r"haal\w*", r"rust", r"liever", r"wis\w*", r"zonder"),
        list_words=(r"afmeld\w*", r"uitschrijv\w*", r"uit te schrijven", r"mailinglijst",
                    r"maillijst", r"mailbestand", r"met rust", r"spam\w*"),
        thanks=(r"bedankt voor (?:je|jullie|uw|het) (?:e-?mail|bericht|mail)",),
        fine=("bedankt", "dank", "je", "u", "wel", "dankjewel", "dankuwel", "ok", "oke", "ja",
              "prima", "top", "goed", "helder"),
        mine=(r"\bik (?:mail|schrijf|stuur|meld|laat)\w*", r"\bik neem (?:wel |zelf )?contact op",
              r"\b(?:mail|schrijf|stuur|meld) ik\b"),
        keep=(r"\b(?:schrijf|meld) (?:me|mij|ons) (?:\w+ )?niet uit\b"
              # (opt-outs round 68)
              r"|\b(?:ik wil|ik zou graag|wij willen) (?:\w+ )?(?:uw|jullie|je|de) (?:e-?mails|mails"
              r"|nieuwsbrief|berichten|aanbiedingen) (?:\w+ )?(?:blijven )?(?:ontvangen|krijgen)\b",
              r"\b(?:e-?mail|mail) (?:is|volstaat) (?:genoeg|voldoende|prima)\b|\b(?:e-?mail"
              r"|mail) volstaat\b",
              r"\b(?:mail|schrijf|laat) (?:me|mij|ons) (?:maar |gerust "
              r"|vooral )?(?:\w+ )?(?:weten )?(?:als|wanneer|zodra)\b",
              r"\bstuur (?:me|mij) (?:maar |gerust )?(?:bericht|nieuws|de data)\b",
              r"\b(?:houd|hou) (?:me|mij|ons) (?:\w+ )?op de hoogte\b",
              r"\bwil(?:len)? (?:ik|we|wij) (?:\w+ ){0,2}blijven (?:ontvangen|krijgen)\b",
              r"\b(?:ik wil|ik zou|wij willen) (?:\w+ ){0,3}(?:graag )?(?:blijven ontvangen"
              r"|op de hoogte blijven|blijven krijgen)\b",
              r"\b(?:e-?mailen|mailen) (?:is|mag) (?:\w+ )?(?:prima|goed|oke|geen probleem)\b",
              r"\b(?:jullie |de )?(?:e-?mails?|mails?|nieuwsbrie\w*|berichten) (?:zijn"
              r"|is) (?:\w+ )?(?:welkom|prima"
              r"|geen probleem)\b",
              r"\bstop (?:vooral |alsjeblieft |maar )?niet met (?:mailen|sturen|schrijven)\b",
              r"\b(?:blijf|blijven) (?:me |mij |ons )?(?:maar |gerust |vooral |alsjeblieft )?(?:mailen"
              r"|sturen|schrijven)\b",
              r"\bstuur (?:me )?(?:gerust|maar) (?:verder|door)\b",
              r"\bmailen mag (?:gewoon|gerust|best|altijd)\b",
              r"\bhaal me (?:\w+ )?niet (?:van|uit) (?:de|jullie|je|het) (?:\w+ )?(?:lijst|mailinglijst"
              r"|nieuwsbrief|bestand)\b",
              r"\b(?:hou|houd) me (?:\w+ )?(?:op|in) (?:de|jullie|je) (?:\w+ )?(?:lijst|mailinglijst"
              r"|nieuwsbrief)\b",
              r"\bik wil me niet (?:afmelden|uitschrijven)\b"),
        again=(r"\bschrijf (?:me|ons) (?:\w+ )?in\b",),
        silence=(r"\bzonder (?:enig |een )?(?:bericht|berichtje|te melden|telefoontje)\b",)),
    "pt": MaybeStopWords(
        mail=(r"e-?mails?", r"mails?", r"mensage\w*", r"newsletter", r"lista", r"contact\w*",
              r"escrev\w*", r"mand(?:ar|em|e|ando|arem)(?:-me)?", r"envi\w*", r"dados",
              r"lembretes?", r"ofertas?", r"promoc\w*", r"publicidade", r"receb\w*",
              r"comunicac\w*", r"novidades", r"spam", r"endereco"),
        end=(r"ultim[oa]", r"esquec\w*", r"dispens\w*", r"nao", r"mais", r"nunca", r"par\w*",
             r"chega", r"remov\w*", r"apag\w*", r"exclu\w*", r"tir\w*", r"retir\w*", r"elimin\w*",
             r"sossego", r"paz", r"prefir\w*", r"prefer\w*", r"sair", r"sem"),
        list_words=(r"descadastr\w*", r"lista de (?:e-?mails?|envio|distribuicao|correio)",
                    r"me deixem em paz", r"spam"),
        thanks=(r"obrigad[oa] pel[ao] (?:sua |seu )?(?:e-?mail|mensagem|mail)",),
        fine=("obrigado", "obrigada", "muito", "ok", "sim", "certo", "perfeito", "combinado",
              "valeu", "beleza"),
        mine=(r"\b(?:te |vos |lhes |lhe )?(?:escrevo|escreverei|escrevendo|mando|envio)\b",
              r"\beu (?:te )?(?:escrevo|mando|aviso)\b",
              r"\b(?:volto|voltarei) a contact\w*", r"\b(?:entro|entrarei) em contacto\b"),
        keep=(r"\bnao me (?:descadastrem|tirem|removam|desinscrevam|retirem)\b"
              r"|\b(?:quero|gostaria de|queria) (?:continuar a receber|continuar recebendo|receber ainda)\b",
              # (opt-outs round 68)
              r"\bo (?:e-?mail|email) (?:chega|basta|e suficiente)\b",
              r"\b(?:escrevam-me|escreva-me|me escrevam|avisem-me|me avisem|me avisa) (?:\w+ ){0,3}(?:se"
              r"|quando|assim que)\b",
              r"\b(?:mandem-me|me mandem|enviem-me|me enviem) (?:\w+ )?(?:noticias|novidades|a grade"
              r"|as datas|o programa)\b",
              r"\b(?:me mantenham|mantenham-me) (?:informad[oa]s?|a par)\b",
              r"\b(?:podem|pode) (?:sim )?(?:continuar a |continuar )?(?:me )?mandar (?:os "
              r"|as )?(?:e-?mails|emails|novidades|mensagens)\b",
              r"\b(?:quero|gostaria de|desejo|prefiro) continuar (?:a receber|recebendo)\b",
              r"\b(?:os )?(?:vossos |seus )?(?:e-?mails|emails|mails|newsletters?) (?:sao bem-vindos"
              r"|nao incomodam|estao bem|tudo bem|sem problema|podem continuar)\b",
              r"\bnao (?:parem|pare|deixem|deixe) de (?:me )?(?:mandar|enviar|escrever)\w*",
              r"\bcontinuem (?:a |me )?(?:mandar|enviar|mandando|enviando)\w*",
              r"\bnao me (?:tire|tira|tirem|removam|remova|apaguem|excluam) da (?:\w+ )?(?:lista|newsletter"
              r"|mailing)\b",
              r"\bpode(?:m)? continuar (?:a )?(?:me )?(?:mandar|enviar|escrever|mandando|enviando"
              r"|escrevendo)(?:-me)?\b"
              r"|\bmantenham-me na lista\b"),
        again=(r"\bme (?:inscreve|inscrevam|inscreva)\b",),
        silence=(r"\bsem (?:avisar|aviso|mensagem|uma palavra|ligar)\b",)),
}

#: A reply of at most this many words that says nothing the rules can read goes to a person.
SHORT_WORDS = 2
#: The start of every reason this module gives (and the stop reason of such a conversation).
WHY = "may have asked to stop"
SAYS_LITTLE = f"{WHY}: a reply of a word or two that says nothing else"

_SENTENCE = re.compile(r"[^.!?;\n]+")
_WORD = re.compile(r"\w+")


@cache
def _patterns() -> tuple[tuple[tuple[re.Pattern[str], re.Pattern[str]], ...], re.Pattern[str],
                         re.Pattern[str]]:
    """Per language, its names of our mail and its words of an end (a sentence needs both
    from the same language: "mais" is "more" in Portuguese and "but" in French); the list
    words, and the thanks, the customer's own writing and the wish to keep getting our mail
    (all taken out first), of every language. Every language is read: the language of a line
    or two is a guess."""
    def words(fragments: tuple[str, ...]) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{'|'.join(dict.fromkeys(fragments))})(?!\w)")

    entries = LANGUAGES.values()
    pairs = tuple((words(e.mail), words(e.end)) for e in entries)
    return (pairs, words(tuple(f for e in entries for f in e.list_words)),
            words((*(f for e in entries for f in (*e.thanks, *e.mine, *e.keep, *e.silence)),
                   *_STAYS_ON_LIST, *_ONLY_BY_MAIL, *_REFUSED_STOP)))


def maybe_stop(own_words: str) -> str:
    """Why ``own_words`` (the customer's new text, quotes and signature removed) may be asking
    us to stop mailing (their sentence, in their words), or "" when nothing says so."""
    pairs, list_words, taken_out = _patterns()
    for sentence in _SENTENCE.finditer(own_words):
        folded = taken_out.sub(" ", fold(sentence.group(0)))
        if list_words.search(folded) or any(mail.search(folded) and end.search(folded)
                                            for mail, end in pairs):
            return f"{WHY}: {sentence.group(0).strip()[:80]}"
    return ""


#: Just before a wish to keep our mail, a word that turns it round ("please don't keep sending";
#: a pronoun may stand between them: "no me sigan escribiendo").
_NEGATED = re.compile(r"(?:\b(?:don'?t|do not|not|never|nicht|kein\w*|no|ne|pas|non|niet|geen|nao)[ \t]+"
                      r"(?:(?:me|te|nos|os|les|le|mi|ci|vi|mij|ons|mich|uns) )?|\bn'|\bm')$")


#: Our mail liked, in every language ("Ich lese eure Mails total gern", "j'adore vos newsletters"):
#: a wish to keep it (opt-outs round 43).
_LIKES_OUR_MAIL = (
    r"\b(?:love|enjoy|like) (?:reading |getting |receiving )?(?:your|these) (?:e-?mails|emails|mails"
    r"|newsletters?|updates|messages)\b",
    r"\b(?:lese|lesen|bekomme|bekommen|mag|mogen|liebe|lieben) (?:eure|ihre|deine|diese) (?:e-?mails|mails"
    r"|newsletter|nachrichten)(?: \w+){0,2} gern\w*\b|\b(?:mag|liebe|lieben) (?:eure|ihre|deine|diese)"
    r" (?:e-?mails|mails|newsletter)\b",
    r"\bme (?:encantan|gustan) (?:mucho )?(?:recibir |leer )?(?:sus|vuestros|tus|estos) (?:correos|e-?mails"
    r"|emails|mails|mensajes|boletines|newsletters?)\b",
    r"\bj'(?:adore |aime (?:bien |beaucoup )?)(?:lire |recevoir )?(?:vos|tes|ces) (?:e-?mails|mails"
    r"|courriels|messages|newsletters?)\b|\bje lis (?:vos|tes) (?:e-?mails|mails|courriels|newsletters?)"
    r" avec plaisir\b",
    r"\b(?:adoro |amo |mi piacciono (?:molto |tanto )?|leggo (?:sempre )?(?:volentieri |con piacere )?)"
    r"(?:le vostre|le tue|queste|i vostri) (?:e-?mails?|mail|newsletter|messaggi)\b",
    r"\bik (?:lees|vind) (?:jullie|uw|je) (?:e-?mails|mails|nieuwsbrie\w*|berichten)(?: \w+){0,2}"
    r" (?:graag|leuk|fijn)\b",
    r"\b(?:adoro|amo|gosto (?:muito )?de) (?:receber |ler )?(?:os|as) (?:seus |suas |vossos |vossas )"
    r"(?:e-?mails|emails|mensagens|newsletters?)\b",
    # (opt-outs round 54: glad to keep getting ours, "I'm happy to keep getting yours")
    r"\b(?:happy|glad|pleased|keen) to keep (?:getting|receiving|reading) (?:yours|your (?:e-?mails|emails"
    r"|mails|newsletters?|updates|news|messages))\b",
    r"\b(?:encantad[oa]|feliz|content[oa]) de seguir recibiendo (?:los vuestros|los suyos|vuestros"
    r" (?:correos|e-?mails|mensajes)|sus (?:correos|e-?mails|mensajes))\b",
    r"\b(?:ravie?|contente?|heureuse?) de continuer a recevoir (?:les votres|vos (?:e-?mails|mails"
    r"|courriels|messages|newsletters?))\b",
    r"\b(?:felice|content[oa]) di continuare a ricevere (?:le vostre|i vostri|le vostre (?:e-?mail|mail"
    r"|newsletter))\b",
    r"\bik (?:blijf|ontvang) (?:jullie|uw) (?:e-?mails|mails|nieuwsbrie\w*|berichten) (?:\w+ )?graag\b",
    r"\b(?:gosto|fico content[ea]) de continuar a receber (?:os vossos|os seus|as vossas)\b",
)


#: Opt-outs round 46, every language: staying on our list wished in words ("please DON'T, I want to
#: stay on your list", below our "reply STOP to unsubscribe" told back), and e-mail named as the one
#: way to be reached ("Prefiro que me contactem só por email": the phone calls are what is refused).
_STAYS_ON_LIST: tuple[str, ...] = (
    r"\b(?:i|we) (?:want|wish|would like|'d like|prefer) to (?:stay|remain) (?:on|in) (?:your|the) "
    r"(?:e-?mail |mailing )?(?:list|newsletter|mailing list)\b"
    r"|\b(?:i|we) (?:want|wish) to stay subscribed\b",
    r"\b(?:ich|wir) (?:mochte|mochten|will|wollen) (?:(?!nicht |nie |keine?n? )\w+ ){0,2}(?:in (?:eurem"
    r"|ihrem|deinem|dem) verteiler|auf (?:eurer|ihrer|deiner|der) (?:liste|mailingliste)|im verteiler"
    r"|angemeldet) (?:bleiben|drin bleiben)\b",
    r"\b(?:quiero|quisiera|prefiero|queremos) (?:seguir|continuar|quedarme) (?:en|dentro de) (?:la|su|vuestra"
    r"|tu) (?:lista|newsletter)\b|\b(?:quiero|quisiera) seguir suscrit[oa]\b",
    r"\b(?:je veux|je voudrais|je prefere|nous voulons) rester (?:inscrite?s?|abonnee?s?|sur (?:la|votre|ta)"
    r" (?:liste|newsletter))\b",
    r"\b(?:voglio|vorrei|preferisco) (?:restare|rimanere) (?:iscritt[oa]|nella (?:vostra |tua )?(?:lista"
    r"|newsletter))\b",
    r"\b(?:ik|wij|we) (?:wil|willen) (?:graag )?(?:op (?:de|jullie|uw|je) (?:mail)?lijst|ingeschreven"
    r"|aangemeld) blijven\b",
    r"\b(?:quero|queria|prefiro) (?:continuar|ficar) (?:na (?:vossa |sua |tua )?lista|inscrit[oa]"
    r"|cadastrad[oa])\b",
)
# (opt-outs round 63, after the replies_fresh81 first look: "Please keep me on.", "lassen Sie uns auf dem
# Verteiler, ich möchte weiterhin von Ihnen hören", "lasciatemi nella lista"), in every language
_STAYS_ON_LIST += (
    r"\b(?:please )?keep (?:me|us) on(?=\s*(?:[.!,;]|$))",
    r"\b(?:lassen sie|lasst|lass) (?:mich|uns) (?:(?!nicht\b)\w+ )?(?:auf|in|im) (?:dem |ihrem |eurem "
    r"|der |ihrer |eurer )?"
    r"(?:verteiler|liste|mailingliste|newsletter)\b|\bweiterhin von (?:ihnen|euch|dir) horen\b",
    r"\b(?:lasciatemi|tenetemi|lasciateci|teneteci) (?:pure )?(?:nella|in) (?:vostra )?(?:lista|mailing ?list"
    r"|newsletter)\b",
    r"\blaat (?:me|mij|ons) (?:\w+ )?op de (?:mail)?lijst\b",
    r"\b(?:deixem|mantenham)-(?:me|nos) na (?:vossa |sua )?lista\b",
)
_ONLY_BY_MAIL = (
    r"\b(?:only|just|solely) (?:by|via|through) (?:e-?mail|email|mail)\b",
    r"\b(?:nur|lieber|ausschliesslich) (?:per|uber|via) (?:e-?mail|mail)\b",
    r"\b(?:solo|solamente|unicamente) (?:por|via) (?:correo|e-?mail|email|mail)\b",
    r"\b(?:uniquement|seulement|que) par (?:e-?mail|email|mail|courriel)\b",
    r"\b(?:solo|soltanto|solamente) (?:per|via|tramite) (?:e-?mail|email|mail)\b",
    r"\b(?:alleen|enkel|liever) (?:per|via) (?:e-?mail|email|mail)\b",
    r"\b(?:so|apenas|somente) (?:por|via) (?:e-?mail|email|mail)\b",
)

#: Our stop word refused, alone after a "no" ("jullie schrijven 'antwoord met STOPPEN', nee hoor, niet
#: stoppen!"): a wish to keep our mail. Only where nothing follows in its sentence ("no, don't stop
#: the lessons" says nothing of our mail).
_ALONE = r"(?=\s*(?:[!.,;]|\n|$))"
_REFUSED_STOP = tuple(p + _ALONE for p in (
    r"\bno(?: way| thanks)?,? (?:please )?(?:don'?t|do not) (?:stop|unsubscribe me)",
    r"\bnein(?: danke)?,? (?:bitte |bloss |bloß |blos )?nicht (?:stoppen|abmelden|aufhoren|austragen)",
    r"\bno,? (?:por favor,? )?no (?:paren|pareis|me den de baja|me borren)",
    r"\bnon,? (?:surtout )?(?:n'arretez pas|ne (?:me )?desabonnez pas)",
    r"\bno,? (?:per favore,? )?non (?:smettete|fermatevi|cancellatemi)",
    r"\bnee(?: hoor| dank je)?,? (?:alsjeblieft )?niet (?:stoppen|afmelden|uitschrijven)",
    r"\bnao,? (?:por favor,? )?nao (?:parem|me descadastrem|me tirem)",
))


@cache
def _keep() -> re.Pattern[str]:
    fragments = dict.fromkeys((*(f for e in LANGUAGES.values() for f in (*e.keep, *e.again)),
                               *_LIKES_OUR_MAIL,
                               *_STAYS_ON_LIST, *_ONLY_BY_MAIL, *_REFUSED_STOP))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(fragments)})(?!\w)")


#: No point in more of it, in every language ("no tiene sentido que me sigan mandando promos", "there's no
#: point you keep sending", "es hat keinen Sinn, dass Sie mir weiter schreiben", "ça n'a pas de sens que
#: vous continuiez à m'écrire", "non ha senso che continuiate a scrivermi", "het heeft geen zin dat jullie
#: mij blijven mailen", "não faz sentido continuarem a enviar-me"): the opposite of a wish to keep our mail
#: (opt-outs round 66, after the replies_fresh86 first look).
_NO_POINT = re.compile(
    r"(?:\bno (?:tiene|tendr[ií]a) (?:ning[uú]n )?sentido(?: que)?|\bno hace falta que|\bno es necesario que"
    r"|\b(?:there'?s|there is|it'?s|it is) no (?:point|sense|need)(?: in)?(?: you| for you to)?"
    r"|\bkeinen sinn,? (?:dass|mehr)?|\bn'a (?:pas|plus|aucun) (?:de )?sens(?: que| de)?"
    r"|\bnon (?:ha|avrebbe) (?:pi[uù] |nessun )?senso(?: che)?|\bgeen zin(?: meer)?(?: dat| om)?"
    r"|\bn[aã]o (?:faz|tem|fazia) (?:mais |nenhum )?sentido(?: que)?)[^.!?\n]{0,40}$")


def keeps_mail(own_words: str) -> str:
    """The customer's words asking to keep getting our mail ("do keep sending news", "surtout
    pas, continuez à m'écrire", "podem continuar mandando os e-mails") or to be signed up again
    ("sign me up", "Anotame ya mismo"), or "". A reply that
    says so is not opted out by a word that also means leaving a plan or a group ("I
    unsubscribed from the app": a person decides, responder.reasons), nor by the second reader
    (responder.learn.opinion); a wish to stop told in words stays the customer's."""
    folded = fold(own_words)
    for m in _keep().finditer(folded):
        if not (_NEGATED.search(folded[max(0, m.start() - 16):m.start()])
                or _NO_POINT.search(folded[max(0, m.start() - 80):m.start()])):
            return own_words[m.start():m.end()] if len(folded) == len(own_words) else m.group(0)
    return ""


@cache
def _fine() -> frozenset[str]:
    return frozenset(w for e in LANGUAGES.values() for w in e.fine)


def says_little(own_words: str) -> bool:
    """A reply of a word or two that is not only thanks, "ok" or "yes" ("Nee.", "Genug",
    "SAIR")."""
    words = _WORD.findall(fold(own_words))
    return 0 < len(words) <= SHORT_WORDS and not set(words) <= _fine()
