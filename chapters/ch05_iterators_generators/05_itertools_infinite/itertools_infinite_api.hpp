// ch05.5 itertools_infinite: the functions every implementation defines (read, don't edit).
//
// No include guard: itertools_infinite.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// Python's count(start, step): start, start + step, start + step + step, ... without end. Each
// value is the previous one plus step (repeated addition, as CPython does), so with a step such as
// 0.1 the values are exactly CPython's, rounding included.
wb::generator<double> count(double start, double step);

// Python's repeat(value, times): value, `times` times; with std::nullopt (Python's None), forever.
wb::generator<double> repeat(double value, std::optional<std::size_t> times);

// Python's cycle(items): items' elements in order, then the same again, without end. Reads items
// once (it may be a single-pass generator), keeping a copy of each element the first time it
// passes, and replays the copies afterwards. An empty input gives nothing (and ends).
wb::generator<int> cycle(wb::generator<int> items);

// Python's accumulate(items, op, initial=initial): the running results total = op(total, x). With
// an initial value: initial first, then op(initial, x0), ... (an empty input gives just initial).
// Without one: x0, op(x0, x1), ... (an empty input gives nothing). op is called once per element
// it combines, in order, with the running total as its first argument; one element is read per
// result (none for the initial value).
wb::generator<double> accumulate(wb::generator<double> items, std::function<double(double, double)> op,
                                 std::optional<double> initial);
