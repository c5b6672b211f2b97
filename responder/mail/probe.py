"""``responder check-config --probe``: log in to the mailbox and say what it supports.

One line each: the login, how tags reach staff (:mod:`responder.mail.tagging`), where the
Sent copy goes. Nothing is changed in the mailbox.
"""

from __future__ import annotations

from responder.config import Config
from responder.inbox import Mailbox
from responder.mail import sentcopy


def probe(config: Config) -> list[str]:
    """Connect, select the folder, describe; raises MailboxError when the server cannot be used."""
    mailbox = Mailbox(config.imap)
    try:
        status = mailbox.connect()
        lines = [
            f"imap: logged in to {config.imap.host} as {config.imap.username}; "
            f"{config.imap.folder} has UIDVALIDITY {status.uidvalidity}; "
            f"{'IDLE' if mailbox.idle_supported else 'polling'}",
            f"imap.tagging: {mailbox.tagger.method}: {mailbox.tagger.describe()}",
            f"imap.sent_folder: {sentcopy.describe(mailbox.sent, mailbox.append_copies)}",
        ]
    finally:
        mailbox.close()
    return lines
