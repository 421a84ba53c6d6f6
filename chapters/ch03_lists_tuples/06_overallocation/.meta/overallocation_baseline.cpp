// FROZEN: the shipped starting point of overallocation.cpp, kept for the benchmark and the as-shipped tests. Do not edit: edit overallocation.cpp. Its TODO marks read STEP( here.
// ch03.6 overallocation (stub): CPython's list growth rule, exactly.
//
// Steps: after each, run `ctest --preset dev -L ch03.6` (it rebuilds first); the test cases named
// "step k: ..." pass once step k is done, while the later ones still fail with not_implemented.
//   1. list_resize, growing by one (an append): new_size + new_size / 8 + 6, rounded down to a
//      multiple of 4; and keep the block when new_size <= allocated and new_size >= allocated / 2;
//   2. list_resize, the other cases: a new size of 0, and a jump past the headroom (an extend),
//      which gets new_size rounded up to a multiple of 4 instead;
//   3. append_schedule: append one at a time with your list_resize and record each reallocation;
//      skip the appends that cannot reallocate, so 100,000,000 appends take microseconds.
// Done = the tests pass. There is no speed target.
#include <cstddef>
#include <vector>

#include "overallocation.hpp"

namespace ch03::overallocation::WB_VARIANT {  // the build sets WB_VARIANT (here: exercise)

// STEP(ch03.6) 1: the "keep the block" test, then the headroom rule for an append
// (CPython: new_allocated = (newsize + (newsize >> 3) + 6) & ~3).
// STEP(ch03.6) 2: new_size == 0 gives 0 (when the block is not kept); when new_size - size is
// more than the headroom (new_allocated - new_size), use (new_size + 3) & ~3 instead.
std::size_t list_resize(std::size_t /*allocated*/, std::size_t /*size*/, std::size_t /*new_size*/) {
  throw wb::not_implemented{"ch03.6"};
}

// STEP(ch03.6) 3: allocated = size = 0; while size < n_appends: capacity = list_resize(allocated,
// size, size + 1); ++size; record {size, capacity} when it differs from allocated. Once a block
// is kept, every append until it is full keeps it too: jump size straight to min(allocated,
// n_appends).
std::vector<Resize> append_schedule(std::size_t /*n_appends*/) { throw wb::not_implemented{"ch03.6"}; }

}  // namespace ch03::overallocation::WB_VARIANT
