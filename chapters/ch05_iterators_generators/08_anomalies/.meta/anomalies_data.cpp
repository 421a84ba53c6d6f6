// ch05.8 anomalies: the CSV reader of anomalies_data.hpp (read, don't edit).
#include <charconv>
#include <cmath>
#include <cstdint>
#include <istream>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>

#include "anomalies_data.hpp"

namespace ch05::anomalies {

namespace {

template <class T>
bool parse_whole(std::string_view text, T& out) {
  const char* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc{} && ptr == end;
}

}  // namespace

wb::generator<Datum> csv_data(std::istream& in) {
  std::string line;
  std::size_t number = 0;
  std::int64_t last = std::numeric_limits<std::int64_t>::min();
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();  // a file written on Windows
    if (number == 1 && line == "timestamp,value") continue;
    const std::size_t comma = line.find(',');
    if (line.empty()) throw BadLine(number, "empty line (expected timestamp,value)");
    if (comma == std::string::npos) throw BadLine(number, "no comma in \"" + line + "\" (expected timestamp,value)");
    const std::string_view stamp = std::string_view(line).substr(0, comma);
    const std::string_view value = std::string_view(line).substr(comma + 1);
    Datum d;
    if (!parse_whole(stamp, d.timestamp)) throw BadLine(number, "timestamp \"" + std::string(stamp) + "\" is not a whole number of seconds");
    if (!parse_whole(value, d.value) || !std::isfinite(d.value)) {
      throw BadLine(number, "value \"" + std::string(value) + "\" is not a finite number");
    }
    if (d.timestamp < last) throw BadLine(number, "timestamp " + std::to_string(d.timestamp) + " is earlier than the line before's");
    last = d.timestamp;
    co_yield d;
  }
  if (in.bad()) throw std::runtime_error("reading failed after line " + std::to_string(number));
}

}  // namespace ch05::anomalies
