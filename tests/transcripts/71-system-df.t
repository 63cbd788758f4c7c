docker system df (issue 17 point 11; docker/cli v28.5.2 formatter/disk_usage.go,
system/df.go; moby builder-next and BuildKit's cache manager). Images
RECLAIMABLE is the layers' total less the unique size (size - shared size) of
every image a container uses, with an integer percentage: with the course's
image in use only its own 2.408MB of layers stays, so 912.3MB (99%) of the
914.7MB can go. (The issue's "about 914.7MB (99%)" was an estimate; the source
gives total - used.) The build cache counts one record per cached step; a record
whose layer chain an image still holds is "shared" (BuildKit markShared with
moby's imagerefchecker), and the CLI leaves shared records out of the build
cache's size, so with the image present the size is 0B and `df -v` lists the
records with SHARED true. Once the image is gone the records are no longer
shared and their sizes count.

  $ docker build -q -t feedback-node .
  sha256:[0-9a-f]{64} (re)
  $ docker run -d --name feedback-app feedback-node
  [0-9a-f]{64} (re)
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          2         1         914.7MB   912.3MB (99%)
  Containers      1         1         0B        0B
  Local Volumes   0         0         0B        0B
  Build Cache     4         0         0B        0B
  $ docker system df -v
  Images space usage:
  
  REPOSITORY      TAG       IMAGE ID       CREATED +SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS (re)
  feedback-node   latest    [0-9a-f]{12}   .+ ago +915MB +912\.3MB       2.408MB       1 (re)
  node            14        [0-9a-f]{12}   .+ ago +912MB +912\.3MB       0B            0 (re)
  
  Containers space usage:
  
  CONTAINER ID   IMAGE           COMMAND                  LOCAL VOLUMES   SIZE      CREATED +STATUS +NAMES (re)
  [0-9a-f]{12}   feedback-node   "docker-entrypoint\.s…"   0               0B        .+ ago +Up .+ +feedback-app (re)
  
  Local Volumes space usage:
  
  VOLUME NAME   LINKS     SIZE
  
  Build cache usage: 0B
  
  CACHE ID       CACHE TYPE   SIZE      CREATED +LAST USED +USAGE     SHARED (re)
  [0-9a-z]{12}   regular +\S+ +.+ ago +.+ ago +1 +true (re)
  [0-9a-z]{12}   regular +\S+ +.+ ago +.+ ago +1 +true (re)
  [0-9a-z]{12}   regular +\S+ +.+ ago +.+ ago +1 +true (re)
  [0-9a-z]{12}   regular +\S+ +.+ ago +.+ ago +1 +true (re)
  $ docker rm -f feedback-app
  feedback-app
  $ docker rmi feedback-node
  Untagged: feedback-node:latest
  ...
  $ docker system df
  TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE
  Images          1         0         912.3MB   912.3MB (100%)
  Containers      0         0         0B        0B
  Local Volumes   0         0         0B        0B
  Build Cache     4         0         2.408MB   2.408MB
  $ docker system df -v
  ...
  Build cache usage: 2.408MB
  
  CACHE ID       CACHE TYPE   SIZE      CREATED +LAST USED +USAGE     SHARED (re)
  [0-9a-z]{12}   regular .* false (re)
  [0-9a-z]{12}   regular .* false (re)
  [0-9a-z]{12}   regular .* false (re)
  [0-9a-z]{12}   regular .* false (re)

--format runs on each of the four rows (formatter.NewDiskUsageFormat, Write):
json marshals each context's methods, keys sorted; raw is the CLI's own key.

  $ docker system df --format '{{.Type}}: {{.TotalCount}}'
  Images: 1
  Containers: 0
  Local Volumes: 0
  Build Cache: 4
  $ docker system df --format json
  {"Active":"0","Reclaimable":"912.3MB (100%)","Size":"912.3MB","TotalCount":"1","Type":"Images"}
  {"Active":"0","Reclaimable":"0B","Size":"0B","TotalCount":"0","Type":"Containers"}
  {"Active":"0","Reclaimable":"0B","Size":"0B","TotalCount":"0","Type":"Local Volumes"}
  {"Active":"0","Reclaimable":"2.408MB","Size":"2.408MB","TotalCount":"4","Type":"Build Cache"}
  $ docker system df --format 'table {{.Type}}\t{{.Size}}'
  TYPE            SIZE
  Images          912.3MB
  Containers      0B
  Local Volumes   0B
  Build Cache     2.408MB
