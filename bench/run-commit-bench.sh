#!/usr/bin/env bash
# Alternates the plain-SQLite and SQLCipher commit benchmarks (ROUNDS rounds of SALES sales each),
# then prints p50/p99 per variant (median over rounds) and the encrypted/plain ratio.
# Usage: bench/run-commit-bench.sh [ROUNDS] [SALES]   (build first: scripts/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
sales="${2:-1000}"
bin=build/bench
[ -x "$bin/bench_commit_sqlcipher" ] || { echo "build first: bash scripts/build.sh" >&2; exit 2; }
results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for round in $(seq "$rounds"); do
    "$bin/bench_commit_sqlite" --sales "$sales" >>"$results"
    "$bin/bench_commit_sqlcipher" --sales "$sales" --page-size 4096 >>"$results"
    "$bin/bench_commit_sqlcipher" --sales "$sales" --page-size 1024 >>"$results"
done
python3 - "$results" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    fields = dict(re.findall(r"(\w+)=(\S+)", line))
    rows.setdefault(fields["variant"], []).append(fields)
def med(variant, key):
    return statistics.median(int(r[key]) for r in rows[variant])
print(f"{'variant':<18}{'rounds':>7}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}{'max ms':>9}")
for v in rows:
    print(f"{v:<18}{len(rows[v]):>7}{med(v,'p50_us')/1000:>9.3f}{med(v,'p90_us')/1000:>9.3f}"
          f"{med(v,'p99_us')/1000:>9.3f}{med(v,'max_us')/1000:>9.3f}")
plain = med("sqlite-plain", "p50_us")
for v in rows:
    if v.startswith("sqlcipher"):
        print(f"ratio {v}/plain at p50: {med(v,'p50_us')/plain:.2f}   p99: {med(v,'p99_us')/med('sqlite-plain','p99_us'):.2f}")
PY
