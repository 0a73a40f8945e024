# SPDX-License-Identifier: MIT
# `make package` (cd build && cpack): a Debian package and a tarball, from the built program.
#
#   ntnu_VERSION_amd64.deb             for dpkg; lintian-clean (tests/packaging/check_deb.py)
#   ntnu-VERSION-linux-x86_64.tar.gz   bin/, share/ (man page, completions), LICENSE, INSTALL
#
# What goes where, by install component:
#   Unspecified  the program, its man page and completion scripts: `cmake --install` installs
#                these, and only these (into any prefix, without root)
#   debian       /usr/share/doc/ntnu/{copyright,changelog.gz}, the lintian override: .deb only
#   archive      LICENSE and INSTALL at the top of the tarball: tarball only

# The package's maintainer, "Name <address>": whoever builds and signs the package sets it.
# The project names no maintainer of its own; without one, packaging the .deb stops (cpack
# reads the value from CPackConfig.cmake, or `cpack -D CPACK_DEBIAN_PACKAGE_MAINTAINER=...`).
set(NTNU_MAINTAINER "" CACHE STRING
    "Maintainer of the Debian package, as 'Name <address>' (required by make package)")

include(GNUInstallDirs)
set(ntnu_doc_dir ${CMAKE_INSTALL_DATADIR}/doc/ntnu)

install(FILES ${PROJECT_SOURCE_DIR}/packaging/copyright DESTINATION ${ntnu_doc_dir}
        COMPONENT debian EXCLUDE_FROM_ALL)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/lintian-overrides
        DESTINATION ${CMAKE_INSTALL_DATADIR}/lintian/overrides RENAME ntnu
        COMPONENT debian EXCLUDE_FROM_ALL)
# A native package's changelog.gz is a Debian changelog signed by the maintainer, so it is
# written while installing: under cpack, the maintainer cpack packages with (which
# `cpack -D` can set for one run; cpack_config.cmake passes it in the environment, as the
# install runs outside cpack's variables); under `cmake --install --component debian`,
# NTNU_MAINTAINER.
install(CODE "
    set(maintainer \"\$ENV{NTNU_CPACK_DEBIAN_MAINTAINER}\")
    if(NOT maintainer)
        set(maintainer [==[${NTNU_MAINTAINER}]==])
    endif()
    if(NOT maintainer)
        message(FATAL_ERROR \"ntnu: the Debian package needs a maintainer: configure with \"
                            \"-DNTNU_MAINTAINER='Name <address>' (see packaging/packaging.cmake)\")
    endif()
    set(out \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${ntnu_doc_dir}/changelog.gz\")
    message(STATUS \"Installing: \${out}\")
    execute_process(
        COMMAND [==[${Python3_EXECUTABLE}]==] [==[${PROJECT_SOURCE_DIR}/tools/debian_changelog.py]==]
                [==[${PROJECT_SOURCE_DIR}/CHANGELOG.md]==] \${out} --package ntnu
                --version [==[${PROJECT_VERSION}]==] --maintainer \${maintainer}
        RESULT_VARIABLE status)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR \"ntnu: could not write the Debian changelog (\${status})\")
    endif()
" COMPONENT debian EXCLUDE_FROM_ALL)

install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/packaging/INSTALL
        DESTINATION . COMPONENT archive EXCLUDE_FROM_ALL)

set(CPACK_GENERATOR DEB TGZ)
set(CPACK_PACKAGE_NAME ntnu)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${NTNU_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${NTNU_MAINTAINER}")
# The first line is the synopsis, the rest the extended description; CPack puts the synopsis
# first, indents the rest and turns its "." lines into paragraph breaks.
file(READ ${PROJECT_SOURCE_DIR}/packaging/description.txt ntnu_description)
string(STRIP "${ntnu_description}" ntnu_description)
string(FIND "${ntnu_description}" "\n" end_of_synopsis)
string(SUBSTRING "${ntnu_description}" 0 ${end_of_synopsis} CPACK_PACKAGE_DESCRIPTION_SUMMARY)
math(EXPR end_of_synopsis "${end_of_synopsis} + 1")
string(SUBSTRING "${ntnu_description}" ${end_of_synopsis} -1 CPACK_DEBIAN_PACKAGE_DESCRIPTION)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The build keeps its debug information; the packages do not need it.
set(CPACK_STRIP_FILES TRUE)
# The country table and data are embedded, and the program is static (NTNU_STATIC); with a
# dynamic build, dpkg-shlibdeps finds the shared libraries.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "tzdata")
# Directories in data.tar are root's and 0755, as dpkg and lintian expect.
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
    GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# One package per generator, each from its own components (chosen in cpack_config.cmake).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_ARCHIVE_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
# The tarball and its top folder: ntnu-0.1.0-linux-x86_64 (the .deb names itself, DEB-DEFAULT).
string(TOLOWER "ntnu-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}"
       CPACK_PACKAGE_FILE_NAME)
set(CPACK_PROJECT_CONFIG_FILE ${PROJECT_SOURCE_DIR}/packaging/cpack_config.cmake)
include(CPack)
