// ch04.5 hash_quality: reference solution. point_hash is CPython's hash((x, y)) (the tuple hash
// of Python 3.8 and later, built on xxHash's 64-bit round), so a Point hashes as the book's
// `hash((self.x, self.y))` does; the solution test compares it with python3's values.
#include <array>
#include <bit>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "hash_quality.hpp"

namespace ch04::hash_quality::WB_VARIANT {

namespace {

void require_power_of_two(std::size_t slots) {
  if (!std::has_single_bit(slots)) throw std::invalid_argument("slots must be a power of two");
}

// CPython's hash of a small int: the int itself, except that -1 (the C API's error value) is -2.
std::uint64_t python_int_hash(int v) {
  return static_cast<std::uint64_t>(static_cast<std::int64_t>(v == -1 ? -2 : v));
}

}  // namespace

std::size_t first_letter_collisions(std::span<const std::string> names) {
  std::array<bool, 256> seen{};
  std::size_t collisions = 0;
  for (const std::string& name : names) {
    bool& taken = seen[first_letter_hash(name)];
    collisions += taken ? 1 : 0;
    taken = true;
  }
  return collisions;
}

double slot_entropy(std::span<const std::uint64_t> hashes, std::size_t slots) {
  require_power_of_two(slots);
  std::unordered_map<std::uint64_t, std::size_t> per_slot;
  for (std::uint64_t h : hashes) ++per_slot[h & (slots - 1)];
  const double n = static_cast<double>(hashes.size());
  double entropy = 0.0;
  for (const auto& [slot, count] : per_slot) {
    const double p = static_cast<double>(count) / n;
    entropy -= p * std::log2(p);
  }
  return entropy;
}

std::uint64_t two_letter_hash(std::string_view key) {
  const auto letter = [](char c) { return c >= 'a' && c <= 'z'; };
  if (key.size() != 2 || !letter(key[0]) || !letter(key[1]))
    throw std::invalid_argument("two_letter_hash: not two lower-case letters");
  return static_cast<std::uint64_t>(key[1] - 'a') + 26 * static_cast<std::uint64_t>(key[0] - 'a');
}

std::size_t slot_collisions(std::span<const std::uint64_t> hashes, std::size_t slots) {
  require_power_of_two(slots);
  std::unordered_set<std::uint64_t> taken;
  std::size_t collisions = 0;
  for (std::uint64_t h : hashes) collisions += taken.insert(h & (slots - 1)).second ? 0 : 1;
  return collisions;
}

bool is_perfect(std::span<const std::uint64_t> hashes, std::size_t slots) {
  return slot_collisions(hashes, slots) == 0;
}

bool operator==(const Point& a, const Point& b) { return a.x == b.x && a.y == b.y; }

std::uint64_t point_hash(const Point& p) {
  constexpr std::uint64_t kPrime1 = 11400714785074694791ULL;  // xxHash's XXH_PRIME64_1
  constexpr std::uint64_t kPrime2 = 14029467366897019727ULL;  // XXH_PRIME64_2
  constexpr std::uint64_t kPrime5 = 2870177450012600261ULL;   // XXH_PRIME64_5
  std::uint64_t acc = kPrime5;
  for (int v : {p.x, p.y}) {
    acc += python_int_hash(v) * kPrime2;
    acc = std::rotl(acc, 31);
    acc *= kPrime1;
  }
  acc += 2 ^ (kPrime5 ^ 3527539ULL);  // the tuple's length, mixed in
  return acc == ~std::uint64_t{0} ? 1546275796 : acc;
}

}  // namespace ch04::hash_quality::WB_VARIANT
