// ch04.7 fast_table: the class every implementation defines (read, don't edit).
//
// No include guard: fast_table.hpp includes this file once inside each of the namespaces baseline,
// exercise and solution (wb/variants.hpp); Slot, Ctrl and mix are in fast_table.hpp.

// A hash map from std::uint64_t keys to std::uint64_t values. Every key is allowed (0 and
// UINT64_MAX too). Not copyable (an open-addressing version would copy its arrays; nothing here
// needs it); movable.
class Table {
 public:
  // hash_mask: an open-addressing implementation hashes mix(key & hash_mask), so the tests can make
  // keys collide on purpose (a weak hash: with hash_mask 0xFF, keys that share their low byte
  // share their whole hash). A table that does not hash keys itself may ignore it.
  explicit Table(std::uint64_t hash_mask = kFullHash);
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;
  Table(Table&&) noexcept;
  Table& operator=(Table&&) noexcept;
  ~Table();

  // Sets key's value: true if the key was new, false if it was present (its value replaced).
  bool insert_or_assign(std::uint64_t key, std::uint64_t value);
  // The value stored for key, or nullptr. Valid until the next insert_or_assign or erase.
  const std::uint64_t* find(std::uint64_t key) const;
  // Removes key: true if it was present.
  bool erase(std::uint64_t key);
  // How many keys the table holds.
  std::size_t size() const;
  // How many entries the table has room for before it grows: slots for open addressing (the
  // solution allows keys up to 3/4 of them), buckets for a chained table.
  std::size_t capacity() const;

 private:
  // The shipped version's (and the baseline's) chained table; an open-addressing one leaves it empty.
  std::unordered_map<std::uint64_t, std::uint64_t> map_;
  // An open-addressing version's state (unused as shipped): one control byte per slot, in groups of
  // kGroup; the slots; the keys held; how many empty slots may still be filled before a rehash.
  // ([[maybe_unused]]: clang warns about private fields that a variant never reads.)
  std::vector<Ctrl> ctrl_;
  std::vector<Slot> slots_;
  [[maybe_unused]] std::size_t size_ = 0;
  [[maybe_unused]] std::size_t growth_left_ = 0;
  [[maybe_unused]] std::uint64_t hash_mask_ = kFullHash;
};
