Numbers in arithmetic (app/engine/shellarith.py). bash (expr.c readtok and strlong) reads every
letter, digit, @, _ and # after a digit into the number, which must then be one: 0x.. hexadecimal,
0.. octal, BASE#DIGITS for a base from 2 to 64, else decimal; its errors ("value too great for
base", "invalid arithmetic base", "invalid integer constant", "invalid number") name the expression
as far as the number, and the number. BusyBox ash reads them the same way. dash reads a number as
strtoimax does and what follows as the next token ("expecting EOF"). $((2#101)) used to be a syntax
error, and $((08)) an invalid operator.

  $ echo $((2#101)) $((16#ff)) $((0x1F)) $((010)) $((64#_)) $((36#Z))
  5 255 31 8 63 35
  $ echo $((37#Z))
  bash: 37#Z: value too great for base (error token is "37#Z")
  [1]
  $ echo $((1#1))
  bash: 1#1: invalid arithmetic base (error token is "1#1")
  [1]
  $ echo $((2#))
  bash: 2#: invalid integer constant (error token is "2#")
  [1]
  $ echo $((0x#1))
  bash: 0x#1: invalid number (error token is "0x#1")
  [1]
  $ echo $((1 + 08 + 2))
  bash: 1 + 08: value too great for base (error token is "08")
  [1]
  $ x=1x; echo $((x))
  bash: 1x: value too great for base (error token is "1x")
  [1]
  $ sh -c 'echo $((0x1f)) $((010)); echo $((2#101))'
  31 8
  sh: 1: arithmetic expression: expecting EOF: "2#101"
  [2]
  $ docker run --rm busybox sh -c 'echo $((2#101)) $((0x1f)) $((010))'
  ...
  5 31 8
