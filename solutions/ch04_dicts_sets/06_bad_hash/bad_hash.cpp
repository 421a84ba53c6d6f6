// ch04.6 bad_hash: reference solution, the book's GoodHash. For the 676 keys it gives the 676
// consecutive values 2,619 .. 3,294, so no two keys share a slot of a table of 1,024 or more.
#include <cstdint>
#include <string_view>

#include "bad_hash.hpp"

namespace ch04::bad_hash::WB_VARIANT {

std::uint64_t key_hash(std::string_view key) {
  if (key.size() < 2) return key.empty() ? 0 : static_cast<unsigned char>(key[0]);
  return static_cast<unsigned char>(key[1]) + 26u * static_cast<unsigned char>(key[0]);
}

}  // namespace ch04::bad_hash::WB_VARIANT
