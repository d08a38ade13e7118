-- Cached relation users: the visible students and the signed-in person. Small: always read whole.
-- Booleans as 0/1 (the cache's encoding).
-- No bound values.
SELECT u.id,
       u.email,
       u.name,
       CAST(u.role AS text) AS role,
       u.department_id,
       CAST(u.is_active AS integer) AS is_active
  FROM dashboard_users u
 WHERE u.role = 'USER'
    OR u.id = (SELECT public.dashboard_current_user_id())
 ORDER BY u.id
