"""Reasons and opt-outs round 54 (after the replies_fresh71 first look): every euro counts; a partner out of
work; a new studio near the office, an app at home; the treatment over; out of one's depth, a child still
terrified; a baby born or arriving; what went wrong told as facts; the workplace moved; living with the
family elsewhere, back to one's country; the bus gone; "unsubscribed from half my inbox" is no opt-out."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str, language: str) -> str:
    return classify_reason(text, language).reason


@pytest.mark.parametrize(("language", "text"), [
    ("en", "We have to watch every penny at the moment."),
    ("de", "Seit der Stromnachzahlung wird bei uns jeder Cent zweimal umgedreht."),
    ("de", "Im Moment zählt bei uns wirklich jeder Euro."),
    ("es", "Ahora mismo cada euro cuenta en casa."),
    ("fr", "Avec les travaux de la maison, chaque euro compte en ce moment."),
    ("it", "In questo periodo ogni euro conta, mi spiace."),
    ("nl", "Sinds de energierekening moeten we echt op elke euro letten."),
    ("pt", "Com a renda nova, cada euro conta lá em casa."),
])
def test_every_euro_counts_is_cost(language: str, text: str) -> None:
    assert _reason(text, language) == "cost"


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Mijn vrouw is in oktober haar werk kwijtgeraakt."),
    ("es", "Mi marido se quedó sin trabajo en octubre."),
    ("fr", "Mon conjoint a perdu son emploi à la rentrée."),
    ("it", "Mio marito ha perso il lavoro a ottobre."),
    ("pt", "O meu marido perdeu o emprego em outubro."),
])
def test_a_partner_out_of_work_is_cost(language: str, text: str) -> None:
    assert _reason(text, language) == "cost"


def test_not_possible_any_more_without_money_is_no_cost() -> None:
    text = "Die Kleine schläft abends nur mit mir ein, da war der Mittwochskurs einfach nicht mehr drin."
    assert _reason(text, "de") != "cost"


def test_not_possible_any_more_with_money_is_still_cost() -> None:
    text = "Seit die Miete um 120 € gestiegen ist, ist das Studio einfach nicht mehr drin."
    assert _reason(text, "de") == "cost"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "A new gym opened two doors down from my office, so I go there at lunch."),
    ("fr", "Un nouveau studio a ouvert juste à côté de mon bureau."),
    ("en", "I've started doing yoga at home with an app and honestly it's enough."),
    ("es", "Empecé a hacer pilates en casa con una aplicación y me basta."),
    ("fr", "Je fais maintenant du yoga chez moi avec une appli, ça me suffit."),
    ("it", "Ho iniziato a fare pilates a casa con un'app e mi trovo bene."),
    ("pt", "Comecei a fazer pilates em casa com uma aplicação e chega-me."),
])
def test_a_new_studio_near_work_or_an_app_at_home_is_an_alternative(language: str, text: str) -> None:
    assert _reason(text, language) == "found_alternative"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I got the all clear from the surgeon last week."),
    ("es", "Terminé la rehabilitación del tobillo y el traumatólogo me dio el alta."),
    ("fr", "J'ai terminé ma rééducation du genou et le kiné m'a donné le feu vert."),
    ("it", "Ho finito la fisioterapia al ginocchio e il medico mi ha dato il via libera."),
    ("nl", "Ik ben klaar met de revalidatie van mijn knie, de fysio is tevreden."),
    ("pt", "Terminei a fisioterapia ao joelho e o médico deu-me alta."),
])
def test_the_treatment_over_is_no_longer_needed(language: str, text: str) -> None:
    assert _reason(text, language) == "no_longer_needed"


def test_the_all_clear_only_hoped_for_is_not_over() -> None:
    text = "My knee is still sore after the operation. I'll be back when I get the all clear from the physio."
    assert _reason(text, "en") != "no_longer_needed"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Honestly I was in over my head in the advanced class."),
    ("de", "Im Fortgeschrittenenkurs war ich leider völlig überfordert."),
    ("es", "El nivel intermedio me venía grande, la verdad."),
    ("fr", "Dans le groupe avancé, j'étais complètement dépassée."),
    ("it", "Nel corso avanzato non ero all'altezza degli altri."),
    ("nl", "Die gevorderdengroep ging echt boven mijn pet."),
    ("pt", "Na turma avançada não me sentia à altura."),
])
def test_out_of_ones_depth_is_not_ready(language: str, text: str) -> None:
    assert _reason(text, language) == "not_ready"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Our son is still terrified as soon as his feet leave the bottom."),
    ("es", "Mi hija sigue aterrorizada en cuanto no hace pie."),
    ("fr", "Mon fils est toujours terrifié dès qu'il n'a plus pied."),
    ("nl", "Onze zoon is nog altijd doodsbang in het diepe."),
    ("pt", "A minha filha continua aterrorizada na parte funda."),
])
def test_a_child_still_terrified_is_not_ready(language: str, text: str) -> None:
    assert _reason(text, language) == "not_ready"


@pytest.mark.parametrize(("language", "text"), [
    ("es", "Te cuento: Mateo nació el 9 de enero y no doy abasto."),
    ("de", "Unser Jonas ist am 5. Januar geboren, seitdem ist hier Ausnahmezustand."),
    ("en", "Baby number two arrives in April, so my evenings are spoken for."),
    ("fr", "Bébé numéro 2 arrive en avril, donc les soirées c'est fini pour l'instant."),
    ("es", "El bebé número dos llega en abril."),
    ("pt", "O bebé número dois chega em abril."),
    ("nl", "Baby nummer twee komt eind april."),
])
def test_a_baby_born_or_arriving_is_personal(language: str, text: str) -> None:
    assert _reason(text, language) == "personal"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "The instructor never once remembered my name."),
    ("de", "Die Trainerin hat sich nie meinen Namen gemerkt."),
    ("es", "La monitora nunca se acordó de mi nombre."),
    ("fr", "Le prof n'a jamais retenu mon prénom."),
    ("it", "L'istruttrice non si è mai ricordata il mio nome."),
    ("nl", "De juf wist na drie maanden nog steeds mijn naam niet."),
    ("pt", "O instrutor nunca se lembrou do meu nome."),
    ("en", "The coach usually turned up a quarter of an hour late."),
    ("de", "Der Trainer kam fast jede Woche eine Viertelstunde zu spät."),
    ("es", "Pagaba para que el profe llegara veinte minutos tarde."),
    ("fr", "Le prof arrivait souvent avec un quart d'heure de retard."),
    ("pt", "O professor chegava quase sempre um quarto de hora atrasado."),
    ("it", "Con l'aria condizionata rotta da luglio non si respirava."),
    ("en", "The air conditioning has been broken since June."),
    ("de", "Die Klimaanlage ist seit Wochen kaputt."),
    ("es", "El aire acondicionado lleva semanas roto."),
    ("nl", "De airco is al weken kapot."),
    ("pt", "O ar condicionado está avariado há semanas."),
    ("en", "Two Monday classes were cancelled with half an hour's notice."),
    ("es", "Nos cancelaron dos clases con media hora de antelación."),
    ("pt", "Duas aulas canceladas com meia hora de antecedência."),
])
def test_what_went_wrong_told_as_facts_is_dissatisfied(language: str, text: str) -> None:
    assert _reason(text, language) == "dissatisfied"


def test_about_to_be_fixed_is_no_repair() -> None:
    text = "The sauna has been 'about to be fixed' since March and the lockers still jam."
    assert _reason(text, "en") != "no_longer_needed"


def test_the_customers_own_silence_is_no_complaint() -> None:
    text = "Sorry, you wrote in January and I never answered. We have had a lot going on."
    assert _reason(text, "en") != "dissatisfied"


def test_the_customer_who_cancelled_at_short_notice_is_no_complaint() -> None:
    assert _reason("I cancelled with short notice, sorry about that.", "en") != "dissatisfied"


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Since my office moved to Leeds in March I'm not home before seven."),
    ("de", "Seit mein Büro nach Bochum umgezogen ist, bin ich erst um sieben zu Hause."),
    ("es", "Desde que mi oficina se trasladó a Getafe llego tardísimo a casa."),
    ("fr", "Depuis que mon bureau a déménagé à Massy, je rentre à 19 h."),
    ("it", "Da quando il mio ufficio si è trasferito a Monza torno a casa alle sette."),
    ("nl", "Sinds ons kantoor naar Amersfoort is verhuisd, ben ik pas om zeven uur thuis."),
    ("pt", "Desde que o meu escritório mudou para Oeiras só chego a casa às sete."),
])
def test_the_workplace_moved_is_a_schedule_conflict(language: str, text: str) -> None:
    assert _reason(text, language) == "schedule_conflict"


def test_a_transfer_of_the_customer_is_still_a_move() -> None:
    text = "My company transferred me to Leeds in September, so there's no point carrying on."
    assert _reason(text, "en") == "moved_away"


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Ab Mai wohnen wir bei meinen Eltern in Erfurt."),
    ("en", "From June we'll be living with my in-laws in Swindon."),
    ("es", "A partir de abril vivimos con mis suegros en Teruel."),
    ("fr", "À partir d'avril on habite chez mes beaux-parents à Dijon."),
    ("it", "Da maggio andiamo a stare dai miei suoceri a Rieti."),
    ("it", "A settembre ce ne andiamo a Pescara."),
    ("nl", "Vanaf april wonen we bij mijn schoonouders in Zwolle."),
    ("pt", "O principal é que vou voltar para o Brasil em julho."),
])
def test_living_with_family_elsewhere_or_back_home_is_moved_away(language: str, text: str) -> None:
    assert _reason(text, language) == "moved_away"


def test_going_home_for_dinner_is_no_move() -> None:
    assert _reason("Dopo la lezione ce ne andiamo a cena tutti insieme.", "it") != "moved_away"


@pytest.mark.parametrize(("language", "text"), [
    ("es", "No encontramos nada asequible por aquí."),
    ("nl", "We hebben in de buurt niets betaalbaars gevonden."),
    ("de", "In der Gegend haben wir nichts Bezahlbares gefunden."),
])
def test_nothing_found_is_no_alternative(language: str, text: str) -> None:
    assert _reason(text, language) != "found_alternative"


@pytest.mark.parametrize(("language", "text"), [
    ("nl", "Sinds de zomer rijdt lijn 12 niet meer na acht uur en zonder auto kom ik er niet."),
    ("en", "The 42 bus no longer runs after seven and without a car I can't get to you."),
])
def test_the_way_there_gone_is_other(language: str, text: str) -> None:
    assert _reason(text, language) == "other"


def test_unsubscribing_from_half_the_inbox_is_no_opt_out() -> None:
    text = "I've unsubscribed from about half my inbox lately, but I'm glad to keep getting yours."
    assert not classify_reason(text, "en").opt_out


def test_baby_number_three_due_after_nothing_went_wrong_is_left_alone() -> None:
    text = "Nothing went wrong, life just happened. Baby number 3 is due in May; see you for a shoot."
    assert _reason(text, "en") != "personal"


def test_glad_to_keep_getting_ours_holds_nothing() -> None:
    text = "I've unsubscribed from half my inbox, but I'm happy to keep getting yours!"
    result = classify_reason(text, "en")
    assert not result.opt_out and not result.maybe_stop


def test_unsubscribing_from_your_newsletters_is_still_an_opt_out() -> None:
    assert classify_reason("Please unsubscribe me from all your newsletters.", "en").opt_out
