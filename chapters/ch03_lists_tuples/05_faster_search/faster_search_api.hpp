// ch03.5 faster_search: the functions every implementation defines (read, don't edit).
//
// No include guard: faster_search.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// Builds the search structure from `sorted` (ascending; repeats allowed; any int values).
Layout prepare(std::span<const int> sorted);

// For each queries[i], writes to out[i] the smallest element >= queries[i] (what *std::lower_bound
// finds), or kNone if every element is below it. out.size() == queries.size().
void lower_bounds(const Layout& layout, std::span<const int> queries, std::span<std::int64_t> out);
