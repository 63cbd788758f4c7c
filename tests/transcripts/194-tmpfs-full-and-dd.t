A tmpfs is full at its size, a tmpfs volume is one too, and dd. mm/shmem.c gives a tmpfs
size= in whole pages (--tmpfs size=, --mount tmpfs-size, --shm-size for /dev/shm, a local volume's
o=size=) and refuses the page that does not fit: the write that needs it fails with ENOSPC and
the file keeps the pages that fit; making a file or a folder takes an inode, not a page, so
touch, mkdir and a redirection's open still work, unless nr_inodes= is spent (the root is one;
shmem_reserve_inode), when the open or mkdir itself fails. Each writer says it its own way:
bash's builtins "bash: echo: write error" (builtins/common.c sh_wrerror), BusyBox ash's echo
"sh: write error", cat "write error" (gnulib close_stdout; BusyBox libbb/copyfd.c), head "error
writing 'standard output'" (coreutils 8.30 and 9.4 src/head.c xwrite_stdout) or "head: standard
output" (BusyBox fflush_stdout_and_exit), cp "write error" (libbb/copyfd.c) or "error writing 'F'"
(coreutils src/copy.c), tee "tee: F: ..." (src/tee.c), dd "dd: error writing 'F'" (both dd.c).
docker cp writes through the daemon's view of the container (moby v28.5.2
daemon/containerfs_linux.go openContainerFS binds the volumes, not --tmpfs mounts): into a full
tmpfs volume go-archive's createTarFile makes the file and io.Copy fails with "write PATH: no
space left on device"; the CLI says "Successfully copied" before it returns the error (docker/cli
v28.5.2 cli/command/container/cp.go copyToContainer). A local volume with type=tmpfs is mounted
with its o= as the mount's data (volume/local/local_unix.go mount), so uid=, gid= and mode= set
its root, df counts its pages, and it is mounted afresh at each start: a restart empties it.
dd copies if= (standard input by default) ibs bytes at a time up to count=, after skip= and at
seek=, and reports the full and partial records in and out on standard error, then the bytes:
coreutils print_xfer_stats with SI and IEC sizes ("%g s" and an SI speed), BusyBox
dd_output_status with make_human_readable_str ("%f seconds"); a write cut short counts no record.
The time cannot be measured in a simulation: layerlab takes 42 microseconds plus the bytes at
2 GB a second, and the speed follows from it. Operand errors: coreutils "unrecognized operand"
and "invalid status level" with the Try line, "invalid number" without it, "failed to open" (and
"error reading" a folder, with the records); BusyBox its usage, "invalid number", "number N is
not in 1..N range", "invalid argument 'X' to 'status'" (it has no status=progress), "can't open".
A line's dd is bounded like other work: more than 32 MiB is refused, all of /dev/zero too.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker pull -q node:14
  docker.io/library/node:14
  $ docker pull -q ubuntu
  docker.io/library/ubuntu:latest
  $ docker run -d --name small --tmpfs /t:size=8k busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec small sh -c 'echo hi > /t/a; head -c 10000 /dev/zero > /t/b; ls -l /t; df /t'
  head: standard output: No space left on device
  total 8
  -rw-r--r--    1 root     root             3 Mar  2 09:00 a
  -rw-r--r--    1 root     root          4096 Mar  2 09:00 b
  Filesystem           1K-blocks      Used Available Use% Mounted on
  tmpfs                        8         8         0 100% /t
  $ docker exec small sh -c 'echo more > /t/c; echo $?; touch /t/d; mkdir /t/e; cp /t/a /t/e/; ls -l /t /t/e'
  sh: write error: No space left on device
  1
  cp: write error: No space left on device
  /t:
  total 8
  -rw-r--r--    1 root     root             3 Mar  2 09:00 a
  -rw-r--r--    1 root     root          4096 Mar  2 09:00 b
  -rw-r--r--    1 root     root             0 Mar  2 09:00 c
  -rw-r--r--    1 root     root             0 Mar  2 09:00 d
  drwxr-xr-x    2 root     root            60 Mar  2 09:00 e
  
  /t/e:
  total 0
  -rw-r--r--    1 root     root             0 Mar  2 09:00 a
  $ docker exec small sh -c 'dd if=/dev/zero of=/t/b bs=1k count=6; ls -l /t/b'
  dd: error writing '/t/b': No space left on device
  6+0 records in
  4+0 records out
  4096 bytes (4.0KB) copied, 0.000044 seconds, 88.7MB/s
  -rw-r--r--    1 root     root          4096 Mar  2 09:00 /t/b
  $ docker run --rm --tmpfs /t:size=8k node:14 bash -c 'echo hi > /t/a; echo $?; head -c 6000 /dev/zero > /t/b; cp /t/b /t/c; echo data | tee /t/d; df /t'
  0
  head: error writing 'standard output': No space left on device
  cp: error writing '/t/c': No space left on device
  tee: /t/d: No space left on device
  data
  Filesystem     1K-blocks  Used Available Use% Mounted on
  tmpfs                  8     8         0 100% /t
  $ docker run --rm --tmpfs /t:nr_inodes=3 ubuntu bash -c 'touch /t/a; mkdir /t/b; touch /t/c; mkdir /t/d; echo x > /t/e; cp /t/a /t/f; ls /t'
  touch: cannot touch '/t/c': No space left on device
  mkdir: cannot create directory '/t/d': No space left on device
  bash: line 1: /t/e: No space left on device
  cp: cannot create regular file '/t/f': No space left on device
  a
  b
  $ docker run --rm --tmpfs /t:size=4k ubuntu bash -c 'head -c 5000 /dev/zero > /t/z; cat /t/z /t/z > /t/y; ls -l /t'
  head: error writing 'standard output': No space left on device
  cat: write error: No space left on device
  total 4
  -rw-r--r-- 1 root root    0 Mar  2 09:00 y
  -rw-r--r-- 1 root root 4096 Mar  2 09:00 z
  $ docker run --rm --shm-size 8k busybox sh -c 'dd if=/dev/zero of=/dev/shm/f bs=3k count=4; df /dev/shm'
  dd: error writing '/dev/shm/f': No space left on device
  4+0 records in
  2+0 records out
  8192 bytes (8.0KB) copied, 0.000046 seconds, 169.5MB/s
  Filesystem           1K-blocks      Used Available Use% Mounted on
  shm                          8         8         0 100% /dev/shm
  $ docker volume create --opt type=tmpfs --opt device=tmpfs --opt o=size=1m,uid=1000,mode=750 tv
  tv
  $ docker run -d --name vv -v tv:/data busybox sleep 1000
  [0-9a-f]{64} (re)
  $ docker exec vv sh -c 'ls -ld /data; dd if=/dev/zero of=/data/f bs=1k count=300 status=noxfer; df /data'
  drwxr-x---    2 1000     root            40 Mar  2 09:00 /data
  300+0 records in
  300+0 records out
  Filesystem           1K-blocks      Used Available Use% Mounted on
  tmpfs                     1024       300       724  29% /data
  $ docker exec vv dd if=/dev/zero of=/data/g bs=1M count=1
  dd: error writing '/data/g': No space left on device
  1+0 records in
  0+0 records out
  741376 bytes (724.0KB) copied, 0.000413 seconds, 1.7GB/s
  [1]
  $ echo hello > hello.txt
  $ docker cp hello.txt vv:/data/
  Successfully copied 2.05kB to vv:/data/
  Error response from daemon: write /data/hello.txt: no space left on device
  [1]
  $ docker exec vv sh -c 'ls -l /data; df /data'
  total 1024
  -rw-r--r--    1 root     root        307200 Mar  2 09:00 f
  -rw-r--r--    1 root     root        741376 Mar  2 09:00 g
  -rw-r--r--    1 1000     1000             0 Mar  2 09:00 hello.txt
  Filesystem           1K-blocks      Used Available Use% Mounted on
  tmpfs                     1024      1024         0 100% /data
  $ docker restart vv
  vv
  $ docker exec vv sh -c 'ls -la /data; df /data'
  total 4
  drwxr-x---    2 1000     root            40 Mar  2 09:00 .
  drwxr-xr-x    1 root     root          4096 Mar  2 09:00 ..
  Filesystem           1K-blocks      Used Available Use% Mounted on
  tmpfs                     1024         0      1024   0% /data
  $ dd if=/dev/zero of=zeros bs=1M count=2
  2+0 records in
  2+0 records out
  2097152 bytes (2.1 MB, 2.0 MiB) copied, 0.00109058 s, 1.9 GB/s
  $ ls -l zeros
  -rw-r--r-- 1 learner learner 2097152 Mar  2 09:00 zeros
  $ dd if=zeros of=copy bs=512 count=3 skip=1
  3+0 records in
  3+0 records out
  1536 bytes (1.5 kB, 1.5 KiB) copied, 4.2768e-05 s, 36 MB/s
  $ dd if=/dev/urandom bs=100 count=1 status=none | wc -c
  100
  $ echo hello | dd
  hello
  0+1 records in
  0+1 records out
  6 bytes copied, 4.2003e-05 s, 143 kB/s
  $ printf 'abcdefgh' > word; printf 'XY' | dd of=word bs=1 seek=3 conv=notrunc status=none; cat word; echo
  abcXYfgh
  $ dd if=/dev/zero of=kb bs=1kB count=1
  1+0 records in
  1+0 records out
  1000 bytes (1.0 kB) copied, 4.25e-05 s, 24 MB/s
  $ dd if=/dev/zero of=/dev/full count=1
  dd: error writing '/dev/full': No space left on device
  1+0 records in
  0+0 records out
  0 bytes copied, 4.2e-05 s, 0 B/s
  [1]
  $ dd if=missing of=x
  dd: failed to open 'missing': No such file or directory
  [1]
  $ dd foo
  dd: unrecognized operand 'foo'
  Try 'dd --help' for more information.
  [1]
  $ dd bs=abc
  dd: invalid number: 'abc'
  [1]
  $ dd status=loud
  dd: invalid status level: 'loud'
  Try 'dd --help' for more information.
  [1]
  $ dd if=/dev/zero of=big bs=1M count=100000
  layerlab: this dd copies more than 32 MiB, the most the simulated terminal moves for one command line; nothing was changed
  [1]
  $ dd if=/dev/zero of=big
  layerlab: /dev/zero never runs out: a program reading all of it runs until it is stopped; read a part, e.g. head -c 16 /dev/zero; nothing was changed
  [1]
  $ docker run --rm node:14 sh -c 'dd if=/dev/zero of=/tmp/z bs=1M count=2; dd if=/tmp of=/dev/null'
  2+0 records in
  2+0 records out
  2097152 bytes (2.1 MB, 2.0 MiB) copied, 0.00109058 s, 1.9 GB/s
  dd: error reading '/tmp': Is a directory
  0+0 records in
  0+0 records out
  0 bytes copied, 4.2e-05 s, 0 B/s
  [1]
  $ docker run --rm busybox sh -c 'dd if=/dev/zero of=/tmp/z bs=1M count=2; echo hi | dd; dd bs=abc; dd bs=0; dd status=progress; dd if=/nope; dd if=/tmp of=/dev/null'
  2+0 records in
  2+0 records out
  2097152 bytes (2.0MB) copied, 0.001091 seconds, 1.8GB/s
  hi
  0+1 records in
  0+1 records out
  3 bytes (3B) copied, 0.000042 seconds, 69.8KB/s
  dd: invalid number 'abc'
  dd: number 0 is not in 1..9223372036854775807 range
  dd: invalid argument 'progress' to 'status'
  dd: can't open '/nope': No such file or directory
  dd: /tmp: Is a directory
  [1]
  $ docker run --rm busybox dd foo
  BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.
  
  Usage: dd [if=FILE] [of=FILE] [ibs=N obs=N/bs=N] [count=N] [skip=N] [seek=N]
  	[conv=notrunc|noerror|sync|fsync]
  	[iflag=skip_bytes|count_bytes|fullblock|direct] [oflag=seek_bytes|append|direct]
  
  Copy a file with converting and formatting
  
  	if=FILE		Read from FILE instead of stdin
  	of=FILE		Write to FILE instead of stdout
  	bs=N		Read and write N bytes at a time
  	ibs=N		Read N bytes at a time
  	obs=N		Write N bytes at a time
  	count=N		Copy only N input blocks
  	skip=N		Skip N input blocks
  	seek=N		Skip N output blocks
  	conv=notrunc	Don't truncate output file
  	conv=noerror	Continue after read errors
  	conv=sync	Pad blocks with zeros
  	conv=fsync	Physically write data out before finishing
  	conv=swab	Swap every pair of bytes
  	iflag=skip_bytes	skip=N is in bytes
  	iflag=count_bytes	count=N is in bytes
  	oflag=seek_bytes	seek=N is in bytes
  	iflag=direct	O_DIRECT input
  	oflag=direct	O_DIRECT output
  	iflag=fullblock	Read full blocks
  	oflag=append	Open output in append mode
  	status=noxfer	Suppress rate output
  	status=none	Suppress all output
  
  N may be suffixed by c (1), w (2), b (512), kB (1000), k (1024), MB, M, GB, G
  [1]
