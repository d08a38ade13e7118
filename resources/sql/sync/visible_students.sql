-- The students the signed-in person may see now (dashboard_users under the rules of 0010-0017,
-- the same set as dashboard_visible_student_ids()). The client drops the cached rows of students
-- who left this list and fetches those who joined it whole.
-- No bound values.
SELECT u.id
  FROM dashboard_users u
 WHERE u.role = 'USER'
 ORDER BY u.id
