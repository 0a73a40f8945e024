# SPDX-License-Identifier: MIT
# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE), after any `cpack -D`.
if(CPACK_GENERATOR STREQUAL "DEB")
    set(CPACK_COMPONENTS_ALL Unspecified debian)
    if(NOT CPACK_DEBIAN_PACKAGE_MAINTAINER)
        message(FATAL_ERROR
            "ntnu: the Debian package needs a maintainer, and the project names none of its own: "
            "configure with -DNTNU_MAINTAINER='Name <address>' (the packager), or run "
            "cpack -D CPACK_DEBIAN_PACKAGE_MAINTAINER='Name <address>'")
    endif()
    set(CPACK_PACKAGE_CONTACT "${CPACK_DEBIAN_PACKAGE_MAINTAINER}")
    # For the install step that writes the changelog (packaging.cmake).
    set(ENV{NTNU_CPACK_DEBIAN_MAINTAINER} "${CPACK_DEBIAN_PACKAGE_MAINTAINER}")
elseif(CPACK_GENERATOR STREQUAL "TGZ")
    set(CPACK_COMPONENTS_ALL Unspecified archive)
    # Everything under one folder named as the archive, as a component install would not.
    set(CPACK_COMPONENT_INCLUDE_TOPLEVEL_DIRECTORY ON)
endif()
