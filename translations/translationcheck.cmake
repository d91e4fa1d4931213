# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Refreshes copies of the .ts files from the sources, as `ninja update_translations` does, and
# fails when a message has no translation: every user-visible string has its German text, and
# every plural its English forms.
# Usage: cmake -DLUPDATE=… -DSOURCE_DIR=… -DWORK_DIR=… -P translationcheck.cmake
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(failed FALSE)
foreach(language de en)
    set(ts "${WORK_DIR}/agentry_${language}.ts")
    configure_file("${SOURCE_DIR}/translations/agentry_${language}.ts" "${ts}" COPYONLY)
    set(options -locations none -no-obsolete)
    if(language STREQUAL "en")
        list(APPEND options -pluralonly -target-language en)
    endif()
    execute_process(COMMAND "${LUPDATE}" ${options} app widgets models -ts "${ts}"
        WORKING_DIRECTORY "${SOURCE_DIR}" OUTPUT_QUIET ERROR_VARIABLE errors RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result}): ${errors}")
    endif()
    file(READ "${ts}" text)
    string(REPLACE ";" "," text "${text}")
    string(REPLACE "<message" ";<message" messages "${text}")
    set(missing 0)
    foreach(message IN LISTS messages)
        if(message MATCHES "type=\"unfinished\"" AND message MATCHES "<source>([^<]*)</source>")
            math(EXPR missing "${missing} + 1")
            if(missing LESS_EQUAL 10)
                message(STATUS "agentry_${language}.ts lacks: ${CMAKE_MATCH_1}")
            endif()
        endif()
    endforeach()
    if(missing GREATER 0)
        message(STATUS "agentry_${language}.ts: ${missing} message(s) without a translation")
        set(failed TRUE)
    endif()
endforeach()
if(failed)
    message(FATAL_ERROR "Run `ninja update_translations`, translate what it marks unfinished and commit the .ts files.")
endif()
