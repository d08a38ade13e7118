-- Outbox write note.upsert: creates the note, or changes its text and flag when it exists and the
-- signed-in person wrote it. Replaying the same write gives the same row (exactly once).
--
-- The author is always the signed-in person (never a value from the client). A note of someone
-- else with this id is left alone: the WHERE of DO UPDATE fails and no row comes back, which the
-- caller reports. Row-level security refuses (42501) a note on a student the person cannot see.
-- updated_at is the server's clock at apply time (trigger of 0008); created_at is the author's
-- clock, informational, the server's when not given.
-- Bound values: $1 id (cuid), $2 student id, $3 body, $4 flag (NULL or FOLLOW_UP, CONCERN,
-- PRAISE), $5 created_at ('YYYY-MM-DDTHH:MM:SS.mmm' UTC, or NULL).
INSERT INTO student_notes AS n (id, student_id, author_id, body, flag, created_at)
VALUES (CAST($1 AS text),
        CAST($2 AS text),
        (SELECT public.dashboard_current_user_id()),
        CAST($3 AS text),
        CAST($4 AS "NoteFlag"),
        coalesce(CAST($5 AS timestamp(3)), CAST(now() AT TIME ZONE 'UTC' AS timestamp(3))))
ON CONFLICT (id) DO UPDATE
   SET body = EXCLUDED.body,
       flag = EXCLUDED.flag
 WHERE n.author_id = (SELECT public.dashboard_current_user_id())
RETURNING n.id
