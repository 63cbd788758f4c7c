grep on a program file: grep 3.3 (Debian 10, node:14) says 'Binary file F matches' on stdout,
grep 3.11 (ubuntu 24.04) 'grep: F: binary file matches'.

  $ docker run --rm node:14 grep -c ELF /bin/ls
  1
  $ docker run --rm node:14 grep ELF /bin/ls
  Binary file /bin/ls matches
  $ docker run --rm ubuntu grep ELF /bin/ls
  ...
  grep: /bin/ls: binary file matches
