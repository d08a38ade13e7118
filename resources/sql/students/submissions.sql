-- The assignment submissions of one student with their assignment, latest due date first.
-- Row-level security shows only the submissions of assignments the person can read.
--
-- Bound values: 1. the student id.
SELECT s.assignment_id,
       a.title,
       a.due_date,
       CAST(s.status AS text) AS status,
       s.attempt_number,
       s.score,
       a.target_score,
       s.submitted_at,
       s.instructor_feedback
  FROM assignment_submissions s
  JOIN assignments a ON a.id = s.assignment_id
 WHERE s.student_id = ?
 ORDER BY a.due_date DESC, a.title, s.attempt_number DESC
