#!/usr/bin/env bash
# Usage: install_tree_test.sh BUILD_DIR EXPECTED_LIST
# `cmake --install` of the build into a DESTDIR with prefix /usr (as the package lays it) gives exactly
# the files of EXPECTED_LIST, with the modes a package needs; the installed programs then run from
# there: the CLI, and the GUI in German (its translations are compiled into it, under :/i18n).
set -u
build=$1
expected=$2
command -v cmake >/dev/null || { echo "SKIP: cmake is not installed"; exit 77; }
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

DESTDIR=$dest cmake --install "$build" --prefix /usr >"$dest.log" 2>&1 || { cat "$dest.log"; fail "cmake --install"; }
rm -f "$dest.log"
actual=$(cd "$dest" && find . \( -type f -o -type l \) -printf '/%P\n' | LC_ALL=C sort)
if ! diff -u <(grep -v '^#' "$expected" | LC_ALL=C sort) <(printf '%s\n' "$actual"); then
    fail "the installed tree differs from $expected (- expected, + installed)"
fi
echo "ok: $(wc -l <<<"$actual") files, as listed"

for f in /usr/bin/sockscope /usr/bin/sockscope-cli /usr/libexec/sockscope/sockscope-capture; do
    [ -x "$dest$f" ] || fail "$f is not executable"
done
bad_modes=$(cd "$dest" && find . -type f ! -perm 0644 ! -path './usr/bin/*' ! -path './usr/libexec/*' -printf '/%P %m\n')
[ -z "$bad_modes" ] || fail "data files not 0644: $bad_modes"
for size in 48 64 128 256; do
    png=$dest/usr/share/icons/hicolor/${size}x${size}/apps/org.sockscope.SockScope.png
    # A PNG's IHDR holds width and height as 32-bit big-endian numbers at offsets 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | xargs)
    want="0 0 $((size >> 8)) $((size & 255)) 0 0 $((size >> 8)) $((size & 255))"
    [ "$dims" = "$want" ] || fail "$png is not ${size}x${size} (IHDR bytes $dims)"
done
gzip -t "$dest"/usr/share/man/man1/*.gz "$dest/usr/share/doc/sockscope/changelog.Debian.gz" || fail "a .gz is corrupt"

version=$("$dest/usr/bin/sockscope-cli" --version) || fail "installed sockscope-cli --version"
[[ $version == "sockscope-cli "[0-9]* ]] || fail "unexpected version line: $version"
"$dest/usr/bin/sockscope-cli" addr ::1 >/dev/null || fail "installed sockscope-cli addr ::1"
help=$(LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$dest/usr/bin/sockscope" --language de --help 2>&1) ||
    fail "installed sockscope --help"
grep -q "Eine Werkbank für die BSD-Socket-API" <<<"$help" || fail "installed sockscope is not in German: $help"
echo "ok: the installed $version and the German GUI run"
