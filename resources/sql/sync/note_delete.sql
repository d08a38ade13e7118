-- Outbox write note.delete: withdraws a note (deleted_at), so the withdrawal reaches every copy as
-- an ordinary change. Idempotent: a note already withdrawn is not touched again.
-- Row-level security lets only the author (on a student they can see) change it; anything else
-- matches no row, and note_state.sql tells the caller why.
-- Bound values: $1 the note's id.
UPDATE student_notes n
   SET deleted_at = CAST(now() AT TIME ZONE 'UTC' AS timestamp(3))
 WHERE n.id = CAST($1 AS text)
   AND n.deleted_at IS NULL
RETURNING n.id
