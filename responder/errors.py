"""The exceptions responder raises, one tree.

::

    ResponderError                 every error of ours; carries a one-line, actionable message
    ├── ConfigError                the config file is missing or wrong (names the key and the fix)
    ├── TemplateError              a template does not parse or render (names file and line)
    ├── StateError                 the SQLite state cannot be opened or migrated
    │   └── StorageError           the disk under it refuses a write (full, I/O error): retried
    ├── ReaderError                a backlog reader process failed (reader.py; the daemon reads itself)
    └── TransportError             talking to a mail server failed
        ├── MailboxError           IMAP
        │   └── MailboxAuthError   IMAP login refused (wrong user or password)
        └── SendError              SMTP
            ├── TransientSendError a 4xx reply, a refused or dropped connection: retry later
            └── PermanentSendError a 5xx reply, a refused login or address: never retried
                └── OutcomeUnknownError  no answer after DATA (send.py): maybe delivered, never retried

Library errors (imaplib, aiosmtplib, sqlite3, jinja2) are mapped to these with
``raise ... from exc`` at the module that talks to the library, so callers only ever
handle this tree and the CLI can print ``str(exc)`` without a traceback.
"""

from __future__ import annotations


class ResponderError(Exception):
    """Base of every error responder raises on purpose."""


class ConfigError(ResponderError):
    """The configuration is missing or invalid; the message names the key and the fix."""

    def __init__(self, problems: list[str] | str) -> None:
        self.problems = [problems] if isinstance(problems, str) else list(problems)
        super().__init__("; ".join(self.problems))


class TemplateError(ResponderError):
    """A template cannot be loaded or rendered; the message starts with ``file:line:``."""


class StateError(ResponderError):
    """The state database cannot be opened, migrated or written."""


class StorageError(StateError):
    """The disk under the state refused a write or a read (full, I/O error, read-only).

    Nothing of the failed step was recorded, so the daemon backs off and does it again when
    the disk is fine; the message names ``state.path`` and the fix."""


class TransportError(ResponderError):
    """A mail server could not be reached or refused what we asked."""


class MailboxError(TransportError):
    """An IMAP operation failed."""


class MailboxAuthError(MailboxError):
    """The IMAP server refused the login."""


class SendError(TransportError):
    """An SMTP send failed."""


class TransientSendError(SendError):
    """The send may succeed later (4xx, connection refused or dropped)."""


class PermanentSendError(SendError):
    """The send will never succeed as is (5xx, invalid recipient)."""
