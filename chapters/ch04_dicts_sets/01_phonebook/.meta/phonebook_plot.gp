# ch04.1 phonebook: time of one lookup against the phone book's size, log-log: the book's list scan,
# the sorted book with bisection and the dict in C++, and Python's list scan and dict beside them.
#
#   build/dev/bin/phonebook --png phonebook.png                 (runs gnuplot for you)
#   gnuplot -e "csv='phonebook.csv'; png='phonebook.png'" phonebook_plot.gp
#
# Input: the CSV the program writes next to the PNG: a header line, then
# entries,list_ns,sorted_ns,dict_ns,python_list_ns,python_dict_ns rows (NaN where not measured).
# Optional: title; python = 0 leaves out the Python curves (no data).
if (!exists("csv")) csv = 'phonebook.csv'
if (!exists("png")) png = 'phonebook.png'
if (!exists("python")) python = 1
if (!exists("title")) title = 'Phone book lookup: one present name (log-log)'

set datafile separator ','
set datafile missing 'NaN'
set terminal pngcairo size 1000,650 font ',11'
set output png
set title title
set xlabel 'entries in the phone book'
set ylabel 'time per lookup (ns)'
set logscale xy
set format x '10^{%L}'
set format y '10^{%L}'
set grid xtics ytics mxtics mytics
set key top left box opaque
set xrange [*:*]
set offsets graph 0.05, graph 0.05, 0, 0
cpp = "csv skip 1 using 1:2 with linespoints lw 2 pt 7 lc rgb '#c0392b' title 'C++ list scan (Example 4-1)', \
       csv skip 1 using 1:3 with linespoints lw 2 pt 5 lc rgb '#d68910' title 'C++ sorted + bisect', \
       csv skip 1 using 1:4 with linespoints lw 2 pt 9 lc rgb '#229954' title 'C++ dict (std::unordered\\_map)'"
py = "csv skip 1 using 1:5 with linespoints lw 2 dt 2 pt 6 lc rgb '#c0392b' title 'Python list scan', \
      csv skip 1 using 1:6 with linespoints lw 2 dt 2 pt 8 lc rgb '#229954' title 'Python dict'"
if (python) {
  plot @cpp, @py
} else {
  plot @cpp
}
