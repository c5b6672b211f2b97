"""Reasons and opt-outs round 59 (after the replies_fresh76 first look: found_alternative 1 of 6,
not_ready 0 of 3, one false opt-out), families in every language, told as facts: shift work and a
weekday "dead" for the sender (schedule_conflict); a trainer who now comes to the house, a place at the
official school at last, training at home, a clinic near work (found_alternative); not at the level,
found it still too hard, not sure about the design yet (not_ready); the fund gone on a boiler, spending
cut (cost); lessons dropped with no replacement, no result at all, hours watching the others, linework
blown out (dissatisfied); a visa not renewed (moved_away). Opt-outs: the mail as the way something was
told ("per mail bevestigd") is no wish to stop it; "rispondo BASTA come indicato" is the act itself.
"""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason, sentence_stop


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("de", "Ich arbeite seit September im Wechselschichtdienst, dienstags bin ich jetzt oft im Dienst.",
     "schedule_conflict"),
    ("nl", "Sinds mijn nieuwe job werk ik in ploegen.", "schedule_conflict"),
    ("es", "Ahora trabajo a turnos y no puedo ir.", "schedule_conflict"),
    ("fr", "Je commence une formation le soir, les jeudis c'est mort pour moi jusqu'en juin.",
     "schedule_conflict"),
    ("en", "New job, so Thursdays are out for me now.", "schedule_conflict"),
    ("de", "Wir haben jetzt eine mobile Trainerin, die zweimal im Monat zu uns nach Hause kommt.",
     "found_alternative"),
    ("en", "We now have a mobile trainer who comes to the house twice a month.", "found_alternative"),
    ("nl", "We hebben nu een trainster die bij ons thuis langskomt.", "found_alternative"),
    ("es", "Me di de baja porque por fin me ha salido plaza en la Escuela Oficial de Idiomas.",
     "found_alternative"),
    ("en", "I finally got a place at the community college.", "found_alternative"),
    ("it", "Mi sono montato un rack in garage e mi alleno a casa alle 6 di mattina.", "found_alternative"),
    ("de", "Ich trainiere jetzt zu Hause mit einer App.", "found_alternative"),
    ("pt", "Encontrei uma clínica ao pé do meu trabalho, em Oeiras.", "found_alternative"),
    ("es", "Me metí en el B2 sin tener el nivel y me daba vergüenza hablar.", "not_ready"),
    ("fr", "Je me suis inscrit en B2 sans avoir le niveau.", "not_ready"),
    ("nl", "Noor vond het notenlezen toch nog te moeilijk.", "not_ready"),
    ("en", "She found it still too hard to read the notes.", "not_ready"),
    ("en", "I'm just not sure about the design yet.", "not_ready"),
    ("en", "The boiler packed in and that was the tattoo fund gone in one go.", "cost"),
    ("nl", "We moesten echt gaan schuiven met de uitgaven, en de pianoles ging eraf.", "cost"),
    ("en", "We had to cut back on spending and the lessons went.", "cost"),
    ("nl", "Er zijn 3 lessen uitgevallen zonder dat er een vervangende les kwam.", "dissatisfied"),
    ("en", "Three lessons were cancelled without any make-up lesson.", "dissatisfied"),
    ("pt", "Fiz três sessões e não vi resultado nenhum.", "dissatisfied"),
    ("en", "Three sessions and I didn't see any results.", "dissatisfied"),
    ("fr", "J'ai passé deux heures à regarder les autres émincer des oignons.", "dissatisfied"),
    ("en", "I spent the whole evening watching the others cook.", "dissatisfied"),
    ("en", "The linework on my forearm blew out within a month.", "dissatisfied"),
    ("pt", "Meu visto não foi renovado e eu vou ter que voltar pro Brasil em outubro.", "moved_away"),
    ("en", "My visa wasn't renewed, so I'm off home in October.", "moved_away"),
])
def test_the_reason_is_read(language: str, text: str, reason: str) -> None:
    assert classify_reason(text, language).reason == reason, classify_reason(text, language)


@pytest.mark.parametrize(("language", "text", "not_reason"), [
    ("en", "I'm not sure about the date yet, I'll let you know.", "not_ready"),
    ("es", "¿Se puede recuperar el dinero?", "found_alternative"),
    ("en", "If I don't see any results after three sessions I'll stop.", "dissatisfied"),
])
def test_not_that_reason(language: str, text: str, not_reason: str) -> None:
    assert classify_reason(text, language).reason != not_reason


@pytest.mark.parametrize(("text", "opt_out"), [
    ("Ik had Daan vorige week al via het formulier op de site afgemeld, maar fijn dat het nu ook per mail"
     " bevestigd is.", False),
    ("Ik heb me via de mail afgemeld voor de les, dank voor de bevestiging.", False),
    ("Graag afmelden voor de nieuwsbrief.", True),
    ("Graag de mails afmelden, dank je.", True),
])
def test_the_mail_as_the_way_it_was_told_is_no_opt_out(text: str, opt_out: bool) -> None:
    assert classify_reason(text, "nl").opt_out is opt_out


@pytest.mark.parametrize(("text", "word"), [
    ("Buongiorno,\nrispondo BASTA come indicato in fondo alla mail. Grazie e buona giornata.", "BASTA"),
    ("Hi, I'm replying STOP as asked. Thanks.", "STOP"),
    ("Respondo BAJA como se indica abajo.", "BAJA"),
    # an instruction told, not the act
    ("Vi che basta rispondere BASTA come indicato.", ""),
    ("J'ai failli répondre ARRÊT, mais non.", ""),
])
def test_the_reply_done_as_the_mail_says_is_an_opt_out(text: str, word: str) -> None:
    assert sentence_stop(text, frozenset({"BASTA", "STOP", "BAJA", "ARRÊT"})) == word
