#!/usr/bin/env bash
# The nightly case of `aggregate` at scale, repeatable: puts the database back to the evening before
# DAY's run (DAY's snapshots, module and daily analytics and per-student facts removed, then
# `aggregate --date DAY-1`, untimed, so that every student_progress row holds the values as of the
# day before, as a real night finds them), refreshes the statistics, checkpoints, waits for
# autovacuum to be idle, then times `aggregate --date DAY` with the given extra options.
#
#   benchmarks/nightly_case.sh DB_URI DAY [aggregate options, e.g. --jobs 1]
#
# DB_URI reaches a database seeded at scale and aggregated up to DAY at least once (the first run
# computes the per-student facts of every earlier day: benchmarks/README.md), as its owner
# (PGPASSWORD in the environment). The CHECKPOINT needs a superuser or pg_checkpoint: without it the
# script says so and goes on (the run then pays for the reset's writes too).
#
# Until 2026-11-26 the script only marked every row as evaluated the day before and ran DAY again:
# the refresh then recomputed the values the rows already held, so most of its updates changed no
# indexed column and stayed on their page (HOT). A real night changes the key columns of about
# half the rows, and such a run costs 2–3 s more (docs/benchmarks.md).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DB=${1:?usage: nightly_case.sh DB_URI DAY [aggregate options]}
DAY=${2:?usage: nightly_case.sh DB_URI DAY [aggregate options]}
shift 2
ADMIN=${ADMIN:-$ROOT/build/release/app/instructor-dashboard-admin}

psql "$DB" -X -q -v ON_ERROR_STOP=1 -v day="$DAY" <<'SQL'
BEGIN;
DELETE FROM dashboard_student_days WHERE day = :'day';
DELETE FROM dashboard_fact_days WHERE day = :'day';
DELETE FROM progress_snapshots WHERE snapshot_date = :'day';
DELETE FROM module_analytics WHERE date = :'day';
DELETE FROM analytics_daily WHERE date = :'day';
DELETE FROM dashboard_student_modules WHERE first_started_on = :'day';
UPDATE dashboard_student_modules SET first_passed_on = NULL WHERE first_passed_on = :'day';
COMMIT;
SQL
DAY_BEFORE=$(date -u -d "$DAY - 1 day" +%F)
"$ADMIN" aggregate --db "$DB" --date "$DAY_BEFORE" >/dev/null || {
  echo "nightly_case.sh: aggregate --date $DAY_BEFORE failed (see above)" >&2; exit 1; }
vacuumdb --dbname="$DB" --analyze --quiet --table=student_progress --table=dashboard_student_days \
  --table=dashboard_student_modules --table=progress_snapshots --table=audit_logs 2>/dev/null
psql "$DB" -X -q -c CHECKPOINT 2>/dev/null || echo "(no CHECKPOINT: not allowed for this login)"
# Autovacuum cleaning up after the previous run would share the two cores with this one.
for _ in $(seq 1 90); do
  workers=$(psql "$DB" -XAtq -c "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'autovacuum worker'")
  [[ $workers == 0 ]] && break
  sleep 2
done
/usr/bin/time -f "wall %e s" "$ADMIN" aggregate --db "$DB" --date "$DAY" "$@"
