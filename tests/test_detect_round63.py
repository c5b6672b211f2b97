"""Rules round 63 (after the inbound_fresh72 first look): a shop's own order notice and a link's quoted label
are no request; "me la agenda para" after a cancel (asked of "usted") is a move; "in that case" after an
"if" keeps the move conditional, and so does a long "if" clause before "we will have to cancel"; "instead of"
a weekday written short, weekdays without accents and the impersonal "si può" ask a move; to a person, in
every language: a child taken out of the lessons by name, who leaves an activity from a date, who will not
take part or not be able to go, the course that will no longer start, a plot not carried on, the meals that
may stop, "will have to be her last lesson", "please just stop it after Friday's", Neapolitan "cchiù"."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


@pytest.mark.parametrize("body", [
    "Novo pedido recebido #2207\nProduto: Cesta de café da manhã\nPara cancelar este pedido, acesse o painel"
    " da loja.",
    "New order received #5512\nProduct: Weekly veg box\nTo cancel or change this order, go to your "
    "dashboard.",
    "Neue Bestellung eingegangen #3310\nProdukt: Brotabo\nUm diese Bestellung zu stornieren, gehen Sie in "
    "Ihr Dashboard.",
    "Nuevo pedido recibido #8841\nProducto: Caja de frutas\nPara cancelar este pedido, entra en tu panel.",
    "Nouvelle commande reçue #6120\nProduit : panier de légumes\nPour annuler cette commande, rendez-vous "
    "dans votre tableau de bord.",
    "Nuovo ordine ricevuto #4471\nProdotto: cassetta di frutta\nPer annullare questo ordine, vai alla tua "
    "dashboard.",
    "Nieuwe bestelling ontvangen #9023\nProduct: groentepakket\nOm deze bestelling te annuleren, ga naar je "
    "dashboard.",
])
def test_a_shops_order_notice_is_no_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    'Hi Jo, just so you know, the buyer got the welcome mail with the link "Cancel subscription / Cancelar '
    'assinatura" at the bottom, all fine. Mia',
    'Hallo Jo, die Kundin hat die Begrüßungsmail mit dem Button "Abo kündigen / Cancel your subscription '
    'here" bekommen, alles gut. Mia',
])
def test_a_quoted_link_label_is_no_request(body: str) -> None:
    assert judge(body)[0] != "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    "Buenas tardes, por favor me cancela la cita del martes 3 y me la agenda para el jueves 5 a la misma "
    "hora. Gracias, Luz",
    "Buenas tardes, por favor me cancela la clase del lunes a las 9 a.m. y me la pasa para el miércoles a la "
    "misma hora. Gracias, Luz",
])
def test_cancel_and_book_asked_of_usted_is_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


def test_cancel_and_a_refund_asked_of_usted_stays_a_cancellation() -> None:
    assert answered("Buenas tardes, por favor me cancela la cita del martes 3 y me devuelve la señal. Luz")


@pytest.mark.parametrize("body", [
    "Bonjour, si la tempête annoncée par la météo pour samedi se confirme vraiment, nous serons obligés "
    "d'annuler notre sortie en mer. Dans ce cas, pourrait-on la reporter à un autre week-end ? Marc",
    "Hi, if the storm they're forecasting for the whole of Saturday really does reach the coast, we'll have "
    "to cancel the boat trip. In that case, could we move it to another weekend? Sam",
    "Hallo, wenn der angekündigte Bahnstreik am kommenden Samstag tatsächlich stattfindet, müssen wir den "
    "Kochkurs absagen. In dem Fall, könnten wir ihn auf einen anderen Termin verschieben? Jan",
    "Hola, si la huelga de trenes anunciada para todo el fin de semana sigue adelante, tendremos que "
    "cancelar la clase. En ese caso, ¿podríamos cambiarla a otro día? Pedro",
    "Ciao, se lo sciopero dei treni annunciato per tutto il fine settimana viene confermato, dovremo "
    "annullare la lezione. In quel caso, possiamo spostarla a un altro giorno? Luca",
    "Hoi, als de aangekondigde treinstaking van het hele weekend echt doorgaat, moeten we de kookles "
    "annuleren. In dat geval, kunnen we hem naar een andere dag verzetten? Eva",
    "Olá, se a greve dos comboios anunciada para todo o fim de semana se mantiver mesmo, teremos de cancelar "
    "a aula. Nesse caso, podemos passá-la para outro dia? Rita",
])
def test_an_if_then_in_that_case_is_neither_answered_nor_a_move(body: str) -> None:
    assert judge(body)[0] != "reschedule" and not answered(body), judge(body)


@pytest.mark.parametrize("body", [
    "Hi, the boat is fully booked on Saturday, sorry. In that case, could we move it to Sunday at 10? Sam",
    "Bonjour, vous êtes complets samedi. Dans ce cas, pourrait-on reporter à dimanche 10h ? Marc",
])
def test_in_that_case_after_a_fact_still_moves(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "hey, could I bring Rex instead of wed 9am on thu afternoon?? cheers, Jo",
    "hoi, kan ik Rex in plaats van wo 9 uur ook vr middag brengen?? groetjes Jo",
])
def test_a_move_in_shorthand_read_before_stays_a_move(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    "hallo, kann ich Rex statt Di 9 Uhr auch Fr nachmittag bringen?? lg Jo",
    "ciao, il taglio di giovedi si puo fare martedi pomeriggio invece? grazie, Giò",
    "ciao, la lezione di giovedì si può fare martedì pomeriggio invece? grazie, Giò",
])
def test_a_move_asked_in_shorthand(body: str) -> None:
    assert judge(body)[0] == "reschedule", judge(body)


@pytest.mark.parametrize("body", [
    # a child taken out of the lessons by name
    "Hello, please take Oliver out of the Saturday swimming lessons from next month, Amy stays on. Kate",
    "Hallo, bitte nehmen Sie Mia ab April aus dem Schwimmkurs, ihr Bruder bleibt. Anke",
    "Hola, por favor sacad a Pablo de las clases de natación desde abril, su hermana sigue. Marta",
    "Ciao, per favore togliete Marco dal corso di nuoto da aprile, la sorella continua. Anna",
    "Hoi, wilt u Daan vanaf april uit de zwemles halen. Zijn zus blijft gewoon. Eva",
    "Olá, por favor tirem o Tiago das aulas de natação a partir de abril, a irmã continua. Rita",
    # a child who leaves an activity from a date
    "Hi, Tom is leaving swimming from next month, his sister carries on. Kate",
    "Ciao, Marco lascia il nuoto dal mese prossimo, la sorella continua. Anna",
    "Olá, o Tiago deixa a natação a partir do próximo mês, a irmã continua. Rita",
    "Bonjour, Hugo quitte le cours de judo à partir de mai, sa sœur continue. Claire",
    # not taking part, not able to go
    "Bonjour, après l'accident de vélo, ma fille ne participera donc pas au stage de danse. Claire",
    "Ciao, dopo la caduta in bici Marco non parteciperà quindi al campo estivo. Anna",
    "Hoi, na de val met de fiets zal Daan dus niet deelnemen aan het zomerkamp. Eva",
    "Hola, se ha roto el tobillo jugando al fútbol, así que ella no podrá ir al campamento. Marta",
    "Hi, she broke her ankle playing football, so she won't be able to go to the camp. Kate",
    "Hallo, sie hat sich den Knöchel gebrochen, deshalb wird sie nicht ins Camp gehen können. Anke",
    "Bonjour, elle s'est cassé la cheville, elle ne pourra donc pas aller au stage. Claire",
    "Hoi, ze heeft haar enkel gebroken, dus zij zal niet naar het kamp kunnen gaan. Eva",
    "Olá, ela partiu o tornozelo, por isso ela não poderá ir ao campo de férias. Rita",
    # the course that will no longer start
    "Gentile dottoressa, la direzione ha scelto un'altra soluzione: il corso presso di voi non partirà più. "
    "Giulia",
    "Dear Ms Reid, management has chosen another provider, so the course with you will no longer go ahead. "
    "Julia",
    "Estimada Sra. Ruiz, la dirección ha elegido otra opción, así que el curso con ustedes ya no empezará. "
    "Julia",
    "Madame, la direction a choisi une autre solution, la formation chez vous ne commencera donc plus. Julie",
    "Sehr geehrte Frau Roth, die Geschäftsleitung hat sich anders entschieden, der Kurs bei Ihnen wird nicht "
    "mehr starten. Julia",
    "Beste mevrouw, de directie heeft voor iets anders gekozen, dus de cursus bij jullie gaat niet meer "
    "door. Julia",
    "Prezada Sra. Ruiz, a direção escolheu outra solução, o curso convosco já não vai começar. Julia",
    # a plot not carried on, meals that may stop
    "Beste, ik ga mijn volkstuintje na dit jaar niet meer verderzetten, mijn rug wil niet meer. Jef",
    "Goedemiddag, mijn vader verhuist naar een zorgcentrum; de maaltijden mogen dus vanaf 1 maart stoppen. "
    "Ingrid",
    "Good afternoon, my father is moving into a care home, so the meals can stop from 1 March. Ingrid",
    "Guten Tag, mein Vater zieht ins Pflegeheim, die Mahlzeiten können also ab 1. März eingestellt werden. "
    "Ingrid",
    # the last lesson, stop it after, Neapolitan
    "Hi, we're moving to Leeds, so next Tuesday will have to be Ruby's last lesson with you. Hannah",
    "Thanks for explaining the new price. In that case please just stop it after next Monday's box. Fliss",
    "Buongiorno signò, 'a festa nun se fa cchiù, quindi 'e pastiere nun ce servono cchiù. Assunta",
])
def test_goes_at_least_to_a_person(body: str) -> None:
    assert judge(body)[0] == "cancellation", judge(body)


@pytest.mark.parametrize("body", [
    "Hi, she won't be able to come before 10 on Saturday, could we start a bit later? Kate",
    "Hola, ella no podrá ir a recogerla a las cinco, irá su padre. Marta",
    "Hoi, kan ik Daan om 16 uur uit de zwemles halen? Eva",
    "Bonjour, comme convenu, le cours ne commencera plus à 9h mais à 10h. Julie",
    "Ciao, come detto, il corso non partirà più alle 9 ma alle 10. Giulia",
    "Hi, Tom is leaving swimming practice early on Friday for the dentist, is that ok? Kate",
    "Hi, could you take Oliver out of the lesson for ten minutes at 4 for his inhaler? Kate",
    "Bonjour, si vous êtes d'accord, nous serions ravis de venir à deux. Marc",
])
def test_not_a_cancellation(body: str) -> None:
    assert judge(body)[0] != "cancellation", judge(body)
