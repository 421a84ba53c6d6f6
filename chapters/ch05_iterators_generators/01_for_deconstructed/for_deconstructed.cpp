// ch05.1 for_deconstructed (stub): the book's for loop taken apart (Example 5-1), and an iterator
// of your own.
//
// Steps: after each, run `ctest --preset dev -L ch05.1` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. walk: range-for written out: begin and end once, then !=, * and ++ until the end;
//   2. FibIterator: operator*, both operator++ and == with the sentinel, and fibonacci(count);
//   3. count_even: std::ranges::count_if on fibonacci(count) (it compiles only if your iterator
//      and sentinel model std::input_iterator and std::sentinel_for).
// Done = the tests pass. There is no speed target.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <vector>

#include "for_deconstructed.hpp"

namespace ch05::for_deconstructed::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// TODO(ch05.1) 1: auto first = r.begin(); auto last = r.end(); then while (first != last) take
// *first into the result and ++first. Nothing else: the tests compare the log of calls.
std::vector<int> walk(const Traced& /*r*/) { throw wb::not_implemented{"ch05.1"}; }

// TODO(ch05.1) 2: return current_; if current_fits_ is false it is F(94) or later: throw
// std::overflow_error instead.
std::uint64_t FibIterator::operator*() const { throw wb::not_implemented{"ch05.1"}; }

// TODO(ch05.1) 2: step to the next number: current_ takes next_ (and current_fits_ next_fits_),
// next_ becomes their sum; __builtin_add_overflow says whether it fitted. Never throw here.
FibIterator& FibIterator::operator++() { throw wb::not_implemented{"ch05.1"}; }

// TODO(ch05.1) 2: the post-increment of an input iterator: ++*this.
void FibIterator::operator++(int) { throw wb::not_implemented{"ch05.1"}; }

// TODO(ch05.1) 2: the end is reached when index_ == end.count.
bool operator==(const FibIterator& /*it*/, FibSentinel /*end*/) { throw wb::not_implemented{"ch05.1"}; }

// TODO(ch05.1) 2: return FibRange{count}.
FibRange fibonacci(std::size_t /*count*/) { throw wb::not_implemented{"ch05.1"}; }

// TODO(ch05.1) 3: std::ranges::count_if(fibonacci(count), is even).
std::size_t count_even(std::size_t /*count*/) { throw wb::not_implemented{"ch05.1"}; }

}  // namespace ch05::for_deconstructed::WB_VARIANT
