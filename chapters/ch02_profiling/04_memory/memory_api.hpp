// ch02.4 memory: the functions every implementation defines (read, don't edit).
//
// No include guard: memory.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp); the types it uses are in memory.hpp.

// Runs the set-up for spec: builds the axes (and whatever else calculate needs).
// Precondition: spec.width > 0, spec.max_iterations >= 0.
Prepared prepare(const wb::julia::Spec& spec);
// Returns the escape count of every pixel, row-major (row r is ys[r], column k is xs[k]),
// exactly as wb::julia::reference_iterations does. O(pixels * max_iterations).
// Precondition: prepared came from the same implementation's prepare.
std::vector<int> calculate(const Prepared& prepared);
