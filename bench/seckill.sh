#!/usr/bin/env bash
# The flash-sale benchmark (bench/README.md, issue 11): 20,000 attempts from 2,000 verified buyers on 100 units.
#
#   bench/seckill.sh                  own stack: ./kaola up with offset 3000, databases *_bench, Redis db 4
#   bench/seckill.sh --url http://127.0.0.1:8080 --var ./var   a running stack (raise its seckill-per-ip limit)
#   BENCH_SECKILL_BUYERS=2000 BENCH_SECKILL_UNITS=100 BENCH_SECKILL_ATTEMPTS=20000 BENCH_SECKILL_CONNECTIONS=32
#
# Traffic goes to 127.0.0.1 only, bounded in count; the own stack is stopped at the end.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command -v mariadb >/dev/null 2>&1 || command -v mysql >/dev/null 2>&1 || { echo "bench: needs the mariadb client for the invariants" >&2; exit 1; }
exec python3 "$ROOT/bench/seckill.py" --root "$ROOT" "$@"
