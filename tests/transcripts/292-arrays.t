bash's indexed arrays (app/engine/shellarrays.py, from arrayfunc.c and subst.c): NAME=(WORD ...)
(each word split and globbed as a command's arguments), NAME+=(...), NAME[SUB]=value with an
arithmetic subscript, ${NAME[SUB]} (a negative one counts from the end), "${NAME[@]}" a field each,
${#NAME[@]}, ${!NAME[@]}, ${NAME[@]:OFFSET:LENGTH}, an operator after the subscript worked on each
element, unset 'NAME[SUB]' (the others keep their indices), $NAME as ${NAME[0]}, declare -p's
double-quoted elements, read -a, set -x showing NAME=(...) as typed, PIPESTATUS. They used to be a syntax error
(NAME=(...)) and a command not found (NAME[1]=x). dash has none.

  $ ports=(3000 3001 "80 80"); echo ${ports[1]} ${#ports[@]} "${ports[2]}" $ports
  3001 3 80 80 3000
  $ for p in "${ports[@]}"; do echo "[$p]"; done
  [3000]
  [3001]
  [80 80]
  $ echo ${!ports[@]} ${ports[-1]} ${#ports[0]}
  0 1 2 80 80 4
  $ ports+=(8080); ports[7]=9000; echo ${#ports[@]} ${!ports[@]}
  5 0 1 2 3 7
  $ unset 'ports[1]'; echo "${ports[@]}"
  3000 80 80 8080 9000
  $ echo ${ports[@]:1:2}
  80 80 8080
  $ names=(feedback-app app2); echo ${names[@]^^} ${names[0]:-none} ${names[9]:-none}
  FEEDBACK-APP APP2 feedback-app none
  $ files=(*.json); echo "${files[@]}"
  package.json
  $ i=1; echo ${names[i]} ${names[i-1]}
  app2 feedback-app
  $ declare -p names
  declare -a names=([0]="feedback-app" [1]="app2")
  $ read -a words <<< "docker volume ls"; echo ${#words[@]} ${words[1]}
  3 volume
  $ set -x; v=(a "b c"); set +x
  + v=(a "b c")
  + set +x
  $ for c in $(docker ps -aq); do echo never; done; containers=($(docker ps -aq)); echo ${#containers[@]}
  0
  $ sh -c 'a=(1 2)'
  sh: 1: Syntax error: "(" unexpected
  [2]
  $ true | false | true; echo ${PIPESTATUS[@]}
  0 1 0
