"""Reasons round 58 (after the replies_fresh75 first look: dissatisfied 0 of 5, found_alternative 3 of
7), families in every language, told as facts: the group grown far too big, too noisy, the courts always
booked, wilted vegetables, support that took a week, a colour gone brassy (dissatisfied); classes "now"
somewhere else, a practice next to work, a desk rented, an app that teaches (found_alternative); the fee
gone up too much (cost, ahead of a "family" budget); "it was a personal matter" (personal, not when
denied); work until six, times that never suited (schedule_conflict); no longer felt like going
(no_longer_needed).
"""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("language", "text", "reason"), [
    ("fr", "Nous avons retiré Inès parce que le groupe était devenu beaucoup trop grand.", "dissatisfied"),
    ("en", "The Saturday group had become far too big, fourteen kids for one coach.", "dissatisfied"),
    ("es", "El grupo se había vuelto demasiado grande para una sola monitora.", "dissatisfied"),
    ("pt", "A turma ficou grande demais, eram vinte alunos.", "dissatisfied"),
    ("nl", "Eerlijk gezegd vonden wij de groepen veel te groot.", "dissatisfied"),
    ("de", "Wir fanden die Gruppen viel zu groß.", "dissatisfied"),
    ("nl", "Het was vaak veel te rumoerig in de open ruimte.", "dissatisfied"),
    ("de", "Im Großraum war es oft viel zu laut zum Telefonieren.", "dissatisfied"),
    ("fr", "C'était beaucoup trop bruyant dans l'open space.", "dissatisfied"),
    ("it", "C'era troppo rumore in sala pesi.", "dissatisfied"),
    ("it", "Ho lasciato perché i campi erano sempre prenotati dai soliti soci.", "dissatisfied"),
    ("en", "The courts were always booked by the same old members.", "dissatisfied"),
    ("de", "Die Plätze waren immer ausgebucht.", "dissatisfied"),
    ("es", "Dos cajas seguidas llegaron con las verduras pochas.", "dissatisfied"),
    ("nl", "Twee keer kwam de groente slap en verrot aan.", "dissatisfied"),
    ("it", "Due cassette di fila con le verdure appassite.", "dissatisfied"),
    ("fr", "Le service client a mis une semaine à me répondre.", "dissatisfied"),
    ("de", "Der Kundenservice hat eine Woche gebraucht, um zu antworten.", "dissatisfied"),
    ("pt", "O apoio ao cliente demorou uma semana a responder.", "dissatisfied"),
    ("en", "The reason I cancelled was my last colour – it went really brassy within a week.",
     "dissatisfied"),
    ("it", "Il colore è diventato arancione dopo una settimana.", "dissatisfied"),
    ("es", "El tinte se me quedó anaranjado en una semana.", "dissatisfied"),
    ("fr", "Maël suit maintenant des cours de dessin à la MJC.", "found_alternative"),
    ("en", "Max now takes drawing classes at the community centre.", "found_alternative"),
    ("es", "Ahora va a clases de dibujo en el centro cívico.", "found_alternative"),
    ("it", "Ora Luca fa lezioni di disegno al centro giovani.", "found_alternative"),
    ("de", "Lena macht jetzt einen Malkurs an der Volkshochschule.", "found_alternative"),
    ("nl", "Lotte volgt nu tekenles bij de academie.", "found_alternative"),
    ("de", "Mein Hausarzt hat mir eine Praxis direkt neben meiner Firma empfohlen.", "found_alternative"),
    ("en", "I found a practice right next to my office.", "found_alternative"),
    ("nl", "Ik heb intussen een bureautje gehuurd bij een vriend in zijn atelier.", "found_alternative"),
    ("en", "I've rented a desk at a friend's studio in the meantime.", "found_alternative"),
    ("pt", "Tô saindo pq arrumei um teclado com um app que ensina sozinho.", "found_alternative"),
    ("en", "I got a keyboard with an app that teaches you.", "found_alternative"),
    ("it", "La quota annuale è aumentata troppo per il nostro bilancio familiare.", "cost"),
    ("es", "La cuota ha subido demasiado este año.", "cost"),
    ("pt", "Não foi por causa do preço nem das aulas, que eram ótimas. Foi uma questão pessoal.", "personal"),
    ("en", "It was a personal matter.", "personal"),
    ("es", "Fue un asunto personal.", "personal"),
    ("it", "Avevo disdetto perché i corsi erano tutti al mattino e io lavoro fino alle sei.",
     "schedule_conflict"),
    ("en", "I work until six every weekday.", "schedule_conflict"),
    ("de", "Die Abendtermine haben bei mir nie gepasst.", "schedule_conflict"),
    ("fr", "Il préfère le skate et n'avait plus envie d'aller à l'atelier.", "no_longer_needed"),
    ("es", "Ya no tenía ganas de ir a clase.", "no_longer_needed"),
    ("de", "Sie hatte keine Lust mehr auf den Kurs.", "no_longer_needed"),
    ("nl", "Hij had geen zin meer in de lessen.", "no_longer_needed"),
])
def test_the_reason_is_read(language: str, text: str, reason: str) -> None:
    assert classify_reason(text, language).reason == reason, classify_reason(text, language)


@pytest.mark.parametrize(("language", "text", "not_reason"), [
    ("it", "Non è stata una questione personale.", "personal"),
    ("es", "No fue un asunto personal.", "personal"),
    ("en", "The group was never too big, that wasn't the problem.", "dissatisfied"),
    ("en", "It wasn't too noisy at all, I loved the place.", "dissatisfied"),
    ("de", "Es war nicht zu laut, im Gegenteil.", "dissatisfied"),
    ("fr", "Si le groupe devient trop grand, je partirai.", "dissatisfied"),
])
def test_not_that_reason(language: str, text: str, not_reason: str) -> None:
    assert classify_reason(text, language).reason != not_reason
