"""The From address: will the provider send as ``business.address``?

- Microsoft refuses a sender the login may not send as: ``550 5.7.60 ... Client does not
  have permissions to send as this sender`` at MAIL FROM, or ``554 5.2.252 SendAsDenied``
  after the message;
- Gmail takes any sender but rewrites From to the login unless the address is a verified
  "Send mail as" alias, which cannot be asked over SMTP.

At start the daemon offers the envelope sender to the SMTP server (MAIL FROM, then RSET:
nothing is sent) and logs one line naming ``business.address`` and what to do when the server
refuses it, or when Gmail will rewrite it. :func:`advice` is pure.
"""

from __future__ import annotations

import re

_SEND_AS = re.compile(r"5\.7\.60|SendAsDenied|send as this sender|not (?:allowed|authorized) to send as",
                      re.IGNORECASE)
_GMAIL = ("gmail", "google-workspace")
_GMAIL_HOSTS = ("smtp.gmail.com", "smtp.googlemail.com")


def send_as_denied(message: str) -> bool:
    """Whether an SMTP answer says the login may not send as that sender."""
    return bool(_SEND_AS.search(message))


def advice(provider: str, smtp_host: str, login: str, address: str,
           refusal: tuple[int, str] | None) -> str | None:
    """One line for the log when ``address`` will not go out as it is, else None."""
    login, address = login.lower(), address.lower()
    if refusal is not None:
        code, message = refusal
        if send_as_denied(message):
            return (f"business.address: the SMTP server will not send as {address} for the login {login} "
                    f"({code} {message.strip()[:80]}); give {login} the Send As right on {address} "
                    "(Exchange admin center > Mailboxes > Delegation > Send as), or make it a shared "
                    f"mailbox {login} may send as, or set business.address to {login}")
        if 500 <= code < 600:
            return (f"business.address: the SMTP server refused {address} as the sender ({code} "
                    f"{message.strip()[:80]}); set business.address (or smtp.envelope_from) to an "
                    f"address {login or 'the login'} may send from")
        return None
    gmail = provider in _GMAIL or smtp_host.lower() in _GMAIL_HOSTS
    if gmail and login and address != login:
        return (f"business.address: Gmail sends as {login}, not {address}, unless {address} is a "
                f"verified 'Send mail as' address of {login} (Gmail settings > Accounts > Send mail "
                f"as); add it there, or set business.address to {login}")
    return None
