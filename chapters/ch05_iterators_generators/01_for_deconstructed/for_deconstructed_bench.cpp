// ch05.1 for_deconstructed: summing the first 90 Fibonacci numbers through your iterator, through
// a wb::generator, and in a plain loop. An iterator is a struct the compiler sees through; the
// plain loop and the iterator usually compile to the same code.
#include <cstddef>
#include <cstdint>

#include "for_deconstructed.hpp"
#include "wb/bench.hpp"
#include "wb/generator.hpp"

namespace {

constexpr std::size_t kCount = 90;

wb::generator<std::uint64_t> fib_gen(std::size_t count) {
  std::uint64_t a = 0, b = 1;
  for (std::size_t k = 0; k < count; ++k) {
    co_yield a;
    const std::uint64_t next = a + b;
    a = b;
    b = next;
  }
}

template <class Range>
std::uint64_t sum(Range&& r) {
  std::uint64_t s = 0;
  for (std::uint64_t f : r) s += f;
  return s;
}

void BM_FibIterator_Exercise(benchmark::State& state) {
  wb::bench::measure(state, [] { return sum(ch05::for_deconstructed::exercise::fibonacci(kCount)); });
}
#ifdef WB_HAVE_SOLUTION
void BM_FibIterator_Solution(benchmark::State& state) {
  wb::bench::measure(state, [] { return sum(ch05::for_deconstructed::solution::fibonacci(kCount)); });
}
#endif
void BM_FibGenerator(benchmark::State& state) {
  wb::bench::measure(state, [] { return sum(fib_gen(kCount)); });
}
void BM_FibPlainLoop(benchmark::State& state) {
  std::size_t count = kCount;
  wb::bench::measure(state, [&] {
    benchmark::DoNotOptimize(count);
    std::uint64_t a = 0, b = 1, s = 0;
    for (std::size_t k = 0; k < count; ++k) {
      s += a;
      const std::uint64_t next = a + b;
      a = b;
      b = next;
    }
    return s;
  });
}

}  // namespace

BENCHMARK(BM_FibIterator_Exercise);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_FibIterator_Solution);
#endif
BENCHMARK(BM_FibGenerator);
BENCHMARK(BM_FibPlainLoop);
