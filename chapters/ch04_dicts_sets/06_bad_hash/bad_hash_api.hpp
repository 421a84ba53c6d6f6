// ch04.6 bad_hash: the function every implementation defines (read, don't edit).
//
// No include guard: bad_hash.hpp includes this file once inside each of the namespaces baseline,
// exercise and solution (wb/variants.hpp).

// The hash the table uses for a two-letter key.
std::uint64_t key_hash(std::string_view key);
