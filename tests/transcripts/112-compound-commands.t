The host's bash runs compound commands (bash 5 manual, "Compound Commands"; POSIX 2.9.4): if, while,
until, for, case, { } groups and ( ) subshells, with break and continue, and $(( )) arithmetic.
They take redirections and sit in pipelines and && || lists like any command. A loop pass charges
the line's work budget, so an endless loop ends with the budget's message and changes nothing. bash's
`(( expr ))` is the arithmetic command: status 0 when the value is not zero (execute_cmd.c).
Syntax errors are bash's (parse.y report_syntax_error), status 2; a line left open at its end is
"unexpected end of file", as bash says when its input ends inside a compound command. seq prints the
numbers a loop walks (coreutils seq.c: the decimals of FIRST and INCREMENT, -s, -w, its errors), and
read takes a line of its input at a time (builtins/read.def): split at IFS, the last name taking the
rest, status 1 at the end of the input (so a last line without a newline is read but ends the loop).

  $ if true; then echo yes; fi
  yes
  $ if false; then echo yes; else echo no; fi
  no
  $ if false; then echo yes; fi; echo $?
  0
  $ x=3; if [ $x -gt 5 ]; then echo big; elif [ $x -gt 2 ]; then echo medium; else echo small; fi
  medium
  $ if ! grep -q nothing-like-this server.js; then echo absent; fi
  absent
  $ for i in 1 2 3; do echo "i=$i"; done
  i=1
  i=2
  i=3
  $ for f in *.js *.json; do echo "file: $f"; done
  file: server.js
  file: package.json
  $ words="a b  c"; for w in $words; do echo "[$w]"; done; for w in "$words"; do echo "[$w]"; done
  [a]
  [b]
  [c]
  [a b  c]
  $ for i in 1 2 3; do echo $i; done > /tmp/n.txt; cat /tmp/n.txt
  1
  2
  3
  $ for i in; do echo never; done; echo "status $?"
  status 0
  $ for i in $(seq 1 3); do echo "seq $i"; done; seq -s + 1 4; seq -w 9 11; seq 0 0.5 1
  seq 1
  seq 2
  seq 3
  1+2+3+4
  09
  10
  11
  0.0
  0.5
  1.0
  $ seq 1 0 3
  seq: invalid Zero increment value: ‘0’
  Try 'seq --help' for more information.
  [1]
  $ printf 'web 3000\ndb 5432\n' > ports.txt; while read name port; do echo "$name listens on $port"; done < ports.txt
  web listens on 3000
  db listens on 5432
  $ ls | while read f; do [ -d "$f" ] && echo "dir: $f"; done
  dir: feedback
  dir: pages
  dir: public
  dir: temp
  $ printf 'last line without newline' | while read l; do echo "$l"; done; echo "status $?"
  status 0
  $ read -r a b <<< "one two three"; echo "a=$a b=$b"; read 2x < ports.txt
  a=one b=two three
  bash: read: `2x': not a valid identifier
  [1]
  $ n=0; while [ $n -lt 3 ]; do echo "n=$n"; n=$((n+1)); done; echo "after: $n"
  n=0
  n=1
  n=2
  after: 3
  $ n=5; until [ $n -le 2 ]; do echo $n; n=$((n-1)); done
  5
  4
  3
  $ for i in 1 2 3 4 5; do if [ $i -eq 2 ]; then continue; fi; if [ $i -eq 4 ]; then break; fi; echo $i; done
  1
  3
  $ for i in 1 2 3; do for j in a b c; do if [ $j = b ]; then continue 2; fi; echo $i$j; done; done
  1a
  2a
  3a
  $ for i in 1 2; do while true; do echo inner $i; break 2; done; done; echo out
  inner 1
  out
  $ break
  bash: break: only meaningful in a `for', `while', or `until' loop
  $ continue 0
  bash: continue: only meaningful in a `for', `while', or `until' loop
  $ for i in 1; do break 0; echo never; done; echo $?
  bash: break: 0: loop count out of range
  1
  $ case server.js in *.json) echo json;; *.js|*.mjs) echo javascript;; *) echo other;; esac
  javascript
  $ case "a b" in "a b") echo quoted;; esac
  quoted
  $ case x in y) echo y;; esac; echo "status $?"
  status 0
  $ c='*'; case hello in "$c") echo literal;; $c) echo pattern;; esac
  pattern
  $ { echo b; echo a; } | sort
  a
  b
  $ { echo one; echo two; } > /tmp/g.txt; cat /tmp/g.txt
  one
  two
  $ (cd /tmp; pwd); pwd
  /tmp
  /home/learner/feedback-app
  $ v=outside; (v=inside; echo $v); echo $v
  inside
  outside
  $ (exit 3); echo $?
  3
  $ true && { echo and; } || echo or
  and
  $ echo $((1 + 2 * 3)) $(( (1 + 2) * 3 )) $((7 / 2)) $((-7 / 2)) $((7 % 3)) $((2 ** 10))
  7 9 3 -3 1 1024
  $ echo $((3 > 2)) $((3 == 2)) $((1 && 0)) $((1 || 0)) $((!0)) $((1 ? 10 : 20)) $((0x1f)) $((010))
  1 0 0 1 1 10 31 8
  $ a=6; b=7; echo $((a * b)) $((a+b)) $((nothing)); echo $((a += 1)) $a
  42 13 0
  7 7
  $ echo $(( 5 % 0 ))
  bash: 5 % 0 : division by 0 (error token is "0 ")
  [1]
  $ i=0; while (( i < 3 )); do echo "i is $i"; (( i++ )); done; (( i == 3 )) && echo three; (( 0 )); echo $?
  i is 0
  i is 1
  i is 2
  three
  1
  $ (( 1 / 0 )); echo "goes on: $?"
  bash: ((: 1 / 0 : division by 0 (error token is "0 ")
  goes on: 1
  $ echo before; echo $((1 / 0)); echo after
  before
  bash: 1 / 0: division by 0 (error token is "0")
  [1]
  $ echo $((1 +))
  bash: 1 +: syntax error: operand expected (error token is "+")
  [1]
  $ if true; fi
  bash: syntax error near unexpected token `fi'
  [2]
  $ done
  bash: syntax error near unexpected token `done'
  [2]
  $ for i in 1 2; echo $i; done
  bash: syntax error near unexpected token `echo'
  [2]
  $ if true; then echo open
  bash: syntax error: unexpected end of file
  [2]
  $ { echo a; echo b }
  bash: syntax error: unexpected end of file
  [2]
  $ case a in a) echo x
  bash: syntax error: unexpected end of file
  [2]
  $ ( )
  bash: syntax error near unexpected token `)'
  [2]
  $ for 1 in a; do echo; done
  bash: `1': not a valid identifier
  [1]
  $ while true; do :; done
  layerlab: this command line does more than 1,000,000 steps of work, the most the simulated terminal does for one line; nothing was changed
  [1]
  $ while true; do echo x > /dev/null; done
  layerlab: this command line does more than 1,000,000 steps of work, the most the simulated terminal does for one line; nothing was changed
  [1]
