-- The Students list in one index scan: student_progress keeps the names and counts the list shows beside the progress.
--
-- The Students page lists one instructor's 1000 students, highest risk first, each with the
-- student's name and e-mail, department, instructor, and open and overdue assignments. Looked up
-- per row (a security-barrier view of users, departments, a count of submissions), those cost
-- 13-20 ms on the server for 1000 rows at the specification's scale (docs/benchmarks.md). Kept on
-- the row, the list is one scan of idx_student_progress_instructor_risk.
--
-- How each column stays right:
--   * student_name, student_email, department_name: from users and departments. users belongs to
--     the student app (no trigger of ours on it), so `aggregate` sets them each night, with the
--     rest of the row (resources/sql/aggregate/student_progress.sql). A department renamed here is
--     carried over at once (trigger on departments).
--   * instructor_name: set whenever instructor_id changes (a supervisor reassigns a student), and
--     each night, like the names above.
--   * open_assignments, overdue_assignments: the student's submissions NOT_STARTED, IN_PROGRESS or
--     OVERDUE, and OVERDUE alone. Kept by a trigger on assignment_submissions that adds each
--     statement's difference (never a recount: two transactions changing one student's submissions
--     at once each add their own change, where a recount from each one's snapshot would lose one).
--   * A row inserted without them (an administrator, a test) gets them all from the same sources.
-- The student detail still reads the live values (one row); a local copy reads its own users and
-- submissions.

ALTER TABLE "student_progress"
    ADD COLUMN "student_name" TEXT,
    ADD COLUMN "student_email" TEXT,
    ADD COLUMN "department_name" TEXT,
    ADD COLUMN "instructor_name" TEXT,
    ADD COLUMN "open_assignments" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "overdue_assignments" INTEGER NOT NULL DEFAULT 0,
    ADD CONSTRAINT "check_progress_assignment_counts"
        CHECK ("open_assignments" >= 0 AND "overdue_assignments" >= 0 AND "overdue_assignments" <= "open_assignments");

-- 1. The values of every existing row.
UPDATE "student_progress" sp
   SET student_name = u.name,
       student_email = u.email,
       department_name = d.name,
       instructor_name = (SELECT i.name FROM "users" i WHERE i.id = sp.instructor_id),
       open_assignments = coalesce(c.open_count, 0),
       overdue_assignments = coalesce(c.overdue_count, 0)
  FROM "users" u
  LEFT JOIN "departments" d ON d.id = u.department_id
  LEFT JOIN (SELECT s.student_id,
                    count(*) FILTER (WHERE s.status IN ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE')) AS open_count,
                    count(*) FILTER (WHERE s.status = 'OVERDUE') AS overdue_count
               FROM "assignment_submissions" s
              GROUP BY s.student_id) c ON c.student_id = u.id
 WHERE u.id = sp.student_id;

-- 2. Open and overdue counts: each statement on assignment_submissions adds its difference per
--    student. SECURITY DEFINER: the instructor grading a submission may not update
--    student_progress; the function only ever changes these two columns. The rows are locked in
--    student order first, so two statements over the same students cannot deadlock.
CREATE FUNCTION public.dashboard_count_open_submissions()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    v_students text[];
    v_open integer[];
    v_overdue integer[];
BEGIN
    -- Per student: +1 for each new row that counts, -1 for each old one (the transition tables
    -- there are for this event).
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(x.student_id ORDER BY x.student_id), array_agg(x.open_delta ORDER BY x.student_id),
               array_agg(x.overdue_delta ORDER BY x.student_id)
          INTO v_students, v_open, v_overdue
          FROM (SELECT n.student_id,
                       count(*) FILTER (WHERE n.status IN ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE'))::integer AS open_delta,
                       count(*) FILTER (WHERE n.status = 'OVERDUE')::integer AS overdue_delta
                  FROM new_rows n
                 GROUP BY n.student_id) x
         WHERE x.open_delta <> 0 OR x.overdue_delta <> 0;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(x.student_id ORDER BY x.student_id), array_agg(x.open_delta ORDER BY x.student_id),
               array_agg(x.overdue_delta ORDER BY x.student_id)
          INTO v_students, v_open, v_overdue
          FROM (SELECT o.student_id,
                       -count(*) FILTER (WHERE o.status IN ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE'))::integer AS open_delta,
                       -count(*) FILTER (WHERE o.status = 'OVERDUE')::integer AS overdue_delta
                  FROM old_rows o
                 GROUP BY o.student_id) x
         WHERE x.open_delta <> 0 OR x.overdue_delta <> 0;
    ELSE
        SELECT array_agg(x.student_id ORDER BY x.student_id), array_agg(x.open_delta ORDER BY x.student_id),
               array_agg(x.overdue_delta ORDER BY x.student_id)
          INTO v_students, v_open, v_overdue
          FROM (SELECT c.student_id, sum(c.open_delta)::integer AS open_delta, sum(c.overdue_delta)::integer AS overdue_delta
                  FROM (SELECT n.student_id,
                               CASE WHEN n.status IN ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE') THEN 1 ELSE 0 END AS open_delta,
                               CASE WHEN n.status = 'OVERDUE' THEN 1 ELSE 0 END AS overdue_delta
                          FROM new_rows n
                        UNION ALL
                        SELECT o.student_id,
                               CASE WHEN o.status IN ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE') THEN -1 ELSE 0 END,
                               CASE WHEN o.status = 'OVERDUE' THEN -1 ELSE 0 END
                          FROM old_rows o) c
                 GROUP BY c.student_id) x
         WHERE x.open_delta <> 0 OR x.overdue_delta <> 0;
    END IF;

    IF v_students IS NULL THEN
        RETURN NULL;
    END IF;
    IF cardinality(v_students) > 1 THEN
        PERFORM 1
           FROM public.student_progress sp
          WHERE sp.student_id = ANY (v_students)
          ORDER BY sp.student_id
            FOR NO KEY UPDATE;
    END IF;

    UPDATE public.student_progress sp
       SET open_assignments = sp.open_assignments + d.open_delta,
           overdue_assignments = sp.overdue_assignments + d.overdue_delta
      FROM unnest(v_students, v_open, v_overdue) AS d(student_id, open_delta, overdue_delta)
     WHERE sp.student_id = d.student_id;
    RETURN NULL;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_count_open_submissions() FROM PUBLIC;

CREATE TRIGGER "assignment_submissions_count_insert" AFTER INSERT ON "assignment_submissions"
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_count_open_submissions();
CREATE TRIGGER "assignment_submissions_count_update" AFTER UPDATE ON "assignment_submissions"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_count_open_submissions();
CREATE TRIGGER "assignment_submissions_count_delete" AFTER DELETE ON "assignment_submissions"
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_count_open_submissions();

-- 3. Names, department and instructor of a row inserted without them, and the instructor's name
--    when a student is reassigned. The WHEN clauses keep `aggregate`'s nightly upsert (which gives
--    every value and never changes instructor_id) from calling it at all.
CREATE FUNCTION public.dashboard_fill_student_progress_names()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT u.name, u.email, d.name
          INTO NEW.student_name, NEW.student_email, NEW.department_name
          FROM public.users u
          LEFT JOIN public.departments d ON d.id = u.department_id
         WHERE u.id = NEW.student_id;
        SELECT count(*) FILTER (WHERE s.status IN ('NOT_STARTED', 'IN_PROGRESS', 'OVERDUE')),
               count(*) FILTER (WHERE s.status = 'OVERDUE')
          INTO NEW.open_assignments, NEW.overdue_assignments
          FROM public.assignment_submissions s
         WHERE s.student_id = NEW.student_id;
    END IF;
    NEW.instructor_name := (SELECT i.name FROM public.users i WHERE i.id = NEW.instructor_id);
    RETURN NEW;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_fill_student_progress_names() FROM PUBLIC;

CREATE TRIGGER "student_progress_fill_names_insert" BEFORE INSERT ON "student_progress"
    FOR EACH ROW WHEN (NEW.student_email IS NULL)
    EXECUTE FUNCTION public.dashboard_fill_student_progress_names();
CREATE TRIGGER "student_progress_fill_names_reassign" BEFORE UPDATE OF instructor_id ON "student_progress"
    FOR EACH ROW WHEN (OLD.instructor_id IS DISTINCT FROM NEW.instructor_id)
    EXECUTE FUNCTION public.dashboard_fill_student_progress_names();

-- 4. A department renamed: the students of it show the new name at once.
CREATE FUNCTION public.dashboard_rename_department_in_progress()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE public.student_progress sp
       SET department_name = NEW.name
      FROM public.users u
     WHERE u.department_id = NEW.id
       AND sp.student_id = u.id
       AND sp.department_name IS DISTINCT FROM NEW.name;
    RETURN NULL;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_rename_department_in_progress() FROM PUBLIC;

CREATE TRIGGER "departments_rename_in_progress" AFTER UPDATE OF name ON "departments"
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION public.dashboard_rename_department_in_progress();

-- 5. The view of 0026 with the new columns (its p.* was expanded when it was created; CREATE OR
--    REPLACE appends them).
CREATE OR REPLACE VIEW "dashboard_my_student_progress" WITH (security_invoker = true) AS
SELECT p.*
  FROM public.student_progress p
 WHERE p.instructor_id = public.dashboard_current_user_id()
   AND coalesce(public.dashboard_current_access_role() = 'instructor' AND NOT public.dashboard_has_department_scope(), false)
UNION ALL
SELECT p.*
  FROM public.student_progress p
 WHERE NOT coalesce(public.dashboard_current_access_role() = 'instructor' AND NOT public.dashboard_has_department_scope(), false);
