// wb::alloc: the counting operator new/delete and its bookkeeping (phases, timeline). The allocator
// is exact, so the checks are too: each test allocates known sizes and compares exact differences
// of the counters, never lower bounds. Nothing else runs while a test measures (doctest allocates
// only to report a failure), so every byte between two readings is the test's own.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <vector>

#include "wb/alloc_counter.hpp"

namespace alloc = wb::alloc;

namespace {
// Makes p visible to the outside world, so the compiler cannot elide the allocation behind it
// (clang removes unused new/delete pairs, which C++14 allows).
void escape(const void* p) { asm volatile("" : : "g"(p) : "memory"); }

// Returns a null pointer the compiler cannot see is null, so a delete of it is really called.
void* opaque_null() {
  void* p = nullptr;
  asm volatile("" : "+r"(p));
  return p;
}
}  // namespace

TEST_CASE("the counting hooks are linked in") { CHECK(alloc::enabled()); }

TEST_CASE("a vector's buffer is counted to the byte while it lives") {
  const auto before = alloc::stats();
  {
    std::vector<double> v(1000);
    escape(v.data());
    const auto during = alloc::stats();
    CHECK(during.current_bytes - before.current_bytes == 8000);
    CHECK(during.allocations - before.allocations == 1);
    CHECK(during.allocated_bytes - before.allocated_bytes == 8000);
    CHECK(during.frees == before.frees);
  }
  const auto after = alloc::stats();
  CHECK(after.current_bytes == before.current_bytes);
  CHECK(after.frees - before.frees == 1);
  CHECK(after.allocated_bytes - before.allocated_bytes == 8000);  // a total: freeing does not lower it
}

TEST_CASE("allocated_bytes adds up every request, freed or not") {
  const auto before = alloc::stats();
  for (std::size_t size : {1u, 100u, 4096u, 12345u}) {
    void* p = ::operator new(size);
    escape(p);
    ::operator delete(p);
  }
  const auto after = alloc::stats();
  CHECK(after.allocated_bytes - before.allocated_bytes == 1 + 100 + 4096 + 12345);
  CHECK(after.allocations - before.allocations == 4);
  CHECK(after.frees - before.frees == 4);
  CHECK(after.current_bytes == before.current_bytes);
}

TEST_CASE("over-aligned, array and nothrow allocations are counted to the byte and freed") {
  struct alignas(64) Line {
    char bytes[64];
  };
  const auto before = alloc::stats();
  auto* lines = new Line[3];  // trivially destructible: no array cookie, exactly 3 x 64 bytes
  escape(lines);
  CHECK(reinterpret_cast<std::uintptr_t>(lines) % 64 == 0);
  CHECK(alloc::stats().current_bytes - before.current_bytes == 3 * 64);
  delete[] lines;
  CHECK(alloc::stats().current_bytes == before.current_bytes);

  void* page = ::operator new(1000, std::align_val_t{4096});
  escape(page);
  CHECK(reinterpret_cast<std::uintptr_t>(page) % 4096 == 0);
  CHECK(alloc::stats().current_bytes - before.current_bytes == 1000);
  ::operator delete(page, std::align_val_t{4096});

  auto* nothrow = new (std::nothrow) int(7);
  REQUIRE(nothrow != nullptr);
  escape(nothrow);
  CHECK(alloc::stats().current_bytes - before.current_bytes == sizeof(int));
  delete nothrow;

  const auto after = alloc::stats();
  CHECK(after.current_bytes == before.current_bytes);
  CHECK(after.allocations - before.allocations == 3);
  CHECK(after.frees - before.frees == 3);
  CHECK(after.allocated_bytes - before.allocated_bytes == 3 * 64 + 1000 + sizeof(int));
}

TEST_CASE("deleting a null pointer is not a free, in any form of operator delete") {
  const auto before = alloc::stats();
  ::operator delete(opaque_null());
  ::operator delete[](opaque_null());
  ::operator delete(opaque_null(), std::nothrow);
  ::operator delete(opaque_null(), std::align_val_t{64});
  ::operator delete[](opaque_null(), std::align_val_t{64}, std::nothrow);
#ifdef __cpp_sized_deallocation  // g++ has it by default; clang 14 only with -fsized-deallocation
  ::operator delete(opaque_null(), std::size_t{16});
  ::operator delete[](opaque_null(), std::size_t{16});
  ::operator delete(opaque_null(), std::size_t{16}, std::align_val_t{64});
#endif
  const auto after = alloc::stats();
  CHECK(after.frees == before.frees);
  CHECK(after.current_bytes == before.current_bytes);
  CHECK(after.allocations == before.allocations);
}

TEST_CASE("a phase records its start, peak, end and allocations, and nested peaks reach the outer phase") {
  alloc::clear_phases();
  std::vector<char> kept;
  {
    alloc::Phase outer("outer");
    kept.resize(1000);  // survives the phase
    escape(kept.data());
    {
      alloc::Phase inner("inner");
      std::vector<char> temporary(50'000);  // freed inside
      escape(temporary.data());
    }
  }
  const auto records = alloc::phases();
  REQUIRE(records.size() == 2);
  const auto& inner = records[0];
  const auto& outer = records[1];
  CHECK(inner.label == "inner");
  CHECK(inner.depth == 1);
  CHECK(inner.start_bytes == outer.start_bytes + 1000);
  CHECK(inner.peak_bytes - inner.start_bytes == 50'000);
  CHECK(inner.end_bytes == inner.start_bytes);
  CHECK(inner.allocations == 1);  // operator new calls during the phase, not since the start
  CHECK(outer.label == "outer");
  CHECK(outer.depth == 0);
  CHECK(outer.end_bytes - outer.start_bytes == 1000);
  CHECK(outer.peak_bytes == inner.peak_bytes);  // 1000 kept + 50,000 inside the inner phase
  CHECK(outer.allocations == 2);
  CHECK(inner.start_seconds <= inner.end_seconds);
  CHECK(outer.start_seconds <= inner.start_seconds);
  CHECK(inner.end_seconds <= outer.end_seconds);
  CHECK(alloc::phase_table().find("inner") != std::string::npos);
}

TEST_CASE("a phase's peak is its own: a higher peak reached before it began does not count") {
  alloc::clear_phases();
  {
    std::vector<char> big(1 << 20);  // raises the process's peak, then is freed
    escape(big.data());
  }
  const std::size_t peak_before = alloc::stats().peak_bytes;
  {
    alloc::Phase phase("small");
    std::vector<char> small(100);
    escape(small.data());
  }
  const auto records = alloc::phases();
  REQUIRE(records.size() == 1);
  CHECK(records[0].peak_bytes - records[0].start_bytes == 100);
  // Once the phase is over, the process's peak is the higher of the two again.
  CHECK(alloc::stats().peak_bytes == peak_before);
}

TEST_CASE("reset_peak returns the old peak and lowers the peak to the bytes in use") {
  {
    std::vector<char> big(1 << 20);
    escape(big.data());
  }
  const auto before = alloc::stats();
  REQUIRE(before.peak_bytes >= before.current_bytes + (1 << 20));
  const std::size_t old_peak = alloc::reset_peak();
  const auto after = alloc::stats();
  CHECK(old_peak == before.peak_bytes);
  CHECK(after.peak_bytes == after.current_bytes);
  CHECK(alloc::reset_peak() == after.current_bytes);  // nothing allocated since: the peak is the use
}

TEST_CASE("the timeline records bytes in use after each allocation and free") {
  alloc::start_timeline(64);
  const std::size_t base = alloc::stats().current_bytes;
  {
    auto block = std::make_unique<char[]>(4096);
    escape(block.get());
  }
  const auto samples = alloc::stop_timeline();
  REQUIRE(samples.size() == 2);
  CHECK(samples[0].bytes == base + 4096);
  CHECK(samples[1].bytes == base);
  CHECK(samples[1].seconds >= samples[0].seconds);
}

TEST_CASE("the timeline keeps its first max_samples events and drops the rest") {
  alloc::start_timeline(3);
  const std::size_t base = alloc::stats().current_bytes;
  for (std::size_t size : {100u, 200u, 300u, 400u, 500u}) {  // ten events: 5 allocations, 5 frees
    void* p = ::operator new(size);
    escape(p);
    ::operator delete(p);
  }
  const auto samples = alloc::stop_timeline();
  REQUIRE(samples.size() == 3);
  CHECK(samples[0].bytes == base + 100);
  CHECK(samples[1].bytes == base);
  CHECK(samples[2].bytes == base + 200);
}

TEST_CASE("restarting the timeline forgets the previous one") {
  alloc::start_timeline(8);
  {
    auto first = std::make_unique<char[]>(111);
    escape(first.get());
  }
  alloc::start_timeline(8);
  const std::size_t base = alloc::stats().current_bytes;
  {
    auto second = std::make_unique<char[]>(222);
    escape(second.get());
  }
  const auto samples = alloc::stop_timeline();
  REQUIRE(samples.size() == 2);
  CHECK(samples[0].bytes == base + 222);
  CHECK(samples[1].bytes == base);
}
