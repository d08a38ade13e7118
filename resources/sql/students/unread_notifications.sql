-- How many of the notifications of the signed-in person are unread, for the bell in the main window.
-- Row-level security shows instructors and supervisors their own notifications only; the user_id
-- condition keeps it so for the administrator too, who may read those of everybody.
-- No bound values.
SELECT count(*)
  FROM notifications n
 WHERE NOT n.is_read
   AND NOT n.is_archived
   AND n.user_id = (SELECT public.dashboard_current_user_id())
