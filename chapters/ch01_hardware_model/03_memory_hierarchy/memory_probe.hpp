// ch01.3 memory_hierarchy: the measurements behind the program (not edited by the learner).
//
// - latency: the cache lines of a working set are linked into one cycle (from sattolo_cycle), each
//   line holding the address of the next; following it is a chain of dependent loads, so the time
//   per hop is the load-to-use latency of the level that holds the working set;
// - sequential bandwidth: every 8-byte word of the working set summed in address order (the
//   hardware prefetchers stream it);
// - random bandwidth: the same bytes, a whole line at a time, in the cycle's (random) line order;
//   the loads are independent, so the CPU overlaps many misses, but no prefetcher helps.
// Times are the best of a few batches (steady_clock), each batch long enough to dwarf the clock.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace ch01::memory_hierarchy::probe {

inline constexpr std::size_t kLine = 64;  // bytes per cache line (x86-64, Arm Neoverse)

// A zero-filled, line-aligned block of memory. With huge_pages, aligned to 2 MiB and advised to the
// kernel as transparent huge pages (madvise), which takes TLB misses out of the latency of large
// working sets; the kernel may still refuse.
class Buffer {
 public:
  Buffer(std::size_t bytes, bool huge_pages);
  std::byte* data() const noexcept { return data_.get(); }
  std::size_t size() const noexcept { return bytes_; }

 private:
  struct Free {
    void operator()(std::byte* p) const noexcept;
  };
  std::unique_ptr<std::byte, Free> data_;
  std::size_t bytes_;
};

// Writes the cycle into the first next.size() lines of buf: line i holds the address of line
// next[i]. Precondition: next.size() * kLine <= buf.size().
void link_lines(const Buffer& buf, std::span<const std::uint32_t> next);

// Nanoseconds per hop along the cycle that link_lines wrote (starting at line 0), the best of
// `batches` batches of `hops` hops, after a warm-up pass of min(lines, hops) hops.
double chase_ns(const Buffer& buf, std::size_t lines, std::size_t hops, int batches);

// Bytes per nanosecond (= GB/s) reading the first `bytes` of buf in address order; the best of
// `batches` batches, each of enough passes to take about min_seconds.
double sequential_gbs(const Buffer& buf, std::size_t bytes, double min_seconds, int batches);

// Bytes per nanosecond reading whole lines in the order listed in `order` (line numbers).
double random_gbs(const Buffer& buf, std::span<const std::uint32_t> order, double min_seconds, int batches);

}  // namespace ch01::memory_hierarchy::probe
