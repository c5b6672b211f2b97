"""Reasons, opt-out and future contact: short examples written for these tests, seven languages."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason

REASON_CASES = [
    # schedule_conflict
    ("en", "My boss put me on night shifts for the next month, so Tuesdays are out.", "schedule_conflict"),
    ("es", "Me han cambiado el horario en el trabajo y ya no puedo ir por las tardes.", "schedule_conflict"),
    ("fr", "Je suis d'astreinte ce week-end, impossible de venir.", "schedule_conflict"),
    ("de", "Ich habe ab nächster Woche Schichtdienst und schaffe die Abendkurse nicht.", "schedule_conflict"),
    ("pt", "Mudei de turno e agora trabalho à noite.", "schedule_conflict"),
    ("it", "Sono in trasferta tutta la settimana.", "schedule_conflict"),
    ("nl", "Mijn rooster is veranderd, ik werk nu 's avonds.", "schedule_conflict"),
    # illness
    ("en", "I've come down with the flu and can barely get out of bed.", "illness"),
    ("es", "Estoy enferma desde el lunes, con fiebre.", "illness"),
    ("fr", "Je suis malade depuis hier.", "illness"),
    ("de", "Ich bin leider krank geworden.", "illness"),
    ("pt", "Estou doente, com gripe.", "illness"),
    ("it", "Ho la febbre alta da due giorni.", "illness"),
    ("nl", "Ik ben ziek en lig in bed.", "illness"),
    # cost
    ("en", "Honestly it's too expensive for me at the moment.", "cost"),
    ("es", "Es por el dinero, no me llega el presupuesto.", "cost"),
    ("fr", "C'est devenu trop cher pour notre budget.", "cost"),
    ("de", "Das ist mir finanziell gerade zu viel, zu teuer.", "cost"),
    ("pt", "O motivo é financeiro, o dinheiro está curto.", "cost"),
    ("it", "Non posso permettermi la spesa in questo periodo, troppo caro.", "cost"),
    ("nl", "Het is financieel even krap, te duur voor nu.", "cost"),
    # not_ready
    ("en", "I don't feel ready to start yet.", "not_ready"),
    ("es", "No estoy preparada todavía para empezar.", "not_ready"),
    ("fr", "Je ne suis pas encore prête.", "not_ready"),
    ("de", "Ich bin noch nicht bereit dafür.", "not_ready"),
    ("pt", "Não estou pronta ainda.", "not_ready"),
    ("it", "Non sono pronta per questo livello.", "not_ready"),
    ("nl", "We zijn er nog niet klaar voor.", "not_ready"),
    # found_alternative
    ("en", "We went with another company closer to home.", "found_alternative"),
    ("es", "He encontrado otro gimnasio al lado de casa.", "found_alternative"),
    ("fr", "J'ai trouvé un autre cabinet près du bureau.", "found_alternative"),
    ("de", "Ich habe einen anderen Anbieter gefunden.", "found_alternative"),
    ("pt", "Encontrei outra academia perto do trabalho.", "found_alternative"),
    ("it", "Ho trovato un'altra palestra più vicina.", "found_alternative"),
    ("nl", "We hebben gekozen voor een andere aanbieder.", "found_alternative"),
    # moved_away
    ("en", "We're relocating to Glasgow at the end of the month.", "moved_away"),
    ("es", "Nos mudamos a Valencia en verano.", "moved_away"),
    ("fr", "Nous déménageons à Nantes.", "moved_away"),
    ("de", "Wir ziehen im Mai nach Köln.", "moved_away"),
    ("pt", "Vou me mudar para Curitiba.", "moved_away"),
    ("it", "Mi trasferisco a Bologna per lavoro.", "moved_away"),
    ("nl", "We verhuizen naar Utrecht.", "moved_away"),
    # dissatisfied
    ("en", "Frankly I was disappointed with the last two sessions.", "dissatisfied"),
    ("es", "Fue un servicio pésimo, muy decepcionante.", "dissatisfied"),
    ("fr", "Je suis très déçue du résultat, c'est inacceptable.", "dissatisfied"),
    ("de", "Ich war mit der Behandlung sehr unzufrieden.", "dissatisfied"),
    ("pt", "Fiquei insatisfeita com o atendimento.", "dissatisfied"),
    ("it", "Sono rimasta delusa, servizio scadente.", "dissatisfied"),
    ("nl", "Ik ben erg ontevreden over de service.", "dissatisfied"),
    # no_longer_needed
    ("en", "My knee has healed so I don't need the remaining sessions.", "no_longer_needed"),
    ("es", "Ya no lo necesito, he aprobado el examen.", "no_longer_needed"),
    ("fr", "Je n'en ai plus besoin, tout est réglé.", "no_longer_needed"),
    ("de", "Die Stunden sind nicht mehr nötig, ich habe bestanden.", "no_longer_needed"),
    ("pt", "Já não preciso, passei no exame.", "no_longer_needed"),
    ("it", "Non mi servono più le lezioni.", "no_longer_needed"),
    ("nl", "Het is niet meer nodig, ik ben geslaagd.", "no_longer_needed"),
    # personal
    ("en", "For personal reasons I need to step back for now.", "personal"),
    ("es", "Por motivos personales tengo que dejarlo.", "personal"),
    ("fr", "Pour des raisons personnelles je dois arrêter.", "personal"),
    ("de", "Aus familiären Gründen muss ich aufhören.", "personal"),
    ("pt", "Por motivos pessoais preciso parar.", "personal"),
    ("it", "Per motivi familiari devo smettere.", "personal"),
    ("nl", "Door persoonlijke omstandigheden stop ik even.", "personal"),
    # other
    ("en", "Our flight was cancelled because of the strike.", "other"),
    ("es", "Hay huelga de transportes y no puedo llegar.", "other"),
    ("fr", "Avec la grève des trains je ne peux pas venir.", "other"),
    ("de", "Wegen des Streiks komme ich nicht hin.", "other"),
    ("pt", "Com a greve dos transportes não consigo.", "other"),
    ("it", "C'è sciopero dei treni, non riesco.", "other"),
    ("nl", "Door de staking kan ik niet komen.", "other"),
    # none
    ("en", "Thanks for the quick confirmation!", "none"),
    ("es", "Gracias, ningún motivo en especial.", "none"),
    ("fr", "Merci, aucune raison particulière.", "none"),
    ("de", "Danke, kein besonderer Grund.", "none"),
    ("pt", "Obrigada, sem motivo especial.", "none"),
    ("it", "Grazie, nessun motivo.", "none"),
    ("nl", "Bedankt, geen speciale reden.", "none"),
]


@pytest.mark.parametrize(("lang", "text", "reason"), REASON_CASES)
def test_reason_category_per_language(lang: str, text: str, reason: str) -> None:
    """Each category is recognised from a short sentence in every language."""
    result = classify_reason(text, lang)
    assert result.reason == reason, result.evidence
    if reason != "none":
        assert result.evidence
        assert result.reason_text


def test_reason_text_is_the_customers_sentence() -> None:
    """reason_text quotes the sentence that gave the reason, in the customer's own words."""
    result = classify_reason("Thanks for your note.\nWe're moving to Madrid in June. Lovely studio!", "en")
    assert result.reason == "moved_away"
    assert result.reason_text == "We're moving to Madrid in June."


def test_wrong_language_code_is_tolerated() -> None:
    """The language code may be wrong: every language's patterns are tried."""
    assert classify_reason("Ich bin leider krank geworden.", "en").reason == "illness"


def test_not_the_reason_does_not_count() -> None:
    """'nothing to do with the price' does not make the reason cost."""
    result = classify_reason("It's nothing to do with the price. I just found another salon nearby.", "en")
    assert result.reason == "found_alternative"


def test_quoted_lines_and_reply_headers_are_ignored() -> None:
    """Lines starting with '>' and an 'On ... wrote:' block do not count."""
    text = "Thanks!\n\nOn Mon, 3 Mar 2025, Studio <a@example.com> wrote:\n> Too expensive? Tell us why.\n"
    assert classify_reason(text, "en").reason == "none"
    bottom = "On Mon, 3 Mar 2025, Studio wrote:\n> Tell us why.\n\nI've been ill with the flu."
    assert classify_reason(bottom, "en").reason == "illness"



def test_a_sentence_that_merely_starts_like_a_reply_header_is_the_customers_own() -> None:
    """'Am Montag schrieb mir der Arzt, …' is read; only a header ending in ':' cuts the text."""
    text = "Ich komme nicht.\nAm Montag schrieb mir der Arzt, dass ich operiert werde."
    assert classify_reason(text, "de").reason == "illness"
    quoted = ("Danke!\n\nAm Mo., 3. Nov. 2026 um 10:02 schrieb Studio <a@example.com>:\n"
              "Sind Sie krank? Sagen Sie uns gern, warum.\n")
    assert classify_reason(quoted, "de").reason == "none"


OPT_OUTS = [
    ("en", "Please don't email me again."),
    ("en", "Remove me from your mailing list."),
    ("en", "STOP"),
    ("en", "unsubscribe"),
    ("en", "No more emails please."),
    ("en", "Kindly take me off your list, thank you."),
    ("en", "I'd rather not receive any more emails from you."),
    ("en", "I don't want to hear from you again, no further contact please."),
    ("en", "Please stop sending me these newsletters."),
    ("es", "Por favor, no me enviéis más correos."),
    ("es", "Quiero darme de baja de la lista de correo."),
    ("es", "No deseo recibir más mensajes suyos."),
    ("fr", "Merci de ne plus m'envoyer de messages."),
    ("fr", "Je ne souhaite plus recevoir vos e-mails."),
    ("fr", "Merci de me retirer de vos listes de diffusion."),
    ("de", "Bitte schicken Sie mir keine E-Mails mehr."),
    ("de", "Bitte tragen Sie mich aus Ihrem Verteiler aus."),
    ("de", "Ich möchte nicht mehr angeschrieben werden."),
    ("pt", "Por favor, não me enviem mais e-mails."),
    ("pt", "Quero descadastrar meu e-mail."),
    ("pt", "Não quero receber mais mensagens."),
    ("it", "Per favore non mandatemi più email."),
    ("it", "Vorrei disiscrivermi dalla newsletter."),
    ("it", "Non desidero ricevere altre comunicazioni, toglietemi dalla lista."),
    ("nl", "Stuur me geen e-mails meer alstublieft."),
    ("nl", "Graag uitschrijven van de nieuwsbrief."),
    ("nl", "Haal me van jullie mailinglijst."),
]


@pytest.mark.parametrize(("lang", "text"), OPT_OUTS)
def test_opt_out_is_recognised(lang: str, text: str) -> None:
    """Direct, polite and indirect requests to stop mail are opt-outs, and rule out future contact."""
    result = classify_reason(text, lang)
    assert result.opt_out, text
    assert result.future_contact == "no"
    assert any(e.startswith("opt-out:") for e in result.evidence)


NOT_OPT_OUTS = [
    ("en", "Feel free to email me about the autumn classes."),
    ("en", "Please keep me on your mailing list!"),
    ("en", "No need to remove me from the list, I'd like the newsletter."),
    ("en", "Don't hesitate to contact me if a spot opens up."),
    ("en", "I don't want to unsubscribe, just cancel Tuesday."),
    ("en", "Please stop my membership at the end of the month."),
    ("es", "No dudéis en escribirme si hay plazas."),
    ("fr", "N'hésitez pas à m'écrire pour la rentrée."),
    ("de", "Schreiben Sie mir gerne wieder im Herbst."),
    ("pt", "Podem continuar a enviar-me novidades."),
    ("it", "Potete continuare a scrivermi."),
    ("nl", "Mail me gerust als er weer plek is."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_OPT_OUTS)
def test_invitations_and_negations_are_not_opt_outs(lang: str, text: str) -> None:
    """'Feel free to email me' and negated removals ('no need to remove me') are not opt-outs."""
    assert not classify_reason(text, lang).opt_out, text


@pytest.mark.parametrize(("text", "expected"), [
    ("Maybe in the spring, I'll be back then.", "yes"),
    ("I'll book again once my ankle is better.", "yes"),
    ("Volveré en septiembre.", "yes"),
    ("Nous reviendrons l'année prochaine.", "yes"),
    ("Vielleicht melde ich mich im Herbst wieder.", "yes"),
    ("We're moving to Lisbon next month.", "no"),
    ("I won't be coming back.", "no"),
    ("The colour was a disaster, I'm very disappointed.", "no"),
    ("Got it, thanks.", "unknown"),
    ("We went with another provider.", "unknown"),
])
def test_future_contact(text: str, expected: str) -> None:
    """'maybe in the spring' welcomes contact; moving away, 'won't be back' and complaints rule it out."""
    assert classify_reason(text, "en").future_contact == expected


GENERAL_PATTERNS = [
    # dissatisfied: quality judgements, "left much to be desired", "not satisfied", nobody answered
    ("en", "To be frank the session wasn't very good, the teacher seemed distracted.", "dissatisfied"),
    ("es", "La atención dejó mucho que desear.", "dissatisfied"),
    ("fr", "Le dernier soin était pas terrible, honnêtement.", "dissatisfied"),
    ("de", "Mit dem Ergebnis war ich gar nicht zufrieden.", "dissatisfied"),
    ("pt", "Mandei três mensagens e ninguém respondeu.", "dissatisfied"),
    ("it", "La terapia non ha proprio funzionato.", "dissatisfied"),
    ("nl", "De workshop viel me eerlijk gezegd tegen.", "dissatisfied"),
    # other: access, transport, insurance, building rules, licences, commute
    ("en", "The road to yours is closed for resurfacing until Friday.", "other"),
    ("es", "El ascensor de mi edificio está averiado y no puedo bajar.", "other"),
    ("fr", "Ma mutuelle ne prend plus en charge ces séances.", "other"),
    ("de", "Die Anfahrt mit zwei Kindern ist auf Dauer nicht machbar.", "other"),
    ("it", "L'assicurazione non ha ancora approvato il ciclo di sedute.", "other"),
    ("nl", "Mijn rijbewijs is verlopen en de bus rijdt daar niet.", "other"),
    # found_alternative: signed up somewhere else, something near home or work
    ("es", "Me he apuntado a una academia al lado de casa.", "found_alternative"),
    ("fr", "Je me suis inscrite dans une salle à côté de chez moi.", "found_alternative"),
    ("it", "Mi sono iscritta a una palestra vicino casa.", "found_alternative"),
    ("nl", "Ik heb me ingeschreven bij een school om de hoek.", "found_alternative"),
    # schedule_conflict: a new job, working on a given day in every language
    ("nl", "Ik heb een nieuwe baan en werk voortaan op zaterdag.", "schedule_conflict"),
    ("es", "Ahora trabajo los jueves por la tarde.", "schedule_conflict"),
    ("it", "Adesso lavoro il sabato mattina.", "schedule_conflict"),
    # not_ready: ability "yet", feeling ready
    ("en", "I'm not at that level yet, I think.", "not_ready"),
    ("it", "Non mi sento ancora preparato per il livello due.", "not_ready"),
    ("pt", "Não me sinto pronta para competir.", "not_ready"),
    # personal: reasons given in any word order, abbreviations, "private"
    ("it", "Sono motivi di famiglia.", "personal"),
    ("fr", "Pour des raisons perso.", "personal"),
    ("de", "Aus privaten Gründen muss ich pausieren.", "personal"),
    # no_longer_needed: resolved, passed, "no longer makes sense"
    ("de", "Die Schulter ist wieder schmerzfrei.", "no_longer_needed"),
    ("it", "Mio figlio ha superato l'esame di guida.", "no_longer_needed"),
    ("nl", "Na de verbouwing heeft het advies geen zin meer.", "no_longer_needed"),
    ("en", "The physio gave me the all-clear last week.", "no_longer_needed"),
    # cost and moved_away morphology
    ("it", "Non posso più sostenere la spesa.", "cost"),
    ("nl", "Ik kan het me niet veroorloven.", "cost"),
    ("de", "Im Herbst ziehen wir aufs Land, weg aus der Stadt.", "moved_away"),
    ("de", "Wir müssen leider umziehen.", "moved_away"),
]


@pytest.mark.parametrize(("lang", "text", "reason"), GENERAL_PATTERNS)
def test_general_phrase_families(lang: str, text: str, reason: str) -> None:
    """Broader phrase families and word forms (not single phrases) are recognised in several languages."""
    assert classify_reason(text, lang).reason == reason, classify_reason(text, lang).evidence


def test_a_side_remark_does_not_make_the_reason_dissatisfied() -> None:
    """'The commute didn't help either' is not a complaint about the service."""
    result = classify_reason("It's the price mostly. The long drive didn't help either.", "en")
    assert result.reason == "cost"


def test_the_main_reason_cue_decides() -> None:
    """'Mainly X' outweighs a secondary reason mentioned alongside it."""
    result = classify_reason("Mainly the budget. Also the commute is a pain.", "en")
    assert result.reason == "cost"


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "I'll be in touch when I get the all-clear from the surgeon."),
    ("de", "Ich melde mich, sobald ich wieder fit bin; ich habe eine Grippe."),
    ("en", "The car broke down, I'll rebook once it's fixed."),
])
def test_a_resolution_inside_a_condition_is_not_no_longer_needed(lang: str, text: str) -> None:
    """'once it's fixed', 'when I get the all-clear' have not happened yet."""
    assert classify_reason(text, lang).reason != "no_longer_needed"


NEW_OPT_OUTS = [
    ("de", "Schreiben Sie mir bitte nicht mehr."),
    ("de", "Hören Sie bitte auf, mir zu schreiben."),
    ("de", "Nehmen Sie mich aus Ihrer Mailingliste."),
    ("nl", "Stop met het sturen van mails."),
    ("nl", "Kunt u mij uit uw klantenbestand halen?"),
    ("pt", "Vocês podem me retirar da lista de contatos?"),
    ("es", "¿Pueden sacarme de su lista de envíos?"),
    ("fr", "Je ne veux plus de vos newsletters."),
]


@pytest.mark.parametrize(("lang", "text"), NEW_OPT_OUTS)
def test_opt_out_verb_first_and_modal_forms(lang: str, text: str) -> None:
    """Opt-outs phrased verb-first, as a question or with a modal are recognised."""
    result = classify_reason(text, lang)
    assert result.opt_out, text
    assert result.future_contact == "no"


@pytest.mark.parametrize(("lang", "text"), [
    ("de", "Schreiben Sie mir gerne, wenn es neue Kurse gibt."),
    ("nl", "Stop de les van dinsdag maar, mailen mag altijd."),
    ("pt", "Não precisam me tirar da lista, gosto das novidades."),
    ("es", "No hace falta sacarme de la lista."),
])
def test_new_opt_out_forms_respect_invitations_and_negation(lang: str, text: str) -> None:
    """The broader opt-out forms still ignore invitations and negated requests."""
    assert not classify_reason(text, lang).opt_out, text


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("fr", "Dès que l'ascenseur est réparé, je reviens.", "yes"),
    ("pt", "Não vou voltar, obrigado.", "no"),
    ("de", "Die Schulter ist wieder schmerzfrei, danke.", "unknown"),
])
def test_future_contact_word_forms(lang: str, text: str, expected: str) -> None:
    """'je reviens' looks ahead, 'não vou voltar' rules out, a bare 'wieder' (again) says nothing."""
    assert classify_reason(text, lang).future_contact == expected
