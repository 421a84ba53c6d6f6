// wb/variants.hpp: declares an exercise's interface in each of its three namespaces (baseline,
// exercise, solution; see wb/exercise.hpp). Include it inside the exercise's namespace, right
// after defining WB_API as the name of the file that holds the plain declarations:
//
//   namespace ch02::julia {
//   #define WB_API "julia_api.hpp"
//   #include "wb/variants.hpp"
//   }  // namespace ch02::julia
//
// No include guard: each exercise header includes it once, with its own WB_API.
#ifndef WB_API
#error "define WB_API as the interface's declaration file before including wb/variants.hpp"
#endif

namespace baseline {
#include WB_API
}  // namespace baseline
namespace exercise {
#include WB_API
}  // namespace exercise
namespace solution {
#include WB_API
}  // namespace solution

#undef WB_API
