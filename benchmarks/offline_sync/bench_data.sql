-- Data for benchmarks/offline_sync: one instructor with 1000 students and a snapshot on every one
-- of 365 days for each (365,000 snapshots: the goal's worst case), their progress rows, an
-- assignment with a submission per student, and 50 notifications. Run as the owner on a
-- migrated database (migrate --with-student-app-baseline); the login is made afterwards with
-- `instructor-dashboard-admin access grant --user bench.instructor@example.org --role instructor`.
BEGIN;
INSERT INTO departments (id, name, code) VALUES ('bench_dep', 'Benchmark Department', 'BEN');
INSERT INTO users (id, email, name, role, department_id, updated_at)
VALUES ('bench_instructor', 'bench.instructor@example.org', 'Bench Instructor', 'INSTRUCTOR', 'bench_dep', now());
INSERT INTO instructor_profiles (id, user_id, department_id, dashboard_settings, notification_settings)
VALUES ('bench_profile', 'bench_instructor', 'bench_dep', '{}', '{}');
INSERT INTO users (id, email, name, role, department_id, updated_at)
SELECT 'bench_s' || lpad(g::text, 4, '0'), 'student' || g || '@bench.example.org', 'Student ' || g, 'USER', 'bench_dep', now()
  FROM generate_series(1, 1000) g;
INSERT INTO student_progress (id, student_id, instructor_id, overall_score, completion_rate, current_streak, longest_streak,
                              quiz_accuracy, risk_score, risk_factors, last_active_at)
SELECT 'bench_sp' || lpad(g::text, 4, '0'), 'bench_s' || lpad(g::text, 4, '0'), 'bench_instructor', 40 + g % 60, 50 + g % 50,
       g % 9, g % 30, 55 + g % 45, (g * 7) % 100, ARRAY['inactive_days:' || g % 20 || ':+30'], now() - (g % 20) * interval '1 day'
  FROM generate_series(1, 1000) g;
INSERT INTO progress_snapshots (id, student_id, snapshot_date, sessions_completed, total_time_spent, questions_answered,
                                correct_answers, daily_accuracy, overall_score, improvement_delta, peak_activity_hour,
                                session_count, avg_session_length)
SELECT 'bench_ps' || lpad(g::text, 4, '0') || '_' || lpad(d::text, 3, '0'), 'bench_s' || lpad(g::text, 4, '0'),
       current_date - 365 + d, 1 + (g + d) % 3, 10 + (g * d) % 50, 10 + d % 20, 5 + d % 15, 50 + (g + d) % 50,
       40 + (g + d) % 60, ((g + d) % 7) - 3, 8 + (g + d) % 12, 1 + (g + d) % 3, 5 + (g * d) % 20
  FROM generate_series(1, 1000) g, generate_series(0, 364) d;
INSERT INTO assignments (id, instructor_id, title, description, target_score, due_date)
VALUES ('bench_as', 'bench_instructor', 'Ten-codes week 1', 'Practice 10-1 to 10-20', 80, now() + interval '7 days');
INSERT INTO assignment_submissions (id, assignment_id, student_id, status, score, updated_at)
SELECT 'bench_sub' || lpad(g::text, 4, '0'), 'bench_as', 'bench_s' || lpad(g::text, 4, '0'),
       (ARRAY['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED', 'OVERDUE'])[1 + g % 4]::"SubmissionStatus", g % 100, now()
  FROM generate_series(1, 1000) g;
INSERT INTO notifications (id, user_id, title, message, type)
SELECT 'bench_nt' || n, 'bench_instructor', 'Student at risk', 'Student ' || n || ' crossed the threshold', 'STUDENT_AT_RISK'
  FROM generate_series(1, 50) n;
COMMIT;
VACUUM ANALYZE users, student_progress, progress_snapshots, assignments, assignment_submissions, notifications;
