"""Rules round 40: phrase families found after the first look at tests/data/inbound_fresh57, written
anew here, with the sentences that must not be read so beside them (precision first: fee and policy
questions, someone else's cancellation, newsletters, conditionals, the business's own cancellation)."""

from __future__ import annotations

import pytest

from tests.test_detect import answered, judge


# German written without umlauts ("kuendigen", "moechte"): read as the words meant. The family is
# German's own (the other six languages only lose accents, which the rules allowed already).
@pytest.mark.parametrize("body", [
    "Bitte kuendigen Sie meinen Vertrag fuer das Fitnessstudio zum naechsten Termin.",
    "Ich moechte den Termin am Freitag absagen.",
    "Hiermit kuendige ich meine Mitgliedschaft im Tennisverein.",
    "Wir moechten das Weinabo kuendigen, danke.",
])
def test_german_without_umlauts_is_answered(body: str) -> None:
    assert answered(body)


@pytest.mark.parametrize("body", [
    "Was kostet es, wenn ich den Vertrag kuendige?",
    "Meine Nachbarin hat ihr Abo gekuendigt, ich moechte meins behalten.",
    "Koennten Sie mir die Kuendigungsfrist nennen?",
    "Ich moechte nicht kuendigen, nur den Termin bestaetigen.",
])
def test_german_without_umlauts_guards(body: str) -> None:
    assert not answered(body)


# Taking oneself (or one's child) off a course, the verb in the infinitive or the clitic form
# ("besloten me af te melden", "disiscrivermi", "desinscrever-me"): at least a person reads it.
# (German "uns abzumelden" and French "nous désinscrire" were read before this round already.)
@pytest.mark.parametrize("body", [
    "After a lot of thought I've decided to unenrol from the pottery course.",
    "Al final hemos decidido desapuntarnos del taller de cerámica.",
    "Ho deciso di disiscrivermi dal corso di ceramica di settembre.",
    "We hebben besloten ons af te melden voor het zeilkamp in augustus.",
    "Decidi desinscrever-me do curso de cerâmica de setembro.",
])
def test_signing_oneself_off_a_course_is_read(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5


@pytest.mark.parametrize("body", [
    "Kost het iets om me af te melden voor de cursus?",
    "Quanto costa disiscrivermi dal corso?",
    "Posso desinscrever-me do curso sem pagar a taxa?",
    "Vorrei disiscrivermi dalla newsletter.",
    "Gostava de me desinscrever da newsletter.",
    "Mijn buurvrouw heeft besloten zich af te melden voor de cursus.",
    "Wat kost het als ik me af zou melden?",
    "Please unenrol me from the mailing list.",
    "Jullie hebben de cursus geschrapt, dus ik hoef me niet meer af te melden.",
    "Vocês cancelaram o curso, por isso não preciso de me desinscrever.",
    "Avete cancellato voi il corso, quindi non serve disiscrivermi.",
    "Sorry, ik was gisteren helemaal vergeten om haar af te melden voor de repetitie.",
    "Het is me echt ontschoten hem af te melden, hij had koorts.",
    "Sorry, I forgot to unenrol him from yesterday's rehearsal.",
])
def test_signing_off_guards(body: str) -> None:
    intent, _confidence = judge(body)
    assert intent != "cancellation"


# Ending one subscription or membership after the sender's own wish, named with "that", "this" or
# its kind, often one of two with the other kept ("terminar essa assinatura, a outra mantém-se").
@pytest.mark.parametrize("body", [
    "We'd like to wind up the monthly cheese box subscription, the other one stays.",
    "Wir möchten das Sekt-Abo auflösen, das Rotwein-Abo bleibt.",
    "Quiero terminar esa suscripción de quesos, la de vinos la mantengo.",
    "Je souhaite clôturer cet abonnement aux paniers bio, l'autre reste.",
    "Vorrei chiudere quell'abbonamento alle lezioni di pilates, l'altro lo tengo.",
    "Ik wil stoppen met dat wijnabonnement, het bierabonnement blijft.",
    "Queria encerrar esse plano de massagens, o de ginásio mantém-se.",
])
def test_ending_one_subscription_is_read(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and confidence >= 0.5


@pytest.mark.parametrize("body", [
    "What happens if I wind up the cheese box subscription early?",
    "Kann ich das Abo auflösen, wenn ich umziehe?",
    "Se eu terminar essa assinatura, tenho de pagar multa?",
    "Als ik wil stoppen met dat abonnement, wat kost dat dan.",
    "Mijn buurman wil stoppen met dat wijnabonnement, kan ik zijn plek krijgen?",
    "Mi vecino quiere terminar esa suscripción.",
    "Mon voisin a décidé de mettre fin à cet abonnement.",
    "Il mio vicino vuole chiudere quell'abbonamento.",
    "Quiero terminar esa suscripción al boletín de noticias.",
    "Vorrei chiudere l'abbonamento alla newsletter.",
    "Ihr habt mein Abo einfach eingestellt, das war nicht abgesprochen.",
    "No quiero terminar esa suscripción.",
    "Não quero encerrar esse plano.",
    "Ich möchte das Abo nicht auflösen.",
    "Non vorrei chiudere quell'abbonamento.",
    "Je ne voudrais pas mettre fin à cet abonnement.",
])
def test_ending_one_subscription_guards(body: str) -> None:
    assert not answered(body)


# Asking the business to take a child off a course or a camp, in the word orders read by no earlier
# round (the subjunctive after "que", "vom Kurs ... ab", "afhalen", "take him out of"): a person reads it.
@pytest.mark.parametrize("body", [
    "Could you please take him out of the Saturday football camp? He's broken his ankle.",
    "Bitte melden Sie sie vom Tenniskurs ab, sie hat sich das Handgelenk verstaucht.",
    "Os pido que lo deis de baja del campamento de agosto, se ha roto el brazo.",
    "Merci de le retirer du stage de théâtre, il part chez ses grands-parents.",
    "Vi chiedo di toglierla dal centro estivo, si è rotta un braccio.",
    "Kunnen jullie haar van de zwemles afhalen? Ze heeft haar pols gebroken.",
    "Peço que o tirem do curso de natação, partiu o braço.",
])
def test_taking_the_child_off_goes_to_a_person(body: str) -> None:
    intent, confidence = judge(body)
    assert intent == "cancellation" and 0.5 <= confidence < 0.8


@pytest.mark.parametrize("body", [
    "How much does it cost if you take him out of the football camp?",
    "Our neighbour took her out of the football camp last week.",
    "Die Nachbarin hat gesagt, Sie hätten ihn vom Tenniskurs abgemeldet.",
    "Dice mi vecina que la disteis de baja del campamento.",
    "Si je le retire du stage de théâtre, est-ce que je suis remboursée ?",
    "Vous avez annulé l'atelier, donc inutile de le retirer du stage.",
    "Se a tirarem do curso de natação, recebo o dinheiro de volta?",
    "Nieuwsbrief: haal haar van de mailinglijst af.",
])
def test_taking_the_child_off_guards(body: str) -> None:
    assert not answered(body)
