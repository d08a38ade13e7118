-- Cached relation analytics_daily: the rows written since the cursor. Row-level security keeps it
-- to the person's own figures and those of the departments and instructors in their scope. Not
-- keyed by student.
--
-- Every column but sync_xid, in the cache's encoding ("date" as 'YYYY-MM-DD').
-- Bound values: $1 the cursor (xid8 as text, '0' for everything).
SELECT ad.id,
       to_char(ad."date", 'YYYY-MM-DD') AS "date",
       ad.instructor_id,
       ad.department_id,
       ad.total_students,
       ad.active_students,
       ad.new_registrations,
       ad.at_risk_students,
       ad.total_sessions,
       ad.completed_sessions,
       ad.average_score,
       ad.total_time_spent,
       ad.quiz_sessions,
       ad.voice_sessions,
       ad.average_session_length,
       ad.assignments_created,
       ad.assignments_completed,
       ad.assignments_overdue,
       ad.unique_active_users,
       ad.total_logins,
       ad.bounce_rate,
       ad.retention_rate
  FROM analytics_daily ad
 WHERE ad.sync_xid >= CAST($1 AS xid8)
 ORDER BY ad.id
