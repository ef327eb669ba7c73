# A private PostgreSQL 15 cluster for the test suite. Sourced by scripts/test.sh.
#
# pg_cluster_start creates a cluster with initdb in a fresh temporary directory
# owned by the postgres OS user, listening only on 127.0.0.1 and on a Unix socket
# in that directory, on a free port, with TLS from a CA generated for this run.
# It exports:
#   STRATUM_TEST_PG_URL      postgresql://postgres:<pw>@127.0.0.1:<port>/postgres
#   STRATUM_TEST_PG_DIR      the cluster's directory (data/, socket, certificates)
#   STRATUM_TEST_PG_BINDIR   PostgreSQL's bin directory
#   STRATUM_TEST_PG_CA       the CA certificate that signed the server certificate
#   STRATUM_TEST_PG_PASSWORD the superuser password (random per run)
#   STRATUM_TEST_PG_CTL      a command that takes start|stop|restart for this cluster

PG_BINDIR="${PG_BINDIR:-/usr/lib/postgresql/15/bin}"

pg_as_postgres() { runuser -u postgres -- "$@"; }

free_port() {
  /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

# Stops clusters left behind by runs that were killed (their owner is gone).
pg_cluster_reap_stale() {
  local d owner
  for d in /tmp/stratum-pg.*; do
    [ -d "$d" ] || continue
    owner=$(cat "$d/owner.pid" 2>/dev/null || echo "")
    [ "$owner" = dev ] && continue
    if [ -n "$owner" ] && kill -0 "$owner" 2>/dev/null; then continue; fi
    log "removing stale test cluster $d"
    [ -f "$d/data/postmaster.pid" ] && pg_as_postgres "$PG_BINDIR/pg_ctl" -D "$d/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$d"
  done
}

pg_cluster_make_certs() {
  local dir="$1"
  openssl req -x509 -new -nodes -newkey rsa:2048 -days 2 -subj "/CN=Stratum Test CA" \
    -keyout "$dir/ca.key" -out "$dir/ca.crt" 2>/dev/null
  openssl req -new -nodes -newkey rsa:2048 -subj "/CN=localhost" \
    -keyout "$dir/server.key" -out "$dir/server.csr" 2>/dev/null
  printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >"$dir/san.ext"
  openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" -CAcreateserial \
    -days 2 -extfile "$dir/san.ext" -out "$dir/server.crt" 2>/dev/null
  # A second, unrelated CA: tests use it to prove that a wrong CA is refused.
  openssl req -x509 -new -nodes -newkey rsa:2048 -days 2 -subj "/CN=Unrelated CA" \
    -keyout "$dir/wrong-ca.key" -out "$dir/wrong-ca.crt" 2>/dev/null
  chmod 600 "$dir/server.key"
}

pg_cluster_start() {
  [ -x "$PG_BINDIR/initdb" ] || die "PostgreSQL 15 not found in $PG_BINDIR"
  pg_cluster_reap_stale
  PG_DIR=$(mktemp -d /tmp/stratum-pg.XXXXXX)
  echo $$ >"$PG_DIR/owner.pid"
  chmod 755 "$PG_DIR"
  local port pw
  port=$(free_port)
  pw=$(openssl rand -hex 16)
  printf '%s\n' "$pw" >"$PG_DIR/pwfile"
  pg_cluster_make_certs "$PG_DIR"
  chown -R postgres:postgres "$PG_DIR"
  chmod 644 "$PG_DIR/ca.crt" "$PG_DIR/wrong-ca.crt"

  log "creating a private PostgreSQL cluster in $PG_DIR on port $port"
  pg_as_postgres "$PG_BINDIR/initdb" -D "$PG_DIR/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=trust --auth-host=scram-sha-256 --pwfile="$PG_DIR/pwfile" >"$PG_DIR/initdb.log" 2>&1 \
    || { cat "$PG_DIR/initdb.log" >&2; die "initdb failed"; }
  rm -f "$PG_DIR/pwfile"
  cat >>"$PG_DIR/data/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$PG_DIR'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
ssl = on
ssl_cert_file = '$PG_DIR/server.crt'
ssl_key_file = '$PG_DIR/server.key'
ssl_ca_file = '$PG_DIR/ca.crt'
CONF
  pg_as_postgres "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 start >/dev/null \
    || { cat "$PG_DIR/server.log" >&2; die "the test cluster did not start"; }

  cat >"$PG_DIR/ctl" <<CTL
#!/usr/bin/env bash
# start|stop|restart the private test cluster (used by restart tests).
exec runuser -u postgres -- "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -m fast "\$@"
CTL
  chmod 755 "$PG_DIR/ctl"

  export STRATUM_TEST_PG_URL="postgresql://postgres:$pw@127.0.0.1:$port/postgres"
  export STRATUM_TEST_PG_DIR="$PG_DIR"
  export STRATUM_TEST_PG_BINDIR="$PG_BINDIR"
  export STRATUM_TEST_PG_CA="$PG_DIR/ca.crt"
  export STRATUM_TEST_PG_PASSWORD="$pw"
  export STRATUM_TEST_PG_CTL="$PG_DIR/ctl"
}

pg_cluster_stop() {
  [ -n "${PG_DIR:-}" ] && [ -d "$PG_DIR" ] || return 0
  log "stopping and deleting the test cluster $PG_DIR"
  pg_as_postgres "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
  PG_DIR=""
}
