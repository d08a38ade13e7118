#!/usr/bin/env bash
# Latency of the two hot read queries as a real instructor login, on a database seeded at the
# specification's scale: EXPLAIN (ANALYZE, BUFFERS) of each, then pgbench with 100 concurrent
# clients, reporting the mean and the 95th percentile; before them, in the same run and the same way,
# a bare round trip and the list's plan returning its ids alone, the floor this machine sets.
#
#   benchmarks/query_latency.sh DB_URI [SECONDS]
#   RATE=200 benchmarks/query_latency.sh DB_URI [SECONDS]   # the clients together issue 200 queries/s
#
# Without RATE every client sends its next query as soon as the last one returns (a closed loop:
# 100 clients on a 2-core server measure queueing for the CPU, not the query). With RATE, pgbench
# schedules the queries at that total rate (Poisson arrivals), like instructors who each refresh a
# page now and then; the latency reported then includes any wait behind the schedule.
# Statements are prepared once per connection (-M prepared), as the app's QtSql queries are.
#
# DB_URI reaches the seeded, aggregated database as its owner (PGPASSWORD in the environment).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DB=${1:?usage: query_latency.sh DB_URI [SECONDS]}
SECONDS_TO_RUN=${2:-30}
CLIENTS=${CLIENTS:-100} # the server needs max_connections above this
RATE=${RATE:-}
ADMIN=${ADMIN:-$ROOT/build/release/app/instructor-dashboard-admin}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

psql_owner() { psql "$DB" -XAtq -v ON_ERROR_STOP=1 "$@"; }

# The instructor with the most students, and a login for them.
read -r INSTRUCTOR EMAIL COUNT < <(psql_owner -F ' ' -c "
  SELECT sp.instructor_id, u.email, count(*) FROM student_progress sp JOIN users u ON u.id = sp.instructor_id
   GROUP BY 1, 2 ORDER BY 3 DESC, 1 LIMIT 1")
AS_OF=$(psql_owner -c "SELECT max(snapshot_date) FROM progress_snapshots")
LOGIN=$(echo "$EMAIL" | tr 'A-Z' 'a-z')
BENCH_PASSWORD="bench-$(head -c 12 /dev/urandom | base64 | tr -d '/+=')"
psql_owner -c "DELETE FROM dashboard_logins WHERE role_name = '$LOGIN'" >/dev/null
psql_owner -c "DROP ROLE IF EXISTS \"$LOGIN\"" >/dev/null
echo "$BENCH_PASSWORD" | "$ADMIN" access grant --user "$EMAIL" --role instructor --db "$DB" >/dev/null
psql_owner <<SQL >/dev/null
DROP TABLE IF EXISTS bench_students;
CREATE TABLE bench_students AS
  SELECT row_number() OVER (ORDER BY student_id)::int AS n, student_id FROM student_progress WHERE instructor_id = '$INSTRUCTOR';
ALTER TABLE bench_students ADD PRIMARY KEY (n);
GRANT SELECT ON bench_students TO dashboard_instructor;
ANALYZE;
-- The state autovacuum leaves student_progress in a minute after the nightly aggregate (which
-- rewrites every row): its visibility map current, so the list is read from the covering index
-- alone (0028). The EXPLAIN below shows the heap fetches either way.
VACUUM student_progress;
SQL
echo "instructor $EMAIL with $COUNT students; snapshots up to $AS_OF"

AS_INSTRUCTOR=$(python3 - "$DB" "$LOGIN" <<'PY'
import sys, urllib.parse
u = urllib.parse.urlsplit(sys.argv[1])
host = u.hostname or ''
port = f":{u.port}" if u.port else ''
print(urllib.parse.urlunsplit((u.scheme, f"{urllib.parse.quote(sys.argv[2], safe='')}@{host}{port}", u.path, u.query, '')))
PY
)
export PGPASSWORD_OWNER=${PGPASSWORD:-}
export PGPASSWORD=$BENCH_PASSWORD

# The at-risk list is the query the Students page runs for a plain instructor
# (resources/sql/students/students_own.sql: every student of the instructor, highest risk first,
# with names, department, instructor and open and overdue assignments; StudentRepository picks it
# when resources/sql/students/list_scope.sql says so), its comments left out.
grep -v '^ *--' "$ROOT/resources/sql/students/students_own.sql" | sed 's/ *-- .*$//' > "$WORK/at_risk_list.sql"
echo ";" >> "$WORK/at_risk_list.sql"
echo
echo "== EXPLAIN (ANALYZE, BUFFERS): at-risk list (the Students page query)"
# As the app's sessions are (models/db/database.cpp): without JIT.
psql "$AS_INSTRUCTOR" -XAtq -c "SET jit = off" -c "EXPLAIN (ANALYZE, BUFFERS) $(cat "$WORK/at_risk_list.sql")"
STUDENT=$(psql "$AS_INSTRUCTOR" -XAtq -c "SELECT student_id FROM bench_students WHERE n = 1")
echo
echo "== EXPLAIN (ANALYZE, BUFFERS): one student's 365-day trend"
psql "$AS_INSTRUCTOR" -XAtq -c "EXPLAIN (ANALYZE, BUFFERS) SELECT ps.snapshot_date, ps.overall_score, ps.daily_accuracy,
  ps.total_time_spent, ps.sessions_completed FROM progress_snapshots ps
  WHERE ps.student_id = '$STUDENT' AND ps.snapshot_date > DATE '$AS_OF' - 365 ORDER BY ps.snapshot_date"

cp "$ROOT/benchmarks/pgbench/student_trend.sql" "$WORK/"
# Two references timed the same way in the same minutes, since this machine's tails move from one
# minute to the next: the bare round trip (SELECT 1) and the list's own plan returning its ids alone
# (the same index-only scan and sort, one column out instead of eighteen). BASELINES=0 skips them.
echo "SELECT 1;" > "$WORK/round_trip.sql"
python3 -c 'import re, sys; print(re.sub(r"SELECT .*?\n  FROM", "SELECT sp.student_id\n  FROM", sys.stdin.read(), count=1, flags=re.S), end="")' \
  <"$WORK/at_risk_list.sql" > "$WORK/at_risk_list_ids.sql"
# Latencies read from standard input (microseconds, one per line), as p50/p95/p99 in ms.
percentiles() {
  sort -n | awk -v label="$1" '
    { v[NR] = $1 } END { printf "%s: p50 = %.3f ms, p95 = %.3f ms, p99 = %.3f ms (%d transactions)\n",
      label, v[int(NR*0.50)]/1000, v[int(NR*0.95)]/1000, v[int(NR*0.99)]/1000, NR }'
}

SCRIPTS="at_risk_list student_trend"
[[ ${BASELINES:-1} == 0 ]] || SCRIPTS="round_trip at_risk_list_ids $SCRIPTS"
for script in $SCRIPTS; do
  echo
  echo "== pgbench: $script, $CLIENTS clients, ${SECONDS_TO_RUN}s${RATE:+, $RATE queries/s in all}"
  (cd "$WORK" && rm -f pgbench_log.* && PGOPTIONS="-c jit=off" pgbench "$AS_INSTRUCTOR" -n -M prepared -c "$CLIENTS" -j 2 -T "$SECONDS_TO_RUN" ${RATE:+-R "$RATE"} \
     -D student_count="$COUNT" -D as_of="'$AS_OF'" -f "$WORK/$script.sql" -l >"$script.out" 2>&1) || {
    cat "$WORK/$script.out"; exit 1; }
  grep -E "^(number of transactions actually processed|latency average|tps)" "$WORK/$script.out"
  # Per-transaction log: the third column is the latency in microseconds. With RATE it is measured
  # from the scheduled start, so it already includes the wait behind the schedule (the seventh
  # column, "lag", is that wait alone; pgbench.c: latency = now - txn_scheduled).
  cat "$WORK"/pgbench_log.* | awk '{print $3}' | percentiles "all"
  # The second column counts each connection's transactions from 1. A connection's first query
  # also fills its session's caches (catalog, plan, the policy functions: 2-4 ms more); with 100
  # connections and 50 queries/s for 30 s those are 7 % of the queries, enough to be the p95. The
  # app's connections last as long as its pool threads (30 idle seconds), so both figures matter.
  cat "$WORK"/pgbench_log.* | awk '$2 > 1 {print $3}' | percentiles "without each connection's first"
done

export PGPASSWORD=$PGPASSWORD_OWNER
psql_owner -c "DROP TABLE bench_students" >/dev/null
