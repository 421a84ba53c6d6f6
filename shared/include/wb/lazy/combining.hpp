// wb/lazy/combining.hpp: Python's itertools that join several inputs: chain,
// chain.from_iterable (here chain_from_iterable) and zip_longest.
//
// chain begins each input only when the one before it is exhausted (a single-pass input is not
// touched early); chain_from_iterable takes the next inner range from the outer one only then.
// zip_longest(fill, a, b) pads the shorter input with fill; its elements are std::pair<T, T>
// with T the common type of both value types and fill's type.
//
// Example:
//   std::string a = "ABC", b = "DEF";
//   auto abcdef = wb::lazy::chain(a, b);                                  // A B C D E F
//   auto flat = wb::lazy::chain_from_iterable(std::vector<std::string>{"ABC", "DEF"});
//   auto padded = wb::lazy::zip_longest('-', std::string("ABCD"), std::string("xy"));
//   // (A,x) (B,y) (C,-) (D,-)
#pragma once

#include <cstddef>
#include <iterator>
#include <optional>
#include <ranges>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>

#include "wb/lazy/detail.hpp"

namespace wb::lazy {

// The elements of each input in turn. Elements are the common reference of the inputs'.
template <std::ranges::view... Vs>
  requires(sizeof...(Vs) > 0)
class chain_view : public detail::view_base<chain_view<Vs...>> {
  std::tuple<Vs...> bases_;
  static constexpr std::size_t count = sizeof...(Vs);

  template <bool Const>
  class iterator {
    using parent_t = detail::maybe_const<Const, chain_view>;
    parent_t* parent_ = nullptr;
    std::variant<std::ranges::iterator_t<detail::maybe_const<Const, Vs>>...> cur_;

    template <std::size_t I>
    bool at_end_of() const {
      return std::get<I>(cur_) == std::ranges::end(std::get<I>(parent_->bases_));
    }
    // Moves past exhausted inputs, beginning the next one only when needed.
    template <std::size_t I>
    void settle() {
      if constexpr (I + 1 < count) {
        if (at_end_of<I>()) {
          cur_.template emplace<I + 1>(std::ranges::begin(std::get<I + 1>(parent_->bases_)));
          settle<I + 1>();
        }
      }
    }
    template <std::size_t... I>
    void increment(std::index_sequence<I...>) {
      const std::size_t at = cur_.index();  // settle may move cur_ on to a later input
      ((at == I ? (++std::get<I>(cur_), settle<I>()) : void()), ...);
    }

   public:
    using reference = std::common_reference_t<std::ranges::range_reference_t<detail::maybe_const<Const, Vs>>...>;
    using value_type = std::common_type_t<std::ranges::range_value_t<detail::maybe_const<Const, Vs>>...>;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::conditional_t<(std::ranges::forward_range<detail::maybe_const<Const, Vs>> && ...),
                                                std::forward_iterator_tag, std::input_iterator_tag>;
    iterator() = default;
    explicit iterator(parent_t& p)
        : parent_(&p), cur_(std::in_place_index<0>, std::ranges::begin(std::get<0>(p.bases_))) {
      settle<0>();
    }
    reference operator*() const {
      return std::visit([](auto& it) -> reference { return *it; }, cur_);
    }
    iterator& operator++() {
      increment(std::make_index_sequence<count>{});
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
    friend bool operator==(const iterator& a, const iterator& b)
      requires(std::equality_comparable<std::ranges::iterator_t<detail::maybe_const<Const, Vs>>> && ...)
    {
      return a.cur_ == b.cur_;
    }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.at_end(); }

   private:
    bool at_end() const { return cur_.index() == count - 1 && at_end_of<count - 1>(); }
  };

 public:
  explicit chain_view(Vs... bases) : bases_(std::move(bases)...) {}
  auto begin() { return iterator<false>(*this); }
  auto begin() const
    requires(std::ranges::range<const Vs> && ...)
  {
    return iterator<true>(*this);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

// The elements of each range that the outer range produces, in turn (an input range: the
// current inner range is kept in the view, which matters when the outer range makes them).
template <std::ranges::view V>
  requires detail::adaptable_range<std::ranges::range_reference_t<V>>
class chain_from_iterable_view : public detail::view_base<chain_from_iterable_view<V>> {
  using inner_t = detail::all_t<std::ranges::range_reference_t<V>>;
  V base_;
  std::optional<std::ranges::iterator_t<V>> outer_;
  std::optional<inner_t> inner_;
  std::optional<std::ranges::iterator_t<inner_t>> cur_;

  // Moves to the next element, taking inner ranges from the outer one until one has it.
  void settle() {
    while (!cur_ || *cur_ == std::ranges::end(*inner_)) {
      cur_.reset();
      inner_.reset();
      if (!outer_) outer_.emplace(std::ranges::begin(base_));
      else if (*outer_ != std::ranges::end(base_)) ++*outer_;
      if (*outer_ == std::ranges::end(base_)) return;
      inner_.emplace(detail::all(**outer_));
      cur_.emplace(std::ranges::begin(*inner_));
    }
  }

  class iterator {
    chain_from_iterable_view* parent_ = nullptr;

   public:
    using value_type = std::ranges::range_value_t<inner_t>;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::input_iterator_tag;
    iterator() = default;
    explicit iterator(chain_from_iterable_view& p) : parent_(&p) {}
    decltype(auto) operator*() const { return **parent_->cur_; }
    iterator& operator++() {
      ++*parent_->cur_;
      parent_->settle();
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.at_end(); }

   private:
    bool at_end() const { return !parent_->cur_; }
  };

 public:
  explicit chain_from_iterable_view(V base) : base_(std::move(base)) {}
  // Returns an iterator at the first element; like a Python iterator, a second loop
  // continues after the last element handed out.
  iterator begin() {
    if (cur_) ++*cur_;
    settle();
    return iterator(*this);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

// Pairs (a[i], b[i]) until both are exhausted; the shorter one is padded with fill.
template <std::ranges::view A, std::ranges::view B, class T>
class zip_longest_view : public detail::view_base<zip_longest_view<A, B, T>> {
  A a_;
  B b_;
  T fill_;

  template <bool Const>
  class iterator {
    using parent_t = detail::maybe_const<Const, zip_longest_view>;
    using a_t = detail::maybe_const<Const, A>;
    using b_t = detail::maybe_const<Const, B>;
    parent_t* parent_ = nullptr;
    std::ranges::iterator_t<a_t> a_{};
    std::ranges::iterator_t<b_t> b_{};
    bool a_live_ = false;  // a is not exhausted (once exhausted it is never advanced again)
    bool b_live_ = false;

   public:
    using value_type = std::pair<T, T>;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::conditional_t<std::ranges::forward_range<a_t> && std::ranges::forward_range<b_t>,
                                                std::forward_iterator_tag, std::input_iterator_tag>;
    iterator() = default;
    explicit iterator(parent_t& p)
        : parent_(&p),
          a_(std::ranges::begin(p.a_)),
          b_(std::ranges::begin(p.b_)),
          a_live_(a_ != std::ranges::end(p.a_)),
          b_live_(b_ != std::ranges::end(p.b_)) {}
    value_type operator*() const {
      return value_type(a_live_ ? static_cast<T>(*a_) : parent_->fill_, b_live_ ? static_cast<T>(*b_) : parent_->fill_);
    }
    iterator& operator++() {
      if (a_live_) a_live_ = ++a_ != std::ranges::end(parent_->a_);
      if (b_live_) b_live_ = ++b_ != std::ranges::end(parent_->b_);
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
    friend bool operator==(const iterator& a, const iterator& b)
      requires std::equality_comparable<std::ranges::iterator_t<a_t>> &&
               std::equality_comparable<std::ranges::iterator_t<b_t>>
    {
      return a.a_ == b.a_ && a.b_ == b.b_;
    }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return !it.a_live_ && !it.b_live_; }
  };

 public:
  zip_longest_view(T fill, A a, B b) : a_(std::move(a)), b_(std::move(b)), fill_(std::move(fill)) {}
  auto begin() { return iterator<false>(*this); }
  auto begin() const
    requires std::ranges::range<const A> && std::ranges::range<const B>
  {
    return iterator<true>(*this);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

namespace detail {

struct chain_fn {
  // Returns the elements of r1, then r2, ... Each input is begun only when reached. O(1) each
  // (plus skipping empty inputs).
  template <adaptable_range... Rs>
    requires(sizeof...(Rs) > 0)
  constexpr auto operator()(Rs&&... rs) const {
    return chain_view<all_t<Rs>...>(detail::all(std::forward<Rs>(rs))...);
  }
};

struct chain_from_iterable_fn : bare_pipe<chain_from_iterable_fn> {
  // Returns the elements of each range in rr, in turn (Python's chain.from_iterable).
  template <adaptable_range R>
  constexpr auto operator()(R&& rr) const {
    return chain_from_iterable_view<all_t<R>>(detail::all(std::forward<R>(rr)));
  }
  constexpr auto operator()() const { return *this; }
};

struct zip_longest_fn {
  // Returns pairs of a's and b's elements, padding the shorter with fill, until both are
  // exhausted. T = the common type of both value types and fill's type. O(1) per pair.
  template <class Fill, adaptable_range A, adaptable_range B>
  constexpr auto operator()(Fill fill, A&& a, B&& b) const {
    using T = std::common_type_t<std::ranges::range_value_t<all_t<A>>, std::ranges::range_value_t<all_t<B>>,
                                 std::decay_t<Fill>>;
    return zip_longest_view<all_t<A>, all_t<B>, T>(static_cast<T>(std::move(fill)), detail::all(std::forward<A>(a)),
                                                   detail::all(std::forward<B>(b)));
  }
};

}  // namespace detail

// chain(r1, r2, ...)
inline constexpr detail::chain_fn chain{};
// chain_from_iterable(rr) / rr | chain_from_iterable
inline constexpr detail::chain_from_iterable_fn chain_from_iterable{};
// zip_longest(fill, r1, r2)
inline constexpr detail::zip_longest_fn zip_longest{};

}  // namespace wb::lazy
