A shell started with options it does not have, and bash's long options (app/engine/shellstart.py).
bash reads its --NAME options first (shell.c parse_long_options): --version prints
show_shell_version's lines (5.2.21 on the host, 5.0.3 in node:14), --help show_shell_usage's with
the version line before and the pointers after, an unknown one is refused with the usage and
status 2 (EX_BADUSAGE), and --norc, --noprofile, --login, --posix are taken. A letter it does not
have: bash "-Z: invalid option" and the usage, dash "Illegal option -Z" at line 0 (options.c; its
--version is the letter -), BusyBox ash "illegal option -Z". They used to run as if the option
were not there: `bash --version` printed nothing.

  $ bash --version
  GNU bash, version 5.2.21(1)-release (x86_64-pc-linux-gnu)
  Copyright (C) 2022 Free Software Foundation, Inc.
  License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>
  
  This is free software; you are free to change and redistribute it.
  There is NO WARRANTY, to the extent permitted by law.
  $ bash --norc --noprofile -c 'echo started with $-'
  started with hBc
  $ bash --help | head -4
  GNU bash, version 5.2.21(1)-release-(x86_64-pc-linux-gnu)
  Usage:	bash [GNU long option] [option] ...
  	bash [GNU long option] [option] script-file ...
  GNU long options:
  $ bash --help | tail -5
  Type `bash -c help' for more information about shell builtin commands.
  Use the `bashbug' command to report bugs.
  
  bash home page: <http://www.gnu.org/software/bash>
  General help using GNU software: <http://www.gnu.org/gethelp/>
  $ bash --nope | wc -l
  bash: --nope: invalid option
  Usage:	bash [GNU long option] [option] ...
  	bash [GNU long option] [option] script-file ...
  GNU long options:
  	--debug
  	--debugger
  	--dump-po-strings
  	--dump-strings
  	--help
  	--init-file
  	--login
  	--noediting
  	--noprofile
  	--norc
  	--posix
  	--pretty-print
  	--rcfile
  	--restricted
  	--verbose
  	--version
  Shell options:
  	-ilrsD or -c command or -O shopt_option		(invocation only)
  	-abefhkmnptuvxBCEHPT or -o option
  0
  $ bash --nope 2>&1 | head -3
  bash: --nope: invalid option
  Usage:	bash [GNU long option] [option] ...
  	bash [GNU long option] [option] script-file ...
  $ bash -Z 2>&1 | sed -n '1p;$p'
  bash: -Z: invalid option
  	-abefhkmnptuvxBCEHPT or -o option
  $ bash --rcfile
  bash: rcfile: option requires an argument
  [2]
  $ sh --version
  sh: 0: Illegal option --
  [2]
  $ sh -Z -c true
  sh: 0: Illegal option -Z
  [2]
  $ docker run --rm node:14 bash --version
  GNU bash, version 5.0.3(1)-release (x86_64-pc-linux-gnu)
  Copyright (C) 2019 Free Software Foundation, Inc.
  License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>
  
  This is free software; you are free to change and redistribute it.
  There is NO WARRANTY, to the extent permitted by law.
  $ docker run --rm busybox sh -Z
  ...
  sh: illegal option -Z
  [2]
