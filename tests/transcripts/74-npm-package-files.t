Issue 17 point 25: npm's packages in node_modules carry their real top-level entries.
The files' sizes stand in (the layer keeps the course build's 2.408MB); du counts each small file
as at least one 4 KiB block, so node_modules reads larger in du than in the layer's size.

  $ docker build -t feedback-node .
  ...
  $ docker run -d --name fa feedback-node
  [0-9a-f]{64} (re)
  $ docker exec fa ls node_modules/express
  History.md
  LICENSE
  Readme.md
  index.js
  lib
  package.json
  $ docker exec fa ls node_modules/body-parser
  HISTORY.md
  LICENSE
  README.md
  SECURITY.md
  index.js
  lib
  package.json
  $ docker exec fa du -sh node_modules
  3.4M	node_modules
