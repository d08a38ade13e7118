-- The server's clock at the start of the sync's transaction, UTC, in the cache's encoding: what
-- "data from 10:42" means, never the laptop's clock, which may be wrong. And who the session's
-- person is (users.id), so the cache knows whose notifications it holds.
-- No bound values.
SELECT to_char(transaction_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS') AS server_time,
       public.dashboard_current_user_id() AS user_id
