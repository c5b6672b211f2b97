"""Rules round 43: phrase families found in the misreads of tests/data/inbound_fresh58 left after round 42,
written anew here, with the sentences that must not be read so beside them (precision first: what the
reader or someone else wrote, quoted back, is no request of the sender's; a booked thing let go without a
cancel word goes to a person, never answered)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


# The sender quotes back what the business (or someone else) wrote or said ("vous m'avez écrit qu'il ne
# pourra pas assister à la consultation", "Sie schrieben, dass …"): someone else's word, never answered.
@pytest.mark.parametrize("body", [
    "You wrote to me that my son won't be able to attend the check-up on Thursday, is that right?",
    "You told me that she can't come to the session on Thursday - I think there is a mix-up.",
    "Sie schrieben mir, dass Sie meinen Termin am Donnerstag absagen müssen. Davon weiß ich nichts.",
    "Me escribisteis que teníais que cancelar mi cita del jueves, pero nadie me ha llamado.",
    "Vous m'avez écrit qu'il ne pourra pas assister à la consultation de jeudi, mais il sera bien là.",
    "Mi avete scritto che mio figlio non potrà partecipare alla visita di giovedì, ma è un errore.",
    "U schreef dat u mijn afspraak van donderdag moest annuleren, maar ik heb niets gehoord.",
    "Vocês escreveram que ele não poderá comparecer à consulta de quinta, mas deve ser um engano.",
])
def test_quoted_back_is_no_request(body: str) -> None:
    intent, _confidence = judge(body)
    assert not answered(body) and intent == "other"


@pytest.mark.parametrize("body", [
    "You wrote that the fee is waived with a day's notice, so please cancel my appointment on Thursday.",
    "Sie schrieben, dass es keine Gebühr gibt. Bitte sagen Sie meinen Termin am Donnerstag ab.",
    "Vous m'avez écrit que c'était possible, donc je voudrais annuler mon rendez-vous de jeudi.",
    "Mi avete scritto che non c'è penale, quindi vorrei annullare la mia prenotazione di giovedì.",
])
def test_quoted_back_guards(body: str) -> None:
    # the sender's own cancel after the quoted clause is still answered
    assert answered(body)


# A booked thing let go with "we'd rather not keep it" and no cancel word ("nous préférons ne pas
# maintenir la séance"): a person reads it, never answered.
@pytest.mark.parametrize("body", [
    "Having slept on it, we'd rather not keep the newborn shoot on 3 July, sorry for the trouble.",
    "Nach einigem Hin und Her möchten wir das Shooting am 3. Juli lieber nicht beibehalten.",
    "Lo hemos pensado mejor y preferimos no mantener la sesión de fotos del 3 de julio.",
    "Tout bien réfléchi, nous préférons ne pas garder la séance du 3 juillet.",
    "Ci abbiamo ripensato e preferiamo non mantenere il servizio fotografico del 3 luglio.",
    "We hebben er nog eens over nagedacht en willen de fotoshoot van 3 juli liever niet aanhouden.",
    "Pensámos melhor e preferimos não manter a sessão fotográfica de 3 de julho.",
])
def test_rather_not_keep_goes_to_a_person(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8


@pytest.mark.parametrize("body", [
    "Would you rather not keep the shoot on 3 July?",
    "We'd rather not keep you waiting, so here are the forms for the shoot on 3 July.",
    "Nous préférons garder la séance du 3 juillet, merci !",
    "Preferimos mantener la sesión de fotos del 3 de julio tal como está.",
    "Preferiamo non mantenere il servizio fotografico del 3 luglio? Fateci sapere voi.",
])
def test_rather_not_keep_guards(body: str) -> None:
    assert not answered(body)
    intent, _confidence = judge(body)
    assert intent != "cancellation"


# Someone's standing times given back with no cancel word ("lasciate pure liberi gli orari", "nehmen Sie
# ihn aus Ihrem Plan", "de resterende sessies vrijgeven"): a person reads it, never answered.
@pytest.mark.parametrize("body", [
    "My husband broke his wrist, so you can free up his Monday and Wednesday slots for now.",
    "Mein Vater ist im Krankenhaus, bitte nehmen Sie ihn vorerst aus Ihrem Plan.",
    "Mi padre se ha roto la muñeca, así que podéis dejar libres sus horas de los lunes.",
    "Mon père s'est cassé le poignet, vous pouvez laisser libres ses créneaux du lundi.",
    "Mio padre si è rotto il polso, quindi lasciate liberi i suoi orari del lunedì.",
    "Mijn vader heeft zijn pols gebroken, jullie mogen zijn tijden op maandag vrijgeven.",
    "O meu pai partiu o pulso, por isso podem libertar os horários dele de segunda.",
])
def test_slots_given_back_go_to_a_person(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8


@pytest.mark.parametrize("body", [
    "Could you free up a slot on Monday for my husband?",
    "Are his Monday slots still free?",
    "Können Sie ihn in Ihren Plan aufnehmen?",
    "¿Podéis dejar libres las horas del lunes para mi padre?",
    "Lasciate liberi gli orari del lunedì per mio padre, verrà lui.",
    "Is er op maandag nog een tijd vrij voor mijn vader?",
])
def test_slots_given_back_guards(body: str) -> None:
    assert not answered(body)
    intent, _confidence = judge(body)
    assert intent != "cancellation"


# "Would it be possible to cancel my appointment on Friday?" ("wäre es eventuell möglich, meinen Termin …
# zu stornieren?"): a polite request about the sender's own booking, answered as any "please cancel".
@pytest.mark.parametrize("body", [
    "Would it be possible to cancel my haircut on Saturday at 11? I know it's short notice, sorry.",
    "Wäre es vielleicht möglich, meine Massage am Samstag um 11 Uhr abzusagen? Sorry für die kurze Frist.",
    "¿Sería posible anular mi cita de peluquería del sábado a las 11? Siento avisar tan tarde.",
    "Serait-il possible d'annuler ma séance de massage de samedi à 11h ? Désolé de prévenir si tard.",
    "Sarebbe possibile disdire il mio appuntamento di sabato alle 11? Scusate il poco preavviso.",
    "Zou het mogelijk zijn om mijn knipbeurt van zaterdag om 11 uur te annuleren? Sorry, het is kort dag.",
    "Seria possível desmarcar a minha marcação de sábado às 11h? Desculpem o aviso tão em cima.",
])
def test_would_it_be_possible_to_cancel_is_answered(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Would it be possible to cancel my appointment on Saturday without paying the fee?",
    "Until when would it be possible to cancel my haircut on Saturday?",
    "Wäre es möglich, den Termin am Samstag kostenlos abzusagen?",
    "¿Sería posible anular mi cita del sábado o cambiarla a otro día?",
    "Serait-il possible d'annuler ma séance de samedi sans frais ?",
    "Sarebbe possibile disdire il mio appuntamento se sabato sono ancora malato?",
    "Zou het mogelijk zijn mijn afspraak van zaterdag te annuleren als ik dan nog ziek ben?",
    "Seria possível desmarcar a minha marcação de sábado sem custo?",
])
def test_would_it_be_possible_to_cancel_guards(body: str) -> None:
    assert not answered(body)


def _forward(note: str, mark: str, customer: str) -> str:
    return f"{note}\n\n{mark}\nFrom: Customer <customer@example.org>\nSubject: Saturday\n\n{customer}\n"


# A colleague forwards a customer's mail to the bookings inbox and asks someone to deal with it, with no
# cancel word of their own: the customer's cancel below is read, and a person handles it (the sender is
# not the customer, so never answered).
@pytest.mark.parametrize(("subject", "body"), [
    ("Fwd: Saturday", _forward("Can someone on the desk sort this out today? Thanks, K",
                               "---------- Forwarded message ---------",
                               "Hi Kim, please cancel our family portrait session on Saturday, we have to"
                               " travel.")),
    ("WG: Samstag", _forward("Kann das bitte jemand erledigen? Danke, K",
                             "-------- Weitergeleitete Nachricht --------",
                             "Hallo Kim, bitte sagen Sie unseren Fototermin am Samstag ab, wir müssen"
                             " verreisen.")),
    ("RV: Sábado", _forward("¿Alguien se puede encargar hoy? Gracias, K",
                            "---------- Mensaje reenviado ---------",
                            "Hola Kim, por favor cancela nuestra sesión de fotos del sábado, tenemos que"
                            " viajar.")),
    ("TR: Samedi", _forward("Quelqu'un peut s'en occuper aujourd'hui ? Merci, K",
                            "-------- Message transféré --------",
                            "Bonjour Kim, merci d'annuler notre séance photo de samedi, nous devons"
                            " partir.")),
    ("I: Sabato", _forward("Qualcuno può occuparsene oggi? Grazie, K",
                           "---------- Messaggio inoltrato ---------",
                           "Ciao Kim, per favore annulla la nostra sessione fotografica di sabato,"
                           " dobbiamo partire.")),
    ("FW: Zaterdag", _forward("Kan iemand dit vandaag oppakken? Thx, K",
                              "-----Oorspronkelijk bericht-----",
                              "Hoi Kim, wil je onze fotoshoot van zaterdag annuleren? We moeten op reis.")),
    ("Fwd: Sábado", _forward("Alguém pode tratar disto hoje? Obrigada, K",
                             "---------- Mensagem encaminhada ---------",
                             "Olá Kim, por favor cancela a nossa sessão fotográfica de sábado, temos de"
                             " viajar.")),
])
def test_forwarded_cancellation_goes_to_a_person(subject: str, body: str) -> None:
    intent, confidence = judge(body, subject)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8


@pytest.mark.parametrize(("subject", "body"), [
    ("Fwd: Your booking", _forward("Is this the right time? I thought it was 11.",
                                   "---------- Forwarded message ---------",
                                   "Your session on Saturday at 10 is confirmed. If you need to cancel,"
                                   " please let us know 24 hours in advance.")),
    ("Re: Offer phase 2", _forward("Thanks, we'll look at it next week.",
                                   "-----Original Message-----",
                                   "If you would rather not go ahead, just let me know and I'll cancel the"
                                   " slot.")),
    ("Fwd: Saturday", _forward("FYI - she'll confirm tomorrow.",
                               "---------- Forwarded message ---------",
                               "Hi Kim, I may have to cancel Saturday if the flight moves, I'll know"
                               " tomorrow.")),
])
def test_forwarded_cancellation_guards(subject: str, body: str) -> None:
    assert not answered(body, subject)
    intent, _confidence = judge(body, subject)
    assert intent != "cancellation"
