One terminal is one bash session: a variable set (or unset) on one line is there on the next,
and cd sets OLDPWD, which `cd -` goes back to and prints (bash builtins/cd.def).

  $ VOL=mydata
  $ echo $VOL
  mydata
  $ export P=/data
  $ docker run --rm -v $VOL:$P busybox sh -c "echo hi > $P/f"
  ...
  $ docker run --rm -v $VOL:$P busybox cat $P/f
  hi
  $ unset VOL
  $ echo "[$VOL]"
  []
  $ cd /tmp
  $ echo $OLDPWD
  /home/learner/feedback-app
  $ cd -
  /home/learner/feedback-app
  $ pwd
  /home/learner/feedback-app
