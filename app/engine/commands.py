"""The docker command table: one entry per command layerlab runs, holding its arguments rule, the
other names it answers to and its handler. Flags, usage and help come from data/docker_cli.json."""

from __future__ import annotations

from . import (
    attached,
    build,
    builderprune,
    containers,
    cpcmd,
    diskusage,
    eventscmd,
    exportcmd,
    imagecmds,
    inspect,
    listing,
    netconnect,
    networks,
    savecmd,
    statscmd,
    systeminfo,
    systemprune,
    topcmd,
    updatecmd,
    usernets,
    volumes,
)
from .dockercli import CLI_TABLE, Command, Entry, load_command

TABLE = (
    Entry("container run", containers.cmd_run, (1, None), "run", interspersed=False),
    Entry("container create", containers.cmd_create, (1, None), "create", interspersed=False),
    Entry("container start", containers.cmd_start, (1, None), "start"),
    Entry("container stop", containers.cmd_stop, (1, None), "stop"),
    Entry("container restart", containers.cmd_restart, (1, None), "restart"),
    Entry("container kill", containers.cmd_kill, (1, None), "kill"),
    Entry("container pause", containers.cmd_pause, (1, None), "pause"),
    Entry("container wait", containers.cmd_wait, (1, None), "wait"),
    Entry("container unpause", containers.cmd_unpause, (1, None), "unpause"),
    Entry("container rm", containers.cmd_rm, (1, None), "rm", ("container remove",)),
    Entry("container prune", containers.cmd_container_prune, (0, 0)),
    Entry("container ls", listing.cmd_ps, (0, 0), "ps", ("container list", "container ps")),
    Entry("container logs", containers.cmd_logs, (1, 1), "logs"),
    Entry("container exec", containers.cmd_exec, (2, None), "exec", interspersed=False),
    Entry("container attach", attached.cmd_attach, (1, 1), "attach"),
    Entry("container diff", containers.cmd_diff, (1, 1), "diff"),
    Entry("container commit", containers.cmd_commit, (1, 2), "commit"),
    Entry("container rename", containers.cmd_rename, (2, 2), "rename"),
    Entry("container port", listing.cmd_port, (1, 2), "port"),
    Entry("container top", topcmd.cmd_top, (1, None), "top", interspersed=False),
    Entry("container stats", statscmd.cmd_stats, (0, None), "stats"),
    Entry("container update", updatecmd.cmd_update, (1, None), "update"),
    Entry("container cp", cpcmd.cmd_cp, (2, 2), "cp"),
    Entry("container export", exportcmd.cmd_export, (1, 1), "export"),
    Entry("container inspect", inspect.cmd_container_inspect, (1, None)),
    # `docker build` and `docker image build` are forwarded to buildx (docker/cli v28.5.2
    # cmd/docker/builder.go forwardBuilder), which answers to `docker builder build` and `docker
    # buildx build`/`b` too (docker/buildx v0.29.1 commands/build.go): one command, buildx's help
    Entry("build", build.cmd_build, (1, 1), aliases=("image build", "builder build", "buildx build", "buildx b")),
    Entry("image pull", imagecmds.cmd_pull, (1, 1), "pull"),
    Entry("image ls", imagecmds.cmd_images, (0, 1), "images", ("image list",)),
    Entry("image tag", imagecmds.cmd_tag, (2, 2), "tag"),
    Entry("image rm", imagecmds.cmd_rmi, (1, None), "rmi", ("image remove",)),
    Entry("image history", imagecmds.cmd_history, (1, 1), "history"),
    Entry("image inspect", inspect.cmd_image_inspect, (1, None)),
    Entry("image prune", imagecmds.cmd_image_prune, (0, 0)),
    Entry("image save", savecmd.cmd_save, (1, None), "save"),
    Entry("image load", savecmd.cmd_load, (0, 0), "load"),
    Entry("image import", savecmd.cmd_import, (1, 2), "import"),
    Entry("volume create", volumes.cmd_volume_create, (0, 1)),
    Entry("volume ls", volumes.cmd_volume_ls, (0, 0), aliases=("volume list",)),
    Entry("volume inspect", volumes.cmd_volume_inspect, (1, None)),
    Entry("volume rm", volumes.cmd_volume_rm, (1, None), aliases=("volume remove",)),
    Entry("volume prune", volumes.cmd_volume_prune, (0, 0)),
    Entry("volume update", volumes.cmd_volume_update, (1, 1)),
    Entry("inspect", inspect.cmd_inspect, (1, None)),
    Entry("system df", diskusage.cmd_system_df, (0, 0)),
    Entry("system prune", systemprune.cmd_system_prune, (0, 0)),
    Entry("system info", systeminfo.cmd_info, (0, 0), "info"),
    Entry("system events", eventscmd.cmd_events, (0, 0), "events"),
    Entry("version", systeminfo.cmd_version, (0, 0)),
    # `docker builder` is the buildx plugin in Docker 28.5 (the CLI's "builder" alias of "buildx")
    Entry("builder prune", builderprune.cmd_builder_prune, (0, 0), aliases=("buildx prune",)),
    Entry("network ls", networks.cmd_network_ls, (0, 0), aliases=("network list",)),
    Entry("network inspect", networks.cmd_network_inspect, (1, None)),
    Entry("network create", usernets.cmd_network_create, (1, 1)),
    Entry("network rm", usernets.cmd_network_rm, (1, None), aliases=("network remove",)),
    Entry("network prune", usernets.cmd_network_prune, (0, 0)),
    Entry("network connect", netconnect.cmd_network_connect, (2, 2)),
    Entry("network disconnect", netconnect.cmd_network_disconnect, (2, 2)),
)

# The management commands: `docker volume` alone prints its help, `docker volume ls` runs a command.
GROUPS = ("container", "image", "volume", "system", "network", "builder", "buildx")
_GROUP_ALIASES = {"buildx": "builder"}

_BY_NAME = {name: e for e in TABLE for name in (e.key, e.shortcut, *e.aliases) if name}
_LOADED: dict[str, Command] = {}


def lookup(name: str) -> Command | None:
    """The command a learner's words name (an alias resolves to its management form); one the
    CLI has but layerlab does not run has help and no handler; None for unknown words."""
    entry = _BY_NAME.get(name)
    key = entry.key if entry is not None and name in entry.aliases else _GROUP_ALIASES.get(name, name)
    if key not in _LOADED:
        if key not in CLI_TABLE:
            return None
        _LOADED[key] = load_command(key, entry)
    return _LOADED[key]
