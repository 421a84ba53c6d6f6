// ch03.4 bisect: the functions every implementation defines (read, don't edit).
//
// No include guard: bisect.hpp includes this file once inside each of the namespaces baseline,
// exercise and solution (wb/variants.hpp). `a` is sorted ascending; repeats are allowed.

// Python's bisect.bisect_left: the first index i with !(a[i] < x), i.e. where x would go before
// any elements equal to it; a.size() if every element is below x.
std::size_t bisect_left(std::span<const int> a, int x);
// Python's bisect.bisect_right (bisect.bisect): the first index i with x < a[i], i.e. after any
// elements equal to x.
std::size_t bisect_right(std::span<const int> a, int x);
// Python's bisect.insort_left / insort_right: insert x keeping `a` sorted, before / after the
// elements that compare equal to it (Items compare by key only).
void insort_left(std::vector<Item>& a, const Item& x);
void insort_right(std::vector<Item>& a, const Item& x);
// The book's find_closest (Example 3-4): the index of the element nearest to needle; when two
// are equally near, the larger one. Throws std::invalid_argument when the haystack is empty.
std::size_t find_closest(std::span<const int> haystack, int needle);
