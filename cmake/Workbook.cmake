# The workbook's build vocabulary: options, the two interface targets every target links, and the
# helpers that declare an exercise (WorkbookExercise.cmake: wb_exercise and its friends) or a chapter
# program, tour or command-line check (WorkbookPrograms.cmake).

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
  # A ';' would split the manifest's CMake lists: write it as JSON's \u003b.
  string(REPLACE ";" "\\u003b" value "${value}")
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

include(WorkbookExercise)
include(WorkbookPrograms)
