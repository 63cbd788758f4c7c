"""touch sets a file's mtime (fs.Node.mtime), which `nodemon -L` polls (issue 19); snapshots pickled
before nodes kept one still load, and their running nodemons do not restart for nothing."""

from __future__ import annotations

import hashlib
import pickle

import pytest

from app.engine import apply
from app.engine.fs import FILE, Node
from app.engine.nodemon import fingerprint
from tests.helpers import run

PROJECT = "/home/learner/feedback-app"
DEV = ["npm install --save-dev nodemon",
       "sed -i 's/\"main\": \"server.js\",/&\\n  \"scripts\": {\\n    \"start\": \"nodemon -L server.js\"\\n  },/' package.json",
       "sed -i 's/\"node\", \"server.js\"/\"npm\", \"start\"/' Dockerfile",
       "docker build -q -t dev .",
       "docker run -d --name bound -v \"$(pwd):/app\" -v /app/node_modules dev"]


def test_a_node_pickled_without_an_mtime_loads_with_none_set(monkeypatch: pytest.MonkeyPatch) -> None:
    # pickled as a Node was before it had an mtime: its six fields
    monkeypatch.setattr(Node, "__getstate__", lambda n: [n.kind, n.data, n.size, n.mode, n.uid, n.opaque])
    old = pickle.dumps(Node(FILE, "x", 1, 0o644, 1000, False, 9))
    monkeypatch.undo()
    node = pickle.loads(old)
    assert isinstance(node, Node) and node == Node(FILE, "x", 1, 0o644, 1000, False, 0)
    touched = Node(FILE, "x", 1, mtime=5)
    assert pickle.loads(pickle.dumps(touched)) == touched


def test_touch_on_the_host_keeps_the_bytes_and_sets_the_mtime_to_the_clock() -> None:
    world, _ = run("touch server.js")
    node = world.host.get(f"{PROJECT}/server.js")
    assert node is not None and node.mtime == world.clock
    before, _ = run()
    old = before.host.get(f"{PROJECT}/server.js")
    assert old is not None and (old.data, old.size, old.mtime) == (node.data, node.size, 0)


def test_an_untouched_projects_digest_is_what_it_was_before_mtimes() -> None:
    """A saved session's nodemon kept the digest made without mtimes: it must still match."""
    world, _ = run(*DEV)
    c = world.container_by_name("bound")
    assert c is not None and c.process.get("nodemon")
    digest = hashlib.sha256()
    todo = ["/app"]
    from app.engine.views import ContainerView

    view = ContainerView(world, c)
    while todo:
        d = todo.pop()
        for name in view.children(d):
            path = f"{d}/{name}"
            node = view.get(path)
            assert node is not None
            if node.kind == "d":
                if name != "node_modules":
                    todo.append(path)
            elif name.rsplit(".", 1)[-1] in ("js", "mjs", "json") and "." in name:
                digest.update(f"{path}\0{node.size}\0{node.data}\0".encode())
    assert fingerprint(world, c, "/app") == digest.hexdigest() == c.process["watch"]
    touched = apply(world, "touch server.js").world
    assert touched.containers[c.id].process["restarts"] == 1
