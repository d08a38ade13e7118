-- One student's 365-day trend (the student detail's charts). bench_students maps 1..N to the
-- instructor's own students; query_latency.sh creates it in the benchmark database only.
\set n random(1, :student_count)
SELECT ps.snapshot_date, ps.overall_score, ps.daily_accuracy, ps.total_time_spent, ps.sessions_completed
  FROM progress_snapshots ps
 WHERE ps.student_id = (SELECT student_id FROM bench_students WHERE n = :n)
   AND ps.snapshot_date > :as_of::date - 365
 ORDER BY ps.snapshot_date;
