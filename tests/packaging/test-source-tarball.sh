#!/usr/bin/env bash
# The source tarball: exchange-planner-VERSION.tar.xz holds the tree under
# one folder of that name, everything a build needs, and no build trees or
# Git folder.
#
# usage: test-source-tarball.sh CPACK BUILD_DIR VERSION
set -euo pipefail
cpack=$1 build=$2 version=$3

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cpack" --config "$build/CPackSourceConfig.cmake" -B "$work" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack could not make the source tarball"; }
tarball=$work/exchange-planner-$version.tar.xz
[ -f "$tarball" ] || fail "no $(basename "$tarball")"
tar -tJf "$tarball" >"$work/members"
outside=$(grep -v "^exchange-planner-$version/" "$work/members" || true)
[ -z "$outside" ] || fail "members outside exchange-planner-$version/: $outside"
for file in CMakeLists.txt CMakePresets.json README.md LICENSE app/main.cpp \
    models/CMakeLists.txt ui/CMakeLists.txt resources/icons/exchange-planner.svg \
    translations/exchange-planner_de.ts tests/CMakeLists.txt packaging/quickstart \
    packaging/exchange-planner.desktop.in; do
    grep -qxF "exchange-planner-$version/$file" "$work/members" || fail "the tarball lacks $file"
done
unwanted=$(grep -E "^exchange-planner-$version/(build[^/]*|\.git)/" "$work/members" | head -3 || true)
[ -z "$unwanted" ] || fail "the tarball holds build output or Git's folder: $unwanted"
echo "$(basename "$tarball"): $(wc -l <"$work/members") members, $(du -k "$tarball" | cut -f1) KiB"
