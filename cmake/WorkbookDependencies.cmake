# Third-party libraries. Each is found with find_package first (Debian packages, installed by
# tools/setup.sh); only if that fails does FetchContent download the pinned version, which needs
# internet access (FIND_PACKAGE_ARGS, CMake 3.24+).
include(FetchContent)

FetchContent_Declare(fmt
  GIT_REPOSITORY https://github.com/fmtlib/fmt.git
  GIT_TAG 9.1.0
  FIND_PACKAGE_ARGS 9)
FetchContent_Declare(doctest
  GIT_REPOSITORY https://github.com/doctest/doctest.git
  GIT_TAG v2.4.9
  FIND_PACKAGE_ARGS 2.4)
set(BENCHMARK_ENABLE_TESTING OFF CACHE BOOL "" FORCE)
set(BENCHMARK_ENABLE_GTEST_TESTS OFF CACHE BOOL "" FORCE)
FetchContent_Declare(benchmark
  GIT_REPOSITORY https://github.com/google/benchmark.git
  GIT_TAG v1.7.1
  FIND_PACKAGE_ARGS 1.7)
FetchContent_Declare(CLI11
  GIT_REPOSITORY https://github.com/CLIUtils/CLI11.git
  GIT_TAG v2.1.2
  FIND_PACKAGE_ARGS 2.1)
FetchContent_MakeAvailable(fmt doctest benchmark CLI11)

# libpng has no FetchContent fallback: every distribution packages it (Debian: libpng-dev).
find_package(PNG REQUIRED)
find_package(Threads REQUIRED)
