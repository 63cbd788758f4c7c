Descriptors 1 and 2 are redirected left to right, as every shell does (POSIX, 2.7 Redirection):
`>&2` sends the output where errors go, `2>&1 >f` sends errors where the output went before and the
output into f, and of two files named for one descriptor the last gets the output (both are opened).
A descriptor that is not open cannot be duplicated: bash, dash (src/redir.c dupredirect) and
BusyBox ash (shell/ash.c dup2_or_raise) each say so in their words.

  $ printf a >&2 | wc -c
  a0
  $ echo x 2>&1 | wc -c
  2
  $ ls /nope 2>&1 >/dev/null | wc -c
  53
  $ ls /nope >/dev/null 2>&1 | wc -c
  0
  $ ls /nope 2>errors >/dev/null; wc -c errors
  53 errors
  $ echo hi >a >b; wc -c a b
  0 a
  3 b
  3 total
  $ x=$(echo out; echo err >&2); echo "[$x]"
  err
  [out]
  $ echo hi >&3; echo $?
  bash: 3: Bad file descriptor
  1
  $ docker run --rm alpine sh -c 'echo e >&3; echo $?; ls /nope 2>&1 >/dev/null | wc -c'
  Unable to find image 'alpine:latest' locally
  latest: Pulling from library/alpine
  * Pull complete  (glob)
  Digest: sha256:* (glob)
  Status: Downloaded newer image for alpine:latest
  sh: dup2(3,1): Bad file descriptor
  1
  37
  $ docker run --rm ubuntu sh -c 'echo e >&3; echo $?'
  Unable to find image 'ubuntu:latest' locally
  latest: Pulling from library/ubuntu
  * Pull complete  (glob)
  Digest: sha256:* (glob)
  Status: Downloaded newer image for ubuntu:latest
  sh: 1: 3: Bad file descriptor
  2

bash and BusyBox ash also take `&>f`, `&>>f` and `>& f` (f not a number) for both streams into f
(bash's manual, "Redirecting Standard Output and Standard Error"); in dash `&` ends the command
there, which runs in the background, and `> f` alone makes f empty.

  $ ls /nope &> both; cat both
  ls: cannot access '/nope': No such file or directory
  $ echo more &>> both; wc -l both
  2 both
  $ echo x >& file; cat file
  x
  $ echo z &>/dev/null; echo $?
  0
  $ echo &>
  bash: syntax error near unexpected token `newline'
  [2]
  $ docker run --rm alpine sh -c 'ls /nope &> g; cat g'
  ls: /nope: No such file or directory
  $ docker run --rm ubuntu sh -c 'echo hi &> f; wc -c f'
  hi
  0 f
