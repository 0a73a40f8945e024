# SPDX-License-Identifier: MIT
# bash completion for ntnu. Values come from `ntnu __complete KIND`, so they match the data
# the binary loads (including --data FILE given earlier on the line).

_ntnu_options() {
    local global="--now --tz --data --color --lang --version --help -h"
    local profile="--level --refugee --citizenship --degree-from --norwegian-id --category --intake"
    case $1 in
        deadline) echo "$global $profile --programme --explain --json --format" ;;
        check) echo "$global $profile --programme --within --quiet -q --json --format" ;;
        programmes) echo "$global --campus --level --search --open-to --json --format" ;;
        programme) echo "$global $profile --json --format" ;;
        countries) echo "$global --group --json --format" ;;
        timeline) echo "$global $profile --programme --json --all" ;;
        calendar) echo "$global $profile --programme --output -o --force --alarm --all" ;;
        completion) echo "--help -h" ;;
        validate) echo "$global --quiet -q --json" ;;
        *) echo "$global" ;;
    esac
}

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

_ntnu() {
    local cur prev words cword
    _ntnu_init || return

    local commands="deadline check programmes programme countries timeline calendar completion validate help"
    local command="" data=() i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --data) data=(--data "${words[i + 1]}") ;;
            --data=*) data=(--data "${words[i]#--data=}") ;;
            -*) ;;
            *)
                case " $commands " in
                    *" ${words[i]} "*) [[ -z $command ]] && command=${words[i]} ;;
                esac
                ;;
        esac
    done

    local kind=""
    case $prev in
        --category | --open-to) kind=categories ;;
        --group) COMPREPLY=($(compgen -W "non-eu eu-eea nordic" -- "$cur")); return ;;
        --level) kind=levels ;;
        --campus) kind=campuses ;;
        --color) kind=colors ;;
        --lang) kind=languages ;;
        --tz) kind=zones ;;
        --citizenship | --degree-from) kind=countries ;;
        --programme) kind=programmes ;;
        --data | --output | -o) _ntnu_files; return ;;
        --now | --intake | --within | --format | --search | --alarm) return ;;
    esac
    if [[ -z $kind && $cur != -* ]]; then
        if [[ -z $command ]]; then
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            return
        elif [[ $command == help ]]; then
            COMPREPLY=($(compgen -W "${commands% help}" -- "$cur"))
            return
        elif [[ $command == programme ]]; then
            kind=programmes
        elif [[ $command == completion ]]; then
            kind=shells
        elif [[ $command == validate ]]; then
            _ntnu_files
            return
        fi
    fi
    if [[ -n $kind ]]; then
        # One value a line; names may hold spaces. A word opened with a quote ('United K) is
        # completed inside the quote, unescaped; readline closes it.
        local quote="" typed=$cur
        if [[ $typed == [\'\"]* ]]; then
            quote=${typed:0:1}
            typed=${typed:1}
        else
            typed=${typed//\\/}
        fi
        # Countries: a word typed like a code (upper case, up to three letters) gets codes, any
        # other word names. Either way every candidate starts with exactly what was typed, so
        # bash never shortens the word to a common prefix of a code and a name (DE, Denmark).
        local want=any
        if [[ $kind == countries && -n $typed ]]; then
            [[ $typed =~ ^[A-Z]{1,3}$ ]] && want=code || want=name
        fi
        local value lower=${typed,,} n=${#typed}
        COMPREPLY=()
        while IFS=$'\t' read -r value _; do
            [[ ${value,,} == "$lower"* ]] || continue
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
        return
    fi
    COMPREPLY=($(compgen -W "$(_ntnu_options "$command")" -- "$cur"))
}
complete -F _ntnu ntnu
