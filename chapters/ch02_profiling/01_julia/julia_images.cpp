// ch02 julia program: the counts as text and the image as two PNGs.
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "julia_program.hpp"
#include "wb/png.hpp"

namespace ch02::julia_program {

namespace {

// Maps counts to grey linearly, the book's figure 2-3: 0 is black, the largest count is white.
std::vector<std::uint8_t> pure_greyscale(const std::vector<int>& counts) {
  const int top = counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
  std::vector<std::uint8_t> grey(counts.size(), 0);
  if (top == 0) return grey;  // nothing iterated (e.g. --max-iterations 0): all black
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const std::int64_t scaled = (std::int64_t{counts[i]} * 255 + top / 2) / top;  // rounded
    grey[i] = static_cast<std::uint8_t>(scaled);
  }
  return grey;
}

// Maps counts to high-contrast bands, in the spirit of the book's figure 2-1. The counts cycle
// through four greys (black, light, dark, lighter), so every escape ring differs sharply from both
// neighbours and from the ring two steps away. The linear map spends its range on the rare high
// counts; these bands show the structure of the common low ones. The set itself (pixels that
// reached max_iterations) is white.
std::vector<std::uint8_t> false_greyscale(const std::vector<int>& counts, int max_iterations) {
  constexpr std::uint8_t cycle[] = {0, 170, 85, 220};
  std::vector<std::uint8_t> grey(counts.size(), 0);
  for (std::size_t i = 0; i < counts.size(); ++i) {
    const int n = counts[i];
    grey[i] = n >= max_iterations ? std::uint8_t{255} : cycle[n % 4];
  }
  return grey;
}

}  // namespace

std::string false_grey_path(const std::string& png_path) {
  const std::filesystem::path pure(png_path);
  std::filesystem::path result = pure;
  result.replace_filename(pure.stem().string() + "_false" + pure.extension().string());
  return result.string();
}

void write_counts(const std::string& path, const std::vector<int>& counts, std::size_t row_length) {
  std::FILE* out = std::fopen(path.c_str(), "w");
  if (out == nullptr) {
    throw std::runtime_error(
        fmt::format("cannot write counts to '{}': {}", path, std::strerror(errno)));
  }
  for (std::size_t start = 0; start < counts.size(); start += row_length) {
    const auto first = counts.begin() + static_cast<std::ptrdiff_t>(start);
    fmt::print(out, "{}\n", fmt::join(first, first + static_cast<std::ptrdiff_t>(row_length), " "));
  }
  const bool failed = std::ferror(out) != 0;
  if (std::fclose(out) != 0 || failed) {
    throw std::runtime_error(fmt::format("cannot write counts to '{}': write failed", path));
  }
}

void write_images(const std::string& png_path, const std::string& false_png, const std::vector<int>& counts,
                  int width, int height, int max_iterations) {
  wb::png::write_grey(png_path, width, height, pure_greyscale(counts));
  wb::png::write_grey(false_png, width, height, false_greyscale(counts, max_iterations));
}

}  // namespace ch02::julia_program
