bash's associative arrays (declare -A; assoc.c, hashlib.c): ${m[KEY]} (the key expanded as a
word), ${!m[@]} and ${m[@]} in the order of bash's hash table (FNV-1 hash of the key, 1024
buckets, a new key first in its bucket), not the order they were set, ${#m[@]}, unset 'm[KEY]',
NAME=([KEY]=VALUE ...) and bash 5.1's key-value pairs, declare -p as bash prints it (a space
before the closing parenthesis), $m as ${m[0]}. The terminal keeps them from line to line. They
used to be indexed arrays whose every key was 0.

  $ declare -A ports=([feedback-app]=3000 [feedback-dev]=3001)
  $ ports[db]=5432; echo ${!ports[@]}
  feedback-app db feedback-dev
  $ echo "${ports[feedback-app]}" ${#ports[@]} ${ports[@]}
  3000 3 3000 5432 3001
  $ for name in "${!ports[@]}"; do echo "$name -> ${ports[$name]}"; done
  feedback-app -> 3000
  db -> 5432
  feedback-dev -> 3001
  $ unset 'ports[db]'; declare -p ports
  declare -A ports=([feedback-app]="3000" [feedback-dev]="3001" )
  $ key="my app"; ports[$key]=80; ports["*"]=1; declare -p ports
  declare -A ports=(["my app"]="80" [feedback-app]="3000" ["*"]="1" [feedback-dev]="3001" )
  $ declare -A pairs=(web 1 db 2 cache); declare -p pairs
  declare -A pairs=([db]="2" [web]="1" [cache]="" )
  $ declare -A ids; for c in one two three four five; do ids[$c]=${#c}; done; echo ${!ids[@]}
  four two three one five
  $ ids=(x); echo $?; declare -p ids
  0
  declare -A ids=([x]="" )
  $ declare -A names; declare -p names
  declare -A names
  $ a=(1); declare -A a
  bash: declare: a: cannot convert indexed to associative array
  [1]
