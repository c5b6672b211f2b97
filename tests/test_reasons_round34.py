"""Reasons rules round 34 (after the replies_fresh36 first look): reasons told indirectly, and the
main one of two reasons told together, by family, each written anew here in every language (en,
de, es, fr, it, nl, pt), with the same words where they are no reason or not the main one (a
family must not overreach)."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


def _reason(text: str) -> str:
    return classify_reason(text, "en").reason


# A pet's death, or a relative gone into a home, followed by "so it isn't needed any more":
# the service has ended (no_longer_needed), not a personal matter.
@pytest.mark.parametrize("text", [
    "Rex died at the end of the summer, he was twelve, so there is no need to keep his appointments.",
    "Rex ist Ende des Sommers gestorben, er war zwölf, deshalb brauchen wir die Termine nicht mehr.",
    "Rex murió a finales del verano, tenía doce años, así que ya no hará falta la peluquería.",
    "Rex est décédé à la fin de l'été, il avait douze ans, donc les rendez-vous ne sont plus nécessaires.",
    "Mi suegra se ha venido a vivir con nosotros y se ocupa de la casa, así que ya no os necesitamos.",
    "Rex is eind van de zomer overleden, hij was twaalf, dus de afspraken zijn niet meer nodig.",
    "O Rex morreu no fim do verão, tinha doze anos, por isso as marcações já não são precisas.",
    "My sister moved in with us and she won't let anyone else touch the garden, so we don't need you now.",
])
def test_a_family_event_that_ends_the_need_is_no_longer_needed(text: str) -> None:
    assert _reason(text) == "no_longer_needed"


# A relative's death stays personal (a bereavement), even when it ends the service; and a death
# followed by "so I need time" is personal.
@pytest.mark.parametrize("text", [
    "My mother passed away in September and we handed back her flat, so we don't need the cleaning any more.",
    "Meine Mutter ist im September gestorben, wir haben ihre Wohnung abgegeben, deshalb brauchen wir"
    " die Reinigung nicht mehr.",
    "Mi madre falleció en septiembre y entregamos su piso, así que ya no hará falta la limpieza.",
    "Ma mère est décédée en septembre, on a rendu son studio, donc le ménage n'est plus nécessaire.",
    "Mia madre è scomparsa a settembre e abbiamo lasciato la sua casa, quindi le pulizie non servono più.",
    "Mijn moeder is in september overleden en haar flat is opgezegd, dus de schoonmaak is niet meer nodig.",
    "A minha mãe faleceu em setembro e entregámos o apartamento dela, por isso a limpeza já não é precisa.",
    "My father passed away in March, so I need some time for myself.",
    "Mi padre falleció en marzo, así que necesito un tiempo para mí.",
])
def test_a_relatives_death_stays_personal(text: str) -> None:
    assert _reason(text) == "personal"


# A cheaper place the customer found or went to: found_alternative, not cost.
@pytest.mark.parametrize("text", [
    "We've found a student who comes to the house twice a week and it's a good deal cheaper.",
    "Wir sind zu einer Gemeinschaftspraxis umgestiegen, die deutlich günstiger ist.",
    "Le hemos apuntado a una academia al lado del cole que cuesta la mitad.",
    "On a trouvé une salle près de la gare, nettement moins chère.",
    "Sono passata a un servizio online che costa circa un terzo.",
    "We zijn ingeschreven bij de club in het dorp, dat is een stuk goedkoper.",
    "Troquei para um ginásio do bairro que é bem mais barato.",
])
def test_a_cheaper_place_gone_to_is_found_alternative(text: str) -> None:
    assert _reason(text) == "found_alternative"


# Cheaper looked for and not found, or only thought of: cost.
@pytest.mark.parametrize("text", [
    "I looked around but haven't found anything cheaper, it's just too expensive for us now.",
    "Ich habe nichts Günstigeres gefunden, es ist uns einfach zu teuer.",
    "No he encontrado nada más barato, simplemente es demasiado caro.",
    "If I find something cheaper I might switch, but for now it is simply too expensive.",
])
def test_cheaper_not_found_stays_cost(text: str) -> None:
    assert _reason(text) == "cost"


# The provider changed, told with the family reason it was changed for: found_alternative.
@pytest.mark.parametrize("text", [
    "I changed accountants last autumn, my cousin has opened an office and family is family.",
    "Ich habe den Steuerberater gewechselt, mein Cousin hat eine Kanzlei eröffnet, Familie ist Familie.",
    "Cambié de gestor en otoño por motivos de familia.",
    "J'ai changé de comptable pour des raisons familiales : mon cousin a ouvert son cabinet.",
    "Ho cambiato commercialista per motivi di famiglia.",
    "Ik ben overgestapt naar een andere boekhouder, om familieredenen.",
    "Mudei de contabilista por razões de família: o meu primo abriu escritório.",
    "Troquei para outra autoescola que dá aulas à noite, com o estágio só tinha horário depois das seis.",
])
def test_a_changed_provider_is_found_alternative(text: str) -> None:
    assert _reason(text) == "found_alternative"


def test_changed_plans_for_family_matters_stay_personal() -> None:
    assert _reason("I changed my plans because of family matters.") == "personal"


# The level too hard for now, the basics missing: not_ready (not the "puxado" of a price).
@pytest.mark.parametrize("text", [
    "The level was far too demanding for me right now, I realised I was missing the basics.",
    "Das Niveau war für mich im Moment viel zu hoch, mir fehlen die Grundlagen.",
    "El nivel era demasiado exigente para mí ahora mismo, me faltaban las bases.",
    "Le niveau était beaucoup trop exigeant, il me manquait les bases.",
    "Il livello era troppo impegnativo per me in questo momento, mi mancavano le basi.",
    "Het niveau was op dit moment te hoog voor mij, ik miste de basis.",
    "O nível era demasiado puxado para mim neste momento, faltavam-me as bases.",
])
def test_a_level_too_hard_for_now_is_not_ready(text: str) -> None:
    assert _reason(text) == "not_ready"


def test_a_price_too_high_stays_cost() -> None:
    assert _reason("The price was far too high for me.") == "cost"


# The teacher who kept changing: dissatisfied.
@pytest.mark.parametrize("text", [
    "The teacher changed every few weeks and each new one started again from scratch.",
    "Die Lehrerin wechselte alle paar Wochen und jede fing wieder von vorne an.",
    "El profesor cambiaba cada dos o tres semanas y cada uno empezaba de cero.",
    "Le prof changeait toutes les deux semaines et chacun reprenait depuis le début.",
    "L'insegnante cambiava ogni due settimane e ognuno ricominciava da capo.",
    "De docent wisselde om de paar weken en iedereen begon weer bij nul.",
    "A professora mudava de duas em duas semanas e cada uma recomeçava do zero.",
])
def test_a_teacher_who_kept_changing_is_dissatisfied(text: str) -> None:
    assert _reason(text) == "dissatisfied"


# A new baby: personal, and the unused instrument, "a very expensive coat stand", is no price.
@pytest.mark.parametrize("text", [
    "We had our second baby in October, and the piano is now a very expensive coat stand.",
    "Im Oktober kam unser zweites Baby, das Klavier ist jetzt ein sehr teurer Kleiderständer.",
    "Em outubro nasceu o nosso segundo bebé e o piano agora é um cabide muito caro.",
])
def test_a_new_baby_is_personal(text: str) -> None:
    assert _reason(text) == "personal"


@pytest.mark.parametrize("text", [
    "The guitar is now a very expensive coat stand in the hallway.",
    "Die Gitarre ist jetzt ein sehr teurer Kleiderständer im Flur.",
    "La guitarra es ahora un perchero carísimo en el pasillo.",
    "La guitare est devenue un portemanteau très cher dans l'entrée.",
    "La chitarra ora è un attaccapanni molto caro in corridoio.",
    "De gitaar is nu een heel dure kapstok in de gang.",
    "A guitarra agora é um cabide muito caro no corredor.",
])
def test_an_unused_instrument_called_expensive_is_no_price(text: str) -> None:
    assert _reason(text) != "cost"


def test_lessons_too_expensive_stay_cost() -> None:
    assert _reason("The guitar lessons are far too expensive for us now.") == "cost"


# A relative gone into a care home is no move of the customer's; the service said to be needed no
# more is the reason.
@pytest.mark.parametrize("text", [
    "The service simply isn't needed any more: my father has moved into a care home.",
    "Der Dienst wird einfach nicht mehr gebraucht: mein Vater ist ins Pflegeheim umgezogen.",
    "El servicio ya no hace falta: mi padre se ha trasladado a una residencia.",
    "Le service n'est tout simplement plus nécessaire : mon père a déménagé en maison de retraite.",
    "Il servizio semplicemente non serve più: mio padre si è trasferito in una casa di riposo.",
    "De dienst is gewoon niet meer nodig: mijn vader is verhuisd naar een verpleeghuis.",
    "O serviço simplesmente deixou de fazer falta: o meu pai mudou-se para um lar.",
])
def test_a_relative_gone_into_a_care_home_ends_the_need(text: str) -> None:
    assert _reason(text) == "no_longer_needed"


@pytest.mark.parametrize("text", [
    "We have moved to Leeds, so we won't be coming any more.",
    "Wir sind nach Köln umgezogen.",
    "Nos hemos trasladado a Valencia.",
    "Nous avons déménagé à Lyon.",
])
def test_the_customers_own_move_stays_moved_away(text: str) -> None:
    assert _reason(text) == "moved_away"


# The business moved the customer's appointment time and again: dissatisfied.
@pytest.mark.parametrize("text", [
    "You rescheduled my appointment three times this spring.",
    "Weil Sie meinen Termin dreimal verschoben haben, höre ich auf.",
    "Me cambiasteis la cita tres veces en dos meses.",
    "Vous avez déplacé mon rendez-vous trois fois en deux mois.",
    "Mi avete spostato l'appuntamento tre volte in due mesi.",
    "Omdat jullie drie keer mijn afspraak hebben verzet, stop ik.",
    "Remarcaram a minha consulta três vezes em dois meses.",
])
def test_an_appointment_moved_time_and_again_is_dissatisfied(text: str) -> None:
    assert _reason(text) == "dissatisfied"


# Had to have it put right at another place: dissatisfied, not found_alternative.
@pytest.mark.parametrize("text", [
    "I had to have the colour corrected at another salon.",
    "Ich musste die Farbe in einem anderen Salon korrigieren lassen.",
    "Tuve que arreglarlo en otra peluquería.",
    "J'ai dû faire rattraper la couleur dans un autre salon.",
    "Ho dovuto farlo sistemare da un altro parrucchiere.",
    "Ik moest het bij een andere kapper laten herstellen.",
    "Tive de corrigir a cor noutro salão.",
])
def test_put_right_elsewhere_is_dissatisfied(text: str) -> None:
    assert _reason(text) == "dissatisfied"


@pytest.mark.parametrize("text", [
    "I go to another salon now, it's nearer.",
    "Ahora voy a otra peluquería más cerca de casa.",
])
def test_another_salon_gone_to_stays_found_alternative(text: str) -> None:
    assert _reason(text) == "found_alternative"


# Done by the customer now, at home (the dog walked at lunchtime, the tax return filed):
# no_longer_needed.
@pytest.mark.parametrize("text", [
    "Since I work from home now, I walk him myself at lunchtime.",
    "Seit der Rente mache ich die Steuererklärung selbst.",
    "Ahora trabajo desde casa y lo saco yo a mediodía.",
    "Je travaille de chez moi maintenant, donc je le sors moi-même à midi.",
    "Adesso lavoro da casa e lo porto fuori io a pranzo.",
    "Ik werk nu thuis, dus ik loop zelf met hem tussen de middag.",
    "Agora trabalho de casa e passeio-o eu mesma ao almoço.",
])
def test_done_by_the_customer_now_is_no_longer_needed(text: str) -> None:
    assert _reason(text) == "no_longer_needed"


# A death and an age a pet dies at, without the word "dog" or "cat": no_longer_needed; a
# relative's age, or the customer's own age at the time, is not.
@pytest.mark.parametrize("text", [
    "Pippa went to sleep last Tuesday, she was thirteen.",
    "Pippa ist letzten Dienstag eingeschlafen, sie war dreizehn.",
    "Pippa nos dejó el martes pasado, tenía trece años.",
    "Pippa nous a quittés mardi dernier, elle avait treize ans.",
    "Pippa ci ha lasciati martedì scorso, aveva tredici anni.",
    "Pippa is vorige dinsdag overleden, ze was dertien.",
    "A Pippa partiu na terça passada, tinha treze anos.",
])
def test_a_death_at_a_pets_age_is_no_longer_needed(text: str) -> None:
    assert _reason(text) == "no_longer_needed"


@pytest.mark.parametrize("text", [
    "My grandmother died in May, she was ninety-one.",
    "My father died when I was 12, and his anniversary is this month.",
    "Mi padre falleció cuando tenía 12 años y este mes es el aniversario.",
    "Mein Vater ist gestorben, als ich 12 war.",
])
def test_a_relatives_death_with_an_age_stays_personal(text: str) -> None:
    assert _reason(text) == "personal"
