"""Named, ordered schema steps; each is applied atomically together with its record.

Add a step by appending to :data:`MIGRATIONS`; never edit or reorder a step that has
shipped. :func:`migrate` applies the ones not yet recorded in ``_migrations``.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_initial",
        """
        CREATE TABLE mailbox (
            folder       TEXT PRIMARY KEY,
            uidvalidity  INTEGER NOT NULL,
            last_uid     INTEGER NOT NULL,
            started_at   TEXT NOT NULL
        );
        CREATE TABLE conversations (
            id               INTEGER PRIMARY KEY,
            customer         TEXT NOT NULL,
            root_message_id  TEXT NOT NULL UNIQUE,
            subject          TEXT NOT NULL DEFAULT '',
            language         TEXT NOT NULL DEFAULT 'en',
            customer_name    TEXT NOT NULL DEFAULT '',
            reason           TEXT,
            reason_text      TEXT,
            status           TEXT NOT NULL DEFAULT 'open',   -- open | stopped
            stop_reason      TEXT,
            hint_at          TEXT,                          -- "not until spring": first follow-up
            created_at       TEXT NOT NULL,
            updated_at       TEXT NOT NULL
        );
        CREATE INDEX conversations_customer ON conversations (customer, created_at);
        CREATE TABLE messages (
            id               INTEGER PRIMARY KEY,
            message_id       TEXT NOT NULL UNIQUE,
            folder           TEXT NOT NULL,
            uidvalidity      INTEGER NOT NULL,
            uid              INTEGER NOT NULL,
            from_addr        TEXT NOT NULL DEFAULT '',
            subject          TEXT NOT NULL DEFAULT '',
            intent           TEXT,
            confidence       REAL,
            language         TEXT,
            action           TEXT NOT NULL,
            why              TEXT NOT NULL DEFAULT '[]',     -- JSON list of reasons
            conversation_id  INTEGER REFERENCES conversations (id),
            flags            TEXT NOT NULL DEFAULT '[]',     -- JSON list of IMAP flags to set
            flags_done       INTEGER NOT NULL DEFAULT 0,
            handled_at       TEXT NOT NULL
        );
        CREATE INDEX messages_flags_pending ON messages (flags_done) WHERE flags_done = 0;
        CREATE INDEX messages_conversation ON messages (conversation_id);
        CREATE TABLE outbox (
            id               INTEGER PRIMARY KEY,
            kind             TEXT NOT NULL,                   -- acknowledgement | followup
            ref              TEXT NOT NULL,                   -- what it answers: message id / follow-up id
            message_id       TEXT NOT NULL UNIQUE,            -- deterministic, chosen before sending
            conversation_id  INTEGER REFERENCES conversations (id),
            recipient        TEXT NOT NULL,
            raw              BLOB NOT NULL,
            status           TEXT NOT NULL DEFAULT 'queued',  -- queued|sending|sent|failed|unknown
            attempts         INTEGER NOT NULL DEFAULT 0,
            next_attempt_at  TEXT NOT NULL,
            last_error       TEXT,
            filed            INTEGER NOT NULL DEFAULT 0,      -- copied to Sent, original flagged
            source_uid       INTEGER,
            source_uidvalidity INTEGER,
            created_at       TEXT NOT NULL,
            sent_at          TEXT,
            UNIQUE (kind, ref)
        );
        CREATE INDEX outbox_pending ON outbox (status, next_attempt_at);
        CREATE INDEX outbox_recipient ON outbox (recipient, kind, sent_at);
        CREATE TABLE followups (
            id               INTEGER PRIMARY KEY,
            conversation_id  INTEGER NOT NULL REFERENCES conversations (id),
            step             INTEGER NOT NULL,
            template         TEXT NOT NULL,
            due_at           TEXT NOT NULL,
            status           TEXT NOT NULL DEFAULT 'scheduled', -- scheduled|queued|sent|cancelled|expired
            status_reason    TEXT,
            created_at       TEXT NOT NULL,
            UNIQUE (conversation_id, step)
        );
        CREATE INDEX followups_due ON followups (status, due_at);
        CREATE TABLE heartbeat (
            name        TEXT PRIMARY KEY,                    -- mailbox: last good contact
            at          TEXT NOT NULL
        );
        CREATE TABLE events (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            level       TEXT NOT NULL,
            what        TEXT NOT NULL
        );
        """,
    ),
    (
        "0002_suppressions",
        """
        CREATE TABLE suppressions (
            entry       TEXT PRIMARY KEY,                    -- an address, or a domain as @example.com
            reason      TEXT NOT NULL,
            created_at  TEXT NOT NULL
        );
        """,
    ),
    (
        "0003_outbox_indexes",
        """
        CREATE INDEX outbox_created ON outbox (created_at);
        CREATE INDEX outbox_conversation ON outbox (conversation_id, status, id);
        CREATE INDEX outbox_unfiled ON outbox (id) WHERE status = 'sent' AND filed = 0;
        """,
    ),
    (
        "0050_hostile_senders",
        """
        CREATE TABLE authserv_seen (                    -- topmost Authentication-Results ids
            authserv_id    TEXT NOT NULL,
            sender_domain  TEXT NOT NULL,
            first_seen     TEXT NOT NULL,
            PRIMARY KEY (authserv_id, sender_domain)
        );
        ALTER TABLE conversations ADD COLUMN followups_held TEXT;  -- why none until answered
        """,
    ),
    (
        "0030_labels",
        """
        CREATE TABLE labels (
            id          INTEGER PRIMARY KEY,
            message_id  TEXT NOT NULL,
            intent      TEXT,                                -- cancellation | reschedule | other
            reason      TEXT,                                -- one of reasons.REASONS
            text        TEXT NOT NULL,                       -- what the rules read (new text only)
            language    TEXT,
            who         TEXT NOT NULL,                       -- staff member or "cli"
            at          TEXT NOT NULL
        );
        CREATE INDEX labels_message ON labels (message_id, id);
        """,
    ),
    (
        # The customer's new text and what was read from it, for every message not ignored:
        # the staff console's review queue shows it, and staff decisions on it become
        # labelled examples (the second reader). evidence: JSON list; booking: JSON object.
        "0020_message_texts",
        """
        CREATE TABLE message_texts (
            message_id  TEXT PRIMARY KEY,
            text        TEXT NOT NULL,
            evidence    TEXT NOT NULL DEFAULT '[]',
            reason      TEXT,
            booking     TEXT,
            language    TEXT,
            stored_at   TEXT NOT NULL
        );
        """,
    ),
    (
        # The staff console (responder/web): who may log in, what waits for a person, what
        # staff decided, every staff action, and the previous versions of edited templates.
        "0020_staff_console",
        """
        CREATE TABLE message_replies (
            message_id   TEXT PRIMARY KEY,                  -- what an acknowledgement needs
            from_name    TEXT NOT NULL DEFAULT '',
            reply_to     TEXT,                              -- the safe reply address, or NULL
            refs         TEXT NOT NULL DEFAULT '[]',        -- JSON: the References chain
            reason_text  TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE review_items (
            message_id   TEXT PRIMARY KEY,
            kind         TEXT NOT NULL,   -- unsure | reschedule | repeat | no_address | send_failed
            why          TEXT NOT NULL DEFAULT '',
            since        TEXT NOT NULL,
            status       TEXT NOT NULL DEFAULT 'waiting',   -- waiting | done
            decided_action TEXT,
            decided_by   TEXT,
            decided_at   TEXT,
            notified     TEXT                               -- staff told (http.notify = instant)
        );
        CREATE INDEX review_waiting ON review_items (since) WHERE status = 'waiting';
        CREATE TABLE review_actions (
            id          INTEGER PRIMARY KEY,
            message_id  TEXT NOT NULL,
            action      TEXT NOT NULL,    -- acknowledge | dismiss | reschedule | stop
            who         TEXT NOT NULL,
            at          TEXT NOT NULL,
            detail      TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX review_actions_message ON review_actions (message_id);
        CREATE TABLE staff_users (
            name        TEXT PRIMARY KEY,
            hash        TEXT NOT NULL,                      -- Argon2id
            created_at  TEXT NOT NULL,
            last_login  TEXT
        );
        CREATE TABLE login_failures (
            id          INTEGER PRIMARY KEY,
            name        TEXT NOT NULL,
            ip          TEXT NOT NULL,
            at          TEXT NOT NULL
        );
        CREATE INDEX login_failures_at ON login_failures (at);
        CREATE TABLE audit (
            id          INTEGER PRIMARY KEY,
            at          TEXT NOT NULL,
            who         TEXT NOT NULL,
            action      TEXT NOT NULL,
            target      TEXT NOT NULL DEFAULT '',
            detail      TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE template_versions (
            id          INTEGER PRIMARY KEY,
            language    TEXT NOT NULL,
            name        TEXT NOT NULL,
            source      TEXT NOT NULL,
            saved_by    TEXT NOT NULL,
            saved_at    TEXT NOT NULL
        );
        CREATE INDEX template_versions_file ON template_versions (language, name, id);
        ALTER TABLE messages ADD COLUMN flags_remove TEXT NOT NULL DEFAULT '[]';
        CREATE INDEX messages_from ON messages (from_addr, id);
        CREATE INDEX messages_action ON messages (action);
        CREATE INDEX conversations_status ON conversations (status, created_at);
        -- What waited for a person in the last 30 days before the console existed (without
        -- the text, which was not kept then).
        INSERT INTO review_items (message_id, kind, why, since)
            SELECT message_id, CASE WHEN flags LIKE '%$Reschedule%' THEN 'reschedule'
                                    ELSE 'unsure' END, '', handled_at FROM messages
            WHERE (action = 'review' OR flags LIKE '%$Reschedule%')
              AND handled_at >= strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-30 days');
        """,
    ),
    (
        # A row is claimed ('sending') before its SMTP connection opens; handed_over says
        # whether the message itself went out (DATA began). Rows left 'sending' by an older
        # version had reached DATA.
        "0010_outbox_handed_over",
        """
        ALTER TABLE outbox ADD COLUMN handed_over INTEGER NOT NULL DEFAULT 0;
        UPDATE outbox SET handed_over = 1 WHERE status = 'sending';
        """,
    ),
    (
        # Messages tagged $NeedsReview that staff were told about (the hourly review note);
        # those flagged before this step count as told.
        "0010_review_notices",
        """
        CREATE TABLE review_notices (
            message_id  INTEGER PRIMARY KEY REFERENCES messages (id),
            noted_at    TEXT NOT NULL
        );
        CREATE INDEX messages_review ON messages (id) WHERE flags LIKE '%$NeedsReview%';
        CREATE INDEX outbox_source ON outbox (source_uid, source_uidvalidity);
        INSERT INTO review_notices (message_id, noted_at)
            SELECT id, handled_at FROM messages WHERE flags LIKE '%$NeedsReview%';
        """,
    ),
    (
        # The sending limits look up the n-th latest send before each message (per_day).
        "0060_outbox_sent_at",
        """
        CREATE INDEX outbox_sent_at ON outbox (sent_at) WHERE status IN ('sent', 'unknown');
        """,
    ),
    (
        # The flags already set on the server: a later pending set applies only what is new
        # (a COPY to imap.review_folder is not made twice when another flag is queued).
        "0060_flags_applied",
        """
        ALTER TABLE messages ADD COLUMN flags_applied TEXT NOT NULL DEFAULT '[]';
        UPDATE messages SET flags_applied = flags WHERE flags_done = 1;
        """,
    ),
    (
        # Every message asks for its sender's open conversations: found by the sender, not by
        # scanning every open conversation (SQLite chose conversations_status for
        # "customer = ? AND status = 'open'", a cost that grew with the business).
        "0061_conversations_by_customer",
        """
        DROP INDEX conversations_customer;
        CREATE INDEX conversations_customer ON conversations (customer, status, created_at);
        """,
    ),
]


def applied(conn: sqlite3.Connection) -> list[str]:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return [row[0] for row in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply pending steps in order, each in its own transaction; return their names."""
    done = set(applied(conn))
    new = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        # executescript() would commit on its own; run statement by statement instead so the
        # step and its record share one transaction.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO _migrations (name, applied_at) VALUES (?, ?)",
                (name, datetime.now(UTC).isoformat(timespec="seconds")),
            )
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        new.append(name)
    return new


def _statements(sql: str) -> list[str]:
    out, buf = [], ""
    for line in sql.splitlines(keepends=True):
        buf += line.split("--", 1)[0] + ("\n" if "--" in line else "")
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
