// wb/trace.hpp: a timeline of named scopes, saved as Chrome trace-event JSON (VizTracer's view).
//
// The book's VizTracer shows a program's calls laid out in time, one lane per thread. This is the
// C++ counterpart for code you mark yourself: each Scope records one "complete" event (name, start,
// duration, process and thread id). write_json/save produce the Trace Event Format
// ({"traceEvents": [...]}) that https://ui.perfetto.dev and chrome://tracing open directly.
// Meant for phases and calls of a few microseconds or more: each event costs two clock readings, a
// lock and a vector slot; a million tiny events per second would swamp both the program and the
// viewer (VizTracer's "circular buffer is full" in the book). Events past max_events are dropped
// and counted.
//
// Example:
//   wb::trace::Tracer tracer;
//   {
//     wb::trace::Scope whole(tracer, "calc_pure_python");
//     { wb::trace::Scope s(tracer, "build_lists"); build(); }
//     { wb::trace::Scope s(tracer, "calculate_z"); run(); }
//   }
//   tracer.save("julia_trace.json");   // open it in https://ui.perfetto.dev
//
// wb/profile.hpp builds on the process-wide tracer global(): WB_PROFILE_SCOPE("name") records into
// it when the program is compiled with WB_ENABLE_PROFILE, and it is saved at exit to the file
// named by the environment variable WB_TRACE_FILE (or by save_global_on_exit).
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <iosfwd>
#include <mutex>
#include <string>
#include <vector>

namespace wb::trace {

// One complete event ("ph":"X"): times in nanoseconds since the tracer's start.
struct Event {
  std::string name;
  std::int64_t start_ns = 0;
  std::int64_t duration_ns = 0;
  std::int64_t pid = 0;
  std::int64_t tid = 0;
};

// A thread's display name (written as a "thread_name" metadata event, "ph":"M").
struct ThreadName {
  std::int64_t pid = 0;
  std::int64_t tid = 0;
  std::string name;
};

// Returns the id of the calling process (getpid on Linux).
std::int64_t current_pid() noexcept;

// Returns the id of the calling thread: the kernel's thread id on Linux (the one perf and top
// show), else a number derived from std::thread::id. Cached per thread.
std::int64_t current_tid() noexcept;

// Collects events from any number of threads. Thread-safe: record, name_thread, events, write_json
// and save may be called concurrently.
class Tracer {
 public:
  // Returns the time since some fixed start. Must be safe to call from every recording thread.
  using Clock = std::function<std::chrono::nanoseconds()>;

  static constexpr std::size_t default_max_events = std::size_t{1} << 20;

  // Starts a tracer on std::chrono::steady_clock; its time 0 is now.
  Tracer();

  // Starts a tracer on `clock` (tests pass a fake one); its time 0 is clock's first reading.
  // Keeps at most max_events events.
  explicit Tracer(Clock clock, std::size_t max_events = default_max_events);

  Tracer(const Tracer&) = delete;
  Tracer& operator=(const Tracer&) = delete;

  // Returns the time since the tracer started (one clock reading).
  std::chrono::nanoseconds now() const;

  // Records a complete event on the calling thread from start to end (times from now()). When
  // max_events are already stored, counts it as dropped instead. O(1) amortised, takes a lock.
  void record(std::string name, std::chrono::nanoseconds start, std::chrono::nanoseconds end);

  // Names the calling thread in the viewer (e.g. "main", "worker 1"); a later call renames it.
  void name_thread(std::string name);

  // Returns a copy of the events recorded so far, in the order they were recorded (a scope is
  // recorded when it ends, so an inner scope comes before its outer one).
  std::vector<Event> events() const;

  // Returns the thread names set so far.
  std::vector<ThreadName> thread_names() const;

  // Returns how many events are stored / were dropped for lack of room.
  std::size_t size() const;
  std::size_t dropped() const;

  // Forgets every event, thread name and the dropped count (the start time stays).
  void clear();

  // Writes the trace as JSON: {"traceEvents":[...],"displayTimeUnit":"ms","otherData":{...}},
  // thread names first, then the events by start time (longer first on ties, so parents precede
  // children), one per line. ts and dur are microseconds with nanosecond decimals; names are
  // escaped (quotes, backslashes, control characters; invalid UTF-8 becomes U+FFFD).
  void write_json(std::ostream& out) const;

  // Writes write_json's output to `path` (replacing it). Throws std::runtime_error naming the path
  // if the file cannot be written.
  void save(const std::filesystem::path& path) const;

 private:
  Clock clock_;
  std::chrono::nanoseconds origin_;
  std::size_t max_events_;
  mutable std::mutex mutex_;
  std::vector<Event> events_;
  std::vector<ThreadName> thread_names_;
  std::size_t dropped_ = 0;
};

// Records one event on a tracer: from its construction to the end of its scope (RAII).
class Scope {
 public:
  // Starts the event (reads the tracer's clock). The tracer must outlive the scope.
  Scope(Tracer& tracer, std::string name);
  Scope(const Scope&) = delete;
  Scope& operator=(const Scope&) = delete;
  // Records the event. Never throws: an event that cannot be stored (no memory) is lost.
  ~Scope();

 private:
  Tracer& tracer_;
  std::string name_;
  std::chrono::nanoseconds start_;
};

// Returns the process-wide tracer, created on first use on the steady clock and never destroyed (so
// scopes may still end during static destruction). On first use, if the environment variable
// WB_TRACE_FILE is set and not empty, arranges for the trace to be saved there at exit (as
// save_global_on_exit).
Tracer& global();

// Saves global() to `path` when the program exits normally (return from main or std::exit; not
// after a crash, std::abort or std::_Exit). A later call replaces the path; an empty path cancels.
// A failure to write is reported on stderr (exit cannot throw).
void save_global_on_exit(std::filesystem::path path);

// Returns the path save_global_on_exit will write, empty if none.
std::filesystem::path global_exit_path();

}  // namespace wb::trace
