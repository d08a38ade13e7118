-- The Students list's assignment counts (0027) after assignment_submissions is truncated: every count goes to zero.
--
-- 0027's triggers add each statement's difference to the counts; TRUNCATE (of the table, or of
-- assignments with CASCADE) removes rows without firing them, and the counts would stay as they
-- were, with nothing ever recounting them. A statement trigger on TRUNCATE sets every non-zero
-- count to zero, in the same transaction. SECURITY DEFINER, as 0027's.
CREATE FUNCTION public.dashboard_zero_submission_counts()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE public.student_progress sp
       SET open_assignments = 0,
           overdue_assignments = 0
     WHERE sp.open_assignments <> 0 OR sp.overdue_assignments <> 0;
    RETURN NULL;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_zero_submission_counts() FROM PUBLIC;

CREATE TRIGGER "assignment_submissions_count_truncate" AFTER TRUNCATE ON "assignment_submissions"
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_zero_submission_counts();
