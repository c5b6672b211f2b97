"""Reason and opt-out families learned from the first look at tests/data/replies_fresh2, each
written anew here in several languages (a family, not one reply's wording)."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("text", "reason"), [
    ("I twisted my knee on the stairs, so no classes for a while.", "illness"),
    ("Je me suis cassé le poignet en vélo, plâtre pour un mois.", "illness"),
    ("Me he torcido el tobillo jugando al pádel.", "illness"),
    ("Hab mir den Fuß verstaucht, Tanzen ist gerade nicht drin.", "illness"),
    ("Mi sono fatta male alla spalla, appena mi rimetto vi scrivo.", "illness"),
    ("Ik heb mijn enkel verstuikt bij het hardlopen.", "illness"),
    ("From next month I'm on rotating shifts, so the Tuesday slot just doesn't work any more.",
     "schedule_conflict"),
    ("Ab Januar habe ich Schichtdienst und weiß nie, wann ich frei habe.", "schedule_conflict"),
    ("Je passe en 3x8 le mois prochain.", "schedule_conflict"),
    ("My neighbour used to be a hairdresser and does it for me now.", "found_alternative"),
    ("J'ai trouvé un cours plus près de chez moi.", "found_alternative"),
    ("Ho trovato una palestra più vicino a casa.", "found_alternative"),
    ("We zijn naar Utrecht verhuisd en ik volg nu les bij een studio daar.", "moved_away"),
    ("Wir sind nach Hamburg gezogen.", "moved_away"),
    ("Me mudé a Sevilla el mes pasado.", "moved_away"),
    ("The last two sessions felt rushed and I wasn't listened to.", "dissatisfied"),
    ("Ich habe mich nicht ernst genommen gefühlt.", "dissatisfied"),
    ("Ho perso la fiducia dopo l'ultima seduta.", "dissatisfied"),
    ("Na de laatste behandeling had ik meer pijn, ik voelde me niet gehoord.", "dissatisfied"),
    ("Good news: no more pain in my shoulder, I think we're done!", "no_longer_needed"),
    ("Plus aucune douleur depuis trois semaines, merci !", "no_longer_needed"),
    ("Ya no me duele nada, misión cumplida.", "no_longer_needed"),
    ("Des soucis d'ordre familial me prennent tout mon temps.", "personal"),
    ("Estamos pasando una temporada complicada en casa.", "personal"),
])
def test_reason_families(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


@pytest.mark.parametrize(("text", "reason"), [
    ("Nein, wir sind nicht weggezogen, aber meine Mutter wohnt jetzt bei uns und braucht Pflege.",
     "personal"),
    ("It's not the price, it's the timing: the 4pm slot just doesn't work for us any more.",
     "schedule_conflict"),
])
def test_a_denied_reason_does_not_count(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


@pytest.mark.parametrize("text", [
    "Uitschrijven",
    "Graag afmelden voor de nieuwsbrief, dank je.",
    "Les agradeceré que me den de baja de su lista de correos.",
    "Plus de mails svp. Merci.",
    "Bitte melden Sie mich von Ihrem Newsletter ab, ich möchte keine Mails mehr.",
    "Bitte von der Liste abmelden.",
])
def test_opt_out_word_orders(text: str) -> None:
    assert classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "Sie müssen mir nicht antworten, wollte mich nur kurz abmelden und Danke sagen.",
    "Wil je me afmelden voor de les van vrijdag? Dan kan iemand van de wachtlijst erin.",
    "Willen jullie ons als patiënten uitschrijven? We verhuizen naar Groningen.",
    "J'ai plus de messages que prévu cette semaine, je reviens vers vous.",
])
def test_leaving_the_class_is_not_leaving_the_mail(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


# Families from the first look at tests/data/replies_fresh3 (reason 0.47 before them).
@pytest.mark.parametrize(("text", "reason"), [
    ("We've upped sticks and gone to live by the sea.", "moved_away"),
    ("Hicimos las maletas y nos fuimos a vivir a Cádiz.", "moved_away"),
    ("Nous avons posé nos valises en Bretagne.", "moved_away"),
    ("Wir haben die Zelte in Köln abgebrochen.", "moved_away"),
    ("Abbiamo fatto armi e bagagli, siamo tornati in Sicilia.", "moved_away"),
    ("We hebben de stad verruild voor een dorp in Zeeland.", "moved_away"),
    ("Fizemos as malas e fomos viver para o Porto.", "moved_away"),
    ("Nobody ever got back to me about the leaking box.", "dissatisfied"),
    ("Zweimal hat niemand zurückgemeldet, das war's für mich.", "dissatisfied"),
    ("Nos tuvieron media hora esperando en recepción.", "dissatisfied"),
    ("There was a different instructor every week.", "dissatisfied"),
    ("Empiezo con la quimio la semana que viene.", "illness"),
    ("J'ai une poussée d'arthrite depuis dix jours.", "illness"),
    ("My shifts have changed and I'm on lates now.", "schedule_conflict"),
    ("Mudaram meu plantão e agora saio às oito.", "schedule_conflict"),
    ("The mortgage went up, so we're tightening our belts.", "cost"),
    ("Le lezioni sono diventate un lusso per noi.", "cost"),
    ("My employer gives us desks in town for free now.", "found_alternative"),
    ("Mi cuñado se ha ofrecido a entrenar al perro.", "found_alternative"),
    ("I need to get my head straight before anything new.", "not_ready"),
    ("Eerst moet ik mijn hoofd leegmaken, ik meld me als ik er klaar voor ben.", "not_ready"),
    ("Ho raggiunto il peso che volevo, abbiamo chiuso il cerchio.", "no_longer_needed"),
    ("Emma passed her test on Saturday, mission accomplished.", "no_longer_needed"),
    ("We lost my mother-in-law last month.", "personal"),
    ("Mein Vater ist im Oktober verstorben.", "personal"),
])
def test_reason_families_round_three(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


def test_a_greeting_is_not_a_price() -> None:
    """'Cara Anna,' opens the mail; 'cara' (dear) there is not 'expensive'."""
    assert classify_reason("Cara Anna,\nsto facendo la chemio fino a marzo.", "it").reason == "illness"


@pytest.mark.parametrize("text", [
    "Count me out of the mailing list please.",
    "Agradecia que me tirassem da vossa lista de emails.",
])
def test_opt_out_word_orders_round_three(text: str) -> None:
    assert classify_reason(text, "en").opt_out


# Reasons given inside cancellations (inbound_fresh3 and inbound_fresh4; their first looks 0.71, 0.74).
@pytest.mark.parametrize(("text", "reason"), [
    ("Leider habe ich an dem Abend Spätschicht.", "schedule_conflict"),
    ("I can't come tomorrow, I have to work late.", "schedule_conflict"),
    ("Tenho uma reunião de trabalho que não consigo adiar.", "schedule_conflict"),
    ("Non gli hanno concesso le ferie per il ponte.", "schedule_conflict"),
    ("Peguei dengue e estou de cama.", "illness"),
    ("Je préfère annuler, je ne me sens pas encore prête.", "not_ready"),
    ("Après quatre séances je ne constate aucun résultat.", "dissatisfied"),
    ("The tutor didn't turn up last week and nobody told us.", "dissatisfied"),
    ("Für meinen jetzigen Job brauche ich den Kurs nicht.", "no_longer_needed"),
    ("Afinal não vamos precisar da estadia do Max.", "no_longer_needed"),
    ("Thomas et moi avons décidé de nous séparer.", "personal"),
    ("With the new rates from January it's more than I can justify.", "cost"),
    ("A empresa onde trabalho passou a oferecer aulas de inglês.", "found_alternative"),
])
def test_reasons_inside_cancellations(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


def test_the_customers_own_lateness_is_not_dissatisfaction() -> None:
    """'I was late twice' (parking) is no complaint about the business."""
    text = "It's the parking really, I was late twice last month. If it gets sorted I'll be back."
    assert classify_reason(text, "en").reason != "dissatisfied"


# Families from the first look at replies_fresh5 (dissatisfied recall 0.56): dissatisfaction told
# as what went wrong, without a verdict word, written anew in all seven languages. A complaint
# alone does not say whether they will be back: future contact stays unknown (the labelled sets).
@pytest.mark.parametrize("text", [
    "Honestly the physio sessions weren't really helping my back.",
    "The fringe came out much shorter than I asked for.",
    "Every session was with a different trainer, so I kept starting over.",
    "La verdad es que los masajes no me ayudaban nada.",
    "Cada semana con un fisio distinto, y dos citas cambiadas a última hora.",
    "Les séances ne m'aidaient pas vraiment, et elles étaient souvent décalées au dernier moment.",
    "La coupe ne me plaisait pas du tout.",
    "Die Behandlung half mir leider nicht, und zweimal wurde kurzfristig abgesagt.",
    "Die Farbe gefiel mir gar nicht, viel heller als ich es wollte.",
    "Il colore non mi è piaciuto, molto più chiaro di come l'avevo chiesto.",
    "Ogni volta un istruttore diverso, e il gruppo era troppo numeroso.",
    "De lessen hielpen me eigenlijk niet, en de groep was veel te groot.",
    "Twee keer het verkeerde bestelling gekregen en de bediening was erg traag.",
    "As sessões não me ajudavam e foram desmarcadas à última hora duas vezes.",
    "A comida chegou fria e o atendimento muito lento.",
])
def test_what_went_wrong_is_dissatisfied(text: str) -> None:
    result = classify_reason(text, "en")
    assert result.reason == "dissatisfied", result.evidence
    assert result.future_contact == "unknown"


def test_a_verdict_still_rules_out_coming_back() -> None:
    assert classify_reason("I was really disappointed with the last class.", "en").future_contact == "no"


# Families from the replies read as `none` (replies_fresh5 and the older replies_fresh* sets),
# written anew in all seven languages.
@pytest.mark.parametrize(("text", "reason"), [
    # getting there, the home or the instrument out of use
    ("My car is broken and the bus doesn't go out your way.", "other"),
    ("Se me ha estropeado el coche y sin coche no llego.", "other"),
    ("Ma voiture est en panne pour trois semaines.", "other"),
    ("Unser Auto ist seit Montag kaputt, ohne Auto geht es nicht.", "other"),
    ("La macchina è in officina fino a dicembre.", "other"),
    ("Onze auto is kapot en we hebben geen vervoer.", "other"),
    ("O carro avariou e estou sem transporte.", "other"),
    ("We had a flooding in the basement, everything is upside down.", "other"),
    ("Wegen des Lokführerstreiks kommen wir nicht hin.", "other"),
    # personal and family matters
    ("Family problems at the moment, I'd rather not go into it.", "personal"),
    ("Problemas familiares, no quiero entrar en detalles.", "personal"),
    ("Des problèmes de famille en ce moment, rien de grave.", "personal"),
    ("Familiäre Probleme, mehr möchte ich dazu nicht sagen.", "personal"),
    ("Problemi in famiglia, spero si sistemi tutto.", "personal"),
    ("Persoonlijke problemen, ik wil er liever niet over uitweiden.", "personal"),
    ("Problemas familiares, prefiro não explicar.", "personal"),
    # an injury or an operation
    ("I tore a ligament in my knee skiing.", "illness"),
    ("Je me suis déchiré le ligament croisé au foot.", "illness"),
    ("Ich habe mir das Kreuzband gerissen.", "illness"),
    ("Mi sono rotto il legamento della caviglia.", "illness"),
    ("Volgende maand ga ik onder het mes voor mijn knie.", "illness"),
    ("Rompi o ligamento do joelho a jogar futebol.", "illness"),
    # nearer home, or online instead
    ("I've joined a studio closer to home.", "found_alternative"),
    ("He encontrado un gimnasio más cerca de casa.", "found_alternative"),
    ("J'ai trouvé un club plus près de chez moi.", "found_alternative"),
    ("Ich gehe jetzt in ein Studio näher an zuhause.", "found_alternative"),
    ("Sto seguendo delle lezioni online, per ora mi basta.", "found_alternative"),
    ("Ik volg nu online lessen vanuit huis.", "found_alternative"),
    ("Agora faço aulas online em casa.", "found_alternative"),
    # recovered: no longer needed
    ("The pain has gone completely, I feel as good as new.", "no_longer_needed"),
    ("El dolor ha desaparecido del todo, estoy como nuevo.", "no_longer_needed"),
    ("La douleur a complètement disparu, merci !", "no_longer_needed"),
    ("Die Schmerzen sind komplett weg, ich bin wieder fit.", "no_longer_needed"),
    ("Il dolore è sparito, sono come nuova.", "no_longer_needed"),
    ("De pijn is helemaal weg, ik ben weer de oude.", "no_longer_needed"),
    ("A dor no ombro desapareceu de vez.", "no_longer_needed"),
])
def test_reasons_told_in_other_words(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason
