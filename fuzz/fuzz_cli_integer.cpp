// Fuzz target: wb::cli::decimal_integer, the strict whole-number parser of every chapter program.
// Accepted text must be plain decimal digits (an optional '-' where allowed) whose value fits 64
// bits, and after the transform it must parse back to the same value; anything else is refused
// with a message, never an exception or a crash.
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "wb/cli.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  for (bool allow_negative : {false, true}) {
    std::string text = input;
    const std::string error = wb::cli::decimal_integer(allow_negative)(text);
    if (!error.empty()) continue;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative && !allow_negative) std::abort();
    const std::string digits = negative ? text.substr(1) : text;
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos) std::abort();
    if (digits.size() > 1 && digits[0] == '0') std::abort();  // leading zeros stripped
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc{} || end != digits.data() + digits.size()) std::abort();
  }
  return 0;
}
