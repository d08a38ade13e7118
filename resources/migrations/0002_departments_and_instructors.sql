-- Departments (a tree), the department of each user (users.department_id), and instructor profiles.
--
-- users belongs to the student app: the only change is one new nullable column without a default
-- (a catalog-only change, no table rewrite) and its foreign key. The key is added NOT VALID here, so
-- this file never scans users while holding its lock. It is validated by 0008_integrity.sql, which
-- runs in a separate transaction and only needs a SHARE UPDATE EXCLUSIVE lock for the scan (reads and
-- writes of users go on meanwhile). New rows are checked from this migration on.
-- Its index idx_users_department is built CONCURRENTLY in 0009_performance_indexes.sql because users
-- may be large.
-- Spec indexes idx_department_code and idx_instructor_profile_user are NOT created: they would be
-- exact duplicates of departments_code_key and instructor_profiles_user_id_key (DESIGN 4.6).

-- CreateTable
CREATE TABLE "departments" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "description" TEXT,
    "parent_id" TEXT,
    "location" TEXT,
    "contact_info" JSONB,
    "settings" JSONB NOT NULL DEFAULT '{}',
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "departments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "departments_name_key" ON "departments"("name");

-- CreateIndex
CREATE UNIQUE INDEX "departments_code_key" ON "departments"("code");

-- CreateIndex
CREATE INDEX "idx_department_parent" ON "departments"("parent_id");

-- AddForeignKey (optional self relation DepartmentHierarchy: Prisma default ON DELETE SET NULL)
ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterTable (student app table: additive, nullable, no default)
ALTER TABLE "users" ADD COLUMN "department_id" TEXT;

-- AddForeignKey (relation UserDepartment, optional: ON DELETE SET NULL). NOT VALID, validated in 0008.
ALTER TABLE "users" ADD CONSTRAINT "users_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;

-- CreateTable
CREATE TABLE "instructor_profiles" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "employee_id" TEXT,
    "certification" TEXT[],
    "specializations" TEXT[],
    "experience" INTEGER,
    "department_id" TEXT NOT NULL,
    "supervisor_id" TEXT,
    "territory" TEXT,
    "dashboard_settings" JSONB NOT NULL,
    "notification_settings" JSONB NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "can_assign" BOOLEAN NOT NULL DEFAULT true,
    "can_view_all" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "instructor_profiles_pkey" PRIMARY KEY ("id")
);

-- CreateIndex (also serves lookups by user_id, which is why idx_instructor_profile_user is not created)
CREATE UNIQUE INDEX "instructor_profiles_user_id_key" ON "instructor_profiles"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "instructor_profiles_employee_id_key" ON "instructor_profiles"("employee_id");

-- CreateIndex
CREATE INDEX "idx_instructor_profile_department" ON "instructor_profiles"("department_id");

-- CreateIndex
CREATE INDEX "idx_instructor_profile_supervisor" ON "instructor_profiles"("supervisor_id");

-- AddForeignKey (relation InstructorUser, onDelete: Cascade in the spec)
ALTER TABLE "instructor_profiles" ADD CONSTRAINT "instructor_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey (required relation: Prisma default ON DELETE RESTRICT)
ALTER TABLE "instructor_profiles" ADD CONSTRAINT "instructor_profiles_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "departments"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey (optional self relation InstructorSupervisor: ON DELETE SET NULL)
ALTER TABLE "instructor_profiles" ADD CONSTRAINT "instructor_profiles_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "instructor_profiles"("id") ON DELETE SET NULL ON UPDATE CASCADE;
