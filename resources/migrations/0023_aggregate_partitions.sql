-- Which students a transaction of `aggregate` works on, so that the per-student steps can run as several transactions side by side, one per CPU of the server.
--
-- A nightly run is CPU-bound and one PostgreSQL backend uses one core: the refresh of the 100 000
-- student_progress rows is one INSERT ... SELECT ... ON CONFLICT, which PostgreSQL 15 never runs
-- with parallel workers, and most of its inputs are temporary tables, which workers cannot read.
-- `aggregate --jobs N` therefore splits the per-student steps by student: transaction k of N sets
--   SET LOCAL dashboard.aggregate_partitions = 'N'; SET LOCAL dashboard.aggregate_partition = 'k';
-- and every statement of those steps keeps only the students for which this function is true. A
-- session without the settings (or with N = 1) sees every student, as before.
-- hashtext() of the id: the same student always falls in the same partition within a run, and
-- partitions come out even (ids are random cuids). Only ever compared within one run, so a
-- different hash in a future PostgreSQL would change nothing stored.
CREATE FUNCTION public.dashboard_aggregate_partition_has(p_student_id text)
RETURNS boolean
LANGUAGE sql
STABLE
PARALLEL SAFE
AS $$
    SELECT coalesce(nullif(current_setting('dashboard.aggregate_partitions', true), ''), '1')::integer <= 1
        OR (hashtext(p_student_id) & 2147483647)
               % current_setting('dashboard.aggregate_partitions', true)::integer
           = coalesce(nullif(current_setting('dashboard.aggregate_partition', true), ''), '0')::integer
$$;

REVOKE ALL ON FUNCTION public.dashboard_aggregate_partition_has(text) FROM PUBLIC;
