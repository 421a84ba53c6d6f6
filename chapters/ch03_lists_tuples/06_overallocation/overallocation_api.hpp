// ch03.6 overallocation: the functions every implementation defines (read, don't edit).
//
// No include guard: overallocation.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// CPython's list_resize: the capacity a list with `allocated` slots holding `size` items has after
// its size changes to new_size; `allocated` itself when no reallocation happens, 0 when the new
// size is 0 and the block is given up. Precondition: size <= allocated, new_size <= PTRDIFF_MAX.
std::size_t list_resize(std::size_t allocated, std::size_t size, std::size_t new_size);

// Every reallocation during n_appends appends to an empty list, in order. Computed with your
// list_resize, without building a list: fast even for 100,000,000 appends.
std::vector<Resize> append_schedule(std::size_t n_appends);
