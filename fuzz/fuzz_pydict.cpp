// Fuzz target: wb::pydict::Dict against std::unordered_map. The input is a sequence of operations
// (2 bytes each: opcode and key) over a tiny key space with a weak hash, so collisions, dummies and
// rebuilds are the norm; any divergence in answers, size or insertion order aborts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <list>
#include <unordered_map>
#include <vector>

#include "wb/pydict.hpp"

namespace {
struct WeakHash {
  std::uint64_t operator()(int k) const { return static_cast<std::uint64_t>(k % 5); }
};
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  wb::pydict::Dict<int, int, WeakHash> dict;
  std::unordered_map<int, int> model;
  std::list<int> order;
  for (std::size_t i = 0; i + 1 < size; i += 2) {
    const int key = data[i + 1] % 64;
    const int value = static_cast<int>(i);
    switch (data[i] % 3) {
      case 0: {
        const bool inserted = !model.count(key);
        if (dict.insert_or_assign(key, value) != inserted) std::abort();
        if (inserted) order.push_back(key);
        model[key] = value;
        break;
      }
      case 1: {
        const int* got = dict.find(key);
        const auto it = model.find(key);
        if ((got != nullptr) != (it != model.end()) || (got && *got != it->second)) std::abort();
        break;
      }
      default: {
        const bool present = model.erase(key) > 0;
        if (dict.erase(key) != present) std::abort();
        if (present) order.remove(key);
      }
    }
    if (dict.size() != model.size()) std::abort();
  }
  auto expected = order.begin();
  for (const auto& [key, value] : dict) {
    if (expected == order.end() || *expected != key || model.at(key) != value) std::abort();
    ++expected;
  }
  if (expected != order.end()) std::abort();
  return 0;
}
