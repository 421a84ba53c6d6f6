// wb/process.hpp: running other programs from a chapter program, without a shell: a Python twin
// whose timing is printed beside the C++ one, or gnuplot drawing a figure.
//
// Example:
//   const wb::process::TwinTiming t = wb::process::time_python_twin(
//       {"python3", "julia.py", "--width", "100", "--time-only"});
//   if (t.seconds) fmt::print("Python took {:.2f} s\n", *t.seconds); else fmt::print("{}\n", t.problem);
//   wb::process::run_gnuplot(wb::process::gnuplot_quote("data.csv"), "plot.gp");
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace wb::process {

// The outcome of timing a Python twin.
struct TwinTiming {
  std::optional<double> seconds;  // what the twin printed, if it ran and printed a number
  std::string problem;            // why there is no time, otherwise
};

// Runs args (args[0] looked up on the PATH, e.g. "python3"), reads its stdout and parses it as a
// number of seconds (surrounding white space allowed). Its stderr stays ours, so a Python traceback
// is visible. Never throws for a failing child: the reason goes into TwinTiming::problem.
TwinTiming time_python_twin(std::vector<std::string> args);

// Runs args (args[0] looked up on the PATH) with our stdout and stderr and returns its exit code.
// Throws std::runtime_error if it cannot start or is killed by a signal.
int run_program(std::vector<std::string> args);

// Quotes text as a gnuplot single-quoted string (a quote inside is doubled).
std::string gnuplot_quote(std::string_view text);

// Runs `gnuplot -e settings script`; throws std::runtime_error if script is missing, gnuplot cannot
// start, or it exits non-zero. settings: gnuplot statements, e.g. "csv='a.csv'; png='a.png'".
void run_gnuplot(const std::string& settings, const std::string& script);

}  // namespace wb::process
