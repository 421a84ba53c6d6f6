// ch01.3 memory_hierarchy (stub): one random cycle through every slot, by Sattolo's algorithm.
//
// Steps: run `ctest --preset dev -L ch01.3` (it rebuilds first); the test cases named "step 1: ..."
// pass once the step is done. Then run the program: `./workbook run memory_hierarchy --png mem.png`.
//   1. sattolo_cycle: start from the identity table (next[i] = i); then for i from n - 1 down to 1,
//      pick j uniformly in [0, i - 1] and swap next[i] and next[j]. (Picking j in [0, i], i.e. a
//      plain Fisher-Yates shuffle, gives a uniformly random permutation, which is usually several
//      cycles: the chase would then loop in a small part of the working set.)
// Done = the tests pass. There is no speed target: the program's table and figure are the result.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "memory_hierarchy.hpp"

namespace ch01::memory_hierarchy::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// TODO(ch01.3) 1: throw std::invalid_argument (from <stdexcept>) if n > kMaxSlots; fill the
// identity; SplitMix64 rng(seed); for i = n - 1 down to 1: j = rng.below(i), swap next[i] and
// next[j]. Careful with the unsigned loop: n == 0 has no n - 1.
std::vector<std::uint32_t> sattolo_cycle(std::size_t /*n*/, std::uint64_t /*seed*/) {
  throw wb::not_implemented{"ch01.3"};
}

}  // namespace ch01::memory_hierarchy::WB_VARIANT
