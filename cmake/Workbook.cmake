# The workbook's build vocabulary: options, the two interface targets every target links, and the
# helpers that declare an exercise (wb_exercise) or a chapter program (wb_program).

option(WB_NATIVE "Compile for this machine's CPU (-march=native)" ON)
set(WB_MARCH "" CACHE STRING "Explicit -march value (e.g. x86-64-v3 for valgrind); overrides WB_NATIVE")
option(WB_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
option(WB_SOLUTIONS "Build the reference solutions (needed by `workbook check` and the solution tests)" ON)
set(WB_SANITIZE "" CACHE STRING "Comma-separated sanitizers, e.g. address,undefined")
set(WB_EXTRA_FLAGS "" CACHE STRING "Extra compile and link flags for workbook targets (profiling variants)")

set(CMAKE_RUNTIME_OUTPUT_DIRECTORY "${PROJECT_BINARY_DIR}/bin")

# wb_build: flags that change code generation. Linked privately by every workbook target.
add_library(wb_build INTERFACE)
target_compile_options(wb_build INTERFACE
  # Keep a*b+c as two rounded operations, as Python does: results stay bit-identical to the book.
  -ffp-contract=off
  # __FILE__ and std::source_location print paths relative to the workbook root.
  "-fmacro-prefix-map=${PROJECT_SOURCE_DIR}/=")
if(WB_MARCH)
  target_compile_options(wb_build INTERFACE "-march=${WB_MARCH}")
elseif(WB_NATIVE)
  target_compile_options(wb_build INTERFACE -march=native)
endif()
if(WB_SANITIZE)
  target_compile_options(wb_build INTERFACE "-fsanitize=${WB_SANITIZE}" -fno-omit-frame-pointer
                         -fno-sanitize-recover=all)
  target_link_options(wb_build INTERFACE "-fsanitize=${WB_SANITIZE}")
endif()
if(WB_EXTRA_FLAGS)
  separate_arguments(_wb_extra UNIX_COMMAND "${WB_EXTRA_FLAGS}")
  target_compile_options(wb_build INTERFACE ${_wb_extra})
  target_link_options(wb_build INTERFACE ${_wb_extra})
endif()

# wb_warnings: the warning set; errors in the ci preset.
add_library(wb_warnings INTERFACE)
target_compile_options(wb_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                       -Wno-sign-conversion $<$<BOOL:${WB_WARNINGS_AS_ERRORS}>:-Werror>)

# Applies the workbook's flags to one of its own targets.
function(wb_target_defaults target)
  target_link_libraries(${target} PRIVATE wb_build wb_warnings)
endfunction()

define_property(GLOBAL PROPERTY WB_MANIFEST_EXERCISES BRIEF_DOCS "exercise JSON objects" FULL_DOCS "-")
define_property(GLOBAL PROPERTY WB_MANIFEST_PROGRAMS BRIEF_DOCS "program JSON objects" FULL_DOCS "-")

# Chapter of the current directory: "chapters/ch02_profiling" gives ch02 and ch02_profiling.
macro(_wb_chapter_of_current_dir)
  get_filename_component(_wb_chapter_dir "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
  string(SUBSTRING "${_wb_chapter_dir}" 0 4 _wb_chapter)
  if(NOT _wb_chapter MATCHES "^ch[0-9][0-9]$")
    message(FATAL_ERROR "wb_exercise/wb_program must be called from chapters/chNN_<topic>, not ${CMAKE_CURRENT_SOURCE_DIR}")
  endif()
  if(NOT TARGET ${_wb_chapter})
    add_custom_target(${_wb_chapter})
  endif()
endmacro()

function(_wb_json_string out value)
  string(REPLACE "\\" "\\\\" value "${value}")
  string(REPLACE "\"" "\\\"" value "${value}")
  set(${out} "\"${value}\"" PARENT_SCOPE)
endfunction()

# wb_exercise(NAME julia ID ch02.1 KIND slow TITLE "..."
#             [LIBS <targets>...]              libraries every variant links (wb::wb is implied)
#             [BASELINE_BENCH BM_Julia_Baseline]
#             [TARGETS "BM_Julia_Exercise/threads:1=20" ...]   speed (or memory) ratios to reach
#             [METRIC real_time|<counter>])    what the ratios compare; lower is better
#
# Files, by convention, in the chapter folder: <name>.hpp (interface), <name>.cpp (learner),
# <name>_baseline.cpp (frozen start: a `// FROZEN:` banner line, then the shipped <name>.cpp), <name>_test.cpp, <name>_bench.cpp, <name>_hint.md; and
# solutions/<chapter folder>/<name>.cpp. The three implementations are compiled into namespaces
# baseline, exercise and solution (macro WB_VARIANT), so one benchmark binary can run them all.
function(wb_exercise)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;ID;KIND;TITLE;BASELINE_BENCH;METRIC" "LIBS;TARGETS")
  foreach(required NAME ID KIND TITLE)
    if(NOT arg_${required})
      message(FATAL_ERROR "wb_exercise: ${required} is required")
    endif()
  endforeach()
  if(NOT arg_KIND MATCHES "^(stub|slow)$")
    message(FATAL_ERROR "wb_exercise(${arg_ID}): KIND must be stub or slow, not '${arg_KIND}'")
  endif()
  if(NOT arg_METRIC)
    set(arg_METRIC real_time)
  endif()
  _wb_chapter_of_current_dir()
  string(SUBSTRING "${arg_ID}" 0 4 id_chapter)
  if(NOT id_chapter STREQUAL _wb_chapter)
    message(FATAL_ERROR "wb_exercise: id ${arg_ID} does not belong to chapter ${_wb_chapter}")
  endif()

  set(name ${arg_NAME})
  set(prefix ${_wb_chapter}_${name})
  set(here "${CMAKE_CURRENT_SOURCE_DIR}")
  set(solution_dir "${PROJECT_SOURCE_DIR}/solutions/${_wb_chapter_dir}")
  set(src_baseline "${here}/${name}_baseline.cpp")
  set(src_exercise "${here}/${name}.cpp")
  set(src_solution "${solution_dir}/${name}.cpp")
  foreach(file "${here}/${name}.hpp" "${src_exercise}" "${src_baseline}" "${here}/${name}_test.cpp"
               "${here}/${name}_bench.cpp" "${here}/${name}_hint.md" "${src_solution}")
    if(NOT EXISTS "${file}")
      message(FATAL_ERROR "wb_exercise(${arg_ID}): missing ${file}")
    endif()
  endforeach()

  set(variants baseline exercise)
  if(WB_SOLUTIONS)
    list(APPEND variants solution)
  endif()
  foreach(variant IN LISTS variants)
    set(lib ${prefix}_${variant})
    add_library(${lib} STATIC "${src_${variant}}")
    target_compile_definitions(${lib} PRIVATE WB_VARIANT=${variant})
    target_include_directories(${lib} PUBLIC "${here}")
    if(variant STREQUAL "solution")
      target_include_directories(${lib} PUBLIC "${solution_dir}")
    endif()
    target_link_libraries(${lib} PUBLIC wb::wb ${arg_LIBS})
    wb_target_defaults(${lib})
  endforeach()

  # Unit tests: the learner's (labels chNN, test), the frozen start's and the solution's.
  set(test_variants exercise baseline)
  if(WB_SOLUTIONS)
    list(APPEND test_variants solution)
  endif()
  foreach(variant IN LISTS test_variants)
    if(variant STREQUAL "exercise")
      set(exe ${prefix}_test)
      set(test_name ${arg_ID}-${name})
    elseif(variant STREQUAL "baseline")
      set(exe ${prefix}_shipped_test)
      set(test_name ${arg_ID}-${name}-as-shipped)
    else()
      set(exe ${prefix}_solution_test)
      set(test_name ${arg_ID}-${name}-solution)
    endif()
    add_executable(${exe} "${here}/${name}_test.cpp")
    target_compile_definitions(${exe} PRIVATE WB_TESTED=${variant})
    target_link_libraries(${exe} PRIVATE ${prefix}_${variant} wb::doctest_main)
    wb_target_defaults(${exe})
    add_dependencies(${_wb_chapter} ${exe})
    set(args)
    if(variant STREQUAL "baseline" AND arg_KIND STREQUAL "stub")
      # As shipped, a stub must fail, and only because it is not implemented yet.
      set(args --wb-expect-not-implemented)
    endif()
    add_test(NAME ${test_name} COMMAND ${exe} ${args})
    if(variant STREQUAL "exercise")
      set_tests_properties(${test_name} PROPERTIES LABELS "${_wb_chapter};test")
    elseif(variant STREQUAL "baseline")
      set_tests_properties(${test_name} PROPERTIES LABELS "shipped")
    else()
      set_tests_properties(${test_name} PROPERTIES LABELS "solutions")
    endif()
  endforeach()

  # Benchmark: baseline, exercise and solution in one binary; a smoke run is a test.
  set(bench ${prefix}_bench)
  add_executable(${bench} "${here}/${name}_bench.cpp")
  target_link_libraries(${bench} PRIVATE ${prefix}_baseline ${prefix}_exercise wb::bench_main)
  if(WB_SOLUTIONS)
    target_link_libraries(${bench} PRIVATE ${prefix}_solution)
    target_compile_definitions(${bench} PRIVATE WB_HAVE_SOLUTION=1)
  endif()
  wb_target_defaults(${bench})
  add_dependencies(${_wb_chapter} ${bench})
  add_test(NAME ${arg_ID}-${name}-bench COMMAND ${bench} --wb_smoke --benchmark_min_time=0.001)
  set_tests_properties(${arg_ID}-${name}-bench PROPERTIES LABELS "${_wb_chapter};bench")

  # The manifest entry the workbook CLI reads.
  file(RELATIVE_PATH rel_here "${PROJECT_SOURCE_DIR}" "${here}")
  file(RELATIVE_PATH rel_solution "${PROJECT_SOURCE_DIR}" "${src_solution}")
  _wb_json_string(title "${arg_TITLE}")
  set(targets_json "")
  foreach(target IN LISTS arg_TARGETS)
    if(NOT target MATCHES "^(.+)=([0-9.]+)$")
      message(FATAL_ERROR "wb_exercise(${arg_ID}): TARGETS entries look like BM_X_Exercise=20, not '${target}'")
    endif()
    _wb_json_string(bench_name "${CMAKE_MATCH_1}")
    if(targets_json)
      string(APPEND targets_json ", ")
    endif()
    string(APPEND targets_json "{\"bench\": ${bench_name}, \"min_ratio\": ${CMAKE_MATCH_2}}")
  endforeach()
  set(entry "{\"id\": \"${arg_ID}\", \"name\": \"${name}\", \"chapter\": \"${_wb_chapter}\", \
\"title\": ${title}, \"kind\": \"${arg_KIND}\", \
\"interface\": \"${rel_here}/${name}.hpp\", \"learner\": \"${rel_here}/${name}.cpp\", \
\"baseline\": \"${rel_here}/${name}_baseline.cpp\", \"solution\": \"${rel_solution}\", \
\"hint\": \"${rel_here}/${name}_hint.md\", \
\"test_target\": \"${prefix}_test\", \"test_name\": \"${arg_ID}-${name}\", \
\"bench_target\": \"${bench}\", \"baseline_bench\": \"${arg_BASELINE_BENCH}\", \
\"metric\": \"${arg_METRIC}\", \"targets\": [${targets_json}]}")
  set_property(GLOBAL APPEND PROPERTY WB_MANIFEST_EXERCISES "${entry}")
endfunction()

# wb_program(NAME julia SOURCES julia_main.cpp LIBS ...): a chapter program run with
# `./workbook run <name>`; the binary is bin/<name>.
function(wb_program)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;DESCRIPTION" "SOURCES;LIBS")
  _wb_chapter_of_current_dir()
  add_executable(${arg_NAME} ${arg_SOURCES})
  target_link_libraries(${arg_NAME} PRIVATE ${arg_LIBS})
  wb_target_defaults(${arg_NAME})
  add_dependencies(${_wb_chapter} ${arg_NAME})
  _wb_json_string(description "${arg_DESCRIPTION}")
  set_property(GLOBAL APPEND PROPERTY WB_MANIFEST_PROGRAMS
    "{\"name\": \"${arg_NAME}\", \"chapter\": \"${_wb_chapter}\", \"description\": ${description}}")
endfunction()

# Writes build/<preset>/workbook_manifest.json: every exercise and program, for tools/workbook.py.
function(wb_write_manifest)
  get_property(exercises GLOBAL PROPERTY WB_MANIFEST_EXERCISES)
  get_property(programs GLOBAL PROPERTY WB_MANIFEST_PROGRAMS)
  list(JOIN exercises ",\n    " exercises_json)
  list(JOIN programs ",\n    " programs_json)
  if(WB_SOLUTIONS)
    set(solutions true)
  else()
    set(solutions false)
  endif()
  file(CONFIGURE OUTPUT "${PROJECT_BINARY_DIR}/workbook_manifest.json" CONTENT [[{
  "source_dir": "${PROJECT_SOURCE_DIR}",
  "build_dir": "${PROJECT_BINARY_DIR}",
  "solutions": ${solutions},
  "exercises": [
    ${exercises_json}
  ],
  "programs": [
    ${programs_json}
  ]
}
]])
endfunction()

# wb_tour(NAME profilers ID ch02.6 TITLE "..." [TEST <file>] [LIBS <targets>...] [COMMANDS "..."...])
# A guided tour: nothing to implement; the learner runs tools (COMMANDS, shown on the board) and
# answers the questions in exercises.md. Its optional test (labels chNN and test) must pass as
# shipped and checks the facts the tour relies on. Files: <name>_hint.md in the chapter folder.
function(wb_tour)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;ID;TITLE;TEST" "LIBS;COMMANDS")
  foreach(required NAME ID TITLE)
    if(NOT arg_${required})
      message(FATAL_ERROR "wb_tour: ${required} is required")
    endif()
  endforeach()
  _wb_chapter_of_current_dir()
  set(name ${arg_NAME})
  set(prefix ${_wb_chapter}_${name})
  file(RELATIVE_PATH rel_here "${PROJECT_SOURCE_DIR}" "${CMAKE_CURRENT_SOURCE_DIR}")
  if(NOT EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${name}_hint.md")
    message(FATAL_ERROR "wb_tour(${arg_ID}): missing ${CMAKE_CURRENT_SOURCE_DIR}/${name}_hint.md")
  endif()
  set(test_name "")
  set(test_target "")
  if(arg_TEST)
    set(test_target ${prefix}_test)
    add_executable(${prefix}_test "${arg_TEST}")
    target_link_libraries(${prefix}_test PRIVATE wb::doctest_main ${arg_LIBS})
    target_include_directories(${prefix}_test PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
    wb_target_defaults(${prefix}_test)
    add_dependencies(${_wb_chapter} ${prefix}_test)
    set(test_name ${arg_ID}-${name})
    add_test(NAME ${test_name} COMMAND ${prefix}_test)
    set_tests_properties(${test_name} PROPERTIES LABELS "${_wb_chapter};test")
    # The same test, as the suite's check that the tour's facts hold.
    add_test(NAME ${test_name}-as-shipped COMMAND ${prefix}_test)
    set_tests_properties(${test_name}-as-shipped PROPERTIES LABELS "shipped")
  endif()
  _wb_json_string(title "${arg_TITLE}")
  set(commands_json "")
  foreach(command IN LISTS arg_COMMANDS)
    _wb_json_string(command_json "${command}")
    if(commands_json)
      string(APPEND commands_json ", ")
    endif()
    string(APPEND commands_json "${command_json}")
  endforeach()
  set_property(GLOBAL APPEND PROPERTY WB_MANIFEST_EXERCISES
    "{\"id\": \"${arg_ID}\", \"name\": \"${name}\", \"chapter\": \"${_wb_chapter}\", \
\"title\": ${title}, \"kind\": \"tour\", \"hint\": \"${rel_here}/${name}_hint.md\", \
\"test_name\": \"${test_name}\", \"test_target\": \"${test_target}\", \"commands\": [${commands_json}]}")
endfunction()

# wb_exit_test(NAME <test> CODE <exit code> STDERR <regex> COMMAND <program> <args>...)
# A command-line check of a chapter program (label "solutions"): passes when the command exits with
# CODE and its stderr matches STDERR ("^$" for none). Bad input must exit 2 naming the problem.
function(wb_exit_test)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;CODE;STDERR" "COMMAND")
  add_test(NAME ${arg_NAME}
    COMMAND ${CMAKE_COMMAND} -DEXPECTED_CODE=${arg_CODE} "-DSTDERR_REGEX=${arg_STDERR}"
            -P "${PROJECT_SOURCE_DIR}/cmake/wb_expect_exit.cmake" -- ${arg_COMMAND})
  set_tests_properties(${arg_NAME} PROPERTIES LABELS "solutions")
endfunction()
