// Fuzz target: chapter 5's CSV reader (ch05::anomalies::csv_data). Any bytes: every line is either a
// reading or a BadLine naming a line number within the input; nothing else escapes, nothing is
// skipped (readings + the line of the error never exceed the lines given).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "anomalies_data.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::size_t lines = 0;
  for (char c : text) lines += c == '\n' ? 1 : 0;
  if (!text.empty() && text.back() != '\n') ++lines;
  std::istringstream in(text);
  std::size_t readings = 0;
  try {
    for (const ch05::anomalies::Datum& d : ch05::anomalies::csv_data(in)) {
      (void)d;
      ++readings;
    }
  } catch (const ch05::anomalies::BadLine& e) {
    if (e.line == 0 || e.line > lines) std::abort();  // a line number that is not in the input
  }
  if (readings > lines) std::abort();
  return 0;
}
