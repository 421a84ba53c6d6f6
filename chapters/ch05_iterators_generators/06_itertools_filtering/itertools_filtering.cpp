// ch05.6 itertools_filtering (stub): Python's takewhile, dropwhile, filterfalse and islice, each
// a wb::generator coroutine over a wb::generator<int> (see the seed's itertools tour, seed 001).
//
// Steps: after each, run `ctest --preset dev -L ch05.6` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. takewhile: hand elements out until pred fails once;
//   2. dropwhile: skip while pred holds, then hand out the rest without asking pred again;
//   3. filterfalse: hand out the elements pred rejects;
//   4. islice: positions start, start + step, ... below stop; step 0 throws at once, and no
//      element is read past the last one needed.
// Done = the tests pass. There is no speed target; the benchmark compares your generators with
// wb::lazy's views and a plain loop.
#include <algorithm>
#include <cstddef>
#include <functional>
#include <limits>
#include <optional>
#include <stdexcept>
#include <utility>

#include "itertools_filtering.hpp"

namespace ch05::itertools_filtering::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// TODO(ch05.6) 1: for (int x : items): if pred(x) is false, stop (co_return); otherwise co_yield x.
wb::generator<int> takewhile(std::function<bool(int)> /*pred*/, wb::generator<int> /*items*/) {
  throw wb::not_implemented{"ch05.6"};
  co_return;  // makes this function a coroutine
}

// TODO(ch05.6) 2: a bool "still dropping": while it is true, ask pred and skip; once pred fails,
// never ask it again and hand out every element from there on.
wb::generator<int> dropwhile(std::function<bool(int)> /*pred*/, wb::generator<int> /*items*/) {
  throw wb::not_implemented{"ch05.6"};
  co_return;
}

// TODO(ch05.6) 3: for (int x : items): co_yield x when pred(x) is false.
wb::generator<int> filterfalse(std::function<bool(int)> /*pred*/, wb::generator<int> /*items*/) {
  throw wb::not_implemented{"ch05.6"};
  co_return;
}

// TODO(ch05.6) 4: the coroutine part of islice (step > 0 here). Number the elements as you read
// them; co_yield those at start, start + step, ... below stop, and return as soon as the element
// just read was the last one needed (position max(start, stop) - 1), before range-for reads another.
wb::generator<int> islice_steps(wb::generator<int> /*items*/, std::size_t /*start*/,
                                std::optional<std::size_t> /*stop*/, std::size_t /*step*/) {
  throw wb::not_implemented{"ch05.6"};
  co_return;
}

// TODO(ch05.6) 4: NOT a coroutine (no co_yield here), so it runs at once: throw
// std::invalid_argument if step is 0, then return islice_steps(std::move(items), ...).
wb::generator<int> islice(wb::generator<int> /*items*/, std::size_t /*start*/, std::optional<std::size_t> /*stop*/,
                          std::size_t /*step*/) {
  throw wb::not_implemented{"ch05.6"};
}

}  // namespace ch05::itertools_filtering::WB_VARIANT
