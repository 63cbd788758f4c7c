[[ STRING =~ REGEX ]] sets the array BASH_REMATCH (lib/sh/shmatch.c sh_regmatch): element 0 the
part that matched, then each parenthesized group ("" for one that took no part); a string that
does not match leaves it empty, and a regex bash refuses (status 2) leaves it as it was. It used
to be set by nothing (declare -p: "not found").

  $ tag=feedback-node:1.4.2; [[ $tag =~ ^([a-z-]+):([0-9]+)\.([0-9]+) ]] && echo "${BASH_REMATCH[1]} v${BASH_REMATCH[2]}"
  feedback-node v1
  $ declare -p BASH_REMATCH; echo $BASH_REMATCH ${#BASH_REMATCH[@]}
  declare -a BASH_REMATCH=([0]="feedback-node:1.4" [1]="feedback-node" [2]="1" [3]="4")
  feedback-node:1.4 4
  $ [[ ab =~ (x)?(a) ]]; declare -p BASH_REMATCH
  declare -a BASH_REMATCH=([0]="a" [1]="" [2]="a")
  $ [[ $tag =~ ^node ]]; echo $?; declare -p BASH_REMATCH
  1
  declare -a BASH_REMATCH=()
  $ [[ web-1 =~ ([0-9]) ]]; [[ x =~ a{2,1} ]]; echo $? ${BASH_REMATCH[1]}
  2 1
  $ for c in web-1 db-22 cache; do [[ $c =~ -([0-9]+)$ ]] && echo "$c: ${BASH_REMATCH[1]}" || echo "$c: none"; done
  web-1: 1
  db-22: 22
  cache: none
