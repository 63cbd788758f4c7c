npm 6.14.18 (Node 14's npm) after `npm install`, from its source
(lib/install.js, lib/shrinkwrap.js, lib/utils/output.js): the lockfile notice
and the warnings go to stderr through npmlog, and printWarnings ends them with
console.error()'s blank line; "+ name@version", the added/audited summary and
the audit's "found 0 vulnerabilities" go to stdout. The notice is printed only
when neither package-lock.json nor npm-shrinkwrap.json existed. A second
install that adds nothing prints no "+" line and only the audit:
"audited N packages in Xs". chokidar 3.6.0 names fsevents "~2.3.2" in its
optionalDependencies: without a lockfile, npm reports the skip while it
builds the tree from the ranges (lib/install/deps.js), with that range and
under chokidar's folder, before validate-tree's "No repository field"; from
the lockfile it is a planned add that refresh-package-json refuses
(lib/install/actions.js), reported with its own id and place, after it.

  $ npm install --save-dev nodemon 2>err.txt
  + nodemon@2.0.22
  added 92 packages from 69 contributors and audited 92 packages in 2.841s
  found 0 vulnerabilities
  
  $ cat err.txt
  npm notice created a lockfile as package-lock.json. You should commit this file.
  npm WARN optional SKIPPING OPTIONAL DEPENDENCY: fsevents@~2.3.2 (node_modules/chokidar/node_modules/fsevents):
  npm WARN notsup SKIPPING OPTIONAL DEPENDENCY: Unsupported platform for fsevents@2.3.3: wanted {"os":"darwin","arch":"any"} (current: {"os":"linux","arch":"x64"})
  npm WARN feedback-app@1.0.0 No repository field.
  
  $ npm install 2>err.txt
  audited 92 packages in 0.912s
  found 0 vulnerabilities
  
  $ cat err.txt
  npm WARN feedback-app@1.0.0 No repository field.
  npm WARN optional SKIPPING OPTIONAL DEPENDENCY: fsevents@2.3.3 (node_modules/fsevents):
  npm WARN notsup SKIPPING OPTIONAL DEPENDENCY: Unsupported platform for fsevents@2.3.3: wanted {"os":"darwin","arch":"any"} (current: {"os":"linux","arch":"x64"})
  
  $ npm install --save-dev nodemon
  npm WARN feedback-app@1.0.0 No repository field.
  npm WARN optional SKIPPING OPTIONAL DEPENDENCY: fsevents@2.3.3 (node_modules/fsevents):
  npm WARN notsup SKIPPING OPTIONAL DEPENDENCY: Unsupported platform for fsevents@2.3.3: wanted {"os":"darwin","arch":"any"} (current: {"os":"linux","arch":"x64"})
  
  audited 92 packages in 0.912s
  found 0 vulnerabilities
  

Removing node_modules brings the packages back as added, without a new
lockfile notice.

  $ rm -rf node_modules
  $ npm install
  npm WARN feedback-app@1.0.0 No repository field.
  npm WARN optional SKIPPING OPTIONAL DEPENDENCY: fsevents@2.3.3 (node_modules/fsevents):
  npm WARN notsup SKIPPING OPTIONAL DEPENDENCY: Unsupported platform for fsevents@2.3.3: wanted {"os":"darwin","arch":"any"} (current: {"os":"linux","arch":"x64"})
  
  added 92 packages from 69 contributors and audited 92 packages in 2.841s
  found 0 vulnerabilities
  
