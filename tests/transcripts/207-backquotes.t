Backquotes are command substitution, the older form of $( ) (POSIX.1-2017 XCU 2.6.3 "Command
Substitution"): the text up to the next backquote that no backslash escapes is a command, run in a
subshell (the variables, directory and functions it sets stay there, as a $( )'s do), and the word
gets its output without the trailing newlines, split into fields when the backquotes are not in
double quotes. Inside the backquotes a backslash keeps its literal meaning
except before $, ` and \ (and " when the backquotes are in double quotes), and with a newline after
it; so \` nests a command substitution in another (bash parse.y parse_matched_pair reads to the
closing backquote, subst.c de_backslash removes those backslashes; dash src/parser.c and BusyBox
shell/ash.c parsebackq do both as they read). Quotes inside the backquotes do not hide a backquote.
They work wherever $( ) does: in assignments (a command with no name ends with the status of its
last substitution), in double quotes, in redirection targets, in for lists and case words, in the
word of ${x:-word} (a } in backquotes does not close the braces), in a here-document with an
unquoted delimiter (there bash keeps a \" as it is, dash and ash read it as in double quotes). In
single quotes a backquote is a plain character. An unclosed backquote is
bash's "unexpected EOF while looking for matching ``'" and dash's and ash's "EOF in backquote
substitution" (parsebackq: synerror, raise_error_syntax). bash reads the command inside only when
it runs it (subst.c command_substitute: parse_and_execute, the input named "command
substitution"): a syntax error there is said so and the substitution gives nothing, status 2;
dash and ash read it with the line and run none of it.

  $ echo `echo hi`
  hi
  $ x=`false`; echo $?
  1
  $ echo `echo a b`c "`echo a  b`c"
  a bc a bc
  $ echo "[`printf 'x  y\n\n\n'`]" [`printf 'x  y\n'`]
  [x  y] [x y]
  $ v=`echo one two`; echo "$v"
  one two
  $ x=1; echo `x=2; cd /; echo $x $PWD` $x; pwd
  2 / 1
  /home/learner/feedback-app
  $ f() { echo f; }; echo $(unset -f f; y=3); f; echo "[$y]"
  
  f
  []
  $ echo `echo \$HOME` `echo '$HOME'` '\`'
  /home/learner $HOME \`
  $ echo `echo '\`'` `echo \\\\`
  ` \
  $ echo "`echo \"in quotes\"`" `echo \"bare\"`
  in quotes "bare"
  $ echo `echo outer \`echo inner\``
  outer inner
  $ echo $(echo `echo in`) `echo $(echo out)` $(echo `echo ")"`)
  in out )
  $ echo ${none:-`echo }`} "${none:-`echo "}"`}"
  } }
  $ for f in `echo a b`; do echo "[$f]"; done
  [a]
  [b]
  $ case `echo x` in x) echo matched;; esac
  matched
  $ echo hi > `echo f.txt`; cat f.txt
  hi
  $ printf 'cat <<EOF\n`echo \\"q\\" \\$HOME` "`echo x`"\nEOF\ncat <<"EOF"\n`echo not run`\nEOF\n' > h.sh
  $ bash h.sh
  "q" /home/learner "x"
  `echo not run`
  $ sh h.sh
  q /home/learner "x"
  `echo not run`
  $ docker run --rm -v `pwd`:/app busybox sh /app/h.sh
  Unable to find image 'busybox:latest' locally
  latest: Pulling from library/busybox
  9238b0f68fe2: Pull complete 
  Digest: sha256:9304a64ea9aea85c262b79611630364daf1a4b6da4a09418704d743a4c56695f
  Status: Downloaded newer image for busybox:latest
  q /root "x"
  `echo not run`
  $ docker run -d --name web busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker inspect -f '{{.Name}} {{.State.Running}}' `docker ps -q`
  /web true
  $ echo `echo hi
  bash: unexpected EOF while looking for matching ``'
  [2]
  $ echo "`echo hi"
  bash: unexpected EOF while looking for matching ``'
  [2]
  $ bash -c 'echo `echo hi'
  bash: -c: line 1: unexpected EOF while looking for matching ``'
  [2]
  $ sh -c 'echo `echo hi'
  sh: 1: Syntax error: EOF in backquote substitution
  [2]
  $ docker exec web sh -c 'echo `echo hi'
  sh: syntax error: EOF in backquote substitution
  [2]
  $ echo `echo 'a`; echo ran
  bash: command substitution: line 1: unexpected EOF while looking for matching `''
  
  ran
  $ x=`if`; echo $?
  bash: command substitution: line 2: syntax error: unexpected end of file
  2
  $ printf 'true\necho `fi`\n' > s.sh; bash s.sh
  s.sh: command substitution: line 2: syntax error near unexpected token `fi'
  s.sh: command substitution: line 2: `fi'
  
  $ sh -c 'echo `echo "a`; echo ran'
  sh: 1: Syntax error: Unterminated quoted string
  [2]
