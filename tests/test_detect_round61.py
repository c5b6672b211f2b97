"""Rules round 61 (after the inbound_fresh70 first look): "I'm not cancelling" said in the present keeps a
cancel word told as someone else's belief from being answered, in every language; "put us in touch with"
is no booking put in."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Bonjour, ma femme vous a appelés hier en pensant que je voulais arrêter mon cours d'anglais du lundi "
    "soir : c'est un malentendu. Je n'annule pas, je continue jusqu'à la fin du trimestre. Patrick",
    "Hi, my husband rang you thinking I wanted to cancel my Monday class. That's a mix-up, I'm not "
    "cancelling, "
    "I'll be there as usual. Sue",
    "Hola, mi marido les llamó pensando que quería cancelar mis clases del lunes. Es un malentendido: no "
    "cancelo nada, sigo hasta junio. Marta",
    "Ciao, mia moglie vi ha chiamato pensando che volessi disdire il corso del lunedì: è un equivoco, non "
    "disdico, continuo fino a giugno. Paolo",
])
def test_not_cancelling_said_in_the_present_is_not_answered(body: str) -> None:
    assert not answered(body), judge(body)


def test_put_us_in_touch_is_no_move() -> None:
    body = ("Hello Dana, after talking it over we've decided not to go ahead with the fortnightly clean - a "
            "neighbour put us in touch with someone who lives two doors down. Best wishes, Alice")
    assert judge(body)[0] == "cancellation", judge(body)
    assert judge("Hi, could you put us in for Thursday at 10 instead? Alice")[0] == "reschedule"
