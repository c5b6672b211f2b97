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


# Rules round 2, families from the first look at replies_fresh6 (found_alternative 0.22,
# dissatisfied 0.33), written anew in all seven languages.
@pytest.mark.parametrize(("text", "reason"), [
    # what they do now, elsewhere
    ("We swim at the lido with the neighbours now, it suits the kids.", "found_alternative"),
    ("I've joined the running club at my work, so that covers it.", "found_alternative"),
    ("My aunt is a hairdresser and she's doing my hair at her place for free.", "found_alternative"),
    ("Ich schwimme jetzt mit meiner Schwester im Hallenbad.", "found_alternative"),
    ("Ahora voy al polideportivo del barrio con unas amigas.", "found_alternative"),
    ("Je vais désormais chez une coiffeuse de mon quartier.", "found_alternative"),
    ("J'ai opté pour un club de course à pied.", "found_alternative"),
    ("Ormai mi alleno con un gruppo di amici al parco.", "found_alternative"),
    ("Ik zwem tegenwoordig met de buurvrouw in het zwembad.", "found_alternative"),
    ("Comecei a treinar num clube perto do trabalho.", "found_alternative"),
    # what went wrong, told as a fact
    ("The fringe wasn't what we agreed at all.", "dissatisfied"),
    ("The coach turned up late twice and nobody listened when I mentioned it.", "dissatisfied"),
    ("We were billed twice for the same lesson.", "dissatisfied"),
    ("Die Farbe war ganz anders als abgesprochen.", "dissatisfied"),
    ("Mit dem Ergebnis war ich nicht wirklich glücklich.", "dissatisfied"),
    ("Nos cobrasteis dos veces el mes de mayo.", "dissatisfied"),
    ("El monitor llegaba tarde casi siempre.", "dissatisfied"),
    ("Deux séances annulées à la dernière minute, c'est trop.", "dissatisfied"),
    ("Le prof arrivait souvent en retard.", "dissatisfied"),
    ("Il taglio era diverso da quello che avevo chiesto.", "dissatisfied"),
    ("Mi avete addebitato due volte l'abbonamento.", "dissatisfied"),
    ("Het resultaat was anders dan afgesproken.", "dissatisfied"),
    ("Er werd twee keer afgeschreven en niemand luisterde.", "dissatisfied"),
    ("A cor ficou diferente do combinado.", "dissatisfied"),
    ("Desmarcaram-me duas consultas em cima da hora.", "dissatisfied"),
])
def test_round2_reason_families(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


@pytest.mark.parametrize("text", [
    "The fringe wasn't what we agreed at all.",
    "Nos cobrasteis dos veces el mes de mayo.",
    "Het resultaat was anders dan afgesproken.",
])
def test_what_went_wrong_without_a_verdict_leaves_future_open(text: str) -> None:
    result = classify_reason(text, "en")
    assert (result.reason, result.future_contact) == ("dissatisfied", "unknown")


# Rules round 2: replies that gave a reason the rules read as none (replies_fresh6), new sentences.
@pytest.mark.parametrize(("text", "reason"), [
    # getting there
    ("Someone nicked my bike last week and the bus doesn't go your way.", "other"),
    ("Jemand hat mein Fahrrad geklaut, zu Fuß ist es zu weit.", "other"),
    ("Me han robado la moto y no hay forma de llegar.", "other"),
    ("Impossible de se garer près du cabinet depuis la rentrée.", "other"),
    ("Mi hanno rubato la bicicletta, e a piedi è troppo lontano.", "other"),
    ("Mijn fiets is gestolen en de bus rijdt 's avonds niet.", "other"),
    ("Roubaram-me a bicicleta e de autocarro demoro uma hora.", "other"),
    # the need gone
    ("My shoulder is fine again, thanks for everything.", "no_longer_needed"),
    ("Der Nacken ist wieder völlig in Ordnung.", "no_longer_needed"),
    ("Tengo café en casa para meses, ya os escribiré.", "no_longer_needed"),
    ("J'en ai encore pour des mois avec ma dernière commande.", "no_longer_needed"),
    ("Ho ancora la dispensa piena di tè.", "no_longer_needed"),
    ("Mijn knie is weer prima, dus ik stop.", "no_longer_needed"),
    ("O yoga pré-natal acabou, a Sofia nasceu ontem!", "no_longer_needed"),
    # going back to a place
    ("We're going back to Dublin after Christmas.", "moved_away"),
    ("Nos volvemos a Chile en marzo.", "moved_away"),
    ("Je rentre en Belgique pour de bon.", "moved_away"),
    ("Ik ga volgende maand terug naar Suriname.", "moved_away"),
    # hospital shifts are work
    ("Nights at the hospital this winter, I can't plan anything.", "schedule_conflict"),
    ("Ich arbeite im Krankenhaus und habe ständig wechselnde Dienste.", "schedule_conflict"),
    ("Ho i turni in ospedale, non so mai quando sono libera.", "schedule_conflict"),
    ("New job: on site till 8 every weekday.", "schedule_conflict"),
])
def test_round2_reasons_read_as_none_before(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Rules round 3 (after the replies_fresh7 first look): each family written anew, in every language.
@pytest.mark.parametrize(("text", "reason"), [
    # a complaint nobody answered; a treatment that left marks
    ("I complained about the uneven fringe and nobody ever got back to me.", "dissatisfied"),
    ("Auf meine Beschwerde wegen der Rechnung hat niemand reagiert.", "dissatisfied"),
    ("Puse una reclamación por el tinte y nadie me respondió.", "dissatisfied"),
    ("J'ai fait une réclamation pour la coupe, personne ne m'a répondu.", "dissatisfied"),
    ("Ho mandato un reclamo per il trattamento e nessuno mi ha risposto.", "dissatisfied"),
    ("Ik heb een klacht ingediend over de behandeling, maar niemand heeft gereageerd.", "dissatisfied"),
    ("Fiz uma reclamação sobre a depilação e ninguém me deu retorno.", "dissatisfied"),
    ("The peel left me with redness for days.", "dissatisfied"),
    ("Le dernier soin m'a laissé des rougeurs sur tout le visage.", "dissatisfied"),
    ("O laser deixou-me cheia de manchas no braço.", "dissatisfied"),
    ("Non mi trovo più bene con i nuovi orari e il nuovo personale.", "dissatisfied"),
    # found a teacher, or the equipment for home
    ("We've found a tutor who lives on our street.", "found_alternative"),
    ("Wir haben für Jonas eine Lehrerin im Dorf gefunden.", "found_alternative"),
    ("Hemos encontrado una profesora que viene a casa.", "found_alternative"),
    ("Nous avons trouvé une coach qui vient à la maison.", "found_alternative"),
    ("Abbiamo trovato un'altra insegnante più vicina.", "found_alternative"),
    ("We hebben een andere docent in de buurt gevonden.", "found_alternative"),
    ("Encontrei uma professora aqui no bairro.", "found_alternative"),
    ("I bought a treadmill for the garage.", "found_alternative"),
    ("Ho comprato una cyclette per il salotto.", "found_alternative"),
    ("Ich habe mir ein Laufband gekauft.", "found_alternative"),
    ("Comprei uma esteira para casa.", "found_alternative"),
    # the need gone, told as "no longer necessary"
    ("The orthodontic check-ups are no longer necessary.", "no_longer_needed"),
    ("Die Nachhilfe ist nicht mehr nötig, er hat bestanden.", "no_longer_needed"),
    ("Las clases de refuerzo ya no son necesarias.", "no_longer_needed"),
    ("Les séances ne sont plus nécessaires, merci.", "no_longer_needed"),
    ("Le lezioni non sono più necessarie, ha passato l'esame.", "no_longer_needed"),
    ("As explicações já não são necessárias.", "no_longer_needed"),
    # moving with a clitic; a new job; a hard time in the family
    ("Vamos mudar-nos para Braga no verão.", "moved_away"),
    ("Mudei de emprego e agora não chego a tempo.", "schedule_conflict"),
    ("Ho cambiato lavoro e finisco alle sette.", "schedule_conflict"),
    ("È un momento difficile in famiglia, scusate.", "personal"),
    ("We're going through a tough time in the family.", "personal"),
])
def test_round3_reasons_read_as_none_before(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Rules round 4 (after the replies_fresh8 first look: reasons told as situations), written anew.
@pytest.mark.parametrize(("text", "reason"), [
    # the pet the service was for has died
    ("Our old cat Luna died last week, so the check-up isn't needed.", "no_longer_needed"),
    ("Unser Hund Balou ist letzte Woche gestorben.", "no_longer_needed"),
    ("Nuestro perro Coco murió el domingo.", "no_longer_needed"),
    ("Notre chien Rocky est mort samedi, il avait quinze ans.", "no_longer_needed"),
    ("Il nostro cane Briciola è morto a Natale.", "no_longer_needed"),
    ("Onze hond Sam is vorige week overleden.", "no_longer_needed"),
    ("O nosso cão Tobias morreu na semana passada.", "no_longer_needed"),
    # moving, told as "we are moving"
    ("Ci trasferiamo a Torino a marzo.", "moved_away"),
    ("Mudámo-nos para Coimbra em janeiro.", "moved_away"),
    ("Nous déménageons à Nantes au printemps.", "moved_away"),
    ("We verhuizen in april naar Zwolle.", "moved_away"),
    ("Our new place is a good three hours from you.", "moved_away"),
    # prices gone up, costs too much
    ("Costa troppo per quanto lo uso.", "cost"),
    ("De prijzen zijn flink omhoog gegaan.", "cost"),
    ("Les fins de mois sont compliquées en ce moment.", "cost"),
    ("After the price rise it's just too much for me.", "cost"),
    # crowded, dirty, nobody answers
    ("It was always too crowded and the service just not good enough.", "dissatisfied"),
    ("Abends war es mir zu voll und die Duschen waren dreckig.", "dissatisfied"),
    ("Non rispondete mai alle email, ho rinunciato.", "dissatisfied"),
    ("Op mijn klacht heb ik nooit een antwoord gehad.", "dissatisfied"),
    ("Vous ne répondez jamais au téléphone.", "dissatisfied"),
])
def test_round4_reasons_told_as_situations(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


@pytest.mark.parametrize(("text", "opt_out"), [
    ("Please don't stop sending the newsletter though, I enjoy reading it.", False),
    ("Non smettete di scrivermi, la newsletter mi piace.", False),
    ("Por favor, no dejéis de enviarme la newsletter.", False),
    ("Stop sending me emails.", True),
    ("No, stop emailing me.", True),
    ("Smettete di scrivermi.", True),
    ("Dejad de enviarme correos, gracias.", True),
])
def test_dont_stop_sending_is_no_opt_out(text: str, opt_out: bool) -> None:
    assert classify_reason(text, "en").opt_out is opt_out


# Rules round 6 (after the replies_fresh10 first look: reasons told as situations), written
# anew, families in every language.
@pytest.mark.parametrize(("text", "reason"), [
    # an operation, rehab, doctor's rest, a risky pregnancy
    ("Meine Hüft-OP ist nächste Woche, danach erst mal Reha.", "illness"),
    ("Je dois me faire opérer de l'épaule en mars.", "illness"),
    ("Mi hanno trovato un'ernia, niente palestra per ora.", "illness"),
    ("De dokter heeft me zes weken bedrust voorgeschreven.", "illness"),
    ("Gravidez de risco, estou em repouso até maio.", "illness"),
    # (reasons round 64: a parent's illness the customer cares for is personal, as in the development
    # corpus's "looking after ill father"; it was illness here before)
    ("Mi padre se ha puesto malito y le cuido por las tardes.", "personal"),
    # a baby just born, a family situation
    ("Unsere Tochter ist zwei Wochen früher auf die Welt gekommen!", "personal"),
    ("È nato Marco, siamo stanchissimi ma felici.", "personal"),
    ("Pour des raisons familiales je dois arrêter.", "personal"),
    ("Onze zoon is vorige week geboren.", "personal"),
    # a botched result
    ("Der Schnitt war total verpfuscht.", "dissatisfied"),
    ("Non ci siamo trovati bene con la nuova insegnante.", "dissatisfied"),
    ("O corte ficou torto dos dois lados.", "dissatisfied"),
    # a monthly price no longer doable
    ("€39 per month is just too much right now.", "cost"),
    ("Met de nieuwe huur is dat niet meer te doen.", "cost"),
    # free through work
    ("Ik ga nu naar de bedrijfsfitness, die is gratis.", "found_alternative"),
    ("Mi sono iscritta alla palestra aziendale.", "found_alternative"),
    ("Entrei na academia da empresa.", "found_alternative"),
    # settling in another city; work until late
    ("Nous allons nous installer à Bordeaux cet été.", "moved_away"),
    ("Work is absolutely manic and I'm never home before eight.", "schedule_conflict"),
    ("Non torno mai a casa prima delle nove.", "schedule_conflict"),
    ("Ich brauche den Platz bei Ihnen ab März leider gar nicht mehr.", "no_longer_needed"),
])
def test_round6_reasons_told_as_situations(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Rules round 8 (after the replies_fresh11 first look: reasons told as situations), written anew.
@pytest.mark.parametrize(("text", "reason"), [
    ("Our daughter now has swimming training on Mondays right at that time.", "schedule_conflict"),
    ("Mijn dochter heeft nu op woensdag training, precies tijdens de les.", "schedule_conflict"),
    ("J'ai beaucoup trop de boulot ce trimestre.", "schedule_conflict"),
    ("Mis turnos cambiaron y ahora trabajo de tarde.", "schedule_conflict"),
    ("I've gone onto night shifts at the depot.", "schedule_conflict"),
    ("Mi madre ya es mayor y tengo que cuidarla por las mañanas.", "personal"),
    ("Mein Vater ist jetzt im Pflegeheim und ich bin jeden Abend dort.", "personal"),
    ("The removal van comes on Friday, Leeds here we come.", "moved_away"),
    ("Ho firmato il contratto d'affitto lì e mi trasferisco ad aprile.", "moved_away"),
    ("A minha filha passou no vestibular, já não precisa de explicações.", "no_longer_needed"),
    ("Ik heb geen behoefte meer aan de maaltijdboxen.", "no_longer_needed"),
    ("Ho pagato due volte per lo stesso trattamento.", "dissatisfied"),
    ("Er zaten weer strepen op de ramen na jullie bezoek.", "dissatisfied"),
    ("Die Übungen waren mir viel zu schwer, ich mache erst die Grundlagen nachholen.", "not_ready"),
    ("I got really scared on the climbing wall, I think I need the basics first.", "not_ready"),
    ("Fiquei internada uma semana com uma pneumonia.", "illness"),
    ("Mijn knie speelt weer op, dus even geen tennis.", "illness"),
    ("Sono proprio al verde questo mese.", "cost"),
    ("Honestly I'm skint until payday.", "cost"),
])
def test_round8_reasons_told_as_situations(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Rules round 10 (after the replies_fresh12 first look: reasons told as situations), written anew.
@pytest.mark.parametrize(("text", "reason"), [
    ("We need a new boiler and every spare penny goes into it.", "cost"),
    ("Die Krankenkasse zahlt nicht mehr und privat geht es gerade nicht.", "cost"),
    ("El seguro ya no cubre las sesiones.", "cost"),
    ("Mijn zoon heeft geen zin meer in judo.", "no_longer_needed"),
    ("Ele perdeu o interesse, agora só quer jogar basquete.", "no_longer_needed"),
    ("We closed the shop at the end of January, so no more deliveries needed.", "no_longer_needed"),
    ("Bei uns ist das zweite Kind gekommen, alles steht kopf.", "personal"),
    ("We called the wedding off in the end.", "personal"),
    ("Vou morar com o meu namorado em Braga a partir de junho.", "moved_away"),
    ("Il ginocchio mi ha tradito di nuovo, risonanza martedì.", "illness"),
    ("Le dos encore bloqué, je dois faire une IRM.", "illness"),
    ("Ze maakt geen vooruitgang meer, we stoppen.", "dissatisfied"),
    ("Mit der neuen Trainerin werde ich einfach nicht warm geworden.", "dissatisfied"),
    ("Ik heb het te druk met mijn scriptie.", "schedule_conflict"),
    ("A friend of mine does it for half the price now.", "found_alternative"),
])
def test_round10_reasons_told_as_situations(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


@pytest.mark.parametrize("text", ["Meine Schulter ist wieder top, danke für alles!",
                                  "My knee is fine again, so I don't need the sessions.",
                                  "Mijn rug is weer helemaal goed."])
def test_a_body_part_fine_again_is_no_illness(text: str) -> None:
    assert classify_reason(text, "en").reason != "illness"


# Rules round 15 (after the replies_fresh16 first look: complaints told as a story), written anew.
@pytest.mark.parametrize(("text", "reason"), [
    ("The therapist was late again and nobody apologised.", "dissatisfied"),
    ("Niemand hat sich entschuldigt, als der Termin ausfiel.", "dissatisfied"),
    ("La recepcionista fue muy grosera conmigo.", "dissatisfied"),
    ("On m'a parlé de façon très impolie au téléphone.", "dissatisfied"),
    ("Il parrucchiere era in ritardo e pure sgarbato.", "dissatisfied"),
    ("De massage begon 25 minuten te laat.", "dissatisfied"),
    ("A sessão atrasou 30 minutos e ninguém pediu desculpa.", "dissatisfied"),
    ("My highlights came out orange and I had to get them fixed elsewhere.", "dissatisfied"),
    ("Privéomstandigheden, verder wil ik er niet over uitweiden.", "personal"),
    ("Ik ben nog lang niet klaar voor de gevorderden.", "not_ready"),
])
def test_round15_reasons(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


@pytest.mark.parametrize("text", [
    "I'm not interested in receiving any more emails, thanks.",
    "Ich habe kein Interesse an weiteren Newslettern.",
    "No me interesa recibir más correos, gracias.",
    "Merci de ne plus m'adresser de messages.",
    "Basta mail, per favore.",
    "Ik wens geen verdere e-mails te ontvangen.",
    "Não continuem a me mandar mensagens.",
])
def test_round15_opt_outs(text: str) -> None:
    assert classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "I'll ring you myself if I want to come back, so no need to email me any more.",
    "Weitere Zusendungen wünsche ich nicht.",
    "Bitte löschen Sie meine Daten.",
    "No hace falta que me escribáis más, gracias.",
    "Et stop pour les mails, merci.",
    "Vi prego di non inviarmi più comunicazioni.",
    "Jullie hoeven me niet meer te mailen.",
    "Apaguem os meus dados, por favor.",
])
def test_round16_opt_outs(text: str) -> None:
    assert classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "No need to reply, I just wanted to explain.", "Eine Antwort ist nicht nötig.",
])
def test_round16_no_need_to_reply_is_no_opt_out(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


# Rules round 17 (after the replies_fresh18 first look), written anew.
@pytest.mark.parametrize(("text", "reason"), [
    ("Half the machines were broken and the showers always cold.", "dissatisfied"),
    ("Der Kurs war ständig überfüllt, Matte an Matte.", "dissatisfied"),
    ("En tres meses ninguna mejora en la espalda.", "dissatisfied"),
    ("Le stage a été une vraie déception.", "dissatisfied"),
    ("Het is echt niet dat ik ontevreden was, maar €60 per maand is me te veel.", "cost"),
    ("La pediatra dice que es mejor esperar un poco, tiene solo cuatro años.", "not_ready"),
    ("Le dîner de mon service a été avancé au même soir.", "schedule_conflict"),
    ("J'ai trop de produits, je n'arrive plus à tout utiliser.", "no_longer_needed"),
    ("Dopo la fusione la consulenza non è più necessaria.", "no_longer_needed"),
    ("It's personal, I'd rather not go into it.", "personal"),
])
def test_round17_reasons(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


@pytest.mark.parametrize("text", [
    "Ich widerspreche der weiteren Nutzung meiner E-Mail-Adresse.",
    "Please delete my data under the GDPR.",
    "Me opongo al tratamiento de mis datos.",
    "Maak ik bezwaar tegen het gebruik van mijn e-mailadres.",
])
def test_round17_objections_are_opt_outs(text: str) -> None:
    assert classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "I'd rather not be contacted again, thanks.",
    "Ich möchte keine weiteren Nachfragen bekommen.",
    "Je préférerais ne plus être contactée par le club.",
    "Vi chiedo di non ricontattarmi.",
    "Ik wil liever niet meer benaderd worden.",
    "Prefiero no ser contactada, gracias.",
])
def test_round17_no_contact_is_an_opt_out(text: str) -> None:
    assert classify_reason(text, "en").opt_out


# Rules round 18 (after the replies_fresh19 first look), written anew.
@pytest.mark.parametrize("text", [
    "I'd rather this was the last of these emails, thanks.",
    "Les agradecería que este fuera el último correo que recibo.",
    "Merci de m'oublier dans vos envois désormais.",
    "Inutile de continuer à m'écrire.",
    "Gradirei non ricevere più comunicazioni.",
    "Non mandatemi altro, grazie.",
    "Dispenso mais contactos, obrigado.",
    "Angebote braucht ihr mir bitte nicht mehr schicken.",
])
def test_round18_opt_outs(text: str) -> None:
    assert classify_reason(text, "en").opt_out


# Rules round 19 (after the replies_fresh19 first look: reasons 0.69), written anew.
@pytest.mark.parametrize(("text", "reason"), [
    ("I'm no longer in the area, the job took us north.", "moved_away"),
    ("J'ai été mutée à Bordeaux en janvier.", "moved_away"),
    ("Mi hanno trasferito a Torino, quindi niente più lezioni.", "moved_away"),
    ("Mein neuer Schichtplan lässt dienstags nichts mehr zu.", "schedule_conflict"),
    ("Je finis à 19h, impossible d'arriver à temps pour le cours.", "schedule_conflict"),
    ("Onze buurvrouw geeft ook gitaarles, dat is handiger.", "found_alternative"),
    ("Sinceramente esperava mais das aulas.", "dissatisfied"),
    ("Je n'avais pas l'impression de progresser dans ce groupe.", "dissatisfied"),
    ("It was the most expensive thing on my bank statement.", "cost"),
    ("I slipped and have broken my wrist, six weeks in plaster.", "illness"),
    ("Ik zit thuis met een burn-out.", "illness"),
])
def test_round19_reasons(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Rules round 20 (after the replies_fresh20 first look: one false opt-out, from our own subject
# "Votre désinscription du cours d'anglais"): leaving a class is no opt-out, in several languages.
@pytest.mark.parametrize("text", [
    "Votre désinscription du cours d'anglais du mardi",
    "Ihre Abmeldung vom Kurs am Dienstag",
    "Unsubscribe from the course confirmed",
])
def test_round20_leaving_a_class_is_no_opt_out(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


def test_round20_leaving_the_list_still_is() -> None:
    assert classify_reason("Merci de confirmer ma désinscription de votre liste.", "fr").opt_out


def test_round21_ceasing_every_follow_up_is_an_opt_out_and_held() -> None:
    from responder.maybe_stop import maybe_stop

    text = "Merci de cesser toute relance par courriel, je ne reviendrai pas."
    assert classify_reason(text, "fr").opt_out
    assert maybe_stop("Veuillez cesser vos envois.")


# Rules round 22 (after the replies_fresh21 first look: reasons 0.51, a situation described
# rather than named), written anew, in every language.
@pytest.mark.parametrize(("text", "reason"), [
    ("We found a private tutor who comes to the house on Mondays.", "found_alternative"),
    ("Mijn werkgever heeft nu een eigen sportschool in het gebouw.", "found_alternative"),
    ("Entrei num grupo de caminhada do bairro.", "found_alternative"),
    ("Me apunté a un club de pádel al lado de casa.", "found_alternative"),
    ("Wir haben uns mit zwei Freunden ein kleines Büro gemietet.", "found_alternative"),
    ("Sus entrenamientos son los martes y jueves por la tarde.", "schedule_conflict"),
    ("Le cours tombe en même temps que le conservatoire de ma fille.", "schedule_conflict"),
    ("Entro alle 7 e esco alle 19, non ce la faccio proprio.", "schedule_conflict"),
    ("Die Nachhilfe kriegen wir neben dem Chor leider nicht mehr unter.", "schedule_conflict"),
    ("De abo is gestegen naar 49 euro per maand.", "cost"),
    ("Tive de cortar nos extras este ano.", "cost"),
    ("Nobody even bothered to ring me back about the broken tap.", "dissatisfied"),
    ("Ogni settimana una persona diversa, e due volte non è venuto nessuno.", "dissatisfied"),
    ("They lost my coat and then said it was never handed in.", "dissatisfied"),
    ("Vivimos en Sevilla desde octubre.", "moved_away"),
    ("Estamos a passar uma fase complicada cá em casa.", "personal"),
    ("On attend notre deuxième enfant pour mars.", "personal"),
    ("Je n'arrivais pas à suivre le rythme du groupe avancé.", "not_ready"),
    ("Onze hond is nog te jong voor de groepsles.", "not_ready"),
])
def test_round22_reasons(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Round 22, opt-outs (the replies_fresh22 first look: four false opt-outs), written anew.
@pytest.mark.parametrize("text", [
    "Haal me alstublieft niet van de maillijst, volgend jaar kom ik misschien terug.",
    "Désinscription de Louis et Emma",  # our subject: they left the class
    "Pour l'appli, je vais m'en désabonner moi-même.",
    "Je me suis désinscrite du cours du mardi, merci.",
])
def test_round22_not_an_opt_out(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "Haal me van de maillijst, alstublieft.",
    "Désabonnez-moi, s'il vous plaît.",
    "Je souhaite me désinscrire de votre newsletter.",
    "Merci de me désabonner de vos mails.",
])
def test_round22_still_an_opt_out(text: str) -> None:
    assert classify_reason(text, "en").opt_out


def test_round22_leaving_something_unnamed_is_held_for_a_person() -> None:
    got = classify_reason("Pour l'appli, je vais m'en désabonner moi-même.", "fr")
    assert not got.opt_out and got.maybe_stop


# Reasons round 22, part 2 (after the replies_fresh22 first look: 0.59), written anew.
@pytest.mark.parametrize(("text", "reason"), [
    ("Nobody could explain how he got the scratch on his nose.", "dissatisfied"),
    ("Niemand kon me vertellen waarom de les niet doorging.", "dissatisfied"),
    ("Depois disso já não temos confiança no serviço.", "dissatisfied"),
    ("Nessuno di voi si è degnato di richiamarmi.", "dissatisfied"),
    ("Met mijn nieuwe baan ben ik pas rond zeven uur thuis.", "schedule_conflict"),
    ("Ich bin jetzt erst gegen sechs zuhause, das klappt nicht mehr.", "schedule_conflict"),
    ("Estou cortando tudo que não é essencial este mês.", "cost"),
    ("Zelf betalen kan ik van mijn pensioen niet opbrengen.", "cost"),
    ("Dopo la separazione siamo tornati a vivere dai miei a Bari.", "moved_away"),
    ("We're in Denver now, so that's that.", "moved_away"),
    ("We're expecting our second in June, so we're cutting back on activities.", "personal"),
    ("On attend un bébé pour l'été, je mets tout en pause.", "personal"),
    ("Mi sono iscritta al laboratorio di ceramica del quartiere.", "found_alternative"),
    ("Consegui finalmente vaga na fisioterapia do centro de saúde.", "found_alternative"),
    ("Wir haben zu dritt ein kleines Ladenbüro gemietet.", "found_alternative"),
])
def test_round22_reasons_part2(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


def test_round22_in_hospital_now_is_no_move() -> None:
    assert classify_reason("We're in hospital now with my husband.", "en").reason != "moved_away"


# Opt-outs round 22 (replies_fresh22: three opt-outs the rules did not read), written anew.
@pytest.mark.parametrize("text", [
    "Ihre Angebote per Mail möchte ich nicht mehr bekommen, danke.",
    "Ik wil graag geen nieuwsbrieven meer van jullie ontvangen.",
    "Não quero mais nenhuma mensagem de vocês.",
    "Já pedi para parar de mandar e-mails.",
])
def test_round22_opt_outs_with_the_mail_named_first(text: str) -> None:
    assert classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "Não precisa parar de me mandar e-mail, tá?",
    "Sinds de zomer kreeg ik geen berichten meer over de lessen.",
])
def test_round22_not_opt_outs(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


# Opt-outs round 22, part 2 (replies_fresh23: "Löschen Sie meine Adresse" neither read nor held),
# written anew, in every language.
@pytest.mark.parametrize("text", [
    "Löschen Sie bitte meine Adresse, sofort.",
    "Delete my email address from your system.",
    "Cancellate il mio indirizzo, grazie.",
    "Apaguem o meu endereço, por favor.",
    "Borren mi dirección de su base de datos.",
    "Supprimez mon adresse, merci.",
    "Verwijder mijn adres uit jullie bestand.",
    "Les agradecería que ya no me enviaran correos.",
    "Mag ik u vragen mij niet meer te mailen?",
])
def test_round22_deleting_the_address_is_an_opt_out(text: str) -> None:
    assert classify_reason(text, "en").opt_out


# Reasons round 22, part 3 (after the replies_fresh23 first look: 0.600), written anew.
@pytest.mark.parametrize(("text", "reason"), [
    ("Ich habe dreimal angerufen, zurückgerufen hat niemand.", "dissatisfied"),
    ("I left two messages and nobody ever called me back.", "dissatisfied"),
    ("Twee keer een half uur zitten wachten, dat vind ik te gek.", "dissatisfied"),
    ("Mi avete rovinato il parquet con quel prodotto.", "dissatisfied"),
    ("We got the keys to the new house in Leeds last week.", "moved_away"),
    ("Wir übersiedeln im Mai nach Linz.", "moved_away"),
    ("Ya no nos hacen falta las clases de refuerzo.", "no_longer_needed"),
    ("Le coworking ne me sert plus à rien maintenant.", "no_longer_needed"),
    ("Ik ga verder bij een praktijk dichter bij huis.", "found_alternative"),
    ("Dort werde ich die Behandlung fortsetzen.", "found_alternative"),
    ("Ho avuto un infarto a gennaio, niente bici per ora.", "illness"),
    ("La boda no se va a celebrar, prefiero no entrar en detalles.", "personal"),
    ("Mon mari et moi, nous nous séparons.", "personal"),
    ("Mijn werkdagen zijn per april veranderd.", "schedule_conflict"),
    ("Secondo la pediatra è troppo presto per lui.", "not_ready"),
])
def test_round22_reasons_part3(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Reasons round 23 (after the replies_fresh24 first look: 0.471), written anew.
@pytest.mark.parametrize(("text", "reason"), [
    ("We're emigrating to Canada in the autumn.", "moved_away"),
    ("Wir haben endlich ein Haus in Kiel gefunden.", "moved_away"),
    ("Even with the discount it's more than I can stretch to.", "cost"),
    ("Com tudo subindo, este ano não dá.", "cost"),
    ("Mio marito è in cassa integrazione da marzo.", "cost"),
    ("Me he apuntado a uno al lado de casa.", "found_alternative"),
    ("Ora vado da una ragazza più paziente.", "found_alternative"),
    ("A empresa abriu um ginásio no edifício e é de borla.", "found_alternative"),
    ("J'ai eu le sentiment de ne pas être écouté pendant la séance.", "dissatisfied"),
    ("Me la devolvieron con un corte y ni una disculpa.", "dissatisfied"),
    ("Sinds ik in Amsterdam werk haal ik de les van 19:00 niet meer.", "schedule_conflict"),
])
def test_round23_reasons(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Reasons round 24 (after the replies_fresh25 first look: 0.657), written anew, every language.
@pytest.mark.parametrize(("text", "reason"), [
    ("Honestly it's a money thing now that the fees went up.", "cost"),
    ("Bei uns ist das leider eine reine Geldfrage.", "cost"),
    ("Pour nous c'est une question d'argent, tout simplement.", "cost"),
    ("En casa es una cuestión de dinero, nada más.", "cost"),
    ("Per noi è una questione di soldi, purtroppo.", "cost"),
    ("Eerlijk gezegd is het een kwestie van geld.", "cost"),
    ("Para nós é uma questão de dinheiro.", "cost"),
    ("I just don't think I'm ready yet after that lesson.", "not_ready"),
    ("Mio marito non si sente ancora pronto a iniziare.", "not_ready"),
    ("Mon fils ne se sent pas encore prêt pour la compétition.", "not_ready"),
    ("Mein Sohn fühlt sich noch nicht bereit dafür.", "not_ready"),
    ("Mijn man voelt zich nog niet klaar voor zo'n traject.", "not_ready"),
    ("Mi hija no se siente todavía preparada para el examen.", "not_ready"),
    ("O meu filho não se sente pronto para isso.", "not_ready"),
    ("Les cours qui restaient ne me servent donc plus à rien.", "no_longer_needed"),
    ("Tenho a minha horta e agora não me fazem falta.", "no_longer_needed"),
    ("Die restlichen Stunden brauche ich jetzt nicht mehr.", "no_longer_needed"),
    ("Ya no me hacen falta las clases que quedaban.", "no_longer_needed"),
    ("Le lezioni rimaste non mi servono più.", "no_longer_needed"),
    ("De overige lessen heb ik niet meer nodig.", "no_longer_needed"),
    ("The remaining lessons are no use to me now.", "no_longer_needed"),
    ("In april trekken we in bij onze dochter in Middelburg.", "moved_away"),
    ("We're moving in with my daughter in the spring.", "moved_away"),
    ("Im April ziehen wir zu unserer Tochter.", "moved_away"),
    ("En abril nos vamos a vivir con mi hija.", "moved_away"),
    ("En avril nous allons vivre chez notre fille.", "moved_away"),
    ("Ad aprile andiamo a vivere da nostra figlia.", "moved_away"),
    ("Em abril vamos morar com a nossa filha.", "moved_away"),
])
def test_round24_reasons(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# The price named only to say it was not the reason (round 24).
@pytest.mark.parametrize("text", [
    "Am Preis lag es nicht, der Lehrer hat uns nie beachtet.",
    "The price wasn't the issue, the teacher never looked at us.",
    "Aan de prijs lag het niet, de docent keek nooit naar ons om.",
    "The price wasn't the problem. The teacher ignored us.",
])
def test_a_price_said_not_to_be_the_reason_is_not_cost(text: str) -> None:
    assert classify_reason(text, "en").reason != "cost"


def test_a_question_of_time_is_not_money() -> None:
    assert classify_reason("Het is een kwestie van tijd voor we terugkomen.", "nl").reason != "cost"


# Reasons round 25 (after the replies_fresh26 first look: found_alternative 0 of 7), every language.
@pytest.mark.parametrize(("text", "reason"), [
    ("My brother-in-law retired and he's been doing ours for nothing.", "found_alternative"),
    ("Mi prima me hace las limpiezas en su clínica sin coste.", "found_alternative"),
    ("Mein Schwager macht das jetzt umsonst für die ganze Familie.", "found_alternative"),
    ("Ma voisine garde Inès gratuitement le mercredi.", "found_alternative"),
    ("Mia cugina lo fa gratis da quando è in pensione.", "found_alternative"),
    ("Mijn zwager doet het nu voor niks.", "found_alternative"),
    ("A minha vizinha faz isso de graça.", "found_alternative"),
    ("A empresa abriu uma academia no prédio novo.", "found_alternative"),
    ("I left because of the way I was treated at reception.", "dissatisfied"),
    ("Me fui por el trato que recibí en recepción.", "dissatisfied"),
    ("Ich bin gegangen, weil die Dame am Empfang einfach aufgelegt hat.", "dissatisfied"),
    ("La dame de l'accueil m'a raccroché au nez.", "dissatisfied"),
    ("Non mi è piaciuto come sono stata trattata alla reception.", "dissatisfied"),
    ("Ik was boos over hoe ik behandeld werd aan de balie.", "dissatisfied"),
    ("Não gostei da forma como fui tratada na receção.", "dissatisfied"),
    ("I realised I wasn't ready to commit to two evenings a week.", "not_ready"),
    ("The Tuesday aqua class being dropped is the only reason I stopped coming.", "other"),
    ("El taller de los jueves lo habéis quitado este trimestre.", "other"),
    ("Vous aviez aboli le cours du mardi soir.", "other"),
    ("Avete tolto il corso del giovedì.", "other"),
    ("Ihr habt den Donnerstagskurs um 19 Uhr gestrichen.", "other"),
    ("Jullie hebben de les op dinsdag geschrapt.", "other"),
    ("Tiraram a aula de quinta-feira.", "other"),
])
def test_round25_reasons(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# A job in a named place is a move; a job in something else is not (round 25).
@pytest.mark.parametrize(("text", "moved"), [
    ("Mein Mann hat eine Stelle in Hamburg bekommen.", True),
    ("My husband got a new job in Leeds, so we're off.", True),
    ("Mi marido tiene un trabajo en Valencia desde enero.", True),
    ("Mon mari a un nouveau poste à Lyon.", True),
    ("Mio marito ha un nuovo lavoro a Torino.", True),
    ("Mijn man heeft een nieuwe baan in Utrecht.", True),
    ("O meu marido arranjou um emprego em Lisboa.", True),
    ("Ich habe eine Stelle in Teilzeit angenommen und habe abends keine Zeit mehr.", False),
    ("I got a new job in IT with longer hours.", False),
])
def test_round25_a_job_in_a_named_place(text: str, moved: bool) -> None:
    assert (classify_reason(text, "en").reason == "moved_away") is moved


# Reasons round 26 (after the replies_fresh27 first look), written anew, every language.
@pytest.mark.parametrize(("text", "reason"), [
    ("Merci, mais j'ai trouvé un salon juste à côté de la gare.", "found_alternative"),
    ("I've signed up there with a few people from work.", "found_alternative"),
    ("Han abierto un gimnasio nuevo y me he apuntado allí.", "found_alternative"),
    ("Mi sono iscritta lì con due colleghe.", "found_alternative"),
    ("Ich habe mich dort mit meiner Kollegin angemeldet.", "found_alternative"),
    ("Ik heb me daar met mijn buurvrouw ingeschreven.", "found_alternative"),
    ("Estou fazendo aulas pelo app que a empresa paga para os funcionários.", "found_alternative"),
    ("Honestly I expected more for the money than a video on a screen.", "dissatisfied"),
    ("Pour ce tarif, je m'attendais à mieux.", "dissatisfied"),
    ("Mi aspettavo molta più pratica e meno chiacchiere.", "dissatisfied"),
    ("Ich hatte mir ehrlich gesagt mehr erwartet.", "dissatisfied"),
    ("Esperaba bastante más de un curso así.", "dissatisfied"),
    ("Eerlijk gezegd had ik meer verwacht.", "dissatisfied"),
    ("Esperava muito mais das aulas.", "dissatisfied"),
    ("We'll try again when she's a bit older.", "not_ready"),
    ("Lo intentaremos cuando sea un poco mayor.", "not_ready"),
    ("On réessaiera quand il sera un peu plus grand.", "not_ready"),
    ("Wir probieren es wieder, wenn sie etwas älter ist.", "not_ready"),
    ("We proberen het opnieuw als ze wat ouder is.", "not_ready"),
    ("Voltamos quando ele for mais velho.", "not_ready"),
    ("Ci riproviamo quando sarà più grande.", "not_ready"),
    ("Volto quando estiver mais preparada.", "not_ready"),
    ("Riproverò quando mi sentirò più sicuro.", "not_ready"),
    ("Le jeudi je travaille jusqu'à 20 h.", "schedule_conflict"),
    ("On Thursdays I work until eight now.", "schedule_conflict"),
    ("Los jueves trabajo hasta las nueve.", "schedule_conflict"),
    ("Donnerstags geht es wegen meiner Weiterbildung nicht mehr.", "schedule_conflict"),
    ("Il giovedì lavoro fino alle nove.", "schedule_conflict"),
    ("Op donderdag werk ik tot negen uur.", "schedule_conflict"),
    ("Às quintas trabalho até às nove.", "schedule_conflict"),
])
def test_round26_reasons(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Opt-outs round 27 (after the replies_fresh28 first look): the wish in the conditional, the mail
# named, in every language; the same words about something else than our mail are not one.
@pytest.mark.parametrize("text", [
    "Par ailleurs, je préférerais ne plus recevoir vos newsletters.",
    "Preferiría no recibir más sus ofertas por correo, gracias.",
    "Wij ontvangen liever geen nieuwsbrieven meer.",
    "Ich würde lieber keine Werbemails mehr bekommen.",
    "Newsletter und Angebote brauche ich nicht mehr, danke.",
    "I'd prefer not to receive your newsletters from now on.",
    "Preferirei non ricevere più le vostre offerte via mail.",
    "Preferia não receber mais as vossas newsletters.",
])
def test_round27_a_conditional_wish_to_get_no_more_mail_opts_out(text: str) -> None:
    assert classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "Je préférerais ne plus recevoir de factures papier, la version PDF suffit.",
    "Preferiría no recibir más cajas en verano, las retomo en septiembre.",
])
def test_round27_the_same_wish_about_something_else_is_not_an_opt_out(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


# Reasons round 28 (after the replies_fresh29 and replies_fresh30 first looks), written anew, every
# language: reasons told as a story.
@pytest.mark.parametrize(("text", "reason"), [
    # the test passed, the certificate got, the year passed, done with the lessons
    ("Lily passed it first time.", "no_longer_needed"),
    ("Tom got his licence on Friday!", "no_longer_needed"),
    ("Den Führerschein hat Jonas jetzt in der Tasche.", "no_longer_needed"),
    ("Die Versetzung ist geschafft, danke für die Hilfe.", "no_longer_needed"),
    ("Mi hijo ya ha sacado el carnet, así que no seguimos.", "no_longer_needed"),
    ("Ma fille a obtenu son permis la semaine dernière.", "no_longer_needed"),
    ("Marco ha preso la patente al primo colpo.", "no_longer_needed"),
    ("Sanne heeft haar zwemdiploma A gehaald.", "no_longer_needed"),
    ("O Pedro tirou a carta em março.", "no_longer_needed"),
    ("We're done with the lessons now that he can swim.", "no_longer_needed"),
    ("Wij zijn klaar met de pianolessen.", "no_longer_needed"),
    # healed
    ("My shoulder feels great now, thanks to Anna.", "no_longer_needed"),
    ("Mein Knie ist wieder gut, ich brauche keine Therapie.", "no_longer_needed"),
    # things piling up unused
    ("The boxes were piling up unopened in the hall.", "no_longer_needed"),
    ("Die Kisten stapelten sich ungeöffnet im Keller.", "no_longer_needed"),
    ("Las cajas se me acumulaban sin abrir.", "no_longer_needed"),
    ("I libri si accumulavano senza essere letti.", "no_longer_needed"),
    ("De pakketten stapelden zich op in de gang.", "no_longer_needed"),
    ("As caixas acumulavam-se sem abrir no armário.", "no_longer_needed"),
    # a pet over the rainbow bridge
    ("Our Luna crossed the rainbow bridge in May.", "no_longer_needed"),
    ("Nuestro Coco cruzó el puente del arcoíris.", "no_longer_needed"),
    ("Notre Filou est parti au pont de l'arc-en-ciel.", "no_longer_needed"),
    ("Il nostro Birba è andato sul ponte dell'arcobaleno.", "no_longer_needed"),
    ("Onze Max is over de regenboogbrug gegaan.", "no_longer_needed"),
    ("A nossa Mel partiu para a ponte do arco-íris.", "no_longer_needed"),
    # pregnant (personal), and sick with it (illness); the baby born; breastfeeding
    ("I'm pregnant, so I'm stepping back for a while.", "personal"),
    ("Ich bin schwanger und mache erst einmal Pause.", "personal"),
    ("Estoy embarazada y prefiero parar.", "personal"),
    ("Je suis enceinte, alors je fais une pause.", "personal"),
    ("Sono incinta e mi fermo per un po'.", "personal"),
    ("Ik ben zwanger, dus ik stop even.", "personal"),
    ("Fiquei grávida e vou parar por agora.", "personal"),
    ("Our baby girl turned up two weeks early!", "personal"),
    ("J'ai accouché le mois dernier.", "personal"),
    ("Ho partorito a settembre.", "personal"),
    ("Dei à luz em agosto.", "personal"),
    ("He dado a luz hace un mes.", "personal"),
    ("I'm still breastfeeding, so no wine for now.", "personal"),
    # a parent in hospital, cared for
    ("Taking care of my father takes all my evenings.", "personal"),
    ("Estoy cuidando a mi padre, que está muy delicado.", "personal"),
    ("Ma mère a fait un AVC, je suis près d'elle tous les jours.", "personal"),
    ("Mia madre è caduta in casa.", "personal"),
    ("Meine Mutter ist gestürzt und braucht mich.", "personal"),
    ("Ik zorg voor mijn vader sinds de zomer.", "personal"),
    ("Minha mãe caiu na rua e precisa de mim.", "personal"),
    # the wedding planned or put off; a break-up; grandchildren
    ("We're getting married in June and it's chaos.", "personal"),
    ("Wir heiraten im Herbst, da ist gerade alles voll.", "personal"),
    ("Nos casamos en octubre y no doy abasto.", "personal"),
    ("On se marie cet été, c'est la folie.", "personal"),
    ("Ci sposiamo a maggio, sono sommersa.", "personal"),
    ("We gaan trouwen in mei.", "personal"),
    ("Vamos casar em julho.", "personal"),
    ("The wedding has been postponed to next year.", "personal"),
    ("Die Hochzeit wurde verschoben.", "personal"),
    ("Tom and I aren't together any more.", "personal"),
    ("Mein Freund und ich sind nicht mehr zusammen.", "personal"),
    ("Ya no estamos juntos, así que lo dejo.", "personal"),
    ("On n'est plus ensemble depuis l'été.", "personal"),
    ("Non stiamo più insieme da aprile.", "personal"),
    ("Wij zijn niet meer samen.", "personal"),
    ("Já não estamos juntos.", "personal"),
    ("I became a grandmother in March and mind the baby twice a week.", "personal"),
    ("Ich bin Oma geworden.", "personal"),
    ("Me he convertido en abuela.", "personal"),
    ("Je garde mes petits-enfants le mercredi.", "personal"),
    ("Sono diventata nonna a gennaio.", "personal"),
    ("Ik pas op de kleinkinderen op woensdag.", "personal"),
    ("Fiquei avó em abril.", "personal"),
    # at home now, covered elsewhere, a colleague took me, paying twice
    ("We cook from scratch again now.", "found_alternative"),
    ("Wir kochen jetzt lieber selbst.", "found_alternative"),
    ("Ahora cocinamos nosotros mismos.", "found_alternative"),
    ("Je m'entraîne dans mon garage.", "found_alternative"),
    ("Ora cucino da sola.", "found_alternative"),
    ("We koken inmiddels weer zelf.", "found_alternative"),
    ("Comprei uma bicicleta para casa.", "found_alternative"),
    ("It's covered by my health plan now.", "found_alternative"),
    ("Ma mutuelle rembourse maintenant un autre coach.", "found_alternative"),
    ("Mi mutua ahora incluye las sesiones.", "found_alternative"),
    ("Das ist im Vereinsbeitrag schon enthalten.", "found_alternative"),
    ("La mia assicurazione copre anche le sedute in un centro vicino.", "found_alternative"),
    ("Mijn zorgverzekering vergoedt nu de fysio bij een ander.", "found_alternative"),
    ("O meu plano de saúde agora cobre as sessões noutro sítio.", "found_alternative"),
    ("A friend recommended a little studio by the station.", "found_alternative"),
    ("Meine Kollegin hat mir einen Friseur im Viertel empfohlen.", "found_alternative"),
    ("Una compañera me llevó a su peluquera.", "found_alternative"),
    ("Une collègue m'a recommandé une esthéticienne.", "found_alternative"),
    ("Una collega mi ha portata dal suo estetista.", "found_alternative"),
    ("Een vriendin heeft me meegenomen naar haar sportschool.", "found_alternative"),
    ("Uma colega levou-me ao cabeleireiro dela.", "found_alternative"),
    ("No point paying twice for the same thing.", "found_alternative"),
    # the rent or the fee up, cutting back
    ("Our landlord put up the rent again.", "cost"),
    ("Die Miete ist schon wieder gestiegen.", "cost"),
    ("Nos han subido el alquiler.", "cost"),
    ("Mon propriétaire a augmenté le loyer.", "cost"),
    ("L'affitto è aumentato di nuovo.", "cost"),
    ("Onze huur is flink omhoog gegaan.", "cost"),
    ("O senhorio aumentou a renda.", "cost"),
    ("Siete passati a 80 euro al mese.", "cost"),
    ("Ab Januar kostet der Kurs 20 Euro mehr.", "cost"),
    # shouted at, ignored, no refund, a reaction, a colour that did not hold, nothing learnt
    ("The trainer shouted at me in front of everyone.", "dissatisfied"),
    ("Der Trainer hat mich vor allen ausgelacht.", "dissatisfied"),
    ("El monitor me gritaba cada clase.", "dissatisfied"),
    ("La prof s'est moquée de moi devant le groupe.", "dissatisfied"),
    ("L'istruttore mi ha umiliata davanti a tutti.", "dissatisfied"),
    ("De trainer schreeuwde tegen me.", "dissatisfied"),
    ("O professor gritava comigo.", "dissatisfied"),
    ("Nobody even greeted me at the desk.", "dissatisfied"),
    ("Keiner hat mich begrüßt.", "dissatisfied"),
    ("Nadie me saludó.", "dissatisfied"),
    ("On m'a ignorée à l'accueil.", "dissatisfied"),
    ("Mi hanno ignorata alla cassa.", "dissatisfied"),
    ("Ik werd compleet genegeerd.", "dissatisfied"),
    ("Ninguém me atendeu na receção.", "dissatisfied"),
    ("I'm still waiting for my refund.", "dissatisfied"),
    ("The peel gave me a rash that lasted a week.", "dissatisfied"),
    ("Le soin m'a provoqué une allergie.", "dissatisfied"),
    ("Il trattamento mi ha procurato un'allergia.", "dissatisfied"),
    ("My perm didn't hold at all.", "dissatisfied"),
    ("El tinte no me duró nada.", "dissatisfied"),
    ("Il colore non ha tenuto.", "dissatisfied"),
    ("Mein Sohn hat dort nichts gelernt.", "dissatisfied"),
    ("Mi hija no aprendía nada.", "dissatisfied"),
    ("Hij leerde er niks.", "dissatisfied"),
    ("O Rui já não aprendia nada.", "dissatisfied"),
    # not living there any more, moved up north, a year abroad, posted elsewhere
    ("We don't live in Leeds any more.", "moved_away"),
    ("Ich wohne seit Mai nicht mehr in Köln.", "moved_away"),
    ("Ya no vivo en Sevilla.", "moved_away"),
    ("Je n'habite plus à Nantes.", "moved_away"),
    ("Non abito più a Torino.", "moved_away"),
    ("Wij wonen niet meer in Gent.", "moved_away"),
    ("Já não moro em Braga.", "moved_away"),
    ("We've moved up north for my husband's job.", "moved_away"),
    ("I'm off on a sabbatical for a year.", "moved_away"),
    ("Me voy un año al extranjero.", "moved_away"),
    ("Je pars un an à l'étranger.", "moved_away"),
    ("Vou passar um ano no estrangeiro.", "moved_away"),
    # shift work, hospital shifts, nobody to mind the children, never out in time, the thesis
    ("My husband works shifts now.", "schedule_conflict"),
    ("Ahora trabajo por turnos.", "schedule_conflict"),
    ("Ik werk tegenwoordig in ploegen.", "schedule_conflict"),
    ("Agora trabalho por turnos.", "schedule_conflict"),
    ("Mis turnos de noche en el hospital no me dejan.", "schedule_conflict"),
    ("Os meus plantões no hospital são imprevisíveis.", "schedule_conflict"),
    ("On Mondays I've got no one to look after the kids.", "schedule_conflict"),
    ("Le mardi, je n'ai personne pour garder les enfants.", "schedule_conflict"),
    ("Op woensdag heb ik niemand om op de kinderen te letten.", "schedule_conflict"),
    ("I can never get there before seven now.", "schedule_conflict"),
    ("Je n'arrive plus à temps depuis mon changement de poste.", "schedule_conflict"),
    ("Non riesco più ad arrivare in tempo.", "schedule_conflict"),
    ("I need to finish my thesis this term.", "schedule_conflict"),
    ("Tengo que terminar la tesis.", "schedule_conflict"),
    ("Ich muss meine Masterarbeit schreiben.", "schedule_conflict"),
    ("Devo finire la tesi entro marzo.", "schedule_conflict"),
    ("Ik moet mijn scriptie afmaken.", "schedule_conflict"),
    ("Tenho de acabar a tese.", "schedule_conflict"),
    ("Je dois finir ma thèse avant l'été.", "schedule_conflict"),
    # the level too high
    ("The level was too advanced for me.", "not_ready"),
    ("Das Niveau war noch zu hoch für mich.", "not_ready"),
    ("El nivel era demasiado alto para mí.", "not_ready"),
    ("Le niveau était trop élevé pour moi.", "not_ready"),
    ("Il livello era troppo alto per me.", "not_ready"),
    ("Het niveau was nog te hoog.", "not_ready"),
    ("O nível era demasiado alto para mim.", "not_ready"),
    # rest ordered by the doctor, the vocal cords
    ("I'm on complete voice rest until March.", "illness"),
    ("Ich habe Stimmruhe bis Dezember.", "illness"),
    ("Je suis au repos vocal pendant deux mois.", "illness"),
    ("Ik moet stemrust houden.", "illness"),
    # the teacher left, a year without alcohol, the app that will not run
    ("Since she left, it's just not the same.", "other"),
    ("Seit sie weg ist, macht es keinen Spaß mehr.", "other"),
    ("Desde que se fue la profe ya no es igual.", "other"),
    ("Depuis son départ, ce n'est plus pareil.", "other"),
    ("La maestra se n'è andata e non è più lo stesso.", "other"),
    ("Sinds ze weg is, is het niet meer hetzelfde.", "other"),
    ("Desde que ela saiu, não é a mesma coisa.", "other"),
    ("I've given up alcohol for the year.", "other"),
    ("Ich mache ein Jahr ohne Alkohol.", "other"),
    ("Hago un año sin alcohol.", "other"),
    ("Je fais un mois sans alcool.", "other"),
    ("Ho smesso di bere.", "other"),
    ("Ik drink een jaar geen alcohol meer, dus een jaar zonder alcohol.", "other"),
    ("Parei de beber.", "other"),
    ("The app won't install on my phone.", "other"),
    ("O aplicativo não instala no meu celular.", "other"),
    # a reason denied before it is said does not count
    ("I didn't cancel because I was unhappy: she passed her exam.", "no_longer_needed"),
    ("Ik ben niet gestopt omdat ik ontevreden was, ik ben geslaagd.", "no_longer_needed"),
])
def test_round28_reasons(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Round 28 guards: the same words about something else do not read the reason, and what read
# another reason before still does.
@pytest.mark.parametrize(("text", "reason"), [
    ("I don't live in fear of the dentist any more, thanks to you.", "none"),
    ("The teacher left early twice last month, so I gave up.", "none"),
    ("Mir ist bei euch nie übel geworden.", "none"),
    ("My sister-in-law is getting married.", "none"),
    # sick with the pregnancy stays illness
    ("Ich bin schwanger und mir ist jeden Morgen übel.", "illness"),
    ("Ik ben zwanger en ontzettend misselijk.", "illness"),
    ("I'm pregnant and have terrible morning sickness.", "illness"),
    # a parent in hospital: personal since reasons round 64 (the development corpus's "father-in-law
    # hospitalised"); it was illness here before
    ("Mijn moeder ligt in het ziekenhuis.", "personal"),
])
def test_round28_same_words_about_something_else(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Opt-outs round 29 (after the replies_fresh31 first look: four opt-outs held, none read; one
# "keep me on the list" read as one), written anew, in every language.
@pytest.mark.parametrize("text", [
    "Would you mind taking me off the mailing? Thanks for everything.",
    "Do you mind removing me from your newsletters from now on?",
    "Y por favor, ya no me manden las promociones.",
    "No más boletines, por favor, ya no vivo allá.",
    "Vi chiedo gentilmente: niente più email promozionali.",
    "Chega de promoções no meu e-mail, por favor.",
    "Dá para parar de mandar publicidade? Obrigado.",
    "Tragen Sie mich bitte aus Ihrem Newsletter-Verteiler aus.",
    "Bitte streichen Sie mich vom Verteiler.",
    "Plus de newsletters pour moi, merci.",
    "Geen promotiemails meer alstublieft.",
])
def test_round29_opt_outs(text: str) -> None:
    assert classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "Bitte lasst mich aber im Verteiler, ich komme im Sommer wieder.",
    "Lassen Sie mich gern im Verteiler.",
    "Could you remove me from the Tuesday class? My shifts changed.",
    "Thanks for taking me off the rota so quickly.",
    "Would you mind removing me from the Saturday group?",
    "Non mi è arrivata nessuna email di conferma, è normale?",
    "Ya no me mandan los avisos desde enero, ¿pasó algo?",
])
def test_round29_the_same_words_without_an_opt_out(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


# Rules round 30 (after the replies_fresh31 first look): each family written anew in every language,
# in wordings other than the blind set's; every sentence read otherwise before.
@pytest.mark.parametrize(("text", "reason"), [
    # a partner, relative or friend now does it, often for nothing
    ('My husband does my nails now and it costs me nothing.', "found_alternative"),
    ("My auntie is a hairdresser and it doesn't cost me a thing.", "found_alternative"),
    ("My wife cuts my hair these days, so that's that.", "found_alternative"),
    ('Meine Frau schneidet mir jetzt die Haare.', "found_alternative"),
    ('Mein Kumpel macht das in seiner Werkstatt, kostet mich nix.', "found_alternative"),
    ('Mein Onkel repariert die Räder jetzt, das kostet uns nichts.', "found_alternative"),
    ('Mi marido me corta el pelo ahora.', "found_alternative"),
    ('Mi tío tiene taller y no me cuesta nada.', "found_alternative"),
    ('Mi pareja es entrenadora y me entrena, no nos cuesta nada.', "found_alternative"),
    ('Ma femme me coupe les cheveux maintenant.', "found_alternative"),
    ('Mon beau-frère est mécanicien, ça ne me coûte rien.', "found_alternative"),
    ('Ma voisine est coiffeuse et ça ne me coûte rien du tout.', "found_alternative"),
    ('Mia moglie mi taglia i capelli adesso.', "found_alternative"),
    ('Mio cugino fa il meccanico e non mi costa niente.', "found_alternative"),
    ('Mia sorella è estetista e non mi costa nulla.', "found_alternative"),
    ('Mijn vriendin knipt me tegenwoordig.', "found_alternative"),
    ('Mijn zwager is kapper en het kost me niks.', "found_alternative"),
    ('Mijn buurman sleutelt aan mijn fiets, kost me geen cent.', "found_alternative"),
    ('A minha mulher agora corta-me o cabelo.', "found_alternative"),
    ('O meu cunhado é mecânico e não me custa nada.', "found_alternative"),
    ('Minha irmã virou manicure e não me custa nada.', "found_alternative"),
    # clippers bought to cut at home
    ("We bought some clippers and I do the boys' hair in the bathroom.", "found_alternative"),
    ('Wir haben eine Haarschneidemaschine gekauft.', "found_alternative"),
    ('Nos hemos comprado una maquinilla y le corto yo el pelo al niño.', "found_alternative"),
    ('On a acheté une tondeuse, je fais ça dans la salle de bain.', "found_alternative"),
    ('Abbiamo comprato una macchinetta, ci pensiamo noi.', "found_alternative"),
    ('We hebben een tondeuse gekocht.', "found_alternative"),
    ('Comprei uma máquina de cortar cabelo.', "found_alternative"),
    # a gym or workshop in someone's garage or cellar; doing our own servicing
    ('A mate converted his garage and we all lift there now, proper garage gym.', "found_alternative"),
    ("We've been doing our own repairs since the summer.", "found_alternative"),
    ('Mein Bruder hat im Keller einen Fitnessraum eingerichtet.', "found_alternative"),
    ('Wir trainieren jetzt in seiner Kellerwerkstatt, eine richtige Hobbywerkstatt.', "found_alternative"),
    ('Mi cuñado ha montado un gimnasio en su garaje.', "found_alternative"),
    ('Un amigo montó un taller en el sótano y vamos allí.', "found_alternative"),
    ('Mon frère a aménagé une salle dans son garage.', "found_alternative"),
    ('On a une salle de sport dans le sous-sol de mon père maintenant, une salle de sport au garage.',
     "found_alternative"),
    ('Mio fratello ha allestito una palestra nel suo garage.', "found_alternative"),
    ("Un amico ha messo su un'officina in cantina.", "found_alternative"),
    ('Mijn broer heeft in zijn garage een fitnesshoek ingericht.', "found_alternative"),
    ('We trainen nu in een kelder-gym bij een vriend, echt een kelderwerkplaats.', "found_alternative"),
    ('O meu primo montou um ginásio na garagem.', "found_alternative"),
    ('Um amigo arranjou uma oficina na cave dele.', "found_alternative"),
    # produce from a relative's farm or garden
    ('We get all our eggs and veg from my aunt these days.', "found_alternative"),
    ("We now have my dad's allotment, more than we can eat.", "found_alternative"),
    ('Gemüse bekommen wir jetzt von meiner Schwägerin.', "found_alternative"),
    ('Wir holen uns das Obst vom Bauernhof von meinem Onkel.', "found_alternative"),
    ('Las verduras nos las da mi suegra, que tiene huerto.', "found_alternative"),
    ('Ahora comemos del huerto de mi padre.', "found_alternative"),
    ('Les légumes, on les prend chez ma belle-sœur à la campagne.', "found_alternative"),
    ('On mange les légumes du potager de mon père.', "found_alternative"),
    ('La frutta la prendiamo da mia suocera.', "found_alternative"),
    ("Adesso usiamo l'orto di mio padre.", "found_alternative"),
    ('Groente halen we nu bij mijn schoonmoeder.', "found_alternative"),
    ('We eten nu uit de moestuin van mijn vader.', "found_alternative"),
    ('Os legumes vêm agora da horta do meu sogro, quer dizer legumes do meu tio.', "found_alternative"),
    ('Agora os ovos vêm da quinta do meu tio.', "found_alternative"),
    # the child manages alone now; the goal reached
    ('She copes on her own with the homework now.', "no_longer_needed"),
    ('He can manage by himself these days.', "no_longer_needed"),
    ("That was the whole point, so we're done.", "no_longer_needed"),
    ('Sie kommt inzwischen alleine zurecht.', "no_longer_needed"),
    ('Er macht die Hausaufgaben jetzt selbstständig.', "no_longer_needed"),
    ('Das war ja auch das Ziel.', "no_longer_needed"),
    ('Mi hija ya se defiende sola con el francés.', "no_longer_needed"),
    ('Ese era el objetivo, así que lo dejamos aquí.', "no_longer_needed"),
    ('Ya se las arregla solo.', "no_longer_needed"),
    ('Elle se débrouille toute seule maintenant.', "no_longer_needed"),
    ("C'était l'objectif, donc on arrête là.", "no_longer_needed"),
    ('Il se débrouille très bien en maths désormais.', "no_longer_needed"),
    ('Ormai ce la fa da sola con i compiti.', "no_longer_needed"),
    ("Era proprio l'obiettivo, quindi ci fermiamo.", "no_longer_needed"),
    ('Ormai va da solo, ce la fa da solo.', "no_longer_needed"),
    ('Hij redt het nu zelf.', "no_longer_needed"),
    ('Dat was ook de bedoeling, dus we stoppen.', "no_longer_needed"),
    ('Ze kan zich inmiddels prima alleen redden, ze kan het nu alleen.', "no_longer_needed"),
    ('O miúdo já se desenrasca sozinho.', "no_longer_needed"),
    ('Era esse o objetivo, por isso paramos aqui.', "no_longer_needed"),
    ('Ela já se vira sozinha com a matéria.', "no_longer_needed"),
    # we won't need it any more, with the thing named between
    ('Non ne avremo più bisogno.', "no_longer_needed"),
    ('Per il momento non mi serve.', "no_longer_needed"),
    ('Não vamos mais precisar da babá.', "no_longer_needed"),
    ('Não vou mais precisar de ninguém.', "no_longer_needed"),
    # it came down to money, money tight
    ("I'm short of cash this winter.", "cost"),
    ('Wir sind gerade knapp bei Kasse.', "cost"),
    ('Wir sind im Moment knapp bei Kasse.', "cost"),
    ('Bei uns ist es gerade knapp bei Kasse, echt knapp bei Kasse.', "cost"),
    ('Voy justo de pasta este trimestre.', "cost"),
    ('No nos llega a fin de mes.', "cost"),
    ('Estoy corto de plata este mes.', "cost"),
    ('On est un peu serrés en ce moment.', "cost"),
    ('Nous sommes serrés en ce moment.', "cost"),
    ('Estou liso até o fim do mês.', "cost"),
    # the first thing to go
    ('The gym was the first thing to go.', "cost"),
    ('Lessons were first on the chopping block.', "cost"),
    ('Das Erste, was gestrichen wurde, war der Kurs.', "cost"),
    ('Der Verein wurde als Erstes gestrichen.', "cost"),
    ('La academia fue lo primero que recorté.', "cost"),
    ('Fue lo primero que tuve que quitar.', "cost"),
    ("La salle de sport, c'est la première chose à sauter.", "cost"),
    ("C'est la première chose que j'ai coupée.", "cost"),
    ('La palestra è la prima cosa da tagliare.', "cost"),
    ('È stata la prima cosa che ho tagliato.', "cost"),
    ('Dat was het eerste wat eruit moest.', "cost"),
    ('De sportschool is het eerste wat geschrapt werd.', "cost"),
    ('O ginásio foi a primeira coisa a cortar.', "cost"),
    ('Foi a primeira coisa que cortei.', "cost"),
    # out of work
    ('My husband lost his job in January.', "cost"),
    ("I'm out of work since the factory shut.", "cost"),
    ('Ich habe meine Stelle verloren.', "cost"),
    ('Mein Mann wurde im Herbst entlassen.', "cost"),
    ('Perdí mi empleo en noviembre.', "cost"),
    ('Me he quedado sin curro.', "cost"),
    ('Me despidieron del curro.', "cost"),
    ("J'ai perdu mon boulot.", "cost"),
    ("J'ai perdu le travail que j'avais.", "cost"),
    ("J'ai été licenciée en décembre.", "cost"),
    ('Ho perso il posto a gennaio.', "cost"),
    ('Sono rimasto senza lavoro.', "cost"),
    ('Ik ben mijn baan kwijt.', "cost"),
    ('Ik ben mijn werk kwijt.', "cost"),
    ('Perdi o emprego em março.', "cost"),
    ('Fiquei sem trabalho em janeiro.', "cost"),
    ('Fui demitido no mês passado.', "cost"),
    # the insurer no longer pays
    ("It's no longer covered by my insurance.", "cost"),
    ("It's not reimbursed by my insurer any more, no longer covered by the insurance.", "cost"),
    ('Die Behandlung wird seit Januar nicht mehr erstattet.', "cost"),
    ('Die Krankenkasse zahlt das leider nicht mehr.', "cost"),
    ('La mutua ya no lo cubre.', "cost"),
    ('El seguro ya no me lo reembolsa.', "cost"),
    ("Ce n'est plus remboursé depuis janvier.", "cost"),
    ('La mutuelle ne le rembourse plus.', "cost"),
    ('Le sedute non sono più rimborsate.', "cost"),
    ("L'assicurazione non me le copre più.", "cost"),
    ('Fysiotherapie wordt vanaf dit jaar niet meer vergoed.', "cost"),
    ('Mijn verzekeraar vergoedt het niet meer.', "cost"),
    ('Já não é comparticipado.', "cost"),
    ('Deixou de ser comparticipado.', "cost"),
    # exam season
    ("He's revising for his A-levels.", "schedule_conflict"),
    ("He's studying for his finals until June.", "schedule_conflict"),
    ('Bei uns ist gerade Prüfungsphase.', "schedule_conflict"),
    ('Meine Tochter lernt für das Abitur.', "schedule_conflict"),
    ('Estamos en época de exámenes.', "schedule_conflict"),
    ('Estoy estudiando para las oposiciones.', "schedule_conflict"),
    ("C'est la période d'examens pour mon fils.", "schedule_conflict"),
    ('Elle est en plein dans ses révisions.', "schedule_conflict"),
    ('Je prépare le concours cette année.', "schedule_conflict"),
    ("È iniziata la sessione d'esami.", "schedule_conflict"),
    ('Mio figlio deve preparare la maturità.', "schedule_conflict"),
    ('Het is tentamenperiode.', "schedule_conflict"),
    ('Ze zit in de examenweek.', "schedule_conflict"),
    ('Estamos na época de exames.', "schedule_conflict"),
    ('Ela tem de estudar para os exames nacionais, estudar para os exames.', "schedule_conflict"),
    ('Preciso estudar pro vestibular.', "schedule_conflict"),
    # school or work until late
    ('She has school until five most days now.', "schedule_conflict"),
    ('I work till seven on weekdays.', "schedule_conflict"),
    ('Er hat jetzt Unterricht bis 17 Uhr.', "schedule_conflict"),
    ('Ich arbeite inzwischen bis 19 Uhr.', "schedule_conflict"),
    ('Tiene clases hasta las 6.', "schedule_conflict"),
    ('Trabajo hasta las 8 casi todos los días.', "schedule_conflict"),
    ("Il a cours jusqu'à 18h le jeudi.", "schedule_conflict"),
    ("Je bosse jusqu'à 19h maintenant.", "schedule_conflict"),
    ("Quest'anno ha la scuola a tempo pieno.", "schedule_conflict"),
    ('Lavoro fino alle 7 ormai.', "schedule_conflict"),
    ('Hij heeft nu les tot 16 uur.', "schedule_conflict"),
    ('Ik werk tegenwoordig tot 19 uur.', "schedule_conflict"),
    ('Tem escola até às 18h agora.', "schedule_conflict"),
    ('Agora trabalho até às 19h.', "schedule_conflict"),
    # no longer fits in
    ("It just doesn't fit into my week any more.", "schedule_conflict"),
    ("It won't fit into our routine any more.", "schedule_conflict"),
    ('Der Kurs passt einfach nicht mehr in meinen Alltag.', "schedule_conflict"),
    ('Die Probe um 19 Uhr ist nicht mehr zu schaffen.', "schedule_conflict"),
    ('Ya no me cuadran los horarios.', "schedule_conflict"),
    ('Ya no me encaja.', "schedule_conflict"),
    ("La séance de midi c'est devenu impossible.", "schedule_conflict"),
    ('Il corso del sabato è diventato impossibile.', "schedule_conflict"),
    ('La lezione di danza è diventata impossibile.', "schedule_conflict"),
    ('Het past er gewoon niet meer tussen.', "schedule_conflict"),
    ('Já não cabe mais na minha agenda.', "schedule_conflict"),
    ('O treino das 19h ficou impossível.', "schedule_conflict"),
    # shifts or rosters that change; travel for work
    ("I never know which days I'll be on.", "schedule_conflict"),
    ("I'm on a two weeks on, two weeks off roster now.", "schedule_conflict"),
    ('I travel for work most weeks.', "schedule_conflict"),
    ('Ich weiß nie, welche Woche ich frei habe.', "schedule_conflict"),
    ('Nunca sé qué día libro.', "schedule_conflict"),
    ('Viajo mucho por trabajo.', "schedule_conflict"),
    ('Je ne sais jamais quel jour je suis libre.', "schedule_conflict"),
    ('Je suis en déplacement toutes les semaines.', "schedule_conflict"),
    ('Non so mai in che settimana sono libero.', "schedule_conflict"),
    ('Viaggio molto per lavoro.', "schedule_conflict"),
    ('Ik weet nooit welke dag ik vrij ben.', "schedule_conflict"),
    ('Ik ben veel op reis voor mijn werk.', "schedule_conflict"),
    ('Nunca sei qual semana vou estar de folga.', "schedule_conflict"),
    ('Agora viajo muito a trabalho.', "schedule_conflict"),
    ('Agora trabalho em regime 14x14.', "schedule_conflict"),
    # the evenings taken
    ('My evenings are spoken for until June.', "schedule_conflict"),
    ('Meine Abende sind komplett verplant.', "schedule_conflict"),
    ('Mis tardes están todas ocupadas.', "schedule_conflict"),
    ('Mes soirées sont toutes prises.', "schedule_conflict"),
    ('Le mie serate sono tutte occupate.', "schedule_conflict"),
    ('Mijn avonden zitten helemaal vol.', "schedule_conflict"),
    ('As minhas noites estão todas ocupadas.', "schedule_conflict"),
    # worse than before afterwards; weeks to get it back
    ('It took two weeks to get the bike back.', "dissatisfied"),
    ('It took three weeks to get my laptop back.', "dissatisfied"),
    ('Es hat zwei Wochen gedauert, bis ich mein Rad zurück hatte.', "dissatisfied"),
    ('Es hat drei Wochen gedauert, bis wir das Auto zurückbekommen haben.', "dissatisfied"),
    ('Tardaron dos semanas en devolverme el coche.', "dissatisfied"),
    ('Tardasteis tres semanas en devolverme la bici.', "dissatisfied"),
    ("J'ai attendu deux semaines pour récupérer ma voiture.", "dissatisfied"),
    ('Il a fallu trois semaines pour récupérer mon vélo.', "dissatisfied"),
    ('Ho aspettato due settimane per riaverla.', "dissatisfied"),
    ('Ci sono volute tre settimane per riavere la moto.', "dissatisfied"),
    ('Het duurde twee weken voor we de auto terug hadden.', "dissatisfied"),
    ('Het duurde drie weken voordat ik mijn fiets terugkreeg.', "dissatisfied"),
    ('Esperei duas semanas para me devolverem a bicicleta.', "dissatisfied"),
    ('Demoraram três semanas para devolver o carro.', "dissatisfied"),
    # overcrowded
    ('There were too many people in the Saturday class.', "dissatisfied"),
    ('We were about 25 people for one instructor.', "dissatisfied"),
    ('Wir waren 30 Leute auf einen Trainer, 30 Leute für eine einzige Trainerin.', "dissatisfied"),
    ('Es waren einfach zu viele Leute.', "dissatisfied"),
    ('Había demasiada gente en la sala.', "dissatisfied"),
    ('Éramos unos 25 con un solo monitor.', "dissatisfied"),
    ('Nous étions 25 pour une seule coach.', "dissatisfied"),
    ('On était 28 pour une seule prof.', "dissatisfied"),
    ("C'era troppa gente in vasca.", "dissatisfied"),
    ('Le lezioni erano strapiene.', "dissatisfied"),
    ('We waren met 30 mensen op één trainer, we waren 30 op een docent.', "dissatisfied"),
    ('Er waren te veel mensen in de les.', "dissatisfied"),
    ('Havia gente demais na turma.', "dissatisfied"),
    ('As aulas andavam superlotadas.', "dissatisfied"),
    # not at all satisfied
    ("We're not in the least satisfied.", "dissatisfied"),
    ('No estoy para nada contenta.', "dissatisfied"),
    ("Nous n'étions pas du tout contents.", "dissatisfied"),
    ('Non sono per nulla contento.', "dissatisfied"),
    # shouting at the children, nobody did anything
    ('The coach yelled at the kids every session.', "dissatisfied"),
    ('Die Trainerin hat die Kinder ständig angeschrien.', "dissatisfied"),
    ('El entrenador les gritaba a los niños.', "dissatisfied"),
    ("L'animatrice criait sur les enfants.", "dissatisfied"),
    ('La maestra urlava ai bambini.', "dissatisfied"),
    ('De juf schreeuwde steeds tegen de kinderen.', "dissatisfied"),
    ('A treinadora gritava com os meninos.', "dissatisfied"),
    # surgery, crutches, a wrecked joint, no sport for months
    ("I'm on crutches until Easter.", "illness"),
    ('Ich laufe noch an Krücken.', "illness"),
    ('Voy con muletas un mes.', "illness"),
    ('Je me suis fait opérer de la hanche.', "illness"),
    ('Je suis en béquilles.', "illness"),
    ('Devo operarmi a febbraio.', "illness"),
    ('Cammino con le stampelle.', "illness"),
    ('Ik loop met krukken.', "illness"),
    ('Ik loop op krukken.', "illness"),
    ('Ando de muletas.', "illness"),
    ('Me he destrozado la rodilla esquiando.', "illness"),
    ("Je me suis esquinté l'épaule.", "illness"),
    ('Mi sono rovinato la spalla.', "illness"),
    ('Estraguei o joelho a correr.', "illness"),
    ('Mijn enkel is naar de knoppen.', "illness"),
    ('Hab mir das Knie kaputt gemacht.', "illness"),
    ('No training for at least six weeks, they say.', "illness"),
    ('Drei Monate ohne Sport, hieß es.', "illness"),
    ('Me toca estar sin deporte durante dos meses.', "illness"),
    ('Ce sera trois mois sans sport.', "illness"),
    ('Dovrò stare sei settimane senza allenamento.', "illness"),
    ('Geen sport voor minstens zes weken.', "illness"),
    ('Sem desporto durante dois meses.', "illness"),
    # gone to live elsewhere, or with the other parent
    ("We've gone to live with my in-laws in Cork.", "moved_away"),
    ('My son went to live with his dad in Leeds.', "moved_away"),
    ('Unser Sohn ist im Herbst zu seinem Vater gezogen.', "moved_away"),
    ('La niña se fue a vivir con su madre.', "moved_away"),
    ('Nous sommes partis vivre à la campagne.', "moved_away"),
    ('Mon fils est parti vivre chez son père.', "moved_away"),
    ('Siamo andati a vivere in collina.', "moved_away"),
    ('Mia figlia è andata a vivere con suo padre.', "moved_away"),
    ('Fomos morar para o interior.', "moved_away"),
    ('O meu filho foi morar com o pai.', "moved_away"),
    # nearly thirty people in one room
    ("We were nearly thirty people in one room built for twelve.", "dissatisfied"),
    ("Wir waren fast dreißig Leute in einem kleinen Raum.", "dissatisfied"),
    ("Éramos más de veinte alumnos en una sala diminuta.", "dissatisfied"),
    ("Il y avait plus de trente personnes dans la salle.", "dissatisfied"),
    ("C'erano quasi trenta persone in una stanza minuscola.", "dissatisfied"),
    ("Er waren ruim dertig mensen in dat zaaltje.", "dissatisfied"),
    ("Éramos quase trinta pessoas numa sala pequena.", "dissatisfied"),
])
def test_round30_reasons(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason == reason


# Round 30 guards: the same words about something else do not read the family's reason.
@pytest.mark.parametrize(("text", "reason"), [
    # the same words about something else: (text, the reason it must not read)
    ("My engine died on the motorway last week.", "personal"),
    ("The battery died on my phone so I missed your call.", "personal"),
    ("Please stop the payments on my Visa card.", "other"),
    ("Could I have the medical certificate back?", "illness"),
    ("Podéis devolverme el certificado médico del niño?", "illness"),
    ("Preciso do atestado médico de volta.", "illness"),
    ("Tocaba esperar turno para todo.", "schedule_conflict"),
    ("Sto aspettando il turno per la visita.", "schedule_conflict"),
    ("Per ora vado in bici al lavoro.", "found_alternative"),
    ("I never managed to turn up on time, sorry about that.", "schedule_conflict"),
    ("Our dog went to live with my mother on the farm.", "moved_away"),
    ("Il mio cane è andato a vivere con mia madre.", "moved_away"),
    ("Mi madre se fue a vivir a una residencia.", "moved_away"),
    ("He can't manage on his own yet.", "no_longer_needed"),
    ("Er kann das noch nicht allein.", "no_longer_needed"),
    ("Sie schafft das noch nicht allein.", "no_longer_needed"),
    ("It became impossible for us without a car.", "schedule_conflict"),
    ("C'est devenu impossible pour nous sans voiture.", "schedule_conflict"),
    ("Die Strecke ist nicht zu schaffen ohne Auto.", "schedule_conflict"),
    ("Mon mari m'a offert une tondeuse à gazon.", "found_alternative"),
    ("We were 8 people for one teacher, perfect.", "dissatisfied"),
    ("Éramos 6 con un solo monitor, genial.", "dissatisfied"),
    ("My brother bought me a gym bag for my birthday.", "found_alternative"),
    ("Ich war sehr zufrieden, danke.", "dissatisfied"),
    ("The insurance still covers it, so money isn't it.", "cost"),
    ("We were 20 people in the room and it was lovely.", "dissatisfied"),
    ("Éramos veinte personas en la fiesta, qué bonito.", "dissatisfied"),
    # Dutch "van" (of) is no van that died: a death still reads
    ("Van mijn overleden man heb ik de fiets geërfd.", "none"),
])
def test_round30_same_words_about_something_else(text: str, reason: str) -> None:
    assert classify_reason(text, "en").reason != reason


# Opt-outs round 31 (after the replies_fresh32 first look: a wish in a P.S. neither read nor held),
# written anew, in every language: surveys named with the mail, the Spanish subjunctive, the
# Portuguese "deixem de", the erasure of one's data asked in a noun.
@pytest.mark.parametrize("text", [
    "No more surveys, thanks, I've said all I have to say.",
    "Bitte keine Umfragen mehr.",
    "Preferiría que me dieran de baja de sus envíos.",
    "Plus de questionnaires, s'il vous plaît.",
    "Niente più questionari, grazie.",
    "Graag geen vragenlijsten of nieuwsbrieven meer.",
    "Peço que deixem de me contactar.",
    "Please confirm the deletion of all my personal data.",
    "Hiermit verlange ich die Löschung aller meiner Daten.",
    "Solicito la eliminación de mis datos de su sistema.",
    "Merci de procéder à la suppression de mes données.",
    "Vi chiedo l'eliminazione dei miei dati.",
    "Graag verwijdering van mijn gegevens uit jullie systeem.",
    "Solicito o apagamento dos meus dados.",
])
def test_round31_opt_outs(text: str) -> None:
    assert classify_reason(text, "en").opt_out


def test_round31_a_postscript_after_the_signature_is_read() -> None:
    """The closing ends the customer's words, but a P.S. after the signature is theirs again."""
    for ps in ("PS: no more newsletters for me, please.", "P.S. Bitte keine Newsletter mehr.",
               "P.D.: no me manden más correos.", "PS : plus de newsletters, merci."):
        text = f"Thanks for asking, the price went up.\n\nBest regards,\nAnn Smith\n\n{ps}"
        assert classify_reason(text, "en").opt_out, ps
    signed = "Thanks for asking.\n\nBest regards,\nAnn Smith\nSales | Unsubscribe | Privacy"
    assert not classify_reason(signed, "en").opt_out


@pytest.mark.parametrize("text", [
    "Não deixem de me enviar as novidades, adoro!",
    "Não precisa parar de me mandar e-mail, tá?",
    "Ich habe der Löschung meiner Daten nicht zugestimmt.",
])
def test_round31_the_same_words_without_an_opt_out(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


# Opt-outs round 32 (after the replies_fresh35 first look: "merci de retirer cette adresse de vos
# envois", in a P.S., was only held; a cited unsubscribe sentence was read as the wish), written
# anew, in every language.
@pytest.mark.parametrize("text", [
    "P.S. I'm leaving the company, so please remove this address from your mailings.",
    "Bitte nehmen Sie meine Adresse aus Ihren Aussendungen.",
    "Por favor, eliminen mi correo de sus envíos a partir de ahora.",
    "Pouvez-vous supprimer mon adresse de votre liste de diffusion ?",
    "Vi prego di togliere questo indirizzo dalla vostra mailing list.",
    "Wilt u mijn e-mailadres uit uw mailinglijst halen? Verwijder dit adres uit de verzendlijst.",
    "Por favor retirem o meu endereço da vossa lista de envios.",
])
def test_round32_the_address_taken_out_of_the_mailings(text: str) -> None:
    assert classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    'Under your mail it says "Reply STOP to stop receiving emails", but please don\'t: I read them all.',
    "Unter Ihrer Mail steht „Antworten Sie mit Stopp, dann erhalten Sie keine Mails mehr“ – "
    "bitte nicht, ich lese sie gern.",
    "Pone «Responda BAJA para no recibir más correos», pero yo quiero seguir recibiéndolos.",
    "Vous écrivez « Répondez STOP pour ne plus recevoir nos e-mails » : surtout pas, je les lis.",
    "C'è scritto «Rispondi STOP per non ricevere più email», ma io voglio continuare a riceverle.",
    'Onder uw mail staat "Antwoord STOP om geen e-mails meer te ontvangen", maar dat wil ik juist niet.',
    "Diz «Responda PARAR para não receber mais e-mails», mas eu quero continuar a recebê-los.",
])
def test_round32_a_cited_unsubscribe_sentence_is_not_the_wish(text: str) -> None:
    assert not classify_reason(text, "en").opt_out


@pytest.mark.parametrize("text", [
    "Please take us off your list for that day, the piano has been sold.",
    "can u take me off the book for sat? soz x",
    "Could you remove me from your list for Thursday? I'm stuck at work.",
])
def test_round32_the_list_of_a_day_or_the_book_is_the_booking_not_the_mail(text: str) -> None:
    """Detection round 29 reads these as cancellations; read as opt-outs too, they were tagged
    instead of answered."""
    assert not classify_reason(text, "en").opt_out
