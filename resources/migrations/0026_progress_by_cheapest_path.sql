-- dashboard_my_student_progress: the student_progress rows the signed-in person may see, read by the cheapest path, for the queries that list them (the Students page, the sync).
--
-- Row-level security on student_progress (0011, 0017) is one policy with an OR: an instructor's own
-- rows, or the rows of a department scope, or everything for an administrator. No index answers an
-- OR of that kind, so a query that leaves the choice of rows to the policy reads the whole table
-- (100 000 rows at the specification's scale: 30-40 ms), even for the plain instructor, whose rows
-- the instructor_id index finds in 1 ms.
-- This view has two branches, of which exactly one runs for a given session (each has a one-time
-- filter on the person): a plain instructor (access role instructor, no department scope) reads
-- their own rows through idx_student_progress_instructor; anyone else reads what the policy lets
-- through. security_invoker: the policy still applies to every row, as the querying person, so the
-- view can only narrow what a person sees, never widen it (the first branch's own-rows condition is
-- exactly what the policy allows that person).
-- p.* is expanded when the view is created: a column added to student_progress later needs the view
-- created again (CREATE OR REPLACE VIEW, columns appended) before the queries can read it.
CREATE VIEW "dashboard_my_student_progress" WITH (security_invoker = true) AS
SELECT p.*
  FROM public.student_progress p
 WHERE p.instructor_id = public.dashboard_current_user_id()
   AND coalesce(public.dashboard_current_access_role() = 'instructor' AND NOT public.dashboard_has_department_scope(), false)
UNION ALL
SELECT p.*
  FROM public.student_progress p
 WHERE NOT coalesce(public.dashboard_current_access_role() = 'instructor' AND NOT public.dashboard_has_department_scope(), false);

REVOKE ALL ON "dashboard_my_student_progress" FROM PUBLIC;
GRANT SELECT ON "dashboard_my_student_progress" TO dashboard_instructor, dashboard_supervisor, dashboard_admin;
