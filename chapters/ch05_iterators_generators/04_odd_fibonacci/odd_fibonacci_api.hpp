// ch05.4 odd_fibonacci: the functions every implementation defines (read, don't edit).
//
// No include guard: odd_fibonacci.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// Yields F(0), F(1), F(2), ... = 0, 1, 1, 2, 3, 5, ... without end, computing each only when asked
// (the book's fibonacci()). Yields F(93) normally; asked for the number after it, throws
// std::overflow_error (never a wrapped value).
wb::generator<std::uint64_t> fibonacci();

// How many Fibonacci numbers below `limit` (strictly) are odd; 1 counts twice, as F(1) and F(2).
// Each throws std::overflow_error when the answer needs a number past F(93) (limit > F(93)).
// The book's fibonacci_naive: one loop that computes the numbers and counts them.
std::size_t count_odd_naive(std::uint64_t limit);
// The book's fibonacci_transform: a loop over fibonacci() that stops at the first number >= limit.
std::size_t count_odd_transform(std::uint64_t limit);
// The book's fibonacci_succinct: wb::lazy::takewhile over fibonacci(), then count the odd ones.
std::size_t count_odd_succinct(std::uint64_t limit);
