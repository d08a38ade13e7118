-- The dashboard's only way into the student app's tables: three security_barrier views that apply the same visibility rules as the policies.
--
-- users, quiz_sessions and voice_practice_sessions belong to the student app: the dashboard does
-- not put row-level security on them (that would bind the student app too) and its groups get no
-- privilege on them (0011). Instead these views, owned by the migration owner, read the tables
-- with the owner's rights and filter them with the functions of 0010; the groups get SELECT on the
-- views only.
--
-- security_barrier keeps the filter below anything the caller adds: a WHERE clause with a
-- function that leaks its arguments (a RAISE NOTICE in a function of one's own, say) is evaluated
-- only on rows that already passed the filter. Conditions built from leakproof operators, such
-- as `user_id = $1` or `started_at >= $2`, are still pushed down into index scans.
-- security_invoker is left off on purpose: with it the caller would need rights on the tables.
--
-- The column lists are explicit: users.password_hash is never exposed, and a column the student
-- app adds later stays hidden until a migration decides otherwise.
-- The views are read-only for the groups: SELECT is all they are granted.

-- Students one may see, instructors one may see, oneself; the administrator everyone.
CREATE VIEW "dashboard_users" WITH (security_barrier = true) AS
SELECT u.id,
       u.email,
       u.name,
       u.role,
       u.is_active,
       u.last_login_at,
       u.created_at,
       u.updated_at,
       u.department_id
  FROM public.users u
 WHERE (SELECT public.dashboard_current_access_role()) = 'admin'
    OR u.id = (SELECT public.dashboard_current_user_id())
    OR u.id IN (SELECT public.dashboard_visible_student_ids())
    OR u.id IN (SELECT public.dashboard_visible_instructor_ids());

-- Quiz sessions of the students one may see; the administrator all of them.
CREATE VIEW "dashboard_quiz_sessions" WITH (security_barrier = true) AS
SELECT q.id,
       q.user_id,
       q.module_id,
       q.category,
       q.difficulty,
       q.score,
       q.questions_answered,
       q.correct_answers,
       q.answers,
       q.started_at,
       q.completed_at
  FROM public.quiz_sessions q
 WHERE (SELECT public.dashboard_current_access_role()) = 'admin'
    OR q.user_id IN (SELECT public.dashboard_visible_student_ids());

-- Voice practice sessions of the students one may see; the administrator all of them.
CREATE VIEW "dashboard_voice_practice_sessions" WITH (security_barrier = true) AS
SELECT v.id,
       v.user_id,
       v.category,
       v.phrase,
       v.score,
       v.accuracy,
       v.duration,
       v.created_at
  FROM public.voice_practice_sessions v
 WHERE (SELECT public.dashboard_current_access_role()) = 'admin'
    OR v.user_id IN (SELECT public.dashboard_visible_student_ids());

REVOKE ALL ON "dashboard_users", "dashboard_quiz_sessions", "dashboard_voice_practice_sessions" FROM PUBLIC;
GRANT SELECT ON "dashboard_users", "dashboard_quiz_sessions", "dashboard_voice_practice_sessions"
    TO dashboard_instructor, dashboard_supervisor, dashboard_admin;
