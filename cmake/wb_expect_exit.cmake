# Runs a command and checks its exit code and its stderr: the chapter programs' command-line tests
# (declared with wb_exit_test in Workbook.cmake).
#
#   cmake -DEXPECTED_CODE=2 -DSTDERR_REGEX=--width -P wb_expect_exit.cmake -- <program> <args...>
#
# Passes when the exit code is EXPECTED_CODE and stderr matches STDERR_REGEX.

# Collect the command: every argument after "--".
set(command "")
set(after_separator FALSE)
math(EXPR last "${CMAKE_ARGC} - 1")
foreach(i RANGE ${last})
  if(after_separator)
    list(APPEND command "${CMAKE_ARGV${i}}")
  elseif(CMAKE_ARGV${i} STREQUAL "--")
    set(after_separator TRUE)
  endif()
endforeach()
if(NOT command)
  message(FATAL_ERROR "usage: cmake -DEXPECTED_CODE=N -DSTDERR_REGEX=R -P wb_expect_exit.cmake -- <program> <args...>")
endif()

execute_process(COMMAND ${command} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(REPLACE ";" " " shown "${command}")
message(STATUS "command: ${shown}\nexit code: ${code}\nstdout:\n${out}stderr:\n${err}")
if(NOT code STREQUAL "${EXPECTED_CODE}")
  message(FATAL_ERROR "expected exit code ${EXPECTED_CODE}, got ${code}")
endif()
if(NOT err MATCHES "${STDERR_REGEX}")
  message(FATAL_ERROR "stderr does not match '${STDERR_REGEX}'")
endif()
