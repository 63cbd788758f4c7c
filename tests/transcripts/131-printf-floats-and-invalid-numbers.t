printf's floating conversions %f %F %e %E %g %G with flags, width and precision, and the numbers
printf reads. Every printf reads an argument as C does (strtoimax with base 0: 0x hex and 0 octal;
strtod: decimals, exponents, hex, inf and nan; a leading quote is the next character's code) and
prints it with printf(3), inf and nan as words padded with spaces. A text that is not all a number
is said in each one's own words and makes the status 1, the output going on: bash keeps the number
it read (builtins/printf.def getintmax/getfloatmax, builtins/common.c sh_invalidnum: "invalid
number", "invalid octal number", "invalid hex number"; out of range is only a warning,
printf_erange), dash keeps it too (src/bltin/printf.c check_conversion: "expected numeric value",
"not completely converted"), coreutils 9 likewise (src/printf.c verify_numeric: "expected a
numeric value", "value not completely converted", the name in locale quotes: curly on the UTF-8
host, plain in node:14, and a warning for characters after a character constant), and BusyBox
1.36 prints 0 (coreutils/printf.c multiconvert: "invalid number 'X'", said by ash as `sh`).
A `*` width or precision is the next argument, read the same way (a negative width left-adjusts,
a negative precision is none); coreutils stops at one past an int ("invalid field width"), bash
warns and takes the nearest int, BusyBox says "invalid number" (get_width_prec) and takes 0.
What stdout holds goes out before such a warning: all of it from coreutils and BusyBox (gnulib
error() and bb_error_msg flush it), bash's finished lines (transcript 338).

  $ printf '%f|%.2f|%8.3f|%-8.1f|%+f|% f|%08.2f\n' 3.14159 2.5 1 1 1 1 -3.5
  3.141590|2.50|   1.000|1.0     |+1.000000| 1.000000|-0003.50
  $ printf '%e|%E|%.0e|%#.0e|%12.4E\n' 12345.678 0.000123 5 5 -1
  1.234568e+04|1.230000E-04|5e+00|5.e+00| -1.0000E+00
  $ printf '%g|%G|%g|%g|%#g|%.3g|%G|%g\n' 100000 1000000 0.0001 0.00001 1 3.14159 1e-10 0x10
  100000|1E+06|0.0001|1e-05|1.00000|3.14|1E-10|16
  $ printf '%f %f %5.1f|%-6F|%06f\n' inf -inf nan infinity -inf
  inf -inf   nan|INF   |  -inf
  $ printf '%.1f %.0f %.0f\n' 0.25 2.5 3.5
  0.2 2 4
  $ printf '%d\n' abc
  bash: printf: abc: invalid number
  0
  [1]
  $ echo $?
  1
  $ printf '%d %d %d\n' 12abc 08 0xz
  bash: printf: 12abc: invalid number
  bash: printf: 08: invalid octal number
  bash: printf: 0xz: invalid hex number
  12 0 0
  [1]
  $ printf '%f|%e\n' 1.5x abc
  bash: printf: 1.5x: invalid number
  bash: printf: abc: invalid number
  1.500000|0.000000e+00
  [1]
  $ printf '%x %o %#x %#o %X %u\n' 255 8 255 8 -1 -1
  ff 10 0xff 010 FFFFFFFFFFFFFFFF 18446744073709551615
  $ printf '%d %d %d %d\n' 0x1f 010 "'A" ' 42'
  31 8 65 42
  $ printf '%d\n' 99999999999999999999
  bash: printf: warning: 99999999999999999999: Numerical result out of range
  9223372036854775807
  $ echo $?
  0
  $ printf '%.3d|%5.0d|%-+5d|% d\n' 7 0 3 4
  007|     |+3   | 4
  $ /usr/bin/printf '%d\n' abc
  printf: ‘abc’: expected a numeric value
  0
  [1]
  $ /usr/bin/printf '%d %f\n' 12abc 2e
  printf: ‘12abc’: value not completely converted
  12 printf: ‘2e’: value not completely converted
  2.000000
  [1]
  $ /usr/bin/printf '%d\n' "'ABC"
  printf: warning: BC: character(s) following character constant have been ignored
  65
  $ /usr/bin/printf '%d\n' 99999999999999999999
  printf: ‘99999999999999999999’: Numerical result out of range
  9223372036854775807
  [1]
  $ /usr/bin/printf '%.2f %g\n' 1 0.5
  1.00 0.5
  $ docker run --rm node:14 sh -c "printf '%d|%f|%e\n' abc 1.5x 2; echo \$?"
  sh: 1: printf: abc: expected numeric value
  sh: 1: printf: 1.5x: not completely converted
  0|1.500000|2.000000e+00
  1
  $ docker run --rm node:14 sh -c "printf '%5.2f|%G\n' 3.14159 0.00001234"
   3.14|1.234E-05
  $ docker run --rm node:14 printf '%d\n' abc
  printf: 'abc': expected a numeric value
  0
  [1]
  $ docker run --rm busybox sh -c "printf '%d|%f|%.2e|%g\n' abc 1.5x 2 0.5; echo \$?"
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  sh: invalid number 'abc'
  0|
  sh: invalid number '1.5x'
  0.000000|2.00e+00|0.5
  1
  $ docker run --rm busybox sh -c "printf '%d|%d|%5.1f|%d\n' 12abc ' 7' 3.14159 +5"
  sh: invalid number '12abc'
  0|7|  3.1|5
  [1]
  $ printf '[%*d][%-*d][%.*f][%*.*e]\n' 5 42 4 7 2 3.14159 12 3 1234.5
  [   42][7   ][3.14][   1.234e+03]
  $ printf '[%*d][%.*d]\n' -5 42 -1 7
  [42   ][7]
  $ printf '[%*s]\n' abc x
  bash: printf: abc: invalid number
  [x]
  [1]
  $ /usr/bin/printf '[%*d][%.*d]\n' x 1 -3 5
  [printf: ‘x’: expected a numeric value
  1][5]
  [1]
  $ docker run --rm node:14 sh -c "printf '[%*d]\n' abc 1"
  sh: 1: printf: abc: expected numeric value
  [1]
  [1]
  $ docker run --rm busybox sh -c "printf '[%*d][%.*f]\n' abc 1 2 3.14159"
  [
  sh: invalid number 'abc'
  1][3.14]
  [1]
  $ /usr/bin/printf 'ok\n[%*d]\n' 99999999999 1
  ok
  printf: invalid field width: ‘99999999999’
  [
  [1]
