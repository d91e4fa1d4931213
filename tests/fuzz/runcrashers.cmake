# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Runs the libFuzzer binary FUZZER once on each file in FOLDERS (a list), as the files are when
# the test runs: a crasher added to a folder is tested without configuring again.
set(inputs)
foreach(folder IN LISTS FOLDERS)
    file(GLOB found LIST_DIRECTORIES false "${folder}/*")
    list(APPEND inputs ${found})
endforeach()
if(NOT inputs)
    message(FATAL_ERROR "no crashers in ${FOLDERS}")
endif()
list(SORT inputs)
execute_process(COMMAND ${FUZZER} ${inputs} RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed on a crasher (${result})")
endif()
