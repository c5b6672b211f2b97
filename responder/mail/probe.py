"""``responder check-config --probe``: log in to the mailbox and say what it supports.

One line each: the login, how tags reach staff (:mod:`responder.mail.tagging`), where the
Sent copy goes. Nothing is changed in the mailbox.
"""

from __future__ import annotations

from responder.config import Config, uses_oauth2
from responder.inbox import Mailbox
from responder.mail import oauth2, sentcopy


def probe(config: Config) -> list[str]:
    """Connect, select the folder, describe; raises MailboxError when the server cannot be used."""
    tokens = oauth2.token_source(config)
    mailbox = Mailbox(config.imap, tokens if uses_oauth2(config, "imap") else None)
    try:
        status = mailbox.connect()
        lines = [
            f"imap: logged in to {config.imap.host} as {config.imap.username} "
            f"({'OAuth 2.0' if mailbox.tokens is not None else 'password'}); "
            f"{config.imap.folder} has UIDVALIDITY {status.uidvalidity}; "
            f"{'IDLE' if mailbox.idle_supported else 'polling'}",
            f"imap.tagging: {mailbox.tagger.method}: {mailbox.tagger.describe()}",
            f"imap.sent_folder: {sentcopy.describe(mailbox.sent, mailbox.append_copies)}",
        ]
    finally:
        mailbox.close()
    return lines
