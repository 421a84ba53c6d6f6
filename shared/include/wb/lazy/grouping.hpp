// wb/lazy/grouping.hpp: Python's itertools that share one pass over their input: groupby and tee.
//
// groupby(r, key) hands out std::pair<K, group> for each run of consecutive elements with equal
// keys (K = the key's decayed type). The group is an input range over that run which reads the
// shared input directly: once the outer iterator moves on, an old group is empty, as in Python;
// keep a group with wb::lazy::to_vector(group) if it is needed later. key is called once per
// element, in order, whether or not the groups are read.
//
// tee(r, n) hands out n input ranges over r's elements, each with its own position. Elements
// are buffered (one shared deque) from the first child that reaches them until the last child
// has passed them, so children that move together need O(1) memory.
//
// Example:
//   std::string s = "AAAABBBCCDAABBB";
//   for (auto& [k, g] : s | wb::lazy::groupby()) ...             // A B C D A B
//   auto copies = wb::lazy::tee(wb::lazy::iter(s), 2);           // copies[0], copies[1]
#pragma once

#include <algorithm>
#include <cstddef>
#include <deque>
#include <functional>
#include <iterator>
#include <memory>
#include <optional>
#include <ranges>
#include <type_traits>
#include <utility>
#include <vector>

#include "wb/lazy/detail.hpp"

namespace wb::lazy {

// Runs of consecutive elements with equal keys, as (key, group) pairs. An input range.
template <std::ranges::view V, class Key>
class groupby_view : public detail::view_base<groupby_view<V, Key>> {
 public:
  using key_type = std::decay_t<std::invoke_result_t<Key&, std::ranges::range_reference_t<V>>>;

 private:
  V base_;
  detail::box<Key> key_;
  std::optional<std::ranges::iterator_t<V>> cur_;  // the current element (CPython's currvalue)
  std::optional<key_type> cur_key_;                // its key (currkey)
  std::optional<key_type> group_key_;              // the key of the current group (tgtkey)
  std::size_t group_id_ = 0;                       // which group is current (CPython's id)
  bool done_ = false;

  bool at_end() { return *cur_ == std::ranges::end(base_); }
  // Moves to the next element and computes its key (the one key call per element).
  void step() {
    if (!cur_) cur_.emplace(std::ranges::begin(base_));
    else ++*cur_;
    if (!at_end()) cur_key_.emplace(std::invoke(*key_, **cur_));
  }
  // Skips the rest of the current group and starts the next one (CPython's groupby_next).
  void next_group() {
    ++group_id_;
    if (!cur_) step();
    while (!at_end() && group_key_ && *cur_key_ == *group_key_) step();
    if (at_end()) {
      done_ = true;
      return;
    }
    group_key_ = cur_key_;
  }
  bool in_group(std::size_t id) { return id == group_id_ && !at_end() && *cur_key_ == *group_key_; }

 public:
  // The elements of one run; empty once the groupby's iterator has moved past its run.
  class group : public detail::view_base<group> {
    groupby_view* parent_ = nullptr;
    std::size_t id_ = 0;

    class iterator {
      groupby_view* parent_ = nullptr;
      std::size_t id_ = 0;

     public:
      using value_type = std::ranges::range_value_t<V>;
      using difference_type = std::ptrdiff_t;
      using iterator_concept = std::input_iterator_tag;
      iterator() = default;
      iterator(groupby_view* parent, std::size_t id) : parent_(parent), id_(id) {}
      decltype(auto) operator*() const { return **parent_->cur_; }
      iterator& operator++() {
        parent_->step();
        return *this;
      }
      void operator++(int) { ++*this; }
      friend bool operator==(const iterator& it, std::default_sentinel_t) { return !it.in_group(); }

     private:
      bool in_group() const { return parent_->in_group(id_); }
    };

   public:
    group() = default;
    group(groupby_view* parent, std::size_t id) : parent_(parent), id_(id) {}
    iterator begin() const { return iterator(parent_, id_); }
    std::default_sentinel_t end() const noexcept { return {}; }
  };

 private:
  class iterator {
    groupby_view* parent_ = nullptr;

   public:
    using value_type = std::pair<key_type, group>;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::input_iterator_tag;
    iterator() = default;
    explicit iterator(groupby_view& p) : parent_(&p) {}
    value_type operator*() const { return value_type(*parent_->group_key_, group(parent_, parent_->group_id_)); }
    iterator& operator++() {
      parent_->next_group();
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.done(); }

   private:
    bool done() const { return parent_->done_; }
  };

 public:
  groupby_view(V base, Key key) : base_(std::move(base)), key_(std::move(key)) {}
  // Returns an iterator at the first group (reads the input up to its first element). Like a
  // Python iterator, a second loop continues with the group after the last one handed out.
  iterator begin() {
    if (!done_) next_group();
    return iterator(*this);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
};

// The buffer and positions shared by the children of one tee.
template <std::ranges::view V>
class tee_state {
 public:
  using value_type = std::ranges::range_value_t<V>;

  tee_state(V base, std::size_t n) : base_(std::move(base)), pos_(n, 0), begun_(n, false) {}

  // Returns true if element i (counted from the start of the input) is buffered, reading the
  // input up to it if needed; false if the input ends before it.
  bool reach(std::size_t i) {
    while (i >= offset_ + buffer_.size()) {
      if (exhausted_) return false;
      if (!src_) src_.emplace(std::ranges::begin(base_));
      else ++*src_;
      if (*src_ == std::ranges::end(base_)) {
        exhausted_ = true;
        return false;
      }
      buffer_.push_back(**src_);
    }
    return true;
  }
  const value_type& at(std::size_t i) const { return buffer_[i - offset_]; }
  std::size_t& position(std::size_t child) { return pos_[child]; }
  // Moves a child to the element after the one it handed out last (nothing the first time),
  // the way a Python iterator continues, and buffers that element.
  void begin_child(std::size_t child) {
    if (begun_[child] && reach(pos_[child])) {
      ++pos_[child];
      release();
    }
    begun_[child] = true;
    reach(pos_[child]);
  }
  // Drops the buffered elements that every child has passed. O(n children + dropped).
  void release() {
    const std::size_t lowest = *std::min_element(pos_.begin(), pos_.end());
    while (offset_ < lowest && !buffer_.empty()) {
      buffer_.pop_front();
      ++offset_;
    }
  }
  std::size_t buffered() const noexcept { return buffer_.size(); }

 private:
  V base_;
  std::optional<std::ranges::iterator_t<V>> src_;
  bool exhausted_ = false;
  std::deque<value_type> buffer_;  // elements offset_, offset_ + 1, ...
  std::size_t offset_ = 0;
  std::vector<std::size_t> pos_;   // each child's current element
  std::vector<bool> begun_;        // whether each child has handed out pos_[child]
};

// One of tee's children: an input range over the input's elements with its own position,
// which it keeps between loops. Copies of a child share its position (tee the child again
// for another position).
template <std::ranges::view V>
class tee_view : public detail::view_base<tee_view<V>> {
  std::shared_ptr<tee_state<V>> state_;
  std::size_t child_ = 0;

  class iterator {
    tee_state<V>* state_ = nullptr;
    std::size_t child_ = 0;

   public:
    using value_type = typename tee_state<V>::value_type;
    using difference_type = std::ptrdiff_t;
    using iterator_concept = std::input_iterator_tag;
    iterator() = default;
    iterator(tee_state<V>* state, std::size_t child) : state_(state), child_(child) {}
    const value_type& operator*() const { return state_->at(state_->position(child_)); }
    iterator& operator++() {
      const std::size_t next = ++state_->position(child_);
      state_->release();
      state_->reach(next);
      return *this;
    }
    void operator++(int) { ++*this; }
    friend bool operator==(const iterator& it, std::default_sentinel_t) { return it.at_end(); }

   private:
    bool at_end() const { return !state_->reach(state_->position(child_)); }
  };

 public:
  tee_view(std::shared_ptr<tee_state<V>> state, std::size_t child) : state_(std::move(state)), child_(child) {}
  // Returns an iterator at the child's next element: a second loop over a child continues
  // after the last element the first loop handed out, as with a Python iterator.
  iterator begin() const {
    state_->begin_child(child_);
    return iterator(state_.get(), child_);
  }
  std::default_sentinel_t end() const noexcept { return {}; }
  // Returns how many elements the shared buffer holds now (for tests and curiosity).
  std::size_t buffered() const noexcept { return state_->buffered(); }
};

namespace detail {

struct groupby_fn : bare_pipe<groupby_fn> {
  // Returns (key, group) for each run of consecutive elements of r with equal key(element).
  // key is called once per element, in order. O(1) per element.
  template <adaptable_range R, class Key>
  constexpr auto operator()(R&& r, Key key) const {
    return groupby_view<all_t<R>, Key>(detail::all(std::forward<R>(r)), std::move(key));
  }
  // Returns the runs of equal consecutive elements of r (the key is the element itself).
  template <adaptable_range R>
  constexpr auto operator()(R&& r) const {
    return (*this)(std::forward<R>(r), std::identity{});
  }
  // Return the closures for r | groupby(key) and r | groupby().
  template <class Key>
    requires(!adaptable_range<Key>)
  constexpr auto operator()(Key key) const {
    return closure{[key = std::move(key)]<adaptable_range R>(R&& r) { return groupby_fn{}(std::forward<R>(r), key); }};
  }
  constexpr auto operator()() const { return *this; }
};

struct tee_fn {
  // Returns n independent input ranges over r's elements (Python's tee(r, n)); n = 2 by
  // default. Throws std::invalid_argument for a negative n. Memory: the elements between the
  // slowest and the fastest child.
  template <adaptable_range R, std::integral N = int>
  auto operator()(R&& r, N n = 2) const {
    using V = all_t<R>;
    const std::size_t count = to_size(n, "tee: n must be non-negative");
    auto state = std::make_shared<tee_state<V>>(detail::all(std::forward<R>(r)), count);
    std::vector<tee_view<V>> children;
    children.reserve(count);
    for (std::size_t i = 0; i < count; ++i) children.emplace_back(state, i);
    return children;
  }
  // Returns the closure for r | tee(n).
  template <std::integral N>
  auto operator()(N n) const {
    const std::size_t count = to_size(n, "tee: n must be non-negative");
    return closure{[count]<adaptable_range R>(R&& r) { return tee_fn{}(std::forward<R>(r), count); }};
  }
};

}  // namespace detail

// groupby(r[, key]) / r | groupby([key])
inline constexpr detail::groupby_fn groupby{};
// tee(r[, n]) / r | tee(n)
inline constexpr detail::tee_fn tee{};

}  // namespace wb::lazy
