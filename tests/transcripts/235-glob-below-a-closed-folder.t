A pattern below a folder the learner may not search (/var/lib/docker is root's, mode 0710) is
expanded by the learner's shell, before sudo runs: glob(3) meets EACCES, the pattern matches nothing
and bash passes the word on as written (bash "Pathname Expansion": a word with no match is left
unchanged). So `sudo rm -rf .../_data/*` removes a file named `*`, which is not there, and the
volume's files stay; run the whole line as root (`sudo sh -c '...'`) to have root's shell expand it.
(A hunt found the pattern raising out of the engine.)

  $ docker volume create notes
  notes
  $ sudo touch /var/lib/docker/volumes/notes/_data/a.txt
  $ sudo rm -rf /var/lib/docker/volumes/notes/_data/*
  $ sudo ls /var/lib/docker/volumes/notes/_data
  a.txt
  $ echo /var/lib/docker/volumes/*
  /var/lib/docker/volumes/*
  $ ls /var/lib/docker/volumes/notes/_data/*.txt
  ls: cannot access '/var/lib/docker/volumes/notes/_data/*.txt': Permission denied
  [2]
  $ sudo sh -c 'rm -rf /var/lib/docker/volumes/notes/_data/*'
  $ sudo ls -A /var/lib/docker/volumes/notes/_data
