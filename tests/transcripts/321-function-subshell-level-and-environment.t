A function that is a part of a pipeline runs a level deeper once its words are expanded (bash
execute_cmd.c execute_simple_command: subshell_level++ before execute_subshell_builtin_or_function),
so `f | cat` sees $BASH_SUBSHELL 1 where `echo $BASH_SUBSHELL | cat` sees 0. A function that a
`bash -c` text defines is taken to come from the environment (make_cmd.c make_function_def: it is
defined before the shell is initialized), and bash names its errors after it: `environment: line 1: `.

  $ f() { echo "level $BASH_SUBSHELL"; }; f; f | cat; echo $BASH_SUBSHELL | cat
  level 0
  level 1
  0
  $ bash -c 'check() { cd /nowhere; }; check'
  environment: line 1: cd: /nowhere: No such file or directory
  [1]
  $ bash -c 'f() { nosuch; }; f; nosuch'
  environment: line 1: nosuch: command not found
  bash: line 1: nosuch: command not found
  [127]
  $ echo 'f() { nosuch; }; f' | bash
  main: line 1: nosuch: command not found
  [127]
  $ bash -c 'cat $1' _ <(echo from the parent)
  from the parent
