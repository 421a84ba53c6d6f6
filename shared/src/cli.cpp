#include "wb/cli.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <new>
#include <system_error>

#include <fmt/format.h>

namespace wb::cli {

CLI::Validator decimal_integer(bool allow_negative) {
  return CLI::Validator(
      [allow_negative](std::string& text) -> std::string {
        const std::size_t start = (allow_negative && !text.empty() && text[0] == '-') ? 1 : 0;
        const bool digits = text.size() > start && std::all_of(text.begin() + static_cast<std::ptrdiff_t>(start),
                                                               text.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        if (!digits) return fmt::format("'{}' is not a whole number{}", text, allow_negative ? "" : " >= 0");
        const std::size_t first_nonzero = text.find_first_not_of('0', start);
        if (first_nonzero == std::string::npos) {
          text = "0";
        } else {
          text.erase(start, first_nonzero - start);
        }
        // Larger than any 64-bit integer: say so, rather than let CLI11 clamp it to the maximum.
        std::uint64_t magnitude = 0;
        const char* digits_begin = text.data() + start;
        const auto [end, error] = std::from_chars(digits_begin, text.data() + text.size(), magnitude);
        if (error == std::errc::result_out_of_range || end != text.data() + text.size()) {
          return fmt::format("'{}' is too large", text);
        }
        return {};
      },
      /*validator_desc=*/"");
}

std::optional<int> parse(CLI::App& app, int argc, char** argv) {
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);  // prints the help (code 0) or the error (non-zero)
    return code == 0 ? kOk : kBadInput;
  }
  return std::nullopt;
}

std::string with_commas(std::uint64_t n) {
  std::string digits = std::to_string(n);
  for (std::ptrdiff_t i = static_cast<std::ptrdiff_t>(digits.size()) - 3; i > 0; i -= 3) {
    digits.insert(static_cast<std::size_t>(i), 1, ',');
  }
  return digits;
}

std::string describe_bytes(double bytes) {
  constexpr const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};
  double scaled = bytes;
  std::size_t unit = 0;
  while (scaled >= 1024.0 && unit + 1 < std::size(units)) {
    scaled /= 1024.0;
    ++unit;
  }
  const std::string exact = bytes < 1.8e19 ? with_commas(static_cast<std::uint64_t>(bytes))
                                           : fmt::format("{:.3g}", bytes);
  return fmt::format("{} bytes ({:.1f} {})", exact, scaled, units[unit]);
}

bool on_path(std::string_view name) {
  const char* path = std::getenv("PATH");
  std::string_view dirs = path != nullptr ? path : "/bin:/usr/bin";
  for (;;) {
    const std::size_t colon = dirs.find(':');
    std::string_view dir = dirs.substr(0, colon);
    if (dir.empty()) dir = ".";
    const std::string candidate = fmt::format("{}/{}", dir, name);
    if (access(candidate.c_str(), X_OK) == 0) return true;
    if (colon == std::string_view::npos) return false;
    dirs.remove_prefix(colon + 1);
  }
}

void check_writable(std::string_view option, const std::string& path) {
  std::error_code ec;
  const bool existed = std::filesystem::exists(std::filesystem::symlink_status(path, ec));
  std::FILE* probe = std::fopen(path.c_str(), "ab");
  if (probe == nullptr) {
    throw BadInput(fmt::format("{} '{}': cannot open the file for writing: {}", option, path, std::strerror(errno)));
  }
  std::fclose(probe);
  if (!existed) std::filesystem::remove(path, ec);
}

int guarded_main(std::string_view program, std::string_view out_of_memory_hint, const std::function<int()>& run) {
  try {
    return run();
  } catch (const BadInput& e) {
    fmt::print(stderr, "{}: {}\n", program, e.what());
    return kBadInput;
  } catch (const std::bad_alloc&) {
    fmt::print(stderr, "{}: out of memory ({})\n", program, out_of_memory_hint);
    return kBadInput;
  } catch (const std::exception& e) {
    fmt::print(stderr, "{}: error: {}\n", program, e.what());
    return kFailed;
  }
}

}  // namespace wb::cli
