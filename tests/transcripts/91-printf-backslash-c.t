printf's \c ends all output, the text before it kept, exit 0. In a %b argument every printf
stops there (bash builtins/printf.def bexpand, dash src/bltin/printf.c conv_escape_str, GNU
coreutils src/printf.c print_esc_char, BusyBox coreutils/printf.c print_esc_string). In the
format itself GNU's and BusyBox's printf stop too, while the bash and dash builtins print \c as
written (tescape and conv_escape take it for an unknown escape). `env printf` runs the program.

  $ printf '%b' 'a\cb'; echo
  a
  $ printf 'x%bz\n' 'a\cb' 'c'; echo
  xa
  $ printf 'a\cb\n'
  a\cb
  $ env printf 'a\cb\n'; echo
  a
  $ printf '%b' 'a\cb' | wc -c
  1
  $ docker pull ubuntu
  ...
  $ docker run --rm ubuntu printf 'x%bz\n' 'a\cb'
  xa
  $ docker run --rm ubuntu printf 'p\cq'
  p
  $ docker run --rm ubuntu sh -c "printf 'p\\cq\\n'; printf '%b|' 'r\\cs' t; echo"
  p\cq
  r
  $ docker pull busybox
  ...
  $ docker run --rm busybox sh -c "printf 'p\\cq\\n'; printf '%b|' 'r\\cs' t; echo"
  pr
