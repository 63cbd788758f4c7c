eval (a special builtin in bash, dash and BusyBox ash): its words joined by spaces are read and run
as a line of the same shell, so what it sets stays set; with nothing to run its status is 0, else
the status of what it ran. (It used to say "bash: eval: command not found".)

  $ cmd="x=5; echo set"; eval "$cmd"; echo $x
  set
  5
  $ f() { eval "$1=\$2"; }; f y 7; echo $y
  7
  $ eval; echo $?
  0
  $ eval false; echo $?
  1
  $ eval echo $(printf "{a,b}%.0s" 1 2)
  aa ab ba bb
  $ docker run --rm node:14 sh -c 'eval "v=1"; echo $v'
  1
