-- After a notification.read that matched no row: is the notification there for this person, and
-- already read? No row: it does not exist, or it is not theirs.
-- Bound values: $1 the notification's id.
SELECT n.is_read
  FROM notifications n
 WHERE n.id = CAST($1 AS text)
   AND n.user_id = (SELECT public.dashboard_current_user_id())
