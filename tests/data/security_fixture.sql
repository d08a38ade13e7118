-- Fixture for the row-level security tests. Departments: P (parent), C (child of P), O (other, a sibling tree).
-- Instructors: A, B (C), V (C, can_view_all), Q (P), X (O). Supervisors: S of P (sees P and C), T of C (sees C).
-- Administrator: M. Students: a1, a2 (of A), b1 (of B), v1 (of V), q1 (of Q), x1 (of X). All ids are fixed text so
-- the tests can name them; e-mails carry a per-database suffix (:suffix) because login roles are cluster-wide.
INSERT INTO departments (id, name, code, parent_id) VALUES
  ('dep_p', 'Metro Police Department', 'MPD', NULL),
  ('dep_c', 'MPD Patrol Division', 'MPD-PAT', 'dep_p'),
  ('dep_o', 'State Highway Patrol', 'SHP', NULL);

INSERT INTO users (id, email, name, role, department_id, updated_at) VALUES
  ('usr_a', 'ana.:suffix@example.org', 'Ana Instructor', 'INSTRUCTOR', 'dep_c', now()),
  ('usr_b', 'ben.:suffix@example.org', 'Ben Instructor', 'INSTRUCTOR', 'dep_c', now()),
  ('usr_v', 'vera.:suffix@example.org', 'Vera View-All', 'INSTRUCTOR', 'dep_c', now()),
  ('usr_q', 'quinn.:suffix@example.org', 'Quinn Instructor', 'INSTRUCTOR', 'dep_p', now()),
  ('usr_x', 'xavier.:suffix@example.org', 'Xavier Other', 'INSTRUCTOR', 'dep_o', now()),
  ('usr_s', 'sara.:suffix@example.org', 'Sara Supervisor', 'SUPERVISOR', 'dep_p', now()),
  ('usr_t', 'tom.:suffix@example.org', 'Tom Supervisor', 'SUPERVISOR', 'dep_c', now()),
  ('usr_m', 'mia.:suffix@example.org', 'Mia Admin', 'ADMIN', NULL, now()),
  ('stu_a1', 'a1.:suffix@example.org', 'Student A1', 'USER', 'dep_c', now()),
  ('stu_a2', 'a2.:suffix@example.org', 'Student A2', 'USER', 'dep_c', now()),
  ('stu_b1', 'b1.:suffix@example.org', 'Student B1', 'USER', 'dep_c', now()),
  ('stu_v1', 'v1.:suffix@example.org', 'Student V1', 'USER', 'dep_c', now()),
  ('stu_q1', 'q1.:suffix@example.org', 'Student Q1', 'USER', 'dep_p', now()),
  ('stu_x1', 'x1.:suffix@example.org', 'Student X1', 'USER', 'dep_o', now());

INSERT INTO instructor_profiles (id, user_id, department_id, supervisor_id, can_view_all, dashboard_settings, notification_settings) VALUES
  ('ip_s', 'usr_s', 'dep_p', NULL, false, '{}', '{}'),
  ('ip_t', 'usr_t', 'dep_c', 'ip_s', false, '{}', '{}'),
  ('ip_a', 'usr_a', 'dep_c', 'ip_t', false, '{}', '{}'),
  ('ip_b', 'usr_b', 'dep_c', 'ip_t', false, '{}', '{}'),
  ('ip_v', 'usr_v', 'dep_c', 'ip_t', true, '{}', '{}'),
  ('ip_q', 'usr_q', 'dep_p', 'ip_s', false, '{}', '{}'),
  ('ip_x', 'usr_x', 'dep_o', NULL, false, '{}', '{}');

INSERT INTO student_progress (id, student_id, instructor_id, overall_score) VALUES
  ('sp_a1', 'stu_a1', 'usr_a', 71), ('sp_a2', 'stu_a2', 'usr_a', 55), ('sp_b1', 'stu_b1', 'usr_b', 80),
  ('sp_v1', 'stu_v1', 'usr_v', 64), ('sp_q1', 'stu_q1', 'usr_q', 90), ('sp_x1', 'stu_x1', 'usr_x', 42);

INSERT INTO progress_snapshots (id, student_id, snapshot_date, sessions_completed) VALUES
  ('ps_a1', 'stu_a1', DATE '2026-11-01', 2), ('ps_b1', 'stu_b1', DATE '2026-11-01', 1),
  ('ps_q1', 'stu_q1', DATE '2026-11-01', 3), ('ps_x1', 'stu_x1', DATE '2026-11-01', 1);

INSERT INTO quiz_sessions (id, user_id, module_id, category, score, questions_answered, correct_answers) VALUES
  ('qs_a1', 'stu_a1', 'codes-1', 'CODES', 80, 10, 8), ('qs_b1', 'stu_b1', 'codes-1', 'CODES', 60, 10, 6),
  ('qs_q1', 'stu_q1', 'phonetic-1', 'PHONETIC', 90, 10, 9), ('qs_x1', 'stu_x1', 'protocol-1', 'PROTOCOL', 40, 10, 4);
INSERT INTO voice_practice_sessions (id, user_id, score, accuracy, duration) VALUES
  ('vs_a1', 'stu_a1', 70, 0.7, 120), ('vs_x1', 'stu_x1', 50, 0.5, 90);

INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date) VALUES
  ('as_a', 'usr_a', 'Ten-codes week 1', 'Practice 10-1 to 10-20', 80, now() + interval '7 days'),
  ('as_b', 'usr_b', 'Phonetic alphabet', 'Alpha to Zulu', 85, now() + interval '7 days'),
  ('as_x', 'usr_x', 'Radio protocol', 'Traffic stops', 75, now() + interval '7 days');
INSERT INTO assignment_submissions (id, assignment_id, student_id, status, score) VALUES
  ('sub_a1', 'as_a', 'stu_a1', 'SUBMITTED', 70), ('sub_b1', 'as_b', 'stu_b1', 'SUBMITTED', 65),
  ('sub_x1', 'as_x', 'stu_x1', 'SUBMITTED', 50);

INSERT INTO messages (id, sender_id, subject, content, recipients, status) VALUES
  ('msg_a_to_a1', 'usr_a', 'Practice', 'Please practise 10-codes.', '[{"id": "stu_a1", "type": "user", "status": "sent"}]', 'SENT'),
  ('msg_b_to_a', 'usr_b', 'Coverage', 'Can you cover Friday?', '[{"id": "usr_a", "type": "user", "status": "read"}]', 'SENT'),
  ('msg_x_to_x1', 'usr_x', 'Protocol', 'Review the protocol module.', '[{"id": "stu_x1", "type": "user", "status": "sent"}]', 'SENT');

INSERT INTO notifications (id, user_id, title, message, type) VALUES
  ('ntf_a', 'usr_a', 'Student at risk', 'A2 has not practised for 14 days', 'STUDENT_AT_RISK'),
  ('ntf_b', 'usr_b', 'Assignment due', 'Phonetic alphabet is due', 'ASSIGNMENT_DUE'),
  ('ntf_x', 'usr_x', 'Assignment due', 'Radio protocol is due', 'ASSIGNMENT_DUE');

INSERT INTO analytics_daily (id, date, instructor_id, department_id, total_students) VALUES
  ('ad_a', DATE '2026-11-01', 'usr_a', NULL, 2), ('ad_b', DATE '2026-11-01', 'usr_b', NULL, 1),
  ('ad_v', DATE '2026-11-01', 'usr_v', NULL, 1), ('ad_q', DATE '2026-11-01', 'usr_q', NULL, 1),
  ('ad_x', DATE '2026-11-01', 'usr_x', NULL, 1),
  ('ad_dep_c', DATE '2026-11-01', NULL, 'dep_c', 4), ('ad_dep_p', DATE '2026-11-01', NULL, 'dep_p', 5),
  ('ad_dep_o', DATE '2026-11-01', NULL, 'dep_o', 1), ('ad_all', DATE '2026-11-01', NULL, NULL, 6);

INSERT INTO module_analytics (id, date, module_id, category, difficulty, question_stats) VALUES
  ('ma_1', DATE '2026-11-01', 'codes-1', 'CODES', 'EASY', '{}');
