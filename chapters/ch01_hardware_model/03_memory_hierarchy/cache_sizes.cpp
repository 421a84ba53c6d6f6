// ch01.3 memory_hierarchy: reading the cache sizes (see cache_sizes.hpp).
#include "cache_sizes.hpp"

#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>

namespace ch01::memory_hierarchy::caches {

namespace {

std::string first_word(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::string word;
  in >> word;
  return word;
}

std::optional<std::uint64_t> from_sysconf(int name) {
  const long value = sysconf(name);
  if (value <= 0) return std::nullopt;
  return static_cast<std::uint64_t>(value);
}

}  // namespace

std::optional<std::uint64_t> parse_size(std::string_view text) {
  std::uint64_t value = 0;
  std::size_t i = 0;
  for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) != 0; ++i) {
    if (value > (UINT64_MAX - 9) / 10) return std::nullopt;
    value = value * 10 + static_cast<std::uint64_t>(text[i] - '0');
  }
  if (i == 0) return std::nullopt;
  const std::string_view suffix = text.substr(i);
  int shift = 0;
  if (suffix == "K") shift = 10;
  else if (suffix == "M") shift = 20;
  else if (suffix == "G") shift = 30;
  else if (!suffix.empty()) return std::nullopt;
  if (value > (UINT64_MAX >> shift)) return std::nullopt;
  return value << shift;
}

Sizes read(const std::string& cache_dir) {
  namespace fs = std::filesystem;
  Sizes sizes;
  std::error_code ec;
  bool any = false;
  for (const fs::directory_entry& entry : fs::directory_iterator(cache_dir, ec)) {
    if (entry.path().filename().string().rfind("index", 0) != 0) continue;
    const std::string type = first_word(entry.path() / "type");
    if (type != "Data" && type != "Unified") continue;
    const std::optional<std::uint64_t> bytes = parse_size(first_word(entry.path() / "size"));
    if (!bytes) continue;
    const std::string level = first_word(entry.path() / "level");
    any = true;
    if (level == "1") sizes.l1d = bytes;
    else if (level == "2") sizes.l2 = bytes;
    else if (level == "3") sizes.l3 = bytes;
  }
  if (any) {
    sizes.source = cache_dir;
    return sizes;
  }
  sizes.l1d = from_sysconf(_SC_LEVEL1_DCACHE_SIZE);
  sizes.l2 = from_sysconf(_SC_LEVEL2_CACHE_SIZE);
  sizes.l3 = from_sysconf(_SC_LEVEL3_CACHE_SIZE);
  sizes.source = sizes.l1d || sizes.l2 || sizes.l3 ? "sysconf (glibc asks the CPU: cpuid)" : "none";
  return sizes;
}

}  // namespace ch01::memory_hierarchy::caches
