// The bookkeeping of wb::alloc (phases, timeline). The hooks themselves are in
// alloc/alloc_hooks.cpp, linked only into programs that want counting (wb::alloc_counter).
#include <algorithm>
#include <iterator>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <new>
#include <fmt/format.h>
#include <mutex>

#include "wb/alloc_counter.hpp"
#include "wb/detail/alloc_state.hpp"

namespace wb::alloc {

namespace detail {
State g_state;  // zero-initialised before any constructor runs: safe to use from the hooks
}  // namespace detail

using detail::g_state;

namespace {

// Allocates with malloc: the phase records must not count as the program's heap.
template <class T>
struct MallocAllocator {
  using value_type = T;
  MallocAllocator() = default;
  template <class U>
  MallocAllocator(const MallocAllocator<U>&) noexcept {}
  T* allocate(std::size_t n) {
    if (void* p = std::malloc(n * sizeof(T))) return static_cast<T*>(p);
    throw std::bad_alloc();
  }
  void deallocate(T* p, std::size_t) noexcept { std::free(p); }
  friend bool operator==(MallocAllocator, MallocAllocator) { return true; }
};

// A completed phase as stored: no std::string, so storing it allocates nothing through new.
struct StoredPhase {
  char label[64];
  int depth;
  std::size_t start_bytes, peak_bytes, end_bytes;
  std::uint64_t allocations;
  double start_seconds, end_seconds;
};

std::mutex g_phase_mutex;
std::vector<StoredPhase, MallocAllocator<StoredPhase>> g_phases;
int g_depth = 0;

double seconds_since_epoch() {
  const auto now = std::chrono::steady_clock::now().time_since_epoch();
  const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now).count();
  std::int64_t expected = 0;
  g_state.epoch_ns.compare_exchange_strong(expected, ns);  // the first call fixes t = 0
  return static_cast<double>(ns - g_state.epoch_ns.load()) * 1e-9;
}

}  // namespace

bool enabled() noexcept { return g_state.hooks_linked.load(std::memory_order_relaxed); }

Stats stats() noexcept {
  Stats s;
  s.current_bytes = g_state.current.load(std::memory_order_relaxed);
  s.peak_bytes = g_state.peak.load(std::memory_order_relaxed);
  s.allocations = g_state.allocations.load(std::memory_order_relaxed);
  s.frees = g_state.frees.load(std::memory_order_relaxed);
  s.allocated_bytes = g_state.allocated_bytes.load(std::memory_order_relaxed);
  return s;
}

std::size_t reset_peak() noexcept {
  return g_state.peak.exchange(g_state.current.load(std::memory_order_relaxed));
}

Phase::Phase(std::string_view label)
    : label_{},
      depth_(g_depth++),
      start_bytes_(g_state.current.load()),
      outer_peak_(reset_peak()),
      start_allocations_(g_state.allocations.load()),
      start_seconds_(seconds_since_epoch()) {
  label.copy(label_, sizeof label_ - 1);
}

Phase::~Phase() {
  StoredPhase record{};
  std::copy(std::begin(label_), std::end(label_), std::begin(record.label));
  record.depth = depth_;
  record.start_bytes = start_bytes_;
  record.end_bytes = g_state.current.load();
  record.allocations = g_state.allocations.load() - start_allocations_;
  record.start_seconds = start_seconds_;
  record.end_seconds = seconds_since_epoch();
  --g_depth;
  // The outer scope's peak is the higher of its own and this phase's.
  const std::size_t inner_peak = g_state.peak.load();
  record.peak_bytes = inner_peak;
  g_state.peak.store(std::max(inner_peak, outer_peak_));
  try {
    const std::lock_guard lock(g_phase_mutex);
    g_phases.push_back(record);
  } catch (...) {
    // Out of memory for the record itself: lose the record rather than terminate in a destructor.
  }
}

std::vector<PhaseRecord> phases() {
  const std::lock_guard lock(g_phase_mutex);
  std::vector<PhaseRecord> out;
  out.reserve(g_phases.size());
  for (const StoredPhase& p : g_phases)
    out.push_back({p.label, p.depth, p.start_bytes, p.peak_bytes, p.end_bytes, p.allocations, p.start_seconds,
                   p.end_seconds});
  return out;
}

void clear_phases() {
  const std::lock_guard lock(g_phase_mutex);
  g_phases.clear();
}

std::string phase_table() {
  constexpr double mib = 1024.0 * 1024.0;
  std::string out = fmt::format("{:<28} {:>10} {:>10} {:>10} {:>12} {:>9}\n", "phase", "start MiB", "peak MiB",
                                "end MiB", "allocations", "seconds");
  for (const PhaseRecord& p : phases()) {
    out += fmt::format("{:<28} {:>10.3f} {:>10.3f} {:>10.3f} {:>12} {:>9.3f}\n",
                       std::string(static_cast<std::size_t>(2 * p.depth), ' ') + p.label,
                       static_cast<double>(p.start_bytes) / mib, static_cast<double>(p.peak_bytes) / mib,
                       static_cast<double>(p.end_bytes) / mib, p.allocations, p.end_seconds - p.start_seconds);
  }
  return out;
}

void start_timeline(std::size_t max_samples) {
  g_state.timeline_on.store(false);
  std::free(g_state.samples);  // malloc, not new: the buffer must not count as the program's heap
  g_state.samples = nullptr;
  auto* buffer = static_cast<detail::RawSample*>(std::malloc(max_samples * sizeof(detail::RawSample)));
  if (buffer == nullptr) throw std::bad_alloc();
  seconds_since_epoch();  // make sure t = 0 is set
  g_state.samples = buffer;
  g_state.capacity = max_samples;
  g_state.used.store(0);
  g_state.timeline_on.store(true, std::memory_order_release);
}

std::vector<Sample> stop_timeline() {
  g_state.timeline_on.store(false);
  const std::size_t n = std::min<std::size_t>(g_state.used.load(), g_state.capacity);
  std::vector<Sample> out;
  out.reserve(n);
  const std::int64_t epoch = g_state.epoch_ns.load();
  for (std::size_t i = 0; i < n; ++i)
    out.push_back({static_cast<double>(g_state.samples[i].ns - epoch) * 1e-9, g_state.samples[i].bytes});
  return out;
}

}  // namespace wb::alloc
