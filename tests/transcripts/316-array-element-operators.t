An operator after an array element works on that element (subst.c): ${a[I]:=word} sets the element
(it used to set nothing), ${a[I]:0:1} and ${#a[I]} take that element (the substring took element
0). A negative subscript counts back from the end; one before the start is said to be a bad array
subscript (arrayfunc.c err_badarraysub): the word goes on empty, but ${#a[-9]}, ${a[-9]:=w},
a[-9]=v and unset 'a[-9]' end the command (status 1); a plain variable takes no negative
subscript. $PIPESTATUS is ${PIPESTATUS[0]}, as for any array (it was empty).

  $ ports=(3000 3001); echo ${ports[2]:=8080} ${ports[5]:=9000}; declare -p ports
  8080 9000
  declare -a ports=([0]="3000" [1]="3001" [2]="8080" [5]="9000")
  $ echo ${ports[1]:0:2} ${#ports[1]} ${ports[-1]} ${#ports[-2]}
  30 4 9000 0
  $ echo "[${ports[-9]}]" "${ports[-9]:-none}"
  bash: ports: bad array subscript
  bash: ports: bad array subscript
  [] none
  $ echo ${#ports[-9]}
  bash: -9]: bad array subscript
  [1]
  $ echo ${ports[-9]:=x}
  bash: ports: bad array subscript
  bash: ports[-9]: bad array subscript
  [1]
  $ ports[-9]=1
  bash: ports[-9]: bad array subscript
  [1]
  $ unset 'ports[-9]'
  bash: unset: [-9]: bad array subscript
  [1]
  $ x=5; echo ${x[0]} ${x[-1]}
  bash: x: bad array subscript
  5
  $ true | false | true; echo $PIPESTATUS ${PIPESTATUS[1]}; false; echo $PIPESTATUS
  0 1
  1
