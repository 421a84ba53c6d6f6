// ch05.7 itertools_combining (stub): Python's groupby, pairwise, zip_longest and combinations,
// each a wb::generator coroutine (see the seed's itertools tour, seed 001).
//
// Steps: after each, run `ctest --preset dev -L ch05.7` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. groupby: collect a run of equal keys, hand it out when the key changes, and the last one;
//   2. pairwise: remember the previous element;
//   3. zip_longest: two iterators side by side, fill for the one that ran out;
//   4. combinations: CPython's index algorithm, one combination per request.
// Done = the tests pass. There is no speed target; the benchmark compares your generators with
// wb::lazy's views and a plain loop.
#include <cstddef>
#include <functional>
#include <optional>
#include <utility>
#include <vector>

#include "itertools_combining.hpp"

namespace ch05::itertools_combining::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// TODO(ch05.7) 1: a std::optional<Group> for the run being collected. For each x compute key(x)
// once: the same key as the run's appends x; another key first hands out the run (if any), then
// starts a new one with x. After the loop, hand out the last run.
wb::generator<Group> groupby(wb::generator<int> /*items*/, std::function<int(int)> /*key*/) {
  throw wb::not_implemented{"ch05.7"};
  co_return;  // makes this function a coroutine
}

// TODO(ch05.7) 2: a std::optional<int> previous element; from the second element on, co_yield the
// pair (previous, x), then x becomes the previous one.
wb::generator<std::pair<int, int>> pairwise(wb::generator<int> /*items*/) {
  throw wb::not_implemented{"ch05.7"};
  co_return;
}

// TODO(ch05.7) 3: auto a = first.begin(), b = second.begin(); then, while either is not at its
// end(): co_yield the pair of *a and *b (fill for one at its end), and advance only those that
// are not at their end.
wb::generator<std::pair<int, int>> zip_longest(wb::generator<int> /*first*/, wb::generator<int> /*second*/,
                                               int /*fill*/) {
  throw wb::not_implemented{"ch05.7"};
  co_return;
}

// TODO(ch05.7) 4: positions idx = 0, 1, ..., k-1 (none if k > n); yield pool at idx. Then
// repeatedly: find the rightmost i whose idx[i] can still grow (idx[i] != i + n - k), stop if
// there is none, else idx[i] += 1 and idx[j] = idx[j - 1] + 1 for every j after i; yield.
wb::generator<std::vector<int>> combinations(std::vector<int> /*pool*/, std::size_t /*k*/) {
  throw wb::not_implemented{"ch05.7"};
  co_return;
}

}  // namespace ch05::itertools_combining::WB_VARIANT
