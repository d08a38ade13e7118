-- The audit trail: one audit_logs row per data-changing statement on a dashboard table, audited reads of student detail, an append-only audit_logs, and the retention job's narrow right to delete expired rows.
--
-- Writes are audited by statement-level AFTER triggers with transition tables: a statement that
-- changes 10 000 rows costs one audit insert, not 10 000, and a statement that changes nothing
-- leaves no row. Reads cannot be seen by a trigger, so the app records the opening of a student's
-- or an assignment's detail with dashboard_audit_view(); the groups may call that function but
-- have no INSERT on audit_logs, so they cannot write any other row.
-- The actor always comes from the session (session_user through dashboard_logins, as in 0010),
-- never from the statement, so an audit row cannot be forged from the client.

-- 1. The one place that writes an audit row. Not executable by the groups (only the SECURITY
--    DEFINER functions below, which run as the owner, call it), so it is not a way around
--    dashboard_audit_view's checks.
--    user_email is the user's e-mail, or the login name when the session has no mapping (the
--    owner's jobs, the student app's cascades, the retention job). session_id is what %c in
--    log_line_prefix prints (backend start in hex, '.', pid in hex), so an audit row can be matched
--    with the server log. timestamp is the statement's start in UTC, whatever the session's TimeZone.
CREATE FUNCTION public.dashboard_audit_write(p_action text, p_resource text, p_resource_id text, p_method text,
                                             p_old_data jsonb, p_new_data jsonb, p_changes jsonb)
RETURNS void
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_user    text := public.dashboard_current_user_id();
    v_role    text := public.dashboard_current_access_role();
    v_email   text;
    v_session text;
BEGIN
    IF v_user IS NOT NULL THEN
        SELECT u.email INTO v_email FROM public.users u WHERE u.id = v_user;
    END IF;
    SELECT to_hex(trunc(extract(epoch FROM a.backend_start))::bigint) || '.' || to_hex(a.pid)
      INTO v_session
      FROM pg_catalog.pg_stat_get_activity(pg_catalog.pg_backend_pid()) a;

    INSERT INTO public.audit_logs (id, user_id, user_email, user_role, ip_address, user_agent, action, resource,
                                   resource_id, method, session_id, old_data, new_data, changes, "timestamp")
    VALUES (public.dashboard_new_id(),
            v_user,
            coalesce(v_email, session_user::text),
            CASE WHEN v_user IS NOT NULL THEN upper(v_role)::public."UserRole" END,
            host(inet_client_addr()),
            nullif(current_setting('application_name', true), ''),
            p_action,
            p_resource,
            p_resource_id,
            p_method,
            v_session,
            p_old_data,
            p_new_data,
            p_changes,
            statement_timestamp() AT TIME ZONE 'UTC');
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_audit_write(text, text, text, text, jsonb, jsonb, jsonb) FROM PUBLIC;

-- 2. The statement trigger function. TG_ARGV[0] names the key column when it is not "id"
--    (dashboard_logins: role_name, dashboard_retention_policies: table_name).
--    Data: one row as a JSON object; 2 to 100 rows as a JSON array; more as
--    {"rows": N, "ids": [the first 100 keys]}, so a bulk job does not copy a whole table into the
--    trail. changes (UPDATE only): the columns whose value differs in at least one row, in table
--    order, updated_at left out (the trigger of 0008 changes it on every update anyway).
--    Old and new rows of an UPDATE are paired by their position in the transition tables, which
--    PostgreSQL fills pairwise, so the pairing holds even when a key itself changes.
CREATE FUNCTION public.dashboard_audit_statement()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_key         text := coalesce(TG_ARGV[0], 'id');
    v_count       bigint;
    v_old         jsonb;
    v_new         jsonb;
    v_changes     jsonb;
    v_resource_id text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT count(*) INTO v_count FROM new_rows;
        IF v_count = 0 THEN
            RETURN NULL;
        END IF;
        IF v_count = 1 THEN
            SELECT to_jsonb(r) INTO v_new FROM new_rows r;
            v_resource_id := v_new ->> v_key;
        ELSIF v_count <= 100 THEN
            SELECT jsonb_agg(to_jsonb(r)) INTO v_new FROM new_rows r;
        ELSE
            SELECT jsonb_build_object('rows', v_count, 'ids', jsonb_agg(k.key))
              INTO v_new
              FROM (SELECT to_jsonb(r) ->> v_key AS key FROM new_rows r LIMIT 100) k;
        END IF;

    ELSIF TG_OP = 'DELETE' THEN
        SELECT count(*) INTO v_count FROM old_rows;
        IF v_count = 0 THEN
            RETURN NULL;
        END IF;
        IF v_count = 1 THEN
            SELECT to_jsonb(r) INTO v_old FROM old_rows r;
            v_resource_id := v_old ->> v_key;
        ELSIF v_count <= 100 THEN
            SELECT jsonb_agg(to_jsonb(r)) INTO v_old FROM old_rows r;
        ELSE
            SELECT jsonb_build_object('rows', v_count, 'ids', jsonb_agg(k.key))
              INTO v_old
              FROM (SELECT to_jsonb(r) ->> v_key AS key FROM old_rows r LIMIT 100) k;
        END IF;

    ELSIF TG_OP = 'UPDATE' THEN
        SELECT count(*) INTO v_count FROM new_rows;
        IF v_count = 0 THEN
            RETURN NULL;
        END IF;
        IF v_count = 1 THEN
            SELECT to_jsonb(r) INTO v_old FROM old_rows r;
            SELECT to_jsonb(r) INTO v_new FROM new_rows r;
            v_resource_id := v_new ->> v_key;
        ELSIF v_count <= 100 THEN
            SELECT jsonb_agg(to_jsonb(r)) INTO v_old FROM old_rows r;
            SELECT jsonb_agg(to_jsonb(r)) INTO v_new FROM new_rows r;
        ELSE
            SELECT jsonb_build_object('rows', v_count, 'ids', jsonb_agg(k.key))
              INTO v_old
              FROM (SELECT to_jsonb(r) ->> v_key AS key FROM old_rows r LIMIT 100) k;
            SELECT jsonb_build_object('rows', v_count, 'ids', jsonb_agg(k.key))
              INTO v_new
              FROM (SELECT to_jsonb(r) ->> v_key AS key FROM new_rows r LIMIT 100) k;
        END IF;

        WITH o AS (SELECT row_number() OVER () AS n, to_jsonb(r) AS j FROM old_rows r),
             w AS (SELECT row_number() OVER () AS n, to_jsonb(r) AS j FROM new_rows r),
             changed AS (SELECT DISTINCT e.key
                           FROM o JOIN w ON w.n = o.n
                          CROSS JOIN LATERAL jsonb_each(w.j) AS e(key, value)
                          WHERE e.value IS DISTINCT FROM o.j -> e.key)
        SELECT coalesce(jsonb_agg(a.attname ORDER BY a.attnum), '[]'::jsonb)
          INTO v_changes
          FROM changed c
          JOIN pg_catalog.pg_attribute a ON a.attrelid = TG_RELID AND a.attname = c.key
         WHERE a.attname <> 'updated_at';
    ELSE
        RAISE EXCEPTION 'dashboard_audit_statement: unexpected event % on %', TG_OP, TG_TABLE_NAME;
    END IF;

    PERFORM public.dashboard_audit_write(lower(TG_OP), TG_TABLE_NAME::text, v_resource_id, TG_OP,
                                         v_old, v_new, v_changes);
    RETURN NULL;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_audit_statement() FROM PUBLIC;

-- 3. The triggers: INSERT, UPDATE and DELETE on every dashboard table except the two logs
--    themselves (auditing audit_logs would recurse; system_logs is the app's own diagnostics).
--    A transition table can belong to one event only, hence three triggers per table. Rows changed
--    by a foreign-key cascade (deleting a user cascades to their progress rows, for instance) are
--    audited too, on the table they are in, with the actor of the statement that caused them.
CREATE TRIGGER "departments_audit_insert" AFTER INSERT ON "departments"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "departments_audit_update" AFTER UPDATE ON "departments"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "departments_audit_delete" AFTER DELETE ON "departments"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();

CREATE TRIGGER "instructor_profiles_audit_insert" AFTER INSERT ON "instructor_profiles"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "instructor_profiles_audit_update" AFTER UPDATE ON "instructor_profiles"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "instructor_profiles_audit_delete" AFTER DELETE ON "instructor_profiles"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();

CREATE TRIGGER "student_progress_audit_insert" AFTER INSERT ON "student_progress"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "student_progress_audit_update" AFTER UPDATE ON "student_progress"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "student_progress_audit_delete" AFTER DELETE ON "student_progress"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();

CREATE TRIGGER "progress_snapshots_audit_insert" AFTER INSERT ON "progress_snapshots"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "progress_snapshots_audit_update" AFTER UPDATE ON "progress_snapshots"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "progress_snapshots_audit_delete" AFTER DELETE ON "progress_snapshots"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();

CREATE TRIGGER "assignments_audit_insert" AFTER INSERT ON "assignments"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "assignments_audit_update" AFTER UPDATE ON "assignments"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "assignments_audit_delete" AFTER DELETE ON "assignments"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();

CREATE TRIGGER "assignment_submissions_audit_insert" AFTER INSERT ON "assignment_submissions"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "assignment_submissions_audit_update" AFTER UPDATE ON "assignment_submissions"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "assignment_submissions_audit_delete" AFTER DELETE ON "assignment_submissions"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();

CREATE TRIGGER "analytics_daily_audit_insert" AFTER INSERT ON "analytics_daily"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "analytics_daily_audit_update" AFTER UPDATE ON "analytics_daily"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "analytics_daily_audit_delete" AFTER DELETE ON "analytics_daily"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();

CREATE TRIGGER "module_analytics_audit_insert" AFTER INSERT ON "module_analytics"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "module_analytics_audit_update" AFTER UPDATE ON "module_analytics"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "module_analytics_audit_delete" AFTER DELETE ON "module_analytics"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();

CREATE TRIGGER "messages_audit_insert" AFTER INSERT ON "messages"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "messages_audit_update" AFTER UPDATE ON "messages"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "messages_audit_delete" AFTER DELETE ON "messages"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();

CREATE TRIGGER "notifications_audit_insert" AFTER INSERT ON "notifications"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "notifications_audit_update" AFTER UPDATE ON "notifications"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "notifications_audit_delete" AFTER DELETE ON "notifications"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();

CREATE TRIGGER "dashboard_logins_audit_insert" AFTER INSERT ON "dashboard_logins"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('role_name');
CREATE TRIGGER "dashboard_logins_audit_update" AFTER UPDATE ON "dashboard_logins"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('role_name');
CREATE TRIGGER "dashboard_logins_audit_delete" AFTER DELETE ON "dashboard_logins"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('role_name');

CREATE TRIGGER "dashboard_retention_policies_audit_insert" AFTER INSERT ON "dashboard_retention_policies"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('table_name');
CREATE TRIGGER "dashboard_retention_policies_audit_update" AFTER UPDATE ON "dashboard_retention_policies"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('table_name');
CREATE TRIGGER "dashboard_retention_policies_audit_delete" AFTER DELETE ON "dashboard_retention_policies"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('table_name');

-- 4. Audited reads. The app calls dashboard_audit_view('student', id) when it opens a student's
--    detail and dashboard_audit_view('assignment', id) for an assignment. Only a resource the
--    caller can see may be recorded, so the function cannot be used to fill the trail with rows
--    about anybody; anything else (unknown resource, invisible or missing id, unmapped login)
--    is refused with 42501 and the same message, which does not tell a missing id from a hidden one.
CREATE FUNCTION public.dashboard_audit_view(resource text, resource_id text)
RETURNS void
LANGUAGE plpgsql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_user    text := public.dashboard_current_user_id();
    v_role    text := public.dashboard_current_access_role();
    v_visible boolean := false;
BEGIN
    IF v_user IS NOT NULL AND dashboard_audit_view.resource_id IS NOT NULL THEN
        IF dashboard_audit_view.resource = 'student' THEN
            v_visible := EXISTS (SELECT 1 FROM public.dashboard_visible_student_ids() AS s(id)
                                  WHERE s.id = dashboard_audit_view.resource_id);
        ELSIF dashboard_audit_view.resource = 'assignment' THEN
            v_visible := EXISTS (SELECT 1 FROM public.assignments a
                                  WHERE a.id = dashboard_audit_view.resource_id
                                    AND (v_role = 'admin'
                                         OR a.instructor_id = v_user
                                         OR (v_role = 'supervisor'
                                             AND a.instructor_id IN (SELECT i.id FROM public.dashboard_visible_instructor_ids() AS i(id)))));
        END IF;
    END IF;
    IF NOT v_visible THEN
        RAISE EXCEPTION 'dashboard_audit_view: no visible % with this id', dashboard_audit_view.resource
              USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM public.dashboard_audit_write('view_' || dashboard_audit_view.resource, dashboard_audit_view.resource,
                                         dashboard_audit_view.resource_id, 'SELECT', NULL, NULL, NULL);
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_audit_view(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.dashboard_audit_view(text, text) TO dashboard_instructor, dashboard_supervisor, dashboard_admin;

-- 5. Retention. Rows older than now() - keep_for of their table (dashboard_retention_policies)
--    may be deleted, by the retention job's role only; a table without a policy row has no
--    cut-off, so nothing of it can be deleted.
CREATE FUNCTION public.dashboard_retention_cutoff(p_table text)
RETURNS timestamp
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT (now() AT TIME ZONE 'UTC') - p.keep_for
      FROM public.dashboard_retention_policies p
     WHERE p.table_name = p_table;
$$;

REVOKE ALL ON FUNCTION public.dashboard_retention_cutoff(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.dashboard_retention_cutoff(text) TO dashboard_retention;

-- The retention role (SELECT and DELETE granted in 0011) sees only the rows it may delete. The
-- cut-off is compared with the column that says how old a row is, which is indexed on each
-- table except messages (the job scans messages once a night).
CREATE POLICY "audit_logs_retention_select" ON "audit_logs" FOR SELECT TO dashboard_retention
    USING ("timestamp" < (SELECT public.dashboard_retention_cutoff('audit_logs')));
CREATE POLICY "audit_logs_retention_delete" ON "audit_logs" FOR DELETE TO dashboard_retention
    USING ("timestamp" < (SELECT public.dashboard_retention_cutoff('audit_logs')));

CREATE POLICY "system_logs_retention_select" ON "system_logs" FOR SELECT TO dashboard_retention
    USING ("timestamp" < (SELECT public.dashboard_retention_cutoff('system_logs')));
CREATE POLICY "system_logs_retention_delete" ON "system_logs" FOR DELETE TO dashboard_retention
    USING ("timestamp" < (SELECT public.dashboard_retention_cutoff('system_logs')));

CREATE POLICY "progress_snapshots_retention_select" ON "progress_snapshots" FOR SELECT TO dashboard_retention
    USING (snapshot_date < (SELECT public.dashboard_retention_cutoff('progress_snapshots')));
CREATE POLICY "progress_snapshots_retention_delete" ON "progress_snapshots" FOR DELETE TO dashboard_retention
    USING (snapshot_date < (SELECT public.dashboard_retention_cutoff('progress_snapshots')));

CREATE POLICY "analytics_daily_retention_select" ON "analytics_daily" FOR SELECT TO dashboard_retention
    USING ("date" < (SELECT public.dashboard_retention_cutoff('analytics_daily')));
CREATE POLICY "analytics_daily_retention_delete" ON "analytics_daily" FOR DELETE TO dashboard_retention
    USING ("date" < (SELECT public.dashboard_retention_cutoff('analytics_daily')));

CREATE POLICY "module_analytics_retention_select" ON "module_analytics" FOR SELECT TO dashboard_retention
    USING ("date" < (SELECT public.dashboard_retention_cutoff('module_analytics')));
CREATE POLICY "module_analytics_retention_delete" ON "module_analytics" FOR DELETE TO dashboard_retention
    USING ("date" < (SELECT public.dashboard_retention_cutoff('module_analytics')));

CREATE POLICY "messages_retention_select" ON "messages" FOR SELECT TO dashboard_retention
    USING (created_at < (SELECT public.dashboard_retention_cutoff('messages')));
CREATE POLICY "messages_retention_delete" ON "messages" FOR DELETE TO dashboard_retention
    USING (created_at < (SELECT public.dashboard_retention_cutoff('messages')));

-- 6. audit_logs is append-only, for the owner too (the table owner and its jobs are exactly who a
--    tampering insider would use). Row security already keeps every group away from UPDATE and
--    DELETE; these triggers also stop the owner:
--    - UPDATE: refused, except what the foreign key audit_logs_user_id_fkey (ON DELETE SET NULL)
--      does when a user is deleted: user_id becomes NULL and nothing else changes. The trail of a
--      deleted user stays, and user_email / user_role still say who it was.
--    - DELETE: refused for rows younger than the retention cut-off of audit_logs; only the purge of
--      expired rows passes.
--    - TRUNCATE: refused (it would bypass the DELETE trigger).
--    A superuser can still disable triggers; that is outside what a database can defend against,
--    and is why superuser logins are not for daily work.
CREATE FUNCTION public.dashboard_audit_logs_append_only()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF OLD.user_id IS NOT NULL AND NEW.user_id IS NULL
           AND (to_jsonb(NEW) - 'user_id') = (to_jsonb(OLD) - 'user_id') THEN
            RETURN NEW;
        END IF;
        RAISE EXCEPTION 'audit_logs is append-only: row % cannot be changed', OLD.id
              USING ERRCODE = 'insufficient_privilege';
    ELSIF TG_OP = 'DELETE' THEN
        IF OLD."timestamp" < public.dashboard_retention_cutoff('audit_logs') THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_logs is append-only: row % is within its retention period and cannot be deleted', OLD.id
              USING ERRCODE = 'insufficient_privilege';
    END IF;
    RAISE EXCEPTION 'audit_logs is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_audit_logs_append_only() FROM PUBLIC;

CREATE TRIGGER "audit_logs_append_only_update" BEFORE UPDATE ON "audit_logs"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_audit_logs_append_only();
CREATE TRIGGER "audit_logs_append_only_delete" BEFORE DELETE ON "audit_logs"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_audit_logs_append_only();
CREATE TRIGGER "audit_logs_append_only_truncate" BEFORE TRUNCATE ON "audit_logs"
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_logs_append_only();
