# ch03.6 list_growth: over-allocation against size (the book's figure 3-2) for CPython's list and
# for libstdc++'s std::vector, from the CSV that `list_growth --png FILE` writes: a header line,
# then size,extra,container rows; each container's rows trace its spare slots append by append
# (two rows per reallocation: the first and the last size of each block).
#
#   gnuplot -e "csv='growth.csv'; png='growth.png'" list_growth.gp
if (!exists("csv")) csv = 'list_growth.csv'
if (!exists("png")) png = 'list_growth.png'
if (!exists("title")) title = 'Over-allocation while appending: CPython list vs std::vector'

set datafile separator ','
set terminal pngcairo size 1000,600 font ',11'
set output png
set title title
set xlabel 'number of elements (size)'
set ylabel 'spare slots (capacity - size)'
set key top left
set grid
plot csv skip 1 using (strcol(3) eq 'cpython' ? $1 : NaN):2 with lines lw 2 title "CPython list (9/8 + 6, multiple of 4)", \
     csv skip 1 using (strcol(3) eq 'vector' ? $1 : NaN):2 with lines lw 2 title "libstdc++ std::vector (doubling)"
