"""Opt-outs round 50 (after the replies_fresh65 first look: three wishes held for a person, none read), in
every language: our mail spared ("die E-Mails können Sie sich künftig sparen"), the sender taken out of
our contacts ("vous pouvez me retirer de vos contacts"), our mail no longer needed ("die mails hoeven
niet meer"). Never the same words about a lesson, a phone number or a chat."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("language", "text"), [
    # the first look's three, as the customers wrote them
    ("de", "Seien Sie mir also nicht böse, aber die E-Mails können Sie sich bei mir künftig sparen."),
    ("fr", "Vous pouvez me retirer de vos contacts : depuis que mon compagnon est à la retraite, c'est lui "
           "qui a pris les fourneaux en main."),
    ("nl", "Tim heeft zijn B-diploma gehaald. Die mails hoeven voor ons dan ook niet meer, dank je wel."),
    # the same wishes in the other languages
    ("de", "Sie können sich die Newsletter sparen."),
    ("en", "You can save yourselves the emails, I've moved on."),
    ("en", "No need for the newsletters anymore, thanks."),
    ("es", "Podéis borrarme de vuestros contactos, gracias."),
    ("es", "Los correos ya no hacen falta, gracias."),
    ("fr", "Plus besoin de vos mails, merci."),
    ("it", "Potete togliermi dai vostri contatti, grazie."),
    ("it", "Le vostre mail non mi servono più."),
    ("nl", "Haal me maar uit jullie adresboek."),
    ("pt", "Podem me tirar dos seus contatos, obrigada."),
    ("pt", "Os e-mails já não são necessários, obrigado."),
])
def test_mail_spared_or_not_needed_and_out_of_contacts_are_opt_outs(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out


@pytest.mark.parametrize(("language", "text"), [
    ("de", "Die Mühe können Sie sich sparen, ich komme vorbei."),
    ("de", "Bitte nehmen Sie meine alte Nummer aus Ihren Kontakten."),
    ("nl", "De lessen hoeven niet meer, maar de nieuwsbrief lees ik graag."),
    ("it", "Le lezioni non mi servono più, ma le vostre mail mi fanno piacere."),
    ("pt", "Não preciso mais das aulas, mas gosto das novidades."),
    ("fr", "Vous pouvez me retirer de vos contacts WhatsApp, l'e-mail me suffit."),
])
def test_the_same_words_about_a_lesson_a_number_or_a_chat_are_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out
