-- The last day with a progress snapshot of one student: where the trend charts end by default.
--
-- Bound values: 1. the student id.
SELECT max(ps.snapshot_date)
  FROM progress_snapshots ps
 WHERE ps.student_id = ?
