"""A terminal attached to a container: interactive shells and foreground commands (issue 17,
points 22 and 23)."""

from __future__ import annotations

import io
import pickle

from app.engine import apply, initial_world
from app.engine.attached import prompt
from app.sim import run as sim_run
from tests.helpers import BUILD, out, run

APP = "docker run -d --name feedback-app feedback-node"


def test_run_it_busybox_is_a_shell_inside_the_container_until_exit() -> None:
    w, r = run("docker run -it --name bx busybox sh")
    assert w.attached is not None and prompt(w) == "/ # "
    w, r = run("touch /x", "cd /tmp", world=w)
    assert prompt(w) == "/tmp # "
    c = w.container_by_name("bx")
    assert c is not None and "/x" in c.rw and c.running
    assert "/x" not in w.host  # the line ran inside, not on the host
    w, r = run("exit 3", world=w)
    assert r[-1].exit_code == 3 and w.attached is None and prompt(w) is None
    c = w.container_by_name("bx")
    assert c is not None and c.state == "exited" and c.exit_code == 3


def test_prompts_are_each_shells_own() -> None:
    w, _ = run(BUILD, APP, "docker exec -it feedback-app bash")
    c = w.container_by_name("feedback-app")
    assert c is not None and prompt(w) == f"root@{c.id[:12]}:/app# "
    w, _ = run("cd", world=w)
    assert prompt(w) == f"root@{c.id[:12]}:~# "
    w, r = run("exit", "docker exec -it feedback-app sh", world=w)
    assert out(r[0]) == ["exit"]  # interactive bash says it is leaving
    assert prompt(w) == "# "  # dash as root
    w, _ = run("exit", "docker exec -i feedback-app sh", world=w)
    assert prompt(w) == ""  # no terminal, no prompt
    assert out(run("ls /app/feedback; echo $?", world=w)[1][0]) == ["0"]


def test_rm_and_ctrl_d_leave_with_the_last_status() -> None:
    w, r = run("docker run -it --rm ubuntu", "false", "^D")
    assert r[-1].exit_code == 1 and out(r[-1]) == ["exit"]
    assert w.attached is None and not w.containers  # --rm removed it when its shell ended


def test_without_i_the_shell_ends_at_once() -> None:
    w, r = run("docker run --name qq busybox sh")
    assert w.attached is None and r[-1].exit_code == 0
    c = w.container_by_name("qq")
    assert c is not None and c.state == "exited"


def test_attached_run_holds_until_the_third_ctrl_c() -> None:
    w, r = run(BUILD, "docker run --name att feedback-node")
    assert w.attached is not None and prompt(w) == ""
    w, r = run("^C", "^C", world=w)
    assert w.attached is not None and out(r[-1]) == []
    w, r = run("^C", world=w)
    assert out(r[-1]) == ["got 3 SIGTERM/SIGINTs, forcefully exiting"] and r[-1].exit_code == 1
    c = w.container_by_name("att")
    assert w.attached is None and c is not None and c.running  # the container runs on


def test_init_dies_of_ctrl_c_and_sig_proxy_false_does_not_forward() -> None:
    w, r = run(BUILD, "docker run --init --name tt feedback-node", "^C")
    c = w.container_by_name("tt")
    assert r[-1].exit_code == 130 and c is not None and c.exit_code == 130
    w, r = run("docker run --init --sig-proxy=false --name uu -p 3001:80 feedback-node", "^C", world=w)
    c = w.container_by_name("uu")
    assert w.attached is not None and c is not None and c.running


def test_held_terminal_shows_what_the_container_prints_and_ends_with_it() -> None:
    w, _ = run(BUILD, "docker run -d -p 3000:80 -v /app/feedback --name aa feedback-node", "docker logs -f aa")
    assert w.attached is not None
    # a line typed meanwhile runs on the host, as in a second terminal; the held one shows the
    # app's warning (the save crosses into the volume: EXDEV)
    w, r = run("curl -s -m 1 -X POST -d title=x -d text=y localhost:3000/create", world=w)
    assert any("UnhandledPromiseRejectionWarning" in t for t in out(r[-1]))
    w, r = run("docker restart aa", world=w)
    assert w.attached is None  # the container stopped: logs -f ended with it
    w, r = run("docker logs -f aa", "^C", world=w)
    assert r[-1].exit_code == 130 and w.attached is None


def test_detach_keys_only_with_a_raw_terminal() -> None:
    w, r = run("docker run -dit --name bb busybox", "docker attach bb", "cd /tmp", "^P^Q")
    assert out(r[-1]) == ["read escape sequence"] and r[-1].exit_code == 1
    c = w.container_by_name("bb")
    assert c is not None and c.running
    w, r = run("docker attach bb", "pwd", world=w)
    assert out(r[-1]) == ["/tmp"]  # the same shell, where it was left
    w, r = run("exit", "docker run -i --name ii busybox sh", "^P^Q", world=w)
    assert w.attached is not None  # no terminal: the keys are just bytes


def test_keys_at_the_learner_prompt() -> None:
    w, r = run("^C", "echo $?")
    assert out(r[-1]) == ["130"]
    w, r = run("^P^Q", "^D", world=w)
    assert out(r[-1]) == [] and w.attached is None


def test_attach_refuses_a_stopped_container() -> None:
    w, r = run("docker create --name cc busybox", "docker attach cc")
    assert r[-1].exit_code == 1
    assert r[-1].text == ["You cannot attach to a stopped container, start it first"]


def test_apply_never_changes_the_world_it_is_given_and_state_pickles() -> None:
    w, _ = run("docker run -it --name bx busybox sh")
    before = pickle.dumps(w)
    r = apply(w, "touch /y")
    assert pickle.dumps(w) == before and r.world.attached is not None
    assert pickle.loads(pickle.dumps(r.world)).attached == r.world.attached


def test_replay_gives_the_same_terminal() -> None:
    lines = ["docker run -it busybox sh", "cd /tmp", "echo a > f", "^C", "exit"]
    w = initial_world()
    for line in lines:
        w = apply(w, line).world
    again = initial_world()
    for line in lines:
        again = apply(again, line).world
    assert pickle.dumps(w) == pickle.dumps(again)


def test_sim_prints_the_container_prompt_when_interactive() -> None:
    buf = io.StringIO()
    sim_run(io.StringIO("docker run -it busybox sh\ncd /tmp\nexit\n"), buf, interactive=True)
    text = buf.getvalue()
    assert "/ # /tmp # learner@layerlab:~/feedback-app$ " in text


def test_start_ai_enters_a_new_shell_and_start_a_ends_at_ctrl_c() -> None:
    w, r = run("docker run -it --name sx busybox sh", "cd /tmp", "exit", "docker start -ai sx")
    assert prompt(w) == "/ # " and out(r[-1]) == []  # a new process: not the old one's directory
    w, r = run("exit 4", "docker start -a sx", world=w)
    assert out(r[-1]) == ["/ # "] and w.attached is not None and w.attached.command == "start"
    w, r = run("^C", world=w)
    c = w.container_by_name("sx")
    assert r[-1].exit_code == 0 and w.attached is None and c is not None and c.running


def test_node_alone_with_it_is_its_repl() -> None:
    w, r = run("docker run -it --name n1 node:14")
    assert out(r[-1]) == ["Welcome to Node.js v14.21.3.", 'Type ".help" for more information.']
    assert prompt(w) == "> "
    w, r = run("^C", world=w)
    assert out(r[-1]) == ["(To exit, press Ctrl+C again or Ctrl+D or type .exit)"] and w.attached is not None
    w, r = run("process.exit(3)", world=w)
    c = w.container_by_name("n1")
    assert r[-1].exit_code == 3 and c is not None and c.exit_code == 3 and w.attached is None
