"""nodemon 2.0 running the feedback app: its startup lines, and a restart when a file it watches changes.

The wording is nodemon 2.0.22's (lib/nodemon.js, lib/monitor/run.js, lib/monitor/watch.js). nodemon
colours its lines (lib/utils/colour.js, on by default even without a terminal), so `docker logs`
really carries ANSI colour codes around them; the simulated terminal shows the text without them.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

from . import budget, nodeapp
from .fs import DIR, join, normpath
from .localvolumes import volume_backing
from .views import ContainerView
from .world import Container, World

VERSION = "2.0.22"
# ignore-by-default's directories(), which nodemon never watches (lib/config/defaults.js ignoreRoot)
IGNORED_DIRS = {".git", ".nyc_output", ".sass-cache", "bower_components", "coverage", "node_modules"}
# the extensions nodemon watches for a .js script (lib/config/exec.js: "js,mjs" + ",json")
EXTENSIONS = ("js", "mjs", "json")
MAX_WATCHED = 2000  # files looked at per container and command; nodemon's own limit is the machine's


def script_of(words: list[str]) -> str | None:
    """The script `nodemon [options] script` runs (None when there is none)."""
    takes_value = {"-w", "--watch", "-e", "--ext", "-i", "--ignore", "-x", "--exec", "-d", "--delay",
                   "--signal", "--config"}
    skip = False
    for w in words[1:]:
        if skip:
            skip = False
        elif w in takes_value:
            skip = True
        elif not w.startswith("-"):
            return w
    return None


def start(world: World, c: Container, script: str, cwd: str) -> list[str]:
    """nodemon's startup lines and the app's first start; nodemon itself keeps running."""
    lines = [f"[nodemon] {VERSION}", "[nodemon] to restart at any time, enter `rs`",
             "[nodemon] watching path(s): *.*", f"[nodemon] watching extensions: {','.join(EXTENSIONS)}"]
    lines += _run_app(world, c, script, cwd)
    c.process["watch"] = fingerprint(world, c, cwd)
    return lines


def _run_app(world: World, c: Container, script: str, cwd: str) -> list[str]:
    lines = [f"[nodemon] starting `node {script}`"]
    code, logs = nodeapp.start_node(world, c, normpath(script, cwd))
    lines += logs
    if code is not None:
        # the app died, nodemon did not: the container keeps running and waits for an edit
        lines.append("[nodemon] app crashed - waiting for file changes before starting...")
        c.process.update(kind="app", port=None)
    c.process.update(nodemon=script, cwd=cwd)
    return lines


# Digests already taken, by what they were taken from (see _sources), with the steps of work each
# took. Every command asks each running nodemon whether its files changed, and walking them was most
# of a command's engine time in the lessons with nodemon (and the lesson's checks ask again).
_TAKEN: OrderedDict[tuple[object, ...], tuple[str, int]] = OrderedDict()
_TAKEN_KEPT = 1024
_taken_guard = threading.Lock()


def _sources(world: World, c: Container, cwd: str) -> tuple[object, ...]:
    """What a container's files depend on, by the trees' revisions (fs.Tree.rev: a tree's content
    within this process): its image (whose layers never change), its own layer, the host's files
    (bind mounts and volumes live there), its tmpfs mounts, its mounts and its address (the init
    layer's /etc/hosts)."""
    mounts = tuple((m.type, m.source, m.destination, m.subpath,
                    volume_backing(world, m.source) if m.type == "volume" else "") for m in c.mounts)
    tmpfs = tuple((k, t.rev) for k, t in sorted(c.tmpfs.items()))
    return c.id, c.image_id, c.ip, c.hostname, cwd, c.rw.rev, world.host.rev, tmpfs, mounts


def fingerprint(world: World, c: Container, cwd: str) -> str:
    """A digest of the files nodemon watches in cwd, as the container sees them: their bytes and
    their mtimes, which is what `nodemon -L` polls (a touch restarts it). Taken again only when
    something they come from changed; the work it took is counted again when it is not."""
    key = _sources(world, c, cwd)
    with _taken_guard:
        hit = _TAKEN.get(key)
        if hit is not None:
            _TAKEN.move_to_end(key)
    if hit is not None:
        budget.current().step(hit[1])
        return hit[0]
    work = budget.current()
    before = work.steps
    digest = _digest(world, c, cwd)
    with _taken_guard:
        _TAKEN[key] = (digest, work.steps - before)
        while len(_TAKEN) > _TAKEN_KEPT:
            _TAKEN.popitem(last=False)
    return digest


def _digest(world: World, c: Container, cwd: str) -> str:
    view = ContainerView(world, c)
    digest = hashlib.sha256()
    todo = [cwd]
    seen = 0
    while todo and seen < MAX_WATCHED:
        d = todo.pop()
        for name in view.children(d):
            path = join(d, name)
            node = view.get(path)
            seen += 1
            if node is None:
                continue
            if node.kind == DIR:
                if name not in IGNORED_DIRS:
                    todo.append(path)
            elif name.rsplit(".", 1)[-1] in EXTENSIONS and "." in name:
                # the mtime only once a touch set it: a digest of untouched files is what it was
                # before nodes kept one, so a nodemon in a saved session does not restart for nothing
                stamp = f"{node.mtime}\0" if node.mtime else ""
                digest.update(f"{path}\0{node.size}\0{node.data}\0{stamp}".encode())
    return digest.hexdigest()


def watch(world: World) -> None:
    """Restart the app in every running nodemon whose watched files changed since it last looked
    (an edit on the host through a bind mount, or one made inside the container)."""
    for c in world.containers.values():
        if not c.running or c.paused or not c.process.get("nodemon"):  # (paused: it sees the edit once thawed)
            continue
        cwd = c.process.get("cwd", c.workdir or "/")
        now = fingerprint(world, c, cwd)
        if now == c.process.get("watch"):
            continue
        script = c.process["nodemon"]
        lines = ["[nodemon] restarting due to changes...", *_run_app(world, c, script, cwd)]
        c.process["watch"] = now
        c.process["restarts"] = c.process.get("restarts", 0) + 1
        nodeapp.append_logs(c, lines, world.clock)
