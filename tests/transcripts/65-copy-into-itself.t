A directory copied or moved into itself ends at once, with each tool's own words.
GNU cp remembers the source and the first directory it creates; when the walk meets
that directory again it prints "cannot copy a directory, %s, into itself, %s" with the
operands as typed (the destination keeps its trailing slash: copy.c, top_level_dst_name)
and stops (copy_dir breaks at every level), exit 1. An existing directory operand gets
the source's last component as typed ('feedback/.' for '.'). GNU mv gets EINVAL from
rename(2) and says "cannot move %s to a subdirectory of itself, %s". BusyBox cp
remembers every directory it creates and skips one it meets again ("recursion
detected, omitting directory", libbb/copy_file.c), going on with the rest; BusyBox mv
reports the errno ("can't rename").

  $ cp -r . r/
  cp: cannot copy a directory, '.', into itself, 'r/'
  [1]
  $ cp -r ~ ~/feedback-app/x
  cp: cannot copy a directory, '/home/learner', into itself, '/home/learner/feedback-app/x'
  [1]
  $ cp -r .. y
  cp: cannot copy a directory, '..', into itself, 'y'
  [1]
  $ cp -r . feedback
  cp: cannot copy a directory, '.', into itself, 'feedback/.'
  [1]
  $ mkdir -p a/b
  $ cp -r a a
  cp: cannot copy a directory, 'a', into itself, 'a/a'
  [1]
  $ cp -r a a/b
  cp: cannot copy a directory, 'a', into itself, 'a/b/a'
  [1]
  $ mv a a/b
  mv: cannot move 'a' to a subdirectory of itself, 'a/b/a'
  [1]
  $ mv a a/b/c
  mv: cannot move 'a' to a subdirectory of itself, 'a/b/c'
  [1]
  $ docker run --rm node:14 sh -c 'mkdir -p /a/b && mv /a /a/b; cp -r /a /a/b; cp -r / /x'
  mv: cannot move '/a' to a subdirectory of itself, '/a/b/a'
  cp: cannot copy a directory, '/a', into itself, '/a/b/a'
  cp: cannot copy a directory, '/', into itself, '/x'
  [1]
  $ docker pull busybox
  ...
  $ docker run --rm busybox cp -r / /x
  cp: recursion detected, omitting directory '/x'
  [1]
  $ docker run --rm busybox sh -c 'mkdir -p /a/b/c && cp -r /a /a/b; ls /a/b/a/b; mv /a /a/b'
  cp: recursion detected, omitting directory '/a/b/a'
  c
  mv: can't rename '/a': Invalid argument
  [1]
