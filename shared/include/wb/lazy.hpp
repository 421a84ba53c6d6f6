// wb/lazy.hpp: Python's itertools as lazy C++20 ranges (namespace wb::lazy), for chapter 5
// (iterators and generators).
//
// Every function gives a view that computes nothing until it is iterated and then works one
// element at a time, with CPython's results in CPython's order: the same empty inputs, k > n
// giving nothing, k = 0 giving one empty result, a predicate or key called once per element in
// order. Functions that take one input range r also work as `r | name(other arguments)`. An
// lvalue range is referenced (it must outlive the view; changes to it show through), an rvalue
// is moved into the view. Inputs may be single-pass (std::views::istream, a coroutine
// generator, wb::lazy::iter(r)) wherever Python accepts an iterator.
//
//   sources.hpp        count(start[, step])  repeat(value[, n])  cycle(r)  iter(r)  to_vector(r)
//   filtering.hpp      compress(data, selectors)  dropwhile(pred, r)  takewhile(pred, r)
//                      filterfalse(pred, r)
//   islice.hpp         islice(r, stop)  islice(r, start, stop[, step])
//   transforming.hpp   accumulate(r[, op[, initial]])  starmap(f, r)  pairwise(r)
//   combining.hpp      chain(r1, r2, ...)  chain_from_iterable(rr)  zip_longest(fill, r1, r2)
//   grouping.hpp       groupby(r[, key])  tee(r[, n])
//   combinatorics.hpp  product(r1, r2)  product(r, repeat)  permutations(r[, k])
//                      combinations(r, k)  combinations_with_replacement(r, k)
//
// Element types: T = std::ranges::range_value_t of the input. pairwise and zip_longest give
// std::pair<T, T>, product(r1, r2) std::pair<T, U>, groupby std::pair<key, group range>, the
// other combinatorics std::vector<T>; the filters hand out the input's own elements.
//
// Where C++ differs from Python: integer arithmetic in count/accumulate overflows instead of
// growing; cycle over a forward range walks it again instead of saving copies; islice takes
// std::nullopt for None; string literals are char arrays that end in '\0' (use std::string or
// std::string_view for Python strings).
//
// Example:
//   namespace lz = wb::lazy;
//   std::vector<int> v{1, 4, 6, 4, 1};
//   for (int x : v | lz::takewhile([](int x) { return x < 5; }) | lz::islice(5)) ...   // 1 4
//   auto firsts = lz::to_vector(lz::count(1) | lz::islice(10));                        // 1..10
//   for (const auto& c : lz::combinations(std::string("ABCD"), 2)) ...    // AB AC AD BC BD CD
#pragma once

#include "wb/lazy/combinatorics.hpp"
#include "wb/lazy/combining.hpp"
#include "wb/lazy/detail.hpp"
#include "wb/lazy/filtering.hpp"
#include "wb/lazy/grouping.hpp"
#include "wb/lazy/islice.hpp"
#include "wb/lazy/sources.hpp"
#include "wb/lazy/transforming.hpp"
