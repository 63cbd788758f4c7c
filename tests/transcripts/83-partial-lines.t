Output without a final newline stays without one (bash, dash, BusyBox ash and their printf/echo;
GNU coreutils and BusyBox wc, head, tail, cat, tee; GNU sed keeps a missing newline, grep, sort and
uniq end each line they print). On the terminal an open last line is still shown as a line.

  $ printf abcd | wc -c
  4
  $ echo -n abcd | wc -c
  4
  $ printf "a\nb" | wc -l
  1
  $ printf abcd > f; wc -c f
  4 f
  $ ls -l f
  -rw-r--r-- 1 learner learner 4 * f (glob)
  $ cat f | wc -c
  4
  $ printf a > g; printf b >> g; cat g
  ab
  $ cat g; echo z
  abz
  $ printf abc; printf def
  abcdef
  $ x=$(printf 'a\nb'); echo "$x" | wc -c
  4
  $ printf 'a\nb' > h; head -n 5 h | wc -c; tail -n 1 h | wc -c; head -c 3 h | wc -c
  3
  1
  3
  $ sed s/b/c/ h | wc -c; grep b h | wc -c; sort h | wc -c
  3
  2
  4
  $ printf abc | tee t1 | wc -c; wc -c t1
  3
  3 t1
  $ echo -e 'x\cy'; echo z
  xz
  $ cat <<EOF | wc -c
  $ ab
  $ EOF
  3
  $ docker pull -q alpine
  docker.io/library/alpine:latest
  $ docker run -d --name box alpine sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec box sh -c 'printf abcd | wc -c; echo -n abcd | wc -c; printf "a\nb" | wc -l; printf abcd > /f; wc -c /f'
  4
  4
  1
  4 /f
  $ docker exec box sh -c 'printf a > /g; printf b >> /g; cat /g; echo; echo -e "x\cy" | wc -c'
  ab
  1
  $ docker cp box:/f ./f2
  Successfully copied 2.05kB to /home/learner/feedback-app/f2
  $ wc -c f2
  4 f2
  $ docker run --rm alpine printf abc | wc -c
  3
  $ docker pull -q node:14
  docker.io/library/node:14
  $ docker run --rm node:14 sh -c 'printf abcd | wc -c; printf "a\nb" | sed s/a/A/ | wc -c; echo "x\cy" | wc -c; echo -e hi'
  4
  3
  1
  -e hi
