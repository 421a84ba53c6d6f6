// ch01.3 memory_hierarchy: the function every implementation defines (read, don't edit).
//
// No include guard: memory_hierarchy.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// A random cyclic permutation of 0 .. n-1 as a "next slot" table: starting anywhere and following
// next[i] visits every slot exactly once before coming back (one cycle of length n). Sattolo's
// algorithm with SplitMix64(seed): the same seed gives the same table. n == 0 gives an empty table,
// n == 1 gives {0}. Throws std::invalid_argument if n > kMaxSlots (2^32).
std::vector<std::uint32_t> sattolo_cycle(std::size_t n, std::uint64_t seed);
