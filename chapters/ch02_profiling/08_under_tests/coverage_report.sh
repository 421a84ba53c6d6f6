#!/usr/bin/env bash
# ch02.8: a line-coverage report of chapter 2 under its tests (gcovr), the C++ side of coverage.py.
# Builds the chapter with --coverage in build/coverage, runs the chapter's solution and as-shipped
# tests, and prints gcovr's summary for chapter 2's sources and solutions; an HTML report with
# per-line counts goes to build/coverage/ch02-coverage.html.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
build="$root/build/coverage"
case "${1:-}" in
  "") ;;
  -h|--help) sed -n '2,5p' "$0"; exit 0 ;;
  *) echo "coverage_report.sh: unexpected argument '$1' (it takes none)" >&2; exit 2 ;;
esac
command -v gcovr >/dev/null || { echo "coverage_report.sh: gcovr is not installed (apt-get install gcovr)" >&2; exit 2; }

if [[ ! -f "$build/build.ninja" ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug "-DWB_EXTRA_FLAGS=--coverage -fprofile-update=atomic" >/dev/null
fi
echo "building chapter 2 with --coverage in build/coverage ..."
cmake --build "$build" --target ch02 julia great_circle >/dev/null
find "$build" -name '*.gcda' -delete  # counts from this run only
echo "running chapter 2's solution and as-shipped tests ..."
(cd "$build" && ctest -R '^ch02' -L 'solutions|shipped' -j 2 --timeout 900 | tail -n 3)
echo
# The search path is build/coverage only: other build folders hold .gcda files of their own.
gcovr "$build" --root "$root" \
  --filter "$root/chapters/ch02_profiling/" --filter "$root/solutions/ch02_profiling/" \
  --exclude '.*_test\.cpp' --exclude '.*_bench\.cpp' --txt
gcovr "$build" --root "$root" \
  --filter "$root/chapters/ch02_profiling/" --filter "$root/solutions/ch02_profiling/" \
  --exclude '.*_test\.cpp' --exclude '.*_bench\.cpp' --html-details "$build/ch02-coverage.html" >/dev/null
echo "Per-line counts: $build/ch02-coverage.html"
