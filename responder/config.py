"""The config file: TOML, validated by pydantic, every problem named by its key.

Secrets never live in the file: ``password_env`` names an environment variable and
``password_file`` a file (Docker/Kubernetes secrets). :func:`load_config` returns a
:class:`Config` or raises :class:`~responder.errors.ConfigError` whose ``problems`` are
one line each, ``key: what is wrong (how to fix it)``.
"""

from __future__ import annotations

import difflib
import os
import re
import ssl
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
    model_validator,
)

from responder.errors import ConfigError
from responder.language import Language
from responder.mail.presets import Provider
from responder.mail.shared_domains import is_shared_domain

_DURATION = re.compile(r"^\s*(\d+)\s*([smhdw])\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_EMAIL = re.compile(r"^[^@\s<>\"',;]+@[^@\s<>\"',;]+\.[^@\s<>\"',;]+$")
_DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9-]*[a-z0-9]$")


#: No duration in the config is longer than this (ten years).
MAX_DURATION = timedelta(days=3650)


def parse_duration(value: str) -> timedelta:
    """``"30d"`` -> 30 days. Units: s, m, h, d, w. At most :data:`MAX_DURATION`."""
    match = _DURATION.match(value)
    if not match:
        raise ValueError(f"{value!r} is not a duration; write it like \"30d\", \"12h\" or \"2w\"")
    number = int(match.group(1))
    if len(match.group(1)) > 12:  # timedelta would overflow; no sane duration is this long
        raise ValueError(f"{value!r} is too long (at most 3650d)")
    duration = timedelta(**{_UNITS[match.group(2)]: number})
    if duration > MAX_DURATION:
        raise ValueError(f"{value!r} is too long (at most 3650d)")
    return duration


def _fmt(d: timedelta) -> str:
    seconds = int(d.total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0 and seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _duration(value: str) -> str:
    parse_duration(value)
    return value


def _bounded(low: timedelta, why: str = "", high: timedelta = MAX_DURATION) -> AfterValidator:
    def check(value: str) -> str:
        duration = parse_duration(value)
        if duration < low:
            raise ValueError(f"{value!r} is too short: at least {_fmt(low)}{why}")
        if duration > high:
            raise ValueError(f"{value!r} is too long: at most {_fmt(high)}")
        return value

    return AfterValidator(check)


#: A duration written like ``"30d"``, checked when the config is read.
Duration = Annotated[str, AfterValidator(_duration)]
#: How often the mailbox is looked at: never a busy loop.
PollDuration = Annotated[str, _bounded(timedelta(seconds=1), " (0s would poll in a busy loop)",
                                       timedelta(hours=1))]
#: IDLE re-issued: at most 29 minutes (RFC 2177), never a busy loop.
IdleDuration = Annotated[str, _bounded(timedelta(seconds=1), " (0s would renew in a busy loop)",
                                       timedelta(minutes=29))]
#: One acknowledgement per sender within this: RFC 3834 asks for days, never none.
AckDuration = Annotated[str, _bounded(timedelta(hours=1), " (RFC 3834: auto-replies to one "
                                                          "sender are days apart; the default is 7d)")]
#: Seconds before a silent server counts as gone: finite, at most an hour.
Timeout = Annotated[float, Field(gt=0, le=3600, allow_inf_nan=False)]
#: A template's name: a file name in the templates folder, without folders or ``.txt``.
_TEMPLATE_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


def _template_name(value: str) -> str:
    if not _TEMPLATE_NAME.match(value):
        raise ValueError(f"{value!r} is not a template name; use the name of a template file "
                         "without folder or .txt, like \"followup_checkin\"")
    return value


TemplateName = Annotated[str, AfterValidator(_template_name)]


def _host(value: str) -> str:
    """An IP address or a host name to listen on."""
    import ipaddress

    try:
        ipaddress.ip_address(value)
        return value
    except ValueError:
        pass
    if re.fullmatch(r"[\d.]+", value) or not re.fullmatch(
            r"(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*", value):
        raise ValueError(f"{value!r} is not an IP address or host name; use e.g. \"127.0.0.1\" "
                         "(this machine only) or \"0.0.0.0\" (all interfaces, in a container)")
    return value


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Security = Literal["tls", "starttls", "none"]


def _read_secret(file: Path | None, env: str) -> str:
    """A secret from ``file`` (stripped) or else the environment variable ``env``; "" when neither."""
    if file is not None:
        return file.read_text(encoding="utf-8").strip()
    return os.environ.get(env, "") if env else ""


class _Server(_Section):
    host: str
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Security = "tls"
    username: str = ""
    password_env: str = ""
    password_file: Path | None = None
    ca_file: Path | None = None
    timeout: Timeout = 30.0

    def password(self) -> str:
        """The secret, read from the environment or the file at the moment it is needed."""
        return _read_secret(self.password_file, self.password_env)


class ImapConfig(_Server):
    folder: str = "INBOX"
    sent_folder: str | None = None  # not set: the folder marked \Sent (responder.mail.sentcopy)
    idle: bool = True
    idle_renew: IdleDuration = "10m"
    poll_interval: PollDuration = "60s"
    backfill: str = "none"
    max_fetch_bytes: int = Field(default=256 * 1024, ge=64 * 1024, le=64 * 1024 * 1024)
    batch_size: int = Field(default=200, ge=1, le=5000)
    # responder.mail.tagging: how tags reach staff ("auto": from what the server offers), and
    # a folder that gets a copy of each message that needs a person ("": none).
    tagging: Literal["auto", "keywords", "labels", "flagged"] = "auto"
    review_folder: str = ""
    # responder.mail.sentcopy: who files the copy of what was sent ("auto": responder, unless
    # the provider's SMTP files its own).
    sent_copy: Literal["auto", "append", "none"] = "auto"
    # "oauth2": log in with SASL XOAUTH2 and a token from the [oauth2] section (Microsoft 365,
    # Outlook.com and Gmail refuse or discourage passwords); "password": password_env/_file.
    auth: Literal["password", "oauth2"] = "password"

    @field_validator("backfill")
    @classmethod
    def _backfill(cls, v: str) -> str:
        if v not in ("none", "all"):
            try:
                parse_duration(v)
            except ValueError:
                raise ValueError('use "none", "all" or a duration such as "7d"') from None
        return v

    def default_port(self) -> int:
        return self.port or {"tls": 993, "starttls": 143, "none": 143}[self.security]

    def stale_after(self) -> timedelta:
        """How long without mailbox contact makes the daemon unhealthy: twice the longest
        wait between contacts, plus two minutes. With ``idle`` on that is the IDLE renewal,
        or ``poll_interval`` when the server turns out not to offer IDLE."""
        waits = (self.idle_renew, self.poll_interval) if self.idle else (self.poll_interval,)
        return 2 * max(parse_duration(w) for w in waits) + timedelta(minutes=2)


class SmtpConfig(_Server):
    envelope_from: str = ""
    #: Seconds one whole send may take (``timeout`` is per command): one slow server cannot
    #: hold a message for long.
    send_timeout: float = Field(default=120.0, gt=0, le=3600)
    # Not set: as imap.auth (with smtp.username set). See responder.mail.oauth2.
    auth: Literal["password", "oauth2"] | None = None
    # Sending limits (responder.mail.limits): at most this many messages a minute and a day
    # (0: no limit); a provider preset fills in its own.
    per_minute: int = Field(default=0, ge=0)
    per_day: int = Field(default=0, ge=0)

    @field_validator("envelope_from")
    @classmethod
    def _envelope(cls, v: str) -> str:
        if v and not _EMAIL.match(v):
            raise ValueError(f"{v!r} is not an email address (or leave it \"\" for business.address)")
        return v

    def default_port(self) -> int:
        return self.port or {"tls": 465, "starttls": 587, "none": 25}[self.security]


class BusinessConfig(_Section):
    name: str
    address: str
    aliases: list[str] = []
    timezone: str = "UTC"
    default_language: Language = "en"
    rebook_url: str = ""
    staff_address: str = ""
    require_direct: bool = True
    #: The business's own mail domains: mail from them is a colleague's and is never answered
    #: (a cancellation in it goes to a person). Absent: the domain of ``address`` and
    #: ``aliases``, unless it is a public mail service (responder.mail.shared_domains).
    staff_domains: list[str] | None = None

    @field_validator("address", "staff_address")
    @classmethod
    def _address(cls, v: str) -> str:
        if v and not _EMAIL.match(v):
            raise ValueError(f"{v!r} is not an email address")
        return v.lower()

    @field_validator("aliases")
    @classmethod
    def _aliases(cls, v: list[str]) -> list[str]:
        for a in v:
            if not _EMAIL.match(a):
                raise ValueError(f"{a!r} is not an email address")
        return [a.lower() for a in v]

    @field_validator("staff_domains")
    @classmethod
    def _staff_domains(cls, v: list[str] | None) -> list[str] | None:
        if v is None:
            return None
        out = []
        for d in v:
            domain = d.strip().lower().lstrip("@").rstrip(".")
            if not _DOMAIN.match(domain):
                raise ValueError(f"{d!r} is not a mail domain; write it as \"studio.example.com\"")
            out.append(domain)
        return out

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {v!r}; use an IANA name like Europe/London") from None
        return v

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def domain(self) -> str:
        return self.address.rsplit("@", 1)[-1]

    @property
    def colleague_domains(self) -> frozenset[str]:
        """Whose mail is a colleague's: ``staff_domains`` as set, else the business's own
        domains (its address's and aliases', not a public mail service's)."""
        if self.staff_domains is not None:
            return frozenset(self.staff_domains)
        own = {a.rsplit("@", 1)[-1] for a in (self.address, *self.aliases)}
        return frozenset(d for d in own if not is_shared_domain(d))


class StateConfig(_Section):
    path: Path = Path("responder.db")
    #: What customers wrote (the console's texts, labelled examples, reasons in their words)
    #: is erased this long after it was kept; decisions and counts stay.
    keep_texts: Duration = "365d"


class DetectionConfig(_Section):
    answer_threshold: float = Field(default=0.80, ge=0, le=1)
    review_threshold: float = Field(default=0.50, ge=0, le=1)

    @model_validator(mode="after")
    def _order(self) -> DetectionConfig:
        if self.review_threshold > self.answer_threshold:
            raise ValueError("review_threshold must not exceed answer_threshold")
        return self


class RepliesConfig(_Section):
    acknowledge: bool = True
    ack_interval: AckDuration = "7d"
    max_per_hour: int = Field(default=300, ge=1, le=100_000)
    thank_you: bool = False


class FollowupStep(_Section):
    after: Duration
    template: TemplateName = "followup_checkin"


#: Reasons that never get a follow-up, whatever ``by_reason`` says: a customer who moved away
#: cannot come back, and a dissatisfied one gets a person (the staff alert), not marketing mail.
NO_FOLLOWUP_REASONS = frozenset({"dissatisfied", "moved_away"})

REASONS = ("schedule_conflict", "illness", "cost", "not_ready", "found_alternative", "moved_away",
           "dissatisfied", "no_longer_needed", "personal", "other", "none")

#: Built-in cadence per reason; a reason missing from the table uses ``schedule``.
DEFAULT_BY_REASON: dict[str, list[FollowupStep]] = {
    "not_ready": [FollowupStep(after="30d"), FollowupStep(after="90d")],
    "schedule_conflict": [FollowupStep(after="14d", template="followup_rebook")],
    "illness": [FollowupStep(after="21d")],
    "cost": [FollowupStep(after="45d")],
    "found_alternative": [FollowupStep(after="105d")],
    "no_longer_needed": [FollowupStep(after="105d")],
    "moved_away": [],
    "dissatisfied": [],  # no marketing mail: staff get an alert with the customer's words
}


class FollowupsConfig(_Section):
    enabled: bool = True
    schedule: list[str] = ["30d"]
    template: TemplateName = "followup_checkin"
    by_reason: dict[str, list[FollowupStep]] = DEFAULT_BY_REASON
    max_per_customer: int = Field(default=2, ge=0, le=100)
    min_spacing: Duration = "14d"
    business_hours: str = "09:00-17:00"
    business_days: str = "mon-fri"
    holidays: str = ""
    holidays_subdivision: str = ""
    jitter: Duration = "20m"
    grace: Duration = "3d"

    @field_validator("schedule")
    @classmethod
    def _schedule(cls, v: list[str]) -> list[str]:
        for item in v:
            parse_duration(item)
        return v

    @field_validator("by_reason")
    @classmethod
    def _reasons(cls, v: dict[str, list[FollowupStep]]) -> dict[str, list[FollowupStep]]:
        for reason in v:
            if reason not in REASONS:
                raise ValueError(f"unknown reason {reason!r}; known: {', '.join(REASONS)}")
        return v

    @field_validator("business_hours")
    @classmethod
    def _hours(cls, v: str) -> str:
        from responder.followup import parse_hours

        try:
            parse_hours(v)
        except ValueError as exc:
            raise ValueError(f'{exc}; write it like "09:00-17:00"') from None
        return v

    @field_validator("business_days")
    @classmethod
    def _days(cls, v: str) -> str:
        from responder.followup import parse_days

        try:
            if not parse_days(v):
                raise ValueError
        except ValueError:
            raise ValueError(f'{v!r}: write it like "mon-fri" or "mon,wed,fri"') from None
        return v

    @field_validator("holidays")
    @classmethod
    def _holidays(cls, v: str) -> str:
        if v:
            import holidays

            if v.upper() not in holidays.list_supported_countries():
                raise ValueError(f"{v!r} is not a country code the holidays package knows "
                                 "(use ISO 3166 codes like GB, DE, ES)")
        return v.upper()

    @model_validator(mode="after")
    def _subdivision(self) -> FollowupsConfig:
        if not self.holidays_subdivision:
            return self
        if not self.holidays:
            raise ValueError("holidays_subdivision: set holidays (the country) first")
        import holidays

        known = holidays.list_supported_countries().get(self.holidays, [])
        if self.holidays_subdivision not in known:
            listed = ", ".join(known[:12]) + (", ..." if len(known) > 12 else "")
            raise ValueError(f"holidays_subdivision: {self.holidays_subdivision!r} is not a "
                             f"subdivision of {self.holidays} the holidays package knows"
                             + (f" ({listed})" if known else " (this country has none)"))
        return self

    def steps_for(self, reason: str | None) -> list[FollowupStep]:
        """The cadence for a reason: none for :data:`NO_FOLLOWUP_REASONS`, else its own row of
        ``by_reason``, else ``schedule``."""
        if reason in NO_FOLLOWUP_REASONS:
            return []
        if reason in self.by_reason:
            return list(self.by_reason[reason or ""])
        return [FollowupStep(after=d, template=self.template) for d in self.schedule]


class DigestConfig(_Section):
    frequency: Literal["off", "daily", "weekly"] = "off"
    to: str = ""
    hour: int = Field(default=8, ge=0, le=23)

    @field_validator("to")
    @classmethod
    def _to(cls, v: str) -> str:
        if v and not _EMAIL.match(v):
            raise ValueError(f"{v!r} is not an email address")
        return v.lower()


def shipped_templates_dir() -> Path:
    """The default templates installed with responder (``responder/default_templates``)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "default_templates", here.parent / "templates"):
        if candidate.is_dir():
            return candidate
    return here / "default_templates"  # missing installation: check-config says so


class TemplatesConfig(_Section):
    #: Without a ``dir`` key, the shipped default templates (absolute, so never re-resolved).
    dir: Path = Field(default_factory=shipped_templates_dir)


class HttpConfig(_Section):
    host: Annotated[str, AfterValidator(_host)] = "127.0.0.1"
    port: int = Field(default=0, ge=0, le=65535)
    #: A lost mailbox connection not back within this makes /healthz and `health` unhealthy.
    unhealthy_after: Duration = "2m"
    #: The staff console (responder/web, docs/console.md). ``public_url`` is where staff
    #: reach it (behind a reverse proxy: https://...); it is used for links in staff mail
    #: and makes the session cookie ``Secure`` when it starts with https://.
    public_url: str = ""
    #: The key that signs session cookies; without either, one is generated once into a
    #: 0600 file next to the state database.
    secret_key_env: str = ""
    secret_key_file: Path | None = None
    session_idle: Duration = "30m"
    #: Failed logins allowed per user name, and per client address, in 15 minutes.
    login_attempts: int = Field(default=5, ge=1, le=100)
    #: Tell staff when something waits in the console: "off", "instant" (one mail per item)
    #: or "digest" (one mail a day at ``digest.hour``); to ``business.staff_address``.
    notify: Literal["off", "instant", "digest"] = "off"

    @field_validator("public_url")
    @classmethod
    def _url(cls, v: str) -> str:
        if v and not re.match(r"^https?://[^\s/]+", v):
            raise ValueError(f"{v!r} is not a URL; write it like \"https://console.example.com\"")
        return v.rstrip("/")


class LoggingConfig(_Section):
    format: Literal["text", "json"] = "text"
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"


class OAuth2Config(_Section):
    """``[oauth2]``: where responder gets access tokens (responder.mail.oauth2, docs/mailbox.md).

    ``flow`` not set: Microsoft with a client secret is ``client_credentials``, without one
    ``device_code``; Google with ``service_account_file`` is ``service_account``, without one
    ``installed_app``. Tokens a person's login gives are kept in ``token_cache`` (mode 0600).
    """

    provider: Literal["microsoft", "google"]
    flow: Literal["client_credentials", "device_code", "service_account", "installed_app"] | None = None
    tenant: str = "common"
    client_id: str = ""
    client_secret_env: str = ""
    client_secret_file: Path | None = None
    service_account_file: Path | None = None
    token_cache: Path = Path("oauth2-tokens.json")
    # The identity platform's endpoints; only a national cloud (or a test) changes them.
    authority: str = "https://login.microsoftonline.com"
    token_uri: str = "https://oauth2.googleapis.com/token"  # noqa: S105 (an address, not a secret)
    auth_uri: str = "https://accounts.google.com/o/oauth2/auth"
    ca_file: Path | None = None  # extra CA for the token endpoint (a proxy that inspects TLS)
    timeout: float = Field(default=30.0, gt=0)
    # The SASL mechanism for IMAP: XOAUTH2 (Microsoft, Google, Yahoo) or the standard OAUTHBEARER
    # (RFC 7628; Google, Dovecot). SMTP uses XOAUTH2, which every provider here offers.
    imap_mechanism: Literal["XOAUTH2", "OAUTHBEARER"] = "XOAUTH2"

    def client_secret(self) -> str:
        """The client secret, read when needed (never kept in the config file)."""
        return _read_secret(self.client_secret_file, self.client_secret_env)

    def resolved_flow(self) -> str:
        if self.flow is not None:
            return self.flow
        if self.provider == "microsoft":
            has_secret = bool(self.client_secret_env or self.client_secret_file)
            return "client_credentials" if has_secret else "device_code"
        return "service_account" if self.service_account_file is not None else "installed_app"


class SafetyConfig(_Section):
    """Hostile senders (issue 12): whom automatic mail may go to."""

    #: Read Authentication-Results (RFC 8601) from our own mail server: "off", "when present"
    #: (a failing result means review instead of automatic mail) or "required" (no result
    #: from our server means review too).
    authentication: Literal["off", "when present", "required"] = "when present"
    #: The authserv-id our mail server writes (e.g. "mx.google.com"); empty: learned from the
    #: mailbox (the topmost id in mail from several sender domains). "" stands for a header
    #: without an id (Microsoft 365 writes none).
    authserv_id: list[str] = []

    @field_validator("authserv_id")
    @classmethod
    def _ids(cls, v: list[str]) -> list[str]:
        for item in v:
            if any(c.isspace() or c in ';()"' for c in item.strip()):
                raise ValueError(f"{item!r} is not an authserv-id; write the host name your mail "
                                 "server puts first in Authentication-Results, e.g. \"mx.google.com\"")
        return [item.strip().lower() for item in v]


class SecondReaderConfig(_Section):
    """``[second_reader]``: the learned reader that can only send mail to a person
    (responder/learn/, docs/detection.md). Thresholds are probabilities."""

    enabled: bool = True
    net: float = Field(default=0.65, ge=0, le=1)  # rules say other: review at P(cancel or move) >= net
    veto: float = Field(default=0.50, ge=0, le=1)  # rules would answer: review at P(cancellation) < veto
    reason: float = Field(default=0.30, ge=0, le=1)  # replies: fill a reason the rules missed at P >= this
    # replies: of the reasons the rules heard, take the one the model gives this much more
    reason_margin: float = Field(default=0.30, ge=0, le=1)
    opt_out: float = Field(default=0.70, ge=0, le=1)  # replies: add an opt-out the rules missed at P >= this
    # replies: take the model's real reason at P >= reason_overrule over the rules' one at P <= reason_doubt
    reason_overrule: float = Field(default=0.50, ge=0, le=1)
    reason_doubt: float = Field(default=0.05, ge=0, le=1)
    learn_every: Duration | Literal["off"] = "7d"  # the daemon's ``responder learn``
    learn_min_examples: int = Field(default=50, ge=1)  # fewer of the business's labels: no relearning


class Config(_Section):
    # responder.mail.presets: servers, login method and limits of a known provider.
    provider: Provider = "generic"
    business: BusinessConfig
    imap: ImapConfig
    smtp: SmtpConfig
    state: StateConfig = StateConfig()
    detection: DetectionConfig = DetectionConfig()
    replies: RepliesConfig = RepliesConfig()
    followups: FollowupsConfig = FollowupsConfig()
    digest: DigestConfig = DigestConfig()
    templates: TemplatesConfig = TemplatesConfig()
    logging: LoggingConfig = LoggingConfig()
    http: HttpConfig = HttpConfig()
    oauth2: OAuth2Config | None = None
    safety: SafetyConfig = SafetyConfig()
    second_reader: SecondReaderConfig = SecondReaderConfig()

    #: Where the file was read from; relative paths inside it are resolved against it.
    source: Path | None = None


def default_config_path() -> Path:
    """``$RESPONDER_CONFIG``, else ``./config.toml``."""
    return Path(os.environ.get("RESPONDER_CONFIG") or "config.toml")


def _known_keys(model: type[BaseModel], loc: tuple[Any, ...]) -> list[str]:
    current: Any = model
    for part in loc[:-1]:
        field = current.model_fields.get(part) if isinstance(part, str) else None
        annotation = field.annotation if field is not None else None
        # An optional section (``OAuth2Config | None``): the model inside.
        models = [a for a in get_args(annotation) if isinstance(a, type) and issubclass(a, BaseModel)]
        annotation = models[0] if models else annotation
        if annotation is None or not isinstance(annotation, type):
            return []
        current = annotation
    return [k for k in current.model_fields if k != "source"]


def _describe(exc: ValidationError) -> list[str]:
    problems = []
    for err in exc.errors():
        loc = tuple(err["loc"])
        key = ".".join(str(p) for p in loc) or "(top level)"
        if err["type"] == "extra_forbidden":
            known = _known_keys(Config, loc)
            close = difflib.get_close_matches(str(loc[-1]), known, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(known)}"
            problems.append(f"{key}: unknown key ({hint})")
        elif err["type"] == "missing":
            problems.append(f"{key}: required but missing (add it to the config file)")
        else:
            msg = str(err["msg"]).removeprefix("Value error, ")
            # A check across a section's keys names the key it is about: "<key>: ...".
            about = re.match(r"([a-z_]+): (.*)", msg, re.S) if err["type"] == "value_error" else None
            if about and about.group(1) in _known_keys(Config, (*loc, "")):
                key, msg = f"{key}.{about.group(1)}", about.group(2)
            problems.append(f"{key}: {msg}")
    return problems


def _resolve(config: Config, base: Path) -> Config:
    def rel(p: Path | None) -> Path | None:
        return p if p is None or p.is_absolute() else base / p

    oauth2 = config.oauth2
    if oauth2 is not None:
        oauth2 = oauth2.model_copy(update={
            "client_secret_file": rel(oauth2.client_secret_file),
            "service_account_file": rel(oauth2.service_account_file),
            "token_cache": rel(oauth2.token_cache), "ca_file": rel(oauth2.ca_file)})
    return config.model_copy(
        update={
            "oauth2": oauth2,
            "state": config.state.model_copy(update={"path": rel(config.state.path)}),
            "templates": config.templates.model_copy(update={"dir": rel(config.templates.dir)}),
            "imap": config.imap.model_copy(
                update={"password_file": rel(config.imap.password_file), "ca_file": rel(config.imap.ca_file)}
            ),
            "smtp": config.smtp.model_copy(
                update={"password_file": rel(config.smtp.password_file), "ca_file": rel(config.smtp.ca_file)}
            ),
            "http": config.http.model_copy(update={"secret_key_file": rel(config.http.secret_key_file)}),
        }
    )


def parse_config(data: dict[str, Any], source: Path | None = None) -> Config:
    """Validate a TOML document already loaded into a dict."""
    from responder.mail.presets import apply

    data = apply(data)  # ``provider = "..."``: its preset, under the keys the file sets
    try:
        config = Config.model_validate({**data, "source": source})
    except ValidationError as exc:
        raise ConfigError(_describe(exc)) from None
    return _resolve(config, source.parent if source else Path.cwd())


def load_config(path: Path | None = None) -> Config:
    """Read and validate the config file; raise ConfigError naming each bad key."""
    path = path or default_config_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"{path}: config file not found (pass --config PATH, set RESPONDER_CONFIG, "
            "or start from config.example.toml / `responder init`)"
        ) from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    return parse_config(data, path.resolve())


def uses_oauth2(config: Config, section: Literal["imap", "smtp"] | str) -> bool:
    """Whether IMAP (or SMTP) logs in with an OAuth 2.0 token."""
    if section == "imap":
        return config.imap.auth == "oauth2"
    return bool(config.smtp.username) and (config.smtp.auth or config.imap.auth) == "oauth2"


def oauth2_problems(config: Config) -> list[str]:
    """The ``[oauth2]`` section against ``imap.auth``/``smtp.auth``, never printing a secret."""
    if not (uses_oauth2(config, "imap") or uses_oauth2(config, "smtp")):
        return []
    o = config.oauth2
    if o is None:
        return ['oauth2: imap.auth = "oauth2" needs an [oauth2] section '
                '(provider = "microsoft" or "google"; see docs/mailbox.md)']
    problems = []
    flow = o.resolved_flow()
    if o.provider == "microsoft" and flow not in ("client_credentials", "device_code"):
        problems.append(f'oauth2.flow: "{flow}" is a Google flow; Microsoft has "client_credentials" '
                        'or "device_code"')
    if o.provider == "google" and flow not in ("service_account", "installed_app"):
        problems.append(f'oauth2.flow: "{flow}" is a Microsoft flow; Google has "service_account" '
                        'or "installed_app"')
    if flow != "service_account" and not o.client_id:
        problems.append("oauth2.client_id: required (the application (client) ID of your app registration)")
    if flow == "client_credentials" and o.provider == "microsoft" and o.tenant in ("common", "organizations",
                                                                                   "consumers"):
        problems.append("oauth2.tenant: client credentials need your tenant ID or domain "
                        '(e.g. tenant = "contoso.onmicrosoft.com")')
    if flow in ("client_credentials", "installed_app"):
        if o.client_secret_env and o.client_secret_file:
            problems.append("oauth2.client_secret_env: set either client_secret_env or client_secret_file")
        elif o.client_secret_file is not None and not o.client_secret_file.is_file():
            problems.append(f"oauth2.client_secret_file: {o.client_secret_file} does not exist")
        elif o.client_secret_env and not os.environ.get(o.client_secret_env):
            problems.append(
                f"oauth2.client_secret_env: environment variable {o.client_secret_env} is not set")
        elif flow == "client_credentials" and not (o.client_secret_env or o.client_secret_file):
            problems.append('oauth2.client_secret_env: client credentials need a secret '
                            '(client_secret_env = "RESPONDER_OAUTH2_SECRET" or client_secret_file)')
    if flow == "service_account" and (o.service_account_file is None or not o.service_account_file.is_file()):
        problems.append(f"oauth2.service_account_file: {o.service_account_file} does not exist "
                        "(the JSON key of the service account)")
    if o.ca_file is not None:
        problem = _ca_file_problem(o.ca_file)
        if problem:
            problems.append(f"oauth2.ca_file: {problem}")
    if not o.token_cache.parent.is_dir():
        problems.append(f"oauth2.token_cache: folder {o.token_cache.parent} does not exist")
    return problems


def secret_problems(config: Config) -> list[str]:
    """Problems with secrets, checked at start-up and by ``check-config``, never printing them."""
    problems: list[str] = []
    problems.extend(oauth2_problems(config))
    for section, server in (("imap", config.imap), ("smtp", config.smtp)):
        if uses_oauth2(config, section):
            continue  # no password: the token comes from [oauth2]
        if server.password_env and server.password_file:
            problems.append(f"{section}.password_env: set either password_env or password_file, not both")
        if server.password_file is not None:
            if not server.password_file.is_file():
                problems.append(f"{section}.password_file: {server.password_file} does not exist")
        elif server.password_env:
            if not os.environ.get(server.password_env):
                problems.append(
                    f"{section}.password_env: environment variable {server.password_env} is not set "
                    f"(export {server.password_env}=...)"
                )
        elif server.username:
            problems.append(
                f"{section}.password_env: {section}.username is set but no password source "
                f'(add password_env = "RESPONDER_{section.upper()}_PASSWORD" or password_file)'
            )
        if server.ca_file is not None:
            problem = _ca_file_problem(server.ca_file)
            if problem:
                problems.append(f"{section}.ca_file: {problem}")
    if config.imap.username == "":
        problems.append("imap.username: required to log in to the mailbox")
    if not problems:
        for section, server in (("imap", config.imap), ("smtp", config.smtp)):
            problem = _password_problem(section, server)
            if problem:
                problems.append(problem)
    return problems


def _ca_file_problem(path: Path) -> str | None:
    """Why ``path`` cannot serve as a ``ca_file``, or None when it loads."""
    if not path.is_file():
        return f"{path} does not exist"
    try:
        ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).load_verify_locations(cafile=path)
    except ssl.SSLError:  # DER, a private key, anything but PEM certificates
        return f"{path} holds no CA certificate in PEM form (-----BEGIN CERTIFICATE-----)"
    except OSError as exc:
        return f"cannot read {path} ({exc.strerror})"
    return None


#: Templates every installation needs in its default language (follow-ups: those named in
#: ``[followups]``).
REQUIRED_TEMPLATES = ("acknowledgement", "acknowledgement_with_reason")


def has_templates(directory: Path) -> bool:
    """Whether ``directory`` holds any template (``<language>/<name>.txt``)."""
    return directory.is_dir() and any(directory.glob("*/*.txt"))


def template_problems(config: Config) -> list[str]:
    """A templates folder that is missing, empty, or lacks a template the config names."""
    directory = config.templates.dir
    if not directory.is_dir():
        return [f"templates.dir: {directory} is not a folder "
                "(copy the shipped templates there with `responder init`, or remove the key "
                "to use the shipped ones)"]
    if not has_templates(directory):
        return [f"templates.dir: {directory} holds no templates (<language>/<name>.txt); copy "
                "the shipped ones there with `responder init`, or remove the key to use them"]
    language = config.business.default_language
    problems = [f"templates.dir: {directory / language / name}.txt is missing (the "
                f"{language} templates are the fallback for every language)"
                for name in REQUIRED_TEMPLATES
                if not (directory / language / f"{name}.txt").is_file()]
    fcfg = config.followups
    if fcfg.enabled:
        named = [("followups.template", fcfg.template)] + [
            (f"followups.by_reason.{reason}", step.template)
            for reason, steps in fcfg.by_reason.items() for step in steps]
        for key, name in named:
            if not (directory / language / f"{name}.txt").is_file():
                problems.append(f"{key}: no template {name!r} ({directory / language / name}.txt "
                                "is missing)")
    return problems


def _password_problem(section: str, server: _Server) -> str | None:
    """A password that cannot be read as text, or (IMAP) sent by LOGIN."""
    try:
        secret = server.password()
    except (OSError, UnicodeDecodeError) as exc:
        return f"{section}.password_file: cannot read {server.password_file} as UTF-8 text ({exc})"
    if section == "imap" and not secret.isascii():
        key = "password_file" if server.password_file is not None else "password_env"
        return (f"{section}.{key}: the password has non-ASCII characters, which IMAP LOGIN "
                "cannot send; use an ASCII password or an app password")
    return None


def check_config(config: Config) -> list[str]:
    """Every problem a running daemon would hit, beyond the schema: secrets, paths."""
    problems = secret_problems(config)
    problems += template_problems(config)
    parent = config.state.path.parent
    if not parent.is_dir():
        problems.append(f"state.path: folder {parent} does not exist (create it or change the path)")
    return problems
