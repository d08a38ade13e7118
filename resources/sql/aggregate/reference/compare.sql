-- `aggregate --verify`: every value of student_progress that differs from the full recomputation, made just before in the same transaction (aggregate_reference_progress).
--
-- Values are compared as text (their exact stored form); a student without a student_progress row
-- differs in every column. One row per student and column, in column order.
SELECT r.student_id, c.name, c.stored, c.reference
  FROM aggregate_reference_progress r
  LEFT JOIN student_progress sp ON sp.student_id = r.student_id
 CROSS JOIN LATERAL (VALUES
        (1, 'overall_score', sp.overall_score::text, r.overall_score::text),
        (2, 'completion_rate', sp.completion_rate::text, r.completion_rate::text),
        (3, 'current_streak', sp.current_streak::text, r.current_streak::text),
        (4, 'longest_streak', sp.longest_streak::text, r.longest_streak::text),
        (5, 'quiz_accuracy', sp.quiz_accuracy::text, r.quiz_accuracy::text),
        (6, 'voice_accuracy', sp.voice_accuracy::text, r.voice_accuracy::text),
        (7, 'codes_progress', sp.codes_progress::text, r.codes_progress::text),
        (8, 'phonetic_progress', sp.phonetic_progress::text, r.phonetic_progress::text),
        (9, 'protocol_progress', sp.protocol_progress::text, r.protocol_progress::text),
        (10, 'total_time_spent', sp.total_time_spent::text, r.total_time_spent::text),
        (11, 'average_session_time', sp.average_session_time::text, r.average_session_time::text),
        (12, 'last_active_at', to_char(sp.last_active_at, 'YYYY-MM-DD HH24:MI:SS.MS'), to_char(r.last_active_at, 'YYYY-MM-DD HH24:MI:SS.MS')),
        (13, 'improvement_rate', sp.improvement_rate::text, r.improvement_rate::text),
        (14, 'consistency_score', sp.consistency_score::text, r.consistency_score::text),
        (15, 'difficulty_level', sp.difficulty_level::text, r.difficulty_level::text),
        (16, 'risk_score', sp.risk_score::text, r.risk_score::text),
        (17, 'risk_factors', sp.risk_factors::text, r.risk_factors::text),
        (18, 'last_risk_evaluation', to_char(sp.last_risk_evaluation, 'YYYY-MM-DD HH24:MI:SS.MS'),
             to_char(r.last_risk_evaluation, 'YYYY-MM-DD HH24:MI:SS.MS')),
        (19, 'goal_achieved', sp.goal_achieved::text, r.goal_achieved::text)
     ) AS c(position, name, stored, reference)
 WHERE c.stored IS DISTINCT FROM c.reference
 ORDER BY r.student_id, c.position
