// ch04.3 probing: reference solution.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string_view>

#include "probing.hpp"

namespace ch04::probing::WB_VARIANT {

wb::generator<std::size_t> probe_sequence(std::uint64_t hash, std::size_t mask, unsigned shift) {
  std::size_t i = static_cast<std::size_t>(hash) & mask;
  co_yield i;
  std::uint64_t perturb = hash;
  while (true) {
    perturb >>= shift;
    i = (i * 5 + static_cast<std::size_t>(perturb) + 1) & mask;
    co_yield i;
  }
}

Lookup lookup(const Table& table, std::string_view key) {
  Lookup result;
  for (std::size_t i : probe_sequence(first_letter_hash(key), kMask)) {
    result.visited.push_back(i);
    const Slot& slot = table[i];
    if (slot.state == Slot::State::empty) return result;
    if (slot.state == Slot::State::used && slot.key == key) {
      result.slot = i;
      return result;
    }
  }
  return result;  // not reached: the sequence is endless and a table always keeps an empty slot
}

std::size_t insert(Table& table, std::string_view key) {
  std::size_t filled = 0;  // keys and dummies, as CPython counts a table's fill
  for (const Slot& slot : table) filled += slot.state == Slot::State::empty ? 0 : 1;
  std::optional<std::size_t> first_dummy;
  for (std::size_t i : probe_sequence(first_letter_hash(key), kMask)) {
    Slot& slot = table[i];
    if (slot.state == Slot::State::used) {
      if (slot.key == key) return i;  // already there
      continue;
    }
    if (slot.state == Slot::State::dummy) {
      if (!first_dummy) first_dummy = i;  // reusable, but the key may still sit further on
      continue;
    }
    // An empty slot: the key is absent. Reuse the first dummy passed, else take this slot.
    const std::size_t at = first_dummy ? *first_dummy : i;
    if (!first_dummy && filled >= kMaxKeys) {
      throw std::length_error("insert: 5 of the 8 slots are taken (keys or dummies): no room for a new key");
    }
    table[at].state = Slot::State::used;
    table[at].key = key;
    return at;
  }
  return 0;  // not reached: the sequence is endless and a table always keeps an empty slot
}

bool erase(Table& table, std::string_view key) {
  const Lookup found = lookup(table, key);
  if (!found.slot) return false;
  table[*found.slot].state = Slot::State::dummy;
  table[*found.slot].key.clear();
  return true;
}

}  // namespace ch04::probing::WB_VARIANT
