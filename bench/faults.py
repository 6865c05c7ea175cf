#!/usr/bin/env python3
"""Kaola fault script (issue 13 §5, 不要相信任何硬件). Run through bench/faults.sh.

Under a steady checkout load (verified buyers placing one-unit orders with unique Idempotency-Keys), in turn:
  provider   kill -9 one of two inventory instances (the second one started by this script), later start it again
  redis      kill -9 this stack's own Redis (AOF on, fsync always), then start it again on the same port
  broker     kill -9 this stack's RocketMQ name server + broker (a devinfra JVM of their own), then start it again
  order-db   make the order shard ds_1 unreachable (its connections go through a TCP proxy in this script, which resets
             them and refuses new ones), then reachable again
Each phase: the fault for FAULT_SECONDS under load, then the repair, then until every request succeeds again for
5 s in a row (at most RECOVERY_LIMIT s). Afterwards the invariants: no order lost or duplicated (every 2xx answer is
one order row; one row per idempotency key), stock and quota conserved (orders = reservations = quota reservations),
every request answered (2xx, or problem+json with a code: never a hang, never a 500 without a code or with a trace).

Own stack only: ./kaola up with port offset 4000, databases *_faults, its own Redis on 10379 and its own broker JVM;
all traffic to 127.0.0.1, bounded in time; everything this script starts is stopped at the end, by pid.
"""
import argparse
import collections
import datetime
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import bench  # noqa: E402  (the bench's stack, shop and invariants)
from bench import http, log, must, sql  # noqa: E402

OFFSET = 4000
REDIS_PORT = 6379 + OFFSET
NAMESRV_PORT = 9876 + OFFSET
BROKER_PORT = 10911 + OFFSET
VERSION = "0.1.0-SNAPSHOT"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, up=True, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                if up:
                    return True
        except OSError:
            if not up:
                return True
        time.sleep(0.2)
    return False


class Proxy:
    """A TCP proxy 127.0.0.1:port -> 127.0.0.1:target that can be cut (reset every connection, refuse new ones)."""

    def __init__(self, target):
        self.target = target
        self.port = free_port()
        self.lock = threading.Lock()
        self.conns = set()
        self.server = None
        self.open()

    def open(self):
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", self.port))
        self.server.listen(64)
        threading.Thread(target=self._accept, args=(self.server,), daemon=True).start()

    def cut(self):
        server, self.server = self.server, None
        try:
            server.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close() alone leaves it listening
        except OSError:
            pass
        server.close()
        with self.lock:
            for c in list(self.conns):
                try:
                    c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    c.close()
                except OSError:
                    pass
            self.conns.clear()

    def _accept(self, server):
        while True:
            try:
                client, _ = server.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target))
            except OSError:
                client.close()
                continue
            with self.lock:
                self.conns.update((client, upstream))
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    def _pipe(self, a, b):
        try:
            while True:
                data = a.recv(65536)
                if not data:
                    break
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.close()
                except OSError:
                    pass
            with self.lock:
                self.conns.discard(a)
                self.conns.discard(b)


class FaultStack(bench.Stack):
    """The bench's own stack, on offset 4000, with Redis, the broker and order shard ds_1 under this script's control."""

    def __init__(self, args):
        args.url = None
        args.var = args.var or os.path.join(args.root, "var", "faults")
        super().__init__(args)
        self.offset = OFFSET
        self.url = f"http://127.0.0.1:{8080 + OFFSET}"
        self.db_suffix = "_faults"
        self.redis_db = 0
        self.redis_dir = os.path.join(self.var, "redis")
        self.mq_var = os.path.join(self.var, "mq")
        self.proxy = Proxy(3306)
        self.redis = None
        self.broker = None
        self.twin = None
        self.env.update({
            "KAOLA_VAR": self.var, "KAOLA_PORT_OFFSET": str(OFFSET), "KAOLA_DB_SUFFIX": self.db_suffix,
            "KAOLA_REDIS_PORT": str(REDIS_PORT), "KAOLA_REDIS_DB": "0",
            "KAOLA_DEVINFRA_PARTS": "base",
            "KAOLA_ORDER_DB_SHARDS": f"127.0.0.1:3306,127.0.0.1:{self.proxy.port}",
            "KAOLA_SANDBOX_CUSTOMS_CHAOS": "false",
        })

    def fresh(self):
        for db in sql("SHOW DATABASES").split():
            if db.startswith("kaola_") and db.endswith(self.db_suffix):
                sql(f"DROP DATABASE `{db}`")
        subprocess.run(["rm", "-rf", self.redis_dir, os.path.join(self.mq_var, "data")], check=True)

    def start_redis(self):
        os.makedirs(self.redis_dir, exist_ok=True)
        self.redis = subprocess.Popen(["redis-server", "--bind", "127.0.0.1", "--port", str(REDIS_PORT), "--save", "",
                                       "--appendonly", "yes", "--appendfsync", "always", "--dir", self.redis_dir],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if not wait_port(REDIS_PORT):
            raise SystemExit("faults: Redis did not start on " + str(REDIS_PORT))

    def start_broker(self):
        os.makedirs(os.path.join(self.mq_var, "run"), exist_ok=True)
        ready = os.path.join(self.mq_var, "run", "devinfra.ready")
        if os.path.exists(ready):
            os.unlink(ready)
        env = dict(self.env, KAOLA_VAR=self.mq_var, KAOLA_DEVINFRA_PARTS="mq",
                   KAOLA_MQ_NAMESRV_PORT=str(NAMESRV_PORT), KAOLA_MQ_BROKER_PORT=str(BROKER_PORT))
        jar = os.path.join(self.root, f"deploy/kaola-devinfra/target/kaola-devinfra-{VERSION}-exec.jar")
        logf = open(os.path.join(self.mq_var, "broker.log"), "a")
        self.broker = subprocess.Popen(["java", "-Xmx256m", "-XX:MaxDirectMemorySize=256m",
                                        f"-Drocketmq.log.root={self.mq_var}/rocketmqlogs", "-jar", jar],
                                       env=env, stdout=logf, stderr=subprocess.STDOUT)
        deadline = time.time() + 120
        while not os.path.exists(ready):
            if time.time() > deadline or self.broker.poll() is not None:
                raise SystemExit(f"faults: the broker did not start (log: {self.mq_var}/broker.log)")
            time.sleep(0.3)

    def start(self):
        self.kaola("down", timeout=120)
        self.fresh()
        self.start_redis()
        self.start_broker()
        log(f"./kaola up (offset {OFFSET}, databases *{self.db_suffix}, own Redis :{REDIS_PORT}, own broker "
            f":{NAMESRV_PORT}/{BROKER_PORT}, ds_1 through proxy :{self.proxy.port}) ...")
        r = self.kaola("up")
        if r.returncode != 0:
            raise SystemExit("faults: ./kaola up failed:\n" + r.stdout[-3000:] + r.stderr[-3000:])

    def start_twin(self, name):
        """A second instance of a provider: the first one's command line and environment, other ports."""
        pid = self.pids()[name]
        argv = open(f"/proc/{pid}/cmdline", "rb").read().split(b"\0")[:-1]
        env = dict(kv.split(b"=", 1) for kv in open(f"/proc/{pid}/environ", "rb").read().split(b"\0") if b"=" in kv)
        up = name.upper().encode()
        http_port, dubbo_port = free_port(), free_port()
        out = []
        for a in argv:
            if a.startswith(b"-XX:ArchiveClassesAtExit") or a.startswith(b"-XX:SharedArchiveFile"):
                continue
            if a.startswith(b"-DKAOLA_" + up + b"_HTTP_PORT="):
                a = b"-DKAOLA_" + up + b"_HTTP_PORT=" + str(http_port).encode()
            if a.startswith(b"-DKAOLA_" + up + b"_DUBBO_PORT="):
                a = b"-DKAOLA_" + up + b"_DUBBO_PORT=" + str(dubbo_port).encode()
            out.append(a)
        logf = open(os.path.join(self.var, "logs", f"{name}-twin.log"), "a")
        self.twin = subprocess.Popen(out, env=env, cwd=os.readlink(f"/proc/{pid}/cwd"),
                                     stdout=logf, stderr=subprocess.STDOUT)
        deadline = time.time() + 180
        while time.time() < deadline:
            status, body = http("GET", f"http://127.0.0.1:{http_port}/actuator/health/readiness", timeout=2) \
                if wait_port(http_port, seconds=1) else (0, None)
            if status == 200:
                log(f"{name} twin up (pid {self.twin.pid}, http :{http_port}, dubbo :{dubbo_port})")
                return
            if self.twin.poll() is not None:
                break
            time.sleep(1)
        raise SystemExit(f"faults: the {name} twin did not come up (log: {self.var}/logs/{name}-twin.log)")

    def stop(self):
        for p in (self.twin,):
            if p and p.poll() is None:
                p.terminate()
                try:
                    p.wait(30)
                except subprocess.TimeoutExpired:
                    p.kill()
        r = self.kaola("down", timeout=180)
        log("./kaola down: " + (r.stdout.strip().splitlines() or ["done"])[-1])
        for p in (self.broker, self.redis):
            if p and p.poll() is None:
                p.terminate()
                try:
                    p.wait(30)
                except subprocess.TimeoutExpired:
                    p.kill()
        self.proxy.cut()


class Load:
    """Steady checkout: WORKERS threads, each placing one-unit orders for the buyers in turn, every answer recorded."""

    def __init__(self, shop, workers, timeout):
        self.shop = shop
        self.workers = workers
        self.timeout = timeout
        self.answers = []  # (t answered, status, code, ms, orderNo, key)
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.threads = []

    def start(self):
        for w in range(self.workers):
            t = threading.Thread(target=self._run, args=(w,), daemon=True)
            t.start()
            self.threads.append(t)

    def stop(self):
        self.stopping.set()
        for t in self.threads:
            t.join(self.timeout + 5)

    def _run(self, w):
        i = w
        while not self.stopping.is_set():
            i += self.workers
            token, _ = self.shop.buyers[i % len(self.shop.buyers)]
            key = f"faults-{uuid.uuid4().hex}"
            # each buyer orders to an address of their own, as real shoppers do (anti-spam counts phones across accounts)
            address = dict(bench.ADDRESS, phone="139%08d" % (i % len(self.shop.buyers)))
            body = {"address": address, "lines": [{"skuCode": self.shop.sku, "quantity": 1}]}
            t0 = time.time()
            try:
                status, answer = http("POST", self.shop.api + "/orders", body, token, {"Idempotency-Key": key},
                                      timeout=self.timeout)
            except Exception as e:  # no answer within the timeout, or the connection dropped
                status, answer = -1, {"code": "NO_ANSWER:" + type(e).__name__}
            ms = (time.time() - t0) * 1000
            code = None
            order_no = None
            if isinstance(answer, dict):
                code = answer.get("code")
                order_no = answer.get("orderNo")
            elif status >= 400:
                code = "NOT_PROBLEM_JSON"
            if status >= 500 and isinstance(answer, dict) and ("trace" in answer or "exception" in answer):
                code = "STACK_TRACE"
            with self.lock:
                self.answers.append((t0 + ms / 1000, status, code, ms, order_no, key))

    def since(self, t):
        with self.lock:
            return [a for a in self.answers if a[0] >= t]


def ok(a):
    return 200 <= a[1] < 300


def recovered_at(load, since, limit, window=5.0):
    """The first time after `since` from which every answer for `window` seconds was a success, or None."""
    deadline = since + limit
    while time.time() < deadline:
        time.sleep(1)
        answers = load.since(since)
        if not answers:
            continue
        # walk back from the newest answer: the start of the trailing run of successes
        run_start = None
        for a in reversed(answers):
            if not ok(a):
                break
            run_start = a[0]
        if run_start is not None and answers[-1][0] - run_start >= window:
            return run_start
    return None


def first_stable(answers, start, window=5.0):
    """After the fact: the start of the first run of successes lasting `window` s that begins at or after `start`."""
    run_start = None
    for a in answers:
        if a[0] < start:
            continue
        if not ok(a):
            run_start = None
            continue
        if run_start is None:
            run_start = a[0]
        if a[0] - run_start >= window:
            return run_start
    return None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--root", required=True)
    p.add_argument("--var", help="where the stack keeps its files (default var/faults)")
    p.add_argument("--keep", action="store_true", help="leave the stack running afterwards")
    p.add_argument("--faults", default="provider,redis,broker,order-db", help="comma list, in this order")
    args = p.parse_args()
    args.db_suffix = "_faults"
    fault_seconds = int(os.environ.get("FAULT_SECONDS", "15"))
    baseline_seconds = int(os.environ.get("FAULT_BASELINE_SECONDS", "15"))
    recovery_limit = int(os.environ.get("RECOVERY_LIMIT", "120"))
    workers = int(os.environ.get("FAULT_WORKERS", "6"))
    buyers = int(os.environ.get("FAULT_BUYERS", "40"))
    timeout = float(os.environ.get("FAULT_CLIENT_TIMEOUT", "15"))

    stack = FaultStack(args)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.root, capture_output=True, text=True).stdout.strip()
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    phases = []
    load = None
    try:
        stack.start()
        shop = bench.Shop(stack, buyers)
        stack.start_twin("inventory")
        load = Load(shop, workers, timeout)
        load.start()
        log(f"baseline: {baseline_seconds} s of checkout from {workers} workers")
        t0 = time.time()
        time.sleep(baseline_seconds)
        phases.append(("baseline", t0, None, None))

        def phase(name, inject, repair, recovery_from_fault=False):
            log(f"{name}: fault for {fault_seconds} s under load")
            t_fault = time.time()
            inject()
            time.sleep(fault_seconds)
            t_repair = time.time()
            repair()
            log(f"{name}: repaired; waiting until every request succeeds for 5 s (at most {recovery_limit} s)")
            back = recovered_at(load, t_repair, recovery_limit)
            phases.append((name, t_fault, t_repair, back))

        for fault in args.faults.split(","):
            if fault == "provider":
                victim = stack.pids()["inventory"]
                phase("kill one of two inventory instances",
                      lambda: os.kill(victim, signal.SIGKILL),
                      lambda: stack.kaola("up"))  # starts the missing instance again; the twin served meanwhile
            elif fault == "redis":
                phase("Redis killed", lambda: stack.redis.kill(), stack.start_redis)
            elif fault == "broker":
                phase("broker (name server + broker) killed", lambda: stack.broker.kill(), stack.start_broker)
            elif fault == "order-db":
                phase("order shard ds_1 unreachable", stack.proxy.cut, stack.proxy.open)
            else:
                raise SystemExit("faults: unknown fault " + fault)
        time.sleep(3)
        load.stop()
        checks = invariants(stack, shop, load)
    finally:
        if load:
            load.stop()
        if not args.keep:
            stack.stop()

    answers = load.answers
    print(f"\nKaola fault script, {started}, commit {commit}, {os.cpu_count()} cores, own stack (./kaola up, offset "
          f"{OFFSET}), {workers} checkout workers, {buyers} verified buyers, client timeout {timeout:.0f} s, "
          f"each fault {fault_seconds} s\n")
    answers = sorted(answers)
    print("| phase | requests | 2xx | refused, by code | slowest answer | all served again, after the fault | after the repair |")
    print("|---|---|---|---|---|---|---|")
    bounds = [ph[1] for ph in phases[1:]] + [float("inf")]
    for (name, t_start, t_repair, back), t_end in zip(phases, bounds):
        mine = [a for a in answers if t_start <= a[0] < t_end]
        codes = collections.Counter(f"{a[1]} {a[2]}" for a in mine if not ok(a))
        refused = ", ".join(f"{k} ×{v}" for k, v in codes.most_common()) or "none"
        if t_repair is None:
            during, rec = "–", "–"
        else:
            d = first_stable(answers, t_start)
            during = "never" if d is None or d >= t_repair else f"{d - t_start:.1f} s (while still broken)"
            b = first_stable(answers, t_repair)
            rec = f"NOT within {recovery_limit} s" if back is None or b is None else f"{max(b - t_repair, 0):.1f} s"
        slowest = max((a[3] for a in mine), default=0)
        print(f"| {name} | {len(mine)} | {sum(1 for a in mine if ok(a))} | {refused} | {slowest / 1000:.1f} s "
              f"| {during} | {rec} |")
    print("\nInvariants afterwards:")
    failed = any(ph[2] is not None and ph[3] is None for ph in phases)
    for name, values, good in checks:
        failed |= not good
        print(f"  {'ok  ' if good else 'FAIL'} {name}: {' = '.join(str(v) for v in values)}")
    sys.exit(1 if failed else 0)


def invariants(stack, shop, load):
    answers = load.answers
    accepted = {a[4] for a in answers if ok(a) and a[4]}
    keys = [a[5] for a in answers]
    rows = collections.Counter()
    row_keys = collections.Counter()
    for db in (stack.database("order_0"), stack.database("order_1")):
        for t in range(4):
            for line in sql(f"SELECT order_no, idempotency_key FROM `{db}`.trade_order_{t} "
                            f"WHERE idempotency_key LIKE 'faults-%'").splitlines():
                order_no, key = line.split("\t")
                rows[order_no] += 1
                row_keys[key] += 1
    lost = sorted(accepted - set(rows))
    duplicated_keys = [k for k, n in row_keys.items() if n > 1]
    no_answer = sum(1 for a in answers if a[1] == -1)
    bad = sum(1 for a in answers if not ok(a) and (a[2] in (None, "NOT_PROBLEM_JSON", "STACK_TRACE") or a[1] == 500 and not a[2]))
    checks = [
        ("accepted orders missing from the order tables", (len(lost),), not lost),
        ("idempotency keys with more than one order", (len(duplicated_keys),), not duplicated_keys),
        ("orders written whose answer was not 2xx (the client may retry with the same key)",
         (len(rows) - len(accepted),), True),
        ("requests with no answer within the client timeout", (no_answer,), no_answer == 0),
        ("answers that are not 2xx and not problem+json with a code", (bad,), bad == 0),
    ]
    return checks + bench.invariants(stack, shop.sku)


if __name__ == "__main__":
    main()
