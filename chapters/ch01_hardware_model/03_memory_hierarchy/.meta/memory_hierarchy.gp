# ch01.3 memory_hierarchy: latency of one load against working set, log axes, from the CSV that
# `memory_hierarchy --png FILE` writes (a header line, then bytes,ns rows). The cache sizes the OS
# reports are drawn as dashed lines (l1, l2, l3 in bytes; 0 = not reported).
#
#   gnuplot -e "csv='mem.csv'; png='mem.png'; l1=49152; l2=1048576; l3=0" memory_hierarchy.gp
if (!exists("csv")) csv = 'memory_hierarchy.csv'
if (!exists("png")) png = 'memory_hierarchy.png'
if (!exists("l1")) l1 = 0
if (!exists("l2")) l2 = 0
if (!exists("l3")) l3 = 0

set datafile separator ','
set terminal pngcairo size 1000,600 font ',11'
set output png
set title 'Latency of one load against working set (random pointer chase)'
set xlabel 'working set'
set ylabel 'latency per load (ns)'
set logscale xy 2
set xtics ('4K' 4096, '16K' 16384, '64K' 65536, '256K' 262144, '1M' 1048576, '4M' 4194304, \
           '16M' 16777216, '64M' 67108864, '256M' 268435456, '1G' 1073741824)
set grid
set key bottom right
stats csv skip 1 using 1:2 nooutput
ymax = STATS_max_y * 2
set yrange [0.5:ymax]
if (l1 > 0) set arrow from l1, graph 0 to l1, graph 1 nohead dt 2 lc rgb '#1f77b4'; set label 'L1d' at l1, graph 0.95 offset 0.5,0 tc rgb '#1f77b4'
if (l2 > 0) set arrow from l2, graph 0 to l2, graph 1 nohead dt 2 lc rgb '#2ca02c'; set label 'L2' at l2, graph 0.95 offset 0.5,0 tc rgb '#2ca02c'
if (l3 > 0 && l3 <= STATS_max_x) set arrow from l3, graph 0 to l3, graph 1 nohead dt 2 lc rgb '#d62728'; set label 'L3' at l3, graph 0.95 offset 0.5,0 tc rgb '#d62728'
plot csv skip 1 using 1:2 with linespoints pt 7 ps 0.8 lw 2 title 'measured latency (ns per load)'
