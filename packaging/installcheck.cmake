# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Installs the build into a scratch prefix and checks that what a package ships is there.
# Usage: cmake -DBUILD_DIR=… -DPREFIX=… -P installcheck.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" OUTPUT_QUIET RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result})")
endif()
foreach(path
        bin/agentry
        share/applications/io.agentry.Agentry.desktop
        share/icons/hicolor/scalable/apps/io.agentry.Agentry.svg
        share/metainfo/io.agentry.Agentry.metainfo.xml
        share/doc/agentry/copyright)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
file(READ "${PREFIX}/share/doc/agentry/copyright" copyright)
if(NOT copyright MATCHES "License: GPL-3.0-or-later")
    message(FATAL_ERROR "share/doc/agentry/copyright does not name the licence")
endif()
