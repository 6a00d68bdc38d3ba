# A test: refreshes a copy of the committed .ts from the sources with lupdate, then fails if any message is
# unfinished (new or untranslated), obsolete or vanished (the source string changed or disappeared).
# -DLUPDATE=<lupdate> -DTS=<committed .ts> -DWORK=<scratch dir> -DSOURCE_DIR=<repo root>
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
set(copy "${WORK}/${name}")
configure_file("${TS}" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -locations none -no-ui-lines -I "${SOURCE_DIR}"
            "${SOURCE_DIR}/ui" "${SOURCE_DIR}/models" "${SOURCE_DIR}/app" -ts "${copy}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(READ "${copy}" ts)
set(problems "")
foreach(kind unfinished obsolete vanished)
    string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?(<extracomment>[^<]*</extracomment>[^<]*)?<translation type=\"${kind}\"" hits "${ts}")
    list(LENGTH hits n)
    string(REGEX MATCHALL "type=\"${kind}\"" all "${ts}")
    list(LENGTH all total)
    if(total GREATER 0)
        string(APPEND problems "${total} ${kind} message(s)\n")
        foreach(h IN LISTS hits)
            string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" s "${h}")
            string(APPEND problems "  ${kind}: ${s}\n")
        endforeach()
    endif()
endforeach()
if(NOT problems STREQUAL "")
    message(FATAL_ERROR "${name} is not complete:\n${problems}Run the update_translations target, translate, and "
                        "commit the .ts.")
endif()
string(REGEX MATCHALL "<message" messages "${ts}")
list(LENGTH messages count)
message(STATUS "${name}: ${count} messages, all translated")
