-- Audit trail of user actions (audit_logs) and the application system log (system_logs).
--
-- audit_logs.user_id is ON DELETE SET NULL (Prisma default for an optional relation): the trail of
-- a deleted user is kept (7-year retention), user_email and user_role still say who it was.

-- CreateTable
CREATE TABLE "audit_logs" (
    "id" TEXT NOT NULL,
    "user_id" TEXT,
    "user_email" TEXT,
    "user_role" "UserRole",
    "ip_address" TEXT,
    "user_agent" TEXT,
    "action" TEXT NOT NULL,
    "resource" TEXT NOT NULL,
    "resource_id" TEXT,
    "method" TEXT,
    "endpoint" TEXT,
    "request_id" TEXT,
    "session_id" TEXT,
    "old_data" JSONB,
    "new_data" JSONB,
    "changes" JSONB,
    "success" BOOLEAN NOT NULL DEFAULT true,
    "error_message" TEXT,
    "timestamp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_audit_log_user" ON "audit_logs"("user_id");

-- CreateIndex
CREATE INDEX "idx_audit_log_action" ON "audit_logs"("action");

-- CreateIndex
CREATE INDEX "idx_audit_log_resource" ON "audit_logs"("resource");

-- CreateIndex
CREATE INDEX "idx_audit_log_timestamp" ON "audit_logs"("timestamp");

-- CreateIndex
CREATE INDEX "idx_audit_log_session" ON "audit_logs"("session_id");

-- AddForeignKey (relation UserAuditLogs, optional: ON DELETE SET NULL)
ALTER TABLE "audit_logs" ADD CONSTRAINT "audit_logs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "system_logs" (
    "id" TEXT NOT NULL,
    "level" "LogLevel" NOT NULL,
    "category" TEXT NOT NULL,
    "service" TEXT,
    "message" TEXT NOT NULL,
    "details" JSONB,
    "request_id" TEXT,
    "session_id" TEXT,
    "trace_id" TEXT,
    "error_code" TEXT,
    "stack_trace" TEXT,
    "duration" INTEGER,
    "memory_usage" BIGINT,
    "timestamp" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "system_logs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_system_log_level" ON "system_logs"("level");

-- CreateIndex
CREATE INDEX "idx_system_log_category" ON "system_logs"("category");

-- CreateIndex
CREATE INDEX "idx_system_log_timestamp" ON "system_logs"("timestamp");

-- CreateIndex
CREATE INDEX "idx_system_log_request" ON "system_logs"("request_id");
