#!/usr/bin/env bash
# How fast seed-demo loads demo data, measured against psql's \copy of the very same rows.
#
# 1. Starts a throwaway PostgreSQL 15 (scripts/lib/pgcluster.sh, as scripts/test does), or
#    uses the server of the libpq environment with --use-existing.
# 2. Creates and migrates a fresh database and times `instructor-dashboard-admin seed-demo`
#    (generation, COPY through libpq, ANALYZE: the whole command).
# 3. Dumps every table seed-demo filled with `\copy TABLE TO FILE` (rows in load order).
# 4. Creates and migrates a second fresh database and times `psql` loading those files with
#    `\copy TABLE FROM FILE`, one table after the other in foreign-key order (one transaction
#    per table, like seed-demo), in one psql session.
# 5. Prints rows, seconds and rows/s of both, and the ratio (goal: seed-demo >= 70 % of psql).
#    With --rounds N, steps 2 and 4 alternate N times into fresh databases (one loaded database
#    on disk at a time) and the best time of each counts: on a shared machine that is the one
#    least disturbed by other work.
#
#   benchmarks/seed_vs_copy.sh                       # the specification's scale (100 x 1000, 90 days)
#   benchmarks/seed_vs_copy.sh --instructors 10      # smaller; every seed-demo option is passed on
#   PRESET=dev benchmarks/seed_vs_copy.sh ...        # another build (default: release)
#   benchmarks/seed_vs_copy.sh --use-existing ...    # PGHOST/PGPORT/PGUSER/PGPASSWORD's server
#   benchmarks/seed_vs_copy.sh --keep ...            # leave the cluster and databases for a look
#   benchmarks/seed_vs_copy.sh --rounds 2 ...        # alternate the two loads N times, report the best
#
# Needs about 1.5 GB of disk per 1000 students x 90 days (a loaded database, the dump, WAL):
# some 15-20 GB at full scale. BENCH_DIR chooses where (default: a new directory under /tmp).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PRESET=${PRESET:-release}
source "$ROOT/scripts/lib/pgcluster.sh"

INSTRUCTORS=100
PER_INSTRUCTOR=1000
DAYS=90
SEED=1
END_DATE=2026-03-31
USE_EXISTING=0
KEEP=0
ROUNDS=1
while (($#)); do
  case "$1" in
    --instructors) INSTRUCTORS=$2; shift 2 ;;
    --students-per-instructor) PER_INSTRUCTOR=$2; shift 2 ;;
    --days) DAYS=$2; shift 2 ;;
    --seed) SEED=$2; shift 2 ;;
    --end-date) END_DATE=$2; shift 2 ;;
    --use-existing) USE_EXISTING=1; shift ;;
    --keep) KEEP=1; shift ;;
    --rounds) ROUNDS=$2; shift 2 ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) echo "seed_vs_copy.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
done

# Load order (parents first): the tables seed-demo writes.
TABLES=(departments users instructor_profiles student_progress quiz_sessions voice_practice_sessions
        assignments assignment_submissions messages notifications)

echo "== build ($PRESET, instructor-dashboard-admin)"
[[ -f "$ROOT/build/$PRESET/build.ninja" ]] || cmake --preset "$PRESET" -S "$ROOT" >/dev/null
cmake --build "$ROOT/build/$PRESET" --target instructor-dashboard-admin >/dev/null
ADMIN="$ROOT/build/$PRESET/app/instructor-dashboard-admin"

WORK=$(mktemp -d "${BENCH_DIR:-/tmp}/seed-vs-copy.XXXXXX")
chmod 755 "$WORK" # the postgres user must reach the cluster inside when we are root
CLUSTER="$WORK/cluster"
DB_SEED=bench_seed_$$
DB_COPY=bench_copy_$$
cleanup() {
  local status=$?
  if ((KEEP)); then
    echo "== kept: $WORK (databases $DB_SEED, $DB_COPY on ${PGHOST:-?}:${PGPORT:-?})"
  else
    if ((USE_EXISTING)); then
      psql -XAtq -d postgres -c "DROP DATABASE IF EXISTS $DB_SEED WITH (FORCE)" -c "DROP DATABASE IF EXISTS $DB_COPY WITH (FORCE)" >/dev/null 2>&1 || true
    else
      pgcluster_stop "$CLUSTER"
    fi
    rm -rf "$WORK"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ((USE_EXISTING)); then
  : "${PGHOST:?--use-existing needs PGHOST, PGPORT, PGUSER (and PGPASSWORD)}"
else
  PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  pgcluster_init "$CLUSTER" "$PASSWORD"
  # Room for a bulk load: no checkpoint storm every 1 GB of WAL, a cache for the indexes.
  # Both loads run on this same server, so the settings favour neither.
  pgcluster_as_owner tee -a "$CLUSTER/data/postgresql.conf" >/dev/null <<'CONF'
shared_buffers = 1GB
max_wal_size = 8GB
checkpoint_timeout = 30min
CONF
  PORT=$(pgcluster_free_port)
  pgcluster_start "$CLUSTER" "$PORT"
  export PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres PGPASSWORD=$PASSWORD
  unset PGSERVICE PGSSLMODE PGDATABASE
fi
echo "== PostgreSQL $(psql -XAtq -d postgres -c 'SHOW server_version') on $PGHOST:$PGPORT; $(nproc) CPUs; work directory $WORK"

now() { date +%s.%N; }
seconds() { echo "$1 $2" | awk '{printf "%.2f", $2 - $1}'; }
per_second() { echo "$1 $2" | awk '{ if ($2 > 0) printf "%.0f", $1 / $2; else print "-" }'; }
count_rows() {
  local db=$1 total=0 n
  for t in "${TABLES[@]}"; do
    n=$(psql -XAtq -d "$db" -c "SELECT count(*) FROM $t")
    total=$((total + n))
  done
  echo "$total"
}

fresh_database() {
  psql -XAtq -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1"
  "$ADMIN" migrate --with-student-app-baseline --db "dbname=$1" >/dev/null
}
# Each timed load starts from a clean slate: no dirty buffers of the previous step to write.
checkpoint() { psql -XAtq -d postgres -c CHECKPOINT >/dev/null 2>&1 || true; }

SEED_ARGS=(--instructors "$INSTRUCTORS" --students-per-instructor "$PER_INSTRUCTOR" --days "$DAYS" --seed "$SEED" --end-date "$END_DATE")
LOAD_SCRIPT="$WORK/load.psql"
MEASURE=()
[[ -x /usr/bin/time ]] && MEASURE=(/usr/bin/time -f '%M %U %S' -o "$WORK/seed-demo.usage")
RESULTS=() # "round seed_seconds seed_load_seconds psql_seconds"

for ((round = 1; round <= ROUNDS; round++)); do
  echo "== round $round of $ROUNDS: seed-demo ${SEED_ARGS[*]}"
  fresh_database "$DB_SEED"
  checkpoint
  START=$(now)
  "${MEASURE[@]}" "$ADMIN" seed-demo --db "dbname=$DB_SEED" "${SEED_ARGS[@]}" >"$WORK/seed-demo.txt"
  END=$(now)
  SEED_SECONDS=$(seconds "$START" "$END")
  cat "$WORK/seed-demo.txt"
  # seed-demo's own figure for its load phase (generation + COPY, without checks and ANALYZE)
  SEED_LOAD_SECONDS=$(awk '$1 == "total" { print $3 }' "$WORK/seed-demo.txt")
  SEED_ROWS=$(count_rows "$DB_SEED")

  if ((round == 1)); then
    echo "== dumping the same rows with psql \\copy ... TO"
    printf '%s\n' '\set ON_ERROR_STOP on' '\timing on' >"$LOAD_SCRIPT"
    for t in "${TABLES[@]}"; do
      psql -XAtq -v ON_ERROR_STOP=1 -d "$DB_SEED" -c "\\copy $t TO '$WORK/$t.copy'"
      echo "\\copy $t FROM '$WORK/$t.copy'" >>"$LOAD_SCRIPT"
    done
    du -sh "$WORK"/*.copy | sort -h | tail -3 | sed 's/^/   /'
  fi
  # Only one loaded database at a time on disk.
  psql -XAtq -d postgres -c "DROP DATABASE $DB_SEED WITH (FORCE)"

  echo "== round $round of $ROUNDS: psql \\copy ... FROM into a fresh database"
  fresh_database "$DB_COPY"
  checkpoint
  START=$(now)
  psql -Xq -d "$DB_COPY" -f "$LOAD_SCRIPT" >"$WORK/psql.txt"
  END=$(now)
  COPY_SECONDS=$(seconds "$START" "$END")
  # psql prints "Time: 1234.567 ms" after each \copy, in table order
  paste <(printf '%s\n' "${TABLES[@]}") <(awk '/^Time:/ { printf "%.2f\n", $2 / 1000 }' "$WORK/psql.txt") |
    awk '{ printf "   %-26s %9s s\n", $1, $2 }'
  COPY_ROWS=$(count_rows "$DB_COPY")
  if [[ "$COPY_ROWS" != "$SEED_ROWS" ]]; then
    echo "seed_vs_copy.sh: psql loaded $COPY_ROWS rows, seed-demo $SEED_ROWS" >&2
    exit 1
  fi
  ((round == ROUNDS)) || psql -XAtq -d postgres -c "DROP DATABASE $DB_COPY WITH (FORCE)"
  RESULTS+=("$round $SEED_SECONDS $SEED_LOAD_SECONDS $COPY_SECONDS")
done

echo
echo "== result (${SEED_ARGS[*]}; $SEED_ROWS rows)"
printf '%-5s %25s   %25s   %25s   %6s\n' round "seed-demo, whole command" "seed-demo, load phase" "psql \\copy FROM files" ratio
for line in "${RESULTS[@]}"; do
  read -r r whole load copy <<<"$line"
  printf '%-5s %10s s %10s/s   %10s s %10s/s   %10s s %10s/s   %6s\n' "$r" "$whole" "$(per_second "$SEED_ROWS" "$whole")" \
    "$load" "$(per_second "$SEED_ROWS" "$load")" "$copy" "$(per_second "$SEED_ROWS" "$copy")" \
    "$(echo "$copy $whole" | awk '{ printf "%.0f %%", 100 * $1 / $2 }')"
done
if [[ -s "$WORK/seed-demo.usage" ]]; then
  read -r RSS USER_CPU SYS_CPU <"$WORK/seed-demo.usage"
  echo "seed-demo process (last round): peak memory (max RSS) $((RSS / 1024)) MB, CPU ${USER_CPU} s user + ${SYS_CPU} s system"
fi
if ((!USE_EXISTING)) && grep -qE "checkpoint starting: (wal|time)" "$CLUSTER/server.log" 2>/dev/null; then
  echo "checkpoints the loads caused (server log):"
  awk '/checkpoint starting: (wal|time)/ { print; pending = 1; next } pending && /checkpoint complete/ { print; pending = 0 }' \
    "$CLUSTER/server.log" | sed 's/^/   /' | cut -c1-150
fi
# Best of the rounds for each: the least disturbed by whatever else the machine was doing.
printf '%s\n' "${RESULTS[@]}" | awk -v rows="$SEED_ROWS" '
  NR == 1 || $2 < whole { whole = $2 } NR == 1 || $3 < load { load = $3 } NR == 1 || $4 < copy { copy = $4 }
  END {
    printf "best of %d: seed-demo %.0f rows/s (whole command), %.0f rows/s (load phase); psql \\copy %.0f rows/s\n",
           NR, rows / whole, rows / load, rows / copy
    printf "ratio seed-demo / psql: %.0f %% (whole command), %.0f %% (load phase); goal >= 70 %%: %s\n",
           100 * copy / whole, 100 * copy / load, (100 * copy / whole >= 70 ? "met" : "NOT met") }'
