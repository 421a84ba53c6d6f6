// wb/lazy/islice.hpp: Python's itertools.islice, elements picked by position.
//
// islice(r, stop) and islice(r, start, stop[, step]) hand out r's own elements at positions
// start, start + step, ... below stop; std::nullopt as stop is Python's None. It takes from a
// single-pass input exactly what CPython's islice takes: islice(it, 3) takes 3 elements, and
// start >= stop gives nothing but still skips `start` elements when iterated. Forward when the
// input is forward, input otherwise.
//
// Example:
//   std::vector<int> v{1, 4, 6, 4, 1};
//   auto odd_places = wb::lazy::islice(v, 1, 5, 2);                         // 4 4
//   for (int i : wb::lazy::count(10) | wb::lazy::islice(3)) ...            // 10 11 12
#pragma once

#include <cstddef>
#include <iterator>
#include <limits>
#include <optional>
#include <ranges>
#include <stdexcept>
#include <type_traits>
#include <utility>

#include "wb/lazy/detail.hpp"

namespace wb::lazy {

namespace detail {
// islice's stop for Python's None: no element index reaches it.
inline constexpr std::size_t no_stop = std::numeric_limits<std::size_t>::max();
}  // namespace detail

// Python's islice: elements start, start+step, ... below stop. stop == detail::no_stop is None.
template <std::ranges::view V>
class islice_view : public detail::view_base<islice_view<V>> {
  V base_;
  std::size_t start_;
  std::size_t stop_;
  std::size_t step_;

  template <bool Const>
  class iterator {
    using parent_t = detail::maybe_const<Const, islice_view>;
    using base_t = detail::maybe_const<Const, V>;
    parent_t* parent_ = nullptr;
    std::optional<std::ranges::iterator_t<base_t>> cur_;  // at the last element taken
    std::size_t taken_ = 0;                               // CPython's cnt
    std::size_t next_ = 0;                                // index of the next element to yield
    bool done_ = false;

    // Takes one more input element; false once the input is exhausted.
    bool pull() {
      if (!cur_) cur_.emplace(std::ranges::begin(parent_->base_));
      else ++*cur_;
      if (*cur_ == std::ranges::end(parent_->base_)) return false;
      ++taken_;
      return true;
    }
    // Moves to the next element to yield, taking no more input than CPython's islice_next.
    void advance() {
      while (taken_ < next_) {
        if (!pull()) {
          done_ = true;
          return;
        }
      }
      if (taken_ >= parent_->stop_ || !pull()) {
        done_ = true;
        return;
      }
      const std::size_t old = next_;
      next_ += parent_->step_;
      if (next_ < old || next_ > parent_->stop_) next_ = parent_->stop_;
    }

   public:
    using value_type = std::ranges::range_value_t<base_t>;
    using difference_type = std::ranges::range_difference_t<base_t>;
    using iterator_concept = detail::walk_concept<base_t>;
    iterator() = default;
    explicit iterator(parent_t& p) : parent_(&p), next_(p.start_) { advance(); }
    decltype(auto) operator*() const { return **cur_; }
    iterator& operator++() {
      advance();
      return *this;
    }
    auto operator++(int) {
      if constexpr (std::ranges::forward_range<base_t>) {
        auto old = *this;
        advance();
        return old;
      } else {
        advance();
      }
    }
    friend bool operator==(const iterator& a, const iterator& b) {
      return a.done_ == b.done_ && (a.done_ || a.taken_ == b.taken_);
    }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.done_; }
  };

 public:
  // Throws std::invalid_argument if step is 0.
  islice_view(V base, std::size_t start, std::size_t stop, std::size_t step)
      : base_(std::move(base)), start_(start), stop_(stop), step_(step) {
    if (step_ == 0) throw std::invalid_argument("islice: step must be a positive integer");
  }
  auto begin() { return iterator<false>(*this); }
  auto begin() const
    requires std::ranges::range<const V>
  {
    return iterator<true>(*this);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

namespace detail {

// A stop argument: a count, or std::nullopt for Python's None (no stop).
template <class T>
concept stop_arg = std::integral<T> || std::same_as<T, std::nullopt_t>;

template <stop_arg T>
constexpr std::size_t to_stop(T stop) {
  if constexpr (std::integral<T>) return to_size(stop, "islice: stop must be non-negative");
  else return no_stop;
}

struct islice_fn {
 private:
  template <class R>
  static constexpr auto make(R&& r, std::size_t start, std::size_t stop, std::size_t step) {
    return islice_view<all_t<R>>(detail::all(std::forward<R>(r)), start, stop, step);
  }
  static constexpr auto pipe(std::size_t start, std::size_t stop, std::size_t step) {
    if (step == 0) throw std::invalid_argument("islice: step must be a positive integer");
    return closure{[=]<adaptable_range R>(R&& r) { return make(std::forward<R>(r), start, stop, step); }};
  }

 public:
  // Returns r's first `stop` elements. O(1) per element; takes at most `stop` from r.
  template <adaptable_range R, stop_arg Stop>
  constexpr auto operator()(R&& r, Stop stop) const {
    return make(std::forward<R>(r), 0, to_stop(stop), 1);
  }
  // Returns r[start:stop:step] (Python's islice). Throws std::invalid_argument if step is 0
  // or an argument is negative. start >= stop gives nothing (but still takes `start` elements
  // from r when iterated, as CPython does).
  template <adaptable_range R, std::integral Start, stop_arg Stop, std::integral Step = std::size_t>
  constexpr auto operator()(R&& r, Start start, Stop stop, Step step = 1) const {
    return make(std::forward<R>(r), to_size(start, "islice: start must be non-negative"), to_stop(stop),
                to_size(step, "islice: step must be a positive integer"));
  }
  // Return the closures for r | islice(stop) and r | islice(start, stop[, step]); the
  // arguments are checked at once.
  template <stop_arg Stop>
  constexpr auto operator()(Stop stop) const {
    return pipe(0, to_stop(stop), 1);
  }
  template <std::integral Start, stop_arg Stop, std::integral Step = std::size_t>
  constexpr auto operator()(Start start, Stop stop, Step step = 1) const {
    return pipe(to_size(start, "islice: start must be non-negative"), to_stop(stop),
                to_size(step, "islice: step must be a positive integer"));
  }
};

}  // namespace detail

// islice(r, stop) / islice(r, start, stop[, step]) / r | islice(...)
inline constexpr detail::islice_fn islice{};

}  // namespace wb::lazy
