bash's arithmetic reads and sets array elements (expr.c: NAME[SUB] is one variable; an indexed
array's subscript is itself arithmetic and counts from the end when negative, an associative
array's is the key as written): (( count[$name]++ )), $(( a[i] * 2 )), let 'a[1]=...', and an
array named alone is its element 0. [[ -v NAME[SUB] ]] and bash's own test -v ask whether an
element (or a variable) is set. Elements used to be a syntax error in arithmetic ("invalid
arithmetic operator"), and -v of an element always false; test had no -v.

  $ declare -A hits; for c in web db web cache web; do (( hits[$c]++ )); done; declare -p hits
  declare -A hits=([db]="1" [web]="3" [cache]="1" )
  $ echo $(( hits[web] * 10 + hits[none] ))
  30
  $ ports=(3000 3001); i=1; (( ports[i] += 100 )); (( ports[-1]++ )); echo ${ports[@]} $(( ports[0] + ports[1] ))
  3000 3102 6102
  $ let 'ports[2] = ports[0] + 1000'; echo ${ports[@]}
  3000 3102 4000
  $ [[ -v hits[web] ]] && echo web counted; [[ -v hits[api] ]] || echo no api
  web counted
  no api
  $ test -v ports; echo $?; test -v nothing; echo $?
  0
  1
