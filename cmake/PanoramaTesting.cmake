# panorama_add_test(NAME SOURCES ... LIBS ... [KEYRING] [LABELS ...] [TIMEOUT s])
# One Qt Test executable per unit, registered with CTest (KeePassXC's add_unit_test).
# KEYRING tests run inside their own D-Bus session with a real gnome-keyring Secret Service.
function(panorama_add_test name)
    cmake_parse_arguments(ARG "KEYRING;GUI" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE panorama::options Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE
        PANORAMA_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        PANORAMA_BINARY_DIR="${PROJECT_BINARY_DIR}")
    if(ARG_KEYRING)
        add_test(NAME ${name} COMMAND dbus-run-session -- ${PROJECT_SOURCE_DIR}/tests/with-keyring.sh $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set(_env "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;LC_ALL=C.UTF-8")
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${_env}" LABELS "${ARG_LABELS}")
    if(ARG_TIMEOUT)
        set_tests_properties(${name} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    endif()
endfunction()

# panorama_add_bench(NAME SOURCES ... LIBS ...): a benchmark executable; prints figures, asserts nothing about time.
function(panorama_add_bench name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE panorama::options ${ARG_LIBS})
    target_compile_definitions(${name} PRIVATE PANORAMA_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endfunction()
