-- Enum types of the instructor dashboard (named exactly as the Prisma enums, values in Prisma order).
--
-- UserRole, QuizCategory and DifficultyLevel are used by dashboard tables too, but they belong to
-- the student app and already exist there (see baseline/0001_student_app_baseline.sql), so they are
-- not created here.

-- CreateEnum
CREATE TYPE "AssignmentStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'ACTIVE', 'PAUSED', 'COMPLETED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "AssignmentPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'COMPLETED', 'OVERDUE', 'GRADED');

-- CreateEnum
CREATE TYPE "MessageType" AS ENUM ('TEXT', 'HTML', 'MARKDOWN');

-- CreateEnum
CREATE TYPE "MessageCategory" AS ENUM ('GENERAL', 'ASSIGNMENT', 'REMINDER', 'ALERT', 'ANNOUNCEMENT', 'FEEDBACK');

-- CreateEnum
CREATE TYPE "MessagePriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "MessageStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'SENT', 'DELIVERED', 'FAILED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "NotificationType" AS ENUM ('ASSIGNMENT_CREATED', 'ASSIGNMENT_DUE', 'ASSIGNMENT_OVERDUE', 'STUDENT_AT_RISK', 'PROGRESS_MILESTONE', 'SYSTEM_ALERT', 'MESSAGE_RECEIVED', 'REPORT_READY');

-- CreateEnum
CREATE TYPE "NotificationPriority" AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

-- CreateEnum
CREATE TYPE "LogLevel" AS ENUM ('DEBUG', 'INFO', 'WARN', 'ERROR', 'FATAL');
