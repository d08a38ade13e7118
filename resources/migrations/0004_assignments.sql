-- Assignments created by instructors and the students submissions (attempts) for them.
--
-- check_assignment_due_date is added in 0008_integrity.sql.

-- CreateTable
CREATE TABLE "assignments" (
    "id" TEXT NOT NULL,
    "instructor_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "instructions" TEXT,
    "modules" TEXT[],
    "target_score" DOUBLE PRECISION NOT NULL,
    "max_attempts" INTEGER DEFAULT 3,
    "allow_retakes" BOOLEAN NOT NULL DEFAULT true,
    "assigned_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "due_date" TIMESTAMP(3) NOT NULL,
    "available_from" TIMESTAMP(3),
    "available_until" TIMESTAMP(3),
    "status" "AssignmentStatus" NOT NULL DEFAULT 'ACTIVE',
    "priority" "AssignmentPriority" NOT NULL DEFAULT 'NORMAL',
    "is_template" BOOLEAN NOT NULL DEFAULT false,
    "estimated_duration" INTEGER,
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "category" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assignments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "idx_assignment_instructor" ON "assignments"("instructor_id");

-- CreateIndex
CREATE INDEX "idx_assignment_due_date" ON "assignments"("due_date");

-- CreateIndex
CREATE INDEX "idx_assignment_status" ON "assignments"("status");

-- CreateIndex
CREATE INDEX "idx_assignment_assigned_at" ON "assignments"("assigned_at");

-- AddForeignKey (relation InstructorAssignments, required: Prisma default ON DELETE RESTRICT)
ALTER TABLE "assignments" ADD CONSTRAINT "assignments_instructor_id_fkey" FOREIGN KEY ("instructor_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "assignment_submissions" (
    "id" TEXT NOT NULL,
    "assignment_id" TEXT NOT NULL,
    "student_id" TEXT NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "attempt_number" INTEGER NOT NULL DEFAULT 1,
    "score" DOUBLE PRECISION,
    "completed_at" TIMESTAMP(3),
    "sessions" JSONB[],
    "total_time" INTEGER NOT NULL DEFAULT 0,
    "instructor_feedback" TEXT,
    "auto_feedback" TEXT,
    "started_at" TIMESTAMP(3),
    "submitted_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "assignment_submissions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex. The Prisma default name assignment_submissions_assignment_id_student_id_attempt_number_key
-- is 66 bytes and PostgreSQL keeps only the first 63, so the name is written here already truncated
-- (no truncation NOTICE, and the name in the catalog is exactly the one in this file).
CREATE UNIQUE INDEX "assignment_submissions_assignment_id_student_id_attempt_number_" ON "assignment_submissions"("assignment_id", "student_id", "attempt_number");

-- CreateIndex
CREATE INDEX "idx_assignment_submission_student" ON "assignment_submissions"("student_id");

-- CreateIndex
CREATE INDEX "idx_assignment_submission_assignment" ON "assignment_submissions"("assignment_id");

-- CreateIndex
CREATE INDEX "idx_assignment_submission_status" ON "assignment_submissions"("status");

-- CreateIndex
CREATE INDEX "idx_assignment_submission_completed" ON "assignment_submissions"("completed_at");

-- AddForeignKey (onDelete: Cascade in the spec)
ALTER TABLE "assignment_submissions" ADD CONSTRAINT "assignment_submissions_assignment_id_fkey" FOREIGN KEY ("assignment_id") REFERENCES "assignments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey (relation StudentSubmissions, onDelete: Cascade in the spec)
ALTER TABLE "assignment_submissions" ADD CONSTRAINT "assignment_submissions_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
