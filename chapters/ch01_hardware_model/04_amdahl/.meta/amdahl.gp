# ch01.4 amdahl: Amdahl's predicted speed-up against the number of askers for p = 0.5, 0.9 and
# 0.99 (curves, 1 to 100 askers, log axes), and the speed-ups `amdahl --png FILE` measured (points,
# from its CSV: a header line, then p,askers,measured rows). cores: this machine's, marked.
#
#   gnuplot -e "csv='amdahl.csv'; png='amdahl.png'; cores=2; work='spin'" amdahl.gp
if (!exists("csv")) csv = 'amdahl.csv'
if (!exists("png")) png = 'amdahl.png'
if (!exists("cores")) cores = 0
if (!exists("work")) work = 'spin'

amdahl(p, n) = 1.0 / ((1.0 - p) + p / n)
set datafile separator ','
set terminal pngcairo size 1000,600 font ',11'
set output png
set title sprintf("The survey: Amdahl's law (lines) and measured speed-ups (points, work = %s)", work)
set xlabel 'askers (threads)'
set ylabel 'speed-up over one asker'
set logscale xy
set xrange [1:100]
set yrange [0.9:110]
set grid
set key top left
set samples 400
if (cores > 0) set arrow from cores, graph 0 to cores, graph 1 nohead dt 2 lc rgb 'gray40'; \
  set label sprintf('%d cores', cores) at cores, graph 0.05 offset 0.5,0 tc rgb 'gray40'
plot amdahl(0.5, x) lw 2 lc rgb '#1f77b4' title 'p = 0.5 (limit 2)', \
     amdahl(0.9, x) lw 2 lc rgb '#2ca02c' title 'p = 0.9 (limit 10)', \
     amdahl(0.99, x) lw 2 lc rgb '#d62728' title 'p = 0.99 (limit 100)', \
     csv skip 1 using ($1 == 0.5 ? $2 : NaN):3 with points pt 7 ps 1.5 lc rgb '#1f77b4' title 'measured, p = 0.5', \
     csv skip 1 using ($1 == 0.9 ? $2 : NaN):3 with points pt 5 ps 1.5 lc rgb '#2ca02c' title 'measured, p = 0.9', \
     csv skip 1 using ($1 == 0.99 ? $2 : NaN):3 with points pt 9 ps 1.5 lc rgb '#d62728' title 'measured, p = 0.99'
