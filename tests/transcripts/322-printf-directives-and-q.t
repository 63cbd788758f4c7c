printf's directives as each printf reads them (app/engine/tools/printfdirectives.py), checked
against this machine's bash 5.2.15, dash 0.5.12, BusyBox 1.35 and coreutils 9.1. bash's %q quotes
its argument for the shell (builtins/printf.def: sh_backslash_quote, or $'...' when a character
is not printable; '' for nothing) and %Q cuts it to the precision first; length modifiers are
skipped (bash "hjlLtz", BusyBox "lLhz", coreutils too, dash none). A conversion a printf does not
know ends it: bash "`y': invalid format character" (status 1, the lines it finished first),
dash "%y: invalid directive" (status 2), BusyBox "%...: invalid format" naming the rest of the
format (as sh inside ash, as printf run alone), coreutils "invalid conversion specification".
Only %% itself is a %: `%5%` is refused by all four. These were printed as typed.

  $ printf "[%q]\n" "a  b" "it's" "" "~x" 'x=$y'
  [a\ \ b]
  [it\'s]
  ['']
  [\~x]
  [x=\$y]
  $ printf "%s %y\n" a b
  bash: printf: `y': invalid format character
  a 
  [1]
  $ printf "%ld %zu|%.2Q|\n" 5 6 "a b"
  5 6|a\ |
  $ printf "ab%5"
  bash: printf: `%5': missing format character
  ab
  [1]
  $ /usr/bin/printf "[%y]\n"
  [printf: %y: invalid conversion specification
  [1]
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm busybox sh -c 'printf "x%jd\\n" 1; echo " rc=$?"'
  x
  sh: %jd\n: invalid format
   rc=1
  $ docker run --rm busybox printf '%ld|%Q\n' 5 a
  5|
  printf: %Q\n: invalid format
  [1]
  $ docker run --rm node:14 sh -c 'printf "%5%|%q\\n" a; echo " rc=$?"'
  sh: 1: printf: %5%: invalid directive
   rc=2
