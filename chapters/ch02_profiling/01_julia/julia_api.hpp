// ch02.1 julia: the functions every implementation defines (read, don't edit).
//
// No include guard: julia.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp); the types it uses are in julia.hpp.

// Returns the escape count of every pixel of spec's grid (wb::julia::book_grid),
// row-major, exactly as wb::julia::reference_iterations does. May use up to `threads`
// threads (threads >= 1). Precondition: spec.width > 0, spec.max_iterations >= 0.
std::vector<int> julia_set(const wb::julia::Spec& spec, int threads);
