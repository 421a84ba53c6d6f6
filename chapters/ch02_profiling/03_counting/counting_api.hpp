// ch02.3 counting: the functions every implementation defines (read, don't edit).
//
// No include guard: counting.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp); the types it uses are in counting.hpp.

// Step 1. Builds the book's set-up for spec (julia_set in ch02.1's julia_baseline.cpp): the axis
// y from y2 down and the axis x from x1 up, each by adding its step (y1-y2)/width or
// (x2-x1)/width while inside the region, then zs and cs filled with push_back, row by row.
// Counts every push_back. O(pixels). Precondition: spec.width > 0.
Setup build_setup(const wb::julia::Spec& spec);

// Steps 2-5. Runs the book's kernel (calculate_z_serial's loop) on one pixel that starts at z,
// with constant c and at most maxiter updates, the loop test's operands in the given order.
// Returns the pixel's escape count n and what happened, counted exactly. O(maxiter).
// Precondition: maxiter >= 0.
PixelCounts count_pixel(std::complex<double> z, std::complex<double> c, int maxiter, Order order);

// Step 6. Runs the book's naive Julia computation for spec: its set-up (build_setup), then its
// kernel on every pixel (count_pixel), and returns the totals plus the number of pixels whose n
// reached spec.max_iterations. O(pixels * max_iterations).
// Precondition: spec.width > 0, spec.max_iterations >= 0.
Counts count_julia(const wb::julia::Spec& spec, Order order);
