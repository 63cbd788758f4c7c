Nothing a learner types is silent (issue 16, item 9), and the interactive ones are real now
(issue 17, points 22 and 23): `docker exec -it ... sh` opens the container's shell (dash's `# `
prompt in node:14; lines run inside until exit), an attached `docker run` holds the terminal until
the container exits or the CLI gives up on the third Ctrl-C (node as PID 1 ignores SIGINT), and
`docker logs -f` follows until Ctrl-C (exit 130). Without -it a shell reads no input and ends at
once, with no word, as in Docker. Commands Docker has and layerlab does not run say that, rather
than "unknown command"; their --help is still Docker's.

  $ docker build -q -t feedback-node .
  sha256:* (glob)
  $ docker run -d --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker exec -it feedback-app sh
  $ pwd
  /app
  $ exit
  $ docker exec feedback-app sh
  $ docker exec -it feedback-app ls /app/feedback
  $ docker run --name att feedback-node
  $ ^C
  $ ^C
  $ ^C
  got 3 SIGTERM/SIGINTs, forcefully exiting
  [1]
  $ docker ps --format '{{.Names}} {{.Status}}'
  att Up 4 seconds
  feedback-app Up 10 seconds
  $ docker logs -f feedback-app
  $ ^C
  [130]
  $ docker attach feedback-app
  $ ^C
  $ ^C
  $ ^C
  got 3 SIGTERM/SIGINTs, forcefully exiting
  [1]
  $ docker push feedback-app
  layerlab: docker push is a Docker command that layerlab does not simulate yet
  [1]
  $ docker frob
  docker: unknown command: docker frob
  
  Run 'docker --help' for more information
  [1]
