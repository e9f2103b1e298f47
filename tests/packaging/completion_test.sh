#!/usr/bin/env bash
# Usage: completion_test.sh sockscope-cli.bash
# Sources the bash completion and calls the function `complete` registered for sockscope-cli with
# COMP_WORDS/COMP_CWORD set as bash sets them on <TAB>, then compares COMPREPLY.
set -u
script=$1
# shellcheck source=/dev/null
source "$script" || { echo "FAIL: sourcing $script"; exit 1; }
spec=$(complete -p sockscope-cli 2>/dev/null) || { echo "FAIL: no completion registered for sockscope-cli"; exit 1; }
function=$(sed -n 's/.*-F \([^ ]*\) .*/\1/p' <<<"$spec")
[ -n "$function" ] || { echo "FAIL: not a function completion: $spec"; exit 1; }

failures=0
# expect "EXPECTED WORDS" WORD... : completes the last WORD (the cursor's) of the command line.
expect() {
    local expected=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMP_LINE="$*"
    COMP_POINT=${#COMP_LINE}
    COMPREPLY=()
    "$function" sockscope-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    local got
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | xargs)
    expected=$(printf '%s\n' $expected | sort | xargs)
    if [ "$got" = "$expected" ]; then
        echo "ok:   '$*<TAB>' -> $got"
    else
        echo "FAIL: '$*<TAB>' -> '$got', expected '$expected'"
        failures=$((failures + 1))
    fi
}

expect "serve service services" sockscope-cli ser
expect "serve service services" sockscope-cli serv
expect "serve" sockscope-cli --journal serve
expect "sockets sockopt" sockscope-cli --journal so
expect "--help --version --journal" sockscope-cli --
expect "echo" sockscope-cli serve ""
expect "inet inet6 auto unix unspec" sockscope-cli addr --family ""
expect "inet inet6" sockscope-cli addr --family in
expect "inet inet6 unspec unix" sockscope-cli resolve localhost --family ""
expect "inet6" sockscope-cli sockopt defaults --family inet6
expect "inet inet6 unix" sockscope-cli sockopt defaults --family = ""
expect "reactor thread fork" sockscope-cli serve echo --engine ""
expect "io_uring epoll poll" sockscope-cli serve echo --poller=""
expect "stream dgram raw any" sockscope-cli resolve --socktype ""
expect "passive,numerichost passive,numericserv" sockscope-cli resolve --flags passive,n
expect "canonname" sockscope-cli resolve --flags=ca
expect "numerichost numericserv namereqd nofqdn dgram" sockscope-cli nameinfo ::1 80 --flags ""
expect "--cafile --conns" sockscope-cli bench echo ::1 7 --size 64 --c
expect "--size --seconds --sni" sockscope-cli bench --s
expect "tcp udp unix-stream" sockscope-cli bench echo --proto ""
expect "pingpong stream handshakes" sockscope-cli bench --mode ""
expect "list defaults" sockscope-cli sockopt ""
expect "in in6 un" sockscope-cli layout ""
expect "" sockscope-cli layout in6 ""
expect "16 32" sockscope-cli order --bits ""
expect "" sockscope-cli serve echo --port ""
expect "addr" sockscope-cli help ad
expect "--tcp --udp --unix --listening --help --version --journal --json" sockscope-cli sockets --

[ $failures -eq 0 ] || { echo "$failures completion(s) wrong"; exit 1; }
