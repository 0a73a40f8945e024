# SPDX-License-Identifier: MIT
# ntnu --version's first line is "ntnu VERSION (git DESCRIBE)", DESCRIBE being what
# `git describe --tags --dirty --always` says of SOURCE_DIR now; outside a checkout,
# "ntnu VERSION".
#
#   cmake -DPROGRAM=... -DSOURCE_DIR=... -DVERSION=... -P check_version.cmake
execute_process(COMMAND ${PROGRAM} --version OUTPUT_VARIABLE output RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "${PROGRAM} --version exited ${status}")
endif()
string(REGEX REPLACE "\n.*" "" first "${output}")
# As tools/git_version.cmake: only when SOURCE_DIR is the top of its own checkout.
execute_process(COMMAND git -C ${SOURCE_DIR} rev-parse --show-toplevel OUTPUT_VARIABLE top
                RESULT_VARIABLE status ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
if(status EQUAL 0)
    file(REAL_PATH "${top}" top)
    file(REAL_PATH "${SOURCE_DIR}" source)
    if(NOT top STREQUAL source)
        set(status 1)
    endif()
endif()
if(status EQUAL 0)
    execute_process(COMMAND git --no-optional-locks -C ${SOURCE_DIR} describe --tags --dirty
                            --always
                    OUTPUT_VARIABLE describe RESULT_VARIABLE status ERROR_QUIET
                    OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()
if(status EQUAL 0)
    set(expected "ntnu ${VERSION} (git ${describe})")
else()
    set(expected "ntnu ${VERSION}")
endif()
if(NOT first STREQUAL expected)
    message(FATAL_ERROR "ntnu --version says\n  ${first}\nbut the checkout is\n  ${expected}\n"
                        "(rebuild after a commit or checkout)")
endif()
message(STATUS "${first}")
