#!/usr/bin/env bash
# Importing 100,000 participant rows into a team database with
# `exchange-planner import`, beside the baseline issue 12 names: psql's
# `\copy` of the same CSV into a bare table of text columns. A third column,
# the floor any client meets: psql's `\copy` of the very rows the planner
# stored (people, participations) into the planner's own tables, with their
# keys, indexes and foreign keys, in one transaction. All run as whole
# processes, alternately, on a throw-away server of their own
# (tests/postgresql/server.sh); prints each side's median and the ratios.
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

people="id, title, first_name, last_name, function, email, phone, street, postal_code, city,
    country, languages, notes, consent_purpose, organisation_id, is_contact, search_text, sort_name"
participations="event_id, person_id, delegation, role, status, dietary_needs,
    accessibility_needs, arrival, departure, notes"
imported="SELECT id FROM people WHERE email LIKE 'p%@example.org'"

planner_times=()
copy_times=()
floor_times=()
for run in $(seq "$runs"); do
    psql -q "$(uri postgres)" -c "CREATE DATABASE planner_$run" -c "CREATE DATABASE bare_$run" \
        -c "CREATE DATABASE floor_$run"
    "$planner" demo --database "$(uri "planner_$run")" >/dev/null
    "$planner" demo --database "$(uri "floor_$run")" >/dev/null
    psql -q "$(uri "bare_$run")" -c "CREATE TABLE participants (a text, b text, c text, d text,
        e text, f text, g text, h text, i text, j text, k text, l text, m text)"
    planner_times+=("$(seconds "$planner" import participants 1 "$work/participants.csv" \
        --database "$(uri "planner_$run")")")
    copy_times+=("$(seconds psql -q "$(uri "bare_$run")" \
        -c "\\copy participants FROM '$work/participants.csv' CSV HEADER")")
    psql -q "$(uri "planner_$run")" \
        -c "\\copy (SELECT id, name, search_text FROM organisations) TO '$work/organisations.copy'" \
        -c "\\copy (SELECT $people FROM people WHERE id IN ($imported)) TO '$work/people.copy'" \
        -c "\\copy (SELECT $participations FROM participations
                    WHERE person_id IN ($imported)) TO '$work/participations.copy'"
    psql -q "$(uri "floor_$run")" -c "CREATE TEMP TABLE o (id int, name text, search_text text)" \
        -c "\\copy o FROM '$work/organisations.copy'" \
        -c "INSERT INTO organisations (id, name, search_text)
            SELECT * FROM o WHERE id NOT IN (SELECT id FROM organisations)"
    floor_times+=("$(seconds psql -q -v ON_ERROR_STOP=1 "$(uri "floor_$run")" -c "BEGIN" \
        -c "\\copy people ($people) FROM '$work/people.copy'" \
        -c "\\copy participations ($participations) FROM '$work/participations.copy'" \
        -c "COMMIT")")
done
planner_median=$(printf '%s\n' "${planner_times[@]}" | median)
copy_median=$(printf '%s\n' "${copy_times[@]}" | median)
floor_median=$(printf '%s\n' "${floor_times[@]}" | median)
echo "exchange-planner import, 100,000 rows: ${planner_times[*]} s; median $planner_median s"
echo "psql \\copy into a bare table:         ${copy_times[*]} s; median $copy_median s"
echo "psql \\copy into the planner's tables:  ${floor_times[*]} s; median $floor_median s"
echo "ratio to the bare table (issue 12's target: at most 3): \
$(echo "scale=2; $planner_median / $copy_median" | bc)"
echo "ratio of the planner's tables to the bare table (the floor): \
$(echo "scale=2; $floor_median / $copy_median" | bc)"
echo "ratio to the planner's tables: $(echo "scale=2; $planner_median / $floor_median" | bc)"
