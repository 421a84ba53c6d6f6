// ch01.2 early_exit: the book's haystack (0 .. 999) searched for 5 (near the front), 990 (near the
// end) and 1,000 (absent), by the frozen baseline (search_unknown2), yours and, with the solution
// built in, each of the book's four searches. `./workbook check ch01.2` compares
// BM_Contains_Exercise/5 with BM_Contains_Baseline/5 (target 20x).
#include <numeric>
#include <span>
#include <vector>

#include "early_exit.hpp"
#include "wb/bench.hpp"
#ifdef WB_HAVE_SOLUTION
#include "early_exit_book.hpp"
#endif

namespace {

namespace ee = ch01::early_exit;

template <class Search>
void run(benchmark::State& state, Search search) {
  std::vector<int> haystack(1000);
  std::iota(haystack.begin(), haystack.end(), 0);
  int needle = static_cast<int>(state.range(0));
  for (auto _ : state) {
    benchmark::DoNotOptimize(needle);
    benchmark::DoNotOptimize(search(std::span<const int>(haystack), needle));
  }
}

void BM_Contains_Baseline(benchmark::State& state) { run(state, ee::baseline::contains); }
void BM_Contains_Exercise(benchmark::State& state) { run(state, ee::exercise::contains); }
#ifdef WB_HAVE_SOLUTION
void BM_Contains_Solution(benchmark::State& state) { run(state, ee::solution::contains); }
namespace book = ee::solution::book;
void BM_Book_SearchFast(benchmark::State& state) { run(state, book::search_fast); }
void BM_Book_SearchSlow(benchmark::State& state) { run(state, book::search_slow); }
void BM_Book_SearchUnknown1(benchmark::State& state) { run(state, book::search_unknown1); }
void BM_Book_SearchUnknown2(benchmark::State& state) { run(state, book::search_unknown2); }
#endif

void needles(benchmark::internal::Benchmark* b) { b->Arg(5)->Arg(990)->Arg(1000)->Unit(benchmark::kNanosecond); }

}  // namespace

BENCHMARK(BM_Contains_Baseline)->Apply(needles);
BENCHMARK(BM_Contains_Exercise)->Apply(needles);
#ifdef WB_HAVE_SOLUTION
BENCHMARK(BM_Contains_Solution)->Apply(needles);
BENCHMARK(BM_Book_SearchFast)->Apply(needles);
BENCHMARK(BM_Book_SearchSlow)->Apply(needles);
BENCHMARK(BM_Book_SearchUnknown1)->Apply(needles);
BENCHMARK(BM_Book_SearchUnknown2)->Apply(needles);
#endif
