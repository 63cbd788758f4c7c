read's options (app/engine/shellread.py), as bash's builtins/read.def takes them: clustered or
not, -d DELIM ends the line at DELIM, -n N after N characters at most, -N N after exactly N (the
newline too), -s and -e change nothing without a terminal, -t's timeout is never reached (the input
is all there); an unknown option or one without its word is refused with the usage (status 2), a
count that is no number said (1); -a NAME fills the array NAME (292). bash's -u is not simulated. dash's read takes
only -p and -r ("Illegal option"); BusyBox ash's takes -n, -d, -t, -s too. -t 1 and -n 2 used to be
taken for names.

  $ read -t 1 x <<< y; echo $x
  y
  $ echo abcd | { read -n 2 x; echo $x; }
  ab
  $ echo "a,b" | { read -d , y; echo $y; }
  a
  $ printf 'ab\ncd\n' | { read -N 4 z; echo "[$z]"; }
  [ab
  c]
  $ read -rp "name? " n <<< bob; echo $n
  bob
  $ read -s -r secret <<< 's3cret'; echo ${#secret}
  6
  $ read -q; echo rc=$?
  bash: read: -q: invalid option
  read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]
  rc=2
  $ read -n; echo rc=$?
  bash: read: -n: option requires an argument
  read: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]
  rc=2
  $ read -n x v <<< a
  bash: read: x: invalid number
  [1]
  $ read -a arr <<< "a b"
  $ sh -c 'read -t 1 x < /dev/null; echo rc=$?'
  sh: 1: read: Illegal option -t
  rc=2
  $ docker run --rm busybox sh -c 'echo abcd | { read -n 2 x; echo $x; }'
  ...
  ab
