# ch02.4 memory: heap in use over time for the Julia set-up and kernel, one curve per variant: the
# idea of the book's mprof figures 2-6 to 2-8, drawn from the counting allocator's exact timeline
# instead of sampled RSS.
#
#   build/dev/bin/julia --memory --memory-plot memory.png            (runs gnuplot for you)
#   gnuplot -e "csv='timeline.csv'; png='memory.png'; variants='baseline solution'" memory_plot.gp
#
# Input: the CSV that `julia --memory --memory-timeline FILE.csv` writes: a header line, then
# seconds,bytes,variant rows. Each variant's rows start at its own t = 0 and hold a sample after
# every allocation and free. Optional: title (the plot's title).
if (!exists("csv")) csv = 'memory_timeline.csv'
if (!exists("png")) png = 'memory.png'
if (!exists("variants")) variants = 'baseline solution'
if (!exists("title")) title = 'Julia set, width 1000: heap in use (wb::alloc timeline)'

MiB = 1024.0 * 1024.0
set datafile separator ','

# Each variant's peak, for the key and a dashed line like mprof's peak marker.
array peak[words(variants)]
do for [i = 1:words(variants)] {
  stats csv skip 1 using (strcol(3) eq word(variants, i) ? $2 / MiB : NaN) nooutput
  peak[i] = STATS_max
}

set terminal pngcairo size 1000,600 font ',11'
set output png
set title title
set xlabel 'time since the variant started (s)'
set ylabel 'heap in use (MiB)'
set grid
set key top right box opaque
set yrange [0:*]
set offsets 0, 0, graph 0.08, 0
set style line 1 lc rgb '#c0392b' lw 2
set style line 2 lc rgb '#2471a3' lw 2
set style line 3 lc rgb '#229954' lw 2
do for [i = 1:words(variants)] {
  set arrow from graph 0, first peak[i] to graph 1, first peak[i] nohead dashtype 2 \
      lc rgb (i == 1 ? '#c0392b' : i == 2 ? '#2471a3' : '#229954')
}
plot for [i = 1:words(variants)] csv skip 1 \
     using 1:(strcol(3) eq word(variants, i) ? $2 / MiB : NaN) with steps ls i \
     title sprintf('%s (peak %.3f MiB)', word(variants, i), peak[i])
