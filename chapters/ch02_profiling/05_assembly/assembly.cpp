// ch02.5 assembly: the book's fn_expressive and fn_terse (Example 2-16) in C++. Read them through
// chapters/ch02_profiling/assembly.sh, which prints their machine code at several -O levels.
#include "assembly.hpp"

#include <algorithm>
#include <numeric>

// clang before 16 cannot compile libstdc++'s <ranges> views (llvm/llvm-project#44178): with that
// pair, fn_terse counts with a minimal iterator of its own instead of std::views::iota.
#if defined(__clang__) && defined(__GLIBCXX__) && __clang_major__ < 16
#define CH02_ASSEMBLY_NO_VIEWS 1
#include <iterator>
#else
#include <ranges>
#endif

namespace ch02::assembly {

std::int64_t fn_expressive(std::int64_t upper) {
  std::int64_t total = 0;
  for (std::int64_t n = 0; n < upper; ++n) {
    total += n;
  }
  return total;
}

#ifndef CH02_ASSEMBLY_NO_VIEWS

std::int64_t fn_terse(std::int64_t upper) {
  const auto numbers = std::views::iota(std::int64_t{0}, std::max(upper, std::int64_t{0}));
  return std::accumulate(numbers.begin(), numbers.end(), std::int64_t{0});
}

#else

namespace {

// Counts upwards: the part of iota_view's iterator that std::accumulate needs.
struct counting_iterator {
  using iterator_category = std::input_iterator_tag;
  using value_type = std::int64_t;
  using difference_type = std::int64_t;
  using pointer = const std::int64_t*;
  using reference = std::int64_t;

  std::int64_t value;

  std::int64_t operator*() const { return value; }
  counting_iterator& operator++() {
    ++value;
    return *this;
  }
  counting_iterator operator++(int) {
    counting_iterator before = *this;
    ++value;
    return before;
  }
  friend bool operator==(counting_iterator, counting_iterator) = default;
};

}  // namespace

std::int64_t fn_terse(std::int64_t upper) {
  return std::accumulate(counting_iterator{0}, counting_iterator{std::max(upper, std::int64_t{0})},
                         std::int64_t{0});
}

#endif

}  // namespace ch02::assembly
