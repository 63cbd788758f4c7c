`docker tag` with a target that looks like an image ID or digest. The client parses the target
with ParseNormalizedNamed (moby v28.5.2 client/image_tag.go), which refuses a whole name of 64
hexadecimal digits before anything else (vendor/github.com/distribution/reference/normalize.go);
`sha256:<hex>` parses (repository "sha256", that tag), and the daemon refuses it, as any tag of
the repository "sha256", before it even looks the source image up
(api/server/router/image/image_routes.go postImagesTag: FamiliarName == digest.Canonical).
A 64-digit name with a tag, or "sha256" under another namespace, is an ordinary name.

  $ docker tag node:14 b460590c3eb70c9c22bde35ba214854942d2f1455347fa321d70e9e862ccf94c
  Error parsing reference: "b460590c3eb70c9c22bde35ba214854942d2f1455347fa321d70e9e862ccf94c" is not a valid repository/tag: invalid repository name (b460590c3eb70c9c22bde35ba214854942d2f1455347fa321d70e9e862ccf94c), cannot specify 64-byte hexadecimal strings
  [1]
  $ docker tag node:14 sha256:b460590c3eb70c9c22bde35ba214854942d2f1455347fa321d70e9e862ccf94c
  Error response from daemon: refusing to create an ambiguous tag using digest algorithm as name
  [1]
  $ docker tag no-such-image docker.io/library/sha256
  Error response from daemon: refusing to create an ambiguous tag using digest algorithm as name
  [1]
  $ docker tag no-such-image me/sha256
  Error response from daemon: No such image: no-such-image:latest
  [1]
  $ docker tag node:14 me/sha256:v1
  $ docker tag node:14 b460590c3eb70c9c22bde35ba214854942d2f1455347fa321d70e9e862ccf94c:v1
  $ docker images --format '{{.Repository}}:{{.Tag}}'
  b460590c3eb70c9c22bde35ba214854942d2f1455347fa321d70e9e862ccf94c:v1
  me/sha256:v1
  node:14
