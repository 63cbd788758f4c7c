$LINENO and bash's $BASH_SUBSHELL. LINENO (bash variables.c, BusyBox ash): the line of the text
running now, a function's lines counted where it was written; at the terminal, the lines read so
far (the command's number in the history); dash has none. BASH_SUBSHELL: the ( ) and $( ) the
command runs inside (a ( ) in a pipeline counts once). Both used to be empty.

  $ echo $LINENO
  1
  $ echo $LINENO $BASH_SUBSHELL $(echo $BASH_SUBSHELL) $( (echo $BASH_SUBSHELL) )
  2 0 1 2
  $ history | tail -2
      2  echo $LINENO $BASH_SUBSHELL $(echo $BASH_SUBSHELL) $( (echo $BASH_SUBSHELL) )
      3  history | tail -2
  $ printf 'echo "line $LINENO"\nf() {\n  echo "in f, line $LINENO"\n}\nf\n(echo "subshell $BASH_SUBSHELL") | cat\n' > lines.sh
  $ bash lines.sh
  line 1
  in f, line 3
  subshell 1
  $ sh lines.sh
  line 
  in f, line 
  subshell 
  $ docker run --rm -v "$PWD/lines.sh:/lines.sh" busybox sh /lines.sh
  ...
  line 1
  in f, line 3
  subshell 
