# SPDX-License-Identifier: MIT
# fish completion for ntnu. The binary says what to complete: `ntnu __complete commands`, the
# options of a command (`ntnu __complete options COMMAND`: names, what each takes, a summary)
# and their values (`ntnu __complete KIND`, "value<TAB>description"), so they match the program
# and the data it loads (including --data FILE given earlier on the line).

function __ntnu_values
    set -l tokens (commandline -opc)
    set -l data
    for i in (seq (count $tokens))
        if test "$tokens[$i]" = --data; and test $i -lt (count $tokens)
            set data --data $tokens[(math $i + 1)]
        end
    end
    ntnu __complete $argv[1] $data 2>/dev/null
end

# What to offer for the token under the cursor: a command, an option of the command (or a
# global one), the value of the option before it, or the command's positional argument.
function __ntnu_complete
    set -l tokens (commandline -opc)
    set -l current (commandline -ct)
    set -l commands (ntnu __complete commands 2>/dev/null | string replace -r '\t.*' '')
    set -l command
    for token in $tokens[2..-1]
        if contains -- $token $commands
            set command $token
            break
        end
    end
    # Each option name with what it takes (flag, text, file or a kind of values) and its
    # summary; and the kind of the first positional argument.
    set -l names
    set -l kinds
    set -l summaries
    set -l positional
    for line in (ntnu __complete options $command 2>/dev/null)
        set -l fields (string split \t -- $line)
        set -l option (string replace -r '^\*' '' -- $fields[1])
        if not string match -q -- '-*' $option
            test -z "$positional"; and set positional $fields[2]
            continue
        end
        for name in (string split , -- $option)
            set -a names $name
            set -a kinds $fields[2]
            set -a summaries $fields[3]
        end
    end
    set -l kind
    if set -l i (contains -i -- "$tokens[-1]" $names)
        set kind $kinds[$i]
    end
    test "$kind" = flag; and set kind
    if test -z "$kind"; and not string match -q -- '-*' $current
        if test -z "$command"
            set kind commands
        else
            set kind $positional
        end
    end
    switch "$kind"
        case ''
            if string match -q -- '-*' $current
                for i in (seq (count $names))
                    printf '%s\t%s\n' $names[$i] $summaries[$i]
                end
            end
        case file
            __fish_complete_path $current
        case text
        case '*'
            __ntnu_values $kind
    end
end

complete -c ntnu -f -a '(__ntnu_complete)'
