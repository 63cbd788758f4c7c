bash's RANDOM and SECONDS (app/engine/shellrandom.py). RANDOM gives a new number from 0 to 32767
each time it is read, from bash's own generator (lib/sh/random.c: Park-Miller, the halves XORed):
assigned a number it starts again from that seed and draws what bash draws. Unseeded, bash seeds
it from the time and its PIDs; here the terminal's generator starts from the session's seed and
goes on from line to line, so a replay of the session draws the same numbers. SECONDS counts the
simulated seconds since the shell started (a sleep adds its own), or since it was assigned.
`unset` makes either a plain variable. They used to be empty.

  $ echo $RANDOM $RANDOM; echo $SECONDS
  1111 30077
  1
  $ RANDOM=42; echo $RANDOM $RANDOM $RANDOM
  17772 26794 1435
  $ echo $RANDOM $((RANDOM % 6 + 1))
  24388 5
  $ n=$RANDOM; (( n >= 0 && n < 32768 )) && echo in range
  in range
  $ bash -c 'RANDOM=7; echo $RANDOM; sleep 2; echo $SECONDS'
  19344
  2
  $ SECONDS=100; sleep 3; echo $SECONDS
  103
  $ unset RANDOM; echo "[$RANDOM]"
  []
