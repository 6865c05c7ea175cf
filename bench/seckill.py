#!/usr/bin/env python3
"""Flash-sale benchmark (issue 11 §6; bench/README.md). Run through bench/seckill.sh.

On its own stack (./kaola up, shifted ports, fresh *_bench databases) or a running one (--url/--var):
  1. BENCH_SECKILL_BUYERS (2,000) verified buyers registered through the API; one SKU; a flash sale of
     BENCH_SECKILL_UNITS (100) units, per-user limit 1, at half the SKU's price.
  2. ceiling: BENCH_SECKILL_ATTEMPTS requests to GET /actuator/health/liveness with the same client and concurrency.
  3. BENCH_SECKILL_ATTEMPTS (20,000) attempts: every buyer in turn (shuffled, BENCH_SECKILL_CONNECTIONS workers, one
     keep-alive connection each) fetches a one-time token then attempts - 10 attempts per buyer by default. Latency of
     each attempt is recorded by its answer: admission (202) or rejection (409/429).
  4. Every admitted attempt polled until ORDERED or FAILED; then the checks: orders = units exactly, 0 oversell, 0
     duplicate buyer, Redis units 0, hold remaining 0, reservations taken from the hold = orders, the reconciliation's
     drift 0; exits 1 if one fails.
The client is Python (one process): the ceiling is measured by the same client, so the ratios compare the server's
work, not the client's.
"""
import argparse
import collections
import concurrent.futures
import http.client
import json
import os
import random
import subprocess
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (Stack, Shop, sql, log, must, http, address_of)

LOCAL = threading.local()


def connection(host, port):
    conn = getattr(LOCAL, "conn", None)
    if conn is None:
        conn = LOCAL.conn = http.client.HTTPConnection(host, port, timeout=30)
    return conn


def call(host, port, method, path, body=None, token=None):
    """One request on this worker's keep-alive connection: (status, parsed body or None, seconds)."""
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if token:
        headers["Authorization"] = "Bearer " + token
    data = json.dumps(body).encode() if body is not None else None
    for attempt in range(2):
        conn = connection(host, port)
        t0 = time.perf_counter()
        try:
            conn.request(method, path, body=data, headers=headers)
            r = conn.getresponse()
            raw = r.read()
            elapsed = time.perf_counter() - t0
            if r.getheader("Connection", "").lower() == "close":
                conn.close()
                LOCAL.conn = None
            try:
                parsed = json.loads(raw) if raw else None
            except ValueError:
                parsed = None
            return r.status, parsed, elapsed
        except (http.client.HTTPException, OSError):
            conn.close()
            LOCAL.conn = None
            if attempt == 1:
                raise
    raise RuntimeError("unreachable")


def percentile(values, p):
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def run(tasks, workers, fn):
    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        results = list(pool.map(fn, tasks))
    return results, time.perf_counter() - t0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--root", required=True)
    p.add_argument("--url", help="a running stack's gateway (default: start our own)")
    p.add_argument("--var", help="the running stack's KAOLA_VAR (pids, secrets.env)")
    p.add_argument("--db-suffix", default="", help="the running stack's KAOLA_DB_SUFFIX")
    p.add_argument("--keep", action="store_true", help="leave our own stack running afterwards")
    args = p.parse_args()
    buyers_n = int(os.environ.get("BENCH_SECKILL_BUYERS", "2000"))
    units = int(os.environ.get("BENCH_SECKILL_UNITS", "100"))
    attempts_n = int(os.environ.get("BENCH_SECKILL_ATTEMPTS", "20000"))
    workers = int(os.environ.get("BENCH_SECKILL_CONNECTIONS", "32"))

    stack = bench.Stack(args)
    if stack.own:
        # every buyer of the bench comes from 127.0.0.1: the per-IP flash-sale limit raised for this stack only
        stack.env["KAOLA_GATEWAY_LIMITS_SECKILL_PER_IP_PERMITS"] = "10000000"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.root, capture_output=True,
                            text=True).stdout.strip()
    failed = False
    try:
        stack.start()
        shop = bench.Shop(stack, buyers_n)
        url = urllib.parse.urlparse(stack.url)
        host, port = url.hostname, url.port or 80
        api = shop.api
        detail = bench.must(bench.http("GET", f"{api}/products/{shop.spu_id}"), 200)
        price = next(s["price"]["minor"] for s in detail["skus"] if s["skuCode"] == shop.sku)
        now = time.time()
        iso = lambda t: time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))  # noqa: E731
        sale = bench.must(bench.http("POST", f"{api}/admin/flash-sales", {
            "name": "bench flash sale", "skuCode": shop.sku, "price": {"minor": max(1, price // 2), "currency": "CNY"},
            "units": units, "perUserLimit": 1, "startsAt": iso(now - 5), "endsAt": iso(now + 3600)}, shop.ops), 201)
        sale_id = sale["id"]
        bench.log(f"flash sale {sale_id}: {units} units of {shop.sku} at {max(1, price // 2)} fen (list {price})")

        # the ceiling, same client, same workers, same count
        ceiling, ceiling_s = run(range(attempts_n), workers,
                                 lambda _: call(host, port, "GET", "/actuator/health/liveness"))
        ceiling_ok = [s for st, _, s in ceiling if st == 200]

        tokens_of = [b[0] for b in shop.buyers]
        order = [i for _ in range((attempts_n + buyers_n - 1) // buyers_n) for i in range(buyers_n)][:attempts_n]
        random.Random(7).shuffle(order)
        outcomes = collections.Counter()
        admitted = []
        admitted_lock = threading.Lock()
        lat_admit, lat_reject, lat_token = [], [], []

        def one(i):
            token = tokens_of[i]
            st, body, s = call(host, port, "POST", f"/api/flash-sales/{sale_id}/tokens", None, token)
            lat_token.append(s)
            attempt_token = body.get("token") if st == 201 and isinstance(body, dict) else "none"
            st, body, s = call(host, port, "POST", f"/api/flash-sales/{sale_id}/attempts",
                               {"token": attempt_token, "address": bench.address_of(i)}, token)
            code = body.get("code") if isinstance(body, dict) else None
            if st == 202:
                lat_admit.append(s)
                with admitted_lock:
                    admitted.append((i, body["attemptId"]))
                outcomes["202 admitted"] += 1
            else:
                lat_reject.append(s)
                outcomes[f"{st} {code}"] += 1

        bench.log(f"{attempts_n} attempts from {buyers_n} buyers, {workers} workers ...")
        _, attempts_s = run(order, workers, one)

        # every admitted attempt to ORDERED or FAILED
        settled = {}
        deadline = time.time() + 180
        while len(settled) < len(admitted) and time.time() < deadline:
            for i, attempt_id in admitted:
                if attempt_id in settled:
                    continue
                st, body = bench.http("GET", f"{api}/flash-sales/attempts/{attempt_id}", token=tokens_of[i])
                if st == 200 and body["status"] != "QUEUED":
                    settled[attempt_id] = (i, body)
            if len(settled) < len(admitted):
                time.sleep(0.5)
        ordered = [(i, b["orderNo"]) for i, b in settled.values() if b["status"] == "ORDERED"]
        failed_attempts = collections.Counter(b["reason"] for _, b in settled.values() if b["status"] == "FAILED")
        view = bench.must(bench.http("GET", f"{api}/flash-sales/{sale_id}"), 200)
        report = bench.must(bench.http("POST", f"{api}/admin/flash-sales/{sale_id}/reconcile", None, shop.ops), 200)
        inventory = stack.database("inventory")
        hold = bench.sql(f"SELECT units, remaining, status FROM `{inventory}`.stock_hold WHERE hold_id = 'SECKILL-{sale_id}'").split()
        taken = int(bench.sql(f"SELECT COUNT(*) FROM `{inventory}`.reservation WHERE hold_id = 'SECKILL-{sale_id}'"))
        oversold = int(bench.sql(f"SELECT COUNT(*) FROM `{inventory}`.stock WHERE on_hand < reserved OR reserved < 0"))
    finally:
        if not args.keep:
            stack.stop()

    def ms(v):
        return f"{v * 1000:,.1f}"

    ceiling_rps = len(ceiling) / ceiling_s
    attempts_rps = attempts_n / attempts_s
    print(f"\nKaola flash-sale bench, commit {commit}, {os.cpu_count()} cores, "
          f"{'own stack, KAOLA_JVM=' + os.environ.get('KAOLA_JVM', 'small') if stack.own else stack.url}; "
          f"{buyers_n} verified buyers, {units} units, per-user limit 1, {attempts_n} attempts, {workers} workers "
          f"(Python client, one keep-alive connection each)\n")
    print("| measured | count | per s | p50 ms | p99 ms | ratio to ceiling (per s) |")
    print("|---|---|---|---|---|---|")
    print(f"| ceiling: GET /actuator/health/liveness | {len(ceiling):,} | {ceiling_rps:,.0f} | "
          f"{ms(percentile(ceiling_ok, 50))} | {ms(percentile(ceiling_ok, 99))} | 1.000 |")
    print(f"| attempts (token + attempt) | {attempts_n:,} | {attempts_rps:,.0f} | | | {attempts_rps / ceiling_rps:.3f} |")
    print(f"| token: POST /api/flash-sales/{{id}}/tokens | {len(lat_token):,} | | {ms(percentile(lat_token, 50))} | "
          f"{ms(percentile(lat_token, 99))} | |")
    print(f"| admission: POST .../attempts → 202 | {len(lat_admit):,} | | {ms(percentile(lat_admit, 50))} | "
          f"{ms(percentile(lat_admit, 99))} | |")
    print(f"| rejection: POST .../attempts → 409/429 | {len(lat_reject):,} | | {ms(percentile(lat_reject, 50))} | "
          f"{ms(percentile(lat_reject, 99))} | |")
    print(f"\np99 vs the ceiling's p99 ({ms(percentile(ceiling_ok, 99))} ms): admission "
          f"{percentile(lat_admit, 99) / max(1e-9, percentile(ceiling_ok, 99)):.1f}x, rejection "
          f"{percentile(lat_reject, 99) / max(1e-9, percentile(ceiling_ok, 99)):.1f}x")
    print("\nAnswers: " + ", ".join(f"{k}: {v:,}" for k, v in sorted(outcomes.items())))
    if failed_attempts:
        print("Failed orders: " + ", ".join(f"{k}: {v}" for k, v in failed_attempts.items()))
    buyers_with_orders = [i for i, _ in ordered]
    checks = [
        ("orders = units", [len(ordered), units], len(ordered) == units),
        ("admitted = orders + failed", [len(admitted), len(ordered), sum(failed_attempts.values())],
         len(admitted) == len(ordered) + sum(failed_attempts.values())),
        ("distinct order numbers = orders", [len(set(o for _, o in ordered)), len(ordered)],
         len(set(o for _, o in ordered)) == len(ordered)),
        ("distinct buyers = orders (limit 1: 0 duplicate)", [len(set(buyers_with_orders)), len(ordered)],
         len(set(buyers_with_orders)) == len(ordered)),
        ("reservations taken from the hold = orders", [taken, len(ordered)], taken == len(ordered)),
        ("hold remaining = 0 = Redis units", [int(hold[1]) if hold else -1, view["unitsLeft"]],
         bool(hold) and int(hold[1]) == 0 and view["unitsLeft"] == 0),
        ("reconciliation drift = 0", [report["drift"]], report["drift"] == 0),
        ("oversold stock rows = 0", [oversold], oversold == 0),
    ]
    print("\nInvariants afterwards:")
    for name, values, ok in checks:
        failed |= not ok
        print(f"  {'ok  ' if ok else 'FAIL'} {name}: {' = '.join(str(v) for v in values)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
