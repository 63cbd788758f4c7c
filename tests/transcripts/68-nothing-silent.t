What layerlab does not simulate yet is never silent (issue 16, item 9). An interactive shell
(`-it` with a shell and nothing for it to run) reads no input here and ends, and says so; an
attached `docker run` whose process keeps running does not hold the terminal, and says so;
`docker logs -f` shows the logs so far. Without -it a shell reads no input and ends at once, with
no word, as in Docker. Commands Docker has and layerlab does not run say that, rather than
"unknown command"; their --help is still Docker's.

  $ docker build -q -t feedback-node .
  sha256:* (glob)
  $ docker run -d --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker exec -it feedback-app sh
  layerlab: interactive shells are not simulated yet: the shell read no input and ended. Run one command at a time instead, e.g. docker exec CONTAINER ls /app
  $ docker exec feedback-app sh
  $ docker exec -it feedback-app ls /app/feedback
  $ docker run --name att feedback-node
  layerlab: att keeps running; the simulated terminal does not stay attached to it (see its output with docker logs att; -d runs it detached)
  $ docker ps --format '{{.Names}} {{.Status}}'
  att Up 1 second
  feedback-app Up 5 seconds
  $ docker logs -f feedback-app
  layerlab: following is not simulated: these are feedback-app's logs so far (docker logs shows new ones as they come)
  $ docker pause feedback-app
  layerlab: docker pause is a Docker command that layerlab does not simulate yet
  [1]
  $ docker attach feedback-app
  layerlab: docker attach is a Docker command that layerlab does not simulate yet
  [1]
  $ docker frob
  docker: unknown command: docker frob
  
  Run 'docker --help' for more information
  [1]
