# Shell functions that run a private PostgreSQL 15 cluster on loopback, for tests and demos.
# Sourced by scripts/test and scripts/demo. initdb refuses to run as root, so when the
# caller is root the server runs as the `postgres` system user.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}

# Runs a command as the user who owns the cluster.
pgcluster_as_owner() {
  if ((EUID == 0)); then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

# pgcluster_init DIR PASSWORD: creates a cluster in DIR/data with superuser `postgres`,
# password authentication on TCP, and its socket in DIR.
pgcluster_init() {
  local dir=$1 password=$2
  mkdir -p "$dir"
  chmod 700 "$dir"
  local pwfile="$dir/.pwfile"
  (umask 077 && printf '%s\n' "$password" >"$pwfile")
  if ((EUID == 0)); then
    chown -R postgres:postgres "$dir"
  fi
  pgcluster_as_owner "$PG_BIN/initdb" -D "$dir/data" -U postgres --pwfile="$pwfile" \
    --auth-host=scram-sha-256 --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    return 1
  }
  rm -f "$pwfile"
}

# pgcluster_port_free PORT: true when nothing listens on 127.0.0.1:PORT.
pgcluster_port_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# pgcluster_free_port: prints a free loopback port.
pgcluster_free_port() {
  local port tries
  for tries in $(seq 1 200); do
    port=$((20000 + RANDOM % 40000))
    if pgcluster_port_free "$port"; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port found" >&2
  return 1
}

# pgcluster_start DIR PORT: starts the cluster on 127.0.0.1:PORT and waits until it accepts connections.
pgcluster_start() {
  local dir=$1 port=$2
  pgcluster_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=${PGCLUSTER_FSYNC:-on} -c max_connections=200" \
    start >/dev/null || {
    echo "PostgreSQL did not start; its log:" >&2
    tail -n 30 "$dir/server.log" >&2
    return 1
  }
}

# pgcluster_stop DIR: fast shutdown, if running.
pgcluster_stop() {
  local dir=$1
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    pgcluster_as_owner "$PG_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
}

# pgcluster_running DIR: true when the cluster's postmaster is alive.
pgcluster_running() {
  pgcluster_as_owner "$PG_BIN/pg_ctl" -D "$1/data" status >/dev/null 2>&1
}
