#!/bin/sh
# Usage: validate.sh [--silent] VALIDATOR ARGS...
# Runs a validator; skips (77) when it is not installed. --silent: any output (a hint, a warning)
# fails the test too, for the validators that print nothing on a clean file.
silent=no
[ "$1" = --silent ] && { silent=yes; shift; }
command -v "$1" >/dev/null 2>&1 || { echo "SKIP: $1 is not installed"; exit 77; }
out=$("$@" 2>&1)
rc=$?
[ -n "$out" ] && printf '%s\n' "$out"
[ $rc -eq 0 ] || { echo "FAIL: $1 exited with $rc"; exit 1; }
if [ $silent = yes ] && [ -n "$out" ]; then echo "FAIL: $1 printed the above"; exit 1; fi
exit 0
