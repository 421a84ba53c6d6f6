# ch04.3 probing: the 8-slot table of the book's figure 4-1, from the CSV that `probing --png FILE`
# writes: a header line, then rows slot,label,state,hash_text (state: empty, used, dummy), then
# after two blank lines (gnuplot index 1) rows from,to,key for every probe that met a taken slot.
#
#   gnuplot -e "csv='table.csv'; png='table.png'" probing.gp
if (!exists("csv")) csv = 'probing.csv'
if (!exists("png")) png = 'probing.png'

set datafile separator ','
set terminal pngcairo size 900,520 font ',12'
set output png
set title "An 8-slot table, hash = ord(first letter), probed with CPython's sequence"
set yrange [7.6:-0.6]
set xrange [-1.8:10]
unset xtics
set ytics out nomirror
set ylabel 'slot'
unset key
set style fill solid 0.35 border -1
color(s) = s eq 'used' ? 0x66bb66 : s eq 'dummy' ? 0xbbbbbb : 0xffffff
plot csv index 0 skip 1 using (2.5):1:(1.5):(0.45):(color(strcol(3))) with boxxyerror lc rgb variable, \
     csv index 0 skip 1 using (2.5):1:2 with labels, \
     csv index 0 skip 1 using (4.4):1:4 with labels left, \
     csv index 1 using (0.95):1:(0):($2 - $1) with vectors head filled lw 1.5 lc rgb '#cc3333', \
     csv index 1 using (0.85):(($1 + $2) / 2):3 with labels right textcolor rgb '#cc3333'
