// ch02.3 counting: the functions every implementation defines (read, don't edit).
//
// No include guard: counting.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp); the types it uses are in counting.hpp.

// Runs the book's naive Julia computation for spec (its set-up: two axes, then zs and cs
// filled with push_back; its kernel with the loop test in the given order) and returns
// what happened, counted exactly. O(pixels * max_iterations).
// Precondition: spec.width > 0, spec.max_iterations >= 0.
Counts count_julia(const wb::julia::Spec& spec, Order order);
