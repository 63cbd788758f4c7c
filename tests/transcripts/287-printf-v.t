bash's printf -v VAR (builtins/printf.def): what printf would print goes into VAR, with its
newlines; without a name, with a name that is none, or without a format it says so with its usage
(status 2); a readonly VAR is refused (1). dash's printf has no -v (bltin/printf.c: a special
builtin's error, status 2). It used to print "-v".

  $ printf -v greeting 'hello %s, %d files' learner 3; echo "$greeting"
  hello learner, 3 files
  $ bash -c 'printf -v x "%s-%d\n" a 5; printf "[%s]" "$x"; echo'
  [a-5
  ]
  $ bash -c 'printf -v'
  bash: line 1: printf: -v: option requires an argument
  printf: usage: printf [-v var] format [arguments]
  [2]
  $ bash -c 'printf -v 1a x'
  bash: line 1: printf: `1a': not a valid identifier
  [2]
  $ bash -c 'printf -v y'
  printf: usage: printf [-v var] format [arguments]
  [2]
  $ printf -v UID 1
  bash: UID: readonly variable
  [1]
  $ bash -c 'printf -v z "%d" abc; echo "rc=$? [$z]"'
  bash: line 1: printf: abc: invalid number
  rc=1 [0]
  $ sh -c 'printf -v x a; echo never'
  sh: 1: printf: Illegal option -v
  [2]
