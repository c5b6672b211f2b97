"""Rules round 69 (inbound_fresh78's misses, now development data), in every language:

- the last lesson said, the noun before or left out ("Die Stunde am Dienstag wäre dann ihre letzte bei
  Ihnen", "der letzte Einsatz", "son dernier cours sera celui de ce samedi", "her last lesson will be on
  Friday", "su última clase será", "la sua ultima lezione sarà", "haar laatste les wordt", "a última aula
  dele vai ser"), and a child who stops at a holiday ("il arrête à la Toussaint"): a person reads it;
- a car or a bike that cannot be brought in ("I can't bring the Golf in tomorrow after all"): a person;
- the date said to be off ("esa fecha ya no nos sirve") with another date asked after it is a move.
Never a question, never the last lesson before the holidays.
"""

from __future__ import annotations

import pytest

from tests.test_detect import judge


@pytest.mark.parametrize("body", [
    "Wir haben am Wochenende mit ihr gesprochen, und sie möchte es erst einmal ohne Nachhilfe versuchen."
    " Die Stunde am Dienstag, 24.10., wäre dann ihre letzte bei Ihnen.",
    "Die Eigentümergemeinschaft übergibt die Treppenhausreinigung dem Hausmeisterservice. Der 31. Oktober"
    " wäre dann der letzte Einsatz Ihrer Kolleginnen bei uns.",
    "Hugo pleure avant chaque cours de violon, donc il arrête à la Toussaint.",
    "Hugo est encore un peu jeune : son dernier cours sera celui de ce samedi 21.",
    "Mia has decided football is more her thing, so her last lesson will be on Friday.",
    "Lucas se cambia de colegio y su última clase será el jueves 12.",
    "Giulia ha deciso di smettere: la sua ultima lezione sarà giovedì 9.",
    "Sanne wil liever op hockey, dus haar laatste les wordt donderdag 12 oktober.",
    "O Pedro vai mudar de escola, a última aula dele vai ser sábado.",
    "I'm afraid I can't bring the Golf in tomorrow morning after all, the wife needs it for work.",
])
def test_a_person_reads_it(body: str) -> None:
    intent, confidence = judge(body, "Hello")
    assert intent == "cancellation" and 0.5 <= confidence < 0.8, (intent, confidence)


def test_the_date_off_and_another_asked_is_a_move() -> None:
    body = ("La parroquia nos acaba de decir que ese domingo el párroco no está y no hay bautizos, así que"
            " esa fecha ya no nos sirve. ¿Tendríais libre el domingo 19 o el 26 de noviembre? Mantendríamos"
            " todo igual.")
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "Der 16.12. ist die letzte Stunde vor den Ferien, oder?",
    "Will her last lesson be on Friday?",
    "Can't bring the kids to the party tomorrow, they're at their dad's, but I'll come on my own.",
    "Ma fille arrête de pleurer dès qu'elle voit le piano, merci pour tout !",
])
def test_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation", judge(body)
