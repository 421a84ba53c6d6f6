// ch04.4 pydict: reference solution. CPython 3.11's compact dict (Objects/dictobject.c: lookdict,
// insertdict, dictresize, delitem_common) over the exercise's State, probes counted as in
// wb::pydict::Dict.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "pydict.hpp"

namespace ch04::pydict::WB_VARIANT {

namespace {

// Walks one probe sequence (the book's Example 4-4), counting a probe per slot read.
class Probe {
 public:
  Probe(State& d, std::uint64_t hash)
      : d_(d), mask_(d.index.size() - 1), perturb_(hash), slot_(static_cast<std::size_t>(hash) & mask_) {}

  // Reads the current slot (one probe) and returns what it holds.
  std::ptrdiff_t read() {
    ++d_.probes;
    return d_.index[slot_];
  }
  std::size_t slot() const { return slot_; }
  void next() {
    perturb_ >>= kPerturbShift;
    slot_ = (5 * slot_ + static_cast<std::size_t>(perturb_) + 1) & mask_;
  }

 private:
  State& d_;
  std::size_t mask_;
  std::uint64_t perturb_;
  std::size_t slot_;
};

// The first slot < 0 (empty or dummy) of hash's probe sequence.
std::size_t first_free(State& d, std::uint64_t hash) {
  Probe p(d, hash);
  while (p.read() >= 0) p.next();
  return p.slot();
}

// The key's slot (found) and the first free slot passed on the way.
struct Found {
  std::ptrdiff_t entry = -1;
  std::size_t slot = 0;
  std::size_t free_slot = 0;
  bool has_free = false;
};

Found lookup(State& d, std::string_view key, std::uint64_t hash) {
  Found f;
  if (d.index.empty()) return f;
  for (Probe p(d, hash);; p.next()) {
    const std::ptrdiff_t ix = p.read();
    if (ix < 0) {
      if (!f.has_free) {
        f.free_slot = p.slot();
        f.has_free = true;
      }
      if (ix == kEmpty) return f;
    } else {
      const Entry& e = d.entries[static_cast<std::size_t>(ix)];
      if (e.hash == hash && e.key == key) {
        f.entry = ix;
        f.slot = p.slot();
        return f;
      }
    }
  }
}

std::size_t table_size_for(std::size_t wanted) {
  std::size_t slots = kMinSlots;
  while (slots < wanted) slots *= 2;
  return slots;
}

}  // namespace

void rebuild(State& d, std::size_t slots) {
  std::vector<Entry> live;
  for (Entry& e : d.entries) {
    if (e.live) live.push_back(std::move(e));
  }
  d.entries = std::move(live);
  d.index.assign(slots, kEmpty);
  for (std::size_t i = 0; i < d.entries.size(); ++i) {
    d.index[first_free(d, d.entries[i].hash)] = static_cast<std::ptrdiff_t>(i);
  }
  d.usable = usable_fraction(slots) - d.used;
}

const std::int64_t* find(State& d, std::string_view key) {
  const Found f = lookup(d, key, d.hash(key));
  return f.entry >= 0 ? &d.entries[static_cast<std::size_t>(f.entry)].value : nullptr;
}

bool insert_or_assign(State& d, std::string_view key, std::int64_t value) {
  const std::uint64_t hash = d.hash(key);
  const Found f = lookup(d, key, hash);
  if (f.entry >= 0) {
    d.entries[static_cast<std::size_t>(f.entry)].value = value;
    return false;
  }
  std::size_t slot = f.free_slot;
  if (d.usable == 0) {
    rebuild(d, table_size_for(3 * d.used));
    slot = first_free(d, hash);
  }
  d.entries.push_back(Entry{hash, std::string(key), value, true});
  d.index[slot] = static_cast<std::ptrdiff_t>(d.entries.size() - 1);
  ++d.used;
  --d.usable;
  return true;
}

bool erase(State& d, std::string_view key) {
  const Found f = lookup(d, key, d.hash(key));
  if (f.entry < 0) return false;
  d.index[f.slot] = kDummy;
  d.entries[static_cast<std::size_t>(f.entry)].live = false;
  --d.used;
  return true;
}

std::vector<std::pair<std::string, std::int64_t>> items(const State& d) {
  std::vector<std::pair<std::string, std::int64_t>> out;
  out.reserve(d.used);
  for (const Entry& e : d.entries) {
    if (e.live) out.emplace_back(e.key, e.value);
  }
  return out;
}

}  // namespace ch04::pydict::WB_VARIANT
