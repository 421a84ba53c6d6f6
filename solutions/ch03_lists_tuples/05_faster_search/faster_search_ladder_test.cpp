// ch03.5 faster_search: every rung of the solution's ladder answers like std::lower_bound (test
// ch03.5-faster-search-ladder-test, label "solutions"), on the exercise's shared cases.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "faster_search_cases.hpp"
#include "faster_search_ladder.hpp"

namespace ladder = ch03::faster_search::solution::ladder;
namespace cases = ch03::faster_search::cases;
using ch03::faster_search::Layout;

namespace {

template <class Prepare, class Search>
void require_reference(const std::string& name, Prepare prepare, Search search) {
  cases::for_each_case([&](const std::vector<int>& sorted, const std::vector<int>& queries) {
    const Layout layout = prepare(sorted);
    std::vector<std::int64_t> out(queries.size(), -7);
    search(layout, queries, out);
    for (std::size_t i = 0; i < queries.size(); ++i) {
      if (out[i] != cases::reference(sorted, queries[i])) {
        CAPTURE(name);
        CAPTURE(sorted.size());
        CAPTURE(queries[i]);
        REQUIRE(out[i] == cases::reference(sorted, queries[i]));
      }
    }
    const Layout copy = layout;  // its buffer may sit at another alignment
    const std::vector<std::int64_t> small = cases::answer_in_small_batches(
        [&](std::span<const int> q, std::span<std::int64_t> o) { search(copy, q, o); }, queries);
    if (small != out) {
      CAPTURE(name);
      CAPTURE(sorted.size());
      REQUIRE(small == out);
    }
  });
}

}  // namespace

TEST_CASE("each rung of the ladder answers like std::lower_bound") {
  require_reference("branchless", ladder::sorted_prepare, ladder::branchless);
  require_reference("branchless_prefetch", ladder::sorted_prepare, ladder::branchless_prefetch);
  require_reference("eytzinger", ladder::eytzinger_prepare, ladder::eytzinger);
  require_reference("stree", ladder::stree_prepare, ladder::stree);
}
