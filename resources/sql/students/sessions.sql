-- The 50 most recent quiz and voice sessions of one student, newest first.
-- A voice session has one time (created_at): it is both its start and its end. The duration of a
-- quiz is from start to completion (0 for an abandoned one); a voice session records its own.
--
-- Bound values: 1. the student id (quiz sessions); 2. the student id (voice sessions).
SELECT x.kind, x.id, x.started_at, x.completed_at, x.module_id, x.category, x.difficulty,
       x.score, x.questions_answered, x.correct_answers, x.duration_seconds
  FROM (SELECT 'quiz' AS kind,
               q.id,
               q.started_at,
               q.completed_at,
               q.module_id,
               CAST(q.category AS text) AS category,
               CAST(q.difficulty AS text) AS difficulty,
               q.score,
               q.questions_answered,
               q.correct_answers,
               CASE WHEN q.completed_at IS NULL THEN 0
                    ELSE CAST(round(extract(epoch FROM q.completed_at - q.started_at)) AS integer)
               END AS duration_seconds
          FROM dashboard_quiz_sessions q
         WHERE q.user_id = ?
        UNION ALL
        SELECT 'voice',
               v.id,
               v.created_at,
               v.created_at,
               NULL,
               CAST(v.category AS text),
               NULL,
               v.score,
               0,
               0,
               v.duration
          FROM dashboard_voice_practice_sessions v
         WHERE v.user_id = ?) x
 ORDER BY x.started_at DESC, x.id DESC
 LIMIT 50
