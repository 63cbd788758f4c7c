"""What to do next after the slips learners make most, said in the narration above the picture.

The terminal shows the error exactly as Docker or the shell prints it; for a learner new to both,
"pull access denied for feedback-node, repository does not exist" after a run typed before the build,
or "bash: dokcer: command not found", did not say what to do next, and the narration under it read
only "Nothing in images, containers or volumes changed." Each sentence here names the slip and the
command that gets the learner on, from what the command printed and the world it left."""

from __future__ import annotations

import gettext
import re

from app.engine.copyflags import closest
from app.engine.world import World

from .i18n import N_

# The host commands the lessons use: a word a typo away from one of them was meant to be it.
COMMANDS = ["docker", "ls", "cat", "curl", "sudo", "echo", "mkdir", "touch", "sed", "cd", "rm", "pwd"]

_NOT_FOUND = re.compile(r"^(?:bash|sh): (?:line \d+: )?(\S+): command not found$")
_NO_IMAGE = re.compile(r"^Unable to find image '([^']+)' locally$")
_PULL_DENIED = "docker: Error response from daemon: pull access denied"
_NAME_TAKEN = re.compile(r'The container name "/([^"]+)" is already in use by container')
_NO_CONTAINER = re.compile(r"^Error response from daemon: No such container: (\S+)$")
_PORT_TAKEN = re.compile(r"on endpoint (\S+) \(\w+\): Bind for [\d.:\[\]]*:(\d+) failed: port is already allocated")

TYPO = N_("{typed} is not a command. Did you mean {command}? ↑ brings the line back to fix.")
BUILD_FIRST = N_("No image {image} yet, and no registry has one: build it first with docker build -t {image} .")
NO_SUCH_IMAGE = N_("No image {image} here, and no registry has one: docker images lists the images you have.")
NAME_TAKEN = N_("The name {container} is taken (docker ps -a lists it): remove that one with docker rm -f "
                "{container}, or pick another --name.")
NO_CONTAINER = N_("There is no container {typed}. Did you mean {container}? ↑ brings the line back to fix.")
APP_EXITED = N_("{container} started and exited at once (exit code {code}): docker logs {container} shows why.")
PORT_TAKEN = N_("Port {port} is taken by {container}: {new} was created but not started. docker rm {new}, then "
                "run it with {publish} (or stop {container} first).")


def next_step(line: str, output: list[str], exit_code: int, before: World, world: World,
              t: gettext.NullTranslations) -> str | None:
    """The sentence for the slip a command shows (None: no slip known)."""
    if not exit_code:
        return _app_exited(before, world, t)
    for i, text in enumerate(output):
        m = _NOT_FOUND.match(text)
        if m and line.lstrip().startswith(m.group(1)):
            meant = closest(m.group(1), COMMANDS)
            if meant and meant != m.group(1):
                return t.gettext(TYPO).format(typed=m.group(1), command=meant)
        m = _NO_IMAGE.match(text)
        if m and any(later.startswith(_PULL_DENIED) for later in output[i + 1:i + 3]):
            image = m.group(1).removesuffix(":latest")
            if world.host.get(f"{world.cwd}/Dockerfile") is not None:
                return t.gettext(BUILD_FIRST).format(image=image)
            return t.gettext(NO_SUCH_IMAGE).format(image=image)
        m = _NAME_TAKEN.search(text)
        if m:
            return t.gettext(NAME_TAKEN).format(container=m.group(1))
        m = _NO_CONTAINER.match(text)
        if m:
            meant = closest(m.group(1), sorted(c.name for c in world.containers.values()))
            if meant:
                return t.gettext(NO_CONTAINER).format(typed=m.group(1), container=meant)
        m = _PORT_TAKEN.search(text)
        if m:
            return _port_taken(m.group(1), int(m.group(2)), world, t)
    return None


def _port_taken(new: str, port: int, world: World, t: gettext.NullTranslations) -> str | None:
    """A run whose host port another running container publishes: Docker created the container and
    could not start it (daemon/start.go: the endpoint's port binding fails)."""
    holder = next((c for c in world.containers.values()
                   if c.state == "running" and c.name != new and any(h == port for h, _ in c.ports)), None)
    created = next((c for c in world.containers.values() if c.name == new), None)
    if holder is None or created is None:
        return None
    inside = next((cp for h, cp in created.ports if h == port), 80)
    taken = {h for c in world.containers.values() if c.state == "running" for h, _ in c.ports}
    free = next((p for p in range(port + 1, port + 100) if p not in taken), port + 100)
    return t.gettext(PORT_TAKEN).format(port=port, container=holder.name, new=new, publish=f"-p {free}:{inside}")


def _app_exited(before: World, world: World, t: gettext.NullTranslations) -> str | None:
    """The demo app's container that this line started and that ended at once with an error (no
    express under a bind-mounted /app, a broken server.js): `docker run -d` printed only its ID and
    exited 0, and the narration said it was created."""
    for c in world.containers.values():
        was = before.containers.get(c.id)
        if c.state == "exited" and c.exit_code and "server.js" in " ".join(c.entrypoint + c.cmd) \
                and (was is None or was.started_at != c.started_at):
            return t.gettext(APP_EXITED).format(container=c.name, code=c.exit_code)
    return None
