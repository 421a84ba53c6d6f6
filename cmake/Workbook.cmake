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

# The exercise folder of the current directory: chapters/ch02_profiling/01_julia gives the chapter
# ch02 (folder ch02_profiling) and the number 1; a chapter's own folder gives number "".
macro(_wb_chapter_of_current_dir)
  get_filename_component(_wb_leaf "${CMAKE_CURRENT_SOURCE_DIR}" NAME)
  get_filename_component(_wb_parent "${CMAKE_CURRENT_SOURCE_DIR}" DIRECTORY)
  get_filename_component(_wb_parent_leaf "${_wb_parent}" NAME)
  string(REGEX MATCH "^[0-9][0-9]" _wb_number "${_wb_leaf}")
  if(_wb_leaf MATCHES "^[0-9][0-9]_[a-z0-9_]+$" AND _wb_parent_leaf MATCHES "^ch[0-9][0-9]_")
    set(_wb_chapter_dir "${_wb_parent_leaf}")
    set(_wb_exercise_dir "${_wb_leaf}")
    math(EXPR _wb_number "${_wb_number}")  # 01 -> 1
  elseif(_wb_leaf MATCHES "^ch[0-9][0-9]_")
    set(_wb_chapter_dir "${_wb_leaf}")
    set(_wb_exercise_dir "")
    set(_wb_number "")
  else()
    message(FATAL_ERROR "workbook helpers must be called from chapters/chNN_<topic>/MM_<name>, not ${CMAKE_CURRENT_SOURCE_DIR}")
  endif()
  string(SUBSTRING "${_wb_chapter_dir}" 0 4 _wb_chapter)
  if(NOT TARGET ${_wb_chapter})
    add_custom_target(${_wb_chapter})
  endif()
endmacro()

# Checks that an exercise id (ch02.3) matches the folder it is declared in (ch02_profiling/03_...).
function(_wb_check_id id)
  if(NOT id MATCHES "^(ch[0-9][0-9])\\.([0-9]+)$")
    message(FATAL_ERROR "exercise id '${id}' is not of the form chNN.M")
  endif()
  if(NOT CMAKE_MATCH_1 STREQUAL _wb_chapter OR NOT CMAKE_MATCH_2 STREQUAL _wb_number)
    message(FATAL_ERROR "exercise ${id} is declared in ${_wb_chapter_dir}/${_wb_exercise_dir}: "
                        "the folder's chapter and number must match the id")
  endif()
endfunction()

function(_wb_json_string out value)
  string(REPLACE "\\" "\\\\" value "${value}")
  string(REPLACE "\"" "\\\"" value "${value}")
  set(${out} "\"${value}\"" PARENT_SCOPE)
endfunction()

# The chapter's build step, as a test: every learner test (labels chNN and chNN.M) requires it, so
# `ctest --preset dev -L ch02.3` rebuilds the chapter before it tests (ctest adds a required
# fixture's set-up test even when the filter does not select it). A compile error fails this test
# and the tests that need it are not run.
function(_wb_chapter_build_fixture)
  set(test_name ${_wb_chapter}-build)
  get_property(declared GLOBAL PROPERTY WB_BUILD_FIXTURE_${_wb_chapter})
  if(NOT declared)
    set_property(GLOBAL PROPERTY WB_BUILD_FIXTURE_${_wb_chapter} TRUE)
    add_test(NAME ${test_name}
             COMMAND ${CMAKE_COMMAND} --build "${PROJECT_BINARY_DIR}" --target ${_wb_chapter})
    set_tests_properties(${test_name} PROPERTIES FIXTURES_SETUP ${_wb_chapter}-built
                         LABELS "build" RUN_SERIAL TRUE)
  endif()
endfunction()

# Declares a learner-facing test: labels chNN, chNN.M and test, and the chapter's build fixture.
function(_wb_learner_test test_name id)
  _wb_chapter_build_fixture()
  set_tests_properties(${test_name} PROPERTIES LABELS "${_wb_chapter};${id};test"
                       FIXTURES_REQUIRED ${_wb_chapter}-built)
endfunction()

# wb_exercise(NAME julia ID ch02.1 KIND slow|stub|fix TITLE "..."
#   [LIBS <targets>...]          libraries every implementation links (wb::wb is implied)
#   [TEST_LIBS <targets>...]     what the test binaries link as well (e.g. wb::alloc_counter)
#   [BENCH_LIBS <targets>...]    what the benchmark links as well
#   [SOLUTION_TESTS <file>...]   extra doctest files (in the solution folder) built against the
#                                baseline and the solution; label "solutions"
#   [BASELINE_BENCH BM_Julia_Baseline]
#   [TARGETS "BM_Julia_Exercise/threads:1=20"             ratio to the baseline to reach
#            "BM_Julia_Exercise/threads:2=0.8*BM_Julia_Solution/threads:2" ...]
#                                a fraction of the solution's ratio, measured in the same run
#   [METRIC real_time|<counter>])  what the ratios compare; lower is better
#
# Called from the exercise's folder chapters/chNN_topic/MM_<name>/, which holds <name>.hpp and
# <name>_api.hpp (the interface), <name>.cpp (the learner's file), <name>_test.cpp,
# <name>_bench.cpp, <name>_hint.md and .meta/<name>_baseline.cpp (the frozen start: a `// FROZEN:`
# banner line, then the shipped <name>.cpp); the solution is solutions/chNN_topic/MM_<name>/<name>.cpp.
# The three implementations are compiled into the namespaces baseline, exercise and solution
# (macro WB_VARIANT; see wb/exercise.hpp), so one benchmark binary runs them all.
#
# As shipped: a slow exercise's tests pass; a stub's fail, each only with not_implemented; a fix
# exercise's fail, each only for its known defects (out_of_range or wb::guard_tripped).
function(wb_exercise)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;ID;KIND;TITLE;BASELINE_BENCH;METRIC"
                        "LIBS;TEST_LIBS;BENCH_LIBS;SOLUTION_TESTS;TARGETS")
  foreach(required NAME ID KIND TITLE)
    if(NOT arg_${required})
      message(FATAL_ERROR "wb_exercise: ${required} is required")
    endif()
  endforeach()
  if(NOT arg_KIND MATCHES "^(stub|slow|fix)$")
    message(FATAL_ERROR "wb_exercise(${arg_ID}): KIND must be stub, slow or fix, not '${arg_KIND}'")
  endif()
  if(NOT arg_METRIC)
    set(arg_METRIC real_time)
  endif()
  _wb_chapter_of_current_dir()
  _wb_check_id(${arg_ID})

  set(name ${arg_NAME})
  set(prefix ${_wb_chapter}_${name})
  set(here "${CMAKE_CURRENT_SOURCE_DIR}")
  set(solution_dir "${PROJECT_SOURCE_DIR}/solutions/${_wb_chapter_dir}/${_wb_exercise_dir}")
  set(src_baseline "${here}/.meta/${name}_baseline.cpp")
  set(src_exercise "${here}/${name}.cpp")
  set(src_solution "${solution_dir}/${name}.cpp")
  foreach(file "${here}/${name}.hpp" "${here}/${name}_api.hpp" "${src_exercise}" "${src_baseline}"
               "${here}/${name}_test.cpp" "${here}/${name}_bench.cpp" "${here}/${name}_hint.md"
               "${src_solution}")
    if(NOT EXISTS "${file}")
      message(FATAL_ERROR "wb_exercise(${arg_ID}): missing ${file}")
    endif()
  endforeach()
  set_property(GLOBAL PROPERTY WB_EXERCISE_${_wb_chapter}_${name}_DIR "${here}")

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

  # Unit tests: the learner's (labels chNN, chNN.M, test), the frozen start's and the solution's.
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
    target_link_libraries(${exe} PRIVATE ${prefix}_${variant} wb::doctest_main ${arg_TEST_LIBS})
    wb_target_defaults(${exe})
    add_dependencies(${_wb_chapter} ${exe})
    set(args)
    if(variant STREQUAL "baseline" AND arg_KIND STREQUAL "stub")
      set(args --wb-expect-not-implemented)  # fails, and only because it is not implemented yet
    elseif(variant STREQUAL "baseline" AND arg_KIND STREQUAL "fix")
      set(args --wb-expect-known-defects)    # fails, and only for its known defects
    endif()
    add_test(NAME ${test_name} COMMAND ${exe} ${args})
    if(variant STREQUAL "exercise")
      _wb_learner_test(${test_name} ${arg_ID})
    elseif(variant STREQUAL "baseline")
      set_tests_properties(${test_name} PROPERTIES LABELS "shipped")
    else()
      set_tests_properties(${test_name} PROPERTIES LABELS "solutions")
    endif()
  endforeach()

  # Extra solution checks: doctest files built against the baseline and the solution.
  if(WB_SOLUTIONS)
    foreach(file IN LISTS arg_SOLUTION_TESTS)
      get_filename_component(stem "${file}" NAME_WE)
      set(exe ${_wb_chapter}_${stem})
      add_executable(${exe} "${solution_dir}/${file}")
      target_link_libraries(${exe} PRIVATE ${prefix}_baseline ${prefix}_solution wb::doctest_main
                            ${arg_TEST_LIBS})
      wb_target_defaults(${exe})
      add_dependencies(${_wb_chapter} ${exe})
      string(REPLACE "_" "-" test_stem "${stem}")
      add_test(NAME ${arg_ID}-${test_stem} COMMAND ${exe})
      set_tests_properties(${arg_ID}-${test_stem} PROPERTIES LABELS "solutions")
    endforeach()
  endif()

  # Benchmark: baseline, exercise and solution in one binary; a smoke run is a test.
  set(bench ${prefix}_bench)
  add_executable(${bench} "${here}/${name}_bench.cpp")
  target_link_libraries(${bench} PRIVATE ${prefix}_baseline ${prefix}_exercise wb::bench_main
                        ${arg_BENCH_LIBS})
  if(WB_SOLUTIONS)
    target_link_libraries(${bench} PRIVATE ${prefix}_solution)
    target_compile_definitions(${bench} PRIVATE WB_HAVE_SOLUTION=1)
  endif()
  wb_target_defaults(${bench})
  add_dependencies(${_wb_chapter} ${bench})
  add_test(NAME ${arg_ID}-${name}-bench COMMAND ${bench} --wb_smoke --benchmark_min_time=0.001)
  set_tests_properties(${arg_ID}-${name}-bench PROPERTIES LABELS "${_wb_chapter};${arg_ID};bench"
                       FIXTURES_REQUIRED ${_wb_chapter}-built)

  # The manifest entry the workbook CLI reads.
  file(RELATIVE_PATH rel_here "${PROJECT_SOURCE_DIR}" "${here}")
  file(RELATIVE_PATH rel_solution "${PROJECT_SOURCE_DIR}" "${src_solution}")
  _wb_json_string(title "${arg_TITLE}")
  set(targets_json "")
  foreach(target IN LISTS arg_TARGETS)
    if(target MATCHES "^([^=]+)=([0-9.]+)$")
      _wb_json_string(bench_name "${CMAKE_MATCH_1}")
      set(item "{\"bench\": ${bench_name}, \"min_ratio\": ${CMAKE_MATCH_2}}")
    elseif(target MATCHES "^([^=]+)=([0-9.]+)\\*([^=*]+)$")
      _wb_json_string(bench_name "${CMAKE_MATCH_1}")
      _wb_json_string(solution_bench "${CMAKE_MATCH_3}")
      set(item "{\"bench\": ${bench_name}, \"solution_bench\": ${solution_bench}, \
\"solution_fraction\": ${CMAKE_MATCH_2}}")
    else()
      message(FATAL_ERROR "wb_exercise(${arg_ID}): TARGETS entries look like BM_X_Exercise=20 or "
                          "BM_X_Exercise=0.8*BM_X_Solution, not '${target}'")
    endif()
    if(targets_json)
      string(APPEND targets_json ", ")
    endif()
    string(APPEND targets_json "${item}")
  endforeach()
  set(entry "{\"id\": \"${arg_ID}\", \"name\": \"${name}\", \"chapter\": \"${_wb_chapter}\", \
\"title\": ${title}, \"kind\": \"${arg_KIND}\", \"dir\": \"${rel_here}\", \"test_label\": \"${arg_ID}\", \
\"interface\": \"${rel_here}/${name}.hpp\", \"api\": \"${rel_here}/${name}_api.hpp\", \
\"learner\": \"${rel_here}/${name}.cpp\", \
\"baseline\": \"${rel_here}/.meta/${name}_baseline.cpp\", \"solution\": \"${rel_solution}\", \
\"hint\": \"${rel_here}/${name}_hint.md\", \
\"test_target\": \"${prefix}_test\", \"test_name\": \"${arg_ID}-${name}\", \
\"bench_target\": \"${bench}\", \"baseline_bench\": \"${arg_BASELINE_BENCH}\", \
\"metric\": \"${arg_METRIC}\", \"targets\": [${targets_json}]}")
  set_property(GLOBAL APPEND PROPERTY WB_MANIFEST_EXERCISES "${entry}")
endfunction()

# wb_variant_libraries(<out-var> <exercise name> [SUFFIX <s> COMPILE_OPTIONS <opt>...])
# Sets <out-var> to the libraries of an exercise of this chapter, one per implementation this build
# has (baseline, exercise and, with WB_SOLUTIONS, solution). With SUFFIX, builds copies of them with
# extra compile options (e.g. -fno-inline for a profiling build) and returns those instead.
function(wb_variant_libraries out exercise)
  cmake_parse_arguments(PARSE_ARGV 2 arg "" "SUFFIX" "COMPILE_OPTIONS")
  _wb_chapter_of_current_dir()
  set(prefix ${_wb_chapter}_${exercise})
  if(NOT TARGET ${prefix}_baseline)
    message(FATAL_ERROR "wb_variant_libraries: no exercise '${exercise}' in ${_wb_chapter} (yet): "
                        "add its folder before this one in the chapter's CMakeLists.txt")
  endif()
  set(variants baseline exercise)
  if(WB_SOLUTIONS)
    list(APPEND variants solution)
  endif()
  set(result "")
  foreach(variant IN LISTS variants)
    set(lib ${prefix}_${variant})
    if(arg_SUFFIX)
      set(copy ${prefix}_${arg_SUFFIX}_${variant})
      if(NOT TARGET ${copy})
        get_target_property(sources ${lib} SOURCES)
        get_target_property(includes ${lib} INCLUDE_DIRECTORIES)
        get_target_property(links ${lib} LINK_LIBRARIES)
        list(REMOVE_ITEM links wb_build wb_warnings)
        add_library(${copy} STATIC ${sources})
        target_compile_definitions(${copy} PRIVATE WB_VARIANT=${variant})
        target_compile_options(${copy} PRIVATE ${arg_COMPILE_OPTIONS})
        target_include_directories(${copy} PUBLIC ${includes})
        target_link_libraries(${copy} PUBLIC ${links})
        wb_target_defaults(${copy})
      endif()
      set(lib ${copy})
    endif()
    list(APPEND result ${lib})
  endforeach()
  set(${out} ${result} PARENT_SCOPE)
endfunction()

# wb_exercise_source(<out-var> <exercise name> baseline|exercise|solution)
# The source file of one implementation of an exercise of this chapter, for programs that compile
# it again with other options (coverage, profiling marks).
function(wb_exercise_source out exercise variant)
  _wb_chapter_of_current_dir()
  get_property(dir GLOBAL PROPERTY WB_EXERCISE_${_wb_chapter}_${exercise}_DIR)
  if(NOT dir)
    message(FATAL_ERROR "wb_exercise_source: no exercise '${exercise}' in ${_wb_chapter} (yet)")
  endif()
  get_filename_component(exercise_dir "${dir}" NAME)
  if(variant STREQUAL "baseline")
    set(${out} "${dir}/.meta/${exercise}_baseline.cpp" PARENT_SCOPE)
  elseif(variant STREQUAL "exercise")
    set(${out} "${dir}/${exercise}.cpp" PARENT_SCOPE)
  else()
    set(${out} "${PROJECT_SOURCE_DIR}/solutions/${_wb_chapter_dir}/${exercise_dir}/${exercise}.cpp" PARENT_SCOPE)
  endif()
endfunction()

# wb_program(NAME julia SOURCES julia_main.cpp [EXERCISES julia ...] [LIBS ...] [DESCRIPTION "..."])
# A chapter program run with `./workbook run <name>`; the binary is bin/<name>. EXERCISES: exercises
# of this chapter whose implementations it runs (it links each one's baseline, exercise and, in a
# build with solutions, solution, and then has WB_HAVE_SOLUTION=1).
function(wb_program)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;DESCRIPTION" "SOURCES;LIBS;EXERCISES")
  _wb_chapter_of_current_dir()
  add_executable(${arg_NAME} ${arg_SOURCES})
  target_link_libraries(${arg_NAME} PRIVATE ${arg_LIBS})
  target_include_directories(${arg_NAME} PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
  wb_target_defaults(${arg_NAME})
  add_dependencies(${_wb_chapter} ${arg_NAME})
  if(WB_SOLUTIONS)
    target_compile_definitions(${arg_NAME} PRIVATE WB_HAVE_SOLUTION=1)
  endif()
  foreach(exercise IN LISTS arg_EXERCISES)
    wb_variant_libraries(libs ${exercise})
    target_link_libraries(${arg_NAME} PRIVATE ${libs})
  endforeach()
  _wb_json_string(description "${arg_DESCRIPTION}")
  set_property(GLOBAL APPEND PROPERTY WB_MANIFEST_PROGRAMS
    "{\"name\": \"${arg_NAME}\", \"chapter\": \"${_wb_chapter}\", \"description\": ${description}}")
endfunction()

# wb_program_sources(<program> SOURCES <file>... [EXERCISES <name>...] [LIBS ...])
# Adds a part of a chapter program from another exercise's folder (e.g. julia's --count report,
# kept with the counting exercise): its sources, the implementations it runs and its libraries.
function(wb_program_sources program)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LIBS;EXERCISES")
  if(NOT TARGET ${program})
    message(FATAL_ERROR "wb_program_sources: no program '${program}' (yet)")
  endif()
  target_sources(${program} PRIVATE ${arg_SOURCES})
  target_include_directories(${program} PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}")
  target_link_libraries(${program} PRIVATE ${arg_LIBS})
  foreach(exercise IN LISTS arg_EXERCISES)
    wb_variant_libraries(libs ${exercise})
    target_link_libraries(${program} PRIVATE ${libs})
  endforeach()
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
# answers the questions in exercises.md. Its optional test (labels chNN, chNN.M and test) must pass as
# shipped and checks the facts the tour relies on. Files: <name>_hint.md in the tour's folder
# chapters/chNN_topic/MM_<name>/.
function(wb_tour)
  cmake_parse_arguments(PARSE_ARGV 0 arg "" "NAME;ID;TITLE;TEST" "LIBS;COMMANDS")
  foreach(required NAME ID TITLE)
    if(NOT arg_${required})
      message(FATAL_ERROR "wb_tour: ${required} is required")
    endif()
  endforeach()
  _wb_chapter_of_current_dir()
  _wb_check_id(${arg_ID})
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
    _wb_learner_test(${test_name} ${arg_ID})
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
\"title\": ${title}, \"kind\": \"tour\", \"dir\": \"${rel_here}\", \"test_label\": \"${arg_ID}\", \"hint\": \"${rel_here}/${name}_hint.md\", \
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
