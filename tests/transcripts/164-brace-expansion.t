The learner's bash expands braces before anything else (bash manual, "Brace Expansion"): a list
`a{b,c}d`, a sequence `{1..3}`, `{01..10..3}` (zero-padded), `{a..e}`; quoted or escaped braces,
`${...}`, and braces with neither a comma nor a valid sequence stay as written; an assignment is
not expanded. Inside containers, dash and BusyBox ash have no brace expansion. A redirection's word
is expanded as an argument is (bash redir.c redirection_expand) and must make one word, else
"ambiguous redirect"; a pattern that matches nothing stays as written.

  $ mkdir -p data/{logs,feedback} && touch data/feedback/note{1..3}.txt
  $ ls data data/feedback
  data:
  feedback
  logs
  
  data/feedback:
  note1.txt
  note2.txt
  note3.txt
  $ echo {01..10..3} {c..a} x{,y} "{1,2}" \{1,2} {a} {1..z}
  01 04 07 10 c b a x xy {1,2} {1,2} {a} {1..z}
  $ for n in {1..3}; do echo "line $n" >> log.txt; done; cat log.txt
  line 1
  line 2
  line 3
  $ x={1,2}; echo $x ${x}{3,4}
  {1,2} {1,2}3 {1,2}4
  $ docker run --rm node:14 sh -c 'echo {1..3}'
  {1..3}
  $ x="a b"; echo hi > $x; echo $?
  bash: $x: ambiguous redirect
  1
  $ echo hi > {a,b}; echo hi > data/*
  bash: {a,b}: ambiguous redirect
  bash: data/*: ambiguous redirect
  [1]
  $ echo hi > note*.txt; ls note*
  note*.txt
