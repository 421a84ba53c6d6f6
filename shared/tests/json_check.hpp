// A strict JSON parser for the tests (RFC 8259: no trailing commas, no raw control characters in
// strings, valid escapes and UTF-8), used to read back the Chrome trace JSON that wb::trace writes.
// Test support only: the trace and profile tests share it.
//
// Example:
//   const wb_test_json::Value doc = wb_test_json::parse(R"({"traceEvents": []})");
//   CHECK(doc.at("traceEvents").array().empty());
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

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

// Parses text as one JSON document; throws std::runtime_error naming the offset of the first error.
Value parse(std::string_view text);

// Returns the names of the complete ("ph":"X") events of a Chrome trace; throws if the text is not
// valid JSON or not a trace.
std::vector<std::string> trace_names_in_json(const std::string& json);

}  // namespace wb_test_json
