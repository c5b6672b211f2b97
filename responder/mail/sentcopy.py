"""The Sent copy: which folder it is, and who files it.

``imap.sent_copy``:

- ``"append"``: responder APPENDs a copy of each message it sent (a standards-minded server);
- ``"none"``: no copy is filed;
- ``"auto"`` (default): APPEND, except where the provider files a copy of everything sent
  through its SMTP itself (Gmail, Google Workspace, Microsoft 365, Outlook.com), where an
  APPEND would make a second one.

The folder is ``imap.sent_folder`` when set (``""``: none); else the folder the server marks
``\\Sent`` (RFC 6154 SPECIAL-USE: ``[Gmail]/Sent Mail`` in the account's language, ``Sent
Items``, ``Sent``); else, on a server without SPECIAL-USE, an existing folder with one of the
usual names. Only a folder the user named is ever created. Crash recovery searches
that folder whatever the policy, by Message-ID and by ``X-Microsoft-Original-Message-ID``
(Outlook.com's SMTP replaces the Message-ID and keeps ours there).

Everything here is pure; :class:`responder.inbox.Mailbox` does the IMAP.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

SentCopy = Literal["auto", "append", "none"]

#: Providers whose SMTP files a copy in Sent by itself (issue 13; provider documentation).
FILES_OWN_COPY = frozenset({"gmail", "google-workspace", "microsoft365", "outlook"})
#: Their hosts, for a config that names the host but no provider (IMAP or SMTP).
_OWN_COPY_HOSTS = frozenset({
    "imap.gmail.com", "smtp.gmail.com", "imap.googlemail.com", "smtp.googlemail.com",
    "outlook.office365.com", "smtp.office365.com", "imap-mail.outlook.com", "smtp-mail.outlook.com",
    "imap.outlook.com", "smtp.outlook.com",
})
#: Names a server without SPECIAL-USE may give its Sent folder (used only when it exists).
USUAL_NAMES = ("Sent", "INBOX.Sent", "INBOX/Sent", "Sent Items", "Sent Messages")
#: Headers a Sent copy of our message may carry our Message-ID in.
ID_HEADERS = ("Message-ID", "X-Microsoft-Original-Message-ID")


def provider_files_copy(provider: str, *hosts: str) -> bool:
    """Whether the provider (or a host of a provider) files its own copy of what is sent."""
    return provider in FILES_OWN_COPY or any(h.lower().rstrip(".") in _OWN_COPY_HOSTS for h in hosts)


def should_append(policy: SentCopy, files_own_copy: bool) -> bool:
    """Whether responder APPENDs the copy itself."""
    return policy == "append" or (policy == "auto" and not files_own_copy)


#: One row of imapclient's ``list_folders``: (flags, delimiter, name).
Listing = Iterable[tuple[Sequence[bytes | str], object, str]]


def special_sent(listing: Listing) -> str | None:
    """The folder marked ``\\Sent`` in a LIST answer (imapclient's ``list_folders`` rows)."""
    for flags, _delimiter, name in listing:
        if any(_text(f).lower() == "\\sent" for f in flags):
            return name
    return None


@dataclass(frozen=True)
class SentFolder:
    """Where the copy goes and how that was decided (for the log and ``--probe``)."""

    name: str | None  # None: no folder (none named, none marked \Sent, or sent_folder = "")
    named: bool  # the user named it: it may be created when missing
    why: str


def resolve(configured: str | None, listing: Listing) -> SentFolder:
    """``imap.sent_folder`` when set, else the server's ``\\Sent`` folder, else none."""
    if configured is not None:
        if not configured:
            return SentFolder(None, False, 'imap.sent_folder = "": no Sent folder')
        return SentFolder(configured, True, "named in imap.sent_folder")
    rows = list(listing)
    found = special_sent(rows)
    if found is not None:
        return SentFolder(found, False, "marked \\Sent by the server (RFC 6154)")
    names = {name.lower(): name for _flags, _delimiter, name in rows}
    for usual in USUAL_NAMES:  # a server without SPECIAL-USE: an existing folder by its usual name
        if usual.lower() in names:
            return SentFolder(names[usual.lower()], False, "an existing folder with the usual name")
    return SentFolder(None, False, "no folder is marked \\Sent; set imap.sent_folder to file copies")


def describe(folder: SentFolder, append: bool) -> str:
    """One line for the start-up log and ``check-config --probe``."""
    if folder.name is None:
        return folder.why
    who = "responder files a copy" if append else "the provider files its own copy (no APPEND)"
    return f"{folder.name!r} ({folder.why}); {who}"


def _text(value: bytes | str) -> str:
    return value.decode("ascii", "replace") if isinstance(value, bytes) else value
