What a learner types over the feedback folder, as the real tools answer (tests/test_find_sort_and_counts.py
compares them with GNU findutils and coreutils and BusyBox): find's -exec, a command run for each
name (`\;`, {} replaced) or once for all of them (`{} +`), and -empty (both were "unknown
predicate"); tail -n +2 from the second line on (it gave the last two) and head -n -1 all but the
last; wc of a folder says so and still counts it (zeros); sort's keys, -k2, -k2,2nr and -t (it
refused -k2 written together, and ordered keys as joined words), with GNU's errors.

  $ docker build -q -t feedback-node . > /dev/null
  $ docker run -d --name app -v feedback:/app/feedback feedback-node
  [0-9a-f]{64} (re)
  $ docker exec app sh -c 'printf "Great course\n" > /app/feedback/awesome.txt; : > /app/feedback/blank.txt'
  $ docker exec app find /app/feedback -type f -exec wc -c {} +
  13 /app/feedback/awesome.txt
   0 /app/feedback/blank.txt
  13 total
  $ docker exec app find /app/feedback -name '*.txt' -exec echo saved: {} \;
  saved: /app/feedback/awesome.txt
  saved: /app/feedback/blank.txt
  $ docker exec app find /app/feedback -empty
  /app/feedback/blank.txt
  $ docker exec app find /app/feedback -exec
  find: missing argument to `-exec'
  [1]
  $ docker exec app sh -c 'ls -la /app/feedback | tail -n +2'
  drwxr-xr-x 2 root root 4096 Mar  2 09:00 .
  drwxr-xr-x 1 root root 4096 Mar  2 09:00 ..
  -rw-r--r-- 1 root root   13 Mar  2 09:00 awesome.txt
  -rw-r--r-- 1 root root    0 Mar  2 09:00 blank.txt
  $ docker exec app sh -c 'wc /app/feedback'
  wc: /app/feedback: Is a directory
        0       0       0 /app/feedback
  [1]
  $ printf 'b 2\na 10\nc 1\na 3\n' > scores
  $ sort -k2 -n scores
  c 1
  b 2
  a 3
  a 10
  $ sort -t' ' -k2,2nr scores | head -n -1
  a 10
  a 3
  b 2
  $ sort -k0 scores
  sort: field number is zero: invalid field specification ‘0’
  [2]
