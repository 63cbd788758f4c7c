docker volume ls sorts rows by natural order of the name (reference 2.2,
9.6; docker/cli volume/list.go uses fvbommel/sortorder.NaturalLess):
digit runs compare as numbers (a9 < a10), a digit sorts before any other
byte (a1b < a-x although '-' < '1' in ASCII), other bytes compare bytewise
(B1 < a..., aB < a_x), and for equal numbers the one with fewer leading
zeros is less (v1 < v01 < v002), whatever the creation order.

  $ docker volume create a10
  a10
  $ docker volume create a9
  a9
  $ docker volume create B1
  B1
  $ docker volume create a1b
  a1b
  $ docker volume create a-x
  a-x
  $ docker volume create a1
  a1
  $ docker volume create aB
  aB
  $ docker volume create a_x
  a_x
  $ docker volume create v002
  v002
  $ docker volume create v01
  v01
  $ docker volume create v1
  v1
  $ docker volume ls
  DRIVER    VOLUME NAME
  local     B1
  local     a1
  local     a1b
  local     a9
  local     a10
  local     a-x
  local     aB
  local     a_x
  local     v1
  local     v01
  local     v002
  $ docker volume ls -q --filter name=v
  v1
  v01
  v002
  $ docker volume ls --format '{{.Name}}' --filter name=a1
  a1
  a1b
  a10
