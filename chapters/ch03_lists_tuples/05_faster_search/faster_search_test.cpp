// ch03.5 faster_search: correctness of prepare + lower_bounds against std::lower_bound on every
// case of .meta/faster_search_cases.hpp (sizes 0 to 70 and around powers of 2 and 17, many and few
// repeats, the int extremes). Expected values come from std::lower_bound, never from a solution.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "faster_search.hpp"
#include "faster_search_cases.hpp"

namespace impl = ch03::faster_search::WB_TESTED;  // exercise, baseline or solution: the build decides
namespace cases = ch03::faster_search::cases;

TEST_CASE("every query gets std::lower_bound's answer, on arrays of 0 to 65,537 values") {
  cases::for_each_case([](const std::vector<int>& sorted, const std::vector<int>& queries) {
    const ch03::faster_search::Layout layout = impl::prepare(sorted);
    std::vector<std::int64_t> out(queries.size(), -7);
    impl::lower_bounds(layout, queries, out);
    for (std::size_t i = 0; i < queries.size(); ++i) {
      if (out[i] != cases::reference(sorted, queries[i])) {
        CAPTURE(sorted.size());
        CAPTURE(queries[i]);
        REQUIRE(out[i] == cases::reference(sorted, queries[i]));
      }
    }
  });
}

TEST_CASE("the answers do not depend on how many queries come at once, nor on a copy of the layout") {
  cases::for_each_case([](const std::vector<int>& sorted, const std::vector<int>& queries) {
    const ch03::faster_search::Layout layout = impl::prepare(sorted);
    std::vector<std::int64_t> whole(queries.size(), -7);
    impl::lower_bounds(layout, queries, whole);
    const ch03::faster_search::Layout copy = layout;  // its buffer may sit at another alignment
    const std::vector<std::int64_t> small = cases::answer_in_small_batches(
        [&](std::span<const int> q, std::span<std::int64_t> out) { impl::lower_bounds(copy, q, out); }, queries);
    if (small != whole) {
      CAPTURE(sorted.size());
      REQUIRE(small == whole);
    }
  });
}

TEST_CASE("no queries, no output; the layout may outlive the input") {
  std::vector<int> sorted{1, 5, 9};
  const ch03::faster_search::Layout layout = impl::prepare(sorted);
  impl::lower_bounds(layout, {}, {});
  sorted.assign(3, 100);  // prepare copied what it needs
  const std::vector<int> queries{0, 5, 6, 10};
  std::vector<std::int64_t> out(4);
  impl::lower_bounds(layout, queries, out);
  CHECK(out == std::vector<std::int64_t>{1, 5, 9, ch03::faster_search::kNone});
}
