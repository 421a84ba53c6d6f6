// ch05.1 for_deconstructed: what every implementation defines (read, don't edit).
//
// No include guard: for_deconstructed.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// Returns r's values in order, visiting r exactly as `for (int x : r)` does, written out by hand:
// the same calls on r and its iterators, in the same order.
std::vector<int> walk(const Traced& r);

// The end of a Fibonacci sequence: the position one past the last number handed out.
struct FibSentinel {
  std::size_t count = 0;
};

// Walks F(0), F(1), ... : *it is the current number, ++it moves to the next one. Equal to a
// FibSentinel once it has moved past `count` numbers. Reading F(94) or later (*it), which does not
// fit in 64 bits, throws std::overflow_error; moving there does not (range-for moves one past the
// last number it reads).
class FibIterator {
 public:
  using value_type = std::uint64_t;
  using difference_type = std::ptrdiff_t;

  std::uint64_t operator*() const;
  FibIterator& operator++();
  void operator++(int);
  friend bool operator==(const FibIterator& it, FibSentinel end);

 private:
  // [[maybe_unused]]: the shipped stub does not read them yet (clang warns about unused fields).
  [[maybe_unused]] std::uint64_t current_ = 0;   // F(index_), valid while current_fits_
  [[maybe_unused]] std::uint64_t next_ = 1;      // F(index_ + 1), valid while next_fits_
  [[maybe_unused]] std::size_t index_ = 0;
  [[maybe_unused]] bool current_fits_ = true;
  [[maybe_unused]] bool next_fits_ = true;
};

// The first `count` Fibonacci numbers as a range: begin() a FibIterator at F(0), end() a FibSentinel.
struct FibRange {
  std::size_t count = 0;
  FibIterator begin() const { return FibIterator{}; }
  FibSentinel end() const { return FibSentinel{count}; }
};
FibRange fibonacci(std::size_t count);

// How many of the first `count` Fibonacci numbers are even, with std::ranges::count_if on your range.
std::size_t count_even(std::size_t count);
