#!/usr/bin/env bash
# The fault script (issue 13 §5; bench/README.md): under a steady checkout load, kill one of two inventory
# instances, kill Redis, kill the broker, cut one order shard, bringing each back; then the invariants.
#
#   bench/faults.sh                                   all four faults, 15 s each, 6 checkout workers
#   bench/faults.sh --faults redis,order-db           some of them
#   FAULT_SECONDS=30 FAULT_WORKERS=8 FAULT_BUYERS=60 RECOVERY_LIMIT=180 bench/faults.sh
#
# Own stack only (offset 4000, databases *_faults, its own Redis and broker); traffic to 127.0.0.1, bounded in time;
# everything it starts is stopped at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v redis-server >/dev/null 2>&1 || { echo "faults: needs redis-server (Debian package redis-server)" >&2; exit 1; }
command -v mariadb >/dev/null 2>&1 || command -v mysql >/dev/null 2>&1 || { echo "faults: needs the mariadb client" >&2; exit 1; }
exec python3 "$ROOT/bench/faults.py" --root "$ROOT" "$@"
