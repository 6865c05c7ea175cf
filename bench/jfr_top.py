#!/usr/bin/env python3
"""Summarises JFR recordings made by `bench/run.sh --profile DIR`: where each service spends its CPU samples.

    python3 bench/jfr_top.py DIR/checkout-order.jfr [more.jfr ...] [--top 25] [--depth 64]

For each recording it prints the share of execution samples (jdk.ExecutionSample) by
  - self frame (the method on top of the stack),
  - inclusive frame, restricted to "interesting" frames: our code (io.kaola) and the libraries on the order path
    (ShardingSphere, MyBatis, HikariCP, MariaDB driver, Dubbo, Netty, Jackson, Hessian, Redisson, RocketMQ,
    Spring, Tomcat, logging, crypto), each counted once per sample.
It reads `jfr print --json` (the JDK's own tool), nothing else.
"""
import argparse
import collections
import json
import subprocess

PACKAGES = ("io.kaola", "org.apache.shardingsphere", "org.apache.ibatis", "org.mybatis", "com.zaxxer", "org.mariadb",
            "com.mysql", "org.apache.dubbo", "io.netty", "com.fasterxml.jackson", "com.alibaba.com.caucho",
            "com.alibaba.fastjson2", "org.redisson", "org.apache.rocketmq", "org.springframework", "org.apache.catalina",
            "org.apache.coyote", "ch.qos.logback", "org.slf4j", "javax.crypto", "com.sun.crypto", "sun.security",
            "org.bouncycastle", "io.jsonwebtoken", "com.alibaba.csp.sentinel", "io.micrometer", "org.apache.calcite",
            "org.antlr", "org.apache.zookeeper", "org.apache.curator", "org.flywaydb", "java.util.regex")


def frames_of(event):
    out = []
    for f in event["values"]["stackTrace"]["frames"]:
        m = f["method"]
        out.append(f'{m["type"]["name"].replace("/", ".")}.{m["name"]}')
    return out


def summarise(path, top, depth):
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", str(depth), "--events", "jdk.ExecutionSample", path],
                         capture_output=True, text=True, check=True).stdout
    events = json.loads(raw)["recording"]["events"]
    total = len(events)
    selfs = collections.Counter()
    inclusive = collections.Counter()
    groups = collections.Counter()
    owners = collections.Counter()
    ours = collections.Counter()
    for e in events:
        fr = frames_of(e)
        if not fr:
            continue
        selfs[fr[0]] += 1
        owner = next((p for name in fr for p in PACKAGES if name.startswith(p)), "(jdk/other only)")
        owners[owner] += 1
        for name in dict.fromkeys(n for n in fr if n.startswith("io.kaola") and "$$" not in n):
            ours[name] += 1
        seen = set()
        group_seen = set()
        for name in fr:
            if name.startswith(PACKAGES) and name not in seen:
                seen.add(name)
                inclusive[name] += 1
            pkg = next((p for p in PACKAGES if name.startswith(p)), None)
            if pkg and pkg not in group_seen:
                group_seen.add(pkg)
                groups[pkg] += 1
    print(f"\n== {path}: {total} samples")
    for title, counts in (("library share (inclusive: samples with any frame of it)", groups),
                          ("self by library (the innermost frame of a listed library; JDK code counts for its caller)", owners),
                          ("our code (inclusive)", ours),
                          ("self (top of stack)", selfs),
                          ("inclusive (our code and the listed libraries)", inclusive)):
        print("-- " + title)
        for name, n in counts.most_common(top):
            print(f"  {100.0 * n / max(total, 1):5.1f}%  {name}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("files", nargs="+")
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--depth", type=int, default=256)
    a = p.parse_args()
    for f in a.files:
        summarise(f, a.top, a.depth)


if __name__ == "__main__":
    main()
