#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Runs every benchmark (bench/run-all.sh) and prints one Markdown table.

Each benchmark binary prints `RESULT bench=<name> n=… p50_us=… p99_us=…` lines; this script runs
them on the same scaled store, measures each process's peak resident memory (wait4's ru_maxrss),
and times the real `secondsale` from exec to a drawn log-in screen.
"""
import os, re, shutil, statistics, subprocess, sys, tempfile, time

QUICK = "--quick" in sys.argv
BUILD = os.environ.get("SECONDSALE_BUILD_DIR", "build")
DIR = os.environ.get("BENCH_DIR", "/tmp/secondsale-bench")
KEY = os.environ.get("SECONDSALE_DB_KEY", "secondsale-demo")
ENV = dict(os.environ, SECONDSALE_DB_KEY=KEY, QT_QPA_PLATFORM="offscreen")

if QUICK:  # a smoke run of the whole table in a few minutes, on a small store
    STORE = dict(customers=5000, products=5000, months=3)
    SIZES = dict(commit=300, rounds=1, scans=500, sales=100, lookups=300, dash=5, starts=3)
else:
    STORE = dict(customers=200000, products=100000, months=14)
    SIZES = dict(commit=1000, rounds=3, scans=2000, sales=300, lookups=2000, dash=20, starts=10)

rows = []  # (benchmark, n, p50 ms, p99 ms, reference text, ratio, peak MB)


def run(args, env=ENV):
    """Runs a command, returns (stdout, peak RSS in MB). Fails loudly: a broken bench is no figure."""
    with tempfile.TemporaryFile("w+") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read()
    if process.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({process.returncode}):\n{text}")
    return text, usage.ru_maxrss / 1024


def results(text):
    found = {}
    for line in text.splitlines():
        if line.startswith("RESULT "):
            fields = dict(re.findall(r"(\w+)=(\S+)", line))
            found[fields.get("bench") or fields["variant"]] = fields
    return found


def ms(fields, key):
    return int(fields[key]) / 1000


def add(name, fields, peak, reference=None, ratio=None):
    rows.append((name, fields["n"] if "n" in fields else fields.get("sales"), ms(fields, "p50_us"),
                 ms(fields, "p99_us"), reference or "", ratio, peak))


def fresh_copy(name):
    copy = os.path.join(DIR, name)
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(copy + suffix):
            os.remove(copy + suffix)
    shutil.copy(scaled, copy)
    return copy


os.makedirs(DIR, exist_ok=True)
if not os.access(f"{BUILD}/bench/bench_checkout", os.X_OK):
    sys.exit("build first: bash scripts/build.sh")
scaled = os.path.join(DIR, "scaled-quick.db" if QUICK else "scaled.db")
if not os.path.exists(scaled):
    print(f"creating {scaled} ({STORE['customers']:,} customers, {STORE['products']:,} products, "
          f"{STORE['months']} months; once)…", flush=True)
    run([f"{BUILD}/app/secondsale-admin", "demo", "--db", scaled, "--customers", str(STORE["customers"]),
         "--products", str(STORE["products"]), "--months", str(STORE["months"]), "--last-day", "2026-11-30"])
store_text, _ = run([f"{BUILD}/bench/bench_dashboard", "--db", scaled, "--rounds", "1", "--days", "30"])
store_line = next(l for l in store_text.splitlines() if l.startswith("store:"))

# Sale commit: SQLCipher against plain SQLite, the same db code, alternated round by round.
commits = {"sqlite-plain": [], "sqlcipher-1024": []}
for _ in range(SIZES["rounds"]):
    for binary, variant, extra in (("bench_commit_sqlite", "sqlite-plain", []),
                                   ("bench_commit_sqlcipher", "sqlcipher-1024", ["--page-size", "1024"])):
        text, peak = run([f"{BUILD}/bench/{binary}", "--sales", str(SIZES["commit"])] + extra)
        commits[variant].append((results(text)[variant], peak))


def median_fields(samples):
    keys = ("p50_us", "p90_us", "p99_us", "max_us")
    merged = {k: str(int(statistics.median(int(f[k]) for f, _ in samples))) for k in keys}
    merged["n"] = str(sum(int(f["sales"]) for f, _ in samples))
    return merged, max(p for _, p in samples)


plain, plain_peak = median_fields(commits["sqlite-plain"])
cipher, cipher_peak = median_fields(commits["sqlcipher-1024"])
add("sale commit, plain SQLite (reference)", plain, plain_peak)
add("sale commit, SQLCipher (the till's)", cipher, cipher_peak, "plain SQLite",
    ms(cipher, "p50_us") / ms(plain, "p50_us"))

# Checkout on the scaled catalogue: scan → line in the cart model, tender → committed.
text, peak = run([f"{BUILD}/bench/bench_checkout", "--db", fresh_copy("bench-checkout.db"),
                  "--scans", str(SIZES["scans"]), "--sales", str(SIZES["sales"])])
found = results(text)
add("scan → line in cart model", found["scan_to_cart_line"], peak)
add("tender → committed (3 lines, card)", found["tender_to_committed"], peak)

# Offer evaluation: identified sales with every rule paused, then one rule of each kind on.
offers = {}
for mode in ("off", "all"):
    text, peak = run([f"{BUILD}/bench/bench_checkout", "--db", fresh_copy(f"bench-offers-{mode}.db"), "--scans", "200",
                      "--sales", str(SIZES["sales"]), "--identified", "1", "--offers", mode])
    offers[mode] = (results(text)["tender_to_committed"], peak)
add("identified sale committed, offers paused (reference)", *offers["off"])
add("identified sale committed, every offer kind on", *offers["all"], "offers paused",
    ms(offers["all"][0], "p50_us") / ms(offers["off"][0], "p50_us"))

# Customer look-up at the counter (its own store of as many customers).
text, peak = run([f"{BUILD}/bench/bench_customer_lookup", "--customers", str(STORE["customers"]),
                  "--lookups", str(SIZES["lookups"])])
for key, label in (("phone", "full phone number"), ("phone_digits", "first 7 phone digits"),
                   ("email", "email prefix"), ("name", "name prefix")):
    add(f"customer look-up: {label}", results(text)[f"customer_lookup_{key}"], peak)

# The owner's dashboard: a year against the year before, warm.
text, peak = run([f"{BUILD}/bench/bench_dashboard", "--db", scaled, "--rounds", str(SIZES["dash"]),
                  "--days", "365"])
add("dashboard refresh (a year and the year before)", results(text)["dashboard_refresh_365d"], peak)

# Start-up to ready: the real binary, exec → store opened (key, checks) → log-in screen drawn.
startup_store = fresh_copy("bench-startup.db")
scratch = tempfile.mkdtemp()
env = dict(ENV, SECONDSALE_QUIT_WHEN_READY="1", XDG_CONFIG_HOME=f"{scratch}/config", XDG_DATA_HOME=f"{scratch}/data")
times, peaks = [], []
for _ in range(SIZES["starts"]):
    began = time.perf_counter_ns()
    text, peak = run([f"{BUILD}/app/secondsale", "--db", startup_store], env)
    times.append(time.perf_counter_ns() - began)
    peaks.append(peak)
    if "secondsale: ready" not in text:
        sys.exit(f"secondsale did not report ready:\n{text}")
shutil.rmtree(scratch)
times.sort()
pick = lambda p: times[min(len(times) - 1, int(p * (len(times) - 1) + 0.5))] // 1000
add("start-up to ready (exec → log-in screen)", {"n": str(len(times)), "p50_us": str(pick(0.5)),
                                                 "p99_us": str(pick(0.99))}, max(peaks))

print()
print(f"Benchmarks, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores; {store_line}")
print()
print("| benchmark | n | p50 ms | p99 ms | compared with | ratio (p50) | peak RSS MB |")
print("|---|---:|---:|---:|---|---:|---:|")
for name, n, p50, p99, reference, ratio, peak in rows:
    ratio_text = f"{ratio:.2f}" if ratio is not None else ""
    print(f"| {name} | {n} | {p50:.3f} | {p99:.3f} | {reference} | {ratio_text} | {peak:.0f} |")
