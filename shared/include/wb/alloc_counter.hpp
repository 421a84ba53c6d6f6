// wb/alloc_counter.hpp: exact heap accounting, the C++ counterpart of memory_profiler.
//
// Linking the library wb::alloc_counter replaces the global operator new/delete of the program with
// counting versions: every heap allocation made through new (std::vector, std::string ...) is
// counted to the byte. Phases label stretches of the program like memory_profiler's
// profile.timestamp, and record the heap at their start, their peak and their end. A timeline of
// (time, bytes in use) samples can be recorded for a heap-over-time figure (mprof's plot).
//
// Without wb::alloc_counter linked in, enabled() is false and every figure stays 0.
//
// Example:
//   {
//     wb::alloc::Phase phase("build_lists");
//     std::vector<double> v(1000);
//   }
//   for (const auto& p : wb::alloc::phases()) fmt::print("{} peak {} B\n", p.label, p.peak_bytes);
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace wb::alloc {

struct Stats {
  std::size_t current_bytes = 0;  // bytes requested and not yet freed
  std::size_t peak_bytes = 0;     // highest current_bytes since start (or reset_peak)
  std::uint64_t allocations = 0;  // calls to operator new (all forms)
  std::uint64_t frees = 0;        // calls to operator delete with a non-null pointer
  std::uint64_t allocated_bytes = 0;  // total bytes ever requested
};

// Returns true when the counting operator new/delete are linked into this program.
bool enabled() noexcept;

// Returns the process-wide counters. Exact; O(1); thread-safe.
Stats stats() noexcept;

// Sets the peak back to the bytes currently in use; returns the old peak.
std::size_t reset_peak() noexcept;

// One completed phase.
struct PhaseRecord {
  std::string label;
  int depth = 0;                  // nesting level, 0 for outermost
  std::size_t start_bytes = 0;    // in use when the phase began
  std::size_t peak_bytes = 0;     // highest in use during the phase
  std::size_t end_bytes = 0;      // in use when the phase ended
  std::uint64_t allocations = 0;  // operator new calls during the phase
  double start_seconds = 0;       // since the first phase or timeline start
  double end_seconds = 0;
};

// Labels a stretch of the program (RAII): records its start, peak and end heap. Phases nest; an
// inner phase's peak also counts towards the outer one. Not for concurrent use from several threads.
// The bookkeeping itself uses malloc, so it never shows up in the figures.
class Phase {
 public:
  // Starts a phase; labels longer than 63 characters are truncated.
  explicit Phase(std::string_view label);
  ~Phase();
  Phase(const Phase&) = delete;
  Phase& operator=(const Phase&) = delete;

 private:
  char label_[64];
  int depth_;
  std::size_t start_bytes_;
  std::size_t outer_peak_;
  std::uint64_t start_allocations_;
  double start_seconds_;
};

// Returns the completed phases, in the order they ended.
std::vector<PhaseRecord> phases();
// Forgets the completed phases.
void clear_phases();
// Formats the phases as a table: label, start, peak, end (MiB) and allocations.
std::string phase_table();

// One timeline sample: bytes in use after an allocation or free.
struct Sample {
  double seconds;
  std::size_t bytes;
};

// Starts recording a sample at every allocation and free (up to max_samples, kept in a buffer
// allocated here, outside the hooks). Restarting clears the previous timeline. Start and stop it
// while no other thread allocates (the samples themselves may come from any thread).
void start_timeline(std::size_t max_samples = 1u << 20);
// Stops recording and returns the samples (at most max_samples; later events are dropped).
std::vector<Sample> stop_timeline();

}  // namespace wb::alloc
