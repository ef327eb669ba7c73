#!/usr/bin/env bash
# For development: starts a private test cluster that outlives this shell and
# prints the environment to use it. Stop it with: scripts/dev-cluster.sh stop DIR
#   eval "$(scripts/dev-cluster.sh start)"
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
source "$(dirname "${BASH_SOURCE[0]}")/lib/pgcluster.sh"
case "${1:-start}" in
  start)
    pg_cluster_start >&2
    echo dev >"$PG_DIR/owner.pid"   # never reaped by pg_cluster_reap_stale
    for v in URL DIR BINDIR CA PASSWORD CTL; do
      n="STRATUM_TEST_PG_$v"; printf 'export %s=%q\n' "$n" "${!n}"
    done ;;
  stop)
    PG_DIR="${2:?usage: dev-cluster.sh stop DIR}"; pg_cluster_stop ;;
  *) die "usage: dev-cluster.sh start|stop DIR" ;;
esac
