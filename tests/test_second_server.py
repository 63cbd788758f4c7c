"""A second server started by docker exec beside a container's main process (nodeapp.start_node
with beside): it fails on the port the main process holds, and the main process's state stays."""

from __future__ import annotations

import copy

from tests.helpers import BUILD, out, run

RUN_APP = "docker run -d -p 3000:80 --name web feedback-node"
NODEMON_SCRIPT = ("sed -i 's/\"main\": \"server.js\",/&\\n  \"scripts\": {\\n    \"start\": \"nodemon -L server.js\"\\n  },/' "
                  "package.json")
NODEMON_DEP = "sed -i 's/\"express\": \"^4.17.1\"/\"express\": \"^4.17.1\",\\n    \"nodemon\": \"^2.0.4\"/' package.json"
NPM_CMD = "sed -i 's/^CMD.*/CMD [\"npm\", \"start\"]/' Dockerfile"


def test_exec_node_fails_on_the_taken_port_and_the_main_process_serves_on() -> None:
    w, _ = run(BUILD, RUN_APP)
    c = w.container_by_name("web")
    assert c is not None
    before = copy.deepcopy(c.process)
    w, r = run("docker exec web node server.js", "curl -s localhost:3000", world=w)
    assert r[0].exit_code == 1
    assert "Error: listen EADDRINUSE: address already in use :::80" in out(r[0])
    assert "    at Object.<anonymous> (/app/server.js:40:5)" in out(r[0])
    c = w.container_by_name("web")
    assert c is not None and c.process == before
    assert out(r[1])[0] == "<!DOCTYPE html>"


def test_exec_npm_start_beside_nodemon_leaves_the_main_process_alone() -> None:
    w, _ = run(NODEMON_SCRIPT, NODEMON_DEP, NPM_CMD, "docker build -q -t dev .",
               "docker run -d -p 3000:80 --name web dev")
    c = w.container_by_name("web")
    assert c is not None and c.process.get("nodemon") == "server.js"
    before = copy.deepcopy(c.process)
    w, r = run("docker exec web npm start", "curl -s localhost:3000", world=w)
    assert r[0].exit_code == 1
    assert out(r[0]) == ["layerlab: npm start beside a container's main process is not simulated"]
    c = w.container_by_name("web")
    assert c is not None and c.process == before
    assert out(r[1])[0] == "<!DOCTYPE html>"


def test_a_second_server_on_another_port_is_refused_and_changes_nothing() -> None:
    w, _ = run(BUILD, RUN_APP, "docker exec web sh -c 'sed s/80/81/ server.js > other.js'")
    c = w.container_by_name("web")
    assert c is not None
    before = copy.deepcopy(c.process)
    w, r = run("docker exec web node other.js", "curl -s localhost:3000", world=w)
    assert r[0].exit_code == 1
    assert out(r[0]) == ["layerlab: a second server beside the container's main process is not simulated"]
    c = w.container_by_name("web")
    assert c is not None and c.process == before
    assert out(r[1])[0] == "<!DOCTYPE html>"
