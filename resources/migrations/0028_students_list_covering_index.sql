-- migrate: no-transaction
-- idx_student_progress_instructor_risk covers the Students list: the same keys, and the list's other columns included, so a plain instructor's 1000 students come from the index alone.
--
-- The specification's index for this list, (instructor_id, risk_score DESC, last_active_at DESC),
-- keeps its name and its keys (DESIGN: every index of the specification under its own name); it
-- now also INCLUDEs every other column resources/sql/students/students_own.sql returns. Without
-- them each of the 1000 rows was a heap fetch, on as many pages as rows (a student's row sits
-- wherever its last update found room): 4-11 ms at 100 000 students. With them: an index-only scan,
-- 0.8 ms, as long as autovacuum keeps the visibility map current (it vacuums student_progress
-- right after the nightly `aggregate`, which rewrites every row).
-- Not included: updated_at and last_risk_evaluation, which change on every update: with either
-- included no nightly update of an inactive student could stay heap-only (0025). With these
-- columns, the nightly refresh costs 4.4-4.9 s against 4.2-4.3 s (docs/benchmarks.md).
-- Built beside the old one, then swapped, so the list always has an index (a rerun after a
-- failure ends the same way).
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_student_progress_instructor_risk_covering"
    ON "student_progress" ("instructor_id", "risk_score" DESC, "last_active_at" DESC)
    INCLUDE ("student_id", "student_name", "student_email", "department_name", "instructor_name", "risk_factors",
             "overall_score", "codes_progress", "phonetic_progress", "protocol_progress", "current_streak",
             "open_assignments", "overdue_assignments", "target_score", "target_date", "goal_achieved");

DROP INDEX CONCURRENTLY IF EXISTS "idx_student_progress_instructor_risk";

ALTER INDEX IF EXISTS "idx_student_progress_instructor_risk_covering" RENAME TO "idx_student_progress_instructor_risk";
