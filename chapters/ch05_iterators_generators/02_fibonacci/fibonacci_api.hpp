// ch05.2 fibonacci: the function every implementation defines (read, don't edit).
//
// No include guard: fibonacci.hpp includes this file once inside each of the namespaces
// baseline, exercise and solution (wb/variants.hpp).

// Walks the first n Fibonacci numbers F(0) .. F(n - 1) in order and returns their XOR. Throws
// std::overflow_error if n > 94 (F(94) does not fit in 64 bits), before walking anything.
std::uint64_t visit(std::size_t n);
