// Internal: the counters shared by the operator new/delete hooks and wb::alloc. Not for learners.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

namespace wb::alloc::detail {

struct RawSample {
  std::int64_t ns;
  std::size_t bytes;
};

struct State {
  std::atomic<bool> hooks_linked;
  std::atomic<std::size_t> current;
  std::atomic<std::size_t> peak;
  std::atomic<std::uint64_t> allocations;
  std::atomic<std::uint64_t> frees;
  std::atomic<std::uint64_t> allocated_bytes;
  std::atomic<std::int64_t> epoch_ns;
  std::atomic<bool> timeline_on;
  std::atomic<std::size_t> used;
  RawSample* samples;
  std::size_t capacity;
};

// Constant-initialised (all zero) global: usable from operator new before main and during exit.
extern State g_state;

}  // namespace wb::alloc::detail
