-- Fixture for tst_aggregation_handchecked: a handful of students whose every aggregate is computed by hand in the
-- test, from the "Aggregation semantics" of the data-pipeline brief. As-of date T = 2026-03-10 (a Tuesday).
-- 2026 is not a leap year: T-9 = 03-01, T-10 = 02-28.
--
--   day   date        day   date        day   date
--   T+1   2026-03-11  T-5   2026-03-05  T-12  2026-02-26
--   T     2026-03-10  T-6   2026-03-04  T-13  2026-02-25
--   T-1   2026-03-09  T-7   2026-03-03  T-16  2026-02-22
--   T-2   2026-03-08  T-8   2026-03-02  T-20  2026-02-18
--   T-3   2026-03-07  T-9   2026-03-01  T-27  2026-02-11  (consistency window T-27..T)
--   T-4   2026-03-06  T-10  2026-02-28  T-29  2026-02-09  (difficulty window T-29..T)
--                                       T-30  2026-02-08  (improvement_rate compares with the end of T-30)
--                                       T-31  2026-02-07
--
-- Departments: dep_p (Metro Police Department, parent) and dep_c (its Patrol Division, child).
-- Instructors: Ana (profile in dep_c), Ben (profile in dep_p); supervisor Sue (profile in dep_p, supervises both).
-- Students (role USER):
--   Alex (Ana, dep_c)  regular improver: sessions T-31, T-12, then every day T-6..T (crosses a 7-day streak at T:
--                      stored current_streak 6); T-3 is a voice-only day with a peak-hour tie (07 vs 19); an abandoned
--                      session and answers arrays on T; a difficulty tie EASY 3 / MEDIUM 3 in T-29..T; passes codes-1,
--                      codes-2, protocol-1; a session on T+1 (03-11) on protocol-2 that an as-of-T run must ignore;
--                      target 70 far away (goal already achieved before: no goal notification); low consistency only.
--   Bea  (Ana, dep_c)  drifting away: last activity T-16 (inactive 16 days), three submissions that become OVERDUE
--                      (10 each, capped at 25), low score; stored risk 70 already >= 50, so no at-risk notification.
--   Cal  (Ben, dep_p)  accuracy drop (95 % in T-13..T-7, 60 % in T-6..T), behind target (85 by T+10, overall 75),
--                      a session started at 23:57 on T-1 and completed at 00:02 on T; stored risk 30, becomes at risk.
--   Dan  (Ben, dep_p)  stuck on protocol-1 (3 completed attempts in T-13..T all < 80, a 4th before the window, two
--                      abandoned ones), only an abandoned session on T (a bounce); stored risk 60, falls to 40.
--   Eve  (no instructor, no department, no student_progress row) registered on T, never active; a stale snapshot
--                      on T-1 (no sessions) that the run must delete.
--   Fay  (Ana, dep_c)  22 voice sessions on T-20 (voice-only day; the 20-session window drops the two oldest, which
--                      scored 0), one quiz on T-7 (inactive exactly 7 days), target 85 reached (goal notification).
-- Ana herself takes one quiz on T: not a student, so no snapshot, no progress row, not in any population.
-- Assignments: Ana's as_a1 (due T-2), as_a2 (due T-5), as_a3 (due T 12:00, before the end of T); Ben's as_b1, created
-- on T, due exactly T+1 00:00 (not before the end of T: not overdue).

INSERT INTO departments (id, name, code, parent_id) VALUES
  ('dep_p', 'Metro Police Department', 'MPD', NULL),
  ('dep_c', 'MPD Patrol Division', 'MPD-PAT', 'dep_p');

INSERT INTO users (id, email, name, role, department_id, created_at, last_login_at, updated_at) VALUES
  ('usr_ana', 'ana@agg.example.org', 'Ana Instructor', 'INSTRUCTOR', 'dep_c', TIMESTAMP '2025-12-01 09:00', TIMESTAMP '2026-03-10 07:00', now()),
  ('usr_ben', 'ben@agg.example.org', 'Ben Instructor', 'INSTRUCTOR', 'dep_p', TIMESTAMP '2025-12-01 09:00', TIMESTAMP '2026-03-09 08:00', now()),
  ('usr_sue', 'sue@agg.example.org', 'Sue Supervisor', 'SUPERVISOR', 'dep_p', TIMESTAMP '2025-12-01 09:00', NULL, now()),
  ('stu_alex', 'alex@agg.example.org', 'Alex Improver', 'USER', 'dep_c', TIMESTAMP '2026-01-05 10:00', TIMESTAMP '2026-03-10 09:05', now()),
  ('stu_bea', 'bea@agg.example.org', 'Bea Drifter', 'USER', 'dep_c', TIMESTAMP '2026-01-06 10:00', TIMESTAMP '2026-02-22 11:25', now()),
  ('stu_cal', 'cal@agg.example.org', 'Cal Slipping', 'USER', 'dep_p', TIMESTAMP '2026-01-07 10:00', TIMESTAMP '2026-03-10 09:55', now()),
  ('stu_dan', 'dan@agg.example.org', 'Dan Stuck', 'USER', 'dep_p', TIMESTAMP '2026-01-08 10:00', TIMESTAMP '2026-03-07 15:55', now()),
  ('stu_eve', 'eve@agg.example.org', 'Eve Newcomer', 'USER', NULL, TIMESTAMP '2026-03-10 08:00', TIMESTAMP '2026-03-10 08:05', now()),
  ('stu_fay', 'fay@agg.example.org', 'Fay Talker', 'USER', 'dep_c', TIMESTAMP '2026-01-09 10:00', TIMESTAMP '2026-03-03 09:58', now());

INSERT INTO instructor_profiles (id, user_id, department_id, supervisor_id, dashboard_settings, notification_settings) VALUES
  ('ip_sue', 'usr_sue', 'dep_p', NULL, '{}', '{}'),
  ('ip_ana', 'usr_ana', 'dep_c', 'ip_sue', '{}', '{}'),
  ('ip_ben', 'usr_ben', 'dep_p', 'ip_sue', '{}', '{}');

-- Stored values before the run (what the previous refresh left): they decide the notifications.
INSERT INTO student_progress (id, student_id, instructor_id, overall_score, current_streak, longest_streak, risk_score,
                              risk_factors, target_score, target_date, goal_achieved) VALUES
  ('sp_alex', 'stu_alex', 'usr_ana', 76, 6, 6, 10, '{low_score:0:+10}', 70, TIMESTAMP '2026-04-20 00:00', true),
  ('sp_bea', 'stu_bea', 'usr_ana', 45, 0, 1, 70, '{inactive_days:15:+30}', NULL, NULL, false),
  ('sp_cal', 'stu_cal', 'usr_ben', 80, 1, 2, 30, '{}', 85, TIMESTAMP '2026-03-20 00:00', false),
  ('sp_dan', 'stu_dan', 'usr_ben', 55, 0, 1, 60, '{}', NULL, NULL, false),
  ('sp_fay', 'stu_fay', 'usr_ana', 80, 0, 1, 0, NULL, 85, TIMESTAMP '2026-03-15 00:00', false);

-- Left over from an earlier run: Alex's T-1 row with wrong values (its id must be kept, its values corrected), and
-- a row for Eve, who has no session on T-1 (must be deleted).
INSERT INTO progress_snapshots (id, student_id, snapshot_date, sessions_completed, session_count, overall_score) VALUES
  ('ps_alex_prev', 'stu_alex', DATE '2026-03-09', 9, 9, 1),
  ('ps_eve_stale', 'stu_eve', DATE '2026-03-09', 1, 1, 50);

INSERT INTO quiz_sessions (id, user_id, module_id, category, difficulty, score, questions_answered, correct_answers, answers, started_at, completed_at) VALUES
  -- Alex
  ('aq1', 'stu_alex', 'codes-1', 'CODES', 'EASY', 50, 10, 5, NULL, TIMESTAMP '2026-02-07 09:00', TIMESTAMP '2026-02-07 09:05'),
  ('aq2', 'stu_alex', 'codes-1', 'CODES', 'EASY', 70, 10, 7, NULL, TIMESTAMP '2026-02-26 18:00', TIMESTAMP '2026-02-26 18:10'),
  ('aq3', 'stu_alex', 'codes-1', 'CODES', 'EASY', 80, 10, 8, NULL, TIMESTAMP '2026-03-04 08:00', TIMESTAMP '2026-03-04 08:05'),
  ('aq4', 'stu_alex', 'codes-2', 'CODES', 'MEDIUM', 90, 10, 9, NULL, TIMESTAMP '2026-03-05 08:00', TIMESTAMP '2026-03-05 08:06'),
  ('aq5', 'stu_alex', 'codes-2', 'CODES', 'MEDIUM', 60, 10, 6, NULL, TIMESTAMP '2026-03-06 08:00', TIMESTAMP '2026-03-06 08:04'),
  ('aq6', 'stu_alex', 'codes-2', 'CODES', 'MEDIUM', 100, 10, 10, NULL, TIMESTAMP '2026-03-08 08:00', TIMESTAMP '2026-03-08 08:05'),
  ('aq7', 'stu_alex', 'protocol-1', 'PROTOCOL', 'HARD', 90, 10, 9, NULL, TIMESTAMP '2026-03-09 20:00', TIMESTAMP '2026-03-09 20:07'),
  ('aq8', 'stu_alex', 'codes-1', 'CODES', 'EASY', 80, 5, 4,
   '[{"q": "10-4", "correct": true, "ms": 2100}, {"q": "10-8", "correct": true, "ms": 1900},
     {"q": "10-9", "correct": true, "ms": 3100}, {"q": "10-10", "correct": false, "ms": 4200},
     {"q": "10-20", "correct": true, "ms": 2500}]',
   TIMESTAMP '2026-03-10 09:10', TIMESTAMP '2026-03-10 09:15'),
  ('aq9', 'stu_alex', 'codes-1', 'CODES', 'EASY', NULL, 2, 1,
   '[{"q": "10-9", "correct": false, "ms": 5200}, {"q": "10-10", "correct": true, "ms": 2800}]',
   TIMESTAMP '2026-03-10 09:40', NULL),
  ('aq10', 'stu_alex', 'protocol-2', 'PROTOCOL', 'EASY', 100, 10, 10, NULL, TIMESTAMP '2026-03-11 10:00', TIMESTAMP '2026-03-11 10:05'),
  -- Bea
  ('bq1', 'stu_bea', 'codes-1', 'CODES', 'EASY', 50, 10, 5, NULL, TIMESTAMP '2026-02-18 11:00', TIMESTAMP '2026-02-18 11:05'),
  -- Cal
  ('cq1', 'stu_cal', 'phonetic-1', 'PHONETIC', 'MEDIUM', 90, 10, 9, NULL, TIMESTAMP '2026-02-28 17:00', TIMESTAMP '2026-02-28 17:08'),
  ('cq2', 'stu_cal', 'phonetic-1', 'PHONETIC', 'MEDIUM', 100, 10, 10, NULL, TIMESTAMP '2026-03-02 17:00', TIMESTAMP '2026-03-02 17:06'),
  ('cq3', 'stu_cal', 'phonetic-1', 'PHONETIC', 'MEDIUM', 70, 10, 7, NULL, TIMESTAMP '2026-03-09 23:57', TIMESTAMP '2026-03-10 00:02'),
  ('cq4', 'stu_cal', 'codes-1', 'CODES', 'EASY', 40, 5, 2,
   '[{"q": "10-4", "correct": true, "ms": 2600}, {"q": "10-9", "correct": false, "ms": 4100},
     {"q": "10-10", "correct": false, "ms": 3900}, {"q": "10-20", "correct": true, "ms": 2200},
     {"q": "10-9", "correct": false, "ms": 3600}]',
   TIMESTAMP '2026-03-10 10:00', TIMESTAMP '2026-03-10 10:04'),
  -- Dan
  ('dq0', 'stu_dan', 'protocol-1', 'PROTOCOL', 'EASY', 40, 10, 4, NULL, TIMESTAMP '2026-02-18 16:00', TIMESTAMP '2026-02-18 16:10'),
  ('dq1', 'stu_dan', 'protocol-1', 'PROTOCOL', 'EASY', 50, 10, 5, NULL, TIMESTAMP '2026-02-26 16:00', TIMESTAMP '2026-02-26 16:10'),
  ('dq2', 'stu_dan', 'protocol-1', 'PROTOCOL', 'EASY', 60, 10, 6, NULL, TIMESTAMP '2026-03-01 16:00', TIMESTAMP '2026-03-01 16:10'),
  ('dq3', 'stu_dan', 'protocol-1', 'PROTOCOL', 'EASY', 70, 10, 7, NULL, TIMESTAMP '2026-03-07 16:00', TIMESTAMP '2026-03-07 16:10'),
  ('dq4', 'stu_dan', 'protocol-1', 'PROTOCOL', 'EASY', NULL, 3, 1, NULL, TIMESTAMP '2026-03-07 16:30', NULL),
  ('dq5', 'stu_dan', 'protocol-1', 'PROTOCOL', 'EASY', NULL, 2, 0, NULL, TIMESTAMP '2026-03-10 07:00', NULL),
  -- Fay
  ('fq1', 'stu_fay', 'phonetic-1', 'PHONETIC', 'HARD', 100, 10, 10, NULL, TIMESTAMP '2026-03-03 10:00', TIMESTAMP '2026-03-03 10:05'),
  -- Ana, an instructor trying the app: not a student
  ('iq_ana', 'usr_ana', 'codes-2', 'CODES', 'EASY', 100, 10, 10, NULL, TIMESTAMP '2026-03-10 12:00', TIMESTAMP '2026-03-10 12:05');

INSERT INTO voice_practice_sessions (id, user_id, category, phrase, score, accuracy, duration, created_at) VALUES
  -- Alex: T-3 is voice only; one more on T
  ('av1', 'stu_alex', 'PHONETIC', 'Alpha Bravo Charlie', 80, 0.8, 120, TIMESTAMP '2026-03-07 07:30'),
  ('av2', 'stu_alex', 'PROTOCOL', 'Unit 12, over', 66, 0.66, 180, TIMESTAMP '2026-03-07 19:15'),
  ('av3', 'stu_alex', 'CODES', '10-4, en route', 90, 0.9, 240, TIMESTAMP '2026-03-10 21:00'),
  -- Bea
  ('bv1', 'stu_bea', 'PHONETIC', 'Delta Echo', 40, 0.4, 120, TIMESTAMP '2026-02-22 11:30'),
  -- Fay: 22 one-minute sessions on T-20, 06:00 to 06:42; the two oldest scored 0 (accuracy 0), the others 90 (0.9)
  ('fv01', 'stu_fay', 'PHONETIC', 'Alpha', 0, 0.0, 60, TIMESTAMP '2026-02-18 06:00'),
  ('fv02', 'stu_fay', 'PHONETIC', 'Bravo', 0, 0.0, 60, TIMESTAMP '2026-02-18 06:02'),
  ('fv03', 'stu_fay', 'PHONETIC', 'Charlie', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:04'),
  ('fv04', 'stu_fay', 'PHONETIC', 'Delta', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:06'),
  ('fv05', 'stu_fay', 'PHONETIC', 'Echo', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:08'),
  ('fv06', 'stu_fay', 'PHONETIC', 'Foxtrot', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:10'),
  ('fv07', 'stu_fay', 'PHONETIC', 'Golf', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:12'),
  ('fv08', 'stu_fay', 'PHONETIC', 'Hotel', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:14'),
  ('fv09', 'stu_fay', 'PHONETIC', 'India', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:16'),
  ('fv10', 'stu_fay', 'PHONETIC', 'Juliett', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:18'),
  ('fv11', 'stu_fay', 'PHONETIC', 'Kilo', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:20'),
  ('fv12', 'stu_fay', 'PHONETIC', 'Lima', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:22'),
  ('fv13', 'stu_fay', 'PHONETIC', 'Mike', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:24'),
  ('fv14', 'stu_fay', 'PHONETIC', 'November', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:26'),
  ('fv15', 'stu_fay', 'PHONETIC', 'Oscar', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:28'),
  ('fv16', 'stu_fay', 'PHONETIC', 'Papa', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:30'),
  ('fv17', 'stu_fay', 'PHONETIC', 'Quebec', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:32'),
  ('fv18', 'stu_fay', 'PHONETIC', 'Romeo', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:34'),
  ('fv19', 'stu_fay', 'PHONETIC', 'Sierra', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:36'),
  ('fv20', 'stu_fay', 'PHONETIC', 'Tango', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:38'),
  ('fv21', 'stu_fay', 'PHONETIC', 'Uniform', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:40'),
  ('fv22', 'stu_fay', 'PHONETIC', 'Victor', 90, 0.9, 60, TIMESTAMP '2026-02-18 06:42');

INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date, created_at) VALUES
  ('as_a1', 'usr_ana', 'Ten-codes week 1', 'Practise 10-1 to 10-20', 80, TIMESTAMP '2026-03-08 23:00', TIMESTAMP '2026-02-28 09:00'),
  ('as_a2', 'usr_ana', 'Phonetic alphabet', 'Alpha to Zulu', 80, TIMESTAMP '2026-03-05 23:59', TIMESTAMP '2026-02-26 09:00'),
  ('as_a3', 'usr_ana', 'Radio protocol', 'Traffic stop calls', 75, TIMESTAMP '2026-03-10 12:00', TIMESTAMP '2026-03-09 09:00'),
  ('as_b1', 'usr_ben', 'Phonetic review', 'Spell plates aloud', 85, TIMESTAMP '2026-03-11 00:00', TIMESTAMP '2026-03-10 07:00');

INSERT INTO assignment_submissions (id, assignment_id, student_id, status, score, started_at, submitted_at, completed_at) VALUES
  ('sub_a1_alex', 'as_a1', 'stu_alex', 'SUBMITTED', 85, TIMESTAMP '2026-03-07 11:00', TIMESTAMP '2026-03-07 12:00', TIMESTAMP '2026-03-07 12:00'),
  ('sub_a1_bea', 'as_a1', 'stu_bea', 'NOT_STARTED', NULL, NULL, NULL, NULL),
  ('sub_a2_bea', 'as_a2', 'stu_bea', 'IN_PROGRESS', NULL, TIMESTAMP '2026-02-27 10:00', NULL, NULL),
  ('sub_a3_bea', 'as_a3', 'stu_bea', 'NOT_STARTED', NULL, NULL, NULL, NULL),
  ('sub_b1_cal', 'as_b1', 'stu_cal', 'IN_PROGRESS', NULL, TIMESTAMP '2026-03-10 10:30', NULL, NULL),
  ('sub_b1_dan', 'as_b1', 'stu_dan', 'COMPLETED', 90, TIMESTAMP '2026-03-10 17:00', TIMESTAMP '2026-03-10 18:00', TIMESTAMP '2026-03-10 18:00');

-- A notification from before, without an event key: the run must leave it alone.
INSERT INTO notifications (id, user_id, title, message, type, created_at) VALUES
  ('ntf_old', 'usr_ben', 'Assignment due', 'Phonetic review is due tomorrow', 'ASSIGNMENT_DUE', TIMESTAMP '2026-03-10 07:00');
