-- One student, one row per day with practice, for the trend charts, oldest first.
-- Days without a snapshot are absent, so the charts show them as gaps.
--
-- Bound values: 1. the student id; 2. the first day (NULL for the whole history); 3. the last day.
SELECT ps.snapshot_date,
       ps.overall_score,
       ps.daily_accuracy,
       ps.total_time_spent,
       ps.sessions_completed,
       ps.questions_answered
  FROM progress_snapshots ps
 WHERE ps.student_id = ?
   AND ps.snapshot_date >= coalesce(CAST(? AS date), CAST('-infinity' AS date))
   AND ps.snapshot_date <= CAST(? AS date)
 ORDER BY ps.snapshot_date
