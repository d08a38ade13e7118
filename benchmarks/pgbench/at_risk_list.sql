-- The instructor's at-risk list: every student of the signed-in instructor, highest risk first.
-- Row-level security decides which rows come back; the WHERE clause lets the planner use
-- idx_student_progress_instructor_risk.
SELECT sp.student_id, sp.risk_score, sp.risk_factors, sp.overall_score, sp.codes_progress,
       sp.phonetic_progress, sp.protocol_progress, sp.last_active_at, sp.current_streak,
       sp.target_score, sp.target_date
  FROM student_progress sp
 WHERE sp.instructor_id = dashboard_current_user_id()
 ORDER BY sp.risk_score DESC, sp.last_active_at DESC;
