The byte counts in BuildKit's progress ("transferring dockerfile:", "transferring context:") are
printed with "%.2f" of tonistiigi/units Bytes (moby/buildkit util/progress/progressui display.go
displayInfo, vendored in docker/buildx v0.29.1; vendor/github.com/tonistiigi/units/bytes.go):
whole bytes below 1kB, else two decimals of the decimal unit with the zeros kept, not go-units'
three significant digits ("1kB", "3.3kB") that docker images and docker system df use.

  $ docker build -t feedback-node . 2>&1 | grep 'transferring context'
   => => transferring context: 2B                                            0.0s
   => => transferring context: 3.30kB                                        0.0s
  $ mkdir ctx
  $ printf 'FROM node:14\nCOPY . /x\n' > ctx/Dockerfile
  $ head -c 976 /dev/zero > ctx/data
  $ docker build -t sized ctx 2>&1 | grep transferring
   => => transferring dockerfile: 23B                                        0.0s
   => => transferring context: 2B                                            0.0s
   => => transferring context: 999B                                          0.0s
  $ head -c 977 /dev/zero > ctx/data
  $ docker build -t sized ctx 2>&1 | grep transferring
   => => transferring dockerfile: 23B                                        0.0s
   => => transferring context: 2B                                            0.0s
   => => transferring context: 1.00kB                                        0.0s
  $ head -c 12322 /dev/zero > ctx/data
  $ docker build -t sized ctx 2>&1 | grep transferring
   => => transferring dockerfile: 23B                                        0.0s
   => => transferring context: 2B                                            0.0s
   => => transferring context: 12.35kB                                       0.0s
