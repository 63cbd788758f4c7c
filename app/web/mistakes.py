"""What to do next after the slips learners make most, said in the narration above the picture.

The terminal shows the error exactly as Docker or the shell prints it; for a learner new to both,
"pull access denied for feedback-node, repository does not exist" after a run typed before the build,
or "bash: dokcer: command not found", did not say what to do next, and the narration under it read
only "Nothing in images, containers or volumes changed." Each sentence here names the slip and the
command that gets the learner on, from what the command printed and the world it left."""

from __future__ import annotations

import gettext
import re
import shlex

from app.engine.copyflags import closest
from app.engine.world import World

from .i18n import N_

# The host commands the lessons use: a word a typo away from one of them was meant to be it.
COMMANDS = ["docker", "ls", "cat", "curl", "sudo", "echo", "mkdir", "touch", "sed", "cd", "rm", "pwd"]

_NOT_FOUND = re.compile(r"^(?:bash|sh): (?:line \d+: )?(\S+): command not found$")
# docker's own commands the lessons use, and those of its groups: a word a typo away was meant
DOCKER_COMMANDS = ["build", "run", "ps", "images", "image", "container", "volume", "exec", "logs", "stop", "start",
                   "restart", "rm", "rmi", "inspect", "diff", "commit", "cp", "pull", "create", "system", "history",
                   "tag", "kill", "rename", "top", "version", "info", "network"]
DOCKER_GROUPS = {"volume": ["ls", "create", "inspect", "rm", "prune"],
                 "container": ["ls", "run", "create", "start", "stop", "restart", "rm", "prune", "inspect", "logs",
                               "exec", "diff", "commit", "cp"],
                 "image": ["ls", "build", "rm", "prune", "inspect", "history", "pull", "tag"],
                 "system": ["df", "prune", "info"]}
_UNKNOWN_DOCKER = re.compile(r"^docker: unknown command: docker (?:(volume|container|image|system) )?(\S+)$")
_NO_IMAGE = re.compile(r"^Unable to find image '([^']+)' locally$")
_PULL_DENIED = "docker: Error response from daemon: pull access denied"
_NAME_TAKEN = re.compile(r'The container name "/([^"]+)" is already in use by container')
_NO_CONTAINER = re.compile(r"^Error response from daemon: No such container: (\S+)$")
_RUNNING = re.compile(r'^Error response from daemon: cannot remove container "([^"]+)": container is running: ')
_BAD_MODE = re.compile(r"Error response from daemon: invalid mode: (\S+)$")
_NO_VOLUME = re.compile(r"^Error response from daemon: get (\S+): no such volume$")
_DETACHED_RM = re.compile(r"^docker\s+(?:container\s+)?run\b(?=.*\s--rm\b)(?=.*\s(?:-d\b|-[a-z]*d[a-z]*\s|--detach\b))")
_NAMED = re.compile(r"\s--name[\s=]['\"]?([\w.-]+)")
# a command of the learner's own shell that root's /var/lib/docker refused (a redirect the shell
# makes, `bash: PATH: Permission denied`, is not one: sudo in front would not reach it)
_ROOTS_ONLY = re.compile(r"^(\w+): (?:[^']*'/var/lib/docker[^']*'|/var/lib/docker\S*): Permission denied$")
_VOLUME_IN_USE = re.compile(r"^Error response from daemon: remove (\S+): volume is in use - \[([0-9a-f, ]+)\]$")
_NOT_ABSOLUTE = re.compile(r"invalid mount path: '([^'/][^']*)' mount path must be absolute$")
_NO_FOLDER = re.compile(r"^bash: (/\S+): No such file or directory$")  # a redirect the learner's shell made
# docker exec, its options (those that take a value: -u, -w, -e, --env-file), the container, the command
_EXEC = re.compile(r"^(docker\s+(?:container\s+)?exec\s+(?:-[uwe]\s+\S+\s+|--(?:user|workdir|env|env-file)\s+\S+\s+"
                   r"|-\S+\s+)*)(\S+)\s+(.+)$")
# `docker build -t feedback-node` without its folder (buildx's cobra.ExactArgs(1))
_NO_CONTEXT = re.compile(r"^ERROR: docker: 'docker buildx build' requires 1 argument$")
_BUILD = re.compile(r"^\s*docker\s+(?:image\s+|buildx\s+)?build\b")
_BUILD_VALUED = {"-t", "--tag", "-f", "--file", "--build-arg", "--target", "--progress", "--platform", "--label",
                 "--network", "--cache-from", "--cache-to", "--secret", "--ssh", "--iidfile", "--add-host", "-o",
                 "--output", "--build-context", "--shm-size", "--ulimit"}
_CURL_PORT = re.compile(r"^\s*curl\b.*?\b(?:localhost|127\.0\.0\.1):(\d+)\b")
_PORT_TAKEN = re.compile(r"on endpoint (\S+) \(\w+\): Bind for [\d.:\[\]]*:(\d+) failed: port is already allocated")

TYPO = N_("{typed} is not a command. Did you mean {command}? ↑ brings the line back to fix.")
DOCKER_TYPO = N_("{typed} is not a docker command. Did you mean {command}? ↑ brings the line back to fix.")
BUILD_FIRST = N_("No image {image} yet, and no registry has one: build it first with docker build -t {image} .")
NO_SUCH_IMAGE = N_("No image {image} here, and no registry has one: docker images lists the images you have.")
NAME_TAKEN = N_("The name {container} is taken (docker ps -a lists it): remove that one with docker rm -f "
                "{container}, or pick another --name.")
STOP_FIRST = N_("{container} is still running, and docker rm removes only stopped containers: stop it first "
                "(docker stop {container}) and run the same docker rm again, or add -f to remove it running.")
BAD_MODE = N_("A mount knows no mode {mode}: read-only is ro, as in -v \"$(pwd):/app:ro\". ↑ brings the line back "
              "to fix.")
NO_VOLUME = N_("There is no volume {typed}. Did you mean {volume}? ↑ brings the line back to fix.")
NO_SUCH_VOLUME = N_("There is no volume {typed}. The volumes here: {volumes} (docker volume ls lists them).")
GONE_WITH_RM = N_("{container} exited at once, and --rm removed it with its logs: run it again without --rm, then "
                  "docker logs {container} shows why.")
NO_CONTAINER = N_("There is no container {typed}. Did you mean {container}? ↑ brings the line back to fix.")
IMAGE_NOT_CONTAINER = N_("{typed} is an image, not a container. Name a container here: {containers} "
                         "(docker ps -a lists them).")
VOLUME_NOT_CONTAINER = N_("{typed} is a volume, not a container. Name a container here: {containers} "
                          "(docker ps -a lists them).")
NO_SUCH_CONTAINER = N_("There is no container {typed}. The containers here: {containers} (docker ps -a lists them).")
USE_SUDO = N_("Only root may read /var/lib/docker, where the volumes are: ↑ brings the line back, then put sudo "
              "in front of it.")
VOLUME_IN_USE = N_("Volume {volume} is in use by {containers}: a container holds its volumes until it is removed, "
                   "stopped or not. Remove it first (docker rm -f {container}), then the volume.")
NOT_ABSOLUTE = N_("A path in the container starts with /: ↑ brings the line back, then write /{path} for {path}.")
REDIRECT_ON_HOST = N_("Your shell made the redirect to {path} on the host, before docker ran. Let the container's "
                      "shell make it: {fixed}")
APP_EXITED = N_("{container} started and exited at once (exit code {code}): docker logs {container} shows why.")
PWD_VOLUME = N_("-v {name}:{path} mounted a volume called {name}, not your project folder, which is $(pwd): "
                "remove the container (docker rm -f {container}) and run it again with -v \"$(pwd):{path}\".")
NO_CONTEXT = N_("docker build needs the folder to build from, its build context, as its last word: . is this "
                "folder. ↑ brings the line back: add a space and a . at its end.")
NO_ANSWER = N_("The app in {container} took the request on localhost:{port} and never answered, so curl gave up "
               "(exit code 28: its -m time ran out). docker logs {container} shows why.")
PORT_TAKEN = N_("Port {port} is taken by {container}: {new} was created but not started. docker rm {new}, then "
                "run it with {publish} (or stop {container} first).")


def next_step(line: str, output: list[str], exit_code: int, before: World, world: World,
              t: gettext.NullTranslations) -> str | None:
    """The sentence for the slip a command shows (None: no slip known)."""
    if exit_code in (0, 28):
        return _quiet_slip(line, output, exit_code, before, world, t)
    for i, text in enumerate(output):
        m = _NOT_FOUND.match(text)
        if m and line.lstrip().startswith(m.group(1)):
            meant = closest(m.group(1), COMMANDS)
            if meant and meant != m.group(1):
                return t.gettext(TYPO).format(typed=m.group(1), command=meant)
        m = _UNKNOWN_DOCKER.match(text)
        if m:
            return _docker_typo(m.group(1), m.group(2), t)
        m = _NO_IMAGE.match(text)
        if m and any(later.startswith(_PULL_DENIED) for later in output[i + 1:i + 3]):
            image = m.group(1).removesuffix(":latest")
            if world.host.get(f"{world.cwd}/Dockerfile") is not None:
                return t.gettext(BUILD_FIRST).format(image=image)
            return t.gettext(NO_SUCH_IMAGE).format(image=image)
        m = _NAME_TAKEN.search(text) or _RUNNING.match(text)
        if m:
            return t.gettext(NAME_TAKEN if m.re is _NAME_TAKEN else STOP_FIRST).format(container=m.group(1))
        m = _NO_CONTAINER.match(text)
        if m:
            return _no_container(m.group(1), world, t)
        told = _volumes_slip(line, text, world, t) or _redirect_on_host(line, text, t) or _mount_slip(text, world, t) \
            or _build_slip(line, text, t)
        if told is not None:
            return told
        m = _PORT_TAKEN.search(text)
        if m:
            return _port_taken(m.group(1), int(m.group(2)), world, t)
    return None


def _docker_typo(group: str | None, typed: str, t: gettext.NullTranslations) -> str | None:
    """`docker volme ls`, `docker volume lss`: the docker command a typo away, if one is."""
    meant = closest(typed, DOCKER_GROUPS[group] if group else DOCKER_COMMANDS)
    if not meant or meant == typed:
        return None
    prefix = f"docker {group} " if group else "docker "
    return t.gettext(DOCKER_TYPO).format(typed=prefix + typed, command=prefix + meant)


def _volumes_slip(line: str, text: str, world: World, t: gettext.NullTranslations) -> str | None:
    """The slips about volumes and mounts: a look into /var/lib/docker without sudo, a volume
    removed while a container holds it, a path in the container without its leading slash."""
    m = _ROOTS_ONLY.match(text)
    if m and line.split(None, 1)[0] == m.group(1) and world.attached is None:
        return t.gettext(USE_SUDO)
    m = _VOLUME_IN_USE.match(text)
    if m:
        users = [world.containers[cid.strip()].name for cid in m.group(2).split(",") if cid.strip() in world.containers]
        if users:
            return t.gettext(VOLUME_IN_USE).format(volume=m.group(1), containers=", ".join(users), container=users[0])
    m = _NOT_ABSOLUTE.search(text)
    # the container's side of -v SOURCE:PATH or --mount target=PATH (the same words answer a
    # --mount bind source that is no absolute path, a host path: not told so)
    if m and re.search(rf"(:|\b(target|dst|destination)=){re.escape(m.group(1))}(?=[\s:,'\"]|$)", line):
        return t.gettext(NOT_ABSOLUTE).format(path=m.group(1))
    return None


def _build_slip(line: str, text: str, t: gettext.NullTranslations) -> str | None:
    """`docker build -t feedback-node`, the build context's `.` left off (the lesson's line ends in
    one, easy to miss): buildx's usage error names no folder, and the learner did not know one was
    missing."""
    if not (_NO_CONTEXT.match(text) and _BUILD.match(line)):
        return None
    try:
        words = shlex.split(line)
    except ValueError:
        return None
    words = words[words.index("build") + 1:]
    given = 0  # the folders given (two are refused with the same words: no . is missing then)
    while words:
        word = words.pop(0)
        if word in _BUILD_VALUED:
            words = words[1:]
        elif not word.startswith("-"):
            given += 1
    return t.gettext(NO_CONTEXT) if given == 0 else None


def _redirect_on_host(line: str, text: str, t: gettext.NullTranslations) -> str | None:
    """`docker exec feedback-app echo "<p>x</p>" >> /app/pages/feedback.html`: the learner's shell
    reads the >> and opens /app/pages/... on the host (bash's error), and docker never runs; the
    container's shell makes it when the command goes in sh -c '...' (the lesson's hint)."""
    m = _NO_FOLDER.match(text)
    exec_ = _EXEC.match(line.strip())
    if m is None or exec_ is None or not re.search(rf">>?\s*['\"]?{re.escape(m.group(1))}", exec_.group(3)):
        return None
    fixed = f"{exec_.group(1)}{exec_.group(2)} sh -c {_quoted(exec_.group(3))}"
    return t.gettext(REDIRECT_ON_HOST).format(path=m.group(1), fixed=fixed)


def _quoted(command: str) -> str:
    """The command as one word for sh -c, as a person writes it: in single quotes, or in double
    quotes when it holds single ones and nothing double quotes would change (shlex.quote's
    'echo '"'"'<p>x</p>'"'"' >> f' was correct and unreadable)."""
    if "'" in command and not any(ch in command for ch in '"$`\\!'):
        return f'"{command}"'
    return shlex.quote(command)


def _no_container(typed: str, world: World, t: gettext.NullTranslations) -> str | None:
    """A container named wrong: a typo of one, or (too far off for a typo) the image's or the
    volume's name where the container's goes, `docker diff feedback` or `docker commit
    feedback-node:snapshot`; the narration read "Nothing ... changed" under Docker's error."""
    names = sorted(c.name for c in world.containers.values())
    meant = closest(typed, names)
    if meant:
        return t.gettext(NO_CONTAINER).format(typed=typed, container=meant)
    if not names:
        return None
    listed = ", ".join(names[:4]) + (", …" if len(names) > 4 else "")
    if world.find_image(typed) is not None:
        return t.gettext(IMAGE_NOT_CONTAINER).format(typed=typed, containers=listed)
    if typed in world.volumes:
        return t.gettext(VOLUME_NOT_CONTAINER).format(typed=typed, containers=listed)
    return t.gettext(NO_SUCH_CONTAINER).format(typed=typed, containers=listed)


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


def _quiet_slip(line: str, output: list[str], exit_code: int, before: World, world: World,
                t: gettext.NullTranslations) -> str | None:
    """The slips that print no error: a command that worked and did not do what was meant, and a
    curl that gave up waiting (28)."""
    if exit_code == 28:
        return _no_answer(line, world, t)
    return _pwd_volume(before, world, t) or _gone_with_rm(line, output, before, world, t) \
        or _app_exited(before, world, t)


def _no_answer(line: str, world: World, t: gettext.NullTranslations) -> str | None:
    """`curl -s -m 2 ... localhost:3000/create` to an app whose request hangs (EXDEV, EROFS: Node 14
    only warns, and the request is never answered): curl printed nothing (-s) and exited 28, and
    the narration said only that nothing changed. The app's window says where to look; so does this."""
    m = _CURL_PORT.match(line)
    if m is None:
        return None
    port = int(m.group(1))
    holder = next((c for c in world.containers.values()
                   if c.state == "running" and any(h == port for h, _ in c.ports)), None)
    return None if holder is None else t.gettext(NO_ANSWER).format(container=holder.name, port=port)


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


def _pwd_volume(before: World, world: World, t: gettext.NullTranslations) -> str | None:
    """`-v pwd:/app`, the $( ) of lesson 6's -v "$(pwd):/app" forgotten: Docker made a volume called
    pwd, filled it from the image's /app, and the app ran from that copy. No error, and the
    narration said only that a volume pwd was made and filled."""
    for c in world.containers.values():
        if c.id in before.containers:
            continue
        m = next((m for m in c.mounts if m.type == "volume" and m.named and m.source.lower() == "pwd"), None)
        if m is not None:
            return t.gettext(PWD_VOLUME).format(name=m.source, path=m.destination, container=c.name)
    return None


def _mount_slip(text: str, world: World, t: gettext.NullTranslations) -> str | None:
    """`-v "$(pwd):/app:readonly"` (Docker's error names the mode only), and a volume's name
    mistyped: `docker volume rm feedbak` ("get feedbak: no such volume")."""
    m = _BAD_MODE.search(text)
    if m:
        return t.gettext(BAD_MODE).format(mode=m.group(1))
    m = _NO_VOLUME.match(text)
    if m is None:
        return None
    named = sorted(v.name for v in world.volumes.values() if not v.anonymous)
    meant = closest(m.group(1), named)
    if meant:
        return t.gettext(NO_VOLUME).format(typed=m.group(1), volume=meant)
    if not named:
        return None
    listed = ", ".join(named[:4]) + (", …" if len(named) > 4 else "")
    return t.gettext(NO_SUCH_VOLUME).format(typed=m.group(1), volumes=listed)


def _gone_with_rm(line: str, output: list[str], before: World, world: World, t: gettext.NullTranslations) -> str | None:
    """`docker run -d --rm ...` whose container exited at once (lesson 7 without -v /app/node_modules:
    no express under the read-only /app): --rm removed it, so the ID printed named nothing, the next
    docker logs said "No such container", and the narration said nothing had changed."""
    if not _DETACHED_RM.match(line.strip()) or not output or not re.fullmatch(r"[0-9a-f]{64}", output[-1]):
        return None
    cid = output[-1]
    if cid in world.containers or cid in before.containers:
        return None
    name = _NAMED.search(line)
    return t.gettext(GONE_WITH_RM).format(container=name.group(1) if name else cid[:12])
