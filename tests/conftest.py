"""Shared fixtures: a real Dovecot for the session, a fresh mailbox and SMTP sink per test.

Without Dovecot the tests that need it are skipped with the install command, except when
the ``CI`` environment variable is set: there they fail, so CI cannot pass without them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from responder.testing.dovecot import INSTALL_HINT, Dovecot, MailboxAccount, find_dovecot
from responder.testing.smtp import SmtpSink
from tests.helpers import in_ci, write_config

__all__ = ["DATA", "MailboxAccount"]

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _restore_root_logging() -> Iterator[None]:
    """``responder`` commands run in-process install a root handler on the stderr of the
    moment (pytest's capture); put the previous handlers back, or a later test's
    background thread would log into a closed capture."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture(scope="session")
def dovecot_binary() -> str:
    """Path of the dovecot binary; skips the test without it (fails it in CI)."""
    binary = find_dovecot()
    if binary is None:
        if in_ci():
            pytest.fail(f"CI is set and the integration tests need Dovecot. {INSTALL_HINT}", pytrace=False)
        pytest.skip(INSTALL_HINT)
    return binary


@pytest.fixture(scope="session")
def dovecot(dovecot_binary: str) -> Iterator[Dovecot]:
    """One Dovecot IMAP server on a loopback port for the whole session."""
    server = Dovecot.start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def mailbox(dovecot: Dovecot) -> MailboxAccount:
    """A fresh account (unique user, random password) on the session's Dovecot."""
    if not dovecot.running:  # an earlier test stopped it and failed before restarting
        dovecot.restart()
    return dovecot.new_account()


@pytest.fixture
def smtp_sink() -> Iterator[SmtpSink]:
    """A real SMTP server on a loopback port that records what it accepts."""
    with SmtpSink() as sink:
        yield sink


@pytest.fixture
def password(mailbox: MailboxAccount, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mailbox password in the environment, where the test config reads it."""
    monkeypatch.setenv("T_IMAP_PASSWORD", mailbox.password)


@pytest.fixture
def setup(tmp_path: Path, mailbox: MailboxAccount, smtp_sink: SmtpSink, password: None) -> Path:
    """A config.toml (tests.helpers.write_config) for this mailbox and sink; returns its path.

    A test module that needs other write_config arguments overrides this fixture."""
    return write_config(tmp_path, mailbox, smtp_sink)


@pytest.fixture
def corpus_file() -> Callable[[str], bytes]:
    """Reads ``tests/data/<name>`` as bytes."""

    def read(name: str) -> bytes:
        path = DATA / name
        if not path.is_file():
            raise FileNotFoundError(f"{path}: no such test data file (copy it into tests/data/)")
        return path.read_bytes()

    return read
