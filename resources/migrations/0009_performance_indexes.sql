-- migrate: no-transaction
-- Performance indexes of the spec (Critical Performance Indexes, Composite Indexes) and idx_users_department, all built CONCURRENTLY.
--
-- CREATE INDEX CONCURRENTLY cannot run inside a transaction block, so this file is run statement by
-- statement outside a transaction (first line). Every statement is IF NOT EXISTS so the file can be
-- re-run after an interruption, the runner first drops an INVALID index left by a failed build.
-- The indexes on the student app tables (users, quiz_sessions, voice_practice_sessions), which may
-- be large and are written all the time, are built here so that their writes are never blocked.
-- Not created, on purpose (DESIGN 4.6): idx_progress_snapshot_student_timerange, a duplicate of the
-- unique index progress_snapshots_student_id_snapshot_date_key (a B-tree is read backwards as cheaply
-- as forwards, so DESC adds nothing).

-- User model extension of the spec, @@index([departmentId]): student app table, so built here.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_users_department" ON "users" ("department_id");

-- Student progress query optimization
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_student_progress_instructor_risk" ON "student_progress" ("instructor_id", "risk_score" DESC, "last_active_at" DESC);

CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_student_progress_overall_performance" ON "student_progress" ("overall_score" DESC, "completion_rate" DESC);

-- Assignment performance
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_assignment_submission_due_status" ON "assignment_submissions" ("assignment_id", "status", "created_at");

-- Analytics query optimization
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_analytics_daily_instructor_timerange" ON "analytics_daily" ("instructor_id", "date" DESC);

-- Messages: the inbox (DESIGN 4.3). The spec defines this index as GIN ((recipients->'status')), but
-- recipients is a JSON array of recipient objects, and ->'status' of an array is NULL, so that index
-- would hold nothing useful. Same name, redefined as a jsonb_path_ops GIN index on the whole array,
-- which serves containment (@>) queries. The inbox query of user :me, unread first:
--   SELECT ... FROM messages
--    WHERE recipients @> jsonb_build_array(jsonb_build_object('id', :me))
--    ORDER BY (recipients @> jsonb_build_array(jsonb_build_object('id', :me, 'status', 'read'))), sent_at DESC
-- (false sorts before true, so messages not yet read by :me come first).
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_message_recipient_status" ON "messages" USING GIN ("recipients" jsonb_path_ops);

-- Notifications: unread of a user, newest first
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_notification_user_unread" ON "notifications" ("user_id", "created_at" DESC) WHERE "is_read" = false;

-- Audit log performance
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_audit_log_user_timerange" ON "audit_logs" ("user_id", "timestamp" DESC);

-- Quiz and voice session performance (student app tables)
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_quiz_session_user_category_date" ON "quiz_sessions" ("user_id", "category", "started_at" DESC);

CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_voice_practice_user_date" ON "voice_practice_sessions" ("user_id", "created_at" DESC);

-- Composite indexes for complex queries: dashboard stats aggregation
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_dashboard_aggregation" ON "student_progress" ("instructor_id", "last_active_at", "risk_score", "overall_score");

-- Assignment monitoring
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_assignment_monitoring" ON "assignments" ("instructor_id", "status", "due_date", "created_at");

-- Student filtering and sorting
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_student_filtering" ON "student_progress" ("instructor_id", "overall_score" DESC, "last_active_at" DESC, "risk_score");

-- Analytics time-series queries
CREATE INDEX CONCURRENTLY IF NOT EXISTS "idx_analytics_timeseries" ON "analytics_daily" ("instructor_id", "date") INCLUDE ("total_students", "active_students", "average_score");
