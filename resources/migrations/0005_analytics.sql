-- Pre-computed analytics: per day and instructor/department (analytics_daily) and per day and module (module_analytics).
--
-- analytics_daily: a row with instructor_id and department_id both NULL is the program-wide total
-- of a day, a row with only one of them set is that instructor or department. The unique key must
-- treat NULLs as equal, otherwise the nightly aggregation could insert the same day total twice
-- (and ON CONFLICT could never match it), hence NULLS NOT DISTINCT (PostgreSQL 15, DESIGN 4.2).
--
-- Its two foreign keys are ON DELETE CASCADE, not the Prisma default SET NULL for an optional
-- relation: with SET NULL, deleting an instructor or a department would rewrite their rows into
-- rows keyed (date, NULL, ...) i.e. into fake program-wide or department totals, or fail with a
-- unique violation against the real totals of the same day. These rows are derived data and are
-- recomputed by the aggregation job, so they go with the instructor or department they describe.

-- CreateTable
CREATE TABLE "analytics_daily" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "instructor_id" TEXT,
    "department_id" TEXT,
    "total_students" INTEGER NOT NULL DEFAULT 0,
    "active_students" INTEGER NOT NULL DEFAULT 0,
    "new_registrations" INTEGER NOT NULL DEFAULT 0,
    "at_risk_students" INTEGER NOT NULL DEFAULT 0,
    "total_sessions" INTEGER NOT NULL DEFAULT 0,
    "completed_sessions" INTEGER NOT NULL DEFAULT 0,
    "average_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "total_time_spent" INTEGER NOT NULL DEFAULT 0,
    "quiz_sessions" INTEGER NOT NULL DEFAULT 0,
    "voice_sessions" INTEGER NOT NULL DEFAULT 0,
    "average_session_length" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "assignments_created" INTEGER NOT NULL DEFAULT 0,
    "assignments_completed" INTEGER NOT NULL DEFAULT 0,
    "assignments_overdue" INTEGER NOT NULL DEFAULT 0,
    "unique_active_users" INTEGER NOT NULL DEFAULT 0,
    "total_logins" INTEGER NOT NULL DEFAULT 0,
    "bounce_rate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "retention_rate" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "analytics_daily_pkey" PRIMARY KEY ("id")
);

-- CreateIndex (NULLS NOT DISTINCT: departure from the plain unique Prisma would generate, see above)
CREATE UNIQUE INDEX "analytics_daily_date_instructor_id_department_id_key" ON "analytics_daily"("date", "instructor_id", "department_id") NULLS NOT DISTINCT;

-- CreateIndex
CREATE INDEX "idx_analytics_daily_date" ON "analytics_daily"("date");

-- CreateIndex
CREATE INDEX "idx_analytics_daily_instructor_date" ON "analytics_daily"("instructor_id", "date");

-- CreateIndex
CREATE INDEX "idx_analytics_daily_department_date" ON "analytics_daily"("department_id", "date");

-- AddForeignKey (relation InstructorAnalytics, ON DELETE CASCADE: see the head of this file)
ALTER TABLE "analytics_daily" ADD CONSTRAINT "analytics_daily_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey (relation DepartmentAnalytics, ON DELETE CASCADE: see the head of this file)
ALTER TABLE "analytics_daily" ADD CONSTRAINT "analytics_daily_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable (module_id is the id of a content module of the student app, not a foreign key: modules are not a table)
CREATE TABLE "module_analytics" (
    "id" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "module_id" TEXT NOT NULL,
    "category" "QuizCategory" NOT NULL,
    "difficulty" "DifficultyLevel" NOT NULL,
    "total_attempts" INTEGER NOT NULL DEFAULT 0,
    "successful_attempts" INTEGER NOT NULL DEFAULT 0,
    "average_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "average_time" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "completion_rate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "retry_rate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "abandonment_rate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "question_stats" JSONB NOT NULL,

    CONSTRAINT "module_analytics_pkey" PRIMARY KEY ("id")
);

-- CreateIndex (no nullable column, so the default NULLS DISTINCT is harmless here)
CREATE UNIQUE INDEX "module_analytics_date_module_id_category_difficulty_key" ON "module_analytics"("date", "module_id", "category", "difficulty");

-- CreateIndex
CREATE INDEX "idx_module_analytics_date" ON "module_analytics"("date");

-- CreateIndex
CREATE INDEX "idx_module_analytics_module" ON "module_analytics"("module_id");

-- CreateIndex
CREATE INDEX "idx_module_analytics_category" ON "module_analytics"("category");
