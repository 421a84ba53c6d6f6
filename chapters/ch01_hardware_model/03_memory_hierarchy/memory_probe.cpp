// ch01.3 memory_hierarchy: the measurement kernels (see memory_probe.hpp).
#include "memory_probe.hpp"

#include <sys/mman.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <new>

namespace ch01::memory_hierarchy::probe {

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::size_t kHugePage = std::size_t{2} << 20;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// Keeps a value alive without a store the compiler could drop.
template <class T>
void keep(const T& value) {
  asm volatile("" : : "r"(value) : "memory");
}

}  // namespace

void Buffer::Free::operator()(std::byte* p) const noexcept { std::free(p); }

Buffer::Buffer(std::size_t bytes, bool huge_pages) : bytes_(bytes) {
  const std::size_t align = huge_pages ? kHugePage : kLine;
  const std::size_t rounded = (bytes + align - 1) / align * align;
  auto* p = static_cast<std::byte*>(std::aligned_alloc(align, rounded));
  if (p == nullptr) throw std::bad_alloc();
  data_.reset(p);
  if (huge_pages) (void)madvise(p, rounded, MADV_HUGEPAGE);  // advice: failure is harmless
  std::memset(p, 0, rounded);                                 // fault every page in now
}

void link_lines(const Buffer& buf, std::span<const std::uint32_t> next) {
  std::byte* base = buf.data();
  for (std::size_t i = 0; i < next.size(); ++i) {
    std::byte* target = base + std::size_t{next[i]} * kLine;
    std::memcpy(base + i * kLine, &target, sizeof target);
  }
}

double chase_ns(const Buffer& buf, std::size_t lines, std::size_t hops, int batches) {
  auto step = [](void* p) { return *static_cast<void**>(p); };
  void* p = buf.data();
  for (std::size_t k = std::min(lines, hops); k > 0; --k) p = step(p);  // warm the caches
  double best = 1e300;
  for (int b = 0; b < batches; ++b) {
    const auto start = Clock::now();
    for (std::size_t k = 0; k < hops; k += 8) {  // unrolled: the loop counter is not the bottleneck
      p = step(p); p = step(p); p = step(p); p = step(p);
      p = step(p); p = step(p); p = step(p); p = step(p);
    }
    const double s = seconds_since(start);
    keep(p);
    best = std::min(best, s * 1e9 / static_cast<double>((hops + 7) / 8 * 8));
  }
  return best;
}

namespace {

// The best bytes per nanosecond of pass(), which reads `bytes` bytes once and returns a sum.
template <class Pass>
double best_rate(std::size_t bytes, double min_seconds, int batches, Pass pass) {
  keep(pass());  // warm-up
  double best = 0;
  std::size_t passes = 1;
  for (int b = 0; b < batches; ++b) {
    while (true) {
      const auto start = Clock::now();
      for (std::size_t k = 0; k < passes; ++k) keep(pass());
      const double s = seconds_since(start);
      if (s >= min_seconds || passes >= (std::size_t{1} << 30)) {
        best = std::max(best, static_cast<double>(bytes) * static_cast<double>(passes) / (s * 1e9));
        break;
      }
      passes *= 2;
    }
  }
  return best;
}

}  // namespace

double sequential_gbs(const Buffer& buf, std::size_t bytes, double min_seconds, int batches) {
  const auto* words = reinterpret_cast<const std::uint64_t*>(buf.data());
  const std::size_t n = bytes / sizeof(std::uint64_t);
  return best_rate(n * sizeof(std::uint64_t), min_seconds, batches, [words, n] {
    std::uint64_t s0 = 0, s1 = 0, s2 = 0, s3 = 0;  // four sums: no single add chain limits the loop
    std::size_t i = 0;
    for (; i + 4 <= n; i += 4) {
      s0 += words[i];
      s1 += words[i + 1];
      s2 += words[i + 2];
      s3 += words[i + 3];
    }
    for (; i < n; ++i) s0 += words[i];
    return s0 + s1 + s2 + s3;
  });
}

double random_gbs(const Buffer& buf, std::span<const std::uint32_t> order, double min_seconds, int batches) {
  const auto* words = reinterpret_cast<const std::uint64_t*>(buf.data());
  constexpr std::size_t kWordsPerLine = kLine / sizeof(std::uint64_t);
  return best_rate(order.size() * kLine, min_seconds, batches, [words, order] {
    std::uint64_t sum = 0;
    for (const std::uint32_t line : order) {
      const std::uint64_t* w = words + std::size_t{line} * kWordsPerLine;
      sum += (w[0] + w[1]) + (w[2] + w[3]) + (w[4] + w[5]) + (w[6] + w[7]);
    }
    return sum;
  });
}

}  // namespace ch01::memory_hierarchy::probe
