# SPDX-License-Identifier: MIT
# bash completion for ntnu. The binary says what to complete: `ntnu __complete commands`, the
# options of a command (`ntnu __complete options COMMAND`: names, what each takes, a summary)
# and their values (`ntnu __complete KIND`), so they match the program and the data it loads
# (including --data FILE given earlier on the line).

# Without the bash-completion package, the words bash itself gives, and plain file names.
_ntnu_init() {
    if declare -F _init_completion >/dev/null; then
        _init_completion -n = || return 1
    else
        words=("${COMP_WORDS[@]}")
        cword=$COMP_CWORD
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD - 1]}
    fi
}
_ntnu_files() {
    if declare -F _filedir >/dev/null; then
        _filedir
    else
        local IFS=$'\n'
        COMPREPLY=($(compgen -f -- "$cur"))
    fi
}

# Completes $cur with the values of KIND (a kind of `ntnu __complete`), one a line; names may
# hold spaces. A word opened with a quote ('United K) is completed inside the quote, unescaped;
# readline closes it.
_ntnu_values() {
    local kind=$1 quote="" typed=$cur
    if [[ $typed == [\'\"]* ]]; then
        quote=${typed:0:1}
        typed=${typed:1}
    else
        typed=${typed//\\/}
    fi
    # Countries: a word typed like a code (upper case, up to three letters) gets codes, any
    # other word names. Either way every candidate starts with exactly what was typed, so bash
    # never shortens the word to a common prefix of a code and a name (DE, Denmark). Values
    # match in any letter case, but commands only as they are spelt.
    local want=any
    if [[ $kind == countries && -n $typed ]]; then
        [[ $typed =~ ^[A-Z]{1,3}$ ]] && want=code || want=name
    fi
    local value lower=${typed,,} n=${#typed}
    COMPREPLY=()
    while IFS=$'\t' read -r value _; do
        if [[ $kind == commands ]]; then
            [[ $value == "$typed"* ]] || continue
        else
            [[ ${value,,} == "$lower"* ]] || continue
        fi
        case $want in
            code) [[ $value =~ ^[A-Z]{2}$ ]] || continue ;;
            name) [[ $value =~ ^[A-Z]{2}$ ]] && continue ;;
        esac
        COMPREPLY+=("$typed${value:n}")
    done < <(ntnu __complete "$kind" "${data[@]}" 2>/dev/null)
    if ((${#COMPREPLY[@]})) && [[ -z $quote ]]; then
        local IFS=$'\n'
        COMPREPLY=($(printf '%q\n' "${COMPREPLY[@]}"))
    fi
}

_ntnu() {
    local cur prev words cword
    _ntnu_init || return

    local -a commands=() data=()
    local command="" name i
    while IFS=$'\t' read -r name _; do
        commands+=("$name")
    done < <(ntnu __complete commands 2>/dev/null)
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --data) data=(--data "${words[i + 1]}") ;;
            --data=*) data=(--data "${words[i]#--data=}") ;;
            -*) ;;
            *)
                case " ${commands[*]} " in
                    *" ${words[i]} "*) [[ -z $command ]] && command=${words[i]} ;;
                esac
                ;;
        esac
    done

    # The command's options and the global ones (before a command, the global ones alone),
    # with what each takes: flag, text, file or a kind of values; and the kind of its first
    # positional argument.
    local -a options=()
    local -A takes=()
    local names kind positional=""
    while IFS=$'\t' read -r names kind _; do
        names=${names#\*}
        if [[ $names != -* ]]; then
            [[ -z $positional ]] && positional=$kind
            continue
        fi
        for name in ${names//,/ }; do
            options+=("$name")
            takes[$name]=$kind
        done
    done < <(ntnu __complete options ${command:+"$command"} 2>/dev/null)

    kind=""
    [[ -n $prev ]] && kind=${takes[$prev]-}
    [[ $kind == flag ]] && kind=""
    if [[ -z $kind && $cur != -* ]]; then
        [[ -z $command ]] && kind=commands || kind=$positional
    fi
    case $kind in
        "") COMPREPLY=($(compgen -W "${options[*]}" -- "$cur")) ;;
        file) _ntnu_files ;;
        text) ;;
        *) _ntnu_values "$kind" ;;
    esac
}
complete -F _ntnu ntnu
