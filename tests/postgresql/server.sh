#!/usr/bin/env bash
# A throw-away PostgreSQL server for the test run (CTest fixture "postgresql").
#
# usage: server.sh start|stop|halt|resume DIR PORT
#
# start: a new cluster in DIR/data, listening only on the Unix socket
#        DIR/.s.PGSQL.PORT (no TCP), log in DIR/log. The superuser "postgres"
#        logs in without a password; members of the group role
#        ep_password_required need their password (scram-sha-256), so tests
#        can check what a password prompt does. A server left in DIR by an
#        aborted run is stopped and removed first.
# stop:  stops the server at once and removes DIR; nothing to stop is fine.
# halt:  shuts the server down as its administrator would (pg_ctl's fast
#        mode: open connections are ended, open transactions rolled back)
#        and keeps its data, for a test of a server that goes away.
# resume: starts a halted server again, with its data.
#
# With EXCHANGE_PLANNER_TEST_SERVER_TCP=1 in the environment the server
# listens on 127.0.0.1:PORT too, without TLS and without any login over TCP
# (pg_hba.conf names only the socket): what a client that asks for TLS, or a
# server that asks for it, refuses.
#
# Durability is switched off (no fsync): the data lives as long as the run.
# As root, the server runs as the unprivileged user postgres (PostgreSQL
# refuses to run as root); otherwise as the calling user.
set -euo pipefail

usage() {
    echo "usage: $0 start|stop|halt|resume DIR PORT" >&2
    exit 2
}
[ $# -eq 3 ] || usage
action=$1 dir=$2 port=$3
case "$action" in start | stop | halt | resume) ;; *) usage ;; esac
# DIR is removed with rm -rf and quoted inside pg_ctl's -o: accept only a
# plain absolute path below a folder, never "/" itself.
[[ "$dir" =~ ^/[A-Za-z0-9._/-]*[A-Za-z0-9._-]$ && "$dir" != *..* ]] ||
    { echo "$0: DIR must be a plain absolute path, not \"$dir\"" >&2; exit 2; }
[[ "$port" =~ ^[0-9]+$ ]] || usage

# A folder made by this script holds this file; no other folder is removed.
marker=$dir/.exchange-planner-test-server

# Debian keeps the server programs outside PATH, one folder per major version.
shopt -s nullglob
bindirs=(/usr/lib/postgresql/*/bin)
bindir=$(printf '%s\n' "${bindirs[@]}" | sort -V | tail -n 1)
if [ -n "$bindir" ] && [ -x "$bindir/pg_ctl" ] && [ -x "$bindir/initdb" ]; then
    pg_ctl=$bindir/pg_ctl initdb=$bindir/initdb psql=$bindir/psql
elif command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then
    pg_ctl=$(command -v pg_ctl) initdb=$(command -v initdb) psql=$(command -v psql)
else
    pg_ctl='' initdb='' psql=''
fi

as_server=()
if [ "$(id -u)" -eq 0 ]; then
    as_server=(runuser -u postgres --)
fi

# Stops a server still running in DIR and removes DIR, if this script made it.
remove_server() {
    [ -e "$dir" ] || return 0
    if [ ! -e "$marker" ] && [ -n "$(ls -A "$dir")" ]; then
        echo "$0: $dir exists and was not made by this script; not removing it" >&2
        exit 1
    fi
    if [ -n "$pg_ctl" ] && [ -f "$dir/data/postmaster.pid" ]; then
        (cd "$dir" && "${as_server[@]}" "$pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1) ||
            true
    fi
    rm -rf "$dir"
}

if [ "$action" = stop ]; then
    remove_server
    exit 0
fi

if [ -z "$pg_ctl" ]; then
    echo "$0: PostgreSQL's server programs (initdb, pg_ctl) are missing:" \
        "install Debian's postgresql package (packaging/quickstart test does)" >&2
    exit 1
fi
if [ ${#as_server[@]} -gt 0 ] && ! id -u postgres >/dev/null 2>&1; then
    echo "$0: run as root, the server needs the user postgres:" \
        "install Debian's postgresql package (packaging/quickstart test does)" >&2
    exit 1
fi

log=$dir/log
failed() {
    echo "$0: $1; the server's log ($log):" >&2
    [ -f "$log" ] && tail -n 20 "$log" >&2
    exit 1
}

listen=''
[ "${EXCHANGE_PLANNER_TEST_SERVER_TCP:-0}" = 1 ] && listen=127.0.0.1

# Starts the server on the cluster in DIR/data.
run_server() {
    # The server's user may not be allowed into the caller's working folder.
    (cd "$dir" && "${as_server[@]}" "$pg_ctl" -D "$dir/data" -w -l "$log" \
        -o "-k '$dir' -p $port -c listen_addresses='$listen' -c fsync=off -c max_connections=200" \
        start >/dev/null) || failed "the server did not start"
}

if [ "$action" = halt ] || [ "$action" = resume ]; then
    [ -e "$marker" ] && [ -d "$dir/data" ] || { echo "$0: no test server in $dir" >&2; exit 1; }
    if [ "$action" = halt ]; then
        (cd "$dir" && "${as_server[@]}" "$pg_ctl" -D "$dir/data" -w -m fast stop >/dev/null) ||
            failed "the server did not stop"
    else
        run_server
    fi
    exit 0
fi

remove_server
mkdir -m 700 "$dir"
touch "$marker"
if [ ${#as_server[@]} -gt 0 ]; then
    chown -R postgres: "$dir"
fi
# The server's user may not be allowed into the caller's working folder.
cd "$dir"

"${as_server[@]}" "$initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; failed "initdb failed"; }
# The first matching line counts: password logins for the group's members.
printf '%s\n' 'local all +ep_password_required scram-sha-256' 'local all all trust' |
    "${as_server[@]}" tee "$dir/data/pg_hba.conf" >/dev/null
run_server
"$psql" -X -q -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres \
    -c 'CREATE ROLE ep_password_required NOLOGIN' || failed "the group role was not created"
echo "PostgreSQL $("$psql" -X -A -t -h "$dir" -p "$port" -U postgres -d postgres \
    -c 'SHOW server_version') on the socket in $dir, port $port"
