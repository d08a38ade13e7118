-- The columns student_progress gained on the server (0027): the Students list's names and
-- assignment counts. The local copy keeps every synced column the server has; its own Students
-- list still joins its users and counts its submissions, which include changes not yet sent.
ALTER TABLE student_progress ADD COLUMN student_name TEXT;
ALTER TABLE student_progress ADD COLUMN student_email TEXT;
ALTER TABLE student_progress ADD COLUMN department_name TEXT;
ALTER TABLE student_progress ADD COLUMN instructor_name TEXT;
ALTER TABLE student_progress ADD COLUMN open_assignments INTEGER;
ALTER TABLE student_progress ADD COLUMN overdue_assignments INTEGER;
