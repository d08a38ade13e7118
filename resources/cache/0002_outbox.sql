-- The outbox: changes the person made that the server has not confirmed yet, in the order they
-- were made (seq). An entry is removed once the server applied it; a rejected one stays, with the
-- server's reason, until the person edits or discards it.
--
-- seq is AUTOINCREMENT so a number is never handed out twice, even after the newest entry went:
-- the order of replay is the order of seq. id is the entry's own cuid; the payload carries the
-- ids of what it changes (a note's id is generated on this machine too, so a replay is idempotent).
-- revision grows with every edit, so a replay that read an older payload cannot remove the newer one.

CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),
    reason TEXT,
    revision INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);

CREATE INDEX idx_outbox_state ON outbox (state, seq);
