-- Whether the signed-in person is a plain instructor (access role instructor, no department scope), whose Students list is students_own.sql.
--
-- The same test as the branches of dashboard_my_student_progress (0026). A person whose scope has
-- changed since would at worst see only their own students until the next list: row-level
-- security decides what any of the list queries returns.
-- No bound values.
SELECT coalesce(dashboard_current_access_role() = 'instructor' AND NOT dashboard_has_department_scope(), false)
