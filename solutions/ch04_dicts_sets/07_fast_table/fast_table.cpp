// ch04.7 fast_table: reference solution. A SwissTable: one control byte per slot (kEmpty,
// kDeleted, or H2 = the hash's low 7 bits), 16 of them compared at once with SSE2; H1 (the rest of
// the hash) picks the first group, and triangular steps (1, 2, 3, ... groups) visit every group of
// the power-of-two table. At most 3/4 of the slots hold keys or tombstones, so every probe path
// meets an empty byte and ends.
#include <bit>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#if __has_include(<sys/mman.h>)
#include <sys/mman.h>
#endif

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "fast_table.hpp"

namespace ch04::fast_table::WB_VARIANT {

namespace {

constexpr std::size_t kMinCapacity = kGroup;

// The keys (plus tombstones) a table of `capacity` slots may hold: 3/4 of them. (absl uses 7/8;
// but near 7/8 a third of the groups are full, and a miss reads a second group a third of the
// time: misses at 10^5 keys, 76% full, took 9 ns; 3.5 ns in a table 38% full.)
constexpr std::size_t max_load(std::size_t capacity) { return capacity - capacity / 4; }

// 16 control bytes, and the masks of those that match: bit i stands for byte i.
class Group {
 public:
#ifdef __SSE2__
  explicit Group(const Ctrl* ctrl) : bytes_(_mm_loadu_si128(reinterpret_cast<const __m128i*>(ctrl))) {}
  // The bytes equal to h (an H2 or kEmpty).
  std::uint32_t match(Ctrl h) const {
    return static_cast<std::uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(bytes_, _mm_set1_epi8(h))));
  }
  // The bytes that are empty or deleted: the only ones with the sign bit set.
  std::uint32_t match_free() const { return static_cast<std::uint32_t>(_mm_movemask_epi8(bytes_)); }

 private:
  __m128i bytes_;
#else
  explicit Group(const Ctrl* ctrl) : ctrl_(ctrl) {}
  std::uint32_t match(Ctrl h) const {
    std::uint32_t mask = 0;
    for (std::size_t i = 0; i < kGroup; ++i) mask |= static_cast<std::uint32_t>(ctrl_[i] == h) << i;
    return mask;
  }
  std::uint32_t match_free() const {
    std::uint32_t mask = 0;
    for (std::size_t i = 0; i < kGroup; ++i) mask |= static_cast<std::uint32_t>(ctrl_[i] < 0) << i;
    return mask;
  }

 private:
  const Ctrl* ctrl_;
#endif
 public:
  std::uint32_t match_empty() const { return match(kEmpty); }
};

Ctrl h2_of(std::uint64_t hash) { return static_cast<Ctrl>(hash & 0x7F); }

// The first slot on hash's probe path whose control byte is empty or deleted.
std::size_t first_free(const std::vector<Ctrl>& ctrl, std::uint64_t hash) {
  const std::size_t group_mask = ctrl.size() / kGroup - 1;
  std::size_t g = (hash >> 7) & group_mask;
  for (std::size_t step = 1;; ++step) {
    if (const std::uint32_t free = Group(&ctrl[g * kGroup]).match_free(); free != 0) {
      return g * kGroup + static_cast<std::size_t>(std::countr_zero(free));
    }
    g = (g + step) & group_mask;
  }
}

// Asks Linux to back the 2 MiB-aligned part of a fresh, untouched block with 2 MiB pages
// (transparent huge pages, mode "madvise"): a table of 10^6 keys spans 24 MiB, and with 4 KiB
// pages nearly every random lookup also misses the TLB. A hint only: nothing changes if refused.
void ask_for_huge_pages(const void* start, std::size_t bytes) {
#ifdef MADV_HUGEPAGE
  constexpr std::uintptr_t kHuge = std::uintptr_t{1} << 21;
  const auto begin = (reinterpret_cast<std::uintptr_t>(start) + kHuge - 1) & ~(kHuge - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(start) + bytes) & ~(kHuge - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
  (void)start;
  (void)bytes;
#endif
}

// Rebuilds every key into `capacity` fresh slots (a power of two, at least kGroup): no tombstones.
void rebuild(std::vector<Ctrl>& ctrl, std::vector<Slot>& slots, std::size_t capacity,
             std::uint64_t hash_mask) {
  std::vector<Ctrl> new_ctrl;
  std::vector<Slot> new_slots;
  new_ctrl.reserve(capacity);
  new_slots.reserve(capacity);
  ask_for_huge_pages(new_ctrl.data(), capacity * sizeof(Ctrl));  // before the first touch
  ask_for_huge_pages(new_slots.data(), capacity * sizeof(Slot));
  new_ctrl.assign(capacity, kEmpty);
  new_slots.resize(capacity);
  for (std::size_t i = 0; i < ctrl.size(); ++i) {
    if (ctrl[i] < 0) continue;  // empty or deleted
    const std::uint64_t hash = mix(slots[i].key & hash_mask);
    const std::size_t j = first_free(new_ctrl, hash);
    new_ctrl[j] = h2_of(hash);
    new_slots[j] = slots[i];
  }
  ctrl = std::move(new_ctrl);
  slots = std::move(new_slots);
}

// The slot holding key, or kNone: H2 matches in each group of the key's path, each checked
// against the key, until a group with an empty byte.
constexpr std::size_t kNone = ~std::size_t{0};
// Inlined into find, erase and insert_or_assign: a call here would cost a hit a quarter of its time.
[[gnu::always_inline]] inline std::size_t locate(const std::vector<Ctrl>& ctrl, const std::vector<Slot>& slots,
                                                 std::uint64_t hash,
                                                 std::uint64_t key) {
  const Ctrl h2 = h2_of(hash);
  const std::size_t group_mask = ctrl.size() / kGroup - 1;
  std::size_t g = (hash >> 7) & group_mask;
  for (std::size_t step = 1;; ++step) {
    const Group group(&ctrl[g * kGroup]);
    for (std::uint32_t m = group.match(h2); m != 0; m &= m - 1) {
      const std::size_t i = g * kGroup + static_cast<std::size_t>(std::countr_zero(m));
      if (slots[i].key == key) return i;
    }
    if (group.match_empty() != 0) return kNone;
    g = (g + step) & group_mask;
  }
}

}  // namespace

Table::Table(std::uint64_t hash_mask) : hash_mask_(hash_mask) {}
Table::Table(Table&&) noexcept = default;
Table& Table::operator=(Table&&) noexcept = default;
Table::~Table() = default;

bool Table::insert_or_assign(std::uint64_t key, std::uint64_t value) {
  if (ctrl_.empty()) {
    ctrl_.assign(kMinCapacity, kEmpty);
    slots_.resize(kMinCapacity);
    growth_left_ = max_load(kMinCapacity);
  }
  const std::uint64_t hash = mix(key & hash_mask_);
  if (const std::size_t found = locate(ctrl_, slots_, hash, key); found != kNone) {
    slots_[found].value = value;
    return false;
  }
  std::size_t i = first_free(ctrl_, hash);  // a tombstone on the path, or the first empty slot
  if (ctrl_[i] == kEmpty) {
    if (growth_left_ == 0) {
      // Keys plus tombstones fill 3/4: drop the tombstones, doubling unless they were half the room.
      const std::size_t capacity = size_ * 2 <= max_load(ctrl_.size()) ? ctrl_.size() : ctrl_.size() * 2;
      rebuild(ctrl_, slots_, capacity, hash_mask_);
      growth_left_ = max_load(capacity) - size_;
      i = first_free(ctrl_, hash);
    }
    --growth_left_;
  }
  ctrl_[i] = h2_of(hash);
  slots_[i] = Slot{key, value};
  ++size_;
  return true;
}

const std::uint64_t* Table::find(std::uint64_t key) const {
  if (size_ == 0) return nullptr;
  const std::size_t i = locate(ctrl_, slots_, mix(key & hash_mask_), key);
  return i == kNone ? nullptr : &slots_[i].value;
}

bool Table::erase(std::uint64_t key) {
  if (size_ == 0) return false;
  const std::size_t i = locate(ctrl_, slots_, mix(key & hash_mask_), key);
  if (i == kNone) return false;
  // A group that still has an empty byte never sent a lookup on to the next group, so no key lies
  // beyond it on a path through it: the slot may become empty again. Otherwise leave a tombstone.
  const std::size_t group = i / kGroup * kGroup;
  if (Group(&ctrl_[group]).match_empty() != 0) {
    ctrl_[i] = kEmpty;
    ++growth_left_;
  } else {
    ctrl_[i] = kDeleted;
  }
  --size_;
  return true;
}

std::size_t Table::size() const { return size_; }

std::size_t Table::capacity() const { return ctrl_.size(); }

}  // namespace ch04::fast_table::WB_VARIANT
