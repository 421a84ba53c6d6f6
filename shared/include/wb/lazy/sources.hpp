// wb/lazy/sources.hpp: Python's infinite iterators (count, repeat, cycle), plus iter() and list().
//
// count and repeat(value) never end and cycle ends only for an empty input: bound them with
// islice or takewhile. iter(r) is Python's iter(): a one-shot view over r that remembers how
// far it got, so a second loop continues where the first stopped (what the tests use to check
// how much of an input each adaptor consumes). to_vector(r) is Python's list(r).
//
// Example:
//   for (int i : wb::lazy::count(10) | wb::lazy::islice(3)) ...             // 10 11 12
//   auto abab = wb::lazy::to_vector(wb::lazy::cycle(std::string("AB")) | wb::lazy::islice(4));
//   auto it = wb::lazy::iter(v);   // then `it | islice(2)`, and later `it` gives the rest
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

// start, start + step, start + 2*step, ... by repeated addition, as CPython does.
template <class T>
class count_view : public detail::view_base<count_view<T>> {
  T start_;
  T step_;

 public:
  class iterator {
    T value_{};
    T step_{};
    std::ptrdiff_t index_ = 0;

   public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::forward_iterator_tag;
    using iterator_category = std::input_iterator_tag;  // yields prvalues
    iterator() = default;
    constexpr iterator(T value, T step) : value_(std::move(value)), step_(std::move(step)) {}
    constexpr T operator*() const { return value_; }
    constexpr iterator& operator++() {
      value_ = static_cast<T>(value_ + step_);
      ++index_;
      return *this;
    }
    constexpr iterator operator++(int) {
      auto old = *this;
      ++*this;
      return old;
    }
    friend constexpr bool operator==(const iterator& a, const iterator& b) { return a.index_ == b.index_; }
  };

  constexpr count_view(T start, T step) : start_(std::move(start)), step_(std::move(step)) {}
  constexpr iterator begin() const { return iterator(start_, step_); }
  constexpr std::unreachable_sentinel_t end() const noexcept { return {}; }
};

// value, n times (Bounded) or forever; every element is a reference to the one stored value.
template <class T, bool Bounded>
class repeat_view : public detail::view_base<repeat_view<T, Bounded>> {
  detail::box<T> value_;
  std::size_t n_ = 0;

 public:
  class iterator {
    const T* value_ = nullptr;
    std::size_t index_ = 0;

   public:
    using value_type = T;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::forward_iterator_tag;
    using iterator_category = std::forward_iterator_tag;
    iterator() = default;
    constexpr iterator(const T* value, std::size_t index) : value_(value), index_(index) {}
    constexpr const T& operator*() const { return *value_; }
    constexpr iterator& operator++() {
      ++index_;
      return *this;
    }
    constexpr iterator operator++(int) {
      auto old = *this;
      ++index_;
      return old;
    }
    friend constexpr bool operator==(const iterator& a, const iterator& b) { return a.index_ == b.index_; }
  };

  constexpr explicit repeat_view(T value, std::size_t n = 0) : value_(std::move(value)), n_(n) {}
  constexpr iterator begin() const { return iterator(&*value_, 0); }
  constexpr auto end() const {
    if constexpr (Bounded) return iterator(&*value_, n_);
    else return std::unreachable_sentinel;
  }
  constexpr std::size_t size() const
    requires Bounded
  {
    return n_;
  }
};

// Repeats a forward range by walking it again (nothing stored); empty input gives nothing.
template <std::ranges::view V>
  requires std::ranges::forward_range<V>
class cycle_view : public detail::view_base<cycle_view<V>> {
  V base_;

  template <bool Const>
  class iterator {
    using parent_t = detail::maybe_const<Const, cycle_view>;
    using base_t = detail::maybe_const<Const, V>;
    parent_t* parent_ = nullptr;
    std::ranges::iterator_t<base_t> cur_{};
    std::size_t lap_ = 0;

   public:
    using value_type = std::ranges::range_value_t<base_t>;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::forward_iterator_tag;
    iterator() = default;
    constexpr explicit iterator(parent_t& p) : parent_(&p), cur_(std::ranges::begin(p.base_)) {}
    constexpr decltype(auto) operator*() const { return *cur_; }
    constexpr iterator& operator++() {
      if (++cur_ == std::ranges::end(parent_->base_)) {
        cur_ = std::ranges::begin(parent_->base_);
        ++lap_;
      }
      return *this;
    }
    constexpr iterator operator++(int) {
      auto old = *this;
      ++*this;
      return old;
    }
    friend constexpr bool operator==(const iterator& a, const iterator& b) {
      return a.lap_ == b.lap_ && a.cur_ == b.cur_;
    }
    // Equal to the end only when the input is empty.
    friend constexpr bool operator==(const iterator& it, std::default_sentinel_t) { return it.at_end(); }

   private:
    constexpr bool at_end() const { return cur_ == std::ranges::end(parent_->base_); }
  };

 public:
  constexpr explicit cycle_view(V base) : base_(std::move(base)) {}
  constexpr auto begin() { return iterator<false>(*this); }
  constexpr auto begin() const
    requires std::ranges::forward_range<const V>
  {
    return iterator<true>(*this);
  }
  constexpr std::default_sentinel_t end() const noexcept { return {}; }
};

// Repeats a single-pass range the way CPython does: saves each element as it first passes,
// then replays the saved copies. Input range; O(n) memory for an n-element input.
template <std::ranges::view V>
class saving_cycle_view : public detail::view_base<saving_cycle_view<V>> {
  using value_t = std::ranges::range_value_t<V>;
  V base_;
  std::optional<std::ranges::iterator_t<V>> src_;
  bool src_done_ = false;
  std::vector<value_t> saved_;

  // Pulls the next input element into saved_; false once the input is exhausted.
  bool pull() {
    if (src_done_) return false;
    if (!src_) src_.emplace(std::ranges::begin(base_));
    else ++*src_;
    if (*src_ == std::ranges::end(base_)) {
      src_done_ = true;
      return false;
    }
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
// GCC 12 at -O2 warns that the first push_back's reallocation writes outside 'int [0]' (its
// -Warray-bounds false positive on vector growth, GCC bug 107852); nothing is out of bounds.
#pragma GCC diagnostic ignored "-Warray-bounds"
#endif
    saved_.push_back(**src_);
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif
    return true;
  }

  class iterator {
    saving_cycle_view* parent_ = nullptr;
    std::size_t index_ = 0;

   public:
    using value_type = value_t;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::input_iterator_tag;
    iterator() = default;
    explicit iterator(saving_cycle_view& p) : parent_(&p) {}
    const value_t& operator*() const { return parent_->saved_[index_]; }
    iterator& operator++() {
      if (++index_ == parent_->saved_.size() && !parent_->pull()) index_ = 0;
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.at_end(); }

   private:
    bool at_end() const { return parent_->saved_.empty(); }
  };

 public:
  explicit saving_cycle_view(V base) : base_(std::move(base)) {}
  iterator begin() {
    if (!src_) pull();
    return iterator(*this);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

// Python's iter(r): a one-shot input view whose copies share one position in r. Each begin()
// continues after the last element handed out, so an adaptor that stopped early leaves the
// rest for the next loop, exactly as a Python iterator would.
template <std::ranges::view V>
class iter_view : public detail::view_base<iter_view<V>> {
  struct state {
    V base;
    std::optional<std::ranges::iterator_t<V>> cur;
    std::size_t pulled = 0;
  };
  std::shared_ptr<state> s_;

  class iterator {
    state* s_ = nullptr;

   public:
    using value_type = std::ranges::range_value_t<V>;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::input_iterator_tag;
    iterator() = default;
    explicit iterator(state* s) : s_(s) {}
    decltype(auto) operator*() const { return **s_->cur; }
    iterator& operator++() {
      if (++*s_->cur != std::ranges::end(s_->base)) ++s_->pulled;
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) {
      return *it.s_->cur == std::ranges::end(it.s_->base);
    }
  };

 public:
  explicit iter_view(V base) : s_(std::make_shared<state>(state{std::move(base), std::nullopt, 0})) {}
  // Returns an iterator at the first element not yet handed out (pulls it from the input).
  iterator begin() const {
    auto& st = *s_;
    if (!st.cur) {
      st.cur.emplace(std::ranges::begin(st.base));
      if (*st.cur != std::ranges::end(st.base)) ++st.pulled;
    } else if (*st.cur != std::ranges::end(st.base)) {
      if (++*st.cur != std::ranges::end(st.base)) ++st.pulled;
    }
    return iterator(s_.get());
  }
  std::default_sentinel_t end() const noexcept { return {}; }
  // Returns how many elements have been taken from the input so far (Python's "consumed").
  std::size_t pulled() const noexcept { return s_->pulled; }
};

namespace detail {

struct count_fn {
  // Returns start, start+step, ... forever (T = the common type of start and step). O(1) each.
  // Signed overflow is undefined behaviour in C++ (Python's ints are unbounded).
  template <class Start, class Step>
  constexpr auto operator()(Start start, Step step) const {
    using T = std::common_type_t<Start, Step>;
    return count_view<T>(static_cast<T>(start), static_cast<T>(step));
  }
  template <class Start>
  constexpr auto operator()(Start start) const {
    return count_view<Start>(start, static_cast<Start>(1));
  }
  constexpr auto operator()() const { return count_view<int>(0, 1); }
};

struct repeat_fn {
  // Returns value forever. O(1).
  template <class T>
  constexpr auto operator()(T value) const {
    return repeat_view<T, false>(std::move(value));
  }
  // Returns value n times (a negative n gives nothing, as in Python). O(1), sized.
  template <class T, std::integral N>
  constexpr auto operator()(T value, N n) const {
    std::size_t times = 0;
    if constexpr (std::signed_integral<N>) {
      if (n > 0) times = static_cast<std::size_t>(n);
    } else {
      times = static_cast<std::size_t>(n);
    }
    return repeat_view<T, true>(std::move(value), times);
  }
};

struct cycle_fn : bare_pipe<cycle_fn> {
  // Returns r's elements repeated forever (nothing if r is empty). A forward r is walked
  // again on each lap; a single-pass r is saved as it goes, O(n) memory.
  template <adaptable_range R>
  constexpr auto operator()(R&& r) const {
    using V = all_t<R>;
    if constexpr (std::ranges::forward_range<V>) return cycle_view<V>(detail::all(std::forward<R>(r)));
    else return saving_cycle_view<V>(detail::all(std::forward<R>(r)));
  }
  constexpr auto operator()() const { return *this; }
};

struct iter_fn {
  // Returns a one-shot view over r (Python's iter(r)); copies share the position. O(1).
  template <adaptable_range R>
  auto operator()(R&& r) const {
    return iter_view<all_t<R>>(detail::all(std::forward<R>(r)));
  }
};

struct to_vector_fn : bare_pipe<to_vector_fn> {
  // Returns r's elements in a std::vector (Python's list(r)). O(n); never ends on an infinite r.
  template <std::ranges::input_range R>
  auto operator()(R&& r) const {
    std::vector<std::ranges::range_value_t<R>> out;
    if constexpr (std::ranges::sized_range<R>) out.reserve(std::ranges::size(r));
    for (auto&& x : r) out.push_back(std::forward<decltype(x)>(x));
    return out;
  }
  auto operator()() const { return *this; }
};

}  // namespace detail

inline constexpr detail::count_fn count{};
inline constexpr detail::repeat_fn repeat{};
inline constexpr detail::cycle_fn cycle{};
inline constexpr detail::iter_fn iter{};
inline constexpr detail::to_vector_fn to_vector{};

}  // namespace wb::lazy
