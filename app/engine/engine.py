"""The engine's one entry point: apply(world, line) -> Result, and the initial world."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import attached, budget, hostroot, nodemon, shellarrays
from .budget import OverBudget, OverTime
from .docker import docker_tool
from .dockercli import NeedAnswer
from .fs import LEARNER_UID, ROOT_UID, dir_node, file_node
from .images import initial_images
from .lifecycle import tick
from .shell import ExitShell, Shell, define_functions
from .shellbuiltins import at_prompt, keep, kept_size, restore
from .toolkit import ERR, GNU, IO, Terminal
from .tools.procps import HOST_SHELL_PID
from .views import HostView
from .world import EPOCH, MAX_VARIABLE_BYTES, World

HOME = "/home/learner"
PROJECT = f"{HOME}/feedback-app"
MAX_LINE = 8192
PROJECT_FILES = ("Dockerfile", "package.json", "server.js", "pages/feedback.html", "pages/exists.html",
                 "public/styles.css")


@dataclass
class Result:
    """What one command line did: the new world, the terminal lines, the exit status."""

    world: World
    lines: list[tuple[int, str]] = field(default_factory=list)
    exit_code: int = 0
    prompt: list[str] | None = None  # the command asks this first; call again with answer=
    work: int = 0  # budget steps the line took (app/engine/budget.py)

    @property
    def text(self) -> list[str]:
        return [t for _, t in self.lines]


@lru_cache(maxsize=1)
def _project_sources() -> dict[str, str]:
    root = Path(__file__).parent / "project"
    return {rel: (root / rel).read_text() for rel in PROJECT_FILES}


def initial_world(seed: int = 0) -> World:
    """The learner's machine at the start: the project folder, node:14, nothing else."""
    world = World(seed=seed)
    host = hostroot.host_tree()  # Ubuntu's root, shared by every world (hostroot.py)
    host.set("/var/lib/docker", dir_node(mode=0o710))
    host.set("/var/lib/docker/volumes", dir_node(mode=0o701))
    # what the daemon keeps beside the volumes: its volume store and the quota helper device
    host.set("/var/lib/docker/volumes/backingFsBlockDev", file_node("", mode=0o600, size=0))
    host.set("/var/lib/docker/volumes/metadata.db", file_node("", mode=0o600, size=32768))
    host.set("/home", dir_node())
    host.set(HOME, dir_node(LEARNER_UID))
    host.set(PROJECT, dir_node(LEARNER_UID))
    for rel, text in _project_sources().items():
        parent = f"{PROJECT}/{rel}".rsplit("/", 1)[0]
        if parent not in host:
            host.set(parent, dir_node(LEARNER_UID))
        host.set(f"{PROJECT}/{rel}", file_node(text, LEARNER_UID))
    host.set(f"{PROJECT}/feedback", dir_node(LEARNER_UID))
    host.set(f"{PROJECT}/temp", dir_node(LEARNER_UID))
    world.host = host
    world.cwd = PROJECT
    initial_images(world)
    return world


_HOST_ENV = {"HOME": HOME, "USER": "learner", "LOGNAME": "learner", "SHELL": "/bin/bash",
             "PATH": "/usr/local/bin:/usr/bin:/bin", "LANG": "C.UTF-8"}


# What a line gets when something in it nests deeper than Python's stack and no limit of its own
# said so first (each parser and expander that recurses has one: $( ) and sh -c, functions, [[ ]],
# awk, templates, Dockerfile words...): no guess at which it was.
DEEPER = ("layerlab: something in this command line nests deeper than the simulated terminal follows; "
          "nothing was changed")


def _kept_bytes(w: World, sh: Shell) -> int:
    """What the terminal's shell keeps from this line to the next: variables, arrays, positional
    parameters, functions and the rest (aliases, history...)."""
    kept = sum(len(k) + len(v or "") for k, v in (w.shell_vars or {}).items()) + kept_size(w.shell_kept)
    kept += sum(len(v) + 8 for array in sh.arrays.values() for v in array.values())
    return kept + sum(len(p) for p in sh.positional) + sum(len(k) + len(v) for k, v in (w.shell_functions or {}).items())


def host_shell(world: World, answer: str | None = None, uid: int = LEARNER_UID) -> Shell:
    env = {**_HOST_ENV, "OLDPWD": world.cwd}  # until a cd sets it (kept in shell_vars)
    for name, value in (world.shell_vars or {}).items():  # what earlier lines set or unset
        if value is None:
            env.pop(name, None)
        else:
            env[name] = value
    sh = Shell(world, HostView(world, uid), GNU, "host", world.cwd, env, name="bash", status=world.status, utf8=True,
               reads="terminal", pid=HOST_SHELL_PID, ppid=HOST_SHELL_PID - 8, spawns=0)
    sh.extra = {"docker": docker_tool(answer)}
    for source in (world.shell_functions or {}).values():  # what earlier lines defined
        define_functions(sh, source)
    sh.positional = list(world.shell_params or [])
    sh.options = set(world.shell_options or ())
    sh.arrays = shellarrays.copied(world.shell_arrays or {})
    sh.started = EPOCH  # the terminal's bash started with the session (its $SECONDS count from there)
    restore(sh, world.shell_kept)  # aliases, history, pushd stack, umask, hashed programs, jobs
    return sh


def _shell_vars(env: dict[str, str], keep_oldpwd: bool) -> dict[str, str | None] | None:
    """The host shell's variables that differ from its starting ones (None: unset), kept for the
    next line: a variable set on one line is there on the next, as in one bash session. OLDPWD
    is kept once a cd has moved the shell (before, it stands for the directory the line began in)."""
    if not keep_oldpwd:
        env = {k: v for k, v in env.items() if k != "OLDPWD"}
    changed: dict[str, str | None] = {k: v for k, v in env.items() if _HOST_ENV.get(k) != v}
    changed.update({k: None for k in _HOST_ENV if k not in env})
    return changed or None


def apply(world: World, line: str, answer: str | None = None, *, deadline: float | None = None) -> Result:
    """Run one command line on a copy of world. The input world is never changed.

    The line runs within a work budget (app/engine/budget.py): past MAX_STEPS steps, MAX_STREAM
    characters through pipes and $( ), MAX_NESTING levels of $( ) or sh -c, or REGEX_CALL_SECONDS
    for one match of a learner's regex (REGEX_SECONDS for all of them), it ends with a message naming the limit, a non-zero status and the input
    world unchanged. Terminal output past MAX_OUTPUT is dropped and counted in one final note.

    deadline is a time.monotonic() value. When the engine notices at a budget checkpoint that it
    has passed, it raises OverTime, which apply does not turn into a Result: the caller abandons
    the run (and may run the same line again without a deadline elsewhere, which gives the result
    the first run would have given). A deadline never changes any output.
    """
    if len(line) > MAX_LINE:
        return Result(world, [(ERR, f"layerlab: this command line is {len(line)} characters long; "
                                    f"the simulated terminal takes at most {MAX_LINE}")], 2)
    with budget.opened(deadline) as spent:
        w = world.clone()
        w.clock += 1
        tick(w)
        sh = host_shell(w, answer)
        terminal = Terminal()
        io = IO(terminal)
        try:
            if w.attached is not None:  # the terminal is inside a container, or held by one
                code = attached.step(w, line, io, lambda text: sh.run_line(text, io))
            elif line in attached.KEYS:  # a key at the learner's own prompt
                code = attached.host_key(w, line)
            else:
                code = at_prompt(sh, line, io)
            nodemon.watch(w)  # a running nodemon sees the files this line changed
        except ExitShell as exc:
            code = int(exc.args[0])
        except NeedAnswer as need:
            return Result(world, [], 0, prompt=[*list(need.prompts), need.question])
        except OverBudget as over:
            return Result(world, _noted(terminal) + [(ERR, over.message)], over.code, work=spent.steps)
        except RecursionError:  # a path no limit above foresaw: still a clean answer, never a crash
            return Result(world, _noted(terminal) + [(ERR, DEEPER)], 2, work=spent.steps)
    w.cwd = sh.cwd
    w.status = code
    w.shell_vars = _shell_vars(sh.env, "OLDPWD" in (world.shell_vars or {}) or sh.cwd != world.cwd)
    w.shell_functions = {name: fn.source for name, fn in sh.functions.items()} or None
    w.shell_params = list(sh.positional) or None
    w.shell_options = frozenset(sh.options) or None
    w.shell_arrays = shellarrays.copied(sh.arrays) or None
    w.shell_kept = keep(sh)
    kept = _kept_bytes(w, sh)
    if kept > MAX_VARIABLE_BYTES:  # they live in the session as long as it does
        return Result(world, _noted(terminal) + [(ERR, (
            f"layerlab: the shell's variables and functions would hold {budget.human_size(kept)}; the simulated terminal keeps "
            f"at most {MAX_VARIABLE_BYTES // (1024 * 1024)} MiB of them from one line to the next; nothing was changed"))],
            1, work=spent.steps)
    if sh.elapsed:
        w.clock += sh.elapsed
        tick(w)
        if w.attached is not None:  # a held terminal shows what came while the line slept
            attached.follow(w, io)
    w.history_size += 1
    return Result(w, _noted(terminal), code, work=spent.steps)


def _noted(terminal: Terminal) -> list[tuple[int, str]]:
    """The terminal's lines, with the truncation note last when output was dropped."""
    note = terminal.note()
    return list(terminal) if note is None else [*terminal, (ERR, note)]


__all__ = ["ROOT_UID", "OverTime", "Result", "apply", "initial_world"]
