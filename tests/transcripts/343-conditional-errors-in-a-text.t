bash's [[ ]] in a -c text: a syntax error inside it ends the text as if it ended there (parse.y
read_token: parse_cond_command fails and yylex returns -1), so the shell exits with the status it
had, not 2, and no "syntax error near" line. An arithmetic error in an operand is said and the
test fails with 1; `[[ 1 -eq a ]]` reads a as a variable (0). A failing [[ ]] ends a `set -e`
shell and runs the ERR trap, as (( )) does (execute_cmd.c: cm_cond with cm_arith); both were
missed. Checked against this machine's bash 5.2 (tests/test_shell_reading.py,
tests/test_conditional.py).

  $ bash -c $'echo checking\nfalse\n[[ 1 -eq ]]\necho never'
  checking
  bash: -c: line 3: unexpected argument `]]' to conditional binary operator
  [1]
  $ bash -c $'echo checking\n[[ ( -f /etc/hosts ]]\necho never'
  checking
  bash: -c: line 2: unexpected token `]]', expected `)'
  $ bash -c $'[[ 1 -eq a ]]; echo status $?\n[[ 1 -eq 2+ ]]; echo status $?\n[[ 1 -eq 08 ]]; echo status $?'
  status 1
  bash: line 2: [[: 2+: syntax error: operand expected (error token is "+")
  status 1
  bash: line 3: [[: 08: value too great for base (error token is "08")
  status 1
  $ bash -c $'set -e\n[[ -d /nowhere ]]\necho never'
  [1]
  $ bash -c $'trap \'echo ERR at $LINENO\' ERR\n[[ a == b ]]\n[[ a == b ]] || true\necho done'
  ERR at 2
  done
