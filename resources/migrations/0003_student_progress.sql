-- Student progress (one row per student, optionally with an assigned instructor) and daily progress snapshots.
--
-- The checks on these tables (check_progress_percentages and the department rule
-- check_student_instructor_department) are added in 0008_integrity.sql.
-- Spec indexes idx_progress_snapshot_student_date and idx_progress_snapshot_student_timerange are
-- NOT created: both are (student_id, snapshot_date) B-trees, the same as the unique index
-- progress_snapshots_student_id_snapshot_date_key, which is scanned backwards as cheaply as
-- forwards (DESIGN 4.6).

-- CreateTable
CREATE TABLE "student_progress" (
    "id" TEXT NOT NULL,
    "student_id" TEXT NOT NULL,
    "instructor_id" TEXT,
    "overall_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "completion_rate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "current_streak" INTEGER NOT NULL DEFAULT 0,
    "longest_streak" INTEGER NOT NULL DEFAULT 0,
    "quiz_accuracy" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "voice_accuracy" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "codes_progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "phonetic_progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "protocol_progress" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "total_time_spent" INTEGER NOT NULL DEFAULT 0,
    "average_session_time" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "last_active_at" TIMESTAMP(3),
    "improvement_rate" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "consistency_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "difficulty_level" "DifficultyLevel" NOT NULL DEFAULT 'EASY',
    "risk_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "risk_factors" TEXT[],
    "last_risk_evaluation" TIMESTAMP(3),
    "target_score" DOUBLE PRECISION,
    "target_date" TIMESTAMP(3),
    "goal_achieved" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "student_progress_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "student_progress_student_id_key" ON "student_progress"("student_id");

-- CreateIndex
CREATE INDEX "idx_student_progress_instructor" ON "student_progress"("instructor_id");

-- CreateIndex
CREATE INDEX "idx_student_progress_risk" ON "student_progress"("risk_score");

-- CreateIndex
CREATE INDEX "idx_student_progress_last_active" ON "student_progress"("last_active_at");

-- CreateIndex
CREATE INDEX "idx_student_progress_overall_score" ON "student_progress"("overall_score");

-- AddForeignKey (relation StudentProgress, onDelete: Cascade in the spec)
ALTER TABLE "student_progress" ADD CONSTRAINT "student_progress_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey (relation InstructorStudents, optional: ON DELETE SET NULL, the student keeps the row)
ALTER TABLE "student_progress" ADD CONSTRAINT "student_progress_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "progress_snapshots" (
    "id" TEXT NOT NULL,
    "student_id" TEXT NOT NULL,
    "snapshot_date" DATE NOT NULL,
    "sessions_completed" INTEGER NOT NULL DEFAULT 0,
    "total_time_spent" INTEGER NOT NULL DEFAULT 0,
    "questions_answered" INTEGER NOT NULL DEFAULT 0,
    "correct_answers" INTEGER NOT NULL DEFAULT 0,
    "daily_accuracy" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "overall_score" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "improvement_delta" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "peak_activity_hour" INTEGER,
    "session_count" INTEGER NOT NULL DEFAULT 0,
    "avg_session_length" DOUBLE PRECISION NOT NULL DEFAULT 0,

    CONSTRAINT "progress_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex (serves every per-student time-range query, in either order)
CREATE UNIQUE INDEX "progress_snapshots_student_id_snapshot_date_key" ON "progress_snapshots"("student_id", "snapshot_date");

-- CreateIndex
CREATE INDEX "idx_progress_snapshot_date" ON "progress_snapshots"("snapshot_date");

-- AddForeignKey (relation StudentSnapshots, onDelete: Cascade in the spec)
ALTER TABLE "progress_snapshots" ADD CONSTRAINT "progress_snapshots_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
