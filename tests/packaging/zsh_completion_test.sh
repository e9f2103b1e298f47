#!/usr/bin/env bash
# Usage: zsh_completion_test.sh _sockscope-cli
# zsh parses the completion file, compinit binds it to sockscope-cli, and an interactive zsh offers
# the expected words on <TAB> (zsh_capture.zsh). Skips (77) without zsh or its zpty module.
set -u
command -v zsh >/dev/null 2>&1 || { echo "SKIP: zsh is not installed"; exit 77; }
file=$1
dir=$(cd "$(dirname "$file")" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
zsh -n "$file" || { echo "FAIL: zsh -n $file"; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home ZDOTDIR=$home
bound=$(zsh -f -c 'fpath=("$1" $fpath); autoload -Uz compinit && compinit -u -d "$HOME/.zcompdump"
    print -r -- "${_comps[sockscope-cli]}"' zsh "$dir" 2>&1)
[ "$bound" = "_sockscope-cli" ] || { echo "FAIL: compinit did not bind _sockscope-cli to sockscope-cli: $bound"; exit 1; }

zsh -f -c 'zmodload zsh/zpty' 2>/dev/null || { echo "SKIP: zsh has no zpty module"; exit 77; }
failures=0
expect() {
    local expected=$1 line=$2 got
    got=$(timeout 30 zsh -f "$here/zsh_capture.zsh" "$dir" "$line" | sort -u | xargs)
    expected=$(printf '%s\n' $expected | sort -u | xargs)
    if [ "$got" = "$expected" ]; then
        echo "ok:   '$line<TAB>' -> $got"
    else
        echo "FAIL: '$line<TAB>' -> '$got', expected '$expected'"
        failures=$((failures + 1))
    fi
}
expect "serve service services" "sockscope-cli ser"
expect "addr" "sockscope-cli --journal ad"
expect "inet inet6 auto unix unspec" "sockscope-cli addr --family "
expect "--family=inet --family=inet6" "sockscope-cli addr --family=in"
expect "reactor thread fork" "sockscope-cli serve echo --engine "
expect "unix-stream unix-dgram" "sockscope-cli serve echo --proto unix-"
expect "passive,numerichost passive,numericserv" "sockscope-cli resolve x --flags passive,n"
expect "list defaults" "sockscope-cli sockopt "
expect "--listening" "sockscope-cli sockets --l"
[ $failures -eq 0 ] || { echo "$failures completion(s) wrong"; exit 1; }
