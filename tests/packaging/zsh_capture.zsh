#!/usr/bin/env zsh
# Usage: zsh_capture.zsh DIR WORDS
# Prints, one a line, what an interactive zsh with DIR in its fpath (compinit) offers for WORDS<TAB>:
# the line is typed into a zsh on a pseudo-terminal (zpty), and compadd is wrapped to print each match
# as it would be inserted, between two NUL lines.
zmodload zsh/zpty || exit 77
local dir=$1 words=$2 line init=$(mktemp)
cat > $init <<'INIT'
PROMPT=
fpath=($CAPTURE_DIR $fpath)
autoload -Uz compinit && compinit -u -d $HOME/.zcompdump
bindkey '^I' complete-word
null-line() { echo -E - $'\0' }
compprefuncs=(null-line)
comppostfuncs=(null-line exit)
zstyle ':completion:*' list-grouped false
zstyle ':completion:*' insert-tab false
compadd() {
    # The calls that only ask for matches (-O, -A, -D) are compsys's own bookkeeping.
    if [[ ${@[1,(i)(-|--)]} == *-(O|A|D)\ * ]]; then
        builtin compadd "$@"
        return $?
    fi
    local -a hits apre hpre
    builtin compadd -A hits "$@"
    zparseopts -E P:=apre p:=hpre
    local h
    for h in $hits; do echo -E - "$IPREFIX${apre[2]}${hpre[2]}$h"; done
}
echo ready
INIT
zpty z zsh -f -i
zpty -w z "CAPTURE_DIR=${(q)dir}; source ${(q)init}"
repeat 20; do zpty -r z line; [[ $line == ready* ]] && break; done
zpty -w z "$words"$'\t'
integer nul=0
while zpty -r z line; do
    if [[ $line == *$'\0'* ]]; then
        (( nul++ )) && break || continue
    fi
    line=${${line%$'\n'}%$'\r'}
    (( nul )) && [[ -n $line ]] && print -r -- $line
done
zpty -d z
rm -f $init
