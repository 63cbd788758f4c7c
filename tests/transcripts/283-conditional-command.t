bash's conditional command [[ ]] (app/engine/shellcond.py). It used to be a command bash did not
find. From bash 5.2 parse.y (cond_term and its errors) and execute_cmd.c execute_cond_node: the
words are expanded without splitting or pathname expansion; the right side of == and != is a
pattern and of =~ an extended regular expression, each with its quoted parts matching themselves;
-eq and the others evaluate both sides as arithmetic; < and > compare strings; && || ! ( ) join
terms. A regular expression that does not compile answers 2; an arithmetic error is said and
answers 1. Its syntax errors are said in bash's words; bash 5.2 then ends a -c text or a script
with status 0 (a slip of its parser): here, as any syntax error, 2. set -x shows each term as
it is tested. dash has no [[; BusyBox ash's is test wanting ]] last. bash's BASH_REMATCH is an
array, which layerlab's shells do not have: =~ sets nothing.

  $ [[ -f Dockerfile && -d feedback ]] && echo both
  both
  $ name="feedback app"; [[ $name == feed* ]] && echo "a pattern, unquoted"
  a pattern, unquoted
  $ [[ $name == "feed*" ]] || echo "quoted: the characters themselves"
  quoted: the characters themselves
  $ [[ $name =~ ^feed(back|er)\ app$ ]]; echo $?
  0
  $ [[ a.c =~ "a." ]]; echo $?
  0
  $ [[ 1+1 -eq 2 && 10 -gt 9 ]]; echo $?
  0
  $ [[ 10 < 9 ]]; echo $?
  0
  $ [[ ! -e nope && ( -z "" || -n "" ) ]]; echo $?
  0
  $ [[ -v HOME && -o emacs ]]; echo $?
  0
  $ [[ $unset ]]; echo $?
  1
  $ [[ 1x -eq 1 ]]
  bash: [[: 1x: value too great for base (error token is "1x")
  [1]
  $ [[ abc =~ a{2,1} ]]; echo $?
  2
  $ [[ a b ]]
  bash: conditional binary operator expected
  [2]
  $ [[ -f ]]
  bash: unexpected argument `]]' to conditional unary operator
  [2]
  $ [[ -f a b ]]
  bash: syntax error in conditional expression
  [2]
  $ [[ ( a ]]
  bash: unexpected token `]]', expected `)'
  [2]
  $ [[ a == ]]
  bash: unexpected argument `]]' to conditional binary operator
  [2]
  $ [[ ]]
  [2]
  $ set -x
  $ [[ -n $name && $name == f* ]]
  + [[ -n feedback app ]]
  + [[ feedback app == f* ]]
  $ set +x
  + set +x
  $ if [[ -d temp ]]; then echo "temp is a folder"; fi
  temp is a folder
  $ i=; while [[ $i != xxx ]]; do i=${i}x; done; echo $i
  xxx
  $ bash -c '[[ $0 == bash ]] && echo started as $0'
  started as bash
  $ sh -c '[[ -f Dockerfile ]]'
  sh: 1: [[: not found
  [127]
  $ docker run --rm busybox sh -c '[[ -f /etc/passwd ]] && echo yes; [[ -f /etc/passwd; echo $?'
  ...
  yes
  sh: missing ]]
  2
