# SPDX-License-Identifier: MIT
# fish completion for ntnu. Values come from `ntnu __complete KIND` ("value<TAB>description"),
# so they match the data the binary loads (including --data FILE given earlier on the line).

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

set -l commands deadline check programmes programme countries timeline calendar completion validate
set -l profile deadline check programme timeline calendar
complete -c ntnu -f

complete -c ntnu -n "not __fish_seen_subcommand_from $commands" -a deadline -d 'Which deadline applies to you'
complete -c ntnu -n "not __fish_seen_subcommand_from $commands" -a check -d 'Exit status: closes within a window?'
complete -c ntnu -n "not __fish_seen_subcommand_from $commands" -a programmes -d 'The programme catalogue'
complete -c ntnu -n "not __fish_seen_subcommand_from $commands" -a programme -d 'One programme and its deadlines'
complete -c ntnu -n "not __fish_seen_subcommand_from $commands" -a countries -d 'Countries and their applicant group'
complete -c ntnu -n "not __fish_seen_subcommand_from $commands" -a timeline -d 'Milestones of one admission cycle'
complete -c ntnu -n "not __fish_seen_subcommand_from $commands" -a calendar -d 'Deadlines as an iCalendar file'
complete -c ntnu -n "not __fish_seen_subcommand_from $commands" -a completion -d 'A shell completion script'
complete -c ntnu -n "not __fish_seen_subcommand_from $commands" -a validate -d 'Check data files'

# Global options
complete -c ntnu -l now -x -d 'Pretend it is this instant'
complete -c ntnu -l tz -x -a '(__ntnu_values zones)' -d 'IANA time zone for display'
complete -c ntnu -l data -r -F -d 'Load this data file'
complete -c ntnu -l color -x -a '(__ntnu_values colors)' -d 'Colour'
complete -c ntnu -l lang -x -a '(__ntnu_values languages)' -d 'Language of human output'
complete -c ntnu -l version -d 'Print versions'
complete -c ntnu -s h -l help -d 'Print help'

# Profile options
complete -c ntnu -n "__fish_seen_subcommand_from $profile" -l level -x -a '(__ntnu_values levels)' -d 'Admission track'
complete -c ntnu -n "__fish_seen_subcommand_from $profile" -l refugee -d 'Collective protection or asylum in Norway'
complete -c ntnu -n "__fish_seen_subcommand_from $profile" -l citizenship -x -a '(__ntnu_values countries)' -d 'A citizenship'
complete -c ntnu -n "__fish_seen_subcommand_from $profile" -l degree-from -x -a '(__ntnu_values countries)' -d 'Country of your degree'
complete -c ntnu -n "__fish_seen_subcommand_from $profile" -l norwegian-id -d 'You hold a Norwegian ID number'
complete -c ntnu -n "__fish_seen_subcommand_from $profile" -l category -x -a '(__ntnu_values categories)' -d 'Name the group directly'
complete -c ntnu -n "__fish_seen_subcommand_from $profile" -l intake -x -d 'A given intake'
complete -c ntnu -n "__fish_seen_subcommand_from deadline check timeline calendar" -l programme -x -a '(__ntnu_values programmes)' -d 'A programme id'

# Command options
complete -c ntnu -n "__fish_seen_subcommand_from deadline" -l explain -d 'Print each rule that fired'
complete -c ntnu -n "__fish_seen_subcommand_from deadline check programmes programme countries timeline validate" -l json -d 'Print JSON'
complete -c ntnu -n "__fish_seen_subcommand_from deadline check programmes programme countries" -l format -x -d 'Output template'
complete -c ntnu -n "__fish_seen_subcommand_from check" -l within -x -d 'The window, such as 14d'
complete -c ntnu -n "__fish_seen_subcommand_from check" -s q -l quiet -d 'Print nothing'
complete -c ntnu -n "__fish_seen_subcommand_from validate" -s q -l quiet -d 'Print nothing for a clean file'
complete -c ntnu -n "__fish_seen_subcommand_from programmes" -l campus -x -a '(__ntnu_values campuses)' -d 'Campus'
complete -c ntnu -n "__fish_seen_subcommand_from programmes" -l level -x -a '(__ntnu_values levels)' -d 'Level'
complete -c ntnu -n "__fish_seen_subcommand_from programmes" -l search -x -d 'Search text'
complete -c ntnu -n "__fish_seen_subcommand_from programmes" -l open-to -x -a '(__ntnu_values categories)' -d 'Open to this group'
complete -c ntnu -n "__fish_seen_subcommand_from programme" -a '(__ntnu_values programmes)'
complete -c ntnu -n "__fish_seen_subcommand_from countries" -l group -x -a 'non-eu eu-eea nordic' -d 'Applicant group'
complete -c ntnu -n "__fish_seen_subcommand_from calendar" -s o -l output -r -F -d 'Write to FILE'
complete -c ntnu -n "__fish_seen_subcommand_from calendar" -l force -d 'Overwrite FILE'
complete -c ntnu -n "__fish_seen_subcommand_from calendar" -l alarm -x -d 'Alarms, such as 14d,1d'
complete -c ntnu -n "__fish_seen_subcommand_from calendar timeline" -l all -d 'All groups'
complete -c ntnu -n "__fish_seen_subcommand_from completion" -a 'bash zsh fish'
complete -c ntnu -n "__fish_seen_subcommand_from validate" -F -d 'Data file'
