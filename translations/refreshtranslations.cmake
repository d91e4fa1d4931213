# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Refreshes the .ts files in TS_DIR from the sources with lupdate: agentry_de.ts with every
# message, agentry_en.ts with the plural forms only. The tool catalog's texts are data, so
# CATALOG_STRINGS is first written from resources/tools.json (catalogstrings.cmake) for lupdate
# to read. `ninja update_translations` runs it on translations/; translationcheck.cmake on copies.
# Usage: cmake -DLUPDATE=… -DSOURCE_DIR=… -DTS_DIR=… -DCATALOG_STRINGS=… [-DLOCATIONS=relative] -P refreshtranslations.cmake
if(NOT LOCATIONS)
    set(LOCATIONS none)
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" -DCATALOG=${SOURCE_DIR}/resources/tools.json -DOUT=${CATALOG_STRINGS}
    -P "${SOURCE_DIR}/translations/catalogstrings.cmake" RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "catalogstrings.cmake failed (${result})")
endif()
foreach(language de en)
    set(options -locations ${LOCATIONS} -no-obsolete)
    set(inputs app widgets models)
    if(language STREQUAL "en")
        list(APPEND options -pluralonly -target-language en)
    else()
        list(APPEND inputs "${CATALOG_STRINGS}")
    endif()
    execute_process(COMMAND "${LUPDATE}" ${options} ${inputs} -ts "${TS_DIR}/agentry_${language}.ts"
        WORKING_DIRECTORY "${SOURCE_DIR}" ERROR_VARIABLE errors RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${result}): ${errors}")
    endif()
endforeach()
