// wb/trace.hpp: the JSON a tracer writes is parsed back by a strict JSON parser (RFC 8259: no
// trailing commas, no raw control characters in strings, valid escapes and UTF-8), then checked
// event by event. Times come from a fake clock, so every number is exact.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "wb/trace.hpp"
#include "json_check.hpp"

using namespace std::chrono_literals;
namespace trace = wb::trace;

#include "json_check.hpp"

namespace {

using wb_test_json::Value;

// A fake clock for a Tracer: 0, step, 2*step, ... (one step per reading).
trace::Tracer::Clock stepping(std::chrono::nanoseconds step) {
  return [t = std::chrono::nanoseconds{0}, step]() mutable {
    const auto now = t;
    t += step;
    return now;
  };
}

std::string to_json(const trace::Tracer& tracer) {
  std::ostringstream out;
  tracer.write_json(out);
  return out.str();
}

// Returns the complete events of a written trace, parsed.
std::vector<Value> complete_events(const trace::Tracer& tracer) {
  const Value doc = wb_test_json::parse(to_json(tracer));
  std::vector<Value> out;
  for (const Value& e : doc.at("traceEvents").array()) {
    if (e.at("ph").string() == "X") out.push_back(e);
  }
  return out;
}

const Value& find_event(const std::vector<Value>& events, std::string_view name) {
  for (const Value& e : events) {
    if (e.at("name").string() == name) return e;
  }
  FAIL("no event named " << std::string(name));
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_SUITE("trace") {

TEST_CASE("the test's JSON parser accepts valid JSON and refuses invalid JSON") {
  // The parser is what the other tests trust, so it must be able to say no.
  CHECK_NOTHROW(wb_test_json::parse(R"({"a":[1,-2.5e3,true,false,null,"x\u00e9\ud83d\ude00"],"b":{}})"));
  for (const char* bad : {R"({"a":1,})", R"([1,2,])", "{\"a\":\"tab\there\"}", R"({"a":"\x"})", R"({"a":01})",
                          R"({"a":1}{)", R"({'a':1})", R"({"a":1,"a":2})", R"(["\ud800"])", "[\"\xff\"]", "[1.]",
                          ""}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(wb_test_json::parse(bad), std::runtime_error);
  }
}

TEST_CASE("an empty tracer writes a valid trace with no events") {
  trace::Tracer tracer(stepping(1us));
  const Value doc = wb_test_json::parse(to_json(tracer));
  CHECK(doc.at("traceEvents").array().empty());
  CHECK(doc.at("displayTimeUnit").string() == "ms");
  CHECK(doc.at("otherData").at("dropped_events").number() == 0);
}

TEST_CASE("a Scope records one complete event when it ends, with ts and dur in microseconds") {
  trace::Tracer tracer(stepping(1500ns));  // the constructor reads 0: time 0
  {
    trace::Scope scope(tracer, "build_grid");  // reads 1.5 us
    CHECK(tracer.size() == 0);
  }  // reads 3.0 us
  REQUIRE(tracer.size() == 1);
  const auto events = complete_events(tracer);
  REQUIRE(events.size() == 1);
  const Value& e = events[0];
  CHECK(e.at("name").string() == "build_grid");
  CHECK(e.at("ph").string() == "X");
  CHECK(e.at("ts").number() == doctest::Approx(1.5));
  CHECK(e.at("dur").number() == doctest::Approx(1.5));
  CHECK(e.at("pid").number() == static_cast<double>(trace::current_pid()));
  CHECK(e.at("tid").number() == static_cast<double>(trace::current_tid()));
  CHECK(to_json(tracer).find("\"ts\":1.500,\"dur\":1.500") != std::string::npos);  // exact decimals
}

TEST_CASE("nested scopes nest in time and parents are written first") {
  trace::Tracer tracer(stepping(1us));
  {
    trace::Scope outer(tracer, "calc_pure_python");  // 1
    {
      trace::Scope inner(tracer, "build_lists");  // 2 .. 3
    }
    {
      trace::Scope inner(tracer, "calculate_z");  // 4 .. 5
    }
  }  // 6
  const auto events = complete_events(tracer);
  REQUIRE(events.size() == 3);
  CHECK(events[0].at("name").string() == "calc_pure_python");
  const Value& outer = find_event(events, "calc_pure_python");
  CHECK(outer.at("ts").number() == doctest::Approx(1.0));
  CHECK(outer.at("dur").number() == doctest::Approx(5.0));
  for (const char* name : {"build_lists", "calculate_z"}) {
    CAPTURE(name);
    const Value& inner = find_event(events, name);
    CHECK(inner.at("ts").number() > outer.at("ts").number());
    CHECK(inner.at("ts").number() + inner.at("dur").number() <
          outer.at("ts").number() + outer.at("dur").number());
  }
  CHECK(find_event(events, "build_lists").at("ts").number() + find_event(events, "build_lists").at("dur").number() <=
        find_event(events, "calculate_z").at("ts").number());
}

TEST_CASE("nested scopes on the real clock nest in time too") {
  trace::Tracer tracer;  // steady clock: only the order of readings is checked, never a duration
  {
    trace::Scope outer(tracer, "outer");
    trace::Scope inner(tracer, "inner");
  }
  const auto events = tracer.events();
  REQUIRE(events.size() == 2);
  const trace::Event& inner = events[0];  // recorded first: it ends first
  const trace::Event& outer = events[1];
  CHECK(inner.name == "inner");
  CHECK(outer.name == "outer");
  CHECK(outer.start_ns <= inner.start_ns);
  CHECK(inner.start_ns + inner.duration_ns <= outer.start_ns + outer.duration_ns);
  CHECK_NOTHROW(wb_test_json::parse(to_json(tracer)));
}

TEST_CASE("event names are escaped so that the JSON stays valid") {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"quote \" and backslash \\", "quote \" and backslash \\"},
      {"new\nline, tab\t, return\r", "new\nline, tab\t, return\r"},
      {std::string("nul\0 and \x01 and \x1f", 15), std::string("nul\0 and \x01 and \x1f", 15)},
      {"caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80", "caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80"},  // UTF-8 kept
      {"bad \xff byte", "bad \xef\xbf\xbd byte"},            // invalid UTF-8 -> U+FFFD
      {"cut \xe2\x9c", "cut \xef\xbf\xbd\xef\xbf\xbd"},     // truncated sequence
      {"surrogate \xed\xa0\x80", "surrogate \xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd"},
      {"</script>", "</script>"},
  };
  trace::Tracer tracer(stepping(1us));
  for (const auto& c : cases) tracer.record(c.first, 0ns, 1us);
  const std::vector<std::string> names = wb_test_json::trace_names_in_json(to_json(tracer));
  REQUIRE(names.size() == cases.size());
  for (std::size_t i = 0; i < cases.size(); ++i) {
    CAPTURE(i);
    CHECK(names[i] == cases[i].second);
  }
}

TEST_CASE("of two events starting together, the longer (the parent) is written first") {
  trace::Tracer tracer(stepping(1us));
  tracer.record("child", 1us, 2us);  // recorded first, as a scope ending first is
  tracer.record("parent", 1us, 5us);
  tracer.record("later", 3us, 4us);
  CHECK(wb_test_json::trace_names_in_json(to_json(tracer)) == std::vector<std::string>{"parent", "child", "later"});
}

TEST_CASE("times before the tracer's start and long durations are written exactly") {
  trace::Tracer tracer(stepping(1us));
  tracer.record("early", -2500ns, 0ns);
  tracer.record("long", 1s, 1h);
  const std::string json = to_json(tracer);
  CHECK(json.find("\"ts\":-2.500,\"dur\":2.500") != std::string::npos);
  CHECK(json.find("\"ts\":1000000.000,\"dur\":3599000000.000") != std::string::npos);
  const auto events = complete_events(tracer);
  REQUIRE(events.size() == 2);
  CHECK(events[0].at("name").string() == "early");  // sorted by start time
  CHECK(events[0].at("ts").number() == doctest::Approx(-2.5));
}

TEST_CASE("events from several threads are all kept, each with its own thread id") {
  trace::Tracer tracer;
  constexpr int threads = 4;
  constexpr int per_thread = 5000;  // enough contention for a missing lock to lose events or crash
  std::atomic<int> ready{0};
  {
    std::vector<std::jthread> workers;
    for (int t = 0; t < threads; ++t) {
      workers.emplace_back([&tracer, &ready, t] {
        tracer.name_thread("worker " + std::to_string(t));
        ready.fetch_add(1);
        while (ready.load() < threads) std::this_thread::yield();  // all threads record at once
        for (int i = 0; i < per_thread; ++i) trace::Scope scope(tracer, "work");
      });
    }
  }
  CHECK(tracer.size() == threads * per_thread);
  std::set<std::int64_t> tids;
  for (const auto& e : tracer.events()) tids.insert(e.tid);
  CHECK(tids.size() == threads);
  CHECK(tids.count(trace::current_tid()) == 0);

  const Value doc = wb_test_json::parse(to_json(tracer));
  int complete = 0;
  std::set<std::string> thread_names;
  for (const Value& e : doc.at("traceEvents").array()) {
    if (e.at("ph").string() == "X") ++complete;
    if (e.at("ph").string() == "M") {
      CHECK(e.at("name").string() == "thread_name");
      CHECK(tids.count(static_cast<std::int64_t>(e.at("tid").number())) == 1);
      thread_names.insert(e.at("args").at("name").string());
    }
  }
  CHECK(complete == threads * per_thread);
  CHECK(thread_names == std::set<std::string>{"worker 0", "worker 1", "worker 2", "worker 3"});
}

TEST_CASE("name_thread renames the calling thread instead of adding a second name") {
  trace::Tracer tracer(stepping(1us));
  tracer.name_thread("first");
  tracer.name_thread("main");
  const auto names = tracer.thread_names();
  REQUIRE(names.size() == 1);
  CHECK(names[0].name == "main");
  CHECK(names[0].tid == trace::current_tid());
}

TEST_CASE("events beyond max_events are dropped and counted") {
  trace::Tracer tracer(stepping(1us), 3);
  for (int i = 0; i < 5; ++i) trace::Scope scope(tracer, "e" + std::to_string(i));
  CHECK(tracer.size() == 3);
  CHECK(tracer.dropped() == 2);
  const Value doc = wb_test_json::parse(to_json(tracer));
  CHECK(doc.at("otherData").at("dropped_events").number() == 2);
  CHECK(wb_test_json::trace_names_in_json(to_json(tracer)) == std::vector<std::string>{"e0", "e1", "e2"});
  tracer.clear();
  CHECK(tracer.size() == 0);
  CHECK(tracer.dropped() == 0);
}

TEST_CASE("save writes the same JSON to a file and names the path when it cannot") {
  trace::Tracer tracer(stepping(1us));
  { trace::Scope scope(tracer, "saved"); }
  const auto path = std::filesystem::temp_directory_path() /
                    ("wb_trace_test_" + std::to_string(trace::current_pid()) + ".json");
  tracer.save(path);
  std::ifstream file(path, std::ios::binary);
  const std::string content{std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>()};
  file.close();
  std::filesystem::remove(path);
  CHECK(content == to_json(tracer));
  CHECK(wb_test_json::trace_names_in_json(content) == std::vector<std::string>{"saved"});

  const std::filesystem::path impossible = "/nonexistent-dir-wb/trace.json";
  CHECK_THROWS_WITH_AS(tracer.save(impossible), doctest::Contains("/nonexistent-dir-wb/trace.json"),
                       std::runtime_error);
}

}  // TEST_SUITE("trace")
