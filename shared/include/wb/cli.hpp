// wb/cli.hpp: what every chapter program shares: exit codes, the bad-input exception, strict number
// parsing for CLI11, and a main that turns exceptions into a message and an exit code.
//
// Example:
//   int run(int argc, char** argv) {
//     CLI::App app{"my program"};
//     int width = 1000;
//     app.add_option("--width", width)->transform(wb::cli::decimal_integer());
//     if (auto code = wb::cli::parse(app, argc, argv)) return *code;   // help or a parse error
//     if (width <= 0) throw wb::cli::BadInput("--width must be positive");
//     return wb::cli::kOk;
//   }
//   int main(int argc, char** argv) { return wb::cli::guarded_main("my_program", "try a smaller --width",
//                                                                  [&] { return run(argc, argv); }); }
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace wb::cli {

inline constexpr int kOk = 0;
inline constexpr int kFailed = 1;    // a run-time failure, or a result that contradicts the book
inline constexpr int kBadInput = 2;  // the command line asks for something impossible

// A problem with the command line or an input file: guarded_main prints what() and exits 2.
class BadInput : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Returns a CLI11 transform that accepts only plain decimal integers (a leading '-' only if
// allow_negative) and strips leading zeros: CLI11 alone reads "010" as octal 8 and "0x10" as 16.
CLI::Validator decimal_integer(bool allow_negative = true);

// Parses the command line. Returns nothing when the program should go on, or the exit code when it
// should stop: 0 after --help, kBadInput after a parse error (CLI11 has printed the message).
std::optional<int> parse(CLI::App& app, int argc, char** argv);

// Formats n with a comma every three digits, as Python's f"{n:,}" does.
std::string with_commas(std::uint64_t n);

// Describes a byte count exactly (when it fits in 64 bits) and in binary units:
// "41,959,424 bytes (40.0 MiB)".
std::string describe_bytes(double bytes);

// Tells whether an executable called name is on the PATH (as posix_spawnp would find it).
bool on_path(std::string_view name);

// Throws BadInput unless path can be opened for writing (checked before a long computation); a
// file created by the probe is removed again.
void check_writable(std::string_view option, const std::string& path);

// Runs run() and returns its exit code; a BadInput becomes "<program>: <what>" on stderr and exit 2,
// std::bad_alloc "out of memory (<hint>)" and exit 2, another exception "<program>: error: <what>"
// and exit 1.
int guarded_main(std::string_view program, std::string_view out_of_memory_hint, const std::function<int()>& run);

}  // namespace wb::cli
