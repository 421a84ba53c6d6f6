// wb/lazy/transforming.hpp: Python's itertools that compute new values from their input:
// accumulate (running fold), starmap (call with unpacked arguments) and pairwise.
//
// accumulate hands out its running total by value; starmap hands out whatever the function
// returns; pairwise hands out std::pair<T, T> copies (T = the input's value type). Forward when
// the input is forward, input otherwise; each takes its input one element at a time.
//
// Example:
//   std::vector<int> v{1, 2, 3, 4, 5};
//   auto sums = wb::lazy::accumulate(v);                                   // 1 3 6 10 15
//   auto from100 = v | wb::lazy::accumulate(std::plus<>{}, 100);           // 100 101 ... 115
//   auto powers = wb::lazy::starmap([](int b, int e) { ... }, pairs);      // f(b, e) for each
//   for (auto [a, b] : v | wb::lazy::pairwise) ...                          // (1,2) (2,3) ...
#pragma once

#include <cstddef>
#include <functional>
#include <iterator>
#include <optional>
#include <ranges>
#include <tuple>
#include <type_traits>
#include <utility>

#include "wb/lazy/detail.hpp"

namespace wb::lazy {

// Running fold: [initial,] x0, op(x0, x1), op(op(x0, x1), x2), ... with totals of type T.
// HasInitial: `initial` comes first and the input is not begun until the second element.
template <std::ranges::view V, class Op, class T, bool HasInitial>
class accumulate_view : public detail::view_base<accumulate_view<V, Op, T, HasInitial>> {
  V base_;
  detail::box<Op> op_;
  std::optional<T> initial_;

  template <bool Const>
  class iterator {
    using parent_t = detail::maybe_const<Const, accumulate_view>;
    using base_t = detail::maybe_const<Const, V>;
    parent_t* parent_ = nullptr;
    std::optional<std::ranges::iterator_t<base_t>> cur_;  // at the last element folded in
    std::optional<T> total_;
    std::size_t index_ = 0;
    bool done_ = false;

    // Takes the next input element; false once the input is exhausted.
    bool pull() {
      if (!cur_) cur_.emplace(std::ranges::begin(parent_->base_));
      else ++*cur_;
      return *cur_ != std::ranges::end(parent_->base_);
    }

   public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = detail::walk_concept<base_t>;
    iterator() = default;
    explicit iterator(parent_t& p) : parent_(&p) {
      if constexpr (HasInitial) {
        total_ = *p.initial_;
      } else if (pull()) {
        total_.emplace(**cur_);
      } else {
        done_ = true;
      }
    }
    T operator*() const { return *total_; }
    iterator& operator++() {
      ++index_;
      if (pull()) total_.emplace(static_cast<T>(std::invoke(*parent_->op_, std::move(*total_), **cur_)));
      else done_ = true;
      return *this;
    }
    auto operator++(int) {
      if constexpr (std::ranges::forward_range<base_t>) {
        auto old = *this;
        ++*this;
        return old;
      } else {
        ++*this;
      }
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.index_ == b.index_; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.done_; }
  };

 public:
  accumulate_view(V base, Op op, std::optional<T> initial)
      : base_(std::move(base)), op_(std::move(op)), initial_(std::move(initial)) {}
  auto begin() { return iterator<false>(*this); }
  auto begin() const
    requires detail::const_callable_on<Op, V, T>
  {
    return iterator<true>(*this);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

// std::apply(f, x) for each x of the input (x is a pair, tuple or array).
template <std::ranges::view V, class F>
class starmap_view : public detail::view_base<starmap_view<V, F>> {
  V base_;
  detail::box<F> f_;

  template <bool Const>
  class iterator {
    using parent_t = detail::maybe_const<Const, starmap_view>;
    using base_t = detail::maybe_const<Const, V>;
    using f_t = detail::maybe_const<Const, F>;
    parent_t* parent_ = nullptr;
    std::ranges::iterator_t<base_t> cur_{};

   public:
    using reference = decltype(std::apply(std::declval<f_t&>(), std::declval<std::ranges::range_reference_t<base_t>>()));
    using value_type = std::remove_cvref_t<reference>;
    using difference_type = std::ranges::range_difference_t<base_t>;
    using iterator_concept = detail::walk_concept<base_t>;
    iterator() = default;
    explicit iterator(parent_t& p) : parent_(&p), cur_(std::ranges::begin(p.base_)) {}
    reference operator*() const { return std::apply(*parent_->f_, *cur_); }
    iterator& operator++() {
      ++cur_;
      return *this;
    }
    auto operator++(int) {
      if constexpr (std::ranges::forward_range<base_t>) {
        auto old = *this;
        ++cur_;
        return old;
      } else {
        ++cur_;
      }
    }
    friend bool operator==(const iterator& a, const iterator& b)
      requires std::equality_comparable<std::ranges::iterator_t<base_t>>
    {
      return a.cur_ == b.cur_;
    }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.at_end(); }

   private:
    bool at_end() const { return cur_ == std::ranges::end(parent_->base_); }
  };

 public:
  starmap_view(F f, V base) : base_(std::move(base)), f_(std::move(f)) {}
  auto begin() { return iterator<false>(*this); }
  auto begin() const
    requires std::ranges::range<const V> &&
             requires(const F& f, std::ranges::range_reference_t<const V> x) { std::apply(f, x); }
  {
    return iterator<true>(*this);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

// Overlapping pairs (x0, x1), (x1, x2), ...; nothing for fewer than two elements. Each input
// element is read once and kept by value until it has been the second of a pair.
template <std::ranges::view V>
  requires std::copyable<std::ranges::range_value_t<V>>
class pairwise_view : public detail::view_base<pairwise_view<V>> {
  V base_;

  template <bool Const>
  class iterator {
    using parent_t = detail::maybe_const<Const, pairwise_view>;
    using base_t = detail::maybe_const<Const, V>;
    using T = std::ranges::range_value_t<base_t>;
    parent_t* parent_ = nullptr;
    std::ranges::iterator_t<base_t> cur_{};  // at the second element of the current pair
    std::optional<T> first_;
    std::optional<T> second_;
    bool done_ = false;

    bool at_end() const { return cur_ == std::ranges::end(parent_->base_); }

   public:
    using value_type = std::pair<T, T>;
    using difference_type = std::ranges::range_difference_t<base_t>;
    using iterator_concept = detail::walk_concept<base_t>;
    iterator() = default;
    explicit iterator(parent_t& p) : parent_(&p), cur_(std::ranges::begin(p.base_)) {
      if (at_end()) {
        done_ = true;
        return;
      }
      first_.emplace(*cur_);
      ++cur_;
      if (at_end()) done_ = true;
      else second_.emplace(*cur_);
    }
    value_type operator*() const { return value_type(*first_, *second_); }
    iterator& operator++() {
      first_ = std::move(second_);
      ++cur_;
      if (at_end()) done_ = true;
      else second_.emplace(*cur_);
      return *this;
    }
    auto operator++(int) {
      if constexpr (std::ranges::forward_range<base_t>) {
        auto old = *this;
        ++*this;
        return old;
      } else {
        ++*this;
      }
    }
    friend bool operator==(const iterator& a, const iterator& b)
      requires std::equality_comparable<std::ranges::iterator_t<base_t>>
    {
      return a.done_ == b.done_ && a.cur_ == b.cur_;
    }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.done_; }
  };

 public:
  explicit pairwise_view(V base) : base_(std::move(base)) {}
  auto begin() { return iterator<false>(*this); }
  auto begin() const
    requires std::ranges::range<const V>
  {
    return iterator<true>(*this);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

namespace detail {

struct accumulate_fn : bare_pipe<accumulate_fn> {
  // Returns the running sums of r (nothing if r is empty). O(1) per element.
  template <adaptable_range R>
  constexpr auto operator()(R&& r) const {
    return (*this)(std::forward<R>(r), std::plus<>{});
  }
  // Returns the running fold of r with op: x0, op(x0, x1), ... (op(total, element)).
  template <adaptable_range R, class Op>
  constexpr auto operator()(R&& r, Op op) const {
    using T = std::ranges::range_value_t<all_t<R>>;
    return accumulate_view<all_t<R>, Op, T, false>(detail::all(std::forward<R>(r)), std::move(op), std::nullopt);
  }
  // Returns initial, then the running fold of r with op starting from initial; totals have
  // initial's type. An empty r gives just initial.
  template <adaptable_range R, class Op, class Init>
  constexpr auto operator()(R&& r, Op op, Init initial) const {
    return accumulate_view<all_t<R>, Op, Init, true>(detail::all(std::forward<R>(r)), std::move(op),
                                                     std::move(initial));
  }
  // Return the closures for r | accumulate(), r | accumulate(op), r | accumulate(op, initial).
  constexpr auto operator()() const { return *this; }
  template <class Op>
    requires(!adaptable_range<Op>)
  constexpr auto operator()(Op op) const {
    return closure{[op = std::move(op)]<adaptable_range R>(R&& r) { return accumulate_fn{}(std::forward<R>(r), op); }};
  }
  template <class Op, class Init>
    requires(!adaptable_range<Op>)
  constexpr auto operator()(Op op, Init initial) const {
    return closure{[op = std::move(op), initial = std::move(initial)]<adaptable_range R>(R&& r) {
      return accumulate_fn{}(std::forward<R>(r), op, initial);
    }};
  }
};

struct starmap_fn {
  // Returns std::apply(f, x) for each x of r; f is called when an element is read. O(1) each.
  template <class F, adaptable_range R>
  constexpr auto operator()(F f, R&& r) const {
    return starmap_view<all_t<R>, F>(std::move(f), detail::all(std::forward<R>(r)));
  }
  template <class F>
  constexpr auto operator()(F f) const {
    return closure{[f = std::move(f)]<adaptable_range R>(R&& r) { return starmap_fn{}(f, std::forward<R>(r)); }};
  }
};

struct pairwise_fn : bare_pipe<pairwise_fn> {
  // Returns the overlapping pairs of r's elements (one fewer than r has). O(1) per pair.
  template <adaptable_range R>
  constexpr auto operator()(R&& r) const {
    return pairwise_view<all_t<R>>(detail::all(std::forward<R>(r)));
  }
  constexpr auto operator()() const { return *this; }
};

}  // namespace detail

// accumulate(r[, op[, initial]]) / r | accumulate(...)
inline constexpr detail::accumulate_fn accumulate{};
// starmap(f, r) / r | starmap(f)
inline constexpr detail::starmap_fn starmap{};
// pairwise(r) / r | pairwise / r | pairwise()
inline constexpr detail::pairwise_fn pairwise{};

}  // namespace wb::lazy
