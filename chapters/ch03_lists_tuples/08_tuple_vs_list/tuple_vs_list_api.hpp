// ch03.8 tuple_vs_list: the functions every implementation defines (read, don't edit).
//
// No include guard: tuple_vs_list.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp). Each returns base, base + 1, ..., base + 9.

// The book's list: a std::vector<int> (one operator new, and one operator delete when destroyed).
std::vector<int> make_list(int base);
// The book's tuple: a std::array<int, 10>, no heap.
Tuple make_tuple(int base);
// A heap block of 10 ints; the target: at least 3x faster to make and destroy than make_list.
Block make_block(int base);
// How many blocks this implementation keeps for reuse right now (0 without a free list).
std::size_t cached_blocks();
