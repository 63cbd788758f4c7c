bash's shopt (app/engine/shellopts.py, from builtins/shopt.def): its options listed in their order
("%-15s\t%s"), with -p as commands, -s and -u alone listing those on or off, -q only the status
(1 when one named is off); an unknown name or option refused as bash does. The terminal's bash
starts with expand_aliases and histappend (Ubuntu's ~/.bashrc) besides a shell's own. nullglob
(a pattern that matches nothing gives nothing), dotglob (names starting with '.' match) and
nocaseglob change pathname expansion; the others are kept to be shown. shopt -o is set -o's. It
used to be a command bash did not find. dash has none.

  $ shopt | head -4
  autocd         	off
  assoc_expand_once	off
  cdable_vars    	off
  cdspell        	off
  $ shopt -p nullglob dotglob
  shopt -u nullglob
  shopt -u dotglob
  [1]
  $ shopt -q expand_aliases; echo "expand_aliases at the terminal: $?"
  expand_aliases at the terminal: 0
  $ bash -c 'shopt expand_aliases histappend checkwinsize'
  expand_aliases 	off
  histappend     	off
  checkwinsize   	on
  [1]
  $ echo *.nothing
  *.nothing
  $ shopt -s nullglob; for f in *.nothing; do echo never; done; echo "[" *.nothing "]"; shopt -u nullglob
  [ ]
  $ touch .hidden; echo *; shopt -s dotglob; echo *; shopt -u dotglob
  Dockerfile feedback package.json pages public server.js temp
  .hidden Dockerfile feedback package.json pages public server.js temp
  $ echo DOCKER*; shopt -s nocaseglob; echo DOCKER*; shopt -u nocaseglob
  DOCKER*
  Dockerfile
  $ shopt -s | head -3
  checkwinsize   	on
  cmdhist        	on
  complete_fullquote	on
  $ shopt -s nosuch; echo $?
  bash: shopt: nosuch: invalid shell option name
  1
  $ shopt -x
  bash: shopt: -x: invalid option
  shopt: usage: shopt [-pqsu] [-o] [optname ...]
  [2]
  $ shopt -s -u nullglob; echo $?
  bash: shopt: cannot set and unset shell options simultaneously
  1
  $ shopt -o -p errexit pipefail
  set +o errexit
  set +o pipefail
  [1]
  $ sh -c 'shopt -s nullglob'
  sh: 1: shopt: not found
  [127]
