-- Data integrity: validate users_department_id_fkey, the spec CHECK constraints, the department rule as constraint triggers, and updated_at triggers.

-- 1. users_department_id_fkey was added NOT VALID in 0002. Validating it here, first thing in its own
--    transaction, scans users under a SHARE UPDATE EXCLUSIVE lock only (the student app keeps reading
--    and writing users meanwhile). Done in the same transaction as the ADD COLUMN of 0002 the scan
--    would have run under the ACCESS EXCLUSIVE lock that ADD COLUMN holds until commit.
ALTER TABLE "users" VALIDATE CONSTRAINT "users_department_id_fkey";

-- 2. CHECK constraints, exactly as written in the spec (Data Integrity Constraints).
--    created_at defaults to the transaction start time, so a new assignment needs a due date after it.
ALTER TABLE "assignments" ADD CONSTRAINT "check_assignment_due_date" CHECK (due_date > created_at);

ALTER TABLE "student_progress" ADD CONSTRAINT "check_progress_percentages" CHECK (
    completion_rate >= 0 AND completion_rate <= 100 AND
    quiz_accuracy >= 0 AND quiz_accuracy <= 100 AND
    voice_accuracy >= 0 AND voice_accuracy <= 100
);

-- 3. The department rule (DESIGN 4.1). The spec writes it as a CHECK with a subquery, which PostgreSQL
--    rejects (a CHECK sees only its own row), and its join required the STUDENT to have an instructor
--    profile too. The intended rule, enforced here: when student_progress.instructor_id is set, that
--    instructor has an instructor_profiles row and the users.department_id of the student equals the
--    department_id of that profile (IS DISTINCT FROM, so a student without a department cannot have an
--    instructor). A violation raises SQLSTATE 23514 (check_violation) naming the constraint
--    check_student_instructor_department, like a CHECK would.
--    It is checked whenever one of its inputs changes: student_progress INSERT or UPDATE OF student_id,
--    instructor_id, users UPDATE OF department_id, instructor_profiles UPDATE OF department_id, user_id
--    and DELETE (deleting the profile of an instructor who still has students is refused).
--    The triggers are DEFERRABLE INITIALLY IMMEDIATE: checked at the end of each statement, but a
--    transaction that moves an instructor and their students to another department together can run
--    SET CONSTRAINTS check_student_instructor_department DEFERRED and be checked at commit.
--    Every check re-reads the current rows (not the trigger OLD and NEW), so a deferred check judges the
--    final state. It takes FOR SHARE row locks on the users row of the student and the instructor
--    profile it relies on, so that a concurrent change of either department waits for this transaction
--    and is then checked against it (without the locks two READ COMMITTED transactions could each pass
--    their check and together break the rule).
--    The functions are SECURITY DEFINER with a fixed search_path: the rule must see every row whatever
--    the row-level security and grants of the user who triggers it.

-- Asserts the rule for one (student, instructor) pair, raising check_violation when it is broken.
-- A pair whose student or instructor user no longer exists is left to the foreign keys of
-- student_progress (cascade or set null), which run in the same statement.
CREATE FUNCTION public.dashboard_assert_student_instructor_department(p_student_id text, p_instructor_id text)
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_student_found     boolean;
    v_student_dept      text;
    v_profile_found     boolean;
    v_instructor_dept   text;
BEGIN
    IF p_student_id IS NULL OR p_instructor_id IS NULL THEN
        RETURN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM public.users WHERE id = p_instructor_id) THEN
        RETURN;
    END IF;

    SELECT u.department_id INTO v_student_dept
      FROM public.users u
     WHERE u.id = p_student_id
       FOR SHARE;
    v_student_found := FOUND;
    IF NOT v_student_found THEN
        RETURN;
    END IF;

    SELECT ip.department_id INTO v_instructor_dept
      FROM public.instructor_profiles ip
     WHERE ip.user_id = p_instructor_id
       FOR SHARE;
    v_profile_found := FOUND;

    IF NOT v_profile_found THEN
        RAISE EXCEPTION 'check_student_instructor_department: instructor % of student % has no instructor profile',
                        p_instructor_id, p_student_id
              USING ERRCODE = 'check_violation',
                    CONSTRAINT = 'check_student_instructor_department',
                    SCHEMA = 'public', TABLE = 'student_progress',
                    HINT = 'Only a user with an instructor profile can be assigned students.';
    END IF;

    IF v_student_dept IS DISTINCT FROM v_instructor_dept THEN
        RAISE EXCEPTION 'check_student_instructor_department: student % (department %) and instructor % (department %) are not in the same department',
                        p_student_id, coalesce(v_student_dept, 'none'), p_instructor_id, v_instructor_dept
              USING ERRCODE = 'check_violation',
                    CONSTRAINT = 'check_student_instructor_department',
                    SCHEMA = 'public', TABLE = 'student_progress',
                    HINT = 'A student can only be assigned to an instructor of the department of the student.';
    END IF;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_assert_student_instructor_department(text, text) FROM PUBLIC;

-- The trigger function behind the three check_student_instructor_department constraint triggers.
CREATE FUNCTION public.dashboard_check_student_instructor_department()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    r record;
BEGIN
    IF TG_TABLE_NAME = 'student_progress' THEN
        -- current state of the row, which a deferred check may see changed or deleted since the event
        FOR r IN SELECT sp.student_id, sp.instructor_id
                   FROM public.student_progress sp
                  WHERE sp.id = NEW.id AND sp.instructor_id IS NOT NULL
        LOOP
            PERFORM public.dashboard_assert_student_instructor_department(r.student_id, r.instructor_id);
        END LOOP;

    ELSIF TG_TABLE_NAME = 'users' THEN
        -- the department of a student changed: re-check the progress row of that student
        FOR r IN SELECT sp.student_id, sp.instructor_id
                   FROM public.student_progress sp
                  WHERE sp.student_id = NEW.id AND sp.instructor_id IS NOT NULL
        LOOP
            PERFORM public.dashboard_assert_student_instructor_department(r.student_id, r.instructor_id);
        END LOOP;

    ELSIF TG_TABLE_NAME = 'instructor_profiles' THEN
        -- a profile changed department or owner, or was deleted: re-check the students of the old and
        -- the new owner of the profile
        FOR r IN SELECT sp.student_id, sp.instructor_id
                   FROM public.student_progress sp
                  WHERE sp.instructor_id = OLD.user_id
                     OR (TG_OP = 'UPDATE' AND sp.instructor_id = NEW.user_id)
        LOOP
            PERFORM public.dashboard_assert_student_instructor_department(r.student_id, r.instructor_id);
        END LOOP;

    ELSE
        RAISE EXCEPTION 'dashboard_check_student_instructor_department: unexpected table %', TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_check_student_instructor_department() FROM PUBLIC;

CREATE CONSTRAINT TRIGGER "check_student_instructor_department"
    AFTER INSERT OR UPDATE OF student_id, instructor_id ON "student_progress"
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW
    WHEN (NEW.instructor_id IS NOT NULL)
    EXECUTE FUNCTION public.dashboard_check_student_instructor_department();

-- On the student app table users: only a trigger (no column change), and it fires only when
-- department_id actually changes, so the writes of the student app are not slowed down.
CREATE CONSTRAINT TRIGGER "check_student_instructor_department"
    AFTER UPDATE OF department_id ON "users"
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW
    WHEN (OLD.department_id IS DISTINCT FROM NEW.department_id)
    EXECUTE FUNCTION public.dashboard_check_student_instructor_department();

CREATE CONSTRAINT TRIGGER "check_student_instructor_department"
    AFTER UPDATE OF department_id, user_id OR DELETE ON "instructor_profiles"
    DEFERRABLE INITIALLY IMMEDIATE
    FOR EACH ROW
    EXECUTE FUNCTION public.dashboard_check_student_instructor_department();

-- 4. updated_at. Prisma fills @updatedAt on the client, but the dashboard has other writers (the desktop
--    app, the admin tool, SQL jobs), so the database keeps it: every insert and update sets it, whatever
--    the writer sent, so that all writers agree. The value is the transaction time in UTC, whatever the
--    session TimeZone (columns are timestamp(3) without time zone holding UTC, as Prisma expects).
--    The student app table users keeps its own client-side handling: no trigger there.
CREATE FUNCTION public.dashboard_set_updated_at()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.updated_at := (CURRENT_TIMESTAMP AT TIME ZONE 'UTC');
    RETURN NEW;
END;
$$;

CREATE TRIGGER "departments_set_updated_at"
    BEFORE INSERT OR UPDATE ON "departments"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_updated_at();

CREATE TRIGGER "instructor_profiles_set_updated_at"
    BEFORE INSERT OR UPDATE ON "instructor_profiles"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_updated_at();

CREATE TRIGGER "student_progress_set_updated_at"
    BEFORE INSERT OR UPDATE ON "student_progress"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_updated_at();

CREATE TRIGGER "assignments_set_updated_at"
    BEFORE INSERT OR UPDATE ON "assignments"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_updated_at();

CREATE TRIGGER "assignment_submissions_set_updated_at"
    BEFORE INSERT OR UPDATE ON "assignment_submissions"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_updated_at();

CREATE TRIGGER "messages_set_updated_at"
    BEFORE INSERT OR UPDATE ON "messages"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_updated_at();
