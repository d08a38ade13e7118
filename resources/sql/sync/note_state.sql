-- After a note write that matched no row: is the note there for this person, theirs, withdrawn?
-- No row: it does not exist, or the person may not see it.
-- Bound values: $1 the note's id.
SELECT n.author_id = (SELECT public.dashboard_current_user_id()) AS is_mine,
       n.deleted_at IS NOT NULL AS is_deleted
  FROM student_notes n
 WHERE n.id = CAST($1 AS text)
