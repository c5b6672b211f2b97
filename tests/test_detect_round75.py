"""Rules round 75 (after the inbound_fresh84 first look, a hard set), in every language where the form
exists:

- a colleague asked to stand in ("Could you ask Niamh to cover 10 to 2?", "Kannst du schauen, ob der
  Bernhard übernehmen kann?", "peux-tu demander à Kevin … à ma place", "Consegue chamar a Bia no meu
  lugar?") is the provider's side: never answered;
- told with no cancel word, at most a person: the booking that will not take place ("Helaas gaat de
  workshop niet door", "o workshop não vai acontecer", "dass der Workshop nicht stattfinden wird", "ya no
  van a hacer la clase"), the booking to forget ("Vergiss den Kurs am Samstag", "Olvídate de la clase",
  "Oubliez le cours", "Vergeet de les maar", "Esquece a aula"; never "Vergiss den Kurs nicht"), the rest
  to close ("Pode encerrar as aulas que faltam") and the provider asked not to come ("Peço-lhe, por isso,
  que não venha no sábado");
- the pt-BR "empurrar o jantar de quinta pro domingo que vem" is a move.
"""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Aoife,\n\nI have to cancel my Saturday, sorry. Could you ask Niamh to cover 10 to 2?\n\nC",
    "Liebe Elisabeth,\n\nich muss den Dienstagskurs heute absagen, hab Fieber. Kannst du schauen, ob der"
    " Bernhard übernehmen kann? Sonst bitte die Paare per SMS informieren.\n\nFlorian",
    "Salut Manon,\n\nJe vais devoir annuler ma formation de samedi. Peux-tu demander à Kevin de faire"
    " l'inventaire à ma place?\n\nJérémie",
    "Marina, oi\n\nvou ter que desmarcar minha diária de quinta no jantar. Consegue chamar a Bia no meu"
    " lugar?\n\nJé",
    "Ciao Carla, devo annullare la lezione di domenica, puoi chiamare Paolo al mio posto?",
    "Hola Marta, tengo que cancelar la clase del lunes. ¿Le puedes pedir a Luis que me cubra?",
    "Hoi Els, ik moet de les van zaterdag afzeggen. Kan Tom in mijn plaats lesgeven?",
])
def test_a_colleague_asked_to_stand_in_is_never_answered(body: str) -> None:
    assert not answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Helaas gaat de workshop van de 14e niet door.",
    "Infelizmente o workshop do dia 14 não vai acontecer.",
    "Leider muss ich Ihnen mitteilen, dass der Workshop am 2. April nicht stattfinden wird.",
    "En resumen: ya no van a hacer la clase de cocina para la despedida el viernes 26.",
    "Vergiss den Kurs am Samstag, wir schaffen es nicht.",
    "Olvídate de la clase del sábado, ya no van a ir.",
    "Oubliez le cours de samedi, on ne pourra pas.",
    "Vergeet de les van zaterdag maar, we redden het niet.",
    "Esquece a aula de sábado, não vamos conseguir.",
    "A gente se muda pra Curitiba, então os dois encontros que faltam não vão dar mais. Pode encerrar e me"
    " dizer quanto fica a devolução?",
    "Teve uma recaída e está internada. Peço-lhe, por isso, que não venha no sábado.",
])
def test_to_a_person_at_least(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5, (intent, confidence)


@pytest.mark.parametrize("body", [
    "Vergiss den Kurs nicht, er ist super.",
    "Vergeet de les niet, hoor!",
    "Não esqueça a aula de sábado!",
    "Gaat de les van zaterdag door?",
])
def test_no_cancellation(body: str) -> None:
    assert judge(body)[0] == "other", judge(body)


def test_pushed_to_next_sunday_is_a_move() -> None:
    assert judge("Dá pra empurrar o jantar de quinta pro domingo que vem?")[0] == "reschedule"
