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

using namespace std::chrono_literals;
namespace trace = wb::trace;

// --- a strict JSON parser (test support; profile_test_enabled.cpp uses trace_names_in_json) ------

namespace wb_test_json {

struct Member;

// One JSON value. (Plain members rather than a std::variant: a variant of containers of an
// incomplete type does not compile everywhere.)
struct Value {
  enum class Kind { null, boolean, number, string, array, object };
  Kind kind = Kind::null;
  bool boolean = false;
  double num = 0.0;
  std::string str;
  std::vector<Value> items;     // kind == array
  std::vector<Member> members;  // kind == object, in document order; duplicates are refused

  const std::vector<Member>& object() const {
    if (kind != Kind::object) throw std::runtime_error("not a JSON object");
    return members;
  }
  const std::vector<Value>& array() const {
    if (kind != Kind::array) throw std::runtime_error("not a JSON array");
    return items;
  }
  const std::string& string() const {
    if (kind != Kind::string) throw std::runtime_error("not a JSON string");
    return str;
  }
  double number() const {
    if (kind != Kind::number) throw std::runtime_error("not a JSON number");
    return num;
  }
  // Returns the member `key` of an object; throws std::out_of_range if absent.
  const Value& at(std::string_view key) const;
};

struct Member {
  std::string key;
  Value value;
};

const Value& Value::at(std::string_view key) const {
  for (const Member& m : object()) {
    if (m.key == key) return m.value;
  }
  throw std::out_of_range("no member " + std::string(key));
}

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  // Parses the whole text as one JSON value; throws std::runtime_error at the first error.
  Value parse_document() {
    Value value = parse_value(0);
    skip_whitespace();
    if (i_ != s_.size()) fail("text after the value");
    return value;
  }

 private:
  [[noreturn]] void fail(const std::string& what) const {
    throw std::runtime_error("invalid JSON at byte " + std::to_string(i_) + ": " + what);
  }
  void skip_whitespace() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  void expect(char c) {
    if (peek() != c) fail(std::string("expected '") + c + "'");
    ++i_;
  }
  void expect_word(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) fail("expected " + std::string(word));
    i_ += word.size();
  }

  Value parse_value(int depth) {
    if (depth > 64) fail("nested too deeply");
    skip_whitespace();
    Value value;
    switch (peek()) {
      case '{':
        value.kind = Value::Kind::object;
        value.members = parse_object(depth);
        break;
      case '[':
        value.kind = Value::Kind::array;
        value.items = parse_array(depth);
        break;
      case '"':
        value.kind = Value::Kind::string;
        value.str = parse_string();
        break;
      case 't':
        expect_word("true");
        value.kind = Value::Kind::boolean;
        value.boolean = true;
        break;
      case 'f':
        expect_word("false");
        value.kind = Value::Kind::boolean;
        break;
      case 'n':
        expect_word("null");
        break;
      default:
        value.kind = Value::Kind::number;
        value.num = parse_number();
    }
    return value;
  }

  std::vector<Member> parse_object(int depth) {
    expect('{');
    std::vector<Member> members;
    skip_whitespace();
    if (peek() == '}') {
      ++i_;
      return members;
    }
    for (;;) {
      skip_whitespace();
      std::string key = parse_string();
      for (const Member& m : members) {
        if (m.key == key) fail("duplicate key " + key);
      }
      skip_whitespace();
      expect(':');
      Value value = parse_value(depth + 1);
      members.push_back(Member{std::move(key), std::move(value)});
      skip_whitespace();
      if (peek() == ',') {
        ++i_;
        continue;
      }
      expect('}');
      return members;
    }
  }

  std::vector<Value> parse_array(int depth) {
    expect('[');
    std::vector<Value> items;
    skip_whitespace();
    if (peek() == ']') {
      ++i_;
      return items;
    }
    for (;;) {
      items.push_back(parse_value(depth + 1));
      skip_whitespace();
      if (peek() == ',') {
        ++i_;
        continue;
      }
      expect(']');
      return items;
    }
  }

  unsigned hex4() {
    if (i_ + 4 > s_.size()) fail("short \\u escape");
    unsigned code = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_++];
      code <<= 4;
      if (c >= '0' && c <= '9') code |= static_cast<unsigned>(c - '0');
      else if (c >= 'a' && c <= 'f') code |= static_cast<unsigned>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') code |= static_cast<unsigned>(c - 'A' + 10);
      else fail("bad hex digit in \\u escape");
    }
    return code;
  }

  static void append_utf8(std::string& out, unsigned cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // Checks one raw UTF-8 sequence starting at i_ and copies it.
  void copy_utf8(std::string& out) {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s_[k]); };
    const unsigned char b0 = b(i_);
    std::size_t n = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (b0 >= 0xC2 && b0 <= 0xDF) n = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) { n = 3; if (b0 == 0xE0) low = 0xA0; if (b0 == 0xED) high = 0x9F; }
    else if (b0 >= 0xF0 && b0 <= 0xF4) { n = 4; if (b0 == 0xF0) low = 0x90; if (b0 == 0xF4) high = 0x8F; }
    else fail("invalid UTF-8 lead byte");
    if (i_ + n > s_.size()) fail("truncated UTF-8");
    if (b(i_ + 1) < low || b(i_ + 1) > high) fail("invalid UTF-8");
    for (std::size_t k = 2; k < n; ++k) {
      if (b(i_ + k) < 0x80 || b(i_ + k) > 0xBF) fail("invalid UTF-8 continuation");
    }
    out.append(s_.substr(i_, n));
    i_ += n;
  }

  std::string parse_string() {
    expect('"');
    std::string out;
    for (;;) {
      if (i_ >= s_.size()) fail("unterminated string");
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        return out;
      }
      if (c < 0x20) fail("raw control character in a string");
      if (c >= 0x80) {
        copy_utf8(out);
        continue;
      }
      ++i_;
      if (c != '\\') {
        out += static_cast<char>(c);
        continue;
      }
      if (i_ >= s_.size()) fail("unterminated escape");
      const char e = s_[i_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            expect('\\');
            expect('u');
            const unsigned low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) fail("unpaired surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            fail("unpaired surrogate");
          }
          append_utf8(out, cp);
          break;
        }
        default: fail(std::string("bad escape \\") + e);
      }
    }
  }

  double parse_number() {
    const std::size_t start = i_;
    const auto digits = [&] {
      const std::size_t from = i_;
      while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
      return i_ - from;
    };
    if (peek() == '-') ++i_;
    if (peek() == '0') {
      ++i_;
    } else if (digits() == 0) {
      fail("expected a value");
    }
    if (peek() == '.') {
      ++i_;
      if (digits() == 0) fail("digits expected after '.'");
    }
    if (peek() == 'e' || peek() == 'E') {
      ++i_;
      if (peek() == '+' || peek() == '-') ++i_;
      if (digits() == 0) fail("digits expected in the exponent");
    }
    return std::stod(std::string(s_.substr(start, i_ - start)));
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

Value parse(std::string_view text) { return Parser(text).parse_document(); }

// Returns the names of the complete ("ph":"X") events of a Chrome trace; throws if the text is not
// valid JSON or not a trace. Declared again in profile_test_enabled.cpp.
std::vector<std::string> trace_names_in_json(const std::string& json) {
  const Value doc = parse(json);
  std::vector<std::string> names;
  for (const Value& e : doc.at("traceEvents").array()) {
    if (e.at("ph").string() == "X") names.push_back(e.at("name").string());
  }
  return names;
}

}  // namespace wb_test_json

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
