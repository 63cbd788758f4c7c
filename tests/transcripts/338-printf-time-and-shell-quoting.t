printf's directives that printed as written (app/engine/tools/printfdirectives.py, testprintf.py):
bash's %(FORMAT)T is strftime of the argument's time in UTC, -1 now on the simulated clock, -2
the shell's start, width and precision as %s has them; coreutils printf's %q quotes as quotearg's
shell-escape style does (only where a shell needs it; in a container's C locale a byte past ASCII
as $'\NNN'), refusing a width. And a warning about a number comes after the lines bash had
finished, as its line-buffered output has it (it came before all of them). Checked against this
machine's bash 5.2, dash, BusyBox and coreutils (tests/test_printf_time_and_quoting.py).

  $ printf '%(%Y-%m-%d %H:%M:%S)T\n' -1
  2026-03-02 09:00:01
  $ printf 'started %(%H:%M:%S)T\n' -2
  started 09:00:00
  $ printf '[%-12(%F)T][%.4(%Y-%m)T]\n' 86400 86400
  [1970-01-02  ][1970]
  $ printf '%(%s)T\n' abc
  bash: printf: abc: invalid number
  0
  [1]
  $ /usr/bin/printf '%q\n' 'my notes.txt' "it's" ''
  'my notes.txt'
  "it's"
  ''
  $ docker run --rm node:14 /usr/bin/printf '%q %q\n' é 'a;b'
  ''$'\303\251' 'a;b'
  $ /usr/bin/printf '[%5q]' a
  [printf: %5q: invalid conversion specification
  [1]
  $ printf 'a%d|\n' 1 x 2
  a1|
  bash: printf: x: invalid number
  a0|
  a2|
  [1]
