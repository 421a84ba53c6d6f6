"""The workbook CLI: progress board, full test suite, chapter programs, checks, diffs and hints.

Run through ./workbook (which installs the dependencies first), which calls tools/workbook.py, the
entry point of this package (cli.main). Progress is kept in the build folder
(build/<preset>/workbook_progress.json), never in tracked files.

Modules: cli (arguments), one module per command (board, test, run, check, diff, hint, tour, profile,
verify_shipped), and the shared parts: paths, ui, build, manifest, progress, bench.
"""
