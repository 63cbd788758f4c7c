cat's options (coreutils src/cat.c: -A -b -e -E -n -s -t -T -v; BusyBox coreutils/cat.c:
-n -b -v -t -e -A): numbers as "%6d<TAB>" going on across the inputs, $ at line ends, ^I for a
tab, ^X/M- for other bytes that do not print (so a CR shows as ^M), squeezed blank lines.

  $ cat -n Dockerfile
       1	FROM node:14
       2	
       3	WORKDIR /app
       4	
       5	COPY package.json .
       6	
       7	RUN npm install
       8	
       9	COPY . .
      10	
      11	EXPOSE 80
      12	
      13	CMD ["node", "server.js"]
  $ printf "a\tb\n\n\n\nc" | cat -A
  a^Ib$
  $
  $
  $
  c
  $ printf "a\n\n\nb\n" | cat -sb
       1	a
  
       2	b
  $ printf "x\n" | cat -E - Dockerfile | head -2
  x$
  FROM node:14$
  $ cat -z Dockerfile
  cat: invalid option -- 'z'
  Try 'cat --help' for more information.
  [1]
  $ docker pull busybox
  ...
  $ docker run --rm busybox sh -c 'printf "x\ty\n" | cat -A; printf "a\nb\n" | cat -n'
  x^Iy$
       1	a
       2	b
