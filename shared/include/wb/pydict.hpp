// wb/pydict.hpp: Python's dict, as chapter 4 describes it, rebuilt in C++ so it can be watched.
//
// The book explains dictionaries through CPython's own algorithm: a key's hash is masked to pick
// a slot, collisions follow the perturbed probe sequence of Example 4-4, deletions leave a dummy,
// and the table is resized before it is more than two thirds full. This header models CPython
// 3.11/3.12's compact dict (Objects/dictobject.c):
//   - an index table of 2^k slots (8 on the first insert) holding positions into a dense entry
//     array kept in insertion order; a slot is empty, a dummy, or an entry's position;
//   - at most two thirds of the slots usable (USABLE_FRACTION); every new key uses one up, and an
//     erased key does not give it back (its entry stays as a hole) until the table is rebuilt;
//   - an insert that finds nothing usable rebuilds the table with the smallest power of two
//     >= 3 * size() (GROWTH_RATE), dropping dummies and holes; only inserts rebuild (CPython
//     3.11/3.12 sometimes double that after deletions, a bug fixed later: gh-133703);
//   - a new key takes the first empty or dummy slot of its probe sequence, like find_empty_slot.
// slots(), probes(), usable() and the slot_index()/key_in_slot() views let tests and exercises
// check the book's figures; it is a teaching model, not a faster std::unordered_map.
//
// Example:
//   struct first_letter {   // hash(city) = ord(city[0])
//     std::uint64_t operator()(const std::string& s) const { return (unsigned char)s[0]; }
//   };
//   wb::pydict::Dict<std::string, std::string, first_letter> data;     // the book's Example 4-5
//   data.insert_or_assign("Rome", "Italy");           // slot 2
//   data.insert_or_assign("Barcelona", "Spain");      // collides at 2, probes on to 5
//   for (std::size_t s : wb::pydict::probe_sequence('J', 7) | std::views::take(5)) // 2 5 2 3 0
//   for (auto& [city, country] : data) ...            // insertion order: Rome, Barcelona
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <optional>
#include <type_traits>
#include <utility>
#include <vector>

#include "wb/generator.hpp"

namespace wb::pydict {

namespace detail {

inline constexpr std::size_t min_slots = 8;       // PyDict_MINSIZE
inline constexpr unsigned perturb_shift = 5;      // PERTURB_SHIFT
inline constexpr std::ptrdiff_t empty_slot = -1;  // DKIX_EMPTY
inline constexpr std::ptrdiff_t dummy_slot = -2;  // DKIX_DUMMY

// Returns how many entries a table of `slots` slots may hold: two thirds, rounded down.
constexpr std::size_t usable_fraction(std::size_t slots) noexcept { return (slots << 1) / 3; }

// Returns the slot count a rebuild asks for when `used` keys are live: three times as many.
constexpr std::size_t growth_target(std::size_t used) noexcept { return used * 3; }

// Returns the smallest power of two that is >= wanted and >= min_slots. O(log wanted).
constexpr std::size_t table_size_for(std::size_t wanted) noexcept {
  std::size_t slots = min_slots;
  while (slots < wanted) slots <<= 1;
  return slots;
}

// Walks one probe sequence (Example 4-4) a step at a time.
class probe_cursor {
 public:
  // Starts at hash & mask. Precondition: mask + 1 is a power of two.
  probe_cursor(std::uint64_t hash, std::size_t mask, unsigned shift) noexcept
      : perturb_(hash), mask_(mask), shift_(shift), slot_(static_cast<std::size_t>(hash) & mask) {}

  std::size_t slot() const noexcept { return slot_; }

  // Moves to the next slot: perturb >>= shift; slot = (5*slot + perturb + 1) & mask. Once
  // perturb reaches 0 this visits every slot of the table within mask + 1 steps.
  void advance() noexcept {
    perturb_ = shift_ < 64 ? perturb_ >> shift_ : 0;
    slot_ = (5 * slot_ + static_cast<std::size_t>(perturb_) + 1) & mask_;
  }

 private:
  std::uint64_t perturb_;
  std::size_t mask_;
  unsigned shift_;
  std::size_t slot_;
};

// Returns the first empty or dummy slot on hash's probe sequence, adding the slots it reads to
// probes. Precondition: index has a power-of-two size and at least one empty slot.
inline std::size_t first_free_slot(const std::vector<std::ptrdiff_t>& index, std::uint64_t hash,
                                   std::size_t& probes) noexcept {
  probe_cursor cursor(hash, index.size() - 1, perturb_shift);
  while (true) {
    ++probes;
    if (index[cursor.slot()] < 0) return cursor.slot();
    cursor.advance();
  }
}

// What a lookup found: the key's entry and slot (entry >= 0), or else the first free slot seen.
struct lookup_result {
  std::ptrdiff_t entry = -1;
  std::size_t slot = 0;
  std::size_t free_slot = 0;
  bool has_free = false;
};

// One element of the dense entry array; item is empty once the key was erased (a hole).
template <class K, class V>
struct dict_entry {
  // Constructs the pair from args in place.
  template <class... Args>
  explicit dict_entry(std::uint64_t h, Args&&... args)
      : hash(h), item(std::in_place, std::forward<Args>(args)...) {}

  std::uint64_t hash;
  std::optional<std::pair<const K, V>> item;
};

// Walks the entry array in insertion order, skipping holes. Item is the (possibly const) pair.
template <class Entry, class Item>
class entry_iterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = std::remove_const_t<Item>;
  using difference_type = std::ptrdiff_t;
  using reference = Item&;
  using pointer = Item*;

  entry_iterator() = default;
  explicit entry_iterator(Entry* end) noexcept : pos_(end), end_(end) {}
  entry_iterator(Entry* pos, Entry* end) noexcept : pos_(pos), end_(end) { skip_holes(); }

  // Converts an iterator into a const_iterator.
  template <class E, class I>
    requires(std::is_same_v<const E, Entry> && !std::is_same_v<E, Entry>)
  entry_iterator(const entry_iterator<E, I>& other) noexcept : pos_(other.pos_), end_(other.end_) {}

  reference operator*() const noexcept { return *pos_->item; }
  pointer operator->() const noexcept { return &*pos_->item; }

  entry_iterator& operator++() noexcept {
    ++pos_;
    skip_holes();
    return *this;
  }
  entry_iterator operator++(int) noexcept {
    entry_iterator old = *this;
    ++*this;
    return old;
  }

  friend bool operator==(const entry_iterator& a, const entry_iterator& b) noexcept {
    return a.pos_ == b.pos_;
  }

 private:
  template <class, class>
  friend class entry_iterator;

  void skip_holes() noexcept {
    while (pos_ != end_ && !pos_->item) ++pos_;
  }

  Entry* pos_ = nullptr;
  Entry* end_ = nullptr;
};

}  // namespace detail

// Yields the slot indices visited for `hash` in a table of mask + 1 slots, without end: the book's
// Example 4-4 (i = hash & mask, then perturb >>= shift; i = (5*i + perturb + 1) & mask, with
// perturb starting at hash). O(1) per value. Precondition: mask + 1 is a power of two.
WB_GENERATOR_LINKONCE inline wb::generator<std::size_t> probe_sequence(
    std::uint64_t hash, std::size_t mask, unsigned shift = detail::perturb_shift) {
  detail::probe_cursor cursor(hash, mask, shift);
  while (true) {
    co_yield cursor.slot();
    cursor.advance();
  }
}

// A hash map with CPython's compact-dict layout and growth rule; see the top of this file.
// Hash must return something convertible to std::uint64_t. Not thread-safe, even for concurrent
// const calls (find() counts probes).
template <class K, class V, class Hash = std::hash<K>, class Eq = std::equal_to<K>>
class Dict {
  using entry = detail::dict_entry<K, V>;

 public:
  using key_type = K;
  using mapped_type = V;
  using value_type = std::pair<const K, V>;
  using iterator = detail::entry_iterator<entry, value_type>;
  using const_iterator = detail::entry_iterator<const entry, const value_type>;

  // What slot_index() returns for a slot that never held a key, or held an erased one.
  static constexpr std::ptrdiff_t empty_slot = detail::empty_slot;
  static constexpr std::ptrdiff_t dummy_slot = detail::dummy_slot;

  Dict() = default;
  explicit Dict(Hash hash, Eq eq = Eq()) : hash_(std::move(hash)), eq_(std::move(eq)) {}

  Dict(const Dict&) = default;
  Dict& operator=(const Dict&) = default;

  // Moves the table, the entries and the counters; other is left as a new Dict (no table).
  Dict(Dict&& other) noexcept(std::is_nothrow_move_constructible_v<Hash> &&
                              std::is_nothrow_move_constructible_v<Eq>)
      : index_(std::exchange(other.index_, {})),
        entries_(std::exchange(other.entries_, {})),
        used_(std::exchange(other.used_, 0)),
        usable_(std::exchange(other.usable_, 0)),
        probes_(std::exchange(other.probes_, 0)),
        hash_(std::move(other.hash_)),
        eq_(std::move(other.eq_)) {}
  Dict& operator=(Dict&& other) noexcept(std::is_nothrow_move_assignable_v<Hash> &&
                                         std::is_nothrow_move_assignable_v<Eq>) {
    if (this != &other) {
      index_ = std::exchange(other.index_, {});
      entries_ = std::exchange(other.entries_, {});
      used_ = std::exchange(other.used_, 0);
      usable_ = std::exchange(other.usable_, 0);
      probes_ = std::exchange(other.probes_, 0);
      hash_ = std::move(other.hash_);
      eq_ = std::move(other.eq_);
    }
    return *this;
  }

  // Sets key's value: appends a new entry (true) or assigns the existing one in place (false).
  // A new key first rebuilds the table if no usable entry is left. Amortised O(1) probes with a
  // good hash; O(size()) when every key hashes alike.
  bool insert_or_assign(const K& key, V value) {
    const std::uint64_t hash = hash_of(key);
    const detail::lookup_result found = lookup(key, hash);
    if (found.entry >= 0) {
      entries_[static_cast<std::size_t>(found.entry)].item->second = std::move(value);
      return false;
    }
    std::size_t slot = found.free_slot;
    if (usable_ == 0) {
      rebuild(detail::table_size_for(detail::growth_target(used_)));
      slot = detail::first_free_slot(index_, hash, probes_);
    }
    // Append before touching the index, so a throwing copy of the key leaves no stray slot.
    entries_.emplace_back(hash, key, std::move(value));
    index_[slot] = static_cast<std::ptrdiff_t>(entries_.size() - 1);
    ++used_;
    --usable_;
    return true;
  }

  // Returns the value stored for key, or nullptr. O(1) probes expected; the pointer stays valid
  // until the next insert of a new key or erase of this one.
  V* find(const K& key) {
    const detail::lookup_result found = lookup(key, hash_of(key));
    return found.entry >= 0 ? &entries_[static_cast<std::size_t>(found.entry)].item->second
                            : nullptr;
  }
  const V* find(const K& key) const {
    const detail::lookup_result found = lookup(key, hash_of(key));
    return found.entry >= 0 ? &entries_[static_cast<std::size_t>(found.entry)].item->second
                            : nullptr;
  }

  // Tells whether key is present. Same cost as find().
  bool contains(const K& key) const { return find(key) != nullptr; }

  // Removes key if present (true): its slot becomes a dummy and its entry a hole, so the probe
  // sequences of other keys still pass through. Never resizes. O(1) probes expected.
  bool erase(const K& key) {
    const detail::lookup_result found = lookup(key, hash_of(key));
    if (found.entry < 0) return false;
    index_[found.slot] = dummy_slot;
    entries_[static_cast<std::size_t>(found.entry)].item.reset();
    --used_;
    return true;
  }

  // Returns the number of keys (ma_used).
  std::size_t size() const noexcept { return used_; }
  bool empty() const noexcept { return used_ == 0; }

  // Returns the index-table size: 0 before the first insert, then 8, 16, 32 ...
  std::size_t slots() const noexcept { return index_.size(); }

  // Returns how many new keys fit before the next rebuild (dk_usable): erases do not raise it.
  std::size_t usable() const noexcept { return usable_; }

  // Returns the number of index-table slots examined by all operations so far: each slot read
  // while looking a key up (find, erase, insert_or_assign) and while placing keys in a rebuilt
  // table. A new key goes to the first empty or dummy slot its lookup passed, so placing it
  // costs nothing more unless the table was rebuilt first.
  std::size_t probes() const noexcept { return probes_; }

  // Returns what slot `slot` holds: the position of its entry in insertion order (counting
  // erased entries not yet dropped by a rebuild), empty_slot or dummy_slot. Precondition:
  // slot < slots().
  std::ptrdiff_t slot_index(std::size_t slot) const { return index_[slot]; }

  // Returns the key in slot `slot`, or nullptr if it is empty or a dummy. Precondition:
  // slot < slots().
  const K* key_in_slot(std::size_t slot) const {
    const std::ptrdiff_t ix = index_[slot];
    return ix >= 0 ? &entries_[static_cast<std::size_t>(ix)].item->first : nullptr;
  }

  // Iterates the keys in insertion order (an assigned key keeps its place; an erased and
  // re-inserted one moves to the end). Elements have .first (const K&) and .second (V&).
  // O(entries ever appended since the last rebuild) for a full pass.
  iterator begin() noexcept { return iterator(entries_.data(), entries_.data() + entries_.size()); }
  iterator end() noexcept { return iterator(entries_.data() + entries_.size()); }
  const_iterator begin() const noexcept {
    return const_iterator(entries_.data(), entries_.data() + entries_.size());
  }
  const_iterator end() const noexcept { return const_iterator(entries_.data() + entries_.size()); }

 private:
  std::uint64_t hash_of(const K& key) const { return static_cast<std::uint64_t>(hash_(key)); }

  // Follows key's probe sequence until the key or an empty slot; notes the first free slot.
  detail::lookup_result lookup(const K& key, std::uint64_t hash) const {
    detail::lookup_result result;
    if (index_.empty()) return result;
    detail::probe_cursor cursor(hash, index_.size() - 1, detail::perturb_shift);
    while (true) {
      ++probes_;
      const std::size_t slot = cursor.slot();
      const std::ptrdiff_t ix = index_[slot];
      if (ix < 0) {
        if (!result.has_free) {
          result.free_slot = slot;
          result.has_free = true;
        }
        if (ix == empty_slot) return result;
      } else {
        const entry& e = entries_[static_cast<std::size_t>(ix)];
        if (e.hash == hash && eq_(e.item->first, key)) {
          result.entry = ix;
          result.slot = slot;
          return result;
        }
      }
      cursor.advance();
    }
  }

  // Replaces the table with one of new_slots slots holding the live entries, in order, with no
  // dummies or holes (dictresize). O(size()) expected.
  void rebuild(std::size_t new_slots) {
    std::vector<entry> live;
    live.reserve(detail::usable_fraction(new_slots));
    for (entry& e : entries_) {
      if (e.item) live.push_back(std::move_if_noexcept(e));
    }
    std::vector<std::ptrdiff_t> index(new_slots, empty_slot);
    for (std::size_t i = 0; i < live.size(); ++i) {
      index[detail::first_free_slot(index, live[i].hash, probes_)] = static_cast<std::ptrdiff_t>(i);
    }
    index_.swap(index);
    entries_.swap(live);
    usable_ = detail::usable_fraction(new_slots) - used_;
  }

  std::vector<std::ptrdiff_t> index_;  // the hash table (dk_indices)
  std::vector<entry> entries_;         // dense, in insertion order (dk_entries); erased = hole
  std::size_t used_ = 0;               // live keys (ma_used)
  std::size_t usable_ = 0;             // entries that may still be appended (dk_usable)
  mutable std::size_t probes_ = 0;
  [[no_unique_address]] Hash hash_;
  [[no_unique_address]] Eq eq_;
};

}  // namespace wb::pydict
