-- Row-level security on every dashboard table, and the only table privileges the dashboard's groups get.
--
-- Two layers, both required: a GRANT says which commands (and, for updates, which columns) a group
-- may use at all; a policy says on which rows. Anything not granted here is refused with
-- "permission denied" (42501); rows outside the policies are simply not there for the session.
-- Shorthands in the comments: ME = dashboard_current_user_id(), ROLE = dashboard_current_access_role(),
-- VS / VI / SCOPE = the visible students / instructors / scope departments (functions of 0010).
--
-- Every function in a policy is wrapped in a scalar sub-select, `(SELECT f())` or
-- `IN (SELECT f())`, so that PostgreSQL evaluates it once per query (an InitPlan, or a hashed
-- SubPlan built once) instead of once per row.
--
-- Policies for the administrator are TO dashboard_admin and require ROLE = 'admin'; those for
-- instructors and supervisors are TO dashboard_instructor, dashboard_supervisor. A login whose
-- group and mapping disagree therefore matches neither (0010 already treats it as unmapped).
--
-- FORCE makes the policies bind the table owner too. The owner (the role running this file: the
-- migration owner) gets `<table>_owner_all ... TO CURRENT_USER`, so that the admin tool, the
-- aggregation job and the SECURITY DEFINER functions, which all act as the owner, still see every
-- row. Foreign-key checks and cascades run as the owner without row security, as always.
-- Superusers bypass row security altogether: nobody should use one for daily work.

-- 1. Row-level security, enabled and forced, on all fourteen dashboard tables.
ALTER TABLE "departments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "departments" FORCE ROW LEVEL SECURITY;
ALTER TABLE "instructor_profiles" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "instructor_profiles" FORCE ROW LEVEL SECURITY;
ALTER TABLE "student_progress" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "student_progress" FORCE ROW LEVEL SECURITY;
ALTER TABLE "progress_snapshots" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "progress_snapshots" FORCE ROW LEVEL SECURITY;
ALTER TABLE "assignments" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "assignments" FORCE ROW LEVEL SECURITY;
ALTER TABLE "assignment_submissions" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "assignment_submissions" FORCE ROW LEVEL SECURITY;
ALTER TABLE "analytics_daily" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "analytics_daily" FORCE ROW LEVEL SECURITY;
ALTER TABLE "module_analytics" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "module_analytics" FORCE ROW LEVEL SECURITY;
ALTER TABLE "messages" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "messages" FORCE ROW LEVEL SECURITY;
ALTER TABLE "notifications" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "notifications" FORCE ROW LEVEL SECURITY;
ALTER TABLE "audit_logs" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "audit_logs" FORCE ROW LEVEL SECURITY;
ALTER TABLE "system_logs" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "system_logs" FORCE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_logins" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_logins" FORCE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_retention_policies" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_retention_policies" FORCE ROW LEVEL SECURITY;

-- 2. The owner keeps seeing and writing every row.
CREATE POLICY "departments_owner_all" ON "departments" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "instructor_profiles_owner_all" ON "instructor_profiles" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "student_progress_owner_all" ON "student_progress" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "progress_snapshots_owner_all" ON "progress_snapshots" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "assignments_owner_all" ON "assignments" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "assignment_submissions_owner_all" ON "assignment_submissions" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "analytics_daily_owner_all" ON "analytics_daily" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "module_analytics_owner_all" ON "module_analytics" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "messages_owner_all" ON "messages" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "notifications_owner_all" ON "notifications" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "audit_logs_owner_all" ON "audit_logs" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "system_logs_owner_all" ON "system_logs" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "dashboard_logins_owner_all" ON "dashboard_logins" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "dashboard_retention_policies_owner_all" ON "dashboard_retention_policies" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);

-- 3. Start from nothing: no privilege for PUBLIC or the groups on any dashboard table (a new table
--    has none, but a database restored from a dump may carry old grants), and none on the student
--    app's tables, which the groups reach only through the views of 0012. The student app's own
--    roles are not touched.
REVOKE ALL ON "departments", "instructor_profiles", "student_progress", "progress_snapshots", "assignments",
    "assignment_submissions", "analytics_daily", "module_analytics", "messages", "notifications", "audit_logs",
    "system_logs", "dashboard_logins", "dashboard_retention_policies"
    FROM PUBLIC, dashboard_instructor, dashboard_supervisor, dashboard_admin, dashboard_retention;
REVOKE ALL ON "users", "quiz_sessions", "voice_practice_sessions"
    FROM dashboard_instructor, dashboard_supervisor, dashboard_admin, dashboard_retention;

-- If PUBLIC can read the student app's tables, every login can, views or not: say so (it is the
-- student app's grant to withdraw, not ours).
DO $$
DECLARE
    v_table text;
BEGIN
    FOREACH v_table IN ARRAY ARRAY['users', 'quiz_sessions', 'voice_practice_sessions']
    LOOP
        IF EXISTS (SELECT 1
                     FROM pg_catalog.pg_class c, aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) a
                    WHERE c.oid = format('public.%I', v_table)::regclass AND a.grantee = 0) THEN
            RAISE WARNING 'PUBLIC has privileges on %, so every dashboard login can read it directly instead of through the view dashboard_%', v_table, v_table
                USING HINT = format('REVOKE ALL ON public.%I FROM PUBLIC (as the student app''s table owner), then grant the student app''s roles explicitly.', v_table);
        END IF;
    END LOOP;
END;
$$;

-- The groups resolve names in schema public. PostgreSQL 15 no longer lets PUBLIC create there; the
-- groups get USAGE only, never CREATE, so they cannot own anything.
GRANT USAGE ON SCHEMA public TO dashboard_instructor, dashboard_supervisor, dashboard_admin, dashboard_retention;

-- 4. departments
--    read: own department, its ancestors and scope (admin: all); write: admin.
GRANT SELECT ON "departments" TO dashboard_instructor, dashboard_supervisor;
GRANT SELECT, INSERT, UPDATE, DELETE ON "departments" TO dashboard_admin;

CREATE POLICY "departments_select" ON "departments" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (id IN (SELECT public.dashboard_visible_department_ids()));
CREATE POLICY "departments_admin_all" ON "departments" FOR ALL TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

-- 5. instructor_profiles
--    read: VI; update: only the two settings columns, only one's own row; admin: all.
GRANT SELECT ON "instructor_profiles" TO dashboard_instructor, dashboard_supervisor;
GRANT UPDATE ("dashboard_settings", "notification_settings") ON "instructor_profiles" TO dashboard_instructor, dashboard_supervisor;
GRANT SELECT, INSERT, UPDATE, DELETE ON "instructor_profiles" TO dashboard_admin;

CREATE POLICY "instructor_profiles_select" ON "instructor_profiles" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (user_id IN (SELECT public.dashboard_visible_instructor_ids()));
CREATE POLICY "instructor_profiles_update" ON "instructor_profiles" FOR UPDATE TO dashboard_instructor, dashboard_supervisor
    USING (user_id = (SELECT public.dashboard_current_user_id()))
    WITH CHECK (user_id = (SELECT public.dashboard_current_user_id()));
CREATE POLICY "instructor_profiles_admin_all" ON "instructor_profiles" FOR ALL TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

-- 6. student_progress
--    read: VS. Goals (target_score, target_date, goal_achieved): the student's own instructor, i.e.
--    rows with instructor_id = ME. A supervisor may also move a student in scope to an instructor
--    in scope, or unassign them (instructor_id NULL); the department rule of 0008 still applies.
--    Admin: all.
GRANT SELECT ON "student_progress" TO dashboard_instructor, dashboard_supervisor;
GRANT UPDATE ("target_score", "target_date", "goal_achieved") ON "student_progress" TO dashboard_instructor;
GRANT UPDATE ("target_score", "target_date", "goal_achieved", "instructor_id") ON "student_progress" TO dashboard_supervisor;
GRANT SELECT, INSERT, UPDATE, DELETE ON "student_progress" TO dashboard_admin;

CREATE POLICY "student_progress_select" ON "student_progress" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (student_id IN (SELECT public.dashboard_visible_student_ids()));
CREATE POLICY "student_progress_update_own" ON "student_progress" FOR UPDATE TO dashboard_instructor, dashboard_supervisor
    USING (instructor_id = (SELECT public.dashboard_current_user_id()))
    WITH CHECK (instructor_id = (SELECT public.dashboard_current_user_id()));
CREATE POLICY "student_progress_update_reassign" ON "student_progress" FOR UPDATE TO dashboard_supervisor
    USING ((SELECT public.dashboard_current_access_role()) = 'supervisor'
           AND student_id IN (SELECT public.dashboard_visible_student_ids()))
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'supervisor'
                AND student_id IN (SELECT public.dashboard_visible_student_ids())
                AND (instructor_id IS NULL OR instructor_id IN (SELECT public.dashboard_visible_instructor_ids())));
CREATE POLICY "student_progress_admin_all" ON "student_progress" FOR ALL TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

-- A policy sees rows, not columns: the reassignment policy lets a supervisor update rows of other
-- instructors' students, and with it the goal columns the supervisor may update on their own
-- students. This trigger keeps the goals to the student's own instructor (and the administrator,
-- and the owner's jobs, which have no mapped role). It fires only when a goal column changes.
CREATE FUNCTION public.dashboard_check_student_progress_goals()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF public.dashboard_current_access_role() IN ('instructor', 'supervisor')
       AND OLD.instructor_id IS DISTINCT FROM public.dashboard_current_user_id() THEN
        RAISE EXCEPTION 'only the instructor of student % can change their goals', OLD.student_id
              USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_check_student_progress_goals() FROM PUBLIC;

CREATE TRIGGER "student_progress_check_goals"
    BEFORE UPDATE OF target_score, target_date, goal_achieved ON "student_progress"
    FOR EACH ROW
    WHEN (OLD.target_score IS DISTINCT FROM NEW.target_score
          OR OLD.target_date IS DISTINCT FROM NEW.target_date
          OR OLD.goal_achieved IS DISTINCT FROM NEW.goal_achieved)
    EXECUTE FUNCTION public.dashboard_check_student_progress_goals();

-- 7. progress_snapshots: read VS; written by the aggregation job (owner); admin: all.
GRANT SELECT ON "progress_snapshots" TO dashboard_instructor, dashboard_supervisor;
GRANT SELECT, INSERT, UPDATE, DELETE ON "progress_snapshots" TO dashboard_admin;

CREATE POLICY "progress_snapshots_select" ON "progress_snapshots" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (student_id IN (SELECT public.dashboard_visible_student_ids()));
CREATE POLICY "progress_snapshots_admin_all" ON "progress_snapshots" FOR ALL TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

-- 8. assignments
--    read: instructor their own; supervisor those of VI (themselves included). An instructor with
--    can_view_all sees the department's students, not their colleagues' assignments.
--    write: only one's own (instructor_id = ME); creating one also needs can_assign on one's
--    profile. Admin: all.
GRANT SELECT, INSERT, UPDATE, DELETE ON "assignments" TO dashboard_instructor, dashboard_supervisor, dashboard_admin;

CREATE POLICY "assignments_select" ON "assignments" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (instructor_id = (SELECT public.dashboard_current_user_id())
           OR ((SELECT public.dashboard_current_access_role()) = 'supervisor'
               AND instructor_id IN (SELECT public.dashboard_visible_instructor_ids())));
CREATE POLICY "assignments_insert" ON "assignments" FOR INSERT TO dashboard_instructor, dashboard_supervisor
    WITH CHECK (instructor_id = (SELECT public.dashboard_current_user_id())
                AND EXISTS (SELECT 1 FROM public.instructor_profiles ip
                             WHERE ip.user_id = (SELECT public.dashboard_current_user_id()) AND ip.can_assign));
CREATE POLICY "assignments_update" ON "assignments" FOR UPDATE TO dashboard_instructor, dashboard_supervisor
    USING (instructor_id = (SELECT public.dashboard_current_user_id()))
    WITH CHECK (instructor_id = (SELECT public.dashboard_current_user_id()));
CREATE POLICY "assignments_delete" ON "assignments" FOR DELETE TO dashboard_instructor, dashboard_supervisor
    USING (instructor_id = (SELECT public.dashboard_current_user_id()));
CREATE POLICY "assignments_admin_all" ON "assignments" FOR ALL TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

-- 9. assignment_submissions
--    read: submissions of the assignments one can read (the sub-select on assignments is itself
--    filtered by the assignments policies). write: only for one's own assignments, and a new one
--    only for a student one can see (so nobody assigns work to a student of another department);
--    graders update the grading and progress columns only. Admin: all.
GRANT SELECT, INSERT, DELETE ON "assignment_submissions" TO dashboard_instructor, dashboard_supervisor;
GRANT UPDATE ("status", "score", "attempt_number", "completed_at", "instructor_feedback", "auto_feedback",
              "started_at", "submitted_at", "total_time", "sessions")
    ON "assignment_submissions" TO dashboard_instructor, dashboard_supervisor;
GRANT SELECT, INSERT, UPDATE, DELETE ON "assignment_submissions" TO dashboard_admin;

CREATE POLICY "assignment_submissions_select" ON "assignment_submissions" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (assignment_id IN (SELECT a.id FROM public.assignments a));
CREATE POLICY "assignment_submissions_insert" ON "assignment_submissions" FOR INSERT TO dashboard_instructor, dashboard_supervisor
    WITH CHECK (assignment_id IN (SELECT a.id FROM public.assignments a
                                   WHERE a.instructor_id = (SELECT public.dashboard_current_user_id()))
                AND student_id IN (SELECT public.dashboard_visible_student_ids()));
CREATE POLICY "assignment_submissions_update" ON "assignment_submissions" FOR UPDATE TO dashboard_instructor, dashboard_supervisor
    USING (assignment_id IN (SELECT a.id FROM public.assignments a
                              WHERE a.instructor_id = (SELECT public.dashboard_current_user_id())))
    WITH CHECK (assignment_id IN (SELECT a.id FROM public.assignments a
                                   WHERE a.instructor_id = (SELECT public.dashboard_current_user_id())));
CREATE POLICY "assignment_submissions_delete" ON "assignment_submissions" FOR DELETE TO dashboard_instructor, dashboard_supervisor
    USING (assignment_id IN (SELECT a.id FROM public.assignments a
                              WHERE a.instructor_id = (SELECT public.dashboard_current_user_id())));
CREATE POLICY "assignment_submissions_admin_all" ON "assignment_submissions" FOR ALL TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

-- 10. analytics_daily
--     instructor: their own rows and (with can_view_all) their department's; supervisor: the
--     departments in scope and the instructors in VI. Program-wide rows (both ids NULL): admin only.
GRANT SELECT ON "analytics_daily" TO dashboard_instructor, dashboard_supervisor;
GRANT SELECT, INSERT, UPDATE, DELETE ON "analytics_daily" TO dashboard_admin;

CREATE POLICY "analytics_daily_select" ON "analytics_daily" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (instructor_id = (SELECT public.dashboard_current_user_id())
           OR department_id IN (SELECT public.dashboard_scope_department_ids())
           OR ((SELECT public.dashboard_current_access_role()) = 'supervisor'
               AND instructor_id IN (SELECT public.dashboard_visible_instructor_ids())));
CREATE POLICY "analytics_daily_admin_all" ON "analytics_daily" FOR ALL TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

-- 11. module_analytics: statistics per content module, no personal data: every group reads all.
GRANT SELECT ON "module_analytics" TO dashboard_instructor, dashboard_supervisor, dashboard_admin;

CREATE POLICY "module_analytics_select" ON "module_analytics" FOR SELECT TO dashboard_instructor, dashboard_supervisor, dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) IS NOT NULL);

-- 12. messages
--     read: sent by ME or addressed to ME (the containment test uses idx_message_recipient_status);
--     write: as sender only; delete: only one's own drafts (a sent message is part of the record).
--     Admin: all.
GRANT SELECT, INSERT, UPDATE, DELETE ON "messages" TO dashboard_instructor, dashboard_supervisor, dashboard_admin;

CREATE POLICY "messages_select" ON "messages" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (sender_id = (SELECT public.dashboard_current_user_id())
           OR recipients @> jsonb_build_array(jsonb_build_object('id', (SELECT public.dashboard_current_user_id()))));
CREATE POLICY "messages_insert" ON "messages" FOR INSERT TO dashboard_instructor, dashboard_supervisor
    WITH CHECK (sender_id = (SELECT public.dashboard_current_user_id()));
CREATE POLICY "messages_update" ON "messages" FOR UPDATE TO dashboard_instructor, dashboard_supervisor
    USING (sender_id = (SELECT public.dashboard_current_user_id()))
    WITH CHECK (sender_id = (SELECT public.dashboard_current_user_id()));
CREATE POLICY "messages_delete" ON "messages" FOR DELETE TO dashboard_instructor, dashboard_supervisor
    USING (sender_id = (SELECT public.dashboard_current_user_id()) AND status = 'DRAFT');
CREATE POLICY "messages_admin_all" ON "messages" FOR ALL TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

-- A recipient may not update a message (it is the sender's), but must be able to mark it read.
-- This function does exactly that and nothing else: it sets "status": "read" on the caller's own
-- entries of recipients and records the time under the caller's id in read_receipts. Returns
-- false when the message is not addressed to the caller (or does not exist).
CREATE FUNCTION public.dashboard_mark_message_read(p_message_id text)
RETURNS boolean
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_me text := public.dashboard_current_user_id();
BEGIN
    IF v_me IS NULL THEN
        RETURN false;
    END IF;
    PERFORM 1 FROM public.messages m
      WHERE m.id = p_message_id AND m.recipients @> jsonb_build_array(jsonb_build_object('id', v_me));
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    UPDATE public.messages m
       SET recipients = (SELECT jsonb_agg(CASE WHEN e.r->>'id' = v_me THEN e.r || jsonb_build_object('status', 'read') ELSE e.r END
                                          ORDER BY e.n)
                           FROM jsonb_array_elements(m.recipients) WITH ORDINALITY AS e(r, n)),
           read_receipts = m.read_receipts
                           || jsonb_build_object(v_me, to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
     WHERE m.id = p_message_id
       AND NOT m.recipients @> jsonb_build_array(jsonb_build_object('id', v_me, 'status', 'read'));
    RETURN true;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_mark_message_read(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.dashboard_mark_message_read(text) TO dashboard_instructor, dashboard_supervisor, dashboard_admin;

-- 13. notifications: one's own, read and mark read/archived; created by the jobs (owner). Admin: all.
GRANT SELECT ON "notifications" TO dashboard_instructor, dashboard_supervisor;
GRANT UPDATE ("is_read", "is_archived", "read_at") ON "notifications" TO dashboard_instructor, dashboard_supervisor;
GRANT SELECT, INSERT, UPDATE, DELETE ON "notifications" TO dashboard_admin;

CREATE POLICY "notifications_select" ON "notifications" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (user_id = (SELECT public.dashboard_current_user_id()));
CREATE POLICY "notifications_update" ON "notifications" FOR UPDATE TO dashboard_instructor, dashboard_supervisor
    USING (user_id = (SELECT public.dashboard_current_user_id()))
    WITH CHECK (user_id = (SELECT public.dashboard_current_user_id()));
CREATE POLICY "notifications_admin_all" ON "notifications" FOR ALL TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

-- 14. audit_logs, system_logs: read by the administrator only; written only by the owner (the
--     audit triggers and dashboard_audit_view of 0013, the jobs). No group may insert, update or
--     delete; the retention job's role gets SELECT and DELETE here, and policies that show it only
--     rows past their retention period in 0013.
GRANT SELECT ON "audit_logs", "system_logs" TO dashboard_admin;
GRANT SELECT, DELETE ON "audit_logs", "system_logs", "progress_snapshots", "analytics_daily", "module_analytics", "messages"
    TO dashboard_retention;

CREATE POLICY "audit_logs_admin_select" ON "audit_logs" FOR SELECT TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin');
CREATE POLICY "system_logs_admin_select" ON "system_logs" FOR SELECT TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin');

-- 15. dashboard_logins: one's own row (the app shows who you are signed in as); admin all, read
--     only. Grants and revokes are made by the admin tool, which runs as the owner.
GRANT SELECT ON "dashboard_logins" TO dashboard_instructor, dashboard_supervisor, dashboard_admin;

CREATE POLICY "dashboard_logins_select" ON "dashboard_logins" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (role_name = session_user::text);
CREATE POLICY "dashboard_logins_admin_select" ON "dashboard_logins" FOR SELECT TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin');

-- 16. dashboard_retention_policies: everyone may read the periods; the administrator may change
--     keep_for (nothing else: the table names are what the retention policies look up).
GRANT SELECT ON "dashboard_retention_policies" TO dashboard_instructor, dashboard_supervisor, dashboard_admin, dashboard_retention;
GRANT UPDATE ("keep_for") ON "dashboard_retention_policies" TO dashboard_admin;

CREATE POLICY "dashboard_retention_policies_select" ON "dashboard_retention_policies" FOR SELECT
    TO dashboard_instructor, dashboard_supervisor, dashboard_admin, dashboard_retention
    USING (true);
CREATE POLICY "dashboard_retention_policies_update" ON "dashboard_retention_policies" FOR UPDATE TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');
