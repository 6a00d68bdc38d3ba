# SQLCipher 4 for the encrypted local cache.
#
# Debian 12's libsqlcipher is 3.4.1 (SQLite 3.15, no FTS5), so by default we build SQLCipher 4 from the
# official amalgamation that the npm package @journeyapps/sqlcipher ships. The tarball is fetched with
# `npm pack` at configure time, verified against a pinned SHA-256 and never committed. It is cached in
# PANORAMA_DEPS_CACHE so several build trees share one download.
#
# -DPANORAMA_SYSTEM_SQLCIPHER=ON links a system SQLCipher >= 4 through pkg-config instead.

set(PANORAMA_SQLCIPHER_NPM "@journeyapps/sqlcipher@6.0.0")
set(PANORAMA_SQLCIPHER_TGZ "journeyapps-sqlcipher-6.0.0.tgz")
set(PANORAMA_SQLCIPHER_SHA256 "ad3ee0e551de315b230db78e2294d41868b5c166d44c0c87da35fb6b87bde54c")

if(DEFINED ENV{PANORAMA_DEPS_CACHE})
    set(_default_cache "$ENV{PANORAMA_DEPS_CACHE}")
elseif(DEFINED ENV{HOME})
    set(_default_cache "$ENV{HOME}/.cache/panorama-deps")
else()
    set(_default_cache "${CMAKE_BINARY_DIR}/_deps")
endif()
set(PANORAMA_DEPS_CACHE "${_default_cache}" CACHE PATH "Where fetched third-party sources are cached")

if(PANORAMA_SYSTEM_SQLCIPHER)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher>=4.0)
    add_library(panorama_sqlcipher INTERFACE)
    target_link_libraries(panorama_sqlcipher INTERFACE PkgConfig::SQLCIPHER)
    target_compile_definitions(panorama_sqlcipher INTERFACE SQLITE_HAS_CODEC PANORAMA_SQLCIPHER_HEADER_DIR_SYSTEM)
    add_library(panorama::sqlcipher ALIAS panorama_sqlcipher)
    return()
endif()

set(_tgz "${PANORAMA_DEPS_CACHE}/${PANORAMA_SQLCIPHER_TGZ}")
set(_src "${PANORAMA_DEPS_CACHE}/sqlcipher-6.0.0")

function(_panorama_verify_tgz out)
    set(${out} FALSE PARENT_SCOPE)
    if(EXISTS "${_tgz}")
        file(SHA256 "${_tgz}" _sum)
        if(_sum STREQUAL PANORAMA_SQLCIPHER_SHA256)
            set(${out} TRUE PARENT_SCOPE)
        else()
            message(WARNING "SQLCipher tarball ${_tgz} has SHA-256 ${_sum}, expected ${PANORAMA_SQLCIPHER_SHA256}; fetching again")
            file(REMOVE "${_tgz}")
            file(REMOVE_RECURSE "${_src}")
        endif()
    endif()
endfunction()

_panorama_verify_tgz(_ok)
if(NOT _ok)
    find_program(NPM_EXECUTABLE npm REQUIRED)
    file(MAKE_DIRECTORY "${PANORAMA_DEPS_CACHE}")
    message(STATUS "Fetching ${PANORAMA_SQLCIPHER_NPM} with npm pack")
    execute_process(
        COMMAND "${NPM_EXECUTABLE}" pack "${PANORAMA_SQLCIPHER_NPM}" --pack-destination "${PANORAMA_DEPS_CACHE}" --silent
        WORKING_DIRECTORY "${PANORAMA_DEPS_CACHE}"
        RESULT_VARIABLE _rc OUTPUT_QUIET)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "npm pack ${PANORAMA_SQLCIPHER_NPM} failed (${_rc}); the npm registry must be reachable once")
    endif()
    _panorama_verify_tgz(_ok)
    if(NOT _ok)
        message(FATAL_ERROR "SQLCipher tarball failed SHA-256 verification; refusing to build with it")
    endif()
endif()

if(NOT EXISTS "${_src}/sqlite3.c")
    set(_tmp "${PANORAMA_DEPS_CACHE}/extract-tmp")
    file(REMOVE_RECURSE "${_tmp}")
    file(ARCHIVE_EXTRACT INPUT "${_tgz}" DESTINATION "${_tmp}" PATTERNS "package/deps/sqlcipher-amalgamation/*")
    file(MAKE_DIRECTORY "${_src}")
    file(GLOB _files "${_tmp}/package/deps/sqlcipher-amalgamation/*")
    file(COPY ${_files} DESTINATION "${_src}")
    file(REMOVE_RECURSE "${_tmp}")
endif()

find_package(OpenSSL REQUIRED)
find_package(Threads REQUIRED)
add_library(panorama_sqlcipher STATIC "${_src}/sqlite3.c")
set_target_properties(panorama_sqlcipher PROPERTIES LINKER_LANGUAGE C C_VISIBILITY_PRESET default)
target_include_directories(panorama_sqlcipher SYSTEM PUBLIC "${_src}")
target_compile_definitions(panorama_sqlcipher
    PUBLIC SQLITE_HAS_CODEC
    PRIVATE
        SQLCIPHER_CRYPTO_OPENSSL
        SQLITE_TEMP_STORE=3
        SQLITE_ENABLE_FTS5
        SQLITE_THREADSAFE=1
        SQLITE_DEFAULT_WAL_SYNCHRONOUS=1
        SQLITE_DQS=0
        SQLITE_ENABLE_DBSTAT_VTAB
        SQLITE_OMIT_LOAD_EXTENSION
        SQLCIPHER_OMIT_DEFAULT_LOGGING
        SQLITE_EXTRA_INIT=sqlcipher_extra_init
        SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown
        _GNU_SOURCE)
# The amalgamation is third-party code: optimised even in Debug builds, its warnings silenced.
target_compile_options(panorama_sqlcipher PRIVATE -include stdint.h -w -O2)
target_link_libraries(panorama_sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)
add_library(panorama::sqlcipher ALIAS panorama_sqlcipher)
