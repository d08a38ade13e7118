-- The ten items (10-codes, phonetic words, prowords) one student gets wrong most, over all their
-- quiz sessions: most wrong answers first, then the highest error rate, then by item.
-- answers is a JSON array of objects {"q": item, "correct": true or false, "ms": n}; sessions
-- without answers, entries that are not objects and entries without an item count for nothing.
--
-- Bound values: 1. the student id.
SELECT e.item,
       count(*) AS attempts,
       count(*) FILTER (WHERE NOT e.correct) AS wrong
  FROM dashboard_quiz_sessions q
 CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(q.answers) = 'array' THEN q.answers
                                              ELSE CAST('[]' AS jsonb) END) AS a(answer)
 CROSS JOIN LATERAL (SELECT a.answer ->> 'q' AS item,
                            coalesce(a.answer -> 'correct' = CAST('true' AS jsonb), false) AS correct) e
 WHERE q.user_id = ?
   AND jsonb_typeof(a.answer) = 'object'
   AND e.item IS NOT NULL
   AND e.item <> ''
 GROUP BY e.item
HAVING count(*) FILTER (WHERE NOT e.correct) > 0
 ORDER BY wrong DESC, CAST(count(*) FILTER (WHERE NOT e.correct) AS double precision) / count(*) DESC, e.item
 LIMIT 10
