`docker build --iidfile FILE` and `--label KEY=VALUE`, and the build flags layerlab cannot carry out.
buildx (v0.29.1 commands/build.go) removes the ID file before the build and writes the image's ID
into it after (os.WriteFile, no newline), on the client's side; a file it cannot write fails the
command after the image was made ("writing image ID file: open ...", the Go error in lower case).
Labels given on the command line are set on the image the target stage makes, with no step of
their own (buildx listToMap: a bare KEY has an empty value; the dockerfile frontend's convert.go
sets opt.Labels on the target's config). Flags whose effect layerlab does not simulate (another
network for RUN, cache import/export, outputs other than the image, secrets, ssh...) say so instead
of being ignored; `--network default` and the daemon's own platform change nothing and pass, and
the flags buildx itself accepts and ignores (`--memory`, `--rm`, `--compress`...) are ignored here too.

  $ docker build -q --iidfile id.txt --label team=docs --label draft -t lab .
  sha256:[0-9a-f]{64} (re)
  $ cat id.txt; echo
  sha256:[0-9a-f]{64} (re)
  $ test "$(cat id.txt)" = "$(docker image inspect lab -f '{{.Id}}')" && echo same
  same
  $ docker image inspect lab -f '{{json .Config.Labels}}'
  {"draft":"","team":"docs"}
  $ docker history lab --format '{{.CreatedBy}}' | grep -c -i label
  0
  [1]
  $ docker build -q --iidfile /etc/lab.id -t lab2 .
  ERROR: writing image ID file: open /etc/lab.id: permission denied
  [1]
  $ docker images lab2 --format '{{.Repository}}'
  lab2
  $ docker build --network none -t lab3 .
  layerlab: docker build --network is not simulated yet
  [1]
  $ docker build -q --network default --platform linux/amd64 --memory 1g --rm -t lab4 . > /dev/null; echo $?
  0
  $ docker build --platform linux/arm64 -t lab5 .
  layerlab: docker build --platform linux/arm64 is not simulated: the daemon holds linux/amd64 images only
  [1]
