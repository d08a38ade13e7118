-- Which students a transaction of `aggregate` works on, so that the per-student steps can run as several transactions side by side, one per CPU of the server.
--
-- A nightly run is CPU-bound and one PostgreSQL backend uses one core: the refresh of the 100 000
-- student_progress rows is one INSERT ... SELECT ... ON CONFLICT, which PostgreSQL 15 never runs
-- with parallel workers, and most of its inputs are temporary tables, which workers cannot read.
-- `aggregate --jobs N` therefore splits the per-student steps by student: transaction k of N
-- (k = 0 .. N-1) binds k and N to its statements, and every statement of those steps keeps only
-- the students for which dashboard_aggregate_partition_has(student, k, N) is true. N = 1 keeps
-- every student.
-- hashtext() of the id: the same student always falls in the same partition within a run, and
-- partitions come out even (ids are random cuids). Only ever compared within one run, so a
-- different hash in a future PostgreSQL would change nothing stored.
-- IMMUTABLE SQL, so that it is inlined and, with the partition bound as a constant, costs one hash
-- per row (reading the partition from session settings instead cost 0.2 s per million rows).
CREATE FUNCTION public.dashboard_aggregate_partition_has(p_student_id text, p_partition integer, p_partitions integer)
RETURNS boolean
LANGUAGE sql
IMMUTABLE
PARALLEL SAFE
AS $$
    SELECT p_partitions <= 1 OR (hashtext(p_student_id) & 2147483647) % p_partitions = p_partition
$$;

REVOKE ALL ON FUNCTION public.dashboard_aggregate_partition_has(text, integer, integer) FROM PUBLIC;
