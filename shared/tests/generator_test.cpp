// wb/generator.hpp: laziness, the ranges concepts, views, frame lifetime, exceptions and moves.
// Expected sequences come from the book's chapter 5 generators (fibonacci, fibonacci_gen) and from
// their definitions, never from this implementation's output.
#include <doctest/doctest.h>

#include <algorithm>
#include <concepts>
#include <cstddef>
#include <iterator>
#include <ranges>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "wb/generator.hpp"

// Clang 14 cannot compile libstdc++ 12's range adaptors for any range (even
// `std::vector<int>{} | std::views::take(1)`): it checks the constraints of view_interface's
// members while the adaptor class is still incomplete. The std::views tests therefore need GCC (or
// a newer clang); everything else here also runs with clang 14.
#if defined(__clang__) && __clang_major__ < 16 && defined(__GLIBCXX__)
#define WB_TEST_STD_VIEWS 0
#else
#define WB_TEST_STD_VIEWS 1
#endif

namespace {

// Counts constructions and destructions (of any copy), to see a coroutine frame's locals die.
struct lifetime_counts {
  int constructed = 0;
  int destroyed = 0;
  int alive() const { return constructed - destroyed; }
};

class tracker {
 public:
  explicit tracker(lifetime_counts& counts) : counts_(&counts) { ++counts_->constructed; }
  tracker(const tracker& other) : counts_(other.counts_) { ++counts_->constructed; }
  tracker& operator=(const tracker&) = delete;
  ~tracker() { ++counts_->destroyed; }

 private:
  lifetime_counts* counts_;
};

// The book's endless fibonacci(): 0, 1, 1, 2, 3, 5 ...
wb::generator<long> fibonacci() {
  long i = 0;
  long j = 1;
  while (true) {
    co_yield i;
    i = std::exchange(j, i + j);
  }
}

// The book's fibonacci_gen(num_items): the first num_items Fibonacci numbers.
wb::generator<long> fibonacci_gen(int num_items) {
  long a = 0;
  long b = 1;
  while (num_items > 0) {
    co_yield a;
    a = std::exchange(b, a + b);
    --num_items;
  }
}

// Counts up from `from` forever; `steps` tells how far the body has run.
wb::generator<int> count_from(int from, int& steps) {
  for (int i = from;; ++i) {
    ++steps;
    co_yield i;
  }
}

// Yields 0, 1, 2 ... while a tracker lives in the frame.
wb::generator<int> counting_with_local(lifetime_counts& counts) {
  tracker local(counts);
  for (int i = 0;; ++i) co_yield i;
}

// Holds its by-value parameter in the frame; never yields.
wb::generator<int> holding_parameter(tracker) { co_return; }

wb::generator<int> nothing() { co_return; }

// Yields `before` values, then throws.
wb::generator<int> failing_after(int before, lifetime_counts& counts) {
  tracker local(counts);
  for (int i = 0; i < before; ++i) co_yield i;
  throw std::runtime_error("generator body failed");
}

// Keeps the odd values of another generator (a pipeline stage, like the book's Example 5-5).
wb::generator<long> odd_only(wb::generator<long> source) {
  for (long x : source) {
    if (x % 2 != 0) co_yield x;
  }
}

// Yields rvalues: a temporary std::string longer than the small-string buffer, so a dangling
// reference to it would be a heap use-after-free that AddressSanitizer reports.
wb::generator<std::string> long_words(int n) {
  for (int i = 0; i < n; ++i) co_yield std::string(40, static_cast<char>('a' + i));
}

// Yields the same lvalue three times, changing it between yields.
wb::generator<int> same_lvalue(std::vector<const int*>& addresses) {
  int value = 10;
  for (int k = 0; k < 3; ++k) {
    addresses.push_back(&value);
    co_yield value;
    value += 10;
  }
}

// Yields values that must first be converted to the element type.
wb::generator<std::string> converted() {
  co_yield "from a string literal";
  const std::string kept = "a const lvalue";
  co_yield kept;
  co_yield std::string("an rvalue");
}

// A template generator (a lazy itertools.repeat): marked for clang's -fsanitize=function.
template <class T>
WB_GENERATOR_LINKONCE wb::generator<T> repeat(T value, int times) {
  for (int i = 0; i < times; ++i) co_yield value;
}

wb::generator<std::size_t> sizes() {
  co_yield 3;                             // an int converted to std::size_t
  std::size_t s = 4;
  co_yield s;
}

// Copies every element of a range into a vector.
template <class R>
std::vector<std::ranges::range_value_t<R>> collect(R&& range) {
  std::vector<std::ranges::range_value_t<R>> out;
  for (auto&& x : range) out.push_back(x);
  return out;
}

// Copies the first n elements (fewer if the range ends), stopping without another increment.
template <class R>
std::vector<std::ranges::range_value_t<R>> first_n(R&& range, std::size_t n) {
  std::vector<std::ranges::range_value_t<R>> out;
  if (n == 0) return out;
  for (auto it = std::ranges::begin(range); it != std::ranges::end(range); ++it) {
    out.push_back(*it);
    if (out.size() == n) break;
  }
  return out;
}

}  // namespace

using long_gen = wb::generator<long>;
static_assert(std::ranges::input_range<long_gen>);
static_assert(std::ranges::view<long_gen>);
static_assert(!std::ranges::forward_range<long_gen>);
static_assert(std::movable<long_gen> && !std::copyable<long_gen>);
static_assert(std::default_initializable<long_gen>);
static_assert(std::input_iterator<std::ranges::iterator_t<long_gen>>);
static_assert(std::same_as<std::ranges::sentinel_t<long_gen>, std::default_sentinel_t>);
static_assert(std::same_as<std::ranges::range_difference_t<long_gen>, std::ptrdiff_t>);
static_assert(std::same_as<std::ranges::range_value_t<long_gen>, long>);
static_assert(std::same_as<std::ranges::range_reference_t<long_gen>, const long&>);
static_assert(std::ranges::viewable_range<long_gen>);
static_assert(!std::ranges::viewable_range<long_gen&>);  // move-only: pipe an rvalue

TEST_CASE("an infinite generator can be consumed partially") {
  CHECK(first_n(fibonacci(), 12) == std::vector<long>{0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89});
  int steps = 0;
  CHECK(first_n(count_from(100, steps), 5) == std::vector<int>{100, 101, 102, 103, 104});
  CHECK(steps == 5);
}

TEST_CASE("a finite generator is iterated by range-for and ends after its last co_yield") {
  std::vector<long> got;
  for (long x : fibonacci_gen(10)) got.push_back(x);
  CHECK(got == std::vector<long>{0, 1, 1, 2, 3, 5, 8, 13, 21, 34});
}

TEST_CASE("nothing in the body runs before begin, and each increment runs to the next co_yield") {
  int steps = 0;
  auto numbers = count_from(7, steps);
  CHECK(steps == 0);
  auto it = numbers.begin();
  CHECK(steps == 1);
  CHECK(*it == 7);
  ++it;
  CHECK(steps == 2);
  CHECK(*it == 8);
  it++;
  CHECK(*it == 9);
  CHECK(steps == 3);
}

#if WB_TEST_STD_VIEWS
static_assert(std::ranges::input_range<decltype(fibonacci() | std::views::take(3))>);

TEST_CASE("an infinite generator can be taken partially with views::take") {
  auto first = collect(fibonacci() | std::views::take(12));
  CHECK(first == std::vector<long>{0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89});

  int steps = 0;
  auto five = collect(count_from(100, steps) | std::views::take(5));
  CHECK(five == std::vector<int>{100, 101, 102, 103, 104});
  // C++20's take_view increments its counted_iterator past the last element it hands out, so the
  // body runs to a sixth co_yield (Python's islice would not; P2406 discusses this).
  CHECK(steps == 6);
}

TEST_CASE("views::transform and views::filter compose with a generator into a lazy pipeline") {
  auto squares = collect(fibonacci_gen(6) | std::views::transform([](long x) { return x * x; }));
  CHECK(squares == std::vector<long>{0, 1, 1, 4, 9, 25});

  auto even_fibs = fibonacci() | std::views::filter([](long x) { return x % 2 == 0; }) |
                   std::views::transform([](long x) { return std::to_string(x); }) |
                   std::views::take(5);
  CHECK(collect(even_fibs) == std::vector<std::string>{"0", "2", "8", "34", "144"});
}

TEST_CASE("a generator stage can be followed by views::take") {
  CHECK(collect(odd_only(fibonacci()) | std::views::take(4)) == std::vector<long>{1, 1, 3, 5});

  lifetime_counts taken;
  CHECK(collect(counting_with_local(taken) | std::views::take(3)) == std::vector<int>{0, 1, 2});
  CHECK(taken.constructed == 1);
  CHECK(taken.destroyed == 1);

  wb::generator<int> none;
  CHECK(collect(std::move(none) | std::views::take(3)).empty());
}
#endif

TEST_CASE("std::ranges algorithms accept a generator") {
  CHECK(std::ranges::count_if(fibonacci_gen(10), [](long x) { return x > 4; }) == 5);
  auto gen = fibonacci();
  auto it = std::ranges::find_if(gen, [](long x) { return x > 1000; });
  REQUIRE(it != gen.end());
  CHECK(*it == 1597);
}

TEST_CASE("one generator can consume another, as chained generator stages do") {
  auto odd = collect(odd_only(fibonacci_gen(10)));
  CHECK(odd == std::vector<long>{1, 1, 3, 5, 13, 21});
  CHECK(first_n(odd_only(fibonacci()), 4) == std::vector<long>{1, 1, 3, 5});
}

TEST_CASE("destroying an unfinished generator destroys its frame and the locals in it") {
  lifetime_counts counts;
  {
    auto numbers = counting_with_local(counts);
    CHECK(counts.constructed == 0);  // the body has not started
    auto it = numbers.begin();
    CHECK(*it == 0);
    ++it;
    CHECK(*it == 1);
    CHECK(counts.alive() == 1);  // suspended with the local alive
  }
  CHECK(counts.constructed == 1);
  CHECK(counts.destroyed == 1);

  lifetime_counts taken;
  CHECK(first_n(counting_with_local(taken), 3) == std::vector<int>{0, 1, 2});
  CHECK(taken.constructed == 1);
  CHECK(taken.destroyed == 1);
}

TEST_CASE("a generator that never started still destroys the parameters copied into its frame") {
  lifetime_counts counts;
  {
    tracker original(counts);
    auto g = holding_parameter(original);
    CHECK(counts.alive() >= 2);  // the original and the frame's copy
  }
  CHECK(counts.alive() == 0);
}

TEST_CASE("an exception thrown in the body reaches the consumer from operator++") {
  lifetime_counts counts;
  auto g = failing_after(2, counts);
  auto it = g.begin();
  CHECK(*it == 0);
  ++it;
  CHECK(*it == 1);
  CHECK_THROWS_WITH_AS(++it, "generator body failed", std::runtime_error);
  CHECK(it == g.end());          // the sequence is over
  CHECK(counts.alive() == 0);    // unwinding destroyed the body's local
}

TEST_CASE("an exception thrown before the first co_yield reaches the consumer from begin") {
  lifetime_counts counts;
  auto g = failing_after(0, counts);
  CHECK_THROWS_AS(g.begin(), std::runtime_error);

  std::vector<int> got;
  auto consume = [&] {
    for (int x : failing_after(3, counts)) got.push_back(x);
  };
  CHECK_THROWS_AS(consume(), std::runtime_error);
  CHECK(got == std::vector<int>{0, 1, 2});
  CHECK(counts.alive() == 0);
}

TEST_CASE("an empty generator and a default-constructed one yield nothing") {
  auto g = nothing();
  CHECK(g.begin() == g.end());
  int iterations = 0;
  for ([[maybe_unused]] int x : nothing()) ++iterations;
  CHECK(iterations == 0);

  wb::generator<int> none;
  CHECK(none.begin() == none.end());
  CHECK(collect(std::move(none)).empty());
}

TEST_CASE("a moved generator continues where it was, and the moved-from one is empty") {
  auto a = fibonacci_gen(8);
  auto it = a.begin();
  ++it;
  ++it;
  CHECK(*it == 1);

  wb::generator<long> b(std::move(a));
  CHECK(a.begin() == a.end());  // NOLINT(bugprone-use-after-move): moved-from is empty
  std::vector<long> rest;
  for (auto i = b.begin(); i != b.end(); ++i) rest.push_back(*i);  // begin does not restart
  CHECK(rest == std::vector<long>{1, 2, 3, 5, 8, 13});
}

TEST_CASE("move assignment destroys the target's old frame and takes the source's") {
  lifetime_counts old_counts;
  lifetime_counts new_counts;
  auto target = counting_with_local(old_counts);
  auto t = target.begin();
  CHECK(*t == 0);
  CHECK(old_counts.alive() == 1);

  auto source = counting_with_local(new_counts);
  target = std::move(source);
  CHECK(old_counts.constructed == 1);
  CHECK(old_counts.destroyed == 1);
  CHECK(first_n(target, 2) == std::vector<int>{0, 1});
  CHECK(new_counts.constructed == 1);
  target = wb::generator<int>();
  CHECK(new_counts.destroyed == 1);
}

TEST_CASE("co_yield of an lvalue refers to the coroutine's own variable") {
  std::vector<const int*> addresses;
  auto g = same_lvalue(addresses);
  std::vector<int> values;
  std::vector<const int*> seen;
  for (const int& x : g) {
    values.push_back(x);
    seen.push_back(&x);
  }
  CHECK(values == std::vector<int>{10, 20, 30});
  CHECK(seen == addresses);  // no copies: *it is the frame's variable
}

TEST_CASE("co_yield of rvalues and converted values keeps them alive until the next increment") {
  auto words = collect(long_words(3));
  REQUIRE(words.size() == 3);
  CHECK(words[0] == std::string(40, 'a'));
  CHECK(words[2] == std::string(40, 'c'));

  CHECK(collect(converted()) ==
        std::vector<std::string>{"from a string literal", "a const lvalue", "an rvalue"});
  CHECK(collect(sizes()) == std::vector<std::size_t>{3, 4});
}

TEST_CASE("a generator function can be a template") {
  CHECK(collect(repeat(std::string("ab"), 3)) == std::vector<std::string>{"ab", "ab", "ab"});
  CHECK(collect(repeat(2.5, 2)) == std::vector<double>{2.5, 2.5});
  CHECK(collect(repeat(1, 0)).empty());
}

TEST_CASE("string values can be read through operator-> and copied out") {
  auto g = long_words(2);
  auto it = g.begin();
  CHECK(it->size() == 40);
  std::string kept = *it;
  ++it;
  CHECK(kept == std::string(40, 'a'));
  CHECK(*it == std::string(40, 'b'));
  ++it;
  CHECK(it == g.end());
}
