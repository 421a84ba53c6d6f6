// wb/profile.hpp with profiling switched off (the default): the marks must vanish. The proofs: the
// expansion's text, a constant expression that contains them, a name that is never evaluated, and
// no event on the global tracer (which profile_test_enabled.cpp, in the same binary, does fill).
#undef WB_ENABLE_PROFILE
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include "wb/profile.hpp"

static_assert(!wb::profile::enabled);

#define WB_TEST_STRINGIFY_IMPL(...) #__VA_ARGS__
#define WB_TEST_STRINGIFY(...) WB_TEST_STRINGIFY_IMPL(__VA_ARGS__)

namespace {

// A wb::trace::Scope cannot live in a constant expression: this compiles only if the marks are gone.
constexpr int profiled_answer() {
  WB_PROFILE_FUNCTION();
  WB_PROFILE_SCOPE("answer");
  return 42;
}
static_assert(profiled_answer() == 42);

int marked_everywhere(bool flag) {
  int n = 0;
  if (flag)
    WB_PROFILE_SCOPE("then");  // a statement where a statement is expected, braces or not
  else
    WB_PROFILE_SCOPE("else");
  for (int i = 0; i < 3; ++i) WB_PROFILE_SCOPE("loop");
  for (int i = 0; i < 3; ++i) {
    WB_PROFILE_SCOPE("body");
    ++n;
  }
  switch (n) {
    case 3: WB_PROFILE_SCOPE("case"); break;
    default: break;
  }
  return n;
}

}  // namespace

TEST_SUITE("profile") {

TEST_CASE("a disabled WB_PROFILE_SCOPE expands to a do-nothing expression") {
  constexpr std::string_view expansion = WB_TEST_STRINGIFY(WB_PROFILE_SCOPE("x"));
  CAPTURE(expansion);
  CHECK(expansion.find("trace") == std::string_view::npos);
  CHECK(expansion.find("static_cast<void>") == 0);
}

TEST_CASE("a disabled WB_PROFILE_SCOPE never evaluates its name") {
  int evaluations = 0;
  const auto name = [&] {
    ++evaluations;
    return std::string("expensive");
  };
  WB_PROFILE_SCOPE(name());
  CHECK(evaluations == 0);
}

TEST_CASE("disabled marks record nothing on the global tracer") {
  const std::size_t before = wb::trace::global().size();
  CHECK(marked_everywhere(true) == 3);
  CHECK(marked_everywhere(false) == 3);
  CHECK(profiled_answer() == 42);
  CHECK(wb::trace::global().size() == before);
}

}  // TEST_SUITE("profile")
