A command with no command name (only assignments, or words that expand to nothing) ends with the
status of the last command substitution made in it, and with 0 when there was none (POSIX.1-2017
XCU 2.9.1 "Simple Commands": "If there is no command name, but the command contained a command
substitution, the command shall complete with the exit status of the last command substitution
performed"; bash execute_cmd.c execute_null_command returns last_command_exit_value after the
expansions; dash and BusyBox ash alike). A command that has a name keeps that command's status.
`exit` inside the $( ) ends only its subshell, with that status.

  $ x=$(false); echo $?
  1
  $ x=$(exit 3) y=2; echo $?
  3
  $ x=$(false) y=$(true); echo $?
  0
  $ x=$(false) true; echo $?
  0
  $ false; x=plain; echo $?
  0
  $ $(false); echo $?
  1
  $ sh -c 'v=$(exit 4); echo $?'
  4
  $ docker run --rm busybox sh -c 'v=$(exit 5); echo $?'
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  5
