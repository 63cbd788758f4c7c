Limits of one command line (app/engine/budget.py), each ending with a message that
names it. $( ) and sh -c nest at most 32 levels deep (MAX_NESTING): a deeper $( ) is
refused before anything runs, and an sh -c that starts itself again stops at the same
depth (exit 2, nothing changed). The terminal keeps the first 256 KiB a line prints
(MAX_OUTPUT) and counts the rest in one note at the end; the line's changes stand.
Pipes and $( ) hold at most 32 MiB (MAX_STREAM): past it the line ends and changes
nothing (the file touched before is not there). A learner's regex gets 0.05 s for one match
(REGEX_CALL_SECONDS) and 1 s for all of a line's (REGEX_SECONDS); GNU sed checks \N references
against the pattern's groups.

  $ echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo x)))))))))))))))))))))))))))))))
  x
  $ echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo x))))))))))))))))))))))))))))))))
  layerlab: this command line nests $( ) or sh -c more than 32 levels deep, the most the simulated terminal follows
  [2]
  $ docker run --rm -e 'X=sh -c "$X"' node:14 sh -c 'sh -c "$X"'
  layerlab: this command line nests $( ) or sh -c more than 32 levels deep, the most the simulated terminal follows
  [2]
  $ echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa > f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ cat f f > g; mv g f
  $ touch kept; cat f f f f f f f f f f
  ...
  layerlab: output truncated: this command printed 66.2 MB; the terminal keeps the first 256 KiB
  $ ls kept
  kept
  $ touch gone; cat f f f f f f | cat
  layerlab: this command line moves more than 32 MiB through pipes and $( ), the most the simulated terminal holds; nothing was changed
  [1]
  $ ls gone
  ls: cannot access 'gone': No such file or directory
  [2]
  $ echo $(cat f f f f f f)
  layerlab: this command line moves more than 32 MiB through pipes and $( ), the most the simulated terminal holds; nothing was changed
  [1]
  $ echo aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab | sed 's/^\(a\|aa\)*$/x/'
  sed: layerlab: this regular expression takes too long to match (more than 0.05 s for one match, or 1 s for all of one command line's); nothing was changed
  [1]
  $ echo abc | sed 's/b/\1/'
  sed: -e expression #1, char 7: invalid reference \1 on `s' command's RHS
  [1]
