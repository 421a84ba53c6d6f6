# Chapter programs (wb_program), tours (wb_tour), command-line checks (wb_exit_test) and the
# manifest the workbook CLI reads (included by Workbook.cmake).

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
