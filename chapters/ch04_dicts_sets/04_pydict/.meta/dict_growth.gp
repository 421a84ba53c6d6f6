# ch04.4 dict_growth: spare room against size for CPython's dict (the book's figure 4-2), from the
# CSV that `dict_growth --png FILE` writes: a header line, then size,spare_slots,free_entries rows
# (two rows per table: its first and its last size).
#
#   gnuplot -e "csv='growth.csv'; png='growth.png'" dict_growth.gp
if (!exists("csv")) csv = 'dict_growth.csv'
if (!exists("png")) png = 'dict_growth.png'

set datafile separator ','
set terminal pngcairo size 1000,600 font ',11'
set output png
set title "CPython's dict while inserting: spare room against size"
set xlabel 'number of keys (len)'
set ylabel 'count'
set key top left
set grid
plot csv skip 1 using 1:2 with lines lw 2 title 'empty index slots (slots - len): always >= 1/3 of the table', \
     csv skip 1 using 1:3 with lines lw 2 title 'entries still usable before the next rebuild'
