// wb/exercise.hpp: what every exercise shares: the not_implemented exception a stub throws, and
// how one interface serves three implementations.
//
// Three implementations, one interface. Every exercise is compiled three times: the frozen start
// (.meta/<name>_baseline.cpp), the learner's <name>.cpp and the reference solution
// (solutions/chNN_topic/MM_name/<name>.cpp). The build sets the macro WB_VARIANT to baseline,
// exercise or solution, and each file defines its functions inside
// `namespace chNN::name::WB_VARIANT { ... }`, so one benchmark binary can race all three and a test
// binary is built for each. The interface is declared once, as plain declarations in
// <name>_api.hpp, and <name>.hpp declares it in each of the three namespaces with wb/variants.hpp.
//
// Example (ch03.2's interface, then a stub body in the learner's file):
//   // linear_search_api.hpp: no include guard; plain declarations
//   std::ptrdiff_t linear_search(std::span<const int> haystack, int needle);
//
//   // linear_search.hpp
//   #pragma once
//   #include <span>
//   namespace ch03::linear_search {
//   #define WB_API "linear_search_api.hpp"
//   #include "wb/variants.hpp"
//   }
//
//   // linear_search.cpp (the learner's)
//   namespace ch03::linear_search::WB_VARIANT {
//   std::ptrdiff_t linear_search(std::span<const int>, int) { throw wb::not_implemented{"ch03.2"}; }
//   }
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace wb {

// Thrown by an exercise stub. what() names the exercise and the file to edit, and always contains
// the word not_implemented (the workbook's shipped-state check looks for it).
class not_implemented : public std::logic_error {
 public:
  // file defaults to the file that throws (clang 14 with libstdc++ 12 lacks std::source_location;
  // __builtin_FILE works in both compilers and honours -fmacro-prefix-map).
  explicit not_implemented(std::string_view exercise_id, const char* file = __builtin_FILE())
      : std::logic_error(message(exercise_id, file)), id_(exercise_id) {}

  const std::string& exercise_id() const noexcept { return id_; }

 private:
  static std::string message(std::string_view id, std::string_view file) {
    std::string m = "not_implemented: exercise ";
    m += id;
    m += " is still a stub; edit ";
    m += file;
    m += " (see exercises.md, or ./workbook hint ";
    m += id;
    m += ")";
    return m;
  }
  std::string id_;
};

// Thrown by the loop guard a fix exercise ships with: the book's code as printed can loop forever,
// so its port counts passes and stops with this exception instead of hanging the test. what()
// contains the word guard_tripped (the shipped-state check of a fix exercise looks for it, and for
// std::out_of_range from an .at() that stands in for the book's out-of-range read).
class guard_tripped : public std::logic_error {
 public:
  explicit guard_tripped(std::string_view where)
      : std::logic_error("guard_tripped: " + std::string(where) +
                         " looped far longer than its input allows (the book's defect; fix it)") {}
};

}  // namespace wb
