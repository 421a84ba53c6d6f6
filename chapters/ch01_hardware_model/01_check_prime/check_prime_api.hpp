// ch01.1 check_prime: the function every implementation defines (read, don't edit).
//
// No include guard: check_prime.hpp includes this file once inside each of the namespaces baseline,
// exercise and solution (wb/variants.hpp).

// True if number is prime: 2, 3, 5, 7 ... (0 and 1 are not). Exact for every 64-bit number.
bool check_prime(std::uint64_t number);
