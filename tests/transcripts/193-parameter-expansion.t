Parameter expansion as bash's manual ("Shell Parameter Expansion") lists it, followed in bash's
subst.c (parameter_brace_expand, parameter_brace_expand_error, verify_substring_values), dash's
src/expand.c and BusyBox's shell/ash.c (subevalvar, varunset): ${P=w} and ${P:=w} assign (a
positional parameter cannot be: bash "$1: cannot assign in this way", dash and ash "bad variable
name"); ${P?w} and ${P:?w} say "P: w" (without w, bash's "parameter not set" or "parameter null or
not set", dash's and ash's "parameter not set" or "parameter not set or null") and the rest of the
line does not run: $? is 1 at the terminal, a `bash -c` string exits 127 (shell.c run_one_command,
FORCE_EOF), dash and ash exit 2. ${P#pat} ${P##pat} ${P%pat} ${P%%pat} remove the shortest or longest
prefix or suffix the pattern matches (a quoted * is literal); ${P/pat/rep} ${P//pat/rep} and bash's
/# and /% replace; ${P:off:len} takes a substring (a negative offset needs a space or parentheses; a
negative length counts from the end, and bash refuses one that ends before the offset:
"substring expression < 0"); bash's ^ ^^ , ,, ~ ~~ change case. dash (node:14's sh) takes only
POSIX's operators and says "Bad substitution" for the rest; BusyBox ash takes / // and substrings
(a negative length past the offset is the rest) but not case changes ("syntax error: bad
substitution"). Refusals are found as the word is expanded, so what ran before them stays done.

  $ f=notes.txt.bak; echo ${f%.*} ${f%%.*} ${f#*.} ${f##*.}
  notes.txt notes txt.bak bak
  $ p=/usr/local/lib/node; echo ${p##*/} ${p%/*} ${p#/usr} ${p%"/node"} ${p#'/usr/*'}
  node /usr/local/lib /local/lib/node /usr/local/lib /usr/local/lib/node
  $ echo ${f/t/T} ${f//t/T} ${f/#n/N} ${f/%bak/old} ${f//[aeiou]} ${f/x*/}
  noTes.txt.bak noTes.TxT.bak Notes.txt.bak notes.txt.old nts.txt.bk notes.t
  $ echo ${f:2} ${f:1:3} ${f: -3} ${f:(-7):3} ${f:3:-4} ${f:20}.
  tes.txt.bak ote bak txt es.txt .
  $ echo ${f^} ${f^^} ${f^^[aeiou]} ${f~~} X${f,,}
  Notes.txt.bak NOTES.TXT.BAK nOtEs.txt.bAk NOTES.TXT.BAK Xnotes.txt.bak
  $ echo ${#f} ${NOPE:-a b} "${NOPE:-c  d}" ${NOPE:-${HOME}/x} ${f:+set}
  13 a b c  d /home/learner/x set
  $ echo ${z:=first} $z; echo ${z:=second} $z
  first first
  first first
  $ echo $z
  first
  $ echo a; echo ${x:?boom, no x}; echo never
  a
  bash: x: boom, no x
  [1]
  $ echo $?
  1
  $ echo ${u?}; echo never
  bash: u: parameter not set
  [1]
  $ x=; echo ${x:?}
  bash: x: parameter null or not set
  [1]
  $ echo ${x?} fine
  fine
  $ echo ${1:=one}
  bash: $1: cannot assign in this way
  [1]
  $ echo ${f:5:-9}; echo never
  bash: -9: substring expression < 0
  [1]
  $ echo ${f/}${f%%}. ${f:}
  bash: ${f:}: bad substitution
  [1]
  $ set -- a.js b.js c.txt; echo ${#} ${@:2} ${*:1:2} ${@: -1} ${@%.js} "${@/./-}" ${1:?none} ${5:-five}
  3 b.js c.txt a.js b.js c.txt a b c.txt a-js b-js c-txt a.js five
  $ echo "$(echo ${q:?unset in a subshell}; echo never) after"
  bash: q: unset in a subshell
   after
  $ cat <<< "${f%%.*} ${nope:-none} ${f//./ }"
  notes none notes txt bak
  $ bash -c 'echo ${x:?no x}; echo never'
  bash: line 1: x: no x
  [127]
  $ bash -c 'echo ${a b}; echo never'
  bash: line 1: ${a b}: bad substitution
  [1]
  $ x=ab; x=${x//?/xxxxxxxx}; x=${x//?/xxxxxxxx}; x=${x//?/xxxxxxxx}; x=${x//?/xxxxxxxx}; x=${x//?/xxxxxxxx}; x=${x//?/xxxxxxxx}; x=${x//?/xxxxxxxx}; x=${x//?/xxxxxxxx}; echo ${#x}
  layerlab: this command line does more than 1,000,000 steps of work, the most the simulated terminal does for one line; nothing was changed
  [1]
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm busybox sh -c 'f=notes.txt.bak; echo ${f%.*} ${f##*.}; echo ${f/t/T} ${f:1:3} ${f:1:-20}; echo ${f^^}; echo never'
  notes.txt bak
  noTes.txt.bak ote otes.txt.bak
  sh: syntax error: bad substitution
  [2]
  $ docker run --rm busybox sh -c 'echo ${z:=first} $z; echo ${x:?no x here}; echo never'
  first first
  sh: x: no x here
  [2]
  $ docker run --rm busybox sh -c 'x=; echo ${x:?}'
  sh: x: parameter not set or null
  [2]
  $ docker run --rm busybox sh -c 'echo ${1:=one}'
  sh: 1: bad variable name
  [2]
  $ docker pull -q node:14
  docker.io/library/node:14
  $ docker run --rm node:14 sh -c 'f=notes.txt.bak; echo ${f%.*} ${f##*.}; echo ${f/t/T}; echo never'
  notes.txt bak
  sh: 1: Bad substitution
  [2]
  $ docker run --rm node:14 sh -c 'echo ${z:=first} $z; echo ${x:?no x here}; echo never'
  first first
  sh: 1: x: no x here
  [2]
  $ docker run --rm node:14 sh -c 'echo ${u?}'
  sh: 1: u: parameter not set
  [2]
  $ docker run --rm node:14 sh -c 'set -- a b; echo ${#} ${1:-x} ${3:-three} ${#1} ${1:=one}; echo ${3:=one}'
  2 a three 1 a
  sh: 1: 3: bad variable name
  [2]
  $ docker run --rm node:14 bash -c 'f=abc; echo ${f^^} ${f:1}; echo ${x:?}; echo never'
  ABC bc
  bash: x: parameter null or not set
  [127]
