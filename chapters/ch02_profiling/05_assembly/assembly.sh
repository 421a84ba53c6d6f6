#!/usr/bin/env bash
# ch02.5 assembly: the C++ counterpart of the book's `dis` and Specialist (High Performance Python,
# chapter 2, Examples 2-16 to 2-18 and Figure 2-13).
#
# 1. Compiles chapters/ch02_profiling/05_assembly/assembly.cpp at -O0, -O2 and -O2 -march=native and prints the
#    assembly of fn_expressive and fn_terse (demangled, only those two functions).
# 2. Prints a table of their instruction counts per level, like counting the lines `dis` prints.
# 3. Prints the compiler's vectorisation remarks for the Julia kernel (the learner's
#    chapters/ch02_profiling/01_julia/julia.cpp and solutions/ch02_profiling/01_julia/julia.cpp): which loops became
#    SIMD code and why the others did not, as Specialist colours the lines Python specialised.
#
# Works from any directory. The compiler is $CXX, or g++ if CXX is unset; clang++ works too.
# Exit codes: 0 done, 1 a compile failed or a tool is missing, 2 bad option.
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: assembly.sh [options]

Prints the assembly of ch02::assembly::fn_expressive and fn_terse at several optimisation
levels, a table of their instruction counts, and the vectorisation remarks for the Julia kernel.

Options:
  --level FLAGS   compile at FLAGS, e.g. --level "-O3 -march=native"; repeat for more levels
                  (default: -O0, -O2 and "-O2 -march=native")
  --no-listing    print the table and the remarks, not the assembly itself
  --no-remarks    skip the vectorisation remarks for the Julia kernel
  --intel         print Intel syntax instead of AT&T
  --keep DIR      keep the generated .s files in DIR (created if missing)
  -h, --help      print this help

Environment:
  CXX             the compiler to use (default: g++)
EOF
}

die_usage() {
  echo "assembly.sh: $1" >&2
  echo "Try 'assembly.sh --help'." >&2
  exit 2
}

die() {
  echo "assembly.sh: $1" >&2
  exit 1
}

levels=()
listing=1
remarks=1
syntax=()
keep=""
while (($# > 0)); do
  case "$1" in
    --level)
      (($# >= 2)) || die_usage "--level needs a value, e.g. --level \"-O3\""
      [[ -n "$2" && "$2" == -* ]] || die_usage "--level '$2' is not a set of compiler flags (e.g. -O3)"
      levels+=("$2")
      shift 2
      ;;
    --level=*)
      value="${1#--level=}"
      [[ -n "$value" && "$value" == -* ]] ||
        die_usage "--level '$value' is not a set of compiler flags (e.g. -O3)"
      levels+=("$value")
      shift
      ;;
    --no-listing) listing=0; shift ;;
    --no-remarks) remarks=0; shift ;;
    --intel) syntax=(-masm=intel); shift ;;
    --keep)
      (($# >= 2)) || die_usage "--keep needs a directory"
      keep="$2"
      shift 2
      ;;
    -h | --help) usage; exit 0 ;;
    *) die_usage "unknown option '$1'" ;;
  esac
done
if ((${#levels[@]} == 0)); then
  levels=("-O0" "-O2" "-O2 -march=native")
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
cd "$root"  # every path below is relative to the workbook root, so messages stay short

read -r -a cxx <<<"${CXX:-g++}"
((${#cxx[@]} > 0)) || die "CXX is set but empty"
command -v "${cxx[0]}" >/dev/null || die "compiler '${cxx[0]}' not found (set CXX, e.g. CXX=clang++)"
command -v c++filt >/dev/null || die "c++filt not found (Debian package binutils)"
version="$("${cxx[@]}" --version | head -n 1)"
kind=gcc
if [[ "$version" == *clang* ]]; then
  kind=clang
fi

if [[ -n "$keep" ]]; then
  mkdir -p "$keep" || die "cannot create --keep directory '$keep'"
  work="$(cd "$keep" && pwd)"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi

# Flags every compile shares: the workbook's (cmake/Workbook.cmake: C++20, -ffp-contract=off),
# and no unwind tables, which only add .cfi directives to the listing.
common=(-std=c++20 -ffp-contract=off -fno-asynchronous-unwind-tables -I chapters/ch02_profiling/05_assembly)
source_file=chapters/ch02_profiling/05_assembly/assembly.cpp

echo "compiler: ${cxx[*]} ($(command -v "${cxx[0]}")): $version"
echo "source:   $source_file"
echo "flags:    ${common[*]} ${syntax[*]:-} -S <level>"
echo "levels:   $(printf '[%s] ' "${levels[@]}")"

# Prints, for one .s file, a line "<mangled> <own> <calls> <with-callees>" for each of the two
# functions: own = instructions in its body; calls = call instructions in it; with-callees = own plus
# the instructions of every function it reaches through calls and that this file defines (each
# counted once), which is what -O0 hides behind the calls.
count_instructions() {
  awk '
    function reach(f,    i, callee, total) {
      if (f in seen) return 0
      seen[f] = 1
      total = own[f]
      for (i = 1; i <= ncalls[f]; i++) {
        callee = callee_of[f, i]
        if (callee in own) total += reach(callee)
      }
      return total
    }
    /^[A-Za-z_][A-Za-z0-9_.$]*:/ { current = substr($1, 1, length($1) - 1); own[current] += 0; next }
    current != "" && /^\t\.size\t/ { current = ""; next }
    current != "" && /^\t[a-z]/ {
      own[current]++
      if ($1 ~ /^call/) {
        calls[current]++
        target = $2
        sub(/@PLT$/, "", target)
        callee_of[current, ++ncalls[current]] = target
      }
    }
    END {
      for (f in own) {
        if (f ~ /^_ZN4ch028assembly(13fn_expressive|8fn_terse)E/) {
          delete seen
          printf "%s %d %d %d\n", f, own[f], calls[f] + 0, reach(f)
        }
      }
    }' "$1"
}

# Prints the body of one function of a .s file, demangled: its labels and instructions, without
# assembler directives (a jump target such as .L3: plays the part of dis's >> marks).
print_function() {
  awk -v name="$2" '
    $1 == name ":" { inside = 1; print $1; next }
    inside && /^\t\.size\t/ { exit }
    inside && /^\t\./ { next }
    inside && /^\.L(FB|FE|func_begin|func_end|tmp)[0-9]/ { next }
    inside && /^[ \t]*#/ { next }
    inside { print }' "$1" | c++filt
}

# Prints the vectorisation remarks a compile left in $2 about file $1 (GCC's -fopt-info-vec-* or
# clang's -Rpass*=loop-vectorize), one entry per place, sorted by line: "+" (vectorised) or "-"
# (not), line:col and that source line, then what was done or why not. SLP "splitting region" notes
# are dropped.
summarise_remarks() {
  awk -v file="$1" '
    index($0, file ":") != 1 { next }
    {
      rest = substr($0, length(file) + 2)
      if (!match(rest, /^[0-9]+:[0-9]+: /)) next
      place = substr(rest, 1, RLENGTH - 2)
      message = substr(rest, RLENGTH + 1)
      sub(/ \[-R[a-z-]+=[a-z-]+\]$/, "", message)       # clang: the flag that asked for it
      sub(/^(optimized|missed|remark|note): /, "", message)
      sub(/: resx [0-9]+$/, "", message)                 # GCC: an internal statement number
      if (message ~ /^(loop vectorized|vectorized loop|basic block part vectorized)/) {
        if (!((place, message) in done)) {
          done[place, message] = 1
          good[place] = good[place] (good[place] == "" ? "" : "; ") message
        }
      } else if (message ~ /couldn.t vectorize loop|^loop not vectorized$/) {  # a marker, no reason
        if (!(place in bad)) bad[place] = ""
      } else if (message ~ /not vectorized|not beneficial|cannot|could not|unsafe|vectorization is not/) {
        sub(/^(loop )?not vectorized: /, "", message)
        if (!((place, message) in done)) {
          done[place, message] = 1
          bad[place] = bad[place] (bad[place] == "" ? "" : "; ") message
        }
      }
    }
    END {
      for (p in good) print p, "+", good[p]
      for (p in bad) print p, "-", (bad[p] == "" ? "(no reason given)" : bad[p])
    }' "$2" | sort -t: -k1,1n -k2,2n | awk -v file="$1" '
    BEGIN { n = 0; while ((getline line < file) > 0) source[++n] = line }
    {
      place = $1; sign = $2; $1 = ""; $2 = ""; sub(/^  /, "")
      split(place, at, ":")
      code = source[at[1] + 0]
      gsub(/^[ \t]+|[ \t]+$/, "", code)
      printf "%s %-7s %s\n", sign, place, code
      printf "          %s: %s\n", (sign == "+" ? "vectorised" : "not vectorised"), $0
    }'
}

table=()
level_index=0
for level in "${levels[@]}"; do
  level_index=$((level_index + 1))
  read -r -a level_flags <<<"$level"
  asm="$work/assembly_$level_index.s"
  if ! "${cxx[@]}" "${common[@]}" "${syntax[@]}" "${level_flags[@]}" -S -o "$asm" "$source_file"; then
    die "compiling $source_file at $level failed (command: ${cxx[*]} ${common[*]} ${syntax[*]:-} $level -S)"
  fi
  counts="$(count_instructions "$asm")"
  [[ -n "$counts" ]] || die "found neither fn_expressive nor fn_terse in $asm: was assembly.cpp renamed?"
  for function in fn_expressive fn_terse; do
    line="$(grep -E "^_ZN4ch028assembly[0-9]+${function}E" <<<"$counts" || true)"
    [[ -n "$line" ]] || die "found no $function in the assembly at $level"
    read -r mangled own calls with_callees <<<"$line"
    table+=("$(printf '%-22s %-15s %12d %6d %14d' "$level" "$function" "$own" "$calls" "$with_callees")")
    if ((listing)); then
      echo
      echo "== $level: $(c++filt "$mangled"): $own instructions, $calls calls =="
      print_function "$asm" "$mangled"
    fi
  done
done

echo
echo "== Instruction counts (the C++ side of the book's 17 bytecodes against 7) =="
echo "instructions: in the function's own body; calls: call instructions in it;"
echo "incl. callees: plus every function it calls that the same file defines (at -O0 the library"
echo "templates behind fn_terse are separate functions; at -O2 they are inlined away)."
printf '%-22s %-15s %12s %6s %14s\n' "level" "function" "instructions" "calls" "incl. callees"
printf '%s\n' "${table[@]}"

if ((remarks)); then
  echo
  echo "== Vectorisation remarks for the Julia kernel (the C++ side of Specialist) =="
  julia_flags=(-std=c++20 -O2 -march=native -ffp-contract=off -I shared/include -I chapters/ch02_profiling/01_julia
               -I solutions/ch02_profiling/01_julia)
  if [[ "$kind" == gcc ]]; then
    remark_flags=(-fopt-info-vec-optimized -fopt-info-vec-missed)
  else
    remark_flags=(-Rpass=loop-vectorize -Rpass-missed=loop-vectorize -Rpass-analysis=loop-vectorize)
  fi
  echo "flags: ${julia_flags[*]} ${remark_flags[*]} -c (the dev preset's code generation)"
  for pair in "exercise:chapters/ch02_profiling/01_julia/julia.cpp" "solution:solutions/ch02_profiling/01_julia/julia.cpp"; do
    variant="${pair%%:*}"
    file="${pair#*:}"
    if [[ ! -f "$file" ]]; then
      echo
      echo "-- $file: not present, skipped"
      continue
    fi
    log="$work/remarks_$variant.txt"
    if ! "${cxx[@]}" "${julia_flags[@]}" "${remark_flags[@]}" -DWB_VARIANT="$variant" \
        -c -o "$work/julia_$variant.o" "$file" 2>"$log"; then
      # The remarks are a side dish: report the failure (a learner's julia.cpp may be mid-edit) and go on.
      echo
      echo "-- $file ($variant): does not compile with these flags, no remarks; the first errors:"
      grep -E 'error' "$log" | head -n 5 | sed 's/^/   ! /'
      echo "assembly.sh: warning: could not compile $file for its vectorisation remarks" >&2
      continue
    fi
    # Only the remarks about the file itself (its headers add dozens more), one line per place.
    summary="$(summarise_remarks "$file" "$log")"
    n_optimized=$(grep -c '^+ ' <<<"$summary" || true)
    n_missed=$(grep -c '^- ' <<<"$summary" || true)
    echo
    echo "-- $file ($variant): $n_optimized vectorised, $n_missed not vectorised"
    if [[ -n "$summary" ]]; then
      sed 's/^/   /' <<<"$summary"
    fi
  done
fi
