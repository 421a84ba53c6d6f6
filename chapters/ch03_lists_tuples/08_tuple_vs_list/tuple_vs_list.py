"""ch03.8 tuple_vs_list: the book's Example 3-9 on this machine: nanoseconds to create the list
[0, ..., 9] and the tuple (0, ..., 9). The tuple of constants is built once by the compiler, so
the loop only loads it; the list is built anew every time.

    python3 chapters/ch03_lists_tuples/08_tuple_vs_list/tuple_vs_list.py
"""
import timeit


def best_ns(stmt: str) -> float:
    number = 1_000_000
    return min(timeit.repeat(stmt, number=number, repeat=5)) / number * 1e9


list_ns = best_ns("l = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]")
tuple_ns = best_ns("t = (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)")
print(f"list:  {list_ns:6.1f} ns\ntuple: {tuple_ns:6.1f} ns\nratio: {list_ns / tuple_ns:.1f}x  (the book: 77.6 ns vs 9.5 ns)")
