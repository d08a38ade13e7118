-- Step 4 of `aggregate`: submissions past their due date become OVERDUE, and the assignment's instructor is told once per submission.
--
-- $1 (date): T, the last day of the run. A submission is overdue when its assignment's due_date is
-- before the end of T (T + 1 at 00:00, UTC like every timestamp here) and it was neither started
-- nor handed in (NOT_STARTED, IN_PROGRESS); SUBMITTED, COMPLETED, GRADED and OVERDUE ones are left
-- alone. This is the only write of the aggregation to a table people edit, hence its own phase and
-- transaction.
-- The ASSIGNMENT_OVERDUE notification is made in the same statement, from the rows the UPDATE
-- changed: it exists exactly when the change was committed, and a submission that an instructor
-- marked OVERDUE by hand gets none. Its event key "overdue:<submission id>" is unique
-- (notifications_event_key_key), so nothing is notified twice, whatever happens to the submission
-- later.
WITH changed AS (
    UPDATE assignment_submissions s
       SET status = 'OVERDUE'
      FROM assignments a
     WHERE a.id = s.assignment_id
       AND a.due_date < $1::date + 1
       AND s.status IN ('NOT_STARTED', 'IN_PROGRESS')
    RETURNING s.id, s.student_id, s.assignment_id, a.instructor_id, a.title, a.due_date
)
INSERT INTO notifications (id, user_id, title, message, action_url, type, category, priority, metadata, created_at)
SELECT public.dashboard_new_id(),
       c.instructor_id,
       'Assignment overdue: ' || c.title,
       coalesce(u.name, u.email) || ' has not finished "' || c.title || '", which was due on '
           || to_char(c.due_date, 'YYYY-MM-DD HH24:MI') || ' UTC.',
       'dashboard://students/' || c.student_id,
       'ASSIGNMENT_OVERDUE',
       'assignment',
       'HIGH',
       jsonb_build_object('event_key', 'overdue:' || c.id,
                          'student_id', c.student_id,
                          'submission_id', c.id,
                          'assignment_id', c.assignment_id),
       now() AT TIME ZONE 'UTC'
  FROM changed c
  JOIN users u ON u.id = c.student_id
 ORDER BY c.id
ON CONFLICT DO NOTHING
