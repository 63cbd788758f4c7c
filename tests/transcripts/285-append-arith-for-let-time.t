bash's NAME+=value, for (( ; ; )), let and time (app/engine/shellgrammar.py, shellcompound.py,
shelltime.py); each used to be "command not found" or a syntax error. NAME+=value appends to what
NAME holds (variables.c: a string, as the shells here keep no integer attribute). for (( init; test;
step )) (execute_cmd.c execute_arith_for_command): an empty test is 1, an arithmetic error is said
and ends the loop with status 1, its body may be a { } group; a count of expressions other than
three is a syntax error. let (let.def): each expression in turn, status 0 when the last is not 0.
time (time_command, print_formatted_time): the pipeline's simulated real time (a sleep, a build's
steps, a stop's wait) after it on standard error in TIMEFORMAT's default form, or POSIX's with -p;
its CPU times are not simulated and are written as none. dash has none of them. bash takes any
number of ! before a pipeline, each turning its status over; dash and ash one (a second is a
syntax error).

  $ s=feed; s+=back; echo $s
  feedback
  $ n=5; n+=2; echo "$n (a string: += appends)"
  52 (a string: += appends)
  $ PATH_EXTRA=/a; PATH_EXTRA+=:/b; echo $PATH_EXTRA
  /a:/b
  $ UID+=1
  bash: UID: readonly variable
  [1]
  $ for ((i = 0; i < 3; i++)); do echo "pass $i"; done
  pass 0
  pass 1
  pass 2
  $ for (( i = 10 ; i > 0 ; i -= 4 )) ; do echo $i; done; echo after $i
  10
  6
  2
  after -2
  $ for ((;;)); do c+=x; [[ $c == xxx ]] && break; done; echo $c
  xxx
  $ for ((i = 0; i < 5; i++)); do (( i % 2 )) && continue; echo even $i; done
  even 0
  even 2
  even 4
  $ for ((i = 0; i < 2; i++)) { echo braces $i; }
  braces 0
  braces 1
  $ for ((i = 0; i <; i++)); do echo never; done; echo $?
  bash: ((: i <: syntax error: operand expected (error token is "<")
  1
  $ for ((i = 0)); do :; done
  bash: syntax error: arithmetic expression required
  [2]
  $ let x=5*3 y=x+1; echo $? $x $y
  0 15 16
  $ let z=0; echo $?
  1
  $ let
  bash: let: expression expected
  [1]
  $ let 1x
  bash: let: 1x: value too great for base (error token is "1x")
  [1]
  $ time sleep 2
  
  real	0m2.000s
  user	0m0.000s
  sys	0m0.000s
  $ time -p sleep 1
  real 1.00
  user 0.00
  sys 0.00
  $ time docker volume create timed
  timed
  
  real	0m0.000s
  user	0m0.000s
  sys	0m0.000s
  $ sh -c 'n=1; n+=2'
  sh: 1: n+=2: not found
  [127]
  $ sh -c 'for ((i=0; i<2; i++)); do echo $i; done'
  sh: 1: Syntax error: Bad for loop variable
  [2]
  $ sh -c 'let x=1'
  sh: 1: let: not found
  [127]
  $ ! ! true; echo $?; ! ! ! true; echo $?
  0
  1
  $ sh -c '! ! true; echo $?'
  sh: 1: Syntax error: "!" unexpected
  [2]
  $ docker run --rm busybox sh -c '! ! true'
  ...
  sh: syntax error: unexpected "!"
  [2]
