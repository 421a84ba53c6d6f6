// ch05.6 itertools_filtering: the functions every implementation defines (read, don't edit).
//
// No include guard: itertools_filtering.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).
//
// All four read `items` one element at a time, only when their consumer asks for a value, and
// call `pred` exactly once per element they read, in order (CPython's behaviour).

// Python's takewhile(pred, items): the elements up to (not including) the first for which pred is
// false; reading that element ends the sequence.
wb::generator<int> takewhile(std::function<bool(int)> pred, wb::generator<int> items);

// Python's dropwhile(pred, items): skips elements while pred is true, then hands out the first
// element for which it is false and everything after it, without calling pred again.
wb::generator<int> dropwhile(std::function<bool(int)> pred, wb::generator<int> items);

// Python's filterfalse(pred, items): the elements for which pred is false.
wb::generator<int> filterfalse(std::function<bool(int)> pred, wb::generator<int> items);

// Python's islice(items, start, stop, step): the elements at positions start, start + step, ...
// below stop (std::nullopt: Python's None, no stop). Throws std::invalid_argument at once, before
// anything is read, when step is 0. Reads exactly what CPython's islice reads: nothing past the
// last element it needs, i.e. never more than max(start, stop) elements, and only as many as the
// consumer's requests require.
wb::generator<int> islice(wb::generator<int> items, std::size_t start, std::optional<std::size_t> stop,
                          std::size_t step);
