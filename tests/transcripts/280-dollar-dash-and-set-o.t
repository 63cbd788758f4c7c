$$ and $-, and `set -o` / `set +o` alone (app/engine/shellflags.py). $$ is the shell's process:
the learner's bash on the host (2419, as ps shows it), 1 for a container's main process, the next
PID after the main one for docker exec's, the one after its parent for a shell a shell starts.
$- lists the letters of the flags on: bash in its table order then c (-c) and s (commands on its
input), "himBHs" at a terminal (flags.c which_set_flags); dash and ash from the last letter to the
first (dash expand.c varvalue), dash without c, ash with it. `set -o` is bash's "%-15s\t%s" table
(set.def list_minus_o_opts), dash's "Current option settings" and "%-16s%s", ash's the same without
the heading; `set +o` the commands that set each one as it is. bash's emacs and vi are one editing
mode or the other. A letter `set` does not take: bash says so with its usage and answers 2; dash
and ash stop there (Illegal / illegal option).

  $ echo $$ ${$} $- "${-}"
  2419 2419 himBHs himBHs
  $ set -o | head -12
  allexport      	off
  braceexpand    	on
  emacs          	on
  errexit        	off
  errtrace       	off
  functrace      	off
  hashall        	on
  histexpand     	on
  history        	on
  ignoreeof      	off
  interactive-comments	on
  keyword        	off
  $ set +o | tail -3
  set +o verbose
  set +o vi
  set +o xtrace
  $ set -o vi
  $ set -o | grep -E '^(emacs|vi) '
  emacs          	off
  vi             	on
  $ set -Z
  bash: set: -Z: invalid option
  set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]
  [2]
  $ set -u; echo $-; set +u
  himuBHs
  $ bash -c 'echo $$ $-; set -eC; echo $-; set -o | grep -E "^(errexit|noclobber) "'
  2420 hBc
  ehBCc
  errexit        	on
  noclobber      	on
  $ bash -c 'set -i'
  bash: line 1: set: -i: invalid option
  set: usage: set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]
  [2]
  $ sh -c 'echo "[$-]" $$; set -o | head -3; set -aC; echo $-; set -Z; echo never'
  [] 2420
  Current option settings
  errexit         off
  noglob          off
  aC
  sh: 1: set: Illegal option -Z
  [2]
  $ echo 'echo $- $$' | bash
  hBs 2420
  $ echo 'echo $- $$' | sh
  s 2420
  $ docker run --rm busybox sh -c 'echo $$ $-; set -o | head -2; set +o | tail -2; set -eu; echo $-; set -Q; echo never'
  ...
  1 c
  errexit         off
  noglob          off
  set +o vi
  set +o pipefail
  uce
  sh: set: line 1: illegal option -Q
  [2]
  $ docker run -d --name keep busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec keep sh -c 'echo $$ $-'
  7 c
  $ docker exec -it keep sh
  $ echo $$ $-
  7 smi
  $ sh -c 'echo $$ $-'
  8 c
  $ exit
  $ docker run --rm node:14 bash -c 'echo $$ $-'
  1 hBc
  $ docker run --rm node:14 sh -c 'echo $$ $-'
  1
