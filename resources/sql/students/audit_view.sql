-- Records in the audit trail that the signed-in person opened a student (action view_student).
-- The function refuses (SQLSTATE 42501) a student the person may not see, so this also decides
-- whether the detail may be read at all.
--
-- Bound values: 1. the student id.
SELECT public.dashboard_audit_view('student', ?)
