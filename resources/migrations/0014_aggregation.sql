-- What the nightly aggregation (`instructor-dashboard-admin aggregate`) reads besides the data: its settings and risk factors, and the key that makes its notifications exactly-once.
--
-- The numbers the aggregation uses (pass mark, at-risk threshold, window sizes) and the risk
-- factors' thresholds and weights are rows, not constants in the SQL of resources/sql/aggregate/:
-- an administrator tunes them with an UPDATE (audited like every change to a dashboard table) and
-- the next `aggregate` uses them. docs/risk.md explains every row.
-- Both tables are protected like the others (0011, 0013): row-level security enabled and forced,
-- the owner's policy, SELECT for the three groups (the app shows why a student is at risk and with
-- which weights), UPDATE of the values for the administrator only, statement audit triggers.
-- The rows themselves are fixed: the SQL knows each setting and factor by name, so nobody but the
-- owner inserts or deletes them (a missing row makes `aggregate` stop with its name, see
-- models/aggregation/aggregator.cpp). A factor given weight 0 adds nothing to the score; it still
-- shows in risk_factors (as +0) when it applies, so the reason stays visible.

-- 1. Settings, by name. value is a double because pass marks and thresholds are scores (0-100);
--    the two window sizes are whole numbers and at least 1, the divisor of consistency_score and
--    the LIMIT of the overall score (a CHECK, so that an UPDATE cannot make the next run divide by
--    zero or average nothing).
CREATE TABLE "dashboard_aggregation_settings" (
    "name" TEXT NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "dashboard_aggregation_settings_pkey" PRIMARY KEY ("name"),
    CONSTRAINT "dashboard_aggregation_settings_value_check" CHECK (
        "name" NOT IN ('overall_window_sessions', 'consistency_window_days')
        OR ("value" >= 1 AND "value" = trunc("value")))
);

INSERT INTO "dashboard_aggregation_settings" ("name", "value", "description") VALUES
    ('pass_score', 80, 'A completed quiz session with at least this score passes its module (module_analytics.successful_attempts, the codes/phonetic/protocol progress, stuck_module).'),
    ('at_risk_threshold', 50, 'A student whose risk_score is at least this is at risk (analytics_daily.at_risk_students, STUDENT_AT_RISK notifications).'),
    ('overall_window_sessions', 20, 'overall_score is the average score of this many most recent scored sessions (quiz and voice).'),
    ('consistency_window_days', 28, 'consistency_score = 100 * days with a snapshot among the last 28 days / this value.');

-- 2. Risk factors. threshold is compared with the factor's value as docs/risk.md says for each
--    (>=, or < for the "low_" factors); weight is what the factor adds to risk_score (capped at 100),
--    and must not be negative: a negative weight would hide a risk behind another.
CREATE TABLE "dashboard_risk_factors" (
    "factor" TEXT NOT NULL,
    "threshold" DOUBLE PRECISION NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "description" TEXT NOT NULL,

    CONSTRAINT "dashboard_risk_factors_pkey" PRIMARY KEY ("factor"),
    CONSTRAINT "dashboard_risk_factors_weight_check" CHECK ("weight" >= 0)
);

INSERT INTO "dashboard_risk_factors" ("factor", "threshold", "weight", "description") VALUES
    ('never_active', 0, 40, 'No quiz or voice session ever. The threshold is not used.'),
    ('inactive_days', 14, 30, 'At least this many days since the last activity.'),
    ('inactive_week', 7, 15, 'At least this many days since the last activity, but fewer than the inactive_days threshold.'),
    ('accuracy_drop', 10, 20, 'Quiz answer accuracy of the last 7 days is at least this many points below the 7 days before.'),
    ('low_consistency', 30, 15, 'consistency_score below this (students who were ever active).'),
    ('overdue_assignments', 1, 10, 'At least this many OVERDUE submissions; the weight counts per submission, at most 25 in total.'),
    ('stuck_module', 3, 15, 'A module with at least this many completed attempts in the last 14 days, all below pass_score, and never passed.'),
    ('behind_target', 14, 20, 'Target date at most this many days away (or past) and overall_score below target_score.'),
    ('low_score', 60, 10, 'overall_score below this (students who were ever active).');

-- 3. Row-level security, as on every dashboard table (0011): forced, so that the owner needs its
--    policy too; SELECT for the groups; UPDATE of the tuning columns for the administrator.
ALTER TABLE "dashboard_aggregation_settings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_aggregation_settings" FORCE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_risk_factors" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_risk_factors" FORCE ROW LEVEL SECURITY;

CREATE POLICY "dashboard_aggregation_settings_owner_all" ON "dashboard_aggregation_settings" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "dashboard_risk_factors_owner_all" ON "dashboard_risk_factors" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);

REVOKE ALL ON "dashboard_aggregation_settings", "dashboard_risk_factors"
    FROM PUBLIC, dashboard_instructor, dashboard_supervisor, dashboard_admin, dashboard_retention;

GRANT SELECT ON "dashboard_aggregation_settings", "dashboard_risk_factors"
    TO dashboard_instructor, dashboard_supervisor, dashboard_admin;
-- Only the values: the names are what the aggregation's SQL looks rows up by.
GRANT UPDATE ("value", "description") ON "dashboard_aggregation_settings" TO dashboard_admin;
GRANT UPDATE ("threshold", "weight", "description") ON "dashboard_risk_factors" TO dashboard_admin;

CREATE POLICY "dashboard_aggregation_settings_select" ON "dashboard_aggregation_settings" FOR SELECT
    TO dashboard_instructor, dashboard_supervisor, dashboard_admin
    USING (true);
CREATE POLICY "dashboard_aggregation_settings_update" ON "dashboard_aggregation_settings" FOR UPDATE TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

CREATE POLICY "dashboard_risk_factors_select" ON "dashboard_risk_factors" FOR SELECT
    TO dashboard_instructor, dashboard_supervisor, dashboard_admin
    USING (true);
CREATE POLICY "dashboard_risk_factors_update" ON "dashboard_risk_factors" FOR UPDATE TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

-- 4. Audit (0013): one audit_logs row per statement that changes rows, keyed by the row's name, so
--    the trail says who changed which weight from what to what. Created after the seed rows above,
--    like the retention policies of 0010, which are audited from 0013 on.
CREATE TRIGGER "dashboard_aggregation_settings_audit_insert" AFTER INSERT ON "dashboard_aggregation_settings"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('name');
CREATE TRIGGER "dashboard_aggregation_settings_audit_update" AFTER UPDATE ON "dashboard_aggregation_settings"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('name');
CREATE TRIGGER "dashboard_aggregation_settings_audit_delete" AFTER DELETE ON "dashboard_aggregation_settings"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('name');

CREATE TRIGGER "dashboard_risk_factors_audit_insert" AFTER INSERT ON "dashboard_risk_factors"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('factor');
CREATE TRIGGER "dashboard_risk_factors_audit_update" AFTER UPDATE ON "dashboard_risk_factors"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('factor');
CREATE TRIGGER "dashboard_risk_factors_audit_delete" AFTER DELETE ON "dashboard_risk_factors"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement('factor');

-- 5. Notifications exactly once. Every notification the aggregation creates carries an event key
--    in metadata ("at_risk:<student>:<date>", "goal:<student>", "streak7:<student>:<date>",
--    "overdue:<submission>") and is inserted with ON CONFLICT DO NOTHING: this index turns a second
--    run, or a second process, into a no-op instead of a duplicate. Partial, so that the app's own
--    notifications (without a key) are not constrained. notifications is a dashboard table that
--    only the jobs and the app write, small next to the session tables: a plain CREATE INDEX in
--    this transaction blocks its writers for a moment only.
CREATE UNIQUE INDEX "notifications_event_key_key" ON "notifications" ((metadata ->> 'event_key')) WHERE metadata ? 'event_key';

-- 6. No other index. Every step of the aggregation is served by indexes that exist (checked with
--    EXPLAIN at 100 000 students and 4 million quiz sessions):
--    - a day's sessions: idx_quiz_session_user_category_date and idx_voice_practice_user_date
--      (started_at / created_at are in their keys, so a bitmap scan of the index finds a day's rows
--      and only their pages of the table are read);
--    - one student's history (overall score, earlier attempts of a module): quiz_sessions_user_id_idx,
--      idx_quiz_session_user_category_date, idx_voice_practice_user_date;
--    - the previous snapshot and the streaks: progress_snapshots_student_id_snapshot_date_key, in
--      (student, date) order; the snapshots of a day and its week: idx_progress_snapshot_date;
--    - overdue submissions: idx_assignment_submission_status;
--    - the refresh of student_progress reads every session anyway (parallel sequential scans).
--    An index on the student app's tables would have to be built here, in a transaction, with a
--    plain CREATE INDEX, which blocks the student app's writes to quiz_sessions for the whole build:
--    the migrations promise never to do that (0009 builds those indexes CONCURRENTLY). The one that
--    measurably pays off (docs/benchmarks.md: the per-day steps about 2x faster, the refresh's
--    passes over quiz_sessions index-only) belongs in a "-- migrate: no-transaction" file of its own:
--      CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_quiz_session_user_module_date"
--          ON "quiz_sessions" ("user_id", "module_id", "started_at")
--          INCLUDE ("completed_at", "score", "category", "difficulty", "questions_answered", "correct_answers");
--    It costs the student app one more index to maintain per quiz session written, hence a decision
--    for the deployment, not a side effect of this file.
