# bash completion for sockscope-cli: commands, each command's options and the values they take.
# Self-contained (compgen only), so it works with or without the bash-completion package.
# tests/packaging/completion_test.sh drives it; tests/packaging/check_cli_docs.py keeps its
# commands and options in step with sockscope-cli --help.

_sockscope_cli_options() {
    local common="--help --version --journal --json"
    case $1 in
        order) echo "$common --bits" ;;
        addr) echo "$common --family" ;;
        layout) echo "$common --flowinfo" ;;
        hosts|protocols) echo "$common --stayopen" ;;
        services) echo "$common --stayopen --proto" ;;
        protocol) echo "$common" ;;
        service) echo "$common --proto" ;;
        host) echo "$common --family --address --stayopen" ;;
        resolve) echo "$common --family --socktype --protocol --flags" ;;
        nameinfo) echo "$common --flags" ;;
        serve) echo "$common --proto --udp --bind --port --path --remove-stale --v6only --engine --poller" \
                    "--threads --max-conns --backlog --idle-timeout --reuseport --verbose" \
                    "--tls --cert --key --self-signed --handshake-timeout" ;;
        connect) echo "$common --proto --udp --path --crlf --hex --wait" \
                      "--tls --sni --alpn --cafile --insecure --cert --key" \
                      "--broadcast --multicast-ttl --multicast-loop --repeat --interval" ;;
        listen) echo "$common --proto --udp --bind --port --path --family --join --keep --remove-stale --wait" ;;
        bench) echo "$common --conns --size --seconds --mode --proto --udp --path --threads --tls --sni --cafile --insecure --bytes" ;;
        sockopt) echo "$common --family --socktype" ;;
        sockets) echo "$common --tcp --udp --unix --listening" ;;
        wire) echo "$common --port --count --seconds --pcap" ;;
    esac
}

# The values of an option that takes one: a word list, "files", or "any" (a free value, no words).
_sockscope_cli_values() {
    local command=$1 option=$2
    case $command:$option in
        order:--bits) echo "16 32" ;;
        addr:--family) echo "inet inet6 auto unix unspec" ;;
        host:--family) echo "inet inet6" ;;
        resolve:--family) echo "inet inet6 unspec unix" ;;
        sockopt:--family) echo "inet inet6 unix" ;;
        resolve:--socktype) echo "stream dgram raw any" ;;
        sockopt:--socktype) echo "stream dgram" ;;
        resolve:--protocol) echo "tcp udp icmp ipv6-icmp raw 0 6 17" ;;
        resolve:--flags) echo "passive canonname numerichost numericserv v4mapped all addrconfig idn" ;;
        nameinfo:--flags) echo "numerichost numericserv namereqd nofqdn dgram" ;;
        services:--proto|service:--proto) echo "tcp udp" ;;
        serve:--proto|connect:--proto|listen:--proto) echo "tcp udp unix-stream unix-dgram" ;;
        listen:--family) echo "inet inet6 unspec unix" ;;
        bench:--proto) echo "tcp udp unix-stream" ;;
        serve:--engine) echo "reactor thread fork" ;;
        serve:--poller) echo "io_uring epoll poll" ;;
        serve:--v6only) echo "0 1" ;;
        bench:--mode) echo "pingpong stream handshakes" ;;
        serve:--bind|listen:--bind) echo "127.0.0.1 ::1 0.0.0.0 ::" ;;
        *:--path|wire:--pcap|*:--cert|*:--key|connect:--cafile|bench:--cafile) echo "files" ;;
        connect:--alpn) echo "h2,http/1.1 http/1.1 h2" ;;
        layout:--flowinfo|host:--address|serve:--port|serve:--threads|serve:--max-conns|serve:--backlog|\
        serve:--idle-timeout|serve:--handshake-timeout|connect:--wait|connect:--sni|bench:--sni|bench:--bytes|listen:--port|listen:--wait|listen:--join|bench:--conns|bench:--size|bench:--seconds|bench:--threads|\
        wire:--port|wire:--count|wire:--seconds)
            echo "any" ;;
    esac
}

_sockscope_cli() {
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD-1]}
    local commands="order addr layout hosts protocols services protocol service host resolve nameinfo serve
        connect listen bench sockopt sockets wire help"
    COMPREPLY=()

    # The command is the first word after the options that may precede it.
    local i command="" positionals=0
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            --journal) [ -z "$command" ] && continue ;;
            =) continue ;; # bash splits --option=value at the = (COMP_WORDBREAKS)
        esac
        [ "${COMP_WORDS[i-1]}" = "=" ] && continue
        if [ -z "$command" ]; then
            command=${COMP_WORDS[i]}
        elif [[ ${COMP_WORDS[i]} != -* ]]; then
            # A word after an option that takes a value is that value, not a positional argument.
            local before=${COMP_WORDS[i-1]}
            if [[ $before == --* && $before != *=* ]] && [ -n "$(_sockscope_cli_values "$command" "$before")" ]; then
                continue
            fi
            positionals=$((positionals + 1))
        fi
    done

    if [ -z "$command" ]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--help --version --journal" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
        fi
        return 0
    fi
    if [ "$command" = help ]; then
        [ "$positionals" -eq 0 ] && COMPREPLY=($(compgen -W "${commands% help}" -- "$cur"))
        return 0
    fi

    # --option value, and --option=value as bash splits it (--option, =, value) or not.
    local option="" value=$cur prefix=""
    if [[ $cur == --*=* ]]; then
        option=${cur%%=*}
        value=${cur#*=}
    elif [ "$cur" = "=" ] && [[ $prev == --* ]]; then
        option=$prev
        value=""
    elif [ "$prev" = "=" ] && [ "$COMP_CWORD" -ge 2 ]; then
        option=${COMP_WORDS[COMP_CWORD-2]}
    elif [[ $prev == --* ]]; then
        option=$prev
    fi
    if [ -n "$option" ]; then
        local values
        values=$(_sockscope_cli_values "$command" "$option")
        if [ "$values" = files ]; then
            COMPREPLY=($(compgen -f -- "$value"))
            return 0
        elif [ "$values" = any ]; then
            return 0
        elif [ -n "$values" ]; then
            # --flags takes a comma-separated list: complete its last word.
            if [ "$option" = --flags ] && [[ $value == *,* ]]; then
                prefix=${value%,*},
                value=${value##*,}
            fi
            COMPREPLY=($(compgen -P "$prefix" -W "$values" -- "$value"))
            return 0
        fi
    fi

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_sockscope_cli_options "$command")" -- "$cur"))
        return 0
    fi
    case $command:$positionals in
        serve:0|bench:0) COMPREPLY=($(compgen -W "echo" -- "$cur")) ;;
        layout:0) COMPREPLY=($(compgen -W "in in6 un" -- "$cur")) ;;
        sockopt:0) COMPREPLY=($(compgen -W "list defaults" -- "$cur")) ;;
        protocol:0) COMPREPLY=($(compgen -W "tcp udp icmp ipv6-icmp raw" -- "$cur")) ;;
        service:0) COMPREPLY=($(compgen -W "http https ssh domain smtp echo" -- "$cur")) ;;
    esac
    return 0
}
complete -F _sockscope_cli sockscope-cli
