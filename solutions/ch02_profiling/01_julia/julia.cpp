// ch02.1 julia: reference solution. The steps of the ladder are kept as separate functions so the
// benchmark can show what each one buys; julia_set uses the last two (SIMD tiles, then threads).
#include <algorithm>
#include <atomic>
#include <complex>
#include <cstddef>
#include <cstring>
#include <thread>
#include <vector>

#include "julia.hpp"
#include "wb/profile.hpp"

#if defined(__SSE2__)
#include <immintrin.h>
#endif

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

// --- SIMD building blocks ---------------------------------------------------------------------
// A "pack" is kLanes neighbouring pixels of one row in vector registers: their z, their counts and
// a lane mask. GCC/clang vector extensions give the arithmetic (+, -, * on whole vectors, rounded
// lane by lane exactly like the scalar code); only the lane mask differs between instruction sets.
// Keep a vector type the size of one register: a wider one (16 doubles) is split and spilled to
// the stack, and a lane-by-lane "any lane left?" loop becomes scalar compares. This solution's
// first version did both and was about 7x slower than this one.
#if defined(__AVX512F__)
constexpr std::size_t kLanes = 8;  // one 512-bit register of doubles
#elif defined(__AVX__)
constexpr std::size_t kLanes = 4;  // one 256-bit register
#else
constexpr std::size_t kLanes = 2;  // SSE2 (any x86-64), or any other target
#endif
using vdouble = double __attribute__((vector_size(kLanes * sizeof(double))));
using vlong = long long __attribute__((vector_size(kLanes * sizeof(long long))));
using vint = int __attribute__((vector_size(kLanes * sizeof(int))));

#if defined(__AVX512F__)
// AVX-512 has mask registers (one bit per lane): a masked compare updates the sticky mask in one
// instruction, a masked subtract counts only the live lanes, and "no lane left" is one kortest.
// These few intrinsics buy about 20%: with plain vector extensions GCC turns each comparison
// into a vector of 0/-1 and ANDs it, three more vector operations per update.
using Lanes = __mmask8;
inline Lanes first_lanes(std::size_t count) { return static_cast<Lanes>((1u << count) - 1u); }
inline Lanes still_inside(Lanes alive, vdouble norm) {  // alive && norm < 4, lane by lane
  return _mm512_mask_cmp_pd_mask(alive, norm, _mm512_set1_pd(4.0), _CMP_LT_OQ);
}
inline vlong add_one(vlong n, Lanes alive) {  // n - (-1) on live lanes, n elsewhere
  return _mm512_mask_sub_epi64(n, alive, n, _mm512_set1_epi64(-1));
}
inline bool none(Lanes alive) { return alive == 0; }
#else
// Elsewhere the mask is what a vector comparison returns: -1 (all bits set) or 0 per lane.
using Lanes = vlong;
inline Lanes first_lanes(std::size_t count) {
  Lanes lanes{};
  for (std::size_t i = 0; i < count; ++i) lanes[i] = -1;
  return lanes;
}
inline Lanes still_inside(Lanes alive, vdouble norm) { return alive & (norm < 4.0); }
inline vlong add_one(vlong n, Lanes alive) { return n - alive; }  // live lanes hold -1
inline bool none(Lanes alive) {
#if defined(__AVX__)
  return _mm256_testz_si256(alive, alive) != 0;
#elif defined(__SSE2__)
  return _mm_movemask_pd(_mm_castsi128_pd(alive)) == 0;
#else
  long long any = 0;
  for (std::size_t i = 0; i < kLanes; ++i) any |= alive[i];
  return any == 0;
#endif
}
#endif

struct Pack {
  vdouble zr, zi;  // z of each lane
  vlong n;         // updates made so far
  Lanes alive;     // lanes still iterating. Sticky: an escaped lane stays off even if its z comes
                   // back inside the circle (possible when |c| > 2)
};

// One pass of the book's while loop on a whole pack: test |z|^2 < 4, count the lanes still
// inside, then z = z*z + c. The same operations, in the same order and with the same roundings as
// Python's complex z*z + c: real = (zr*zr - zi*zi) + cr, imag = (zr*zi + zr*zi) + ci. Dead lanes
// keep computing (even to inf or NaN): cheaper than masking them, and they no longer count.
inline void step(Pack& p, vdouble cr, vdouble ci) {
  const vdouble zr2 = p.zr * p.zr;
  const vdouble zi2 = p.zi * p.zi;
  const vdouble zri = p.zr * p.zi;
  p.alive = still_inside(p.alive, zr2 + zi2);
  p.n = add_one(p.n, p.alive);
  p.zr = (zr2 - zi2) + cr;
  p.zi = (zri + zri) + ci;
}

// --- Tiles: kRows packs, one per row, over the same kLanes columns, advance in lock-step. -------
// Why several packs: each update waits for the previous one (multiply -> subtract -> add, about 9
// cycles), while the core could issue a pack's ten vector operations in about 5. Independent packs
// fill the gap: four of them run 2.4x faster than one pack at a time.
// Why a tile over 4 rows rather than a strip of 32 pixels of one row: the tile iterates until its
// slowest lane has escaped, and pixels close in 2-D escape at similar times. On the book's image
// (AVX-512, 8 lanes) a 4 x 8 tile makes 45 million lane-updates for the 33 million that count, a
// 1 x 32 strip 52 million.
constexpr std::size_t kRows = 4;

// The x axis padded with zeros to a whole number of packs, so every load reads kLanes doubles.
std::vector<double> padded_xs(const std::vector<double>& xs) {
  std::vector<double> padded(xs);
  padded.resize((xs.size() + kLanes - 1) / kLanes * kLanes, 0.0);
  return padded;
}

// Fills rows [0, nrows) of out (nrows <= kRows, row r at y = ys[r], `columns` counts per row) with
// the escape counts. xs is padded_xs(). Padding lanes past the row's end, and rows past nrows,
// start dead and are never written.
void simd_band(const std::vector<double>& xs, std::size_t columns, const double* ys,
               std::size_t nrows, complex c, int maxiter, int* out) {
  const vdouble cr = vdouble{} + c.real();
  const vdouble ci = vdouble{} + c.imag();
  for (std::size_t k = 0; k < columns; k += kLanes) {
    const std::size_t lanes = std::min(kLanes, columns - k);
    vdouble x;
    std::memcpy(&x, xs.data() + k, sizeof x);
    Pack tile[kRows];  // the loops over r are unrolled, so each pack lives in its own registers
#pragma GCC unroll 8
    for (std::size_t r = 0; r < kRows; ++r) {
      const double y = ys[std::min(r, nrows - 1)];  // rows past nrows: any valid y, all lanes dead
      tile[r] = {x, vdouble{} + y, vlong{}, first_lanes(r < nrows ? lanes : 0)};
    }
    for (int it = 0; it < maxiter; ++it) {  // never more than maxiter updates
      bool any = false;
#pragma GCC unroll 8
      for (std::size_t r = 0; r < kRows; ++r) {
        step(tile[r], cr, ci);
        any |= !none(tile[r].alive);
      }
      if (!any) break;  // every lane of the tile has escaped
    }
    for (std::size_t r = 0; r < nrows; ++r) {  // the counts, as ints, into the output
      const vint n = __builtin_convertvector(tile[r].n, vint);
      int* row_out = out + r * columns + k;
      if (lanes == kLanes)
        std::memcpy(row_out, &n, sizeof n);
      else
        for (std::size_t i = 0; i < lanes; ++i) row_out[i] = n[i];
    }
  }
}

// The image cut into bands of kRows rows (the last one may be shorter): the unit of work.
struct Bands {
  const Spec& spec;
  wb::julia::Grid grid = wb::julia::book_grid(spec);
  std::vector<double> xs = padded_xs(grid.xs);
  std::size_t columns = grid.xs.size();
  std::size_t rows = grid.ys.size();
  std::size_t count = (rows + kRows - 1) / kRows;

  // Computes band b of the image into output.
  void compute(std::size_t b, std::vector<int>& output) const {
    const std::size_t r = b * kRows;
    simd_band(xs, columns, grid.ys.data() + r, std::min(kRows, rows - r), spec.c,
              spec.max_iterations, output.data() + r * columns);
  }
};

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
  const Bands bands{spec};
  std::vector<int> output(bands.columns * bands.rows);
  for (std::size_t b = 0; b < bands.count; ++b) bands.compute(b, output);
  return output;
}

std::vector<int> simd_threads(const Spec& spec, int threads) {
  const Bands bands{spec};
  std::vector<int> output(bands.columns * bands.rows);
  // Bands differ a lot in cost (the centre of the set runs to max_iterations), so rather than
  // splitting the image in equal parts each worker takes the next band from a shared counter.
  std::atomic<std::size_t> next_band{0};
  auto work = [&] {
    WB_PROFILE_SCOPE("worker");  // one bar per thread on the timeline (ch02.9), nothing otherwise
    for (std::size_t b; (b = next_band.fetch_add(1, std::memory_order_relaxed)) < bands.count;)
      bands.compute(b, output);
  };
  const std::size_t wanted = static_cast<std::size_t>(std::max(threads, 1));
  const std::size_t workers = std::min(wanted, std::max<std::size_t>(bands.count, 1));
  {
    std::vector<std::jthread> helpers;
    helpers.reserve(workers - 1);
    for (std::size_t t = 1; t < workers; ++t) helpers.emplace_back(work);
    work();  // this thread is the last worker
  }  // the jthreads join here
  return output;
}

}  // namespace ladder

std::vector<int> julia_set(const Spec& spec, int threads) {
  return threads <= 1 ? ladder::simd(spec) : ladder::simd_threads(spec, threads);
}

}  // namespace ch02::julia::WB_VARIANT
