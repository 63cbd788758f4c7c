"""Where `docker build` takes its Dockerfile and its context from: a folder, or standard input.

`docker build` in Docker 28.5 runs buildx (docker-buildx-plugin 0.29), whose loadInputs
(build/opt.go) decides: context `-` reads standard input, a tar archive there is the context,
anything else is the Dockerfile with an empty folder as the context; `-f -` reads the Dockerfile
from standard input and keeps the folder as the context. Either way the Dockerfile is written to
a temporary folder as `Dockerfile`, the name the progress shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dockercli import Args, Ctx, DockerError
from .fs import DIR, FILE, join, normpath
from .views import HostView

STDIN = "-"


@dataclass(frozen=True)
class BuildInputs:
    """The Dockerfile's text and name, and the context folder (None: an empty one)."""

    dockerfile: str
    size: int  # bytes of the Dockerfile as transferred
    name: str  # "[internal] load build definition from NAME"
    root: str | None


def build_inputs(ctx: Ctx, args: Args) -> BuildInputs:
    """The build's inputs, or the error buildx gives before it starts the build."""
    context_arg = args.positional[0]
    df_arg = args.get("file")
    stdin = ctx.io.stdin or ""
    if context_arg == STDIN:
        if df_arg == STDIN:
            raise DockerError("ERROR: failed to build: invalid argument: "
                              "can't use stdin for both build context and dockerfile")
        if not stdin:
            # nothing to read: no folder is shared with BuildKit at all, so reading the
            # Dockerfile finds no local source (buildkit session/filesync FSSync)
            raise DockerError("ERROR: failed to build: failed to solve: failed to read dockerfile: "
                              "no local sources enabled")
        if df_arg:
            raise DockerError("ERROR: failed to build: ambiguous Dockerfile source: "
                              "both stdin and flag correspond to Dockerfiles")
        return BuildInputs(stdin, len(stdin.encode()), "Dockerfile", None)
    sh = ctx.shell
    root = normpath(context_arg, sh.cwd)
    node = HostView(ctx.world, sh.view.uid).get(root) if not root.startswith("/var/lib/docker") else None
    if node is None or node.kind != DIR:
        raise DockerError(f'ERROR: failed to build: unable to prepare context: path "{context_arg}" not found')
    if df_arg == STDIN:
        return BuildInputs(stdin, len(stdin.encode()), "Dockerfile", root)
    df_path = normpath(df_arg, sh.cwd) if df_arg else join(root, "Dockerfile")
    df = ctx.world.host.get(df_path)
    name = (df_arg or "Dockerfile").rsplit("/", 1)[-1]
    if df is None or df.kind != FILE:
        raise DockerfileMissing(name)
    return BuildInputs(df.data, df.size, name, root)


class DockerfileMissing(DockerError):
    """No Dockerfile where -f (or the context) says: BuildKit's frontend finds none in what the
    "[internal] load build definition" step transferred (frontend/dockerui/config.go)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"ERROR: failed to build: failed to solve: failed to read dockerfile: open {name}: "
                         "no such file or directory")
        self.name = name
