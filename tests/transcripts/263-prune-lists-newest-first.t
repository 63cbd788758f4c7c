`docker container prune` and `docker system prune` list the containers they removed in the order
the daemon walked them: moby v28.5.2 daemon/prune.go ContainersPrune ranges over daemon.List(),
which container/memory_store.go List sorts with container/history.go History: newest first, as
`docker ps -a` lists them. Running containers (and a running --rm one) stay; a created one goes;
their anonymous volumes stay (prune passes no RemoveVolume); "Total reclaimed space" is the sum of
the removed read-write layers' sizes (GetContainerLayerSize), so a volume's bytes are not in it.

  $ docker pull -q busybox
  docker.io/library/busybox:latest
  $ docker run -d --name running -v /anon1 busybox sleep 1000
  3a9a8a94e2f7cce4404b0050dbc51cb14a7a93289f1010764eb840fce9422d9a
  $ docker run --name first -v /anon2 busybox sh -c 'echo hi > /anon2/f; head -c 2000 /dev/zero > /big'
  $ docker run -d --rm --name gone -v /anon3 busybox sleep 1000
  1f7a21519528ebe486649c3a8103449d8783e3773cd4808e35364bbda996a9e1
  $ docker create --name second -v /anon4 busybox
  36076db728e3547b3b5d9c88685ed08fe019692418c302fa694728a99ae6f413
  $ docker run --name third busybox true
  $ docker ps -a --no-trunc --format '{{.ID}} {{.Names}} {{.Status}}'
  c3f79ae9f07d7297802a48f1861fde8ee6159c41b461f898377bcae68ddeac24 third Exited (0) 1 second ago
  36076db728e3547b3b5d9c88685ed08fe019692418c302fa694728a99ae6f413 second Created
  1f7a21519528ebe486649c3a8103449d8783e3773cd4808e35364bbda996a9e1 gone Up 3 seconds
  32fd047106699a8bb7dede90205c5e847c54afab40d63373ec34dfe184d766d2 first Exited (0) 4 seconds ago
  3a9a8a94e2f7cce4404b0050dbc51cb14a7a93289f1010764eb840fce9422d9a running Up 5 seconds
  $ docker container prune -f
  Deleted Containers:
  c3f79ae9f07d7297802a48f1861fde8ee6159c41b461f898377bcae68ddeac24
  36076db728e3547b3b5d9c88685ed08fe019692418c302fa694728a99ae6f413
  32fd047106699a8bb7dede90205c5e847c54afab40d63373ec34dfe184d766d2
  
  Total reclaimed space: 2kB
  $ docker run --name fourth busybox true
  $ docker run --name fifth busybox sh -c 'echo abc > /x'
  $ docker ps -a --no-trunc --format '{{.ID}} {{.Names}}'
  bfd66d6dc60f3acf8e4d7aa1647df30af2c576142b72c7ed5c42dbdaa1ab1a07 fifth
  f29a376ae0de2ba8335f9e78769a892713d370bd50d4a39a1e192d4dc73dcdd9 fourth
  1f7a21519528ebe486649c3a8103449d8783e3773cd4808e35364bbda996a9e1 gone
  3a9a8a94e2f7cce4404b0050dbc51cb14a7a93289f1010764eb840fce9422d9a running
  $ docker system prune -f
  Deleted Containers:
  bfd66d6dc60f3acf8e4d7aa1647df30af2c576142b72c7ed5c42dbdaa1ab1a07
  f29a376ae0de2ba8335f9e78769a892713d370bd50d4a39a1e192d4dc73dcdd9
  
  Total reclaimed space: 4B
  $ docker volume ls -q
  8fa153ddd1c76b6c6a60ebe33a25be1810b73c15fae88b8431da7546cf55e2e8
  37e0e0b1d8ff1df5e58f75981b0a5a688f5b9255c9945f3db93735d096d99ea0
  a2e809c6db18f535dd6e84569290a6038feaf0fad5f63d358c50bf525f3c23da
  c03fd52e350030142250843931463f4fe7dffbf07645b11c567660d3b25ea75b
