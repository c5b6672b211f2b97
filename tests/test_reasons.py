"""Reasons, opt-out and future contact: short examples written for these tests, seven languages."""

from __future__ import annotations

import time

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


def test_speed_well_over_a_thousand_texts_per_second() -> None:
    """Classification is fast enough for bulk evaluation (>1,000 texts/s)."""
    texts = [t for _, t, _ in REASON_CASES] + [t for _, t in OPT_OUTS]
    n = 0
    start = time.perf_counter()
    while n < 2000:
        for t in texts:
            classify_reason(t * 3, "en")
            n += 1
    assert n / (time.perf_counter() - start) > 1000
