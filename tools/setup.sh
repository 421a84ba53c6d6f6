#!/usr/bin/env bash
# Installs what the workbook needs to build and test, from Debian/Ubuntu packages.
# Idempotent: when everything is present it checks (with dpkg) and returns at once.
#
#   tools/setup.sh              # the build and test dependencies
#   tools/setup.sh --profilers  # also the profiling tools of chapter 2
#   tools/setup.sh --list       # print the packages and exit
#   tools/setup.sh --package P  # only P, one of the packages below (`workbook profile` asks for its tool's)
#   tools/setup.sh --dry-run    # with any of the above: say what would be installed, install nothing
set -euo pipefail

# Each package and why the workbook needs it (the README repeats this list).
base_packages=(
  g++                 # the compiler (GCC 12 on Debian 12)
  cmake               # 3.25+: presets schema 6 and `cmake --workflow`
  ninja-build         # the generator every preset uses
  git                 # `workbook diff` and the shipped-state check
  python3             # the workbook CLI (tools/workbook.py) and the pure-Python Julia program
  doctest-dev         # unit tests
  libbenchmark-dev    # Google Benchmark 1.7
  libfmt-dev          # fmt 9: formatting (GCC 12 has no std::format)
  libcli11-dev        # CLI11: argument parsing of the chapter programs
  libpng-dev          # PNG output of the Julia figures
  pkg-config          # lets CMake's FindPNG/zlib probes work everywhere
  gnuplot-nox         # the figures the chapter programs draw (growth curves, tables, latencies)
)
profiler_packages=(
  linux-perf          # perf record / perf report (sampling profiler)
  valgrind            # callgrind (per-line costs) and massif (heap over time)
  heaptrack           # heap profiler
  gcovr               # coverage reports from gcov data
  binutils            # objdump and gprof
  time                # /usr/bin/time -v: peak resident memory
  clang               # the clang preset and the libFuzzer targets (workbook fuzz)
)

want=("${base_packages[@]}")
dry_run=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --profilers) want+=("${profiler_packages[@]}") ;;
    --package)
      package="${2:-}"
      if [[ -z "$package" ]] || ! printf '%s\n' "${base_packages[@]}" "${profiler_packages[@]}" | grep -qx -- "$package"; then
        echo "setup.sh: --package needs one of: ${base_packages[*]} ${profiler_packages[*]}" >&2
        exit 2
      fi
      want=("$package")
      shift ;;
    --dry-run) dry_run=1 ;;
    --list) printf '%s\n' "${base_packages[@]}"; echo "# optional, for chapter 2's profilers:"; printf '%s\n' "${profiler_packages[@]}"; exit 0 ;;
    *) echo "setup.sh: unknown option '$1' (expected --profilers, --package P, --dry-run or --list)" >&2; exit 2 ;;
  esac
  shift
done

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  cat >&2 <<MSG
workbook setup: this is not a Debian/Ubuntu system (no dpkg/apt-get), so I cannot install for you.
Install the equivalents of these Debian packages with your package manager, then run me again:
  ${want[*]}
(You need: a C++20 compiler (GCC >= 12 or clang >= 14), CMake >= 3.25, Ninja, Python 3, and the
libraries doctest, Google Benchmark, fmt, CLI11 and libpng with their CMake/pkg-config files.)
MSG
  exit 1
fi

# One dpkg-query for all packages; a package it does not know is missing too.
installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${want[@]}" 2>/dev/null | awk '/ install ok installed$/ {print $1}' || true)
missing=()
for p in "${want[@]}"; do
  grep -qx -- "$p" <<<"$installed" || missing+=("$p")
done
if [[ $dry_run -eq 1 ]]; then
  if [[ ${#missing[@]} -eq 0 ]]; then echo "nothing to install: ${want[*]} present"; else echo "would install: ${missing[*]}"; fi
  exit 0
fi
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "workbook setup: installing ${missing[*]}" >&2
if [[ $(id -u) -eq 0 ]]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  echo "workbook setup: this needs root; running apt-get through sudo." >&2
  sudo=(sudo)
else
  echo "workbook setup: not root and no sudo. As root, run: apt-get install -y ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# Update the package index only if it is missing or older than a day.
if [[ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -n 1)" ]]; then
  "${sudo[@]}" apt-get update -q >&2
fi
if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2; then
  "${sudo[@]}" apt-get update -q >&2
  "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
fi
echo "workbook setup: done." >&2
