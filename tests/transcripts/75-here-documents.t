Here-documents, as bash reads them: the lines after a command's line, up to the line that is the
delimiter, become the command's standard input. A quoted delimiter ('EOF', "EOF" or \EOF) keeps
the lines as written; an unquoted one expands $VAR, ${VAR} and $( ) in them (quotes are plain
text, a backslash escapes only $, ` and \). <<- removes leading tabs. `layerlab sim` reads the
lines up to the delimiter before it runs the command, and echoes each as it reads it. This is the
line the page's file editor records when a learner saves a file.

  $ cat > hello.js <<'EOF'
  $ const name = process.env.NAME || "world";
  $ console.log(`hello ${name}`, '$HOME');
  $ 
  $ # a comment stays
  $ EOF
  $ cat hello.js
  const name = process.env.NAME || "world";
  console.log(`hello ${name}`, '$HOME');
  
  # a comment stays
  $ cat <<EOF
  $ I am $USER in ${PWD}, "quotes" and 'quotes' stay
  $ price: \$5, a backslash \\ and \n as typed
  $ $(echo from a substitution)
  $ EOF
  I am learner in /home/learner/feedback-app, "quotes" and 'quotes' stay
  price: $5, a backslash \ and \n as typed
  from a substitution
  $ cat <<"END"
  $ $USER stays
  $ END
  $USER stays
  $ cat <<\STOP
  $ $(not run)
  $ STOP
  $(not run)
  $ cat <<-TABS | cat
  $ 	indented with a tab
  $ 		TABS
  indented with a tab
  $ cat <<EOF > two.txt && echo written
  $ first
  $ EOF
  written
  $ cat two.txt
  first
  $ cat <<< "a here-string in $PWD"
  a here-string in /home/learner/feedback-app
  $ cat <<
  bash: syntax error near unexpected token `newline'
  [2]
  $ ls
  Dockerfile
  feedback
  hello.js
  package.json
  pages
  public
  server.js
  temp
  two.txt

A here-document still open when the input ends is delimited by its end, with bash's warning
(the page's terminal takes one line at a time: there, the line's end is the end).

  $ cat <<EOF
  bash: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')
