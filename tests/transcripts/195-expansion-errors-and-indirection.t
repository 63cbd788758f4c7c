An expansion the shell refuses ends only the process it happens in. bash runs each command of a
pipeline of several, a ( ) subshell and a piped { } group in a child it forks: the child says the
error and exits (execute_cmd.c execute_in_subshell catches the jump and exits 1; a pipeline's
simple command jumps to eval.c reader_loop, which ends a subshell, or in `bash -c` to shell.c
run_one_command, which makes ${P?w} exit 127), and the line goes on. A program's redirections are
made in the child forked for it too (execute_disk_command), so a bad ${...} in a here-document or
here-string fails that command with 1, while a builtin's ends the line. bash names the whole string
it was expanding in "bad substitution": the word, the inside of its double quotes, or the
here-document with its line breaks (subst.c parameter_brace_expand reports `string`). dash and
BusyBox ash exit such a child with 2 (sh_error, ash.c ash_msg_and_raise_error: exitstatus 2, a
child's exception exits it). bash's ${!P} expands the parameter P's value names (subst.c
parameter_brace_expand_indir: "invalid indirect expansion" when P is unset, "invalid variable
name" when its value is no name; ${!P?} names itself !P), ${!prefix*} and ${!prefix@} list the
variables whose names start so, sorted (variables.c all_variables_matching_prefix); ${P@op}
transforms (parameter_brace_transform, string_transform: Q quoted to read back, $'...' for a
character that does not print, E $'...' escapes read, U u L case, K as Q on a string, A an
assignment, a the attributes). bash 5.0 (node:14) has only Q E P A a, and looks at op's first
letter only; an op it lacks is a bad substitution, and in 5.2 one that ends a `bash -c` as ${P?w}
does. An unset P gives nothing whatever op is. dash and ash know neither ${!P} nor ${P@op}.

  $ echo ${x:?} | cat; echo after
  bash: x: parameter null or not set
  after
  $ (echo ${x:?no x here}; echo in); echo $?
  bash: x: no x here
  1
  $ { echo ${x:?}; echo in; } | cat; echo "after $?"
  bash: x: parameter null or not set
  after 0
  $ set -o pipefail; echo ${x:?} | cat; echo $?; set +o pipefail
  bash: x: parameter null or not set
  1
  $ k=1; (k=2; echo ${y:?}); echo $k
  bash: y: parameter null or not set
  1
  $ bash -c 'set -o pipefail; echo ${x:?} | cat; echo $?; (echo ${x:?}); echo $?; echo ${x:?}; echo never'
  bash: line 1: x: parameter null or not set
  127
  bash: line 1: x: parameter null or not set
  1
  bash: line 1: x: parameter null or not set
  [127]
  $ echo "one ${x y} two" x${a b}y
  bash: one ${x y} two: bad substitution
  [1]
  $ cat <<EOF; echo "cat failed: $?"
  $ a ${x y} b
  $ EOF
  bash: a ${x y} b
  : bad substitution
  cat failed: 1
  $ read line <<EOF; echo never
  $ ${x:?}
  $ EOF
  bash: x: parameter null or not set
  [1]
  $ cat <<< "${x:?in a here-string}"; echo "cat failed: $?"
  bash: x: in a here-string
  cat failed: 1
  $ name=greeting; greeting=hello; echo ${!name} ${!name^^} ${!name:1:3} ${!name@Q} ${#name}
  hello HELLO ell 'hello' 8
  $ set -- a b c; n=2; echo ${!n} ${!#}
  b c
  $ app_port=3000 app_env=prod; echo ${!app_*}; for v in "${!app_@}"; do echo "$v=${!v}"; done
  app_env app_port
  app_env=prod
  app_port=3000
  $ echo x${!nomatch*}x; echo ${!nothing}; echo never
  xx
  bash: nothing: invalid indirect expansion
  [1]
  $ ref='not a name'; echo ${!ref}
  bash: not a name: invalid variable name
  [1]
  $ empty=; ref=empty; echo ${!ref:-was empty}; echo ${!ref:?}
  was empty
  bash: !ref: parameter null or not set
  [1]
  $ s=$'it\'s\ttabbed'; echo ${s@Q}; w='two words'; echo ${w@Q} ${w@U} ${w@u} ${w@L} ${w@K} ${w@A} "[${w@a}]"
  $'it\'s\ttabbed'
  'two words' TWO WORDS Two words two words 'two words' w='two words' []
  $ e='col1\tcol2\x21'; echo "${e@E}"; q="'"; echo ${q@Q} ${nope@Q}.
  col1	col2!
  \' .
  $ set -- one 'two three'; echo ${@@Q}; echo ${*@A}
  'one' 'two three'
  set -- 'one' 'two three'
  $ echo ${w@X}; echo never
  bash: ${w@X}: bad substitution
  [1]
  $ echo ${unset@X}.
  .
  $ bash -c 'w=x; echo ${w@QQ}; echo never'
  bash: line 1: ${w@QQ}: bad substitution
  [127]
  $ docker pull -q node:14
  docker.io/library/node:14
  $ docker run --rm node:14 bash -c 'w=abc; echo ${w@Q} ${w@A} ${w@QQ}; echo ${w@U}; echo never'
  'abc' w='abc' 'abc'
  bash: ${w@U}: bad substitution
  [1]
  $ docker run --rm node:14 bash -c 'echo ${x:?} | cat; (echo ${x:?no}); echo $?; x=y y=1; echo ${!x}'
  bash: x: parameter null or not set
  bash: x: no
  1
  1
  $ docker run --rm node:14 sh -c 'echo ${x:?} | cat; echo after; (echo ${x:?no}; echo in); echo $?; x=y; echo ${!x}; echo never'
  sh: 1: x: parameter not set or null
  after
  sh: 1: x: no
  2
  sh: 1: Bad substitution
  [2]
  $ docker run --rm node:14 sh -c 'y=1; echo ${y@Q}'
  sh: 1: Bad substitution
  [2]
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run --rm busybox sh -c '{ echo ${x:?}; } | cat; echo after $?; (echo ${x:?no}); echo $?; x=y; echo ${!x}; echo never'
  sh: x: parameter not set or null
  after 0
  sh: x: no
  2
  sh: syntax error: bad substitution
  [2]
  $ docker run --rm busybox sh -c 'y=1; echo ${y@Q}'
  sh: syntax error: bad substitution
  [2]
