An unquoted expansion is split where IFS says (POSIX 2.6.5, bash subst.c word_split): IFS
whitespace runs, and each other IFS character with the whitespace around it, end a field; an
empty IFS splits nothing. "$*" and "${a[*]}" join with IFS's first character; an unquoted $@ or
${a[@]} keeps each value's fields apart when IFS has no blank. Expansions used to be split at
blanks whatever IFS held: `IFS=:; for d in $PATH` walked one word.

  $ IFS=:; for d in $PATH; do echo "$d"; done; unset IFS
  /usr/local/bin
  /usr/bin
  /bin
  $ ports=(3000 3001 8080); IFS=,; echo "${ports[*]}"; unset IFS
  3000,3001,8080
  $ line=web:3000:running; IFS=: ; set -- $line; unset IFS; echo "$2 ($1)"
  3000 (web)
  $ csv='a,,b,'; IFS=,; printf '[%s]' $csv; echo; unset IFS
  [a][][b]
