// wb/lazy/combinatorics.hpp: Python's combinatoric iterators: product, permutations,
// combinations and combinations_with_replacement.
//
// Like CPython, each one first copies its input into a pool (std::vector<T>, T = the input's
// value type), but here only when iteration begins, so building the view reads nothing. Results
// come in CPython's order (lexicographic by position in the pool) as std::vector<T>, or as
// std::pair<T, U> for product(r1, r2). Iterators are forward and share the pool; each result
// is built when it is read, O(k). Counts for n elements and length k: product n^k,
// permutations n!/(n-k)!, combinations C(n, k), with replacement C(n+k-1, k); k > n gives
// nothing (except with replacement) and k = 0 gives one empty result.
//
// Example:
//   std::string s = "ABCD";
//   for (const auto& p : wb::lazy::permutations(s, 2)) ...     // AB AC AD BA BC BD CA ...
//   auto pairs = wb::lazy::product(std::string("AB"), std::string("xy"));   // Ax Ay Bx By
#pragma once

#include <cstddef>
#include <iterator>
#include <memory>
#include <optional>
#include <ranges>
#include <type_traits>
#include <utility>
#include <vector>

#include "wb/lazy/detail.hpp"

namespace wb::lazy {

namespace detail {

// Copies r's elements into a shared, read-only pool. O(n).
template <class R>
auto make_pool(R& r) {
  auto pool = std::make_shared<std::vector<std::ranges::range_value_t<R>>>();
  if constexpr (std::ranges::sized_range<R>) pool->reserve(static_cast<std::size_t>(std::ranges::size(r)));
  for (auto&& x : r) pool->push_back(std::forward<decltype(x)>(x));
  return std::shared_ptr<const std::vector<std::ranges::range_value_t<R>>>(std::move(pool));
}

// Each rule sets up the first index tuple for a pool of n and length k (false: no results)
// and steps to the next one in CPython's order (false: that was the last).
struct product_rule {
  static bool first(std::vector<std::size_t>& idx, std::size_t n, std::size_t k) {
    idx.assign(k, 0);
    return n > 0 || k == 0;
  }
  // Odometer: the rightmost index turns fastest.
  static bool next(std::vector<std::size_t>& idx, std::size_t n) {
    for (std::size_t i = idx.size(); i-- > 0;) {
      if (++idx[i] < n) return true;
      idx[i] = 0;
    }
    return false;
  }
};

struct permutations_rule {
  static bool first(std::vector<std::size_t>& idx, std::size_t n, std::size_t k) {
    if (k > n) return false;
    idx.resize(k);
    for (std::size_t i = 0; i < k; ++i) idx[i] = i;
    return true;
  }
  // From the right, frees indices until one can rise to a larger unused value, then fills the
  // positions after it with the smallest unused values in increasing order. O(n + k).
  static bool next(std::vector<std::size_t>& idx, std::size_t n) {
    std::vector<bool> used(n, false);
    for (std::size_t v : idx) used[v] = true;
    for (std::size_t i = idx.size(); i-- > 0;) {
      used[idx[i]] = false;
      std::size_t v = idx[i] + 1;
      while (v < n && used[v]) ++v;
      if (v == n) continue;
      idx[i] = v;
      used[v] = true;
      std::size_t w = 0;
      for (std::size_t j = i + 1; j < idx.size(); ++j) {
        while (used[w]) ++w;
        idx[j] = w;
        used[w] = true;
      }
      return true;
    }
    return false;
  }
};

struct combinations_rule {
  static bool first(std::vector<std::size_t>& idx, std::size_t n, std::size_t k) {
    if (k > n) return false;
    idx.resize(k);
    for (std::size_t i = 0; i < k; ++i) idx[i] = i;
    return true;
  }
  // Raises the rightmost index that is below its maximum (i + n - k); the rest follow it.
  static bool next(std::vector<std::size_t>& idx, std::size_t n) {
    const std::size_t k = idx.size();
    for (std::size_t i = k; i-- > 0;) {
      if (idx[i] == i + n - k) continue;
      ++idx[i];
      for (std::size_t j = i + 1; j < k; ++j) idx[j] = idx[j - 1] + 1;
      return true;
    }
    return false;
  }
};

struct combinations_with_replacement_rule {
  static bool first(std::vector<std::size_t>& idx, std::size_t n, std::size_t k) {
    idx.assign(k, 0);
    return n > 0 || k == 0;
  }
  // Raises the rightmost index below n - 1; the indices after it take the same value.
  static bool next(std::vector<std::size_t>& idx, std::size_t n) {
    for (std::size_t i = idx.size(); i-- > 0;) {
      if (idx[i] == n - 1) continue;
      const std::size_t v = idx[i] + 1;
      for (std::size_t j = i; j < idx.size(); ++j) idx[j] = v;
      return true;
    }
    return false;
  }
};

}  // namespace detail

// Index tuples of a pool (chosen by Rule), handed out as std::vector<T> of the pool's elements.
// k unset means k = n (permutations(r)).
template <std::ranges::view V, class Rule>
class index_tuples_view : public detail::view_base<index_tuples_view<V, Rule>> {
  using T = std::ranges::range_value_t<V>;
  V base_;
  std::optional<std::size_t> k_;

 public:
  class iterator {
    std::shared_ptr<const std::vector<T>> pool_;
    std::vector<std::size_t> idx_;
    std::size_t rank_ = 0;  // how many results came before this one
    bool done_ = true;

   public:
    using value_type = std::vector<T>;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::forward_iterator_tag;
    using iterator_category = std::input_iterator_tag;  // yields prvalues
    iterator() = default;
    iterator(std::shared_ptr<const std::vector<T>> pool, std::size_t k) : pool_(std::move(pool)) {
      done_ = !Rule::first(idx_, pool_->size(), k);
    }
    value_type operator*() const {
      value_type out;
      out.reserve(idx_.size());
      for (std::size_t i : idx_) out.push_back((*pool_)[i]);
      return out;
    }
    iterator& operator++() {
      ++rank_;
      done_ = !Rule::next(idx_, pool_->size());
      return *this;
    }
    iterator operator++(int) {
      auto old = *this;
      ++*this;
      return old;
    }
    friend bool operator==(const iterator& a, const iterator& b) {
      return a.done_ == b.done_ && (a.done_ || a.rank_ == b.rank_);
    }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.done_; }
  };

  index_tuples_view(V base, std::optional<std::size_t> k) : base_(std::move(base)), k_(k) {}
  // Returns an iterator at the first result, copying the input into a pool first. O(n + k).
  iterator begin() { return start(base_); }
  iterator begin() const
    requires std::ranges::range<const V>
  {
    return start(base_);
  }
  std::default_sentinel_t end() const noexcept { return {}; }

 private:
  template <class B>
  iterator start(B& base) const {
    auto pool = detail::make_pool(base);
    const std::size_t k = k_ ? *k_ : pool->size();
    return iterator(std::move(pool), k);
  }
};

// The Cartesian product of two inputs as std::pair<T, U>; the second one turns fastest.
template <std::ranges::view A, std::ranges::view B>
class product_view : public detail::view_base<product_view<A, B>> {
  using T = std::ranges::range_value_t<A>;
  using U = std::ranges::range_value_t<B>;
  A a_;
  B b_;

 public:
  class iterator {
    std::shared_ptr<const std::vector<T>> a_;
    std::shared_ptr<const std::vector<U>> b_;
    std::size_t i_ = 0;
    std::size_t j_ = 0;

   public:
    using value_type = std::pair<T, U>;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::forward_iterator_tag;
    using iterator_category = std::input_iterator_tag;  // yields prvalues
    iterator() = default;
    iterator(std::shared_ptr<const std::vector<T>> a, std::shared_ptr<const std::vector<U>> b)
        : a_(std::move(a)), b_(std::move(b)) {
      if (b_->empty()) i_ = a_->size();
    }
    value_type operator*() const { return value_type((*a_)[i_], (*b_)[j_]); }
    iterator& operator++() {
      if (++j_ == b_->size()) {
        j_ = 0;
        ++i_;
      }
      return *this;
    }
    iterator operator++(int) {
      auto old = *this;
      ++*this;
      return old;
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.i_ == b.i_ && a.j_ == b.j_; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.at_end(); }

   private:
    bool at_end() const { return !a_ || i_ >= a_->size(); }
  };

  product_view(A a, B b) : a_(std::move(a)), b_(std::move(b)) {}
  // Returns an iterator at the first pair, copying both inputs (first a, then b). O(n + m).
  iterator begin() {
    auto a = detail::make_pool(a_);
    return iterator(std::move(a), detail::make_pool(b_));
  }
  iterator begin() const
    requires std::ranges::range<const A> && std::ranges::range<const B>
  {
    auto a = detail::make_pool(a_);
    return iterator(std::move(a), detail::make_pool(b_));
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

namespace detail {

// permutations / combinations / combinations_with_replacement: f(r, k) and r | f(k).
template <class Rule, const char* Negative>
struct index_tuples_fn {
  template <adaptable_range R, std::integral K>
  constexpr auto operator()(R&& r, K k) const {
    return index_tuples_view<all_t<R>, Rule>(detail::all(std::forward<R>(r)), to_size(k, Negative));
  }
  template <std::integral K>
  constexpr auto operator()(K k) const {
    const std::size_t size = to_size(k, Negative);
    return closure{[size]<adaptable_range R>(R&& r) {
      return index_tuples_view<all_t<R>, Rule>(detail::all(std::forward<R>(r)), size);
    }};
  }
};

inline constexpr char negative_k[] = "k must be non-negative";
inline constexpr char negative_repeat[] = "product: repeat must be non-negative";

struct permutations_fn : index_tuples_fn<permutations_rule, negative_k>, bare_pipe<permutations_fn> {
  using index_tuples_fn::operator();
  // Returns the full-length permutations of r (k = the number of elements).
  template <adaptable_range R>
  constexpr auto operator()(R&& r) const {
    return index_tuples_view<all_t<R>, permutations_rule>(detail::all(std::forward<R>(r)), std::nullopt);
  }
  constexpr auto operator()() const { return *this; }
};

struct product_fn {
  // Returns the pairs (x, y) for x in a, y in b (Python's product(a, b)). O(n + m) to begin.
  template <adaptable_range A, adaptable_range B>
  constexpr auto operator()(A&& a, B&& b) const {
    return product_view<all_t<A>, all_t<B>>(detail::all(std::forward<A>(a)), detail::all(std::forward<B>(b)));
  }
  // Returns the k-tuples of r's elements (Python's product(r, repeat=k)); k = 1 by default.
  template <adaptable_range R, std::integral K = int>
  constexpr auto operator()(R&& r, K repeat = 1) const {
    return index_tuples_view<all_t<R>, product_rule>(detail::all(std::forward<R>(r)),
                                                     to_size(repeat, negative_repeat));
  }
  // Returns the closure for r | product(repeat).
  template <std::integral K>
  constexpr auto operator()(K repeat) const {
    const std::size_t size = to_size(repeat, negative_repeat);
    return closure{[size]<adaptable_range R>(R&& r) { return product_fn{}(std::forward<R>(r), size); }};
  }
};

}  // namespace detail

// product(r1, r2) / product(r, repeat) / r | product(repeat)
inline constexpr detail::product_fn product{};
// permutations(r[, k]) / r | permutations([k])
inline constexpr detail::permutations_fn permutations{};
// combinations(r, k) / r | combinations(k)
inline constexpr detail::index_tuples_fn<detail::combinations_rule, detail::negative_k> combinations{};
// combinations_with_replacement(r, k) / r | combinations_with_replacement(k)
inline constexpr detail::index_tuples_fn<detail::combinations_with_replacement_rule, detail::negative_k>
    combinations_with_replacement{};

}  // namespace wb::lazy
