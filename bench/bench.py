#!/usr/bin/env python3
"""Kaola benchmark suite (bench/README.md). Run through bench/run.sh.

Stages, all in one run against one stack, all to 127.0.0.1, each bounded in time:
  ceiling        GET  /actuator/health/liveness   the HTTP front's ceiling on this box
  product detail GET  /api/products/{spuId}        warm cache
  category list  GET  /api/products?category=...
  price trial    POST /api/price/trial             verified buyers, one SKU
  checkout       POST /api/orders                  verified buyers, one unit, unique Idempotency-Key each
  pay to PAID    sandbox confirm -> order PAID     sequential, latency only
  paid to released  N orders paid at once; orders/s until every one is CLEARED (customs released), with the
                 customs and carrier sandboxes instant (own stack), against the checkout stage of the same run
  sentinel       product detail with the gateway's Sentinel checks on, then off (switch sentinel.enabled, set live
                 through the admin API), interleaved on/off/on/off, each half a stage; cost = 1 - on/off
For each: requests/s, p50, p99, ratio to the ceiling, non-2xx, and CPU ms per operation of every service
(/proc/<pid>/stat over the measured window). Afterwards the invariants: orders = stock reservations = quota
reservations (units too), no negative or oversold stock.
"""
import argparse
import concurrent.futures
import datetime
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid

CLK_TCK = os.sysconf("SC_CLK_TCK")
def address_of(i):
    """Buyer i's own delivery address: order anti-spam counts the accounts ordering to one phone, so every bench
    buyer has a phone of their own, as real shoppers do."""
    return dict(ADDRESS, phone="139%08d" % i)


ADDRESS = {"consignee": "李雷", "phone": "13800138000", "province": "浙江省", "city": "杭州市",
           "district": "滨江区", "detail": "网商路 599 号"}
BUYER_NAME = "韩梅梅"
PASSWORD = "correct-horse-battery"
WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHECK = "10X98765432"


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def identity_number(n):
    """A synthetic valid resident identity number (GB 11643-1999 MOD 11-2), region 110101, born 1991."""
    body = "1101011991%02d%02d%03d" % (1 + (n // (999 * 28)) % 12, 1 + (n // 999) % 28, 1 + n % 999)
    return body + CHECK[sum(int(c) * w for c, w in zip(body, WEIGHTS)) % 11]


def http(method, url, body=None, token=None, headers=None, timeout=30):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method)
    if body is not None:
        req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            raw = r.read()
            return r.status, (json.loads(raw) if raw else None)
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            return e.code, json.loads(raw)
        except ValueError:
            return e.code, raw.decode(errors="replace")


def must(status_body, *ok):
    status, body = status_body
    if status not in ok:
        raise SystemExit(f"bench: unexpected HTTP {status}: {body}")
    return body


class Stack:
    """The stack under test: our own (./kaola up with shifted ports and fresh databases) or a running one."""

    def __init__(self, args):
        self.root = args.root
        self.own = args.url is None
        self.offset = 3000 if self.own else 0
        self.var = os.path.abspath(args.var or os.path.join(self.root, "var", "bench" if self.own else ""))
        self.url = args.url or f"http://127.0.0.1:{8080 + self.offset}"
        self.db_suffix = "_bench" if self.own else args.db_suffix
        self.redis_db = 4
        self.up_seconds = None
        self.up_rss_mb = None
        self.first_up_seconds = None
        self.env = dict(os.environ)
        if self.own:
            self.env.update({
                "KAOLA_VAR": self.var, "KAOLA_PORT_OFFSET": str(self.offset), "KAOLA_DB_SUFFIX": self.db_suffix,
                "KAOLA_REDIS_DB": str(self.redis_db),
                # the bench registers its buyers from 127.0.0.1: registration per IP raised for this stack only
                "KAOLA_GATEWAY_LIMITS_REGISTER_PER_IP_PERMITS": "100000",
                # the paid-to-released stage measures our pipeline, not the sandboxes' simulated latency
                "KAOLA_SANDBOX_CUSTOMS_DELAY": "0ms", "KAOLA_SANDBOX_CUSTOMS_CHAOS": "false",
                "KAOLA_SANDBOX_CARRIER_DELAY": "0ms",
            })

    def ops_credentials(self):
        """The ops login: KAOLA_OPS_EMAIL/PASSWORD, else the stack's generated <var>/secrets.env."""
        email, password = os.environ.get("KAOLA_OPS_EMAIL"), os.environ.get("KAOLA_OPS_PASSWORD")
        secrets_env = os.path.join(self.var, "secrets.env")
        if (not email or not password) and os.path.exists(secrets_env):
            for line in open(secrets_env):
                m = re.match(r"(?:export\s+)?(KAOLA_OPS_EMAIL|KAOLA_OPS_PASSWORD)=['\"]?([^'\"\n]*)", line)
                if m and m.group(1) == "KAOLA_OPS_EMAIL":
                    email = email or m.group(2)
                elif m:
                    password = password or m.group(2)
        if not email or not password:
            raise SystemExit("bench: set KAOLA_OPS_EMAIL/KAOLA_OPS_PASSWORD or --var DIR with secrets.env")
        return email, password

    def kaola(self, *args, timeout=900):
        return subprocess.run([os.path.join(self.root, "kaola"), *args], cwd=self.root, env=self.env,
                              capture_output=True, text=True, timeout=timeout)

    def fresh(self):
        """Drops this stack's databases and empties its Redis database."""
        for db in sql("SHOW DATABASES").split():
            if db.startswith("kaola_") and db.endswith(self.db_suffix):
                sql(f"DROP DATABASE `{db}`")
        with socket.create_connection(("127.0.0.1", 6379)) as s:
            s.sendall(f"SELECT {self.redis_db}\r\nFLUSHDB\r\nQUIT\r\n".encode())
            s.recv(1024)

    def start(self):
        if not self.own:
            return
        self.kaola("down", timeout=120)
        self.fresh()
        flags = os.environ.get("KAOLA_JVM", "small")
        cds = os.path.join(self.var, "cds")
        if os.environ.get("KAOLA_CDS", "1") == "1" and not any(f.endswith(f"-{flags}.jsa") for f in
                                                               (os.listdir(cds) if os.path.isdir(cds) else [])):
            log("first start after a build: ./kaola up + down once to record the class-data archives ...")
            t0 = time.time()
            r = self.kaola("up")
            if r.returncode != 0:
                raise SystemExit("bench: ./kaola up failed:\n" + r.stdout + r.stderr)
            self.first_up_seconds = round(time.time() - t0)
            self.kaola("down", timeout=180)
            self.fresh()
        log(f"./kaola up (offset {self.offset}, databases *{self.db_suffix}, fresh) ...")
        t0 = time.time()
        r = self.kaola("up")
        if r.returncode != 0:
            raise SystemExit("bench: ./kaola up failed:\n" + r.stdout + r.stderr)
        out = r.stdout + r.stderr
        m = re.search(r"Kaola is up in (\d+) s \(resident memory of all processes: (\d+) MB\)", out)
        self.up_seconds = int(m.group(1)) if m else round(time.time() - t0)
        self.up_rss_mb = int(m.group(2)) if m else None
        log(f"./kaola up: {self.up_seconds} s, resident memory {self.up_rss_mb} MB")

    def stop(self):
        if self.own:
            r = self.kaola("down", timeout=120)
            log("./kaola down: " + (r.stdout.strip().splitlines() or ["done"])[-1])

    def pids(self):
        run = os.path.join(self.var, "run")
        out = {}
        for f in sorted(os.listdir(run)) if os.path.isdir(run) else []:
            if f.endswith(".pid"):
                try:
                    pid = int(open(os.path.join(run, f)).read().strip())
                    os.kill(pid, 0)
                    out[f[:-4]] = pid
                except (ValueError, ProcessLookupError, PermissionError):
                    pass
        return out

    def database(self, name):
        return f"kaola_{name}{self.db_suffix}"


def sql(statement):
    client = "mariadb" if subprocess.run(["which", "mariadb"], capture_output=True).returncode == 0 else "mysql"
    r = subprocess.run([client, "-h127.0.0.1", "-uroot", "-N", "-B", "-e", statement], capture_output=True, text=True)
    if r.returncode != 0:
        raise SystemExit("bench: SQL failed: " + statement + "\n" + r.stderr)
    return r.stdout.strip()


def cpu_ticks(pids):
    ticks = {}
    for name, pid in pids.items():
        try:
            fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
            ticks[name] = int(fields[11]) + int(fields[12])  # utime + stime
        except (FileNotFoundError, IndexError):
            pass
    return ticks


class Shop:
    """What the bench needs, set up through the API like a user would."""

    def __init__(self, stack, buyers):
        self.stack = stack
        self.api = stack.url + "/api"
        email, password = stack.ops_credentials()
        self.ops = must(http("POST", self.api + "/auth/login", {"email": email, "password": password}), 200)["accessToken"]
        self.ensure_catalogue()
        self.sku, self.spu_id, self.category = self.pick_sku()
        must(http("PUT", f"{self.api}/admin/stock/{self.sku}", {"quantity": 10_000_000}, self.ops), 200)
        # customs needs an HS code on record for every line it declares (imported products have none)
        must(http("PUT", f"{self.api}/admin/products/{self.spu_id}/tax-profile", {"hsCode": "9401710000"}, self.ops), 200)
        log(f"SKU {self.sku} (SPU {self.spu_id}, category {self.category}) stocked with 10,000,000 units")
        self.buyers = self.register_buyers(buyers)

    def ensure_catalogue(self):
        page = must(http("GET", self.api + "/products?size=1"), 200)
        if page["total"] > 0:
            return
        sample = os.path.join(self.stack.root, "samples", "commercetools-b2c-lifestyle")
        args = ["curl", "-sS", "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST",
                self.api + "/admin/catalog/import", "-H", "Authorization: Bearer " + self.ops]
        for f in sorted(os.listdir(sample)):
            if f.endswith(".json"):
                args += ["-F", f"files=@{os.path.join(sample, f)};filename={f};type=application/json"]
        code = subprocess.run(args, capture_output=True, text=True, timeout=300).stdout.strip()
        if code != "200":
            raise SystemExit("bench: catalogue import answered HTTP " + code)
        log("imported the sample catalogue")

    def pick_sku(self):
        """The cheapest importable, on-sale SKU (so that many orders fit in each buyer's annual quota)."""
        best = None
        page = 0
        while True:
            items = must(http("GET", f"{self.api}/products?size=100&page={page}"), 200)
            for p in items["items"]:
                detail = must(http("GET", f"{self.api}/products/{p['spuId']}"), 200)
                if not detail.get("importable", True):
                    continue
                for sku in detail["skus"]:
                    price = (sku.get("price") or {}).get("minor")
                    if price and (best is None or price < best[0]):
                        best = (price, sku["skuCode"], detail["spuId"], (detail.get("categoryKeys") or [None])[0])
            page += 1
            if page * 100 >= items["total"]:
                break
        if best is None:
            raise SystemExit("bench: no priced SKU in the catalogue")
        return best[1], best[2], best[3]

    def register_buyers(self, n):
        run = uuid.uuid4().hex[:8]
        base = int(time.time()) % 100_000 * 7

        def one(i):
            email = f"bench-{run}-{i}@example.com"
            must(http("POST", self.api + "/auth/register",
                      {"email": email, "password": PASSWORD, "displayName": "Bench"}), 201)
            token = must(http("POST", self.api + "/auth/login", {"email": email, "password": PASSWORD}), 200)["accessToken"]
            number = identity_number(base + i)
            must(http("POST", self.api + "/admin/sandbox/identities", {"name": BUYER_NAME, "idNumber": number}, self.ops), 200, 204)
            must(http("POST", self.api + "/me/identity", {"name": BUYER_NAME, "idNumber": number}, token), 200)
            return token, number

        t0 = time.time()
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            buyers = list(pool.map(one, range(n)))
        log(f"{n} verified buyers in {time.time() - t0:.0f} s")
        return buyers


def lua_script(shop, kind):
    tokens = ",".join(json.dumps(t) for t, _ in shop.buyers)
    lines = json.dumps([{"skuCode": shop.sku, "quantity": 1}])
    if kind == "checkout":
        bodies = ",".join(json.dumps(json.dumps({"address": address_of(i), "lines": json.loads(lines)}, ensure_ascii=False),
                                     ensure_ascii=False) for i in range(len(shop.buyers)))
        path = "/api/orders"
    else:
        bodies = ",".join(json.dumps(json.dumps({"lines": json.loads(lines)})) for _ in shop.buyers)
        path = "/api/price/trial"
    return f"""
local tokens = {{{tokens}}}
local bodies = {{{bodies}}}
local counter = 0
local nthreads = 0
function setup(thread)
  nthreads = nthreads + 1
  thread:set("tid", nthreads)
end
function init(args)
  prefix = "b" .. tostring(tid) .. "-" .. tostring(os.time()) .. "-" .. tostring(math.random(1, 1000000000))
  counter = tid * 7919
end
function request()
  counter = counter + 1
  local i = (counter % #tokens) + 1
  return wrk.format("POST", "{path}", {{["Authorization"] = "Bearer " .. tokens[i],
    ["Content-Type"] = "application/json", ["Idempotency-Key"] = prefix .. "-" .. counter}}, bodies[i])
end
"""


DONE_LUA = """
function done(summary, latency, requests)
  io.write(string.format("BENCHJSON {\\"requests\\":%d,\\"seconds\\":%.3f,\\"p50_us\\":%d,\\"p99_us\\":%d,\\"max_us\\":%d,\\"non2xx\\":%d,\\"errors\\":%d}\\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(99), latency.max,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def wrk(url, seconds, connections, script=None, threads=2):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write((script or "") + DONE_LUA)
        path = f.name
    try:
        r = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s",
                            "-s", path, url], capture_output=True, text=True, timeout=seconds + 60)
    finally:
        os.unlink(path)
    m = re.search(r"BENCHJSON (\{.*\})", r.stdout)
    if not m:
        raise SystemExit("bench: wrk gave no result:\n" + r.stdout + r.stderr)
    return json.loads(m.group(1))


def jfr(pids, action, name, directory=None):
    """Starts or dumps-and-stops a JFR recording (settings=profile) named `name` in every service JVM."""
    for svc, pid in pids.items():
        if svc == "devinfra":
            continue
        if action == "start":
            cmd = ["jcmd", str(pid), "JFR.start", f"name={name}", "settings=profile"]
        else:
            cmd = ["jcmd", str(pid), "JFR.stop", f"name={name}", f"filename={os.path.join(directory, f'{name}-{svc}.jfr')}"]
        subprocess.run(cmd, capture_output=True, text=True, timeout=60)


def stage(stack, name, url, seconds, warmup, connections, script=None, profile=None):
    log(f"{name}: warm-up {warmup} s, then {seconds} s at {connections} connections")
    if warmup:
        wrk(url, warmup, connections, script)
    pids = stack.pids()
    tag = re.sub(r"[^a-z]+", "-", name.split(":")[0].lower()).strip("-")
    if profile:
        jfr(pids, "start", tag)
    before = cpu_ticks(pids)
    result = wrk(url, seconds, connections, script)
    after = cpu_ticks(pids)
    if profile:
        jfr(pids, "stop", tag, profile)
        log(f"{name}: JFR recordings in {profile}/{tag}-<service>.jfr (bench/jfr_top.py summarises them)")
    ok = max(result["requests"] - result["non2xx"], 1)
    result["name"] = name
    result["connections"] = connections
    result["rps"] = result["requests"] / result["seconds"]
    result["cpu_ms_per_op"] = {n: (after[n] - before[n]) * 1000.0 / CLK_TCK / ok for n in after if n in before}
    return result


def set_switch(shop, name, on):
    must(http("PUT", f"{shop.api}/admin/switches/{name}", {"on": on, "reason": "bench: Sentinel on vs off"}, shop.ops), 200)


def sentinel_overhead(stack, shop, seconds, warmup, profile=None):
    """Product detail with the gateway's Sentinel on and off, interleaved so that drift (JIT, caches) hits both."""
    url = f"{stack.url}/api/products/{shop.spu_id}"
    half = max(seconds // 2, 3)
    runs = {True: [], False: []}
    try:
        for on in (True, False, True, False):
            set_switch(shop, "sentinel.enabled", on)
            time.sleep(0.5)  # the switch reaches the gateway through its ZooKeeper watch (tens of ms)
            runs[on].append(stage(stack, f"product detail, Sentinel {'on' if on else 'off'}", url, half, warmup, 16,
                                  profile=profile))
    finally:
        set_switch(shop, "sentinel.enabled", True)

    def merged(rs, label):
        seconds_total = sum(r["seconds"] for r in rs)
        ok = sum(max(r["requests"] - r["non2xx"], 1) for r in rs)
        return {"name": label, "connections": rs[0]["connections"], "requests": sum(r["requests"] for r in rs),
                "seconds": seconds_total, "rps": sum(r["requests"] for r in rs) / seconds_total,
                "p50_us": max(r["p50_us"] for r in rs), "p99_us": max(r["p99_us"] for r in rs),
                "non2xx": sum(r["non2xx"] for r in rs), "errors": sum(r["errors"] for r in rs),
                "cpu_ms_per_op": {n: sum(r["cpu_ms_per_op"][n] * max(r["requests"] - r["non2xx"], 1) for r in rs) / ok
                                  for n in rs[0]["cpu_ms_per_op"]}}
    return (merged(runs[True], f"product detail, Sentinel on: GET /api/products/{shop.spu_id}"),
            merged(runs[False], f"product detail, Sentinel off (switch sentinel.enabled)"))


def pay_to_paid(shop, count):
    """Sequential: place, open a payment, confirm at the sandbox cashier, poll until the order is PAID."""
    api = shop.api
    latencies = []
    for i in range(count):
        token, number = shop.buyers[i % len(shop.buyers)]
        order = must(http("POST", api + "/orders", {"address": address_of(i % len(shop.buyers)), "lines": [{"skuCode": shop.sku, "quantity": 1}]},
                          token, {"Idempotency-Key": "pay-" + uuid.uuid4().hex}), 201)
        payment = must(http("POST", f"{api}/orders/{order['orderNo']}/payments", None, token), 200, 201)
        t0 = time.perf_counter()
        must(http("POST", payment["confirmUrl"], {"payerName": BUYER_NAME, "payerIdNumber": number}), 200, 201, 202, 204)
        deadline = t0 + 30
        while True:
            status = must(http("GET", f"{api}/orders/{order['orderNo']}", None, token), 200)["status"]
            if status == "PAID":
                latencies.append((time.perf_counter() - t0) * 1000)
                break
            if time.perf_counter() > deadline:
                raise SystemExit(f"bench: order {order['orderNo']} not PAID 30 s after the confirm")
            time.sleep(0.01)
    latencies.sort()
    return {"count": count, "p50_ms": latencies[len(latencies) // 2],
            "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], "max_ms": latencies[-1]}


RELEASED_OR_LATER = ("CLEARED", "SHIPPED", "DELIVERED", "COMPLETED")


def paid_to_released(shop, count, workers=8):
    """Places and pays `count` orders from `workers` threads, then waits until every one is CLEARED or later."""
    api = shop.api

    def place_and_pay(i):
        token, number = shop.buyers[i % len(shop.buyers)]
        order = must(http("POST", api + "/orders", {"address": address_of(i % len(shop.buyers)), "lines": [{"skuCode": shop.sku, "quantity": 1}]},
                          token, {"Idempotency-Key": "fulfil-" + uuid.uuid4().hex}), 201)
        payment = must(http("POST", f"{api}/orders/{order['orderNo']}/payments", None, token), 200, 201)
        must(http("POST", payment["confirmUrl"], {"payerName": BUYER_NAME, "payerIdNumber": number}), 200, 201, 202, 204)
        return token, order["orderNo"], time.perf_counter()

    t0 = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(workers) as pool:
        paid = list(pool.map(place_and_pay, range(count)))
    t_paid = time.perf_counter()
    waiting = {no: (token, at) for token, no, at in paid}
    latencies = []
    deadline = time.perf_counter() + 300
    while waiting:
        for no, (token, at) in list(waiting.items()):
            status = must(http("GET", f"{api}/orders/{no}", None, token), 200)["status"]
            if status in RELEASED_OR_LATER:
                latencies.append((time.perf_counter() - at) * 1000)
                del waiting[no]
            elif status in ("CUSTOMS_REJECTED", "CLOSED"):
                raise SystemExit(f"bench: order {no} ended {status} on the way to release")
        if time.perf_counter() > deadline:
            raise SystemExit(f"bench: {len(waiting)} orders not released 300 s after payment")
        time.sleep(0.05)
    elapsed = time.perf_counter() - t0
    latencies.sort()
    return {"count": count, "seconds": elapsed, "rps": count / elapsed, "pay_seconds": t_paid - t0,
            "p50_ms": latencies[len(latencies) // 2],
            "p99_ms": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]}


def invariants(stack, sku):
    order_dbs = [stack.database("order_0"), stack.database("order_1")]

    def orders(*statuses):
        n = units = 0
        among = ", ".join(f"'{s}'" for s in statuses)
        for db in order_dbs:
            for t in range(4):
                row = sql(f"SELECT COUNT(*), COALESCE(SUM(i.quantity),0) FROM `{db}`.trade_order_{t} o "
                          f"JOIN `{db}`.trade_order_item_{t} i ON i.order_no = o.order_no WHERE o.status IN ({among})").split()
                n_orders = sql(f"SELECT COUNT(*) FROM `{db}`.trade_order_{t} WHERE status IN ({among})")
                n += int(n_orders)
                units += int(row[1])
        return n, units

    inv = stack.database("inventory")
    user = stack.database("user")

    def reservations(status):
        row = sql(f"SELECT COUNT(DISTINCT r.order_no), COALESCE(SUM(l.quantity),0) FROM `{inv}`.reservation r "
                  f"JOIN `{inv}`.reservation_line l ON l.order_no = r.order_no WHERE r.status = '{status}'").split()
        return int(row[0]), int(row[1])

    def quota(status):
        return int(sql(f"SELECT COUNT(*) FROM `{user}`.quota_reservation WHERE status = '{status}'"))

    pending, pending_units = orders("PENDING_PAYMENT")
    # paid: PAID and every status after it (declared, released, shipped, delivered, completed, rejected by customs)
    paid, paid_units = orders("PAID", "DECLARING", "CLEARED", "SHIPPED", "DELIVERED", "COMPLETED", "CUSTOMS_REJECTED")
    reserved, reserved_units = reservations("RESERVED")
    deducted, deducted_units = reservations("DEDUCTED")
    stock_reserved = int(sql(f"SELECT COALESCE(SUM(reserved),0) FROM `{inv}`.stock WHERE sku_code = '{sku}'"))
    bad_stock = int(sql(f"SELECT COUNT(*) FROM `{inv}`.stock WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand"))
    checks = [
        ("open orders = stock reservations = quota reservations", (pending, reserved, quota("RESERVED")),
         pending == reserved == quota("RESERVED")),
        ("units in open orders = units reserved = stock.reserved", (pending_units, reserved_units, stock_reserved),
         pending_units == reserved_units == stock_reserved),
        ("paid orders = deducted reservations = confirmed quota", (paid, deducted, quota("CONFIRMED")),
         paid == deducted == quota("CONFIRMED")),
        ("paid units = deducted units", (paid_units, deducted_units), paid_units == deducted_units),
        ("stock rows negative or oversold", (bad_stock,), bad_stock == 0),
    ]
    return checks


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--root", required=True)
    p.add_argument("--url", help="a running stack's gateway, e.g. http://127.0.0.1:8080 (default: start our own)")
    p.add_argument("--var", help="the running stack's KAOLA_VAR (pids, secrets.env)")
    p.add_argument("--db-suffix", default="", help="the running stack's KAOLA_DB_SUFFIX")
    p.add_argument("--keep", action="store_true", help="leave our own stack running afterwards")
    p.add_argument("--stages", help="comma list of detail,list,trial,checkout,sentinel,fulfil (default all; the ceiling always runs)")
    p.add_argument("--profile", metavar="DIR", help="record JFR (settings=profile) in every service during each stage")
    args = p.parse_args()
    seconds = int(os.environ.get("BENCH_SECONDS", "20"))
    warmup = int(os.environ.get("BENCH_WARMUP", "5"))
    checkout_seconds = int(os.environ.get("BENCH_CHECKOUT_SECONDS", str(seconds)))
    buyers = int(os.environ.get("BENCH_BUYERS", "120"))
    paid_count = int(os.environ.get("BENCH_PAY_COUNT", "30"))
    fulfil_count = int(os.environ.get("BENCH_FULFIL_COUNT", "60"))

    stack = Stack(args)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.root, capture_output=True, text=True).stdout.strip()
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    try:
        stack.start()
        shop = Shop(stack, buyers)
        gw = stack.url
        stages = {
            "ceiling": ("ceiling: GET /actuator/health/liveness", gw + "/actuator/health/liveness", seconds, 16, None),
            "detail": (f"product detail: GET /api/products/{shop.spu_id}", f"{gw}/api/products/{shop.spu_id}", seconds, 16, None),
            "list": (f"category list: GET /api/products?category={shop.category}",
                     f"{gw}/api/products?category={shop.category}&size=20", seconds, 16, None),
            "trial": ("price trial: POST /api/price/trial", gw + "/api/price/trial", seconds, 16, lua_script(shop, "trial")),
            "checkout": ("checkout: POST /api/orders (1 unit)", gw + "/api/orders", checkout_seconds, 32,
                         lua_script(shop, "checkout")),
        }
        asked = (args.stages or ",".join(list(stages) + ["sentinel", "fulfil"])).split(",")
        chosen = ["ceiling"] + [k for k in asked if k in stages and k != "ceiling"]
        profile = os.path.abspath(args.profile) if args.profile else None
        if profile:
            os.makedirs(profile, exist_ok=True)
        results = [stage(stack, title, url, secs, warmup, conns, script, profile if key != "ceiling" else None)
                   for key, (title, url, secs, conns, script) in ((k, stages[k]) for k in chosen)]
        sentinel = None
        if "sentinel" in asked:
            sentinel = sentinel_overhead(stack, shop, seconds, warmup, profile)
            results += list(sentinel)
        log(f"pay to PAID: {paid_count} orders, one after the other")
        paid = pay_to_paid(shop, paid_count)
        released = None
        if "fulfil" in asked:
            log(f"paid to released: {fulfil_count} orders placed and paid from 8 threads, until all are CLEARED")
            released = paid_to_released(shop, fulfil_count)
        checks = invariants(stack, shop.sku)
    finally:
        if not args.keep:
            stack.stop()

    ceiling = results[0]["rps"]
    services = sorted({n for r in results for n in r["cpu_ms_per_op"]})
    print(f"\nKaola bench, {started}, commit {commit}, {os.cpu_count()} cores, "
          f"{('own stack, ./kaola up, KAOLA_JVM=' + os.environ.get('KAOLA_JVM', 'small')) if stack.own else stack.url}; {seconds} s per stage after {warmup} s warm-up"
          f" (checkout {checkout_seconds} s), {buyers} verified buyers, SKU {shop.sku}\n")
    if stack.up_seconds is not None:
        first = (f" (the first start after the build, which records the class-data archives: {stack.first_up_seconds} s)"
                 if stack.first_up_seconds else "")
        print(f"./kaola up on fresh databases: {stack.up_seconds} s, resident memory {stack.up_rss_mb} MB{first}\n")
    head = "| stage | conns | req/s | p50 ms | p99 ms | ratio to ceiling | non-2xx | " + " | ".join(
        f"CPU ms/op {s}" for s in services) + " |"
    print(head)
    print("|" + "---|" * (7 + len(services)))
    for r in results:
        cpu = " | ".join(f"{r['cpu_ms_per_op'].get(s, 0):.2f}" for s in services)
        print(f"| {r['name']} | {r['connections']} | {r['rps']:,.0f} | {r['p50_us'] / 1000:.1f} | {r['p99_us'] / 1000:.1f} "
              f"| {r['rps'] / ceiling:.3f} | {r['non2xx'] + r['errors']} | {cpu} |")
    total = {r["name"]: sum(r["cpu_ms_per_op"].values()) for r in results}
    print("\nCPU ms per operation, all services: " + "; ".join(f"{k.split(':')[0]} {v:.1f}" for k, v in total.items()))
    if sentinel:
        on, off = sentinel
        print(f"\nSentinel at the gateway on product detail: {on['rps']:,.0f} req/s on vs {off['rps']:,.0f} off "
              f"(ratio {on['rps'] / off['rps']:.3f}, cost {100 * (1 - on['rps'] / off['rps']):.1f}% of throughput; "
              f"p99 {on['p99_us'] / 1000:.1f} vs {off['p99_us'] / 1000:.1f} ms), interleaved on/off/on/off in this run")
    print(f"\npay to PAID (confirm at the sandbox cashier until the order reads PAID), {paid['count']} sequential: "
          f"p50 {paid['p50_ms']:.0f} ms, p99 {paid['p99_ms']:.0f} ms, max {paid['max_ms']:.0f} ms")
    if released:
        checkout = next((r for r in results if r["name"].startswith("checkout")), None)
        ratio = f", {released['rps'] / checkout['rps']:.3f} of the checkout stage's {checkout['rps']:.1f} orders/s" if checkout else ""
        print(f"\npaid to released (place + pay {released['count']} orders from 8 threads, then until every one is "
              f"CLEARED by customs; sandboxes instant): {released['rps']:.1f} orders/s{ratio}; placing and paying took "
              f"{released['pay_seconds']:.1f} s of {released['seconds']:.1f} s; confirm to CLEARED p50 "
              f"{released['p50_ms']:.0f} ms, p99 {released['p99_ms']:.0f} ms")
    print("\nInvariants afterwards:")
    failed = False
    for name, values, ok in checks:
        failed |= not ok
        print(f"  {'ok  ' if ok else 'FAIL'} {name}: {' = '.join(str(v) for v in values)}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
