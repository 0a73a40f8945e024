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

_ntnu() {
    local cur prev words cword
    _init_completion -n = || return

    local commands="deadline check programmes programme countries timeline calendar completion validate"
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
        --data | --output | -o) _filedir; return ;;
        --now | --intake | --within | --format | --search | --alarm) return ;;
    esac
    if [[ -z $kind && $cur != -* ]]; then
        if [[ -z $command ]]; then
            COMPREPLY=($(compgen -W "$commands" -- "$cur"))
            return
        elif [[ $command == programme ]]; then
            kind=programmes
        elif [[ $command == completion ]]; then
            kind=shells
        elif [[ $command == validate ]]; then
            _filedir
            return
        fi
    fi
    if [[ -n $kind ]]; then
        # One value a line; names may hold spaces. Case-insensitive prefix match.
        local value lower_cur
        lower_cur=$(dequote "$cur")
        lower_cur=${lower_cur,,}
        COMPREPLY=()
        while IFS=$'\t' read -r value _; do
            [[ ${value,,} == "$lower_cur"* ]] && COMPREPLY+=("$value")
        done < <(ntnu __complete "$kind" "${data[@]}" 2>/dev/null)
        if ((${#COMPREPLY[@]})); then
            local IFS=$'\n'
            COMPREPLY=($(printf '%q\n' "${COMPREPLY[@]}"))
        fi
        return
    fi
    COMPREPLY=($(compgen -W "$(_ntnu_options "$command")" -- "$cur"))
}
complete -F _ntnu ntnu
