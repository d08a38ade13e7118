-- Cached relation departments: the departments the person may see (row-level security). Small:
-- always read whole.
-- No bound values.
SELECT d.id,
       d.name,
       d.code,
       d.parent_id
  FROM departments d
 ORDER BY d.id
