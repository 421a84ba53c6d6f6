// ch05.1 for_deconstructed: reference solution.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "for_deconstructed.hpp"

namespace ch05::for_deconstructed::WB_VARIANT {

std::vector<int> walk(const Traced& r) {
  std::vector<int> out;
  auto first = r.begin();  // range-for: `auto __begin = begin-expr; auto __end = end-expr;`
  auto last = r.end();
  while (first != last) {  // `for (; __begin != __end; ++__begin) { int x = *__begin; ... }`
    out.push_back(*first);
    ++first;
  }
  return out;
}

std::uint64_t FibIterator::operator*() const {
  if (!current_fits_) throw std::overflow_error("Fibonacci numbers after F(93) do not fit in 64 bits");
  return current_;
}

FibIterator& FibIterator::operator++() {
  std::uint64_t after = 0;
  const bool sum_fits = !__builtin_add_overflow(current_, next_, &after);
  const bool after_fits = current_fits_ && next_fits_ && sum_fits;
  current_ = next_;
  current_fits_ = next_fits_;
  next_ = after;
  next_fits_ = after_fits;
  ++index_;
  return *this;
}

void FibIterator::operator++(int) { ++*this; }

bool operator==(const FibIterator& it, FibSentinel end) { return it.index_ == end.count; }

FibRange fibonacci(std::size_t count) { return FibRange{count}; }

std::size_t count_even(std::size_t count) {
  return static_cast<std::size_t>(std::ranges::count_if(fibonacci(count), [](std::uint64_t f) { return f % 2 == 0; }));
}

}  // namespace ch05::for_deconstructed::WB_VARIANT
