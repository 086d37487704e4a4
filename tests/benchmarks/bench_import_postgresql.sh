#!/usr/bin/env bash
# Importing 100,000 participant rows into a team database with
# `exchange-planner import`, beside the baseline issue 12 names: psql's
# `\copy` of the same CSV into a bare table of text columns. Both run as
# whole processes, alternately, on a throw-away server of their own
# (tests/postgresql/server.sh); prints each side's median and the ratio.
#
#   tests/benchmarks/bench_import_postgresql.sh [build/bin/exchange-planner] [runs]
#
# Not part of the test run. Needs Debian's postgresql and python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
planner=$(realpath "${1:-$here/../../build/bin/exchange-planner}")
runs=${2:-5}
work=$(mktemp -d /tmp/ep-bench-XXXXXX)
chmod 755 "$work"
socket="$work/pg"
port=5449
trap '"$here/../postgresql/server.sh" stop "$socket" "$port" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
"$here/../postgresql/server.sh" start "$socket" "$port" >/dev/null
server="postgresql://postgres@/%s?host=$socket&port=$port"
# shellcheck disable=SC2059
uri() { printf "$server" "$1"; }

python3 - "$work/participants.csv" <<'PY'
import sys
first = ["Anna", "Łukasz", "Jürgen", "Małgorzata", "Sören", "Käthe"]
last = ["Nowak", "Müller", "Wójcik", "Schmidt", "Źródłowska", "Groß"]
orgs = ["Regionalverband Ruhr", "Metropolia GZM", "Business Metropole Ruhr", "Stadt Essen"]
with open(sys.argv[1], "w", encoding="utf-8", newline="") as f:
    f.write("first name,last name,organisation,delegation,role,status,email,phone,"
            "dietary needs,accessibility needs,arrival,departure,notes\r\n")
    for i in range(100000):
        f.write(f'{first[i % 6]},{last[(i // 6) % 6]}{i},{orgs[i % 4]},GZM,delegate,registered,'
                f'p{i}@example.org,+48 32 730 {i},vegetarian,,2019-07-07 18:30,2019-07-10 16:00,'
                f'"line one\nline two"\r\n')
PY

seconds() { # runs "$@", prints its wall time in seconds
    local start end
    start=$(date +%s.%N)
    "$@" >/dev/null
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

planner_times=()
copy_times=()
for run in $(seq "$runs"); do
    psql -q "$(uri postgres)" -c "CREATE DATABASE planner_$run" -c "CREATE DATABASE bare_$run"
    "$planner" demo --database "$(uri "planner_$run")" >/dev/null
    psql -q "$(uri "bare_$run")" -c "CREATE TABLE participants (a text, b text, c text, d text,
        e text, f text, g text, h text, i text, j text, k text, l text, m text)"
    planner_times+=("$(seconds "$planner" import participants 1 "$work/participants.csv" \
        --database "$(uri "planner_$run")")")
    copy_times+=("$(seconds psql -q "$(uri "bare_$run")" \
        -c "\\copy participants FROM '$work/participants.csv' CSV HEADER")")
done
planner_median=$(printf '%s\n' "${planner_times[@]}" | median)
copy_median=$(printf '%s\n' "${copy_times[@]}" | median)
echo "exchange-planner import, 100,000 rows: ${planner_times[*]} s; median $planner_median s"
echo "psql \\copy into a bare table:         ${copy_times[*]} s; median $copy_median s"
echo "ratio (target at most 3): $(echo "scale=2; $planner_median / $copy_median" | bc)"
