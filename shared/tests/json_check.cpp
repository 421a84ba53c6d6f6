// The tests' strict JSON parser (json_check.hpp).
#include "json_check.hpp"

#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace wb_test_json {

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
// valid JSON or not a trace.
std::vector<std::string> trace_names_in_json(const std::string& json) {
  const Value doc = parse(json);
  std::vector<std::string> names;
  for (const Value& e : doc.at("traceEvents").array()) {
    if (e.at("ph").string() == "X") names.push_back(e.at("name").string());
  }
  return names;
}

}  // namespace wb_test_json
