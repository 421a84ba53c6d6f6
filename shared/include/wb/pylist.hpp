// wb/pylist.hpp: how a CPython list grows and shrinks (chapter 3, "Lists as dynamic arrays").
//
// The arithmetic of CPython's list_resize in Objects/listobject.c (the same in 3.9, 3.10, 3.11 and
// 3.12): a list keeps `allocated` slots for its `size` items; changing the size to new_size keeps
// the block while the new size fits and fills at least half of it, otherwise it reallocates to
// about new_size * 9/8 + 6 slots, rounded down to a multiple of 4 (so appends cost amortised
// O(1)), or to just new_size rounded up to a multiple of 4 when one jump (an extend) would
// overshoot that headroom. Nothing here allocates a list; it is the bookkeeping only, so it can
// answer for 100 million appends in microseconds.
//
// Example:
//   wb::pylist::list_resize(0, 0, 1);        // 4: the first append to an empty list
//   wb::pylist::list_resize(2, 2, 3);        // 8: [1, 2].append(3)
//   auto steps = wb::pylist::append_schedule(1'000'000);
//   steps.size();                            // 86 reallocations
//   steps.back().capacity;                   // 1'056'084 slots (the book's figure)
#pragma once

#include <cstddef>
#include <vector>

namespace wb::pylist {

// Returns the capacity a list gets when its size changes from `size` to `new_size` while it has
// `allocated` slots; returns `allocated` itself when CPython would not reallocate. A new size of
// 0 that needs a reallocation gives 0. `size` matters only when growing: a jump by more than the
// headroom the 9/8 rule would add gets no headroom. Preconditions: size <= allocated (as in any
// real list). Throws std::length_error when new_size exceeds PTRDIFF_MAX (CPython's limit). O(1).
std::size_t list_resize(std::size_t allocated, std::size_t size, std::size_t new_size);

// One reallocation: the list's size right after the append that caused it, and its new capacity.
struct Resize {
  std::size_t size;
  std::size_t capacity;
};

// Returns every reallocation during n_appends appends to an empty list, in order (so the last
// capacity is the final one, and size() is how many reallocations there were). Computed from
// list_resize without building a list: O(number of reallocations), about 8.5 * log2(n) entries.
std::vector<Resize> append_schedule(std::size_t n_appends);

}  // namespace wb::pylist
