// wb/trace.hpp: the tracer, its JSON writer and the process-wide tracer saved at exit.
#include "wb/trace.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <ostream>
#include <stdexcept>
#include <string_view>
#include <thread>
#include <utility>

#include <fmt/format.h>

#if defined(__linux__)
#include <unistd.h>
#endif

namespace wb::trace {

std::int64_t current_pid() noexcept {
#if defined(__linux__)
  return static_cast<std::int64_t>(::getpid());
#else
  return 1;
#endif
}

std::int64_t current_tid() noexcept {
#if defined(__linux__)
  thread_local const std::int64_t tid = static_cast<std::int64_t>(::gettid());
#else
  thread_local const std::int64_t tid =
      static_cast<std::int64_t>(std::hash<std::thread::id>{}(std::this_thread::get_id()) & 0x7fffffff);
#endif
  return tid;
}

namespace {

std::chrono::nanoseconds steady_now() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch());
}

// Length of the valid UTF-8 sequence starting at s[i], or 0 if it is not valid (overlong forms,
// surrogates and code points above U+10FFFF are invalid, as RFC 3629 says).
std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  std::size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    length = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    length = 3;
    if (b0 == 0xE0) low = 0xA0;   // no overlong forms
    if (b0 == 0xED) high = 0x9F;  // no UTF-16 surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    length = 4;
    if (b0 == 0xF0) low = 0x90;
    if (b0 == 0xF4) high = 0x8F;  // nothing above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > s.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

// Appends s as a JSON string literal, quotes included.
void append_json_string(std::string& out, std::string_view s) {
  out += '"';
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
          if (c < 0x20) {
            out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
          } else {
            out += static_cast<char>(c);
          }
      }
      ++i;
      continue;
    }
    const std::size_t length = utf8_sequence_length(s, i);
    if (length == 0) {
      out += "\\ufffd";  // not UTF-8: the replacement character, one per bad byte
      ++i;
    } else {
      out.append(s.substr(i, length));
      i += length;
    }
  }
  out += '"';
}

// Appends nanoseconds as microseconds with three decimals, exactly: 1500 -> 1.500, -2 -> -0.002.
void append_microseconds(std::string& out, std::int64_t ns) {
  // Work in unsigned so that even INT64_MIN has a magnitude.
  const bool negative = ns < 0;
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(ns) : static_cast<std::uint64_t>(ns);
  out += fmt::format("{}{}.{:03}", negative ? "-" : "", magnitude / 1000, magnitude % 1000);
}

}  // namespace

Tracer::Tracer() : Tracer(Clock{steady_now}) {}

Tracer::Tracer(Clock clock, std::size_t max_events)
    : clock_(std::move(clock)), origin_(clock_()), max_events_(max_events) {}

std::chrono::nanoseconds Tracer::now() const { return clock_() - origin_; }

void Tracer::record(std::string name, std::chrono::nanoseconds start, std::chrono::nanoseconds end) {
  Event event{std::move(name), start.count(), (end - start).count(), current_pid(), current_tid()};
  const std::lock_guard lock(mutex_);
  if (events_.size() >= max_events_) {
    ++dropped_;
    return;
  }
  events_.push_back(std::move(event));
}

void Tracer::name_thread(std::string name) {
  const std::int64_t pid = current_pid();
  const std::int64_t tid = current_tid();
  const std::lock_guard lock(mutex_);
  for (ThreadName& t : thread_names_) {
    if (t.pid == pid && t.tid == tid) {
      t.name = std::move(name);
      return;
    }
  }
  thread_names_.push_back(ThreadName{pid, tid, std::move(name)});
}

std::vector<Event> Tracer::events() const {
  const std::lock_guard lock(mutex_);
  return events_;
}

std::vector<ThreadName> Tracer::thread_names() const {
  const std::lock_guard lock(mutex_);
  return thread_names_;
}

std::size_t Tracer::size() const {
  const std::lock_guard lock(mutex_);
  return events_.size();
}

std::size_t Tracer::dropped() const {
  const std::lock_guard lock(mutex_);
  return dropped_;
}

void Tracer::clear() {
  const std::lock_guard lock(mutex_);
  events_.clear();
  thread_names_.clear();
  dropped_ = 0;
}

void Tracer::write_json(std::ostream& out) const {
  std::vector<Event> events;
  std::vector<ThreadName> names;
  std::size_t dropped = 0;
  {
    const std::lock_guard lock(mutex_);
    events = events_;
    names = thread_names_;
    dropped = dropped_;
  }
  std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
    if (a.start_ns != b.start_ns) return a.start_ns < b.start_ns;
    return a.duration_ns > b.duration_ns;
  });

  std::string json = "{\"traceEvents\":[";
  bool first = true;
  const auto next_line = [&] {
    json += first ? "\n" : ",\n";
    first = false;
  };
  for (const ThreadName& t : names) {
    next_line();
    json += "{\"name\":\"thread_name\",\"ph\":\"M\",";
    json += fmt::format("\"pid\":{},\"tid\":{},\"args\":{{\"name\":", t.pid, t.tid);
    append_json_string(json, t.name);
    json += "}}";
  }
  for (const Event& e : events) {
    next_line();
    json += "{\"name\":";
    append_json_string(json, e.name);
    json += ",\"cat\":\"wb\",\"ph\":\"X\",\"ts\":";
    append_microseconds(json, e.start_ns);
    json += ",\"dur\":";
    append_microseconds(json, e.duration_ns);
    json += fmt::format(",\"pid\":{},\"tid\":{}}}", e.pid, e.tid);
  }
  json += fmt::format("\n],\"displayTimeUnit\":\"ms\",\"otherData\":{{\"dropped_events\":{}}}}}\n", dropped);
  out << json;
}

void Tracer::save(const std::filesystem::path& path) const {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) throw std::runtime_error(fmt::format("wb::trace: cannot open {} for writing", path.string()));
  write_json(file);
  file.close();
  if (!file) throw std::runtime_error(fmt::format("wb::trace: writing {} failed", path.string()));
}

Scope::Scope(Tracer& tracer, std::string name)
    : tracer_(tracer), name_(std::move(name)), start_(tracer.now()) {}

Scope::~Scope() {
  try {
    tracer_.record(std::move(name_), start_, tracer_.now());
  } catch (...) {  // out of memory: this one event is lost, the program goes on
  }
}

// --- the process-wide tracer -------------------------------------------------------------------

namespace {

struct ExitState {
  std::mutex mutex;
  std::filesystem::path path;
  bool registered = false;
};

// Built on first use, before std::atexit is called, so it outlives the exit handler.
ExitState& exit_state() {
  static ExitState state;
  return state;
}

void save_global_now() {
  std::filesystem::path path = global_exit_path();
  if (path.empty()) return;
  try {
    global().save(path);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "%s\n", e.what());
  }
}

}  // namespace

Tracer& global() {
  // Never destroyed: a Scope ending in some static destructor must still find it.
  static Tracer* const tracer = [] {
    auto* created = new Tracer();
    if (const char* file = std::getenv("WB_TRACE_FILE"); file != nullptr && *file != '\0') {
      save_global_on_exit(file);
    }
    return created;
  }();
  return *tracer;
}

void save_global_on_exit(std::filesystem::path path) {
  ExitState& state = exit_state();
  const std::lock_guard lock(state.mutex);
  state.path = std::move(path);
  if (!state.registered && !state.path.empty()) {
    state.registered = std::atexit(save_global_now) == 0;
  }
}

std::filesystem::path global_exit_path() {
  ExitState& state = exit_state();
  const std::lock_guard lock(state.mutex);
  return state.path;
}

}  // namespace wb::trace
