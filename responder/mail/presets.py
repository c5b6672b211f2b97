"""Provider presets: ``provider = "gmail"`` (top of the config file) fills in what is the same
for every mailbox at that provider; any key the config sets itself wins.

A preset fills ``[imap]`` host, port, security, ``auth`` and ``idle_renew``; ``[smtp]`` host,
port, security, the user name (the mailbox's) and the sending limits (``per_minute``,
``per_day``); and for OAuth 2.0 the ``[oauth2]`` provider and flow. The Sent copy needs no
preset: ``sent_copy = "auto"`` knows which providers file their own copy
(:mod:`responder.mail.sentcopy`).

The limits are the providers' published sending limits where they publish them (Microsoft
365: 30 messages a minute, 10,000 recipients a day; Google Workspace: 2,000 a day; consumer
Gmail: 500 a day), and a cautious figure where they do not (marked ``guess`` below).
Checked against the providers' pages in 2026; they change, so each can be set in ``[smtp]``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Provider = Literal["microsoft365", "outlook", "gmail", "google-workspace", "icloud", "fastmail",
                   "yahoo", "zoho", "generic"]


@dataclass(frozen=True)
class Preset:
    imap: dict[str, Any] = field(default_factory=dict)
    smtp: dict[str, Any] = field(default_factory=dict)
    oauth2: dict[str, Any] = field(default_factory=dict)  # empty: passwords (app passwords)
    #: What the user fills in: (section, key, example, comment) for ``init --provider``.
    fill: tuple[tuple[str, str, str, str], ...] = ()
    login_hint: str = ""  # which password the mailbox takes (app passwords)


_GOOGLE = {"host": "imap.gmail.com", "port": 993, "security": "tls", "auth": "oauth2",
           # Gmail ends an IDLE after about ten minutes: renew well before.
           "idle_renew": "5m"}
_GOOGLE_SMTP = {"host": "smtp.gmail.com", "port": 465, "security": "tls"}
_MICROSOFT = {"host": "outlook.office365.com", "port": 993, "security": "tls", "auth": "oauth2",
              "idle_renew": "10m"}

PRESETS: dict[str, Preset] = {
    "microsoft365": Preset(
        imap=_MICROSOFT,
        smtp={"host": "smtp.office365.com", "port": 587, "security": "starttls",
              "per_minute": 30, "per_day": 10000},
        oauth2={"provider": "microsoft", "flow": "client_credentials"},
        fill=(("oauth2", "tenant", "contoso.onmicrosoft.com", "your tenant's domain or ID"),
              ("oauth2", "client_id", "00000000-0000-0000-0000-000000000000",
               "Application (client) ID of the app registration"),
              ("oauth2", "client_secret_env", "RESPONDER_OAUTH2_SECRET",
               "environment variable holding the client secret"))),
    "outlook": Preset(
        imap=_MICROSOFT,
        smtp={"host": "smtp-mail.outlook.com", "port": 587, "security": "starttls",
              "per_minute": 30, "per_day": 300},  # per_day: guess (Outlook.com publishes none)
        oauth2={"provider": "microsoft", "flow": "device_code", "tenant": "consumers"},
        fill=(("oauth2", "client_id", "00000000-0000-0000-0000-000000000000",
               "Application (client) ID of an app registration for personal accounts"),)),
    "gmail": Preset(
        imap=_GOOGLE, smtp={**_GOOGLE_SMTP, "per_minute": 20, "per_day": 500},  # per_minute: guess
        oauth2={"provider": "google", "flow": "installed_app"},
        fill=(("oauth2", "client_id", "1234567890-abc.apps.googleusercontent.com",
               "OAuth client of type Desktop app (Google Cloud console)"),
              ("oauth2", "client_secret_env", "RESPONDER_OAUTH2_SECRET",
               "environment variable holding that client's secret"))),
    "google-workspace": Preset(
        imap=_GOOGLE, smtp={**_GOOGLE_SMTP, "per_minute": 30, "per_day": 2000},  # per_minute: guess
        oauth2={"provider": "google", "flow": "service_account"},
        fill=(("oauth2", "service_account_file", "/run/secrets/google-service-account.json",
               "JSON key of the service account with domain-wide delegation"),)),
    "icloud": Preset(
        imap={"host": "imap.mail.me.com", "port": 993, "security": "tls", "auth": "password"},
        smtp={"host": "smtp.mail.me.com", "port": 587, "security": "starttls",
              "per_minute": 20, "per_day": 1000},  # per_minute: guess
        login_hint="an app-specific password (appleid.apple.com > Sign-In and Security)"),
    "fastmail": Preset(
        imap={"host": "imap.fastmail.com", "port": 993, "security": "tls", "auth": "password"},
        smtp={"host": "smtp.fastmail.com", "port": 465, "security": "tls",
              "per_minute": 20, "per_day": 1000},  # guesses: limits depend on the plan
        login_hint="an app password (Settings > Privacy & Security > App passwords)"),
    "yahoo": Preset(
        imap={"host": "imap.mail.yahoo.com", "port": 993, "security": "tls", "auth": "password"},
        smtp={"host": "smtp.mail.yahoo.com", "port": 465, "security": "tls",
              "per_minute": 20, "per_day": 500},  # guesses
        login_hint="an app password (Account security > Generate app password)"),
    "zoho": Preset(
        imap={"host": "imap.zoho.com", "port": 993, "security": "tls", "auth": "password"},
        smtp={"host": "smtp.zoho.com", "port": 465, "security": "tls",
              "per_minute": 20, "per_day": 500},  # guesses: limits depend on the plan
        login_hint="an app-specific password (accounts.zoho.com > Security)"),
    "generic": Preset(),
}


def apply(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (the TOML document) with the preset's values where the file sets none (pure)."""
    name = data.get("provider", "generic")
    preset = PRESETS.get(name) if isinstance(name, str) else None
    if preset is None:
        return data  # an unknown provider is reported by the config check, by its key
    out = dict(data)
    imap = {**preset.imap, **_section(data, "imap")}
    smtp = {**preset.smtp, **_section(data, "smtp")}
    if preset.smtp and "username" in imap:
        smtp.setdefault("username", imap["username"])
    if preset.imap:
        out["imap"] = imap
    if preset.smtp:
        out["smtp"] = smtp
    if preset.oauth2 and imap.get("auth") == "oauth2":
        out["oauth2"] = {**preset.oauth2, **_section(data, "oauth2")}
    return out


def _section(data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name, {})
    return dict(value) if isinstance(value, dict) else {}


def starter_config(name: str) -> str:
    """The config ``responder init --provider NAME`` writes: only what the user fills in."""
    preset = PRESETS[name]
    oauth = preset.oauth2 and preset.imap.get("auth") == "oauth2"
    lines = [
        f"# responder for a mailbox at {name}: the provider preset fills in servers, ports,",
        "# security, login method and sending limits (any key set below wins; see",
        "# config.example.toml for every key and docs/mailbox.md for this provider).",
        f'provider = "{name}"', "",
        "[business]",
        'name = "Your Business"                # fill in: the name customers know',
        'address = "bookings@example.com"      # fill in: the address customers write to',
        'timezone = "Europe/London"            # fill in: IANA time zone', "",
        "[imap]",
        'username = "bookings@example.com"     # fill in: the mailbox (for OAuth: its address)',
    ]
    if not oauth:
        hint = f"  # {preset.login_hint}" if preset.login_hint else ""
        lines.append(f'password_env = "RESPONDER_IMAP_PASSWORD"{hint}')
        if preset.smtp:
            lines += ["", "[smtp]", 'password_env = "RESPONDER_IMAP_PASSWORD"  # the same password']
    if not preset.imap:
        lines += ['host = "imap.example.com"            # fill in', "", "[smtp]",
                  'host = "smtp.example.com"            # fill in']
    if oauth:
        lines += ["", "[oauth2]"]
        for section, key, example, comment in preset.fill:
            if section == "oauth2":
                lines.append(f'{key} = "{example}"  # fill in: {comment}')
        if preset.oauth2.get("flow") in ("device_code", "installed_app"):
            lines.append('token_cache = "oauth2-tokens.json"  # then run: responder auth login')
    return "\n".join(lines) + "\n"
