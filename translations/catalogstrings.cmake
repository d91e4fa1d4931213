# SPDX-FileCopyrightText: 2026 The Agentry authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Writes the tool catalog's shown texts (category labels, tool descriptions and risk reasons
# of resources/tools.json) as QT_TRANSLATE_NOOP lines, so that lupdate finds the strings that
# ToolCatalog translates when it shows them. The file is read by lupdate only, never compiled.
# Usage: cmake -DCATALOG=resources/tools.json -DOUT=… -P catalogstrings.cmake
file(READ "${CATALOG}" json)
set(lines "")
macro(add_text text)
    string(REPLACE "\\" "\\\\" escaped "${text}")
    string(REPLACE "\"" "\\\"" escaped "${escaped}")
    string(APPEND lines "QT_TRANSLATE_NOOP(\"ToolCatalog\", \"${escaped}\")\n")
endmacro()
string(JSON categories LENGTH "${json}" categories)
math(EXPR last "${categories} - 1")
foreach(i RANGE ${last})
    string(JSON label GET "${json}" categories ${i} label)
    add_text("${label}")
endforeach()
string(JSON tools LENGTH "${json}" tools)
math(EXPR last "${tools} - 1")
foreach(i RANGE ${last})
    foreach(key description risk_reason)
        string(JSON text ERROR_VARIABLE missing GET "${json}" tools ${i} ${key})
        if(NOT missing AND NOT text STREQUAL "")
            add_text("${text}")
        endif()
    endforeach()
endforeach()
file(WRITE "${OUT}.new"
    "// SPDX-FileCopyrightText: 2026 The Agentry authors\n"
    "// SPDX-License-Identifier: GPL-3.0-or-later\n\n"
    "// Written by translations/catalogstrings.cmake from resources/tools.json for lupdate; not compiled.\n\n"
    "${lines}")
file(COPY_FILE "${OUT}.new" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.new")
