// ch05.7 itertools_combining: the functions every implementation defines (read, don't edit).
//
// No include guard: itertools_combining.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// Python's groupby(items, key), with each group stored as a list (the seed's advice): one Group
// per run of consecutive elements with equal key(x), in input order. key is called once per
// element, in order. A group is complete only when an element with another key (or the end) has
// been read, so handing out a group reads exactly one element past it.
wb::generator<Group> groupby(wb::generator<int> items, std::function<int(int)> key);

// Python's pairwise(items): (x0, x1), (x1, x2), ...; nothing for fewer than 2 elements. Reads one
// element per pair (two for the first).
wb::generator<std::pair<int, int>> pairwise(wb::generator<int> items);

// Python's zip_longest(first, second, fillvalue=fill): pairs (first's i-th, second's i-th) until
// both are exhausted, `fill` standing in for the shorter one's missing elements. Each pair reads
// one element from each input still running (first, then second); an exhausted input is not read
// again.
wb::generator<std::pair<int, int>> zip_longest(wb::generator<int> first, wb::generator<int> second, int fill);

// Python's combinations(pool, k): every k-element selection of pool's positions, as the elements
// at those positions, in lexicographic order of the positions (CPython's order): for
// {A, B, C, D} and 2, AB AC AD BC BD CD. k = 0 gives one empty selection, k > pool.size() none.
// Equal elements at different positions count as different. Each result is computed when asked.
wb::generator<std::vector<int>> combinations(std::vector<int> pool, std::size_t k);
