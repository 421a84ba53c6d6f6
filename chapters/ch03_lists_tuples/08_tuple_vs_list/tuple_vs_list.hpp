// ch03.8 tuple_vs_list: the interface of the exercise (not edited by the learner).
//
// The book times creating [0, 1, ..., 9] against (0, 1, ..., 9): 77.6 ns against 9.5 ns, the text
// says 7.6x (Example 3-9). A tuple is cheap partly because CPython keeps a cache of freed small
// tuples and hands their memory out again without asking the allocator. In C++: a std::vector of
// 10 ints costs an operator new and an operator delete; a std::array of 10 ints costs no heap at
// all. And a free list for fixed-size blocks (CPython's tuple cache) makes heap-allocated samples
// almost as cheap. Each function lives in its own file (a library), so the benchmark times real
// creations, not ones the optimizer folded away.
//
// Example:
//   namespace t = ch03::tuple_vs_list::exercise;
//   std::vector<int> l = t::make_list(0);              // 0, 1, ..., 9 on the heap
//   ch03::tuple_vs_list::Tuple a = t::make_tuple(0);   // 0, 1, ..., 9 in place
//   ch03::tuple_vs_list::Block b = t::make_block(0);   // 0, 1, ..., 9 in a recycled heap block
#pragma once

#include <array>
#include <cstddef>
#include <span>
#include <utility>
#include <vector>

#include "wb/exercise.hpp"

namespace ch03::tuple_vs_list {

inline constexpr std::size_t kSize = 10;  // the book's [0, 1, ..., 9]
using Tuple = std::array<int, kSize>;

// kSize ints in a heap block that belongs to whoever made it: on destruction the block goes back
// through the release function the maker chose (delete[], or a free list). Move-only.
class Block {
 public:
  using Release = void (*)(int*);
  Block(int* data, Release release) noexcept : data_(data), release_(release) {}
  Block(Block&& other) noexcept : data_(std::exchange(other.data_, nullptr)), release_(other.release_) {}
  Block& operator=(Block&& other) noexcept {
    if (this != &other) {
      reset();
      data_ = std::exchange(other.data_, nullptr);
      release_ = other.release_;
    }
    return *this;
  }
  Block(const Block&) = delete;
  Block& operator=(const Block&) = delete;
  ~Block() { reset(); }

  std::span<const int> values() const noexcept { return {data_, data_ ? kSize : 0}; }

 private:
  void reset() noexcept {
    if (data_) release_(std::exchange(data_, nullptr));
  }
  int* data_;
  Release release_;
};

#define WB_API "tuple_vs_list_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch03::tuple_vs_list
