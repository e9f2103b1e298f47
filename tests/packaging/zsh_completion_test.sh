#!/bin/sh
# Usage: zsh_completion_test.sh _sockscope-cli
# zsh parses the completion file, and compinit, given its folder in fpath, binds it to sockscope-cli.
# Skips (77) without zsh.
command -v zsh >/dev/null 2>&1 || { echo "SKIP: zsh is not installed"; exit 77; }
file=$1
zsh -n "$file" || { echo "FAIL: zsh -n $file"; exit 1; }
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
out=$(HOME=$home ZDOTDIR=$home zsh -f -c '
    fpath=("$1" $fpath)
    autoload -Uz compinit && compinit -u -d "$HOME/.zcompdump"
    print -r -- "${_comps[sockscope-cli]}"' zsh "$(dirname "$file")" 2>&1)
[ "$out" = "_sockscope-cli" ] || { echo "FAIL: compinit did not bind _sockscope-cli to sockscope-cli: $out"; exit 1; }
echo "ok: zsh parses $file and compinit binds it"
