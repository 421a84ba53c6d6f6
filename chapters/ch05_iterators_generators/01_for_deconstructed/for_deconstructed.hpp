// ch05.1 for_deconstructed: the interface of the exercise (not edited by the learner).
//
// The book takes Python's for loop apart (Example 5-1): iter(obj) once, then next() until
// StopIteration. C++'s range-for is the same idea in other words: begin() and end() once, then
// != end, *, ++ until the iterator equals the end. You write that loop out by hand on a range that
// logs every call it receives, then write an iterator of your own: the Fibonacci numbers, with a
// sentinel as their end, usable in range-for and in std::ranges algorithms.
//
// Example:
//   namespace f = ch05::for_deconstructed::exercise;
//   for (std::uint64_t x : f::fibonacci(6)) ...          // 0 1 1 2 3 5
//   f::count_even(10);                                   // 4: 0, 2, 8, 34
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "wb/exercise.hpp"

namespace ch05::for_deconstructed {

// A range of ints that writes the name of every operation a loop performs on it into *log:
// "begin", "end", "!=", "*", "++". (Not part of the exercise: it is what the tests watch.)
class Traced {
 public:
  class iterator {
   public:
    iterator(const std::vector<int>* values, std::size_t at, std::vector<std::string>* log)
        : values_(values), at_(at), log_(log) {}
    int operator*() const {
      log_->push_back("*");
      return (*values_)[at_];
    }
    iterator& operator++() {
      log_->push_back("++");
      ++at_;
      return *this;
    }
    bool operator!=(const iterator& other) const {
      log_->push_back("!=");
      return at_ != other.at_;
    }

   private:
    const std::vector<int>* values_;
    std::size_t at_;
    std::vector<std::string>* log_;
  };

  Traced(std::vector<int> values, std::vector<std::string>* log) : values_(std::move(values)), log_(log) {}
  iterator begin() const {
    log_->push_back("begin");
    return iterator(&values_, 0, log_);
  }
  iterator end() const {
    log_->push_back("end");
    return iterator(&values_, values_.size(), log_);
  }

 private:
  std::vector<int> values_;
  std::vector<std::string>* log_;
};

// F(93), the largest Fibonacci number a std::uint64_t holds.
inline constexpr std::uint64_t kLargestFibonacci = 12'200'160'415'121'876'738ULL;

#define WB_API "for_deconstructed_api.hpp"  // the declarations, once per variant
#include "wb/variants.hpp"

}  // namespace ch05::for_deconstructed
