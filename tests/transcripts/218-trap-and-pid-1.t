trap sets the commands a shell runs on a signal or as it exits (bash 5.2 builtins/trap.def
trap_builtin and showtrap, builtins/common.c display_signal_list and sh_invalidsig, trap.c
decode_signal: names in any case with or without SIG, `trap -- 'cmds' SIGTERM` lines, "invalid
signal specification"; dash 0.5.12 src/trap.c trapcmd: names without SIG, "trap: X: bad trap";
BusyBox 1.36 shell/ash.c trapcmd with libbb/u_signal_names.c get_signum). '' ignores a signal, '-'
(or a lone signal, or a number first) resets it; a subshell starts with only the ignored ones
(POSIX 2.12); a shell runs its EXIT trap as it exits, keeping its exit status unless the trap
exits (bash run_exit_trap, dash and ash exitshell). The learner's terminal keeps its traps from
one line to the next and never exits.

A container's PID 1 gets no default action for a signal (the kernel ignores one it set no handler
for), so a shell ignores docker stop's SIGTERM and is SIGKILLed when the timeout is over (137,
moby v28.5.2 daemon/stop.go containerStop), unless it trapped the signal: its trap then runs,
writes to the log, and its exit status is the container's. A shell runs a trap between commands:
one waiting for a foreground `sleep 1000` runs it only when that sleep ends (bash jobs.c
waitchld, dash waitforjob), so the SIGKILL comes first; `wait` is interrupted at once, which is
why entrypoints run `sleep infinity & wait`. docker kill -s runs a trap the same way and the
container goes on unless the trap exits.

  $ trap 'echo bye' EXIT
  $ trap "" INT
  $ trap
  trap -- 'echo bye' EXIT
  trap -- '' SIGINT
  $ trap -p EXIT
  trap -- 'echo bye' EXIT
  $ trap -p TERM
  $ trap - INT
  $ trap
  trap -- 'echo bye' EXIT
  $ trap 'echo hi' XYZ TERM
  bash: trap: XYZ: invalid signal specification
  [1]
  $ trap -p SIGTERM
  trap -- 'echo hi' SIGTERM
  $ trap 'echo hi'
  trap: usage: trap [-lp] [[arg] signal_spec ...]
  [2]
  $ trap -x
  bash: trap: -x: invalid option
  trap: usage: trap [-lp] [[arg] signal_spec ...]
  [2]
  $ trap -l | head -3
   1\) SIGHUP\t 2\) SIGINT\t 3\) SIGQUIT\t 4\) SIGILL\t 5\) SIGTRAP (re)
   6\) SIGABRT\t 7\) SIGBUS\t 8\) SIGFPE\t 9\) SIGKILL\t10\) SIGUSR1 (re)
  11\) SIGSEGV\t12\) SIGUSR2\t13\) SIGPIPE\t14\) SIGALRM\t15\) SIGTERM (re)
  $ trap - EXIT 15
  $ trap
  $ bash -c 'trap "echo bye \$?" EXIT; echo hi; exit 4'
  hi
  bye 4
  [4]
  $ sh -c 'trap "echo gone; exit 7" 0; false'
  gone
  [7]
  $ sh -c 'trap "echo it'\''s" TERM; trap x SIGTERM; trap'
  trap: SIGTERM: bad trap
  trap -- 'echo it'"'"'s' TERM
  $ sh -c 'trap "" INT; (trap; trap "echo sub" EXIT; echo in); echo out'
  trap -- '' INT
  in
  sub
  out
  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker pull -q ubuntu
  docker.io/library/ubuntu:latest
  $ docker run --rm busybox sh -c 'trap "" 2; trap x XYZ TERM; trap'
  sh: trap: line 1: XYZ: invalid signal specification
  trap -- '' INT
  trap -- 'x' TERM
  $ docker run -d --name tt busybox sh -c 'trap "echo got TERM; exit 3" TERM; while true; do sleep 1; done'
  [0-9a-f]{64} (re)
  $ docker stop tt
  tt
  $ docker logs tt
  got TERM
  $ docker inspect -f '{{.State.ExitCode}}' tt
  3
  $ docker run -d --name plain busybox sh -c 'while true; do sleep 1; done'
  [0-9a-f]{64} (re)
  $ docker stop plain
  plain
  $ docker inspect -f '{{.State.ExitCode}}' plain
  137
  $ docker run -d --name deaf busybox sh -c 'trap "" TERM; while true; do sleep 1; done'
  [0-9a-f]{64} (re)
  $ docker stop -t 2 deaf
  deaf
  $ docker inspect -f '{{.State.ExitCode}}' deaf
  137
  $ docker run -d --name fg busybox sh -c 'trap "echo got TERM; exit 3" TERM; sleep 1000'
  [0-9a-f]{64} (re)
  $ docker stop -t 3 fg
  fg
  $ docker logs fg
  $ docker inspect -f '{{.State.ExitCode}}' fg
  137
  $ docker run -d --name bg ubuntu bash -c 'trap "echo got TERM; exit 3" TERM; trap "echo bye" EXIT; sleep infinity & wait'
  [0-9a-f]{64} (re)
  $ docker stop bg
  bg
  $ docker logs bg
  got TERM
  bye
  $ docker inspect -f '{{.State.ExitCode}}' bg
  3
  $ docker run -d --name usr busybox sh -c 'trap "echo got USR1" USR1; trap "echo bye; exit 5" INT; while true; do sleep 1; done'
  [0-9a-f]{64} (re)
  $ docker kill -s USR1 usr
  usr
  $ sleep 2
  $ docker ps --filter name=usr --format '{{.Names}} {{.State}}'
  usr running
  $ docker kill -s INT usr
  usr
  $ sleep 2
  $ docker logs usr
  got USR1
  bye
  $ docker inspect -f '{{.State.ExitCode}}' usr
  5
