bash's declaration builtins take NAME=(...) among their arguments (parse.y reads a compound
assignment after declare, typeset, local, readonly and export): declare -a NAME=(...), local -a and
local -A in a function (put back when it returns), readonly -a and declare -r NAME=(...) (the
elements can no longer be set), declare -a NAME without a value (declare -p shows it bare), and
[SUB]=VALUE words inside the parentheses (arrayfunc.c assign_compound_array_list: an index, the
value neither split nor globbed, the next word after it). In a function declare makes a local, as
local does (declare.def), unless -g. Under set -x the array is traced with its words expanded, then
the builtin with the name alone. They used to be a syntax error ("unexpected token `('"), `local
-a` "not a valid identifier", and declare in a function set the caller's variable.

  $ declare -a names=(feedback-app "feedback dev") ids=($(docker ps -aq)); declare -p names ids
  declare -a names=([0]="feedback-app" [1]="feedback dev")
  declare -a ids=()
  $ declare -a later; declare -p later
  declare -a later
  $ ports=([3]=3000 3001 [10]=8080); declare -p ports
  declare -a ports=([3]="3000" [4]="3001" [10]="8080")
  $ f() { local -a tmp=(1 2 3); local -A seen=([x]=1); echo ${#tmp[@]} ${!seen[@]}; }; f; declare -p tmp
  3 x
  bash: declare: tmp: not found
  [1]
  $ readonly -a fixed=(a b); fixed[0]=z
  bash: fixed: readonly variable
  [1]
  $ declare -p fixed
  declare -ar fixed=([0]="a" [1]="b")
  $ export e=(1 2); declare -p e
  declare -ax e=([0]="1" [1]="2")
  $ f() { declare -A seen=([web]=1); declare count=2; declare -g kept=3; }; f; echo "[${#seen[@]}] [$count] [$kept]"
  [0] [] [3]
  $ set -x; declare -a ids=(web "it's") later; set +x
  + ids=('web' 'it'\''s')
  + declare -a ids later
  + set +x
  $ sh -c 'declare -a x=(1)'
  sh: 1: Syntax error: "(" unexpected
  [2]
