-- Per-student daily facts kept by `aggregate`, so that the nightly refresh of student_progress reads a few rows per student instead of every session of every student.
--
-- student_progress holds "all time" values (completion rate, accuracy, time spent, streaks,
-- modules passed, ...) as of a day T. Until now the refresh recomputed them from every session and
-- every snapshot of every student, every night: at 100 000 students and 4 million quiz sessions
-- that was 30 seconds (68 s at 6.6 million), growing with the history. These tables hold the same information reduced to
-- one row per student and day on which something happened, each with the day's own facts and the
-- running totals as of the end of that day. The refresh as of T then reads, per student, the
-- latest row up to T and up to T-30 and the rows of T-29..T (resources/sql/aggregate/
-- student_progress.sql); it
-- computes exactly the values the full recomputation computes (kept as
-- resources/sql/aggregate/reference/student_progress_full.sql and run by `aggregate --verify`).
--
-- The tables are written only by `aggregate`, when it aggregates a day
-- (resources/sql/aggregate/student_days*.sql): a day's facts come from that day's sessions alone,
-- the running totals from the student's previous row. Re-aggregating a day gives the same rows; a
-- past day that changed corrects the running totals of the later rows in the same transaction.
-- A day that has sessions but no facts yet (the first run on an existing database) is computed
-- before the requested days, which the run says on its output.
--
-- Who may read them: nobody but the owner. They are the aggregation's working state, not data a
-- person looks at (the app shows student_progress and progress_snapshots, which stay as they are),
-- so row-level security is forced with the owner's policy only, like every table since 0011, and
-- the groups get no privilege at all.
-- Not audited, on purpose: 0013 audits the statements that change what people see and edit. These
-- rows are derived from the student app's sessions (which the dashboard does not audit either) and
-- rewritten by every run; auditing them would add a trail entry per statement of every night's
-- run that says nothing about anything a person saw or changed. The values people see are audited
-- where they are written (progress_snapshots, student_progress).
--
-- Exactness notes (docs/risk.md has the full rules):
--   * Sums of numeric values are stored as numeric, so that running totals are exact and the
--     averages computed from them are, digit for digit, those of avg() over the sessions.
--   * The overall score of a row is the one of the end of its day (round(avg, 2), NULL before the
--     first scored session): the number the snapshot of that day shows, except that "none yet" is
--     NULL. The snapshots and module_analytics of a day read the facts of the days before it (the
--     window of recent scores, the modules already started) instead of all earlier sessions.
--   * Facts follow the sessions as they were when their day was last aggregated. A session that
--     arrives (or changes) late is counted once its day is aggregated again: the nightly run
--     covers yesterday and today, and `aggregate --verify` shows what an older day still misses.
--   * The snapshot columns mirror progress_snapshots as `aggregate` wrote it. Snapshots deleted by
--     the retention purge (older than two years) or edited by hand are not followed.

-- 1. One row per student and day with a quiz session started or completed, a voice session, or
--    a snapshot (every user, whatever their role: the refresh picks the students, as the full
--    recomputation does).
CREATE TABLE "dashboard_student_days" (
    "student_id" TEXT NOT NULL,
    "day" DATE NOT NULL,
    -- The day's own facts. Quiz sessions count on the day they were started (as in the snapshots);
    -- "completed" is the session's state when the day was aggregated, whenever it was completed.
    "quiz_sessions" INTEGER NOT NULL,
    "quiz_completed" INTEGER NOT NULL,
    "questions_answered" BIGINT NOT NULL,
    "correct_answers" BIGINT NOT NULL,
    -- Voice sessions with an accuracy: their sum and count (an average needs both).
    "voice_accuracy_sum" NUMERIC NOT NULL,
    "voice_accuracy_count" INTEGER NOT NULL,
    -- Completed quiz sessions started on the day, and voice sessions; their durations in ms.
    "sessions_completed" INTEGER NOT NULL,
    "milliseconds" BIGINT NOT NULL,
    -- Completed quiz sessions started on the day, per difficulty.
    "easy_completed" INTEGER NOT NULL,
    "medium_completed" INTEGER NOT NULL,
    "hard_completed" INTEGER NOT NULL,
    "expert_completed" INTEGER NOT NULL,
    -- The latest activity of the day: a quiz session started, a quiz session completed (not before
    -- it started), a voice session. NULL on a day with a snapshot only.
    "last_event_at" TIMESTAMP(3),
    -- Sessions of the day that count for the overall score (quiz sessions completed on the day with
    -- a score, voice sessions with a score), and a digest of their ids, times and scores: when a
    -- re-aggregated day's digest changes, the overall scores of the later days are recomputed.
    "scored_sessions" INTEGER NOT NULL,
    "scored_digest" BIGINT NOT NULL,
    -- The student's progress_snapshots row of the day, as stored: whether there is one, and its
    -- minutes (total_time_spent, the streaks and the consistency are made of the snapshots).
    "snapshot" BOOLEAN NOT NULL,
    "snapshot_minutes" INTEGER NOT NULL,
    -- Per module and category with a quiz session started on the day (parallel arrays, in module
    -- and category order): sessions started, completed, completed with a score, and the highest
    -- score of the completed ones (NULL without one), so that "passed" can be decided for any
    -- pass_score. What "passed ever" and "completed attempts in T-13..T" (stuck_module) need. In the
    -- day's row rather than a table of their own: one row written per student and day, not one per
    -- module (every row written here costs a foreign-key check).
    "module_ids" TEXT[] NOT NULL,
    "module_categories" "QuizCategory"[] NOT NULL,
    "module_started" INTEGER[] NOT NULL,
    "module_completed" INTEGER[] NOT NULL,
    "module_scored" INTEGER[] NOT NULL,
    "module_best_scores" DOUBLE PRECISION[] NOT NULL,
    -- Modules (with their category) whose first pass is on this day, per category
    -- (dashboard_student_modules.first_passed_on).
    "codes_first_passed" INTEGER NOT NULL,
    "phonetic_first_passed" INTEGER NOT NULL,
    "protocol_first_passed" INTEGER NOT NULL,
    -- As of the end of the day. recent_scores: the scores of the overall_window_sessions most
    -- recent scored sessions, newest first (equal times: higher score first); overall_score their
    -- average, round(avg, 2), NULL before the first. The next day's window is that day's scored
    -- sessions followed by this one (a day's sessions are all later than the days before), so no
    -- session is read twice to know it.
    "recent_scores" DOUBLE PRECISION[] NOT NULL,
    "overall_score" NUMERIC,
    "total_quiz_sessions" BIGINT NOT NULL,
    "total_quiz_completed" BIGINT NOT NULL,
    "total_questions_answered" BIGINT NOT NULL,
    "total_correct_answers" BIGINT NOT NULL,
    "total_voice_accuracy_sum" NUMERIC NOT NULL,
    "total_voice_accuracy_count" BIGINT NOT NULL,
    "total_sessions_completed" BIGINT NOT NULL,
    "total_milliseconds" BIGINT NOT NULL,
    "last_active_at" TIMESTAMP(3),
    "total_snapshot_minutes" BIGINT NOT NULL,
    -- Consecutive snapshot days ending on this day (0 when the day has no snapshot), ending on the
    -- day before, and the longest run so far.
    "snapshot_run" INTEGER NOT NULL,
    "previous_snapshot_run" INTEGER NOT NULL,
    "longest_snapshot_run" INTEGER NOT NULL,
    -- Modules passed so far (a completed quiz session started up to this day with a score of at
    -- least pass_score), per category.
    "codes_passed" INTEGER NOT NULL,
    "phonetic_passed" INTEGER NOT NULL,
    "protocol_passed" INTEGER NOT NULL,

    CONSTRAINT "dashboard_student_days_pkey" PRIMARY KEY ("student_id", "day")
) WITH (fillfactor = 90);

-- The rows of a day (the day's maintenance) and of the last 30 days (the refresh). The refresh reads
-- the windows (T-29..T) from this index alone: it carries what they need, so the wide rows (running
-- totals, arrays) stay unread (1.2 million rows every night at 100 000 students: 1.8 s from the
-- table, 0.8 s from the index, measured).
CREATE INDEX "idx_dashboard_student_days_day" ON "dashboard_student_days" ("day")
    INCLUDE ("student_id", "questions_answered", "correct_answers", "easy_completed", "medium_completed",
             "hard_completed", "expert_completed", "snapshot", "module_ids", "module_completed", "module_scored");

-- 2. Per student, module and category: the first day with a session (the modules of a category
--    are those in anybody's sessions) and the first day with a pass under the pass_score of
--    dashboard_fact_days. Derived from the module arrays of dashboard_student_days.
CREATE TABLE "dashboard_student_modules" (
    "student_id" TEXT NOT NULL,
    "module_id" TEXT NOT NULL,
    "category" "QuizCategory" NOT NULL,
    "first_started_on" DATE NOT NULL,
    "first_passed_on" DATE,

    CONSTRAINT "dashboard_student_modules_pkey" PRIMARY KEY ("student_id", "module_id", "category")
);

-- "Which modules of a category had a session by T": one probe per module, not a scan of all rows.
CREATE INDEX "idx_dashboard_student_modules_catalog" ON "dashboard_student_modules" ("category", "module_id", "first_started_on");

-- 3. The days whose facts are computed, with the settings the facts depend on: a day missing here
--    before the first day of a run is computed first; a pass_score or overall_window_sessions that
--    an administrator changed since makes the next run recompute what depends on it (the passes,
--    the overall scores) for every row.
CREATE TABLE "dashboard_fact_days" (
    "day" DATE NOT NULL,
    "pass_score" DOUBLE PRECISION NOT NULL,
    "overall_window_sessions" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "dashboard_fact_days_pkey" PRIMARY KEY ("day")
);

ALTER TABLE "dashboard_student_days" ADD CONSTRAINT "dashboard_student_days_student_id_fkey"
    FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "dashboard_student_modules" ADD CONSTRAINT "dashboard_student_modules_student_id_fkey"
    FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- 4. Row-level security, as on every dashboard table (0011, 0014): forced, the owner's policy only.
ALTER TABLE "dashboard_student_days" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_student_days" FORCE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_student_modules" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_student_modules" FORCE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_fact_days" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_fact_days" FORCE ROW LEVEL SECURITY;

CREATE POLICY "dashboard_student_days_owner_all" ON "dashboard_student_days" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "dashboard_student_modules_owner_all" ON "dashboard_student_modules" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "dashboard_fact_days_owner_all" ON "dashboard_fact_days" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);

REVOKE ALL ON "dashboard_student_days", "dashboard_student_modules", "dashboard_fact_days"
    FROM PUBLIC, dashboard_instructor, dashboard_supervisor, dashboard_admin, dashboard_retention;
