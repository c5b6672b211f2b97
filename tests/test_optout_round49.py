"""Opt-outs round 49 (after the replies_fresh64 first look): "you can leave me off" said to us, and the
list named with a demonstrative ("pode me tirar dessa lista de e-mails"); never a class list, a waiting
list or a rota."""

from __future__ import annotations

import pytest

from responder.reasons import classify_reason


@pytest.mark.parametrize(("language", "text"), [
    ("en", "These aren't really relevant to me any more, so you can leave me off. Thanks, Ruth"),
    ("en", "Please leave me off from now on, thanks."),
    ("pt", "Agradeço, mas parei de fazer unha em salão. Pode me tirar dessa lista de e-mails, por favor?"),
    ("pt", "Podem retirar-me desta lista, obrigada."),
])
def test_leave_me_off_and_this_list_are_opt_outs(language: str, text: str) -> None:
    assert classify_reason(text, language).opt_out


@pytest.mark.parametrize(("language", "text"), [
    ("en", "You can leave me off the Tuesday class list, I'll come on Thursdays instead."),
    ("en", "Please leave me off the rota for May."),
    ("pt", "Pode me tirar dessa lista de espera, já arranjei vaga noutro lado."),
])
def test_a_class_list_or_waiting_list_is_no_opt_out(language: str, text: str) -> None:
    assert not classify_reason(text, language).opt_out
