#include <doctest/doctest.h>

#include <memory>
#include <new>
#include <vector>

#include "wb/alloc_counter.hpp"

namespace alloc = wb::alloc;

namespace {
// Makes p visible to the outside world, so the compiler cannot elide the allocation behind it
// (clang removes unused new/delete pairs, which C++14 allows).
void escape(const void* p) { asm volatile("" : : "g"(p) : "memory"); }
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
  }
  const auto after = alloc::stats();
  CHECK(after.current_bytes == before.current_bytes);
  CHECK(after.frees - before.frees == 1);
}

TEST_CASE("over-aligned and array allocations are counted and freed") {
  struct alignas(64) Line { char bytes[64]; };
  const auto before = alloc::stats();
  auto* lines = new Line[3];
  escape(lines);
  CHECK(reinterpret_cast<std::uintptr_t>(lines) % 64 == 0);
  CHECK(alloc::stats().current_bytes - before.current_bytes >= 3 * 64);
  delete[] lines;
  auto* nothrow = new (std::nothrow) int(7);
  REQUIRE(nothrow != nullptr);
  escape(nothrow);
  delete nothrow;
  CHECK(alloc::stats().current_bytes == before.current_bytes);
}

TEST_CASE("a phase records its start, peak and end, and nested peaks reach the outer phase") {
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
  CHECK(inner.peak_bytes - inner.start_bytes == 50'000);
  CHECK(inner.end_bytes == inner.start_bytes);
  CHECK(outer.label == "outer");
  CHECK(outer.depth == 0);
  CHECK(outer.end_bytes - outer.start_bytes == 1000);
  CHECK(outer.peak_bytes >= inner.peak_bytes);
  CHECK(outer.allocations >= 2);
  CHECK(alloc::phase_table().find("inner") != std::string::npos);
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

TEST_CASE("reset_peak lowers the peak to the bytes in use") {
  {
    std::vector<char> big(1 << 20);
    escape(big.data());
  }
  alloc::reset_peak();
  const auto s = alloc::stats();
  CHECK(s.peak_bytes == s.current_bytes);
}
