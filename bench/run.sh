#!/usr/bin/env bash
# The benchmark suite (bench/README.md): starts its own stack on shifted ports and fresh databases (or uses a
# running one with --url), sets up buyers and stock through the API, measures with wrk, prints one table.
#
#   bench/run.sh                      own stack: ./kaola up with offset 3000, databases *_bench, Redis db 4
#   bench/run.sh --url http://127.0.0.1:8080 --var ./var   a running stack (ops login from <var>/secrets.env)
#   BENCH_SECONDS=20 BENCH_WARMUP=5 BENCH_CHECKOUT_SECONDS=20 BENCH_BUYERS=120 bench/run.sh
#
# Traffic goes to 127.0.0.1 only and every stage is bounded in time; the own stack is stopped at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if ! command -v wrk >/dev/null 2>&1; then
  echo "bench: installing wrk (Debian package)" >&2
  if [[ $(id -u) == 0 ]]; then apt-get install -y -qq wrk >/dev/null; else sudo apt-get install -y -qq wrk >/dev/null; fi
fi
command -v mariadb >/dev/null 2>&1 || command -v mysql >/dev/null 2>&1 || { echo "bench: needs the mariadb client for the invariants" >&2; exit 1; }
exec python3 "$ROOT/bench/bench.py" --root "$ROOT" "$@"
