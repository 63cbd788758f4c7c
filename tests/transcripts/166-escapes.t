Backslash escapes as each printf and echo reads them (bash builtins/printf.def and echo.def, dash
src/bltin/printf.c, GNU coreutils src/printf.c, BusyBox libbb/process_escape_sequence.c). In a
printf format \NNN is one to three octal digits, a leading 0 among them (\033 is ESC, \0101 is \010
then 1); a %b argument may lead with \0 and three more; bash's echo -e takes only \0NNN. \xHH exists
in bash, coreutils and BusyBox, not dash; \uHHHH in bash and coreutils, which wants all four digits.
bash (and BusyBox ash) read $'...' with printf's format rules; dash has no $'...' ("$" then a quoted word).

  $ printf '\x41|\u263a|\0411|%b\n' '\0101'
  A|☺|!1|A
  $ test "$(printf '\033')" = "$(printf '\x1b')" && test "$(printf '\033')" = "$(echo -e '\e')" && printf '\033[0m' | wc -c
  4
  $ echo -e '\x41\0101|\101|no\cmore'; echo
  AA|\101|no
  $ docker run --rm node:14 sh -c 'printf "\\x41|\\101\\n"; echo "\\0101|\\101|\\x41"'
  \x41|A
  A|A|\x41
  $ /usr/bin/printf 'ok\u12'; echo " status $?"
  printf: missing hexadecimal number in escape
  ok status 1
  $ printf '%s|' $'it\'s' $'a\tb' $'\x41\u263a' "$'kept'"; echo
  it's|a	b|A☺|$'kept'|
  $ docker run --rm node:14 sh -c "echo \$'a\\tb'"
  $a	b
