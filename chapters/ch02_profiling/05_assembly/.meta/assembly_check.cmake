# ch02.5 assembly: checks assembly.sh as shipped (a ctest, label "shipped"):
#   cmake -DSCRIPT=<path>/assembly.sh -P assembly_check.cmake
# It must run from a directory outside the workbook, list both functions at every default level,
# print a count for each in the table, say which compiler it used, and exit 2 on a bad option.
if(NOT SCRIPT)
  message(FATAL_ERROR "usage: cmake -DSCRIPT=<path to assembly.sh> -P assembly_check.cmake")
endif()
find_program(BASH bash REQUIRED)

# Run from the system's temporary directory: the script must find the sources by itself.
if(DEFINED ENV{TMPDIR} AND IS_DIRECTORY "$ENV{TMPDIR}")
  set(elsewhere "$ENV{TMPDIR}")
else()
  set(elsewhere "/tmp")
endif()

execute_process(COMMAND "${BASH}" "${SCRIPT}" --no-remarks
                WORKING_DIRECTORY "${elsewhere}"
                RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "assembly.sh exit code ${code}\n${out}${err}")
if(NOT code EQUAL 0)
  message(FATAL_ERROR "assembly.sh failed with exit code ${code}")
endif()

set(problems "")
if(NOT out MATCHES "compiler: [^\n]+")
  string(APPEND problems "\n  no 'compiler:' line")
endif()
foreach(level "-O0" "-O2" "-O2 -march=native")
  foreach(function fn_expressive fn_terse)
    # The listing: a header per function and level, then its demangled label.
    string(FIND "${out}" "== ${level}: ch02::assembly::${function}(" listed)
    if(listed EQUAL -1)
      string(APPEND problems "\n  no listing of ${function} at ${level}")
    endif()
    # The table: one row per level and function with a positive instruction count.
    if(NOT out MATCHES "\n${level} +${function} +[1-9][0-9]* +[0-9]+ +[1-9][0-9]*\n")
      string(APPEND problems "\n  no table row with a count for ${function} at ${level}")
    endif()
  endforeach()
endforeach()

execute_process(COMMAND "${BASH}" "${SCRIPT}" --no-such-option
                WORKING_DIRECTORY "${elsewhere}"
                RESULT_VARIABLE bad_code OUTPUT_VARIABLE bad_out ERROR_VARIABLE bad_err)
if(NOT bad_code EQUAL 2)
  string(APPEND problems "\n  a bad option gave exit code ${bad_code}, not 2")
endif()
if(NOT bad_err MATCHES "unknown option '--no-such-option'")
  string(APPEND problems "\n  a bad option's message does not name it: ${bad_err}")
endif()

if(problems)
  message(FATAL_ERROR "assembly.sh output is missing:${problems}")
endif()
