#!/bin/sh
# Usage: man_render_test.sh PAGE.1...
# Each built man page renders with man -l and with groff -ww -man -z, neither printing a warning.
# Skips (77) without man-db or groff.
for tool in man groff; do
    command -v $tool >/dev/null 2>&1 || { echo "SKIP: $tool is not installed"; exit 77; }
done
status=0
for page in "$@"; do
    [ -s "$page" ] || { echo "FAIL: $page is missing or empty"; status=1; continue; }
    # man-db passes --warnings on to groff; a fixed width so that line-breaking is the same anywhere.
    out=$(LC_ALL=C.UTF-8 MANWIDTH=80 MANPAGER=cat PAGER=cat man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
    rc=$?
    if [ $rc -ne 0 ] || [ -n "$out" ]; then echo "FAIL: man -l $page (exit $rc):"; printf '%s\n' "$out"; status=1; fi
    text=$(LC_ALL=C.UTF-8 MANWIDTH=80 MANPAGER=cat man -E UTF-8 -l "$page" 2>/dev/null)
    printf '%s\n' "$text" | grep -q '^NAME' || { echo "FAIL: man -l $page shows no NAME section"; status=1; }
    out=$(groff -ww -man -z "$page" 2>&1)
    rc=$?
    if [ $rc -ne 0 ] || [ -n "$out" ]; then echo "FAIL: groff -ww -man -z $page (exit $rc):"; printf '%s\n' "$out"; status=1; fi
    [ $status -eq 0 ] && echo "ok: $page ($(printf '%s\n' "$text" | wc -l) lines)"
done
exit $status
