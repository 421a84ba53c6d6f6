// wb/generator.hpp: a lazy sequence written as a C++20 coroutine, like a Python generator function.
//
// GCC 12 ships no std::generator, so chapter 5 (lazy itertools, Fibonacci generators, pipelines)
// uses this one. A function returning wb::generator<T> may `co_yield` values of T; nothing runs
// until the consumer asks for the first value, and each ++ runs the body to the next co_yield.
//   - It is an input range and a std::ranges::view: range-for, std::ranges algorithms and views
//     (std::views::take, std::views::transform ...) work on it. It is move-only, so pipe an rvalue:
//     `fib() | std::views::take(5)`, or `std::move(g) | ...` for a named generator. (Clang 14
//     cannot compile libstdc++ 12's views for any range; with it, use range-for and algorithms.)
//   - *it is a const reference to the value just yielded: to the coroutine's own variable after
//     `co_yield x`, or to the temporary after `co_yield x + 1` (a temporary lives until the body
//     resumes). It dangles after the next ++, so copy it if you need to keep it.
//   - An exception thrown in the body reaches the consumer, rethrown from begin() or ++it; the
//     sequence then ends.
//   - Destroying the generator destroys the coroutine frame, finished or not: the body's locals
//     run their destructors, like Python closing a generator.
//   - Mark a generator function that is a template or inline with WB_GENERATOR_LINKONCE: clang
//     14's -fsanitize=undefined cannot compile such a coroutine without it (see below).
//
// Example:
//   wb::generator<long> fibonacci() {        // the book's endless fibonacci() (chapter 5)
//     long i = 0, j = 1;
//     while (true) {
//       co_yield i;
//       i = std::exchange(j, i + j);
//     }
//   }
//   for (long f : fibonacci() | std::views::take(5)) fmt::print("{} ", f);   // 0 1 1 2 3
#pragma once

#include <coroutine>
#include <cstddef>
#include <exception>
#include <iterator>
#include <memory>
#include <ranges>
#include <type_traits>
#include <utility>

// Clang 14's -fsanitize=function (part of -fsanitize=undefined) fails on coroutines emitted in
// COMDAT sections, i.e. inline functions and templates: "error: Cannot represent a difference
// across sections". This turns that one check off for the marked function; elsewhere it is empty.
#if defined(__clang__)
#define WB_GENERATOR_LINKONCE [[clang::no_sanitize("function")]]
#else
#define WB_GENERATOR_LINKONCE
#endif

namespace wb {

template <class T>
class generator;

namespace detail {

// The promise of a wb::generator<T> coroutine: it remembers where the last yielded value lives
// and any exception the body let escape.
template <class T>
class generator_promise {
 public:
  generator<T> get_return_object() noexcept {
    return generator<T>(std::coroutine_handle<generator_promise>::from_promise(*this));
  }

  // Starts suspended: the body first runs when the consumer calls begin().
  std::suspend_always initial_suspend() const noexcept { return {}; }

  // Stays suspended at the end, so the generator (not the coroutine) frees the frame.
  std::suspend_always final_suspend() const noexcept { return {}; }

  // Records the address of the yielded value and suspends. An lvalue lives in the frame; a
  // temporary lives until the end of the co_yield expression, i.e. until the body resumes.
  std::suspend_always yield_value(const T& value) noexcept {
    current_ = std::addressof(value);
    return {};
  }

  void return_void() const noexcept {}

  // Keeps the exception for resume() to rethrow in the consumer.
  void unhandled_exception() noexcept { exception_ = std::current_exception(); }

  // Forbids co_await inside a generator body: it has no one to resume it.
  template <class U>
  std::suspend_never await_transform(U&&) = delete;

  // Runs the body to its next co_yield (or its end); rethrows what the body threw.
  // Precondition: the coroutine is suspended and not done.
  void resume(std::coroutine_handle<generator_promise> self) {
    current_ = nullptr;
    self.resume();
    if (exception_) std::rethrow_exception(std::exchange(exception_, nullptr));
  }

  const T& current() const noexcept { return *current_; }

 private:
  const T* current_ = nullptr;
  std::exception_ptr exception_;
};

// The input iterator of a generator: a non-owning handle to the suspended coroutine.
template <class T>
class generator_iterator {
  using handle = std::coroutine_handle<generator_promise<T>>;

 public:
  using iterator_concept = std::input_iterator_tag;
  using value_type = T;
  using difference_type = std::ptrdiff_t;
  using reference = const T&;

  generator_iterator() = default;
  explicit generator_iterator(handle h) noexcept : handle_(h) {}

  // Returns the value yielded last. Precondition: *this != std::default_sentinel.
  reference operator*() const noexcept { return handle_.promise().current(); }
  const T* operator->() const noexcept { return std::addressof(**this); }

  // Runs the body to its next co_yield; rethrows an exception the body let escape.
  generator_iterator& operator++() {
    handle_.promise().resume(handle_);
    return *this;
  }
  void operator++(int) { ++*this; }

  // Tells whether the body has finished (returned or thrown): O(1).
  friend bool operator==(const generator_iterator& it, std::default_sentinel_t) noexcept {
    return !it.handle_ || it.handle_.done();
  }

 private:
  handle handle_ = nullptr;
};

}  // namespace detail

// A lazy, move-only input view over the values a coroutine yields; see the top of this file.
// It derives from view_base rather than view_interface: view_interface adds nothing an input-only
// range can use, and with clang 14 a class deriving from it fails to compile (clang checks the
// constraints of view_interface's members while the derived class is still incomplete).
template <class T>
class generator : public std::ranges::view_base {
  static_assert(std::is_object_v<T> && !std::is_const_v<T> && !std::is_volatile_v<T>,
                "wb::generator<T> yields values: T must be a non-const, non-reference object type");

 public:
  using promise_type = detail::generator_promise<T>;
  using iterator = detail::generator_iterator<T>;

  // An empty generator (no coroutine): begin() == end(). Makes the type default-initialisable.
  generator() noexcept = default;

  generator(generator&& other) noexcept
      : handle_(std::exchange(other.handle_, nullptr)),
        started_(std::exchange(other.started_, false)) {}
  generator& operator=(generator&& other) noexcept {
    if (this != &other) {
      reset();
      handle_ = std::exchange(other.handle_, nullptr);
      started_ = std::exchange(other.started_, false);
    }
    return *this;
  }
  generator(const generator&) = delete;
  generator& operator=(const generator&) = delete;

  // Destroys the coroutine frame, running the destructors of the body's live locals.
  ~generator() { reset(); }

  // Runs the body to its first co_yield and returns an iterator there; rethrows what the body
  // threw. Call it once: an input range is traversed once (a second call does not restart).
  iterator begin() {
    if (handle_ && !started_) {
      started_ = true;
      handle_.promise().resume(handle_);
    }
    return iterator(handle_);
  }

  std::default_sentinel_t end() const noexcept { return std::default_sentinel; }

 private:
  friend promise_type;
  explicit generator(std::coroutine_handle<promise_type> h) noexcept : handle_(h) {}

  void reset() noexcept {
    if (handle_) std::exchange(handle_, nullptr).destroy();
  }

  std::coroutine_handle<promise_type> handle_ = nullptr;
  bool started_ = false;
};

}  // namespace wb
