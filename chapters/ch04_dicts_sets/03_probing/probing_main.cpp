// ch04.3 probing: the chapter program (`./workbook run probing [--keys A,B,...] [--lookup K]
// [--png FILE]`). Inserts keys (the book's cities by default) into your 8-slot table (probing.cpp;
// --model reference: the same table on wb::pydict's probe sequence), printing the slots each insert
// tried, the table (the book's figure 4-1) and the slots a lookup reads. --erase deletes keys
// afterwards, leaving dummies. With --png it draws the table and the collisions.
//
// Exit codes: 0 success, 1 a failure while running, 2 bad input.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "probing.hpp"
#include "wb/cli.hpp"
#include "wb/process.hpp"
#include "wb/pydict.hpp"

namespace {

using ch04::probing::first_letter_hash;
using ch04::probing::kMask;
using ch04::probing::Lookup;
using ch04::probing::Slot;
using ch04::probing::Table;
using wb::cli::BadInput;

// The table operations of one implementation.
struct Model {
  std::size_t (*insert)(Table&, std::string_view);
  Lookup (*lookup)(const Table&, std::string_view);
  bool (*erase)(Table&, std::string_view);
};

// The reference: the 8-slot table on wb::pydict's probe sequence.
namespace reference {
Lookup lookup(const Table& t, std::string_view key) {
  Lookup out;
  for (std::size_t slot : wb::pydict::probe_sequence(first_letter_hash(key), kMask)) {
    out.visited.push_back(slot);
    if (t[slot].state == Slot::State::empty) return out;
    if (t[slot].state == Slot::State::used && t[slot].key == key) {
      out.slot = slot;
      return out;
    }
  }
  return out;  // not reached: the sequence is endless and the table keeps an empty slot
}
std::size_t insert(Table& t, std::string_view key) {
  const Lookup found = lookup(t, key);
  if (found.slot) return *found.slot;
  std::size_t taken = 0;
  for (const Slot& s : t) taken += s.state != Slot::State::empty ? 1 : 0;
  std::size_t target = found.visited.back();  // the empty slot that ended the lookup
  for (std::size_t slot : found.visited) {
    if (t[slot].state == Slot::State::dummy) {
      target = slot;
      break;
    }
  }
  if (t[target].state == Slot::State::empty && taken >= ch04::probing::kMaxKeys) throw std::length_error("table full");
  t[target] = Slot{Slot::State::used, std::string(key)};
  return target;
}
bool erase(Table& t, std::string_view key) {
  const Lookup found = lookup(t, key);
  if (!found.slot) return false;
  t[*found.slot] = Slot{Slot::State::dummy, {}};
  return true;
}
}  // namespace reference

std::string describe(const Table& t, std::size_t slot) {
  switch (t[slot].state) {
    case Slot::State::empty: return "empty";
    case Slot::State::dummy: return "dummy";
    case Slot::State::used: break;
  }
  return t[slot].key;
}

// A collision of one insert: the probe from `from` met a taken slot and went on to `to`.
struct Hop {
  std::size_t from, to;
  std::string key;
};

void write_csv(const std::string& csv, const Table& t, const std::vector<Hop>& hops) {
  std::ofstream out(csv);
  out << "slot,label,state,hash\n";
  for (std::size_t slot = 0; slot < t.size(); ++slot) {
    const Slot& s = t[slot];
    const char* state = s.state == Slot::State::used ? "used" : s.state == Slot::State::dummy ? "dummy" : "empty";
    const std::string hash = s.state == Slot::State::used
                                 ? fmt::format("ord('{}') = {} = 0b{:08b} (low 3 bits: {})", s.key.front(),
                                               first_letter_hash(s.key), first_letter_hash(s.key), first_letter_hash(s.key) & kMask)
                                 : "";
    out << slot << ',' << describe(t, slot) << ',' << state << ',' << hash << '\n';
  }
  out << "\n\n";
  for (const Hop& h : hops) out << h.from << ',' << h.to << ',' << h.key << '\n';
  if (hops.empty()) out << "0,0,\n";
  if (!out) throw std::runtime_error("cannot write " + csv);
}

int run(int argc, char** argv) {
  std::vector<std::string> keys{"Rome", "San Francisco", "New York", "Barcelona"};
  std::vector<std::string> erase;
  std::string lookup_key = "Johannesburg";
  std::string png;
  std::string model_name = "exercise";
  CLI::App app{"An 8-slot hash table of the book's cities, hash = ord(first letter): inserts, lookups, dummies.",
               "probing"};
  app.add_option("--keys", keys, "keys to insert, in order (at most 5)")->delimiter(',')->capture_default_str();
  app.add_option("--erase", erase, "keys to delete after the inserts (comma-separated)")->delimiter(',');
  app.add_option("--lookup", lookup_key, "the key to look up at the end")->capture_default_str();
  app.add_option("--png", png, "draw the table (the book's figure 4-1) into this PNG");
  app.add_option("--model", model_name, "exercise: your probing.cpp; reference: wb::pydict's probe sequence")
      ->capture_default_str();
  app.footer("Exit codes: 0 ok, 1 run-time failure, 2 bad input.");
  if (const auto code = wb::cli::parse(app, argc, argv)) return *code;

  if (keys.size() > ch04::probing::kMaxKeys) {
    throw BadInput(fmt::format("--keys holds {} keys: an 8-slot table takes at most {}", keys.size(), ch04::probing::kMaxKeys));
  }
  for (const std::string& k : keys) {
    if (k.empty()) throw BadInput("--keys holds an empty key: every key needs a first letter");
  }
  if (lookup_key.empty()) throw BadInput("--lookup is empty: give a key with a first letter");
  if (model_name != "exercise" && model_name != "reference") {
    throw BadInput(fmt::format("--model {} is not one of: exercise, reference", model_name));
  }
  if (!png.empty()) wb::cli::check_writable("--png", png);
  namespace ex = ch04::probing::exercise;
  const Model model = model_name == "exercise" ? Model{ex::insert, ex::lookup, ex::erase}
                                               : Model{reference::insert, reference::lookup, reference::erase};

  Table t{};
  std::vector<Hop> hops;
  for (const std::string& key : keys) {
    const Lookup before = model.lookup(t, key);
    const std::size_t slot = model.insert(t, key);
    fmt::print("insert {:<15} hash {:>3} & 0b111 = {}  tried {}  -> slot {}\n", key, first_letter_hash(key),
               first_letter_hash(key) & kMask, fmt::join(before.visited, ", "), slot);
    for (std::size_t i = 0; i + 1 < before.visited.size() && before.visited[i] != slot; ++i) {
      hops.push_back({before.visited[i], before.visited[i + 1], key});
    }
  }
  for (const std::string& key : erase) {
    fmt::print("erase  {:<15} {}\n", key, model.erase(t, key) ? "its slot is now a dummy" : "absent");
  }
  fmt::print("\nslot  holds\n");
  for (std::size_t slot = 0; slot < t.size(); ++slot) fmt::print("{:>4}  {}\n", slot, describe(t, slot));
  const Lookup found = model.lookup(t, lookup_key);
  fmt::print("\nlookup {}: hash {}, reads slots {}: {}\n", lookup_key, first_letter_hash(lookup_key),
             fmt::join(found.visited, ", "), found.slot ? fmt::format("found in slot {}", *found.slot) : "absent");
  if (!png.empty()) {
    const std::string csv = png + ".csv";
    write_csv(csv, t, hops);
    wb::process::run_gnuplot(fmt::format("csv={}; png={}", wb::process::gnuplot_quote(csv), wb::process::gnuplot_quote(png)),
                             WB_PROBING_GP);
    fmt::print("figure: {} (data: {})\n", png, csv);
  }
  return wb::cli::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  return wb::cli::guarded_main("probing", "use at most 5 keys", [&] { return run(argc, argv); });
}
