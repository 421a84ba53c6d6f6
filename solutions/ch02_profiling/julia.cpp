// ch02.1 julia: reference solution. The steps of the ladder are kept as separate functions so the
// benchmark can show what each one buys; julia_set uses the last two.
#include <algorithm>
#include <atomic>
#include <complex>
#include <cstddef>
#include <thread>
#include <vector>

#include "julia.hpp"

namespace ch02::julia::WB_VARIANT {

using wb::julia::Spec;
using complex = std::complex<double>;

namespace ladder {

std::vector<int> swapped(const Spec& spec);
std::vector<int> norm(const Spec& spec);
std::vector<int> no_cs(const Spec& spec);
std::vector<int> on_the_fly(const Spec& spec);
std::vector<int> simd(const Spec& spec);
std::vector<int> simd_threads(const Spec& spec, int threads);

namespace {

// The book's two lists, built once per call (steps 1 and 2 keep them).
struct Lists {
  std::vector<complex> zs, cs;
};

Lists book_lists(const Spec& spec) {
  const wb::julia::Grid grid = wb::julia::book_grid(spec);
  Lists lists;
  lists.zs.reserve(grid.xs.size() * grid.ys.size());
  lists.cs.reserve(grid.xs.size() * grid.ys.size());
  for (double y : grid.ys) {
    for (double x : grid.xs) {
      lists.zs.emplace_back(x, y);
      lists.cs.push_back(spec.c);
    }
  }
  return lists;
}

// Escape count of one pixel with the cheap test: x*x + y*y < 4, no square root.
inline int escape_count(complex z, complex c, int maxiter) {
  int n = 0;
  while (n < maxiter && std::norm(z) < 4.0) {
    z = z * z + c;
    ++n;
  }
  return n;
}

// --- SIMD: kLanes pixels of one row advance in lock-step. -------------------------------------
// GCC vector extensions: a 16-double vector is two AVX-512 registers (four AVX2 ones), which also
// gives two independent dependency chains to hide the multiply-add latency.
constexpr int kLanes = 16;
using vdouble = double __attribute__((vector_size(kLanes * sizeof(double))));
using vmask = long long __attribute__((vector_size(kLanes * sizeof(long long))));

inline bool any_set(vmask m) {
  long long acc = 0;
  for (int i = 0; i < kLanes; ++i) acc |= m[i];
  return acc != 0;
}

// Fills out[0, count) with the escape counts of pixels (xs[k], y).
void simd_row(const double* xs, std::size_t count, double y, complex c, int maxiter, int* out) {
  const vdouble cr = vdouble{} + c.real();
  const vdouble ci = vdouble{} + c.imag();
  for (std::size_t k = 0; k < count; k += kLanes) {
    const std::size_t lanes = std::min<std::size_t>(kLanes, count - k);
    vdouble zr{};
    vmask alive{};
    for (std::size_t i = 0; i < lanes; ++i) {
      zr[i] = xs[k + i];
      alive[i] = -1;  // padding lanes past the row's end start dead
    }
    vdouble zi = vdouble{} + y;
    vmask n{};
    for (int it = 0; it < maxiter; ++it) {
      const vdouble zr2 = zr * zr;
      const vdouble zi2 = zi * zi;
      alive &= (zr2 + zi2) < 4.0;  // once escaped, a lane stays out
      if (!any_set(alive)) break;
      n -= alive;  // alive lanes are -1
      const vdouble zri = zr * zi;
      zr = (zr2 - zi2) + cr;  // the same roundings as Python's complex z*z + c
      zi = (zri + zri) + ci;
    }
    for (std::size_t i = 0; i < lanes; ++i) out[k + i] = static_cast<int>(n[i]);
  }
}

}  // namespace

std::vector<int> swapped(const Spec& spec) {
  const Lists lists = book_lists(spec);
  std::vector<int> output(lists.zs.size());
  for (std::size_t i = 0; i < lists.zs.size(); ++i) {
    int n = 0;
    complex z = lists.zs[i];
    const complex c = lists.cs[i];
    while (n < spec.max_iterations && std::abs(z) < 2) {
      z = z * z + c;
      ++n;
    }
    output[i] = n;
  }
  return output;
}

std::vector<int> norm(const Spec& spec) {
  const Lists lists = book_lists(spec);
  std::vector<int> output(lists.zs.size());
  for (std::size_t i = 0; i < lists.zs.size(); ++i)
    output[i] = escape_count(lists.zs[i], lists.cs[i], spec.max_iterations);
  return output;
}

std::vector<int> no_cs(const Spec& spec) {
  const wb::julia::Grid grid = wb::julia::book_grid(spec);
  std::vector<complex> zs;
  zs.reserve(grid.xs.size() * grid.ys.size());
  for (double y : grid.ys)
    for (double x : grid.xs) zs.emplace_back(x, y);
  std::vector<int> output(zs.size());
  for (std::size_t i = 0; i < zs.size(); ++i) output[i] = escape_count(zs[i], spec.c, spec.max_iterations);
  return output;
}

std::vector<int> on_the_fly(const Spec& spec) {
  const wb::julia::Grid grid = wb::julia::book_grid(spec);
  std::vector<int> output(grid.xs.size() * grid.ys.size());
  int* out = output.data();
  for (double y : grid.ys)
    for (double x : grid.xs) *out++ = escape_count({x, y}, spec.c, spec.max_iterations);
  return output;
}

std::vector<int> simd(const Spec& spec) {
  return simd_threads(spec, 1);
}

std::vector<int> simd_threads(const Spec& spec, int threads) {
  const wb::julia::Grid grid = wb::julia::book_grid(spec);
  const std::size_t columns = grid.xs.size();
  const std::size_t rows = grid.ys.size();
  std::vector<int> output(columns * rows);
  std::atomic<std::size_t> next_row{0};
  // Rows differ a lot in cost, so each worker takes the next row from a shared counter.
  auto work = [&] {
    for (std::size_t r; (r = next_row.fetch_add(1, std::memory_order_relaxed)) < rows;)
      simd_row(grid.xs.data(), columns, grid.ys[r], spec.c, spec.max_iterations, output.data() + r * columns);
  };
  const int helpers = std::clamp(threads, 1, static_cast<int>(std::max<std::size_t>(rows, 1))) - 1;
  {
    std::vector<std::jthread> pool;
    pool.reserve(static_cast<std::size_t>(helpers));
    for (int t = 0; t < helpers; ++t) pool.emplace_back(work);
    work();
  }  // the jthreads join here
  return output;
}

}  // namespace ladder

std::vector<int> julia_set(const Spec& spec, int threads) {
  return threads <= 1 ? ladder::simd(spec) : ladder::simd_threads(spec, threads);
}

}  // namespace ch02::julia::WB_VARIANT
