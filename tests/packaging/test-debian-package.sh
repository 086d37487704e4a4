#!/usr/bin/env bash
# The Debian package, as an IT department would get it: made by CPack from
# the build, checked field by field, installed with dpkg into a throw-away
# root (with a dpkg database of its own, so the machine's is not touched),
# run from the installed files, and removed again, which must leave the
# user's database alone.
#
# usage: test-debian-package.sh CPACK BUILD_DIR VERSION APP_ID
set -euo pipefail
cpack=$1 build=$2 version=$3 app_id=$4

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# --- Made as the README says ---------------------------------------------------
"$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack could not make the package"; }
deb="$work/out/exchange-planner_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $(basename "$deb") (made: $(ls "$work/out"))"

# --- Its fields ------------------------------------------------------------------
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = exchange-planner ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', the project's is $version"
depends=$(field Depends)
# From dpkg-shlibdeps: the libraries the program links, with versions.
for library in libc6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libsqlite3-0; do
    [[ "$depends" =~ (^|, )$library\ \(\>= ]] || fail "Depends lacks $library with a version: $depends"
done
# Loaded at run time, so named by hand: the SQLite driver.
[[ "$depends" == *libqt6sql6-sqlite* ]] || fail "Depends lacks the SQLite driver: $depends"
[[ "$(field Recommends)" == *qt6-translations-l10n* ]] || fail "Qt's translations are not recommended"

# --- Its files -------------------------------------------------------------------
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' | sort >"$work/files"
outside=$(grep -v -e '^/usr/' -e '^/$' -e '^/usr$' "$work/files" || true)
[ -z "$outside" ] || fail "files outside /usr: $outside"
expected=(/usr/bin/exchange-planner
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/exchange-planner.1.gz
    /usr/share/doc/exchange-planner/copyright
    /usr/share/doc/exchange-planner/changelog.gz)
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for file in "${expected[@]}"; do
    grep -qxF "$file" "$work/files" || fail "the package lacks $file"
done

# --- apt would install it: every dependency can be met (--reinstall: also where
# this version is installed already) ---------------------------------------------
apt-get install --simulate --reinstall "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log"; fail "apt-get install ./$(basename "$deb") would fail"; }
grep -q '^Inst exchange-planner ' "$work/apt.log" ||
    { cat "$work/apt.log"; fail "apt-get would not install the package"; }

# --- Installed with dpkg into a throw-away root ------------------------------------
root=$work/root
admin=$root/var/lib/dpkg
mkdir -p "$admin/info" "$admin/updates" "$root/usr"
touch "$admin/status" "$admin/available"
dpkg_here=(dpkg --root="$root" --admindir="$admin" --log=/dev/null
    --force-not-root --force-depends --force-script-chrootless)
"${dpkg_here[@]}" --install "$deb" >"$work/dpkg.log" 2>&1 ||
    { cat "$work/dpkg.log"; fail "dpkg could not install the package"; }
program=$root/usr/bin/exchange-planner
[ -x "$program" ] || fail "no $program after installing"

# The installed files validate as a software centre checks them.
messages=$(desktop-file-validate "$root/usr/share/applications/$app_id.desktop" 2>&1) ||
    fail "desktop-file-validate: $messages"
[ -z "$messages" ] || fail "desktop-file-validate: $messages"
appstreamcli validate --no-net --strict "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    >"$work/appstream.log" 2>&1 || { cat "$work/appstream.log"; fail "appstreamcli validate"; }

# One version everywhere: the program, the metainfo, the manual page.
export HOME=$work/home
unset XDG_DATA_HOME XDG_CONFIG_HOME LANGUAGE
export LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$work/runtime
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
[ "$("$program" --version)" = "exchange-planner $version" ] ||
    fail "--version says '$("$program" --version)'"
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "the metainfo's newest release is not $version"
zcat "$root/usr/share/man/man1/exchange-planner.1.gz" | grep -q "^\.TH .*\"exchange-planner $version\"" ||
    fail "the manual page is not of version $version"
# Made from --help: it shows the same options.
zcat "$root/usr/share/man/man1/exchange-planner.1.gz" | grep -q -- 'dry\\-run' ||
    fail "the manual page lacks --dry-run"

# The translations are inside the program.
# (The help is read whole first: grep -q stops reading at the first match,
# and under pipefail the program's broken pipe would count as a failure.)
german_help=$(LC_ALL=de_DE.UTF-8 "$program" --help)
grep -q '^Aufruf:' <<<"$german_help" || fail "no German --help"
polish_help=$(LC_ALL=pl_PL.UTF-8 "$program" --help)
grep -q '^Użycie:' <<<"$polish_help" || fail "no Polish --help"

# The demo programme, into the user's default database.
"$program" demo >"$work/demo.log" 2>&1 || { cat "$work/demo.log"; fail "demo failed"; }
database=$HOME/.local/share/exchange-planner/exchange-planner/exchange-planner.sqlite
[ -f "$database" ] || fail "demo wrote no $database"
events=$("$program" events --format csv | tail -n +2 | wc -l)
[ "$events" -eq 4 ] || fail "events lists $events events, not the demo's 4"

# --- Removed again -------------------------------------------------------------------
"${dpkg_here[@]}" --remove exchange-planner >"$work/dpkg.log" 2>&1 ||
    { cat "$work/dpkg.log"; fail "dpkg could not remove the package"; }
left=$(find "$root" -path "$admin" -prune -o ! -type d -print)
[ -z "$left" ] || fail "files left after removal: $left"
[ -f "$database" ] || fail "removing the package took the user's database"
events=$("$build/bin/exchange-planner" events --database "$database" --format csv | tail -n +2 | wc -l)
[ "$events" -eq 4 ] || fail "the user's database lost its events: $events"

echo "exchange-planner_${version}: $(wc -l <"$work/files") paths, $(du -k "$deb" | cut -f1) KiB;" \
    "installed, run and removed; the user's database stays"
