#!/usr/bin/env python3
"""CPython's itertools results for the fixed inputs that wb/lazy.hpp's tests compare against.

Each case pairs a Python expression with the C++ expression that must give the same text. The
script evaluates the Python side and prints doctest CHECK lines, grouped into TEST_CASEs, that
lazy_reference_*_test.cpp hold verbatim:

    python3 shared/tests/lazy_reference.py

Rendering (mirrored by show() in the C++ tests): elements joined by one space; a tuple as
(a,b,...); a character or string as itself; an int in decimal; groupby as key:e1,e2,... per
group; tee as the children's renderings joined by '|'; rest_after as what a Python iterator
over the text still holds after the adaptor was drained.
"""
import operator
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress,
                       count, cycle, dropwhile, filterfalse, groupby, islice, pairwise,
                       permutations, product, repeat, starmap, takewhile, tee, zip_longest)


def render(x):
    if isinstance(x, str):
        return x
    if isinstance(x, int):
        return str(x)
    if isinstance(x, tuple):
        return "(" + ",".join(render(e) for e in x) + ")"
    raise TypeError(type(x))


def show(it):
    return " ".join(render(e) for e in it)


def groups(it):
    return " ".join(render(k) + ":" + ",".join(render(e) for e in g) for k, g in it)


def tees(children):
    return "|".join(show(c) for c in children)


def rest_after(adapt, text):
    it = iter(text)
    for _ in adapt(it):
        pass
    return "".join(it)


lt5 = lambda x: x < 5
odd = lambda x: x % 2 == 1
before_c = lambda c: c < "C"
third = lambda x: x // 3
shift = lambda a, b: a * 10 + b

SECTIONS = [
    ("count, cycle and repeat", [
        ('show(islice(count(10), 5))', 'show(lz::count(10) | lz::islice(5))'),
        ('show(islice(count(3, -2), 4))', 'show(lz::count(3, -2) | lz::islice(4))'),
        ('show(islice(count(7, 0), 3))', 'show(lz::count(7, 0) | lz::islice(3))'),
        ('show(islice(count(), 3))', 'show(lz::count() | lz::islice(3))'),
        ('show(islice(cycle("ABC"), 8))', 'show(lz::cycle("ABC"s) | lz::islice(8))'),
        ('show(islice(cycle(iter("AB")), 5))', 'show(lz::cycle(lz::iter("AB"s)) | lz::islice(5))'),
        ('show(cycle(""))', 'show(lz::cycle(""s))'),
        ('show(cycle(iter("")))', 'show(lz::cycle(lz::iter(""s)))'),
        ('show(repeat("x", 3))', 'show(lz::repeat(\'x\', 3))'),
        ('show(repeat("x", 0))', 'show(lz::repeat(\'x\', 0))'),
        ('show(repeat("x", -2))', 'show(lz::repeat(\'x\', -2))'),
        ('show(islice(repeat(7), 3))', 'show(lz::repeat(7) | lz::islice(3))'),
    ]),
    ("accumulate", [
        ('show(accumulate([1, 2, 3, 4, 5]))', 'show(lz::accumulate(V{1, 2, 3, 4, 5}))'),
        ('show(accumulate([1, 2, 3, 4, 5], initial=100))', 'show(lz::accumulate(V{1, 2, 3, 4, 5}, std::plus<>{}, 100))'),
        ('show(accumulate([1, 2, 3, 4, 5], operator.mul))', 'show(lz::accumulate(V{1, 2, 3, 4, 5}, std::multiplies<>{}))'),
        ('show(accumulate([]))', 'show(lz::accumulate(V{}))'),
        ('show(accumulate([], initial=100))', 'show(lz::accumulate(V{}, std::plus<>{}, 100))'),
        ('show(accumulate([7]))', 'show(lz::accumulate(V{7}))'),
        ('show(accumulate([10, 1, 2], operator.sub))', 'show(lz::accumulate(V{10, 1, 2}, std::minus<>{}))'),
        ('show(accumulate([1, 2, 3], shift))', 'show(V{1, 2, 3} | lz::accumulate(shift))'),
        ('show(accumulate([1, 2, 3], shift, initial=9))', 'show(V{1, 2, 3} | lz::accumulate(shift, 9))'),
        ('show(accumulate([2, 2, 2], max))', 'show(lz::accumulate(V{2, 2, 2}, max2))'),
        ('show(accumulate("abc", initial=""))', 'show(lz::accumulate("abc"s, std::plus<>{}, ""s))'),
    ]),
    ("chain and chain_from_iterable", [
        ('show(chain("ABC", "DEF"))', 'show(lz::chain("ABC"s, "DEF"s))'),
        ('show(chain("", "A", "", "BC", ""))', 'show(lz::chain(""s, "A"s, ""s, "BC"s, ""s))'),
        ('show(chain(""))', 'show(lz::chain(""s))'),
        ('show(chain(iter("AB"), "C"))', 'show(lz::chain(lz::iter("AB"s), "C"s))'),
        ('show(chain.from_iterable(["ABC", "", "DEF"]))', 'show(lz::chain_from_iterable(VS{"ABC", "", "DEF"}))'),
        ('show(chain.from_iterable([]))', 'show(lz::chain_from_iterable(VS{}))'),
        ('show(chain.from_iterable(["", ""]))', 'show(VS{"", ""} | lz::chain_from_iterable)'),
    ]),
    ("compress, dropwhile, takewhile and filterfalse", [
        ('show(compress("ABCDEF", [1, 0, 1, 0, 1, 1]))', 'show(lz::compress("ABCDEF"s, V{1, 0, 1, 0, 1, 1}))'),
        ('show(compress("ABCDEF", [1, 1]))', 'show(lz::compress("ABCDEF"s, V{1, 1}))'),
        ('show(compress("AB", [1, 1, 1, 1]))', 'show(lz::compress("AB"s, V{1, 1, 1, 1}))'),
        ('show(compress("", [1]))', 'show(lz::compress(""s, V{1}))'),
        ('show(compress("ABC", [0, 0, 0]))', 'show("ABC"s | lz::compress(V{0, 0, 0}))'),
        ('show(dropwhile(lt5, [1, 4, 6, 4, 1]))', 'show(lz::dropwhile(lt5, V{1, 4, 6, 4, 1}))'),
        ('show(dropwhile(lt5, []))', 'show(lz::dropwhile(lt5, V{}))'),
        ('show(dropwhile(lt5, [1, 2, 3]))', 'show(lz::dropwhile(lt5, V{1, 2, 3}))'),
        ('show(dropwhile(lt5, [7, 1]))', 'show(V{7, 1} | lz::dropwhile(lt5))'),
        ('show(takewhile(lt5, [1, 4, 6, 4, 1]))', 'show(lz::takewhile(lt5, V{1, 4, 6, 4, 1}))'),
        ('show(takewhile(lt5, []))', 'show(lz::takewhile(lt5, V{}))'),
        ('show(takewhile(lt5, [1, 2, 3]))', 'show(lz::takewhile(lt5, V{1, 2, 3}))'),
        ('show(takewhile(lt5, [7, 1]))', 'show(V{7, 1} | lz::takewhile(lt5))'),
        ('show(filterfalse(odd, range(10)))', 'show(lz::filterfalse(odd, V{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}))'),
        ('show(filterfalse(odd, []))', 'show(lz::filterfalse(odd, V{}))'),
        ('show(filterfalse(odd, [2, 2, 3, 3, 4]))', 'show(V{2, 2, 3, 3, 4} | lz::filterfalse(odd))'),
    ]),
    ("islice", [
        ('show(islice("ABCDEFG", 2))', 'show(lz::islice("ABCDEFG"s, 2))'),
        ('show(islice("ABCDEFG", 2, 4))', 'show(lz::islice("ABCDEFG"s, 2, 4))'),
        ('show(islice("ABCDEFG", 2, None))', 'show(lz::islice("ABCDEFG"s, 2, std::nullopt))'),
        ('show(islice("ABCDEFG", 0, None, 2))', 'show(lz::islice("ABCDEFG"s, 0, std::nullopt, 2))'),
        ('show(islice("ABCDEFG", 1, 6, 2))', 'show(lz::islice("ABCDEFG"s, 1, 6, 2))'),
        ('show(islice("ABCDEFG", 1, 100, 3))', 'show("ABCDEFG"s | lz::islice(1, 100, 3))'),
        ('show(islice("ABCDEFG", 5, 2))', 'show(lz::islice("ABCDEFG"s, 5, 2))'),
        ('show(islice("ABCDEFG", 3, 3))', 'show(lz::islice("ABCDEFG"s, 3, 3))'),
        ('show(islice("ABCDEFG", 0))', 'show(lz::islice("ABCDEFG"s, 0))'),
        ('show(islice("ABCDEFG", 10))', 'show("ABCDEFG"s | lz::islice(10))'),
        ('show(islice("ABCDEFG", 9, 12))', 'show(lz::islice("ABCDEFG"s, 9, 12))'),
        ('show(islice("", 3))', 'show(lz::islice(""s, 3))'),
    ]),
    ("pairwise, starmap, tee and zip_longest", [
        ('show(pairwise("ABCDEFG"))', 'show(lz::pairwise("ABCDEFG"s))'),
        ('show(pairwise(""))', 'show(lz::pairwise(""s))'),
        ('show(pairwise("A"))', 'show(lz::pairwise("A"s))'),
        ('show(pairwise("AB"))', 'show("AB"s | lz::pairwise)'),
        ('show(pairwise([1, 1, 1]))', 'show(V{1, 1, 1} | lz::pairwise())'),
        ('show(starmap(pow, [(2, 5), (3, 2), (10, 3)]))', 'show(lz::starmap(power, VP{{2, 5}, {3, 2}, {10, 3}}))'),
        ('show(starmap(pow, []))', 'show(lz::starmap(power, VP{}))'),
        ('show(starmap(operator.sub, [(5, 3), (1, 2)]))', 'show(VP{{5, 3}, {1, 2}} | lz::starmap(std::minus<>{}))'),
        ('tees(tee("ABC"))', 'tees(lz::tee("ABC"s))'),
        ('tees(tee(iter("ABC"), 3))', 'tees(lz::tee(lz::iter("ABC"s), 3))'),
        ('tees(tee("ABC", 0))', 'tees(lz::tee("ABC"s, 0))'),
        ('tees(tee("", 2))', 'tees(""s | lz::tee(2))'),
        ('show(zip_longest("ABCD", "xy", fillvalue="-"))', 'show(lz::zip_longest(\'-\', "ABCD"s, "xy"s))'),
        ('show(zip_longest("ab", "wxyz", fillvalue="-"))', 'show(lz::zip_longest(\'-\', "ab"s, "wxyz"s))'),
        ('show(zip_longest("", "xy", fillvalue="-"))', 'show(lz::zip_longest(\'-\', ""s, "xy"s))'),
        ('show(zip_longest("", "", fillvalue="-"))', 'show(lz::zip_longest(\'-\', ""s, ""s))'),
        ('show(zip_longest("ab", "xy", fillvalue="-"))', 'show(lz::zip_longest(\'-\', "ab"s, "xy"s))'),
    ]),
    ("groupby", [
        ('groups(groupby("AAAABBBCCDAABBB"))', 'groups(lz::groupby("AAAABBBCCDAABBB"s))'),
        ('groups(groupby(""))', 'groups(lz::groupby(""s))'),
        ('groups(groupby("AABAA"))', 'groups("AABAA"s | lz::groupby)'),
        ('groups(groupby([0, 1, 2, 3, 4, 5, 6, 9, 10], third))', 'groups(lz::groupby(V{0, 1, 2, 3, 4, 5, 6, 9, 10}, third))'),
        ('groups(groupby([5, 4, 3, 3, 9], third))', 'groups(V{5, 4, 3, 3, 9} | lz::groupby(third))'),
        ('show(k for k, _ in groupby("AAAABBBCCDAABBB"))', 'keys(lz::groupby("AAAABBBCCDAABBB"s))'),
    ]),
    ("product", [
        ('show(product("ABCD", "xy"))', 'show(lz::product("ABCD"s, "xy"s))'),
        ('show(product("", "xy"))', 'show(lz::product(""s, "xy"s))'),
        ('show(product("AB", ""))', 'show(lz::product("AB"s, ""s))'),
        ('show(product(range(2), repeat=3))', 'show(lz::product(V{0, 1}, 3))'),
        ('show(product("AB", repeat=0))', 'show(lz::product("AB"s, 0))'),
        ('show(product("", repeat=0))', 'show(lz::product(""s, 0))'),
        ('show(product("", repeat=2))', 'show(lz::product(""s, 2))'),
        ('show(product("AB"))', 'show(lz::product("AB"s))'),
        ('show(product("AA", repeat=2))', 'show("AA"s | lz::product(2))'),
    ]),
    ("permutations", [
        ('show(permutations("ABCD", 2))', 'show(lz::permutations("ABCD"s, 2))'),
        ('show(permutations(range(3)))', 'show(lz::permutations(V{0, 1, 2}))'),
        ('show(permutations("ABC", 0))', 'show(lz::permutations("ABC"s, 0))'),
        ('show(permutations("AB", 3))', 'show(lz::permutations("AB"s, 3))'),
        ('show(permutations("", 0))', 'show(lz::permutations(""s, 0))'),
        ('show(permutations(""))', 'show(lz::permutations(""s))'),
        ('show(permutations("", 1))', 'show(lz::permutations(""s, 1))'),
        ('show(permutations("AAB", 2))', 'show("AAB"s | lz::permutations(2))'),
        ('show(permutations("ABC", 3))', 'show("ABC"s | lz::permutations)'),
    ]),
    ("combinations and combinations_with_replacement", [
        ('show(combinations("ABCD", 2))', 'show(lz::combinations("ABCD"s, 2))'),
        ('show(combinations(range(4), 3))', 'show(lz::combinations(V{0, 1, 2, 3}, 3))'),
        ('show(combinations("ABC", 0))', 'show(lz::combinations("ABC"s, 0))'),
        ('show(combinations("AB", 3))', 'show(lz::combinations("AB"s, 3))'),
        ('show(combinations("", 0))', 'show(lz::combinations(""s, 0))'),
        ('show(combinations("", 1))', 'show(lz::combinations(""s, 1))'),
        ('show(combinations("AAB", 2))', 'show("AAB"s | lz::combinations(2))'),
        ('show(combinations_with_replacement("ABC", 2))', 'show(lz::combinations_with_replacement("ABC"s, 2))'),
        ('show(combinations_with_replacement("", 0))', 'show(lz::combinations_with_replacement(""s, 0))'),
        ('show(combinations_with_replacement("", 2))', 'show(lz::combinations_with_replacement(""s, 2))'),
        ('show(combinations_with_replacement("AB", 0))', 'show(lz::combinations_with_replacement("AB"s, 0))'),
        ('show(combinations_with_replacement("AB", 3))', 'show(lz::combinations_with_replacement("AB"s, 3))'),
        ('show(combinations_with_replacement("A", 3))', 'show("A"s | lz::combinations_with_replacement(3))'),
    ]),
    ("how much of a single-pass input each adaptor takes", [
        ('rest_after(lambda it: islice(it, 2), "ABCDEFG")', 'rest_after(lz::islice(2), "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(it, 0), "ABCDEFG")', 'rest_after(lz::islice(0), "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(it, 1, 3), "ABCDEFG")', 'rest_after(lz::islice(1, 3), "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(it, 5, 2), "ABCDEFG")', 'rest_after(lz::islice(5, 2), "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(it, 0, 5, 3), "ABCDEFG")', 'rest_after(lz::islice(0, 5, 3), "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(it, 1, 4, 2), "ABCDEFG")', 'rest_after(lz::islice(1, 4, 2), "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(it, 3, None), "ABCDEFG")', 'rest_after(lz::islice(3, std::nullopt), "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(it, 20), "ABCDEFG")', 'rest_after(lz::islice(20), "ABCDEFG"s)'),
        ('rest_after(lambda it: takewhile(before_c, it), "ABCDEFG")', 'rest_after(lz::takewhile(before_c), "ABCDEFG"s)'),
        ('rest_after(lambda it: compress(it, [1, 0, 1]), "ABCDEFG")', 'rest_after(lz::compress(V{1, 0, 1}), "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(cycle(it), 3), "ABCDEFG")', 'rest_after(lz::cycle | lz::islice(3), "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(pairwise(it), 2), "ABCDEFG")', 'rest_after(lz::pairwise | lz::islice(2), "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(accumulate(it, initial="-"), 2), "ABCDEFG")', 'rest_after(lz::accumulate(std::plus<>{}, "-"s) | lz::islice(2), "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(zip_longest(it, "xy", fillvalue="-"), 2), "ABCDEFG")', 'rest_after([](auto it) { return lz::zip_longest(\'-\', it, "xy"s) | lz::islice(2); }, "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(tee(it, 2)[0], 2), "ABCDEFG")', 'rest_after([](auto it) { return lz::tee(it, 2)[0] | lz::islice(2); }, "ABCDEFG"s)'),
        ('rest_after(lambda it: islice(chain(it, "xy"), 2), "ABCDEFG")', 'rest_after([](auto it) { return lz::chain(it, "xy"s) | lz::islice(2); }, "ABCDEFG"s)'),
    ]),
]


def main():
    print("// Generated by: python3 shared/tests/lazy_reference.py  (CPython %s)" % __import__("platform").python_version())
    for title, cases in SECTIONS:
        print()
        print('TEST_CASE("%s match CPython on the reference inputs") {' % title)
        for py, cpp in cases:
            expected = eval(py)
            print('  CHECK(%s == "%s");  // %s' % (cpp, expected, py))
        print("}")


if __name__ == "__main__":
    main()
