// ch03.8 tuple_vs_list: creating small lists, tuples and pooled lists, in batches of kBatch. Each
// benchmark iteration is one call that creates kBatch of them into the same slots (a slot's previous
// list is freed as it is replaced), then one ClobberMemory: the creations are real stores into
// memory the compiler cannot drop (the call is opaque, the slots outlive it), and nothing else is
// paid per creation. Times are per batch; items_per_second counts creations.
//
// `./workbook check ch03.8` compares, in one run, the frozen baseline's list creation with your
// tuple creation (target 10x) and with your pooled-list creation (target 3x).
#include <cstddef>
#include <span>
#include <vector>

#include "tuple_vs_list.hpp"
#include "wb/bench.hpp"

namespace {

namespace tvl = ch03::tuple_vs_list;

constexpr std::size_t kBatch = 1000;

// Times make(first, slots) over kBatch slots of type Slot, a new first each iteration.
template <class Slot, class Make>
void run_batches(benchmark::State& state, Make make) {
  std::vector<Slot> slots(wb::bench::smoke() ? 10 : kBatch);
  int first = 0;
  for (auto _ : state) {
    make(first, std::span<Slot>(slots));
    benchmark::DoNotOptimize(slots.data());
    benchmark::ClobberMemory();
    first = (first + 1) & 0xffff;
  }
  state.SetItemsProcessed(static_cast<benchmark::IterationCount>(slots.size()) * state.iterations());
}

// BM_Create_<Thing>_<Variant>: make_<thing>s of one implementation (namespace ns).
#define WB_CREATE_BENCH(Thing, Slot, function, ns, Variant)                                   \
  void BM_Create_##Thing##_##Variant(benchmark::State& state) {                              \
    run_batches<Slot>(state, [](int first, std::span<Slot> out) { tvl::ns::function(first, out); }); \
  }                                                                                           \
  BENCHMARK(BM_Create_##Thing##_##Variant)->UseRealTime()

// The race's yardstick: the frozen code's list creation (the book's list literal).
WB_CREATE_BENCH(List, std::vector<int>, make_lists, baseline, Baseline);
WB_CREATE_BENCH(Tuple, tvl::Tuple, make_tuples, baseline, Baseline);
WB_CREATE_BENCH(Tuple, tvl::Tuple, make_tuples, exercise, Exercise);
WB_CREATE_BENCH(PooledList, tvl::baseline::PooledList, make_pooled_lists, baseline, Baseline);
WB_CREATE_BENCH(PooledList, tvl::exercise::PooledList, make_pooled_lists, exercise, Exercise);
#ifdef WB_HAVE_SOLUTION
WB_CREATE_BENCH(Tuple, tvl::Tuple, make_tuples, solution, Solution);
WB_CREATE_BENCH(PooledList, tvl::solution::PooledList, make_pooled_lists, solution, Solution);
#endif

}  // namespace
