// wb/lazy/detail.hpp: the plumbing under wb::lazy's views; chapter code includes wb/lazy.hpp.
//
// What lives here:
//   - view_base<D>: the CRTP base of every view (std::ranges::view_interface, or a small
//     stand-in under clang < 15 with libstdc++, whose view_interface does not compile there);
//   - all(r): how a view keeps its input (an lvalue is referenced, an rvalue is moved in);
//   - box<T>: keeps a callable (a lambda is not assignable, a view must be);
//   - begin_cache<I>: a view's first iterator, so predicates run once per element;
//   - closure / bare_pipe: the `r | name(args...)` and `r | name` spellings, and pipes
//     composed ahead of their range (lz::cycle | lz::islice(3));
//   - to_size: Python's "must be non-negative" checks for counts.
//
// Example:
//   auto v = detail::all(vec);                        // detail::ref_view<std::vector<int>>
//   auto c = detail::closure{[](auto&& r) { ... }};   // r | c calls the lambda with r
#pragma once

#include <concepts>
#include <cstddef>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <ranges>
#include <stdexcept>
#include <type_traits>
#include <utility>

// libstdc++'s std::ranges::view_interface (and so every std view: views::all, iota, istream,
// transform ...) fails to compile with clang 14. wb::lazy avoids them; tests that use std views
// check this macro.
#if defined(__clang__) && defined(_GLIBCXX_RELEASE) && __clang_major__ < 15
#define WB_LAZY_STD_VIEWS_BROKEN 1
#else
#define WB_LAZY_STD_VIEWS_BROKEN 0
#endif

namespace wb::lazy::detail {

// True when const R is a range and a const F can be called with (args..., an element of const R).
// One concept rather than an inline `range<const R> && invocable<..., range_reference_t<const R>>`:
// clang 14 treats the alias's failed substitution in a requires-clause as a hard error, but
// evaluates a concept's conjunction lazily.
template <class F, class R, class... Args>
concept const_callable_on = std::ranges::range<const R> &&
                            std::invocable<const F&, Args..., std::ranges::range_reference_t<const R>>;

#if WB_LAZY_STD_VIEWS_BROKEN
// Stands in for std::ranges::view_interface: empty() and operator bool, checked lazily.
template <class D>
struct view_base : std::ranges::view_base {
  template <class Self = D>
    requires std::ranges::forward_range<Self>
  constexpr bool empty() {
    auto& self = static_cast<Self&>(*this);
    return std::ranges::begin(self) == std::ranges::end(self);
  }
  template <class Self = D>
    requires std::ranges::forward_range<Self>
  constexpr explicit operator bool() {
    return !empty();
  }
};
#else
template <class D>
using view_base = std::ranges::view_interface<D>;
#endif

template <bool Const, class T>
using maybe_const = std::conditional_t<Const, const T, T>;

// The iterator_concept of an adaptor that walks its base one element at a time.
template <class V>
using walk_concept = std::conditional_t<std::ranges::forward_range<V>, std::forward_iterator_tag,
                                        std::input_iterator_tag>;

// Refers to a range the caller keeps (an lvalue); copying the view copies the pointer.
template <std::ranges::range R>
  requires std::is_object_v<R>
class ref_view : public view_base<ref_view<R>> {
  R* r_;

 public:
  constexpr explicit ref_view(R& r) noexcept : r_(std::addressof(r)) {}
  constexpr R& base() const noexcept { return *r_; }
  constexpr auto begin() const { return std::ranges::begin(*r_); }
  constexpr auto end() const { return std::ranges::end(*r_); }
};

// Owns a range that was handed over as an rvalue (moved in, never copied).
template <std::ranges::range R>
  requires std::movable<R>
class owning_view : public view_base<owning_view<R>> {
  R r_;

 public:
  constexpr explicit owning_view(R&& r) : r_(std::move(r)) {}
  owning_view(owning_view&&) = default;
  owning_view& operator=(owning_view&&) = default;
  constexpr R& base() noexcept { return r_; }
  constexpr auto begin() { return std::ranges::begin(r_); }
  constexpr auto end() { return std::ranges::end(r_); }
  constexpr auto begin() const
    requires std::ranges::range<const R>
  {
    return std::ranges::begin(r_);
  }
  constexpr auto end() const
    requires std::ranges::range<const R>
  {
    return std::ranges::end(r_);
  }
};

// A range an adaptor accepts: any lvalue range, or an rvalue that is movable.
template <class R>
concept adaptable_range =
    std::ranges::range<R> &&
    (std::is_lvalue_reference_v<R> || std::movable<std::remove_cvref_t<R>>);

// Returns the view an adaptor stores for r: a copyable view as it is (copied or moved), any
// other lvalue by reference, any other rvalue moved into an owning_view. O(1) plus one move.
template <adaptable_range R>
constexpr auto all(R&& r) {
  using plain = std::remove_cvref_t<R>;
  if constexpr (std::ranges::view<plain> && (std::copyable<plain> || !std::is_lvalue_reference_v<R>)) {
    return plain(std::forward<R>(r));
  } else if constexpr (std::is_lvalue_reference_v<R>) {
    return ref_view<std::remove_reference_t<R>>(r);
  } else {
    return owning_view<plain>(std::move(r));
  }
}

template <adaptable_range R>
using all_t = decltype(detail::all(std::declval<R>()));

// Holds a callable (or a value) so the holder stays assignable even when T is not (lambdas).
template <class T>
class box {
  std::optional<T> v_;

 public:
  constexpr explicit box(T v) : v_(std::move(v)) {}
  box(const box&) = default;
  box(box&&) = default;
  constexpr box& operator=(const box& other)
    requires std::copy_constructible<T>
  {
    if (this != &other) {
      if (other.v_) v_.emplace(*other.v_); else v_.reset();
    }
    return *this;
  }
  constexpr box& operator=(box&& other) noexcept(std::is_nothrow_move_constructible_v<T>) {
    if (this != &other) {
      if (other.v_) v_.emplace(std::move(*other.v_)); else v_.reset();
    }
    return *this;
  }
  constexpr T& operator*() noexcept { return *v_; }
  constexpr const T& operator*() const noexcept { return *v_; }
};

// Remembers a view's first iterator so that a second begin() does not call the predicate
// again (std::views::filter does the same). Copies and moves start empty: a cached iterator
// may point into the view it came from.
template <class I>
class begin_cache {
  std::optional<I> it_;

 public:
  begin_cache() = default;
  constexpr begin_cache(const begin_cache&) noexcept {}
  constexpr begin_cache(begin_cache&&) noexcept {}
  constexpr begin_cache& operator=(const begin_cache&) noexcept {
    it_.reset();
    return *this;
  }
  constexpr begin_cache& operator=(begin_cache&&) noexcept {
    it_.reset();
    return *this;
  }
  // Returns the cached iterator, computing it with make() the first time.
  template <class Make>
  constexpr I get(Make make) {
    if (!it_) it_.emplace(make());
    return *it_;
  }
};

// The result of name(args...) without a range: `r | closure` calls fn(r).
template <class F>
struct closure {
  using wb_lazy_pipe = void;
  F fn;

  template <adaptable_range R>
    requires std::invocable<const F&, R>
  friend constexpr auto operator|(R&& r, const closure& c) {
    return c.fn(std::forward<R>(r));
  }
  // A temporary closure may hand over what it holds (a move-only view, say).
  template <adaptable_range R>
    requires std::invocable<F, R>
  friend constexpr auto operator|(R&& r, closure&& c) {
    return std::move(c.fn)(std::forward<R>(r));
  }
};
template <class F>
closure(F) -> closure<F>;

// Lets the function object itself stand on the right of `|` (r | wb::lazy::cycle).
template <class D>
struct bare_pipe {
  using wb_lazy_pipe = void;
  template <adaptable_range R>
    requires std::invocable<const D&, R>
  friend constexpr auto operator|(R&& r, const D& d) {
    return d(std::forward<R>(r));
  }
};

// A closure or a bare function object: what may stand on the right of `|`.
template <class T>
concept pipe_like = requires { typename std::remove_cvref_t<T>::wb_lazy_pipe; };

// Composes two pipes without a range yet: (lz::cycle | lz::islice(3)) then r | that.
template <pipe_like L, pipe_like R>
constexpr auto operator|(L left, R right) {
  return closure{[left = std::move(left), right = std::move(right)]<adaptable_range X>(X&& x) {
    return (std::forward<X>(x) | left) | right;
  }};
}

// Converts a count to std::size_t; throws std::invalid_argument naming `what` if it is negative.
template <std::integral N>
constexpr std::size_t to_size(N n, const char* what) {
  if constexpr (std::signed_integral<N>) {
    if (n < 0) throw std::invalid_argument(what);
  }
  return static_cast<std::size_t>(n);
}

}  // namespace wb::lazy::detail
