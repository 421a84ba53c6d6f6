// wb/exercise.hpp: what every exercise shares: the not_implemented exception of a stub and the
// macro that declares an exercise's interface for its three implementations.
//
// Example (an interface header, then a stub body in the learner's file):
//   #define CH03_SEARCH_API int linear_search(std::span<const int> haystack, int needle);
//   namespace ch03::search { WB_DECLARE_VARIANTS(CH03_SEARCH_API) }
//
//   namespace ch03::search::WB_VARIANT {
//   int linear_search(std::span<const int>, int) { throw wb::not_implemented{"ch03.2"}; }
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

}  // namespace wb

// Declares an exercise's interface (a macro holding declarations) in the namespaces baseline,
// exercise and solution. The build compiles the frozen start, the learner's file and the reference
// solution with WB_VARIANT set to one of those names, so each defines its own copy of the functions.
#define WB_DECLARE_VARIANTS(API) \
  namespace baseline {           \
  API                            \
  }                              \
  namespace exercise {           \
  API                            \
  }                              \
  namespace solution {           \
  API                            \
  }
