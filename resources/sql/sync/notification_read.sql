-- Outbox write notification.read: marks one of the person's own notifications read. Read marks
-- only go from false to true, so replays and other machines commute; read_at keeps the first time
-- given (the client's clock, the server's when not given).
-- Row-level security and the column grants of 0011 let a person update is_read and read_at of
-- their own notifications only; the user_id test keeps an administrator (whose policy reaches
-- every row) to their own as well. Any other id matches no row, and notification_state.sql tells
-- the caller why. A notification already marked is not touched again (no new change to sync).
-- Bound values: $1 the notification's id, $2 read_at ('YYYY-MM-DDTHH:MM:SS.mmm' UTC, or NULL).
UPDATE notifications n
   SET is_read = true,
       read_at = coalesce(n.read_at, CAST($2 AS timestamp(3)), CAST(now() AT TIME ZONE 'UTC' AS timestamp(3)))
 WHERE n.id = CAST($1 AS text)
   AND n.user_id = (SELECT public.dashboard_current_user_id())
   AND (NOT n.is_read OR n.read_at IS NULL)
RETURNING n.id
