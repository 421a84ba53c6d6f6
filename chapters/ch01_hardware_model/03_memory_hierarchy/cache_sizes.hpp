// ch01.3 memory_hierarchy: the data-cache sizes the operating system reports (not edited by the
// learner). Linux describes each cache of CPU 0 in /sys/devices/system/cpu/cpu0/cache/index*/
// (files level, type and size, e.g. "1", "Data", "48K"); where that directory is missing (some
// virtual machines), glibc's sysconf(_SC_LEVEL1_DCACHE_SIZE ...) asks the CPU itself (cpuid), which
// a hypervisor may answer with made-up numbers. The figure tells which one to believe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ch01::memory_hierarchy::caches {

// The data (or unified) cache sizes in bytes, by level; a level the system does not report is empty.
struct Sizes {
  std::optional<std::uint64_t> l1d, l2, l3;
  std::string source;  // where they come from: the sysfs path, "sysconf (cpuid)" or "none"
};

// Parses a sysfs cache size: a decimal number with an optional K, M or G suffix (powers of 1024).
// Returns nothing for anything else ("", "K", "12Q", "-4K").
std::optional<std::uint64_t> parse_size(std::string_view text);

// Reads the sizes from sysfs under `cache_dir`, or, when it has no index* entries, from sysconf.
Sizes read(const std::string& cache_dir = "/sys/devices/system/cpu/cpu0/cache");

}  // namespace ch01::memory_hierarchy::caches
