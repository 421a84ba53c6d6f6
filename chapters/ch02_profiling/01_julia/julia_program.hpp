// ch02 julia program: what its parts share. julia_main.cpp parses the command line and runs the
// book's report; julia_variants.cpp lists the implementations and times them against the Python
// twin; julia_images.cpp writes the counts and the PNGs; the --count report lives with the counting
// exercise (03_counting/julia_count_report.cpp), the --memory report with the memory exercise
// (04_memory/julia_memory_report.cpp). Not the hot spot: nothing here is timed but julia_set.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "wb/julia.hpp"

namespace ch02::julia_program {

using wb::julia::Spec;

// One implementation the program can run.
struct Variant {
  std::string_view name;
  std::string_view summary;
  bool uses_threads;
  std::vector<int> (*run)(const Spec& spec, int threads);
};

// Lists the implementations this build contains: the ladder only with WB_SOLUTIONS=ON.
std::vector<Variant> available_variants();

// Finds a variant by name; throws wb::cli::BadInput naming the choices otherwise.
const Variant& find_variant(const std::vector<Variant>& variants, std::string_view name);

// What the user asked for.
struct Options {
  Spec spec;
  std::string variant = "exercise";
  int threads = 1;
  std::string png_path;
  std::string counts_path;
  bool no_python = false;
  bool count = false;                // --count: the counting exercise's report (ch02.3)
  bool memory = false;               // --memory: the memory exercise's phase tables (ch02.4)
  std::string memory_timeline_path;  // --memory-timeline FILE.csv
  std::string memory_plot_path;      // --memory-plot FILE.png
  std::string trace_path;            // --trace FILE.json
};

// Tells whether spec is the book's run (width 1000, 300 iterations, the book's c and bounds), the
// only one the book's figures apply to.
bool is_book_spec(const Spec& spec);

// Formats a duration in seconds: two decimals like the book, more for short runs.
std::string format_seconds(double seconds);

// Runs one variant and returns its counts and the seconds it took.
std::pair<std::vector<int>, double> run_timed(const Variant& variant, const Spec& spec, int threads);

// Prints the side-by-side table: Python, the C++ baseline and the chosen variant.
void print_comparison(const Options& opt, const Variant& variant, const std::vector<Variant>& variants,
                      double variant_seconds);

// Returns where the false-greyscale image goes: <stem>_false<ext> next to the pure one.
std::string false_grey_path(const std::string& png_path);

// Writes the counts as text: one image row per line, values separated by single spaces.
void write_counts(const std::string& path, const std::vector<int>& counts, std::size_t row_length);

// Writes the image twice: linear greyscale to png_path (the book's figure 2-3) and banded false
// greyscale to false_png (in the spirit of its figure 2-1).
void write_images(const std::string& png_path, const std::string& false_png, const std::vector<int>& counts,
                  int width, int height, int max_iterations);

// Which implementation of an exercise a report mode runs.
struct ModeImplementation {
  bool solution;          // the reference solution, or else the learner's exercise
  std::string_view name;  // "solution" or "exercise"
};

// --count (ch02.3, 03_counting/julia_count_report.cpp): runs the chosen count_julia in both loop
// orders and prints the five counts next to the book's; returns wb::cli::kFailed when a count
// contradicts the book or the relations between them, or when count_julia is still a stub.
int run_count_report(const Options& opt, const ModeImplementation& impl);

// --memory (ch02.4, 04_memory/julia_memory_report.cpp): the heap of the baseline's set-up and kernel
// and of the chosen implementation's, phase by phase, with the timeline and plot if asked.
int run_memory_report(const Options& opt, const ModeImplementation& impl);

}  // namespace ch02::julia_program
