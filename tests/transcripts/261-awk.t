awk on the learner's host is mawk 1.3.4 (Ubuntu 24.04's 1.3.4-20240123): the part of the language
a learner types after a pipe (app/engine/tools/awk.py). Fields split on runs of blanks, one
character (-F:, -F,) or a regular expression; assigning a field or NF rebuilds $0 with OFS. Input
text compares as a number when it looks like one, so $1 > 9 is numeric and $1 > "9" is not. A
number prints as an integer when it is one, else by OFMT (%.6g). exit's status stands, and END
still runs after an exit in a rule. The errors are mawk's (error.c yyerror: a } missing at the end
of the program; fin.c: a file it cannot open, status 2; init.c: an option it lacks). What layerlab
does not run (getline, output to files and commands, functions defined in the program, system(),
rand()) is refused as not simulated rather than guessed at. for (k in a) walks mawk's hash table
as mawk keeps it (array.c: 64 lists, FNV-1a of a key's text, integral numbers on lists of their
own until a look-up by text, found entries moved to the front; split's pieces a vector), so the
keys come in mawk's order, checked against mawk 1.3.4 on the same input. substr, gsub with empty
matches, printf's %c, %x and %d of a string, and FS empty (a field a character) are mawk's too;
where 1.3.4-20240123 differs from older builds (integers printed to 64 bits, %x of a negative
number wrapping around 2**64: cast.c d_to_UL), it is 20240123's.
Division by zero is not trapped (inf, -nan), and a NaN compares equal to anything (execute.c
compare); an assignment's subscript or field number is evaluated once, before its value.
A runaway program ends at the line's budget, as any runaway line does.

  $ docker volume create data
  data
  $ docker volume create logs
  logs
  $ docker run -d --name web -v data:/data node:14 sleep 1000
  859802ce54cc059e0cd43ae57dfa3ccf63730facb890cf9bdb1c63a18ab07f2c
  $ docker ps -a | awk 'NR > 1 {print $1, $NF}'
  859802ce54cc web
  $ docker volume ls | awk 'NR > 1 {print $2}'
  data
  logs
  $ docker volume ls | awk '{print NR": "$0}'
  1: DRIVER    VOLUME NAME
  2: local     data
  3: local     logs
  $ docker volume ls -q | awk '/^d/'
  data
  $ awk -F: '$3 == 0 {print $1, $7}' /etc/passwd
  root /bin/bash
  $ printf 'a 1\nb 2\na 3\nc 10\n01 7\n1 8\n' | awk '{sum[$1] += $2} END {for (k in sum) print k, sum[k]}'
  c 10
  1 8
  b 2
  a 4
  01 7
  $ printf 'x\ny\nz\n' | awk '{line[NR] = $0} END {for (i in line) print i, line[i]}'
  3 z
  2 y
  1 x
  $ awk 'BEGIN {n = split("q w e", p); for (k in p) print k, p[k]; x["b"]; x[2]; x["a"]; x[1]; for (k in x) printf "%s ", k; print ""}'
  3 e
  2 w
  1 q
  2 1 b a 
  $ awk 'BEGIN {s = "aaa"; print gsub(/a*/, "-", s), s; t = "abc"; print gsub(//, "-", t), t}'
  1 -
  4 -a-b-c-
  $ awk 'BEGIN {print substr("hello", 0), substr("hello", -1, 3), substr("hello", 2.5, 2)}'
  hello hell el
  $ awk 'BEGIN {printf "%x %c%c %d\n", -4, 72, "i!", "0x1A"; print log(-1), 7 % -3}'
  fffffffffffffffc Hi 26
  -nan 1
  $ echo 'ab c' | awk -v FS= '{print NF, $3}'
  4  
  $ printf '3\n4\n' | awk '{s += $1} END {print "total", s, s/NR}'
  total 7 3.5
  $ printf 'x y z\n' | awk '{print $NF; print NF; $2 = "Y"; print; NF = 2; print}'
  z
  3
  x Y z
  x Y
  $ echo "hello world" | awk '{printf "%-8s|%5.2f|%d|%c|%x\n", $1, 3.14159, "42abc", 65, 255}'
  hello   | 3.14|42|A|ff
  $ echo "a,b,c" | awk -F, -v OFS=- '{$1 = $1; print}'
  a-b-c
  $ echo "foo bar foo" | awk '{n = gsub(/foo/, "[&]"); print n, $0}'
  2 [foo] bar [foo]
  $ echo "abc" | awk '{print length, length($0), substr($0, 2), substr($0, 0, 2), index($0, "c"), toupper($0)}'
  3 3 bc ab 3 ABC
  $ echo "x" | awk '{print 1/3, 10/2, 2^10, -7 % 3, 1e6, 1e20, 0.1 + 0.2}'
  0.333333 5 1024 -1 1000000 1e+20 0.3
  $ printf '10 a\n9 b\n' | awk '$1 > 9'
  10 a
  $ printf '10 a\n9 b\n' | awk '$1 > "9"'
  $ printf 'one\ntwo\nthree\nfour\n' | awk '/two/,/three/'
  two
  three
  $ awk 'BEGIN { while (i < 3) print i++; for (;;) { if (++j > 2) break }; print j }'
  0
  1
  2
  3
  $ echo 1 | awk '{ exit 3 } END { print "END still runs" }'; echo "status $?"
  END still runs
  status 3
  $ awk '{print $1' /etc/hostname
  awk: line 1: missing } near end of file
  [2]
  $ awk '{print $1}' /nope
  awk: cannot open "/nope" (No such file or directory)
  [2]
  $ awk -q '{print}'
  awk: not an option: -q
  [2]
  $ awk -F
  awk: option -F lacks argument
  [2]
  $ awk 'BEGIN { getline line < "/etc/hostname"; print line }'
  layerlab: awk: getline is not simulated yet
  [126]
  $ awk 'BEGIN { print "x" > "/tmp/out" }'
  layerlab: awk: print or printf to a file or a command is not simulated yet
  [126]
  $ awk 'BEGIN { while (1) s = s "x" }'
  layerlab: this command line moves more than 32 MiB through pipes and $( ), the most the simulated terminal holds; nothing was changed
  [1]
  $ awk 'BEGIN { x = 5 % 0; print x, (x == 1), 1/0, -1/0 }'
  -nan 1 inf -inf
  $ awk 'BEGIN { n = 0; a[++n] += 5; $(++n) = "f"; print n, a[1], $0; print ("" < 1), ($9 == 0) }'
  2 5  f
  1 0
  $ awk 'BEGIN{printf "[%5.2f][%-6e][%+g][%E]\n", log(-1), 1/0, 1/0, -1/0}'
  [ -nan][inf   ][+inf][-INF]
