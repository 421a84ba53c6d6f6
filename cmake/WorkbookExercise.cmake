# wb_exercise and the helpers that reach an exercise's implementations (included by Workbook.cmake).

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
