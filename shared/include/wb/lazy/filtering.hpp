// wb/lazy/filtering.hpp: Python's itertools that pick elements by value: compress, dropwhile,
// takewhile and filterfalse (islice, which picks by position, is in islice.hpp).
//
// Each view hands out its input's own elements (references into a vector stay references),
// calls a predicate once per element it looks at, in order, and takes from a single-pass input
// exactly as many elements as CPython would (takewhile takes the first failing element too). Forward when the input is forward, input otherwise.
//
// Example:
//   std::vector<int> v{1, 4, 6, 4, 1};
//   auto small = v | wb::lazy::takewhile([](int x) { return x < 5; });     // 1 4
//   auto big = wb::lazy::dropwhile([](int x) { return x < 5; }, v);        // 6 4 1
#pragma once

#include <cstddef>
#include <functional>
#include <iterator>
#include <optional>
#include <ranges>
#include <stdexcept>
#include <type_traits>
#include <utility>

#include "wb/lazy/detail.hpp"

namespace wb::lazy {

// data[i] for each i where selectors[i] is true; stops at the shorter of the two.
template <std::ranges::view D, std::ranges::view S>
class compress_view : public detail::view_base<compress_view<D, S>> {
  D data_;
  S sel_;

  template <bool Const>
  class iterator {
    using parent_t = detail::maybe_const<Const, compress_view>;
    using data_t = detail::maybe_const<Const, D>;
    using sel_t = detail::maybe_const<Const, S>;
    parent_t* parent_ = nullptr;
    std::ranges::iterator_t<data_t> d_{};
    std::optional<std::ranges::iterator_t<sel_t>> s_;  // begun only once data has an element
    bool done_ = false;

    // Stops at the next selected datum; takes a datum before its selector, as CPython does.
    void settle() {
      while (true) {
        if (d_ == std::ranges::end(parent_->data_)) break;
        if (!s_) s_.emplace(std::ranges::begin(parent_->sel_));
        if (*s_ == std::ranges::end(parent_->sel_)) break;
        if (static_cast<bool>(**s_)) return;
        ++d_;
        if (d_ != std::ranges::end(parent_->data_)) ++*s_;
      }
      done_ = true;
    }

   public:
    using value_type = std::ranges::range_value_t<data_t>;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::conditional_t<std::ranges::forward_range<data_t> && std::ranges::forward_range<sel_t>,
                                                std::forward_iterator_tag, std::input_iterator_tag>;
    iterator() = default;
    explicit iterator(parent_t& p) : parent_(&p), d_(std::ranges::begin(p.data_)) { settle(); }
    decltype(auto) operator*() const { return *d_; }
    iterator& operator++() {
      ++d_;
      if (d_ != std::ranges::end(parent_->data_)) ++*s_;
      settle();
      return *this;
    }
    auto operator++(int) {
      if constexpr (std::is_same_v<iterator_concept, std::forward_iterator_tag>) {
        auto old = *this;
        ++*this;
        return old;
      } else {
        ++*this;
      }
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.d_ == b.d_; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.done_; }
  };

 public:
  compress_view(D data, S sel) : data_(std::move(data)), sel_(std::move(sel)) {}
  auto begin() { return iterator<false>(*this); }
  auto begin() const
    requires std::ranges::range<const D> && std::ranges::range<const S>
  {
    return iterator<true>(*this);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

// Skips elements while pred holds, then hands out the rest (pred is not called again).
template <class V, class Pred>
class dropwhile_view : public detail::view_base<dropwhile_view<V, Pred>> {
  V base_;
  detail::box<Pred> pred_;
  detail::begin_cache<std::ranges::iterator_t<V>> first_;

  template <class Self>
  static auto first(Self& self) {
    auto it = std::ranges::begin(self.base_);
    while (it != std::ranges::end(self.base_) && static_cast<bool>(std::invoke(*self.pred_, *it))) ++it;
    return it;
  }

 public:
  dropwhile_view(Pred pred, V base) : base_(std::move(base)), pred_(std::move(pred)) {}
  // Returns the input's own iterator at the first element that fails pred. O(skipped) the
  // first time; a forward view remembers it (a const one does not).
  auto begin() {
    if constexpr (std::ranges::forward_range<V>) return first_.get([this] { return first(*this); });
    else return first(*this);
  }
  auto begin() const
    requires detail::const_callable_on<Pred, V>
  {
    return first(*this);
  }
  auto end() { return std::ranges::end(base_); }
  auto end() const
    requires std::ranges::range<const V>
  {
    return std::ranges::end(base_);
  }
};

// Shared by takewhile_view (Take = true: stop at the first failure) and filterfalse_view
// (Take = false: skip every element for which pred holds).
template <std::ranges::view V, class Pred, bool Take>
class predicate_view : public detail::view_base<predicate_view<V, Pred, Take>> {
  V base_;
  detail::box<Pred> pred_;

  template <bool Const>
  class iterator;
  detail::begin_cache<iterator<false>> first_;

  template <bool Const>
  class iterator {
    using parent_t = detail::maybe_const<Const, predicate_view>;
    using base_t = detail::maybe_const<Const, V>;
    parent_t* parent_ = nullptr;
    std::ranges::iterator_t<base_t> cur_{};
    bool done_ = false;

    bool at_end() const { return cur_ == std::ranges::end(parent_->base_); }
    bool test() const { return static_cast<bool>(std::invoke(*parent_->pred_, *cur_)); }
    void settle() {
      if constexpr (Take) {
        done_ = at_end() || !test();
      } else {
        while (!at_end() && test()) ++cur_;
        done_ = at_end();
      }
    }

   public:
    using value_type = std::ranges::range_value_t<base_t>;
    using difference_type = std::ranges::range_difference_t<base_t>;
    using iterator_concept = detail::walk_concept<base_t>;
    iterator() = default;
    explicit iterator(parent_t& p) : parent_(&p), cur_(std::ranges::begin(p.base_)) { settle(); }
    decltype(auto) operator*() const { return *cur_; }
    iterator& operator++() {
      ++cur_;
      settle();
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
      return a.cur_ == b.cur_;
    }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.done_; }
  };

 public:
  predicate_view(Pred pred, V base) : base_(std::move(base)), pred_(std::move(pred)) {}
  // Returns an iterator at the first element to hand out; a forward view remembers it, so
  // pred is not called again by a second begin() (a const view does not remember).
  auto begin() {
    if constexpr (std::ranges::forward_range<V>) return first_.get([this] { return iterator<false>(*this); });
    else return iterator<false>(*this);
  }
  auto begin() const
    requires detail::const_callable_on<Pred, V>
  {
    return iterator<true>(*this);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

template <class V, class Pred>
using takewhile_view = predicate_view<V, Pred, true>;
template <class V, class Pred>
using filterfalse_view = predicate_view<V, Pred, false>;

namespace detail {

// Function objects for the predicate adaptors: f(pred, r) and r | f(pred).
template <template <class, class> class View>
struct predicate_fn {
  template <class Pred, adaptable_range R>
  constexpr auto operator()(Pred pred, R&& r) const {
    return View<all_t<R>, Pred>(std::move(pred), detail::all(std::forward<R>(r)));
  }
  template <class Pred>
  constexpr auto operator()(Pred pred) const {
    return closure{[p = std::move(pred)]<adaptable_range R>(R&& r) {
      return View<all_t<R>, Pred>(p, detail::all(std::forward<R>(r)));
    }};
  }
};

struct compress_fn {
  // Returns data's elements whose selector is true; stops at the shorter input. O(1) each.
  template <adaptable_range D, adaptable_range S>
  constexpr auto operator()(D&& data, S&& selectors) const {
    return compress_view<all_t<D>, all_t<S>>(detail::all(std::forward<D>(data)),
                                             detail::all(std::forward<S>(selectors)));
  }
  // Returns the closure for `data | compress(selectors)` (selectors are kept as given).
  template <adaptable_range S>
  constexpr auto operator()(S&& selectors) const {
    return closure{with_selectors<all_t<S>>{detail::all(std::forward<S>(selectors))}};
  }

 private:
  template <class S>
  struct with_selectors {
    S selectors;
    template <adaptable_range D>
      requires std::copyable<S>
    constexpr auto operator()(D&& data) const& {
      return compress_view<all_t<D>, S>(detail::all(std::forward<D>(data)), selectors);
    }
    template <adaptable_range D>
    constexpr auto operator()(D&& data) && {
      return compress_view<all_t<D>, S>(detail::all(std::forward<D>(data)), std::move(selectors));
    }
  };
};

}  // namespace detail

// compress(data, selectors) / data | compress(selectors)
inline constexpr detail::compress_fn compress{};
// dropwhile(pred, r) / r | dropwhile(pred): the input's elements from the first that fails pred.
inline constexpr detail::predicate_fn<dropwhile_view> dropwhile{};
// takewhile(pred, r) / r | takewhile(pred): the input's elements up to the first that fails pred.
inline constexpr detail::predicate_fn<takewhile_view> takewhile{};
// filterfalse(pred, r) / r | filterfalse(pred): the input's elements for which pred is false.
inline constexpr detail::predicate_fn<filterfalse_view> filterfalse{};

}  // namespace wb::lazy
