-- Offline sync, server side: notes on students, a change cursor on every synced table, a record of deletions, and the retention of that record.
--
-- The desktop keeps a local copy of what the signed-in person may see and refreshes it
-- incrementally (docs/schema.md, "Offline sync"). A sync runs in one REPEATABLE READ READ ONLY
-- transaction that first takes pg_snapshot_xmin(pg_current_snapshot()) as its new cursor, then reads
-- every synced table WHERE sync_xid >= the previous cursor. sync_xid is the id of the transaction
-- that last wrote the row. Every transaction the sync's snapshot could not see has an id >= that
-- snapshot's xmin, so the next sync finds its rows: nothing is missed, whatever order transactions
-- commit in and however long they stay open; a row may come twice, which the client's upsert absorbs.
-- No clock is involved (neither the client's nor the server's).
-- Row-level security decides, as for every other read, which of those rows a person gets.

-- 1. Notes and flags an instructor keeps on a student. A note without text is a bare flag.
CREATE TYPE "NoteFlag" AS ENUM ('FOLLOW_UP', 'CONCERN', 'PRAISE');

-- id is the client's cuid: a note is written offline first and replayed later, and replaying the
-- same id twice must give the same row (INSERT ... ON CONFLICT (id)). created_at is the author's
-- clock (informational); updated_at is the server's, kept by the trigger of 0008 at every write.
-- A note is never deleted by its author: deleted_at marks it, so that the deletion reaches every
-- other copy as an ordinary change.
CREATE TABLE "student_notes" (
    "id" TEXT NOT NULL,
    "student_id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "flag" "NoteFlag",
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "deleted_at" TIMESTAMP(3),
    "sync_xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),

    CONSTRAINT "student_notes_pkey" PRIMARY KEY ("id"),
    -- the form of the client's cuids; it also keeps the id from carrying text of its own
    CONSTRAINT "student_notes_id_check" CHECK (id ~ '^c[a-z0-9]{24}$'),
    CONSTRAINT "student_notes_body_length_check" CHECK (length(body) <= 4000),
    CONSTRAINT "student_notes_body_or_flag_check" CHECK (length(body) > 0 OR flag IS NOT NULL)
);

-- The notes of one student, newest first (the Notes panel).
CREATE INDEX "student_notes_student_id_updated_at_idx" ON "student_notes"("student_id", "updated_at");

-- Deleting a user cascades to the notes they wrote: without this index, a scan of all notes.
CREATE INDEX "student_notes_author_id_idx" ON "student_notes"("author_id");

CREATE INDEX "student_notes_sync_xid_idx" ON "student_notes"("sync_xid");

ALTER TABLE "student_notes" ADD CONSTRAINT "student_notes_student_id_fkey" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "student_notes" ADD CONSTRAINT "student_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TRIGGER "student_notes_set_updated_at"
    BEFORE INSERT OR UPDATE ON "student_notes"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_updated_at();

-- 2. The change cursor on the seven existing synced tables.
--    pg_current_xact_id() is STABLE, not VOLATILE (pg_proc.provolatile = 's'), so ADD COLUMN ...
--    NOT NULL DEFAULT pg_current_xact_id() does not rewrite the table: PostgreSQL evaluates the
--    default once, stores it in the catalog as the value of every existing row (attmissingval) and
--    needs no scan for NOT NULL either. Measured on a progress_snapshots of 319,200 rows: 2 ms, same
--    relfilenode. Each table is locked ACCESS EXCLUSIVE for that moment only.
--    Existing rows thereby carry this migration's transaction id: a first sync (cursor 0) reads
--    them, a later one skips them until they change, which is exactly right.
--    The indexes on sync_xid are built CONCURRENTLY in 0019, since these tables can be large.
ALTER TABLE "student_progress" ADD COLUMN "sync_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE "progress_snapshots" ADD COLUMN "sync_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE "assignments" ADD COLUMN "sync_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE "assignment_submissions" ADD COLUMN "sync_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE "messages" ADD COLUMN "sync_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE "notifications" ADD COLUMN "sync_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE "analytics_daily" ADD COLUMN "sync_xid" xid8 NOT NULL DEFAULT pg_current_xact_id();

-- The default stamps inserts; an update is stamped by this trigger, whatever columns it sets
-- (foreign-key cascades such as ON DELETE SET NULL included, they are updates too).
-- pg_current_xact_id() is the top-level transaction's id also inside a subtransaction, which is
-- what a snapshot's xmin is compared with.
CREATE FUNCTION public.dashboard_set_sync_xid()
RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
    NEW.sync_xid := pg_catalog.pg_current_xact_id();
    RETURN NEW;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_set_sync_xid() FROM PUBLIC;

CREATE TRIGGER "student_progress_set_sync_xid" BEFORE UPDATE ON "student_progress"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_sync_xid();
CREATE TRIGGER "progress_snapshots_set_sync_xid" BEFORE UPDATE ON "progress_snapshots"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_sync_xid();
CREATE TRIGGER "assignments_set_sync_xid" BEFORE UPDATE ON "assignments"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_sync_xid();
CREATE TRIGGER "assignment_submissions_set_sync_xid" BEFORE UPDATE ON "assignment_submissions"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_sync_xid();
CREATE TRIGGER "messages_set_sync_xid" BEFORE UPDATE ON "messages"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_sync_xid();
CREATE TRIGGER "notifications_set_sync_xid" BEFORE UPDATE ON "notifications"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_sync_xid();
CREATE TRIGGER "analytics_daily_set_sync_xid" BEFORE UPDATE ON "analytics_daily"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_sync_xid();
CREATE TRIGGER "student_notes_set_sync_xid" BEFORE UPDATE ON "student_notes"
    FOR EACH ROW EXECUTE FUNCTION public.dashboard_set_sync_xid();

-- 3. Deletions. A deleted row leaves nothing to find by its sync_xid, so every delete on a synced
--    table writes a tombstone: which row of which table, and whom it concerns (the student, and
--    the person it belongs to or is addressed to), so that row-level security can show each
--    person the tombstones of rows they could see. A client deletes the rows named by the
--    tombstones with sync_xid >= its cursor.
--    No primary key: nothing ever looks up one tombstone (they are read by sync_xid, purged by
--    age), a row id can be deleted more than once (a re-created demo row) and a message leaves
--    one tombstone per person it concerned.
--    Not audited: each tombstone comes from a delete that the audit trail already records.
CREATE TABLE "dashboard_sync_tombstones" (
    "table_name" TEXT NOT NULL,
    "row_id" TEXT NOT NULL,
    "student_id" TEXT,
    "user_id" TEXT,
    "sync_xid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "deleted_at" TIMESTAMP(3) NOT NULL DEFAULT (now() AT TIME ZONE 'UTC')
);

CREATE INDEX "dashboard_sync_tombstones_sync_xid_idx" ON "dashboard_sync_tombstones"("sync_xid");

-- The purge deletes the oldest first, in batches (models/retention/purger.cpp).
CREATE INDEX "dashboard_sync_tombstones_deleted_at_idx" ON "dashboard_sync_tombstones"("deleted_at");

-- Up to where tombstones are complete. Purging tombstones (or truncating a synced table) loses
-- deletions; a client whose cursor is older than kept_from might have missed one and must read
-- the table whole instead (dashboard_sync_oldest_tombstone()). One row.
CREATE TABLE "dashboard_sync_horizon" (
    "id" BOOLEAN NOT NULL DEFAULT true,
    "kept_from" xid8 NOT NULL DEFAULT '0',
    "updated_at" TIMESTAMP(3),

    CONSTRAINT "dashboard_sync_horizon_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "dashboard_sync_horizon_id_check" CHECK (id)
);

INSERT INTO "dashboard_sync_horizon" ("id", "kept_from") VALUES (true, '0');

-- One statement trigger per table, with the deleted rows as a transition table: a purge batch of
-- 5000 snapshots is one INSERT ... SELECT, not 5000 trigger calls. SECURITY DEFINER, because the
-- deleting role (an instructor deleting an assignment, the retention job, the student app's
-- cascade from users) may not write tombstones itself.
-- The columns differ per table; PL/pgSQL plans each branch only for the table it runs on.
CREATE FUNCTION public.dashboard_sync_record_deletes()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    CASE TG_TABLE_NAME
    WHEN 'student_progress' THEN
        INSERT INTO public.dashboard_sync_tombstones (table_name, row_id, student_id, user_id)
        SELECT 'student_progress', o.id, o.student_id, o.instructor_id FROM old_rows o;
    WHEN 'progress_snapshots' THEN
        INSERT INTO public.dashboard_sync_tombstones (table_name, row_id, student_id, user_id)
        SELECT 'progress_snapshots', o.id, o.student_id, NULL FROM old_rows o;
    WHEN 'assignments' THEN
        INSERT INTO public.dashboard_sync_tombstones (table_name, row_id, student_id, user_id)
        SELECT 'assignments', o.id, NULL, o.instructor_id FROM old_rows o;
    WHEN 'assignment_submissions' THEN
        -- The assignment's instructor, unless the assignment itself is being deleted (then its
        -- own tombstone says so, and the student's visibility still reaches the instructor).
        INSERT INTO public.dashboard_sync_tombstones (table_name, row_id, student_id, user_id)
        SELECT 'assignment_submissions', o.id, o.student_id, a.instructor_id
          FROM old_rows o LEFT JOIN public.assignments a ON a.id = o.assignment_id;
    WHEN 'messages' THEN
        -- The sender and every recipient read a message (policy messages_select): one tombstone each.
        INSERT INTO public.dashboard_sync_tombstones (table_name, row_id, student_id, user_id)
        SELECT 'messages', o.id, NULL, o.sender_id FROM old_rows o
        UNION
        SELECT 'messages', o.id, NULL, r.value ->> 'id'
          FROM old_rows o
         CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(o.recipients) = 'array' THEN o.recipients
                                                      ELSE '[]'::jsonb END) AS r(value)
         WHERE r.value ->> 'id' IS NOT NULL;
    WHEN 'notifications' THEN
        INSERT INTO public.dashboard_sync_tombstones (table_name, row_id, student_id, user_id)
        SELECT 'notifications', o.id, NULL, o.user_id FROM old_rows o;
    WHEN 'analytics_daily' THEN
        INSERT INTO public.dashboard_sync_tombstones (table_name, row_id, student_id, user_id)
        SELECT 'analytics_daily', o.id, NULL, o.instructor_id FROM old_rows o;
    WHEN 'student_notes' THEN
        INSERT INTO public.dashboard_sync_tombstones (table_name, row_id, student_id, user_id)
        SELECT 'student_notes', o.id, o.student_id, o.author_id FROM old_rows o;
    ELSE
        RAISE EXCEPTION 'dashboard_sync_record_deletes: % is not a synced table', TG_TABLE_NAME;
    END CASE;
    RETURN NULL;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_sync_record_deletes() FROM PUBLIC;

-- TRUNCATE removes rows without a trace a client could follow: every client reads every table
-- whole on its next sync. The truncating transaction's id + 1 is the first cursor that cannot
-- predate it.
CREATE FUNCTION public.dashboard_sync_forget_deletions()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
DECLARE
    v_next xid8 := (pg_current_xact_id()::text::bigint + 1)::text::xid8;
BEGIN
    UPDATE public.dashboard_sync_horizon h
       SET kept_from = v_next, updated_at = now() AT TIME ZONE 'UTC'
     WHERE h.kept_from < v_next;
    RETURN NULL;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_sync_forget_deletions() FROM PUBLIC;

-- Purged tombstones: the newest purged sync_xid + 1 becomes kept_from. Purges go by deleted_at,
-- which is not strictly the order of sync_xid; taking the maximum is safe either way.
CREATE FUNCTION public.dashboard_sync_advance_horizon()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
BEGIN
    UPDATE public.dashboard_sync_horizon h
       SET kept_from = (m.newest::text::bigint + 1)::text::xid8, updated_at = now() AT TIME ZONE 'UTC'
      FROM (SELECT max(o.sync_xid) AS newest FROM old_rows o) m
     WHERE m.newest IS NOT NULL AND m.newest >= h.kept_from;
    RETURN NULL;
END;
$$;

REVOKE ALL ON FUNCTION public.dashboard_sync_advance_horizon() FROM PUBLIC;

CREATE TRIGGER "student_progress_sync_tombstones" AFTER DELETE ON "student_progress"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_record_deletes();
CREATE TRIGGER "progress_snapshots_sync_tombstones" AFTER DELETE ON "progress_snapshots"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_record_deletes();
CREATE TRIGGER "assignments_sync_tombstones" AFTER DELETE ON "assignments"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_record_deletes();
CREATE TRIGGER "assignment_submissions_sync_tombstones" AFTER DELETE ON "assignment_submissions"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_record_deletes();
CREATE TRIGGER "messages_sync_tombstones" AFTER DELETE ON "messages"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_record_deletes();
CREATE TRIGGER "notifications_sync_tombstones" AFTER DELETE ON "notifications"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_record_deletes();
CREATE TRIGGER "analytics_daily_sync_tombstones" AFTER DELETE ON "analytics_daily"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_record_deletes();
CREATE TRIGGER "student_notes_sync_tombstones" AFTER DELETE ON "student_notes"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_record_deletes();

CREATE TRIGGER "student_progress_sync_truncate" AFTER TRUNCATE ON "student_progress"
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_forget_deletions();
CREATE TRIGGER "progress_snapshots_sync_truncate" AFTER TRUNCATE ON "progress_snapshots"
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_forget_deletions();
CREATE TRIGGER "assignments_sync_truncate" AFTER TRUNCATE ON "assignments"
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_forget_deletions();
CREATE TRIGGER "assignment_submissions_sync_truncate" AFTER TRUNCATE ON "assignment_submissions"
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_forget_deletions();
CREATE TRIGGER "messages_sync_truncate" AFTER TRUNCATE ON "messages"
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_forget_deletions();
CREATE TRIGGER "notifications_sync_truncate" AFTER TRUNCATE ON "notifications"
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_forget_deletions();
CREATE TRIGGER "analytics_daily_sync_truncate" AFTER TRUNCATE ON "analytics_daily"
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_forget_deletions();
CREATE TRIGGER "student_notes_sync_truncate" AFTER TRUNCATE ON "student_notes"
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_forget_deletions();
CREATE TRIGGER "dashboard_sync_tombstones_sync_truncate" AFTER TRUNCATE ON "dashboard_sync_tombstones"
    FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_forget_deletions();

CREATE TRIGGER "dashboard_sync_tombstones_advance_horizon" AFTER DELETE ON "dashboard_sync_tombstones"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_sync_advance_horizon();

-- A client whose cursor is older than this may have missed a deletion: it reads the table whole.
-- '0' while no tombstone was ever purged.
CREATE FUNCTION public.dashboard_sync_oldest_tombstone()
RETURNS xid8
LANGUAGE sql
STABLE
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
AS $$
    SELECT coalesce((SELECT h.kept_from FROM public.dashboard_sync_horizon h), '0'::xid8);
$$;

REVOKE ALL ON FUNCTION public.dashboard_sync_oldest_tombstone() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.dashboard_sync_oldest_tombstone() TO dashboard_instructor, dashboard_supervisor, dashboard_admin;

-- Tombstones expire like the other logs: the purge (role dashboard_retention) removes them after
-- 90 days, which is how long a desktop can stay offline and still catch up incrementally.
INSERT INTO "dashboard_retention_policies" ("table_name", "keep_for") VALUES
    ('dashboard_sync_tombstones', interval '90 days');

-- 4. Row-level security (as in 0011, 0013 and 0017: enabled and forced, the owner's policy, grants
--    per group, a policy per command). Shorthands: ME = dashboard_current_user_id(), VS = the
--    visible students. "A student of mine" is tested per row on student_progress (its index on
--    student_id), the set VS is built only for people with a department scope (as 0017 does).
ALTER TABLE "student_notes" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "student_notes" FORCE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_sync_tombstones" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_sync_tombstones" FORCE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_sync_horizon" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "dashboard_sync_horizon" FORCE ROW LEVEL SECURITY;

CREATE POLICY "student_notes_owner_all" ON "student_notes" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "dashboard_sync_tombstones_owner_all" ON "dashboard_sync_tombstones" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);
CREATE POLICY "dashboard_sync_horizon_owner_all" ON "dashboard_sync_horizon" FOR ALL TO CURRENT_USER USING (true) WITH CHECK (true);

REVOKE ALL ON "student_notes", "dashboard_sync_tombstones", "dashboard_sync_horizon"
    FROM PUBLIC, dashboard_instructor, dashboard_supervisor, dashboard_admin, dashboard_retention;

-- student_notes
--   read: notes on VS, whoever wrote them (a supervisor reads the instructors' notes).
--   write: one's own notes (author_id = ME) on VS: insert, and update of the text, the flag and
--   deleted_at (the soft delete). Column grants: id, student and author never change, and neither
--   sync_xid nor updated_at can be set by hand. No DELETE: a note is withdrawn with deleted_at.
--   Admin: all.
GRANT SELECT ON "student_notes" TO dashboard_instructor, dashboard_supervisor;
GRANT INSERT ("id", "student_id", "author_id", "body", "flag", "created_at") ON "student_notes" TO dashboard_instructor, dashboard_supervisor;
GRANT UPDATE ("body", "flag", "deleted_at") ON "student_notes" TO dashboard_instructor, dashboard_supervisor;
GRANT SELECT, INSERT, UPDATE, DELETE ON "student_notes" TO dashboard_admin;

CREATE POLICY "student_notes_select" ON "student_notes" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (EXISTS (SELECT 1 FROM public.student_progress sp
                    WHERE sp.student_id = student_notes.student_id
                      AND sp.instructor_id = (SELECT public.dashboard_current_user_id()))
           OR ((SELECT EXISTS (SELECT 1 FROM public.dashboard_scope_department_ids()))
               AND student_id IN (SELECT public.dashboard_visible_student_ids())));
CREATE POLICY "student_notes_insert" ON "student_notes" FOR INSERT TO dashboard_instructor, dashboard_supervisor
    WITH CHECK (author_id = (SELECT public.dashboard_current_user_id())
                AND student_id IN (SELECT public.dashboard_visible_student_ids()));
CREATE POLICY "student_notes_update" ON "student_notes" FOR UPDATE TO dashboard_instructor, dashboard_supervisor
    USING (author_id = (SELECT public.dashboard_current_user_id())
           AND student_id IN (SELECT public.dashboard_visible_student_ids()))
    WITH CHECK (author_id = (SELECT public.dashboard_current_user_id())
                AND student_id IN (SELECT public.dashboard_visible_student_ids()));
CREATE POLICY "student_notes_admin_all" ON "student_notes" FOR ALL TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin')
    WITH CHECK ((SELECT public.dashboard_current_access_role()) = 'admin');

-- dashboard_sync_tombstones: read only, the tombstones of rows one could have read:
--   rows addressed to or owned by ME (user_id), rows of VS (student_id), a supervisor's
--   instructors' assignments, submissions and analytics (as the policies of 0011), and the
--   department and program-wide analytics rows (no student, no user: ids of derived rows, nothing
--   personal). Tombstones say only which id went, never what the row held.
--   The retention job reads and deletes expired ones (as in 0013). Admin: read all.
GRANT SELECT ON "dashboard_sync_tombstones" TO dashboard_instructor, dashboard_supervisor, dashboard_admin;
GRANT SELECT, DELETE ON "dashboard_sync_tombstones" TO dashboard_retention;

CREATE POLICY "dashboard_sync_tombstones_select" ON "dashboard_sync_tombstones" FOR SELECT TO dashboard_instructor, dashboard_supervisor
    USING (user_id = (SELECT public.dashboard_current_user_id())
           OR EXISTS (SELECT 1 FROM public.student_progress sp
                       WHERE sp.student_id = dashboard_sync_tombstones.student_id
                         AND sp.instructor_id = (SELECT public.dashboard_current_user_id()))
           OR ((SELECT EXISTS (SELECT 1 FROM public.dashboard_scope_department_ids()))
               AND student_id IN (SELECT public.dashboard_visible_student_ids()))
           OR (table_name = 'analytics_daily' AND student_id IS NULL AND user_id IS NULL)
           OR ((SELECT public.dashboard_current_access_role()) = 'supervisor'
               AND table_name IN ('assignments', 'assignment_submissions', 'analytics_daily')
               AND user_id IN (SELECT public.dashboard_visible_instructor_ids())));
CREATE POLICY "dashboard_sync_tombstones_admin_select" ON "dashboard_sync_tombstones" FOR SELECT TO dashboard_admin
    USING ((SELECT public.dashboard_current_access_role()) = 'admin');
CREATE POLICY "dashboard_sync_tombstones_retention_select" ON "dashboard_sync_tombstones" FOR SELECT TO dashboard_retention
    USING (deleted_at < (SELECT public.dashboard_retention_cutoff('dashboard_sync_tombstones')));
CREATE POLICY "dashboard_sync_tombstones_retention_delete" ON "dashboard_sync_tombstones" FOR DELETE TO dashboard_retention
    USING (deleted_at < (SELECT public.dashboard_retention_cutoff('dashboard_sync_tombstones')));

-- dashboard_sync_horizon: no group reads it directly; dashboard_sync_oldest_tombstone() does.

-- notifications: marking one's own notifications read needs nothing new. 0011 grants UPDATE of
-- is_read, is_archived and read_at only, and its policy notifications_update limits it to
-- user_id = ME; the sync_xid the trigger above sets needs no privilege of the caller.

-- 5. Audit (0013): student_notes like every dashboard table.
CREATE TRIGGER "student_notes_audit_insert" AFTER INSERT ON "student_notes"
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "student_notes_audit_update" AFTER UPDATE ON "student_notes"
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();
CREATE TRIGGER "student_notes_audit_delete" AFTER DELETE ON "student_notes"
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION public.dashboard_audit_statement();

-- The audit's list of changed columns leaves out sync_xid as it leaves out updated_at: both change
-- with every update and say nothing about what the person changed. Otherwise the function of 0013
-- as it is, with the plan_cache_mode of 0017 (CREATE OR REPLACE resets the function's settings).
CREATE OR REPLACE FUNCTION public.dashboard_audit_statement()
RETURNS trigger
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public, pg_temp
SET plan_cache_mode = force_custom_plan
AS $$
DECLARE
    v_key         text := coalesce(TG_ARGV[0], 'id');
    v_count       bigint;
    v_old         jsonb;
    v_new         jsonb;
    v_changes     jsonb;
    v_resource_id text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT count(*) INTO v_count FROM new_rows;
        IF v_count = 0 THEN
            RETURN NULL;
        END IF;
        IF v_count = 1 THEN
            SELECT to_jsonb(r) INTO v_new FROM new_rows r;
            v_resource_id := v_new ->> v_key;
        ELSIF v_count <= 100 THEN
            SELECT jsonb_agg(to_jsonb(r)) INTO v_new FROM new_rows r;
        ELSE
            SELECT jsonb_build_object('rows', v_count, 'ids', jsonb_agg(k.key))
              INTO v_new
              FROM (SELECT to_jsonb(r) ->> v_key AS key FROM new_rows r LIMIT 100) k;
        END IF;

    ELSIF TG_OP = 'DELETE' THEN
        SELECT count(*) INTO v_count FROM old_rows;
        IF v_count = 0 THEN
            RETURN NULL;
        END IF;
        IF v_count = 1 THEN
            SELECT to_jsonb(r) INTO v_old FROM old_rows r;
            v_resource_id := v_old ->> v_key;
        ELSIF v_count <= 100 THEN
            SELECT jsonb_agg(to_jsonb(r)) INTO v_old FROM old_rows r;
        ELSE
            SELECT jsonb_build_object('rows', v_count, 'ids', jsonb_agg(k.key))
              INTO v_old
              FROM (SELECT to_jsonb(r) ->> v_key AS key FROM old_rows r LIMIT 100) k;
        END IF;

    ELSIF TG_OP = 'UPDATE' THEN
        SELECT count(*) INTO v_count FROM new_rows;
        IF v_count = 0 THEN
            RETURN NULL;
        END IF;
        IF v_count = 1 THEN
            SELECT to_jsonb(r) INTO v_old FROM old_rows r;
            SELECT to_jsonb(r) INTO v_new FROM new_rows r;
            v_resource_id := v_new ->> v_key;
        ELSIF v_count <= 100 THEN
            SELECT jsonb_agg(to_jsonb(r)) INTO v_old FROM old_rows r;
            SELECT jsonb_agg(to_jsonb(r)) INTO v_new FROM new_rows r;
        ELSE
            SELECT jsonb_build_object('rows', v_count, 'ids', jsonb_agg(k.key))
              INTO v_old
              FROM (SELECT to_jsonb(r) ->> v_key AS key FROM old_rows r LIMIT 100) k;
            SELECT jsonb_build_object('rows', v_count, 'ids', jsonb_agg(k.key))
              INTO v_new
              FROM (SELECT to_jsonb(r) ->> v_key AS key FROM new_rows r LIMIT 100) k;
        END IF;

        WITH o AS (SELECT row_number() OVER () AS n, to_jsonb(r) AS j FROM old_rows r),
             w AS (SELECT row_number() OVER () AS n, to_jsonb(r) AS j FROM new_rows r),
             changed AS (SELECT DISTINCT e.key
                           FROM o JOIN w ON w.n = o.n
                          CROSS JOIN LATERAL jsonb_each(w.j) AS e(key, value)
                          WHERE e.value IS DISTINCT FROM o.j -> e.key)
        SELECT coalesce(jsonb_agg(a.attname ORDER BY a.attnum), '[]'::jsonb)
          INTO v_changes
          FROM changed c
          JOIN pg_catalog.pg_attribute a ON a.attrelid = TG_RELID AND a.attname = c.key
         WHERE a.attname NOT IN ('updated_at', 'sync_xid');
    ELSE
        RAISE EXCEPTION 'dashboard_audit_statement: unexpected event % on %', TG_OP, TG_TABLE_NAME;
    END IF;

    PERFORM public.dashboard_audit_write(lower(TG_OP), TG_TABLE_NAME::text, v_resource_id, TG_OP,
                                         v_old, v_new, v_changes);
    RETURN NULL;
END;
$$;
