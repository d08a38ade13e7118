-- Who is who: the dashboard's group roles, the login-to-user mapping, the retention periods, and the identity and scope functions every row-level policy uses.
--
-- Each person logs in to PostgreSQL with a login role of their own (named after their e-mail,
-- created by `instructor-dashboard-admin access grant`), which is a member of exactly one of the
-- groups below and has one row in dashboard_logins. The groups carry the table privileges
-- (0011); the rows a person reaches are decided by policies (0011) that call the functions of
-- this file, which derive the person from session_user alone. session_user is the role that
-- authenticated: SET ROLE changes only current_user, and SET SESSION AUTHORIZATION is for
-- superusers, so neither can make a session somebody else. No GUC is consulted, so SET app.x = ...
-- changes nothing either.
--
-- The migration owner (whoever runs `migrate`) owns every table and function and is NOT a member
-- of the groups; the groups own nothing, so they can never ALTER, DROP or TRUNCATE.

-- 1. Group roles. Roles are cluster-wide while this file runs once per database, possibly in
--    several databases at once (parallel tests, several deployments on one server): a concurrent
--    CREATE ROLE of the same name fails with unique_violation (or duplicate_object once the other
--    transaction committed), which just means the role exists. Roles a DBA created beforehand are
--    used as they are, so a migration owner without CREATEROLE can run this file.
--    Nothing here ALTERs or COMMENTs the roles: those update one shared catalog row, which
--    parallel migrations would fight over ("tuple concurrently updated").
DO $$
DECLARE
    v_role text;
BEGIN
    FOREACH v_role IN ARRAY ARRAY['dashboard_instructor', 'dashboard_supervisor', 'dashboard_admin', 'dashboard_retention']
    LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = v_role) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS', v_role);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created meanwhile by a migration of another database
            END;
        END IF;
    END LOOP;
END;
$$;

-- 2. The mapping of a login role to its user. role_name is compared with session_user, so it is
--    exactly the role's name (the user's e-mail in lower case, at most 63 bytes, the longest role
--    name PostgreSQL keeps). One login per user. Deleting the user deletes the mapping, and a login
--    left without a mapping reaches nothing.
CREATE TABLE "dashboard_logins" (
    "role_name" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "access_role" TEXT NOT NULL,
    "granted_at" TIMESTAMP(3) NOT NULL DEFAULT (now() AT TIME ZONE 'UTC'),
    "granted_by" TEXT NOT NULL DEFAULT session_user,

    CONSTRAINT "dashboard_logins_pkey" PRIMARY KEY ("role_name"),
    CONSTRAINT "dashboard_logins_access_role_check" CHECK (access_role IN ('instructor', 'supervisor', 'admin')),
    -- a longer name could never equal session_user: refuse it rather than store a dead mapping
    CONSTRAINT "dashboard_logins_role_name_check" CHECK (octet_length(role_name) BETWEEN 1 AND 63)
);

CREATE UNIQUE INDEX "dashboard_logins_user_id_key" ON "dashboard_logins"("user_id");

ALTER TABLE "dashboard_logins" ADD CONSTRAINT "dashboard_logins_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- 3. How long each kind of row is kept. The retention job (role dashboard_retention) may delete
--    only rows older than now() - keep_for (policies in 0013), so this table is what stands between
--    an administrator and the audit trail: changes to it are audited (0013) and keep_for must be
--    positive.
CREATE TABLE "dashboard_retention_policies" (
    "table_name" TEXT NOT NULL,
    "keep_for" INTERVAL NOT NULL,
    "updated_at" TIMESTAMP(3),

    CONSTRAINT "dashboard_retention_policies_pkey" PRIMARY KEY ("table_name"),
    CONSTRAINT "dashboard_retention_policies_keep_for_check" CHECK (keep_for > interval '0')
);

-- updated_at is kept by the same trigger as on the other tables, so it says when keep_for last changed.
CREATE TRIGGER "dashboard_retention_policies_set_updated_at"
    BEFORE INSERT OR UPDATE ON "dashboard_retention_policies"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_updated_at();

INSERT INTO "dashboard_retention_policies" ("table_name", "keep_for") VALUES
    ('audit_logs', interval '7 years'),
    ('progress_snapshots', interval '2 years'),
    ('system_logs', interval '90 days'),
    ('analytics_daily', interval '3 years'),
    ('module_analytics', interval '3 years'),
    ('messages', interval '1 year');

-- 4. Identity. Every function below is SECURITY DEFINER, so it reads dashboard_logins, users,
--    instructor_profiles and departments as the owner (which the caller cannot read freely, or at
--    all), with a search_path that a caller cannot plant objects in (pg_temp last, explicitly).
--    They are STABLE, so a policy that wraps one in a scalar sub-select evaluates it once per
--    query, not once per row. ROWS tells the planner the usual size of each set (a handful of
--    departments, dozens of instructors, up to thousands of students), so that it looks the
--    departments up through their indexes instead of scanning users.
--
--    The mapping counts only while the login is also a member of the group its access_role names:
--    a row without the membership (or a membership without the row) gives no access, so a half-done
--    grant, revoke or role change fails closed.

-- users.id of the person behind this session, or NULL.
CREATE FUNCTION public.dashboard_current_user_id()
RETURNS text
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT l.user_id
      FROM public.dashboard_logins l
     WHERE l.role_name = session_user::text
       AND pg_catalog.pg_has_role(session_user, 'dashboard_' || l.access_role, 'MEMBER');
$$;

-- 'instructor', 'supervisor', 'admin', or NULL.
CREATE FUNCTION public.dashboard_current_access_role()
RETURNS text
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT l.access_role
      FROM public.dashboard_logins l
     WHERE l.role_name = session_user::text
       AND pg_catalog.pg_has_role(session_user, 'dashboard_' || l.access_role, 'MEMBER');
$$;

-- 5. Scope: the departments whose students and instructors this person oversees.
--    admin: all; supervisor: their department (instructor profile, else users.department_id) and
--    every department below it; instructor with can_view_all: their profile's department; anyone
--    else: none. The tree walk uses UNION, not UNION ALL, so a cycle in parent_id ends instead of
--    looping.
CREATE FUNCTION public.dashboard_scope_department_ids()
RETURNS SETOF text
LANGUAGE plpgsql
STABLE
ROWS 10
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_user  text := public.dashboard_current_user_id();
    v_role  text := public.dashboard_current_access_role();
    v_dept  text;
BEGIN
    IF v_user IS NULL THEN
        RETURN;
    END IF;
    IF v_role = 'admin' THEN
        RETURN QUERY SELECT d.id FROM public.departments d;
    ELSIF v_role = 'supervisor' THEN
        SELECT coalesce(ip.department_id, u.department_id) INTO v_dept
          FROM public.users u
          LEFT JOIN public.instructor_profiles ip ON ip.user_id = u.id
         WHERE u.id = v_user;
        IF v_dept IS NOT NULL THEN
            RETURN QUERY
                WITH RECURSIVE tree(id) AS (
                    SELECT d.id FROM public.departments d WHERE d.id = v_dept
                    UNION
                    SELECT c.id FROM public.departments c JOIN tree t ON c.parent_id = t.id
                )
                SELECT tree.id FROM tree;
        END IF;
    ELSIF v_role = 'instructor' THEN
        SELECT ip.department_id INTO v_dept
          FROM public.instructor_profiles ip
         WHERE ip.user_id = v_user AND ip.can_view_all;
        IF v_dept IS NOT NULL THEN
            RETURN NEXT v_dept;
        END IF;
    END IF;
END;
$$;

-- Departments whose rows this person may read: admin all; everyone else their own department (profile,
-- else users.department_id), its ancestors (to show where they sit in the tree) and their scope.
-- Not one of the contract's functions: the departments policy needs it, and it must be SECURITY
-- DEFINER because walking the tree reads departments, the very table the policy protects.
CREATE FUNCTION public.dashboard_visible_department_ids()
RETURNS SETOF text
LANGUAGE plpgsql
STABLE
ROWS 10
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_user  text := public.dashboard_current_user_id();
    v_role  text := public.dashboard_current_access_role();
    v_dept  text;
BEGIN
    IF v_user IS NULL THEN
        RETURN;
    END IF;
    IF v_role = 'admin' THEN
        RETURN QUERY SELECT d.id FROM public.departments d;
        RETURN;
    END IF;
    SELECT coalesce(ip.department_id, u.department_id) INTO v_dept
      FROM public.users u
      LEFT JOIN public.instructor_profiles ip ON ip.user_id = u.id
     WHERE u.id = v_user;
    RETURN QUERY
        WITH RECURSIVE ancestors(id) AS (
            SELECT d.id FROM public.departments d WHERE d.id = v_dept
            UNION
            SELECT p.parent_id FROM public.departments p JOIN ancestors a ON p.id = a.id WHERE p.parent_id IS NOT NULL
        )
        SELECT ancestors.id FROM ancestors
        UNION
        SELECT s.id FROM public.dashboard_scope_department_ids() AS s(id);
END;
$$;

-- Students this person may see: admin every user with role USER; everyone else the students
-- assigned to them (student_progress.instructor_id, index idx_student_progress_instructor) and the
-- USER-role users of the departments in scope (index idx_users_department).
CREATE FUNCTION public.dashboard_visible_student_ids()
RETURNS SETOF text
LANGUAGE plpgsql
STABLE
ROWS 1000
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_user  text := public.dashboard_current_user_id();
    v_role  text := public.dashboard_current_access_role();
BEGIN
    IF v_user IS NULL THEN
        RETURN;
    END IF;
    IF v_role = 'admin' THEN
        RETURN QUERY SELECT u.id FROM public.users u WHERE u.role = 'USER';
        RETURN;
    END IF;
    RETURN QUERY
        SELECT sp.student_id FROM public.student_progress sp WHERE sp.instructor_id = v_user
        UNION
        SELECT u.id
          FROM public.users u
         WHERE u.role = 'USER'
           AND u.department_id IN (SELECT s.id FROM public.dashboard_scope_department_ids() AS s(id));
END;
$$;

-- Instructors this person may see: themselves and the holders of instructor profiles in the
-- departments in scope (index idx_instructor_profile_department); admin every profile.
CREATE FUNCTION public.dashboard_visible_instructor_ids()
RETURNS SETOF text
LANGUAGE plpgsql
STABLE
ROWS 50
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_user  text := public.dashboard_current_user_id();
    v_role  text := public.dashboard_current_access_role();
BEGIN
    IF v_user IS NULL THEN
        RETURN;
    END IF;
    IF v_role = 'admin' THEN
        RETURN QUERY SELECT ip.user_id FROM public.instructor_profiles ip UNION SELECT v_user;
        RETURN;
    END IF;
    RETURN QUERY
        SELECT v_user
        UNION
        SELECT ip.user_id
          FROM public.instructor_profiles ip
         WHERE ip.department_id IN (SELECT s.id FROM public.dashboard_scope_department_ids() AS s(id));
END;
$$;

-- 6. Ids for rows made on the server (audit rows): 'c' + 24 lowercase hex digits, the first 12 the
--    time in milliseconds (so ids of one table sort roughly by creation, like cuids, which keeps the
--    primary-key index compact), the last 12 random (48 bits from gen_random_uuid, skipping its
--    fixed version and variant digits).
CREATE FUNCTION public.dashboard_new_id()
RETURNS text
LANGUAGE sql
VOLATILE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT 'c'
        || lpad(to_hex((extract(epoch FROM clock_timestamp()) * 1000)::bigint), 12, '0')
        || substr(replace(gen_random_uuid()::text, '-', ''), 21, 12);
$$;

-- 7. EXECUTE: a new function is executable by PUBLIC; these are for the dashboard's groups only
--    (policies run them as the querying role, so the groups need EXECUTE). The retention role needs
--    none of them: its policies (0013) use dashboard_retention_cutoff only.
REVOKE ALL ON FUNCTION public.dashboard_current_user_id() FROM PUBLIC;
REVOKE ALL ON FUNCTION public.dashboard_current_access_role() FROM PUBLIC;
REVOKE ALL ON FUNCTION public.dashboard_scope_department_ids() FROM PUBLIC;
REVOKE ALL ON FUNCTION public.dashboard_visible_department_ids() FROM PUBLIC;
REVOKE ALL ON FUNCTION public.dashboard_visible_student_ids() FROM PUBLIC;
REVOKE ALL ON FUNCTION public.dashboard_visible_instructor_ids() FROM PUBLIC;
REVOKE ALL ON FUNCTION public.dashboard_new_id() FROM PUBLIC;

GRANT EXECUTE ON FUNCTION public.dashboard_current_user_id() TO dashboard_instructor, dashboard_supervisor, dashboard_admin;
GRANT EXECUTE ON FUNCTION public.dashboard_current_access_role() TO dashboard_instructor, dashboard_supervisor, dashboard_admin;
GRANT EXECUTE ON FUNCTION public.dashboard_scope_department_ids() TO dashboard_instructor, dashboard_supervisor, dashboard_admin;
GRANT EXECUTE ON FUNCTION public.dashboard_visible_department_ids() TO dashboard_instructor, dashboard_supervisor, dashboard_admin;
GRANT EXECUTE ON FUNCTION public.dashboard_visible_student_ids() TO dashboard_instructor, dashboard_supervisor, dashboard_admin;
GRANT EXECUTE ON FUNCTION public.dashboard_visible_instructor_ids() TO dashboard_instructor, dashboard_supervisor, dashboard_admin;
GRANT EXECUTE ON FUNCTION public.dashboard_new_id() TO dashboard_instructor, dashboard_supervisor, dashboard_admin;
