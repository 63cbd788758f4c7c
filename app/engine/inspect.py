"""`docker inspect` (containers, images, networks, volumes) and `docker system df`."""

from __future__ import annotations

from typing import Any

from . import budget, containerhealth, netmodes
from .dockercli import Args, Ctx, DockerError, refuse_unsimulated
from .formatting import GoStruct as S
from .formatting import rfc3339_nano
from .gotemplate import GoNil
from .healthcheck import config_json as health_config
from .hostconfig import NIL_TYPES as HOST_NIL_TYPES
from .hostconfig import host_config
from .images import digest_refs, image_size
from .networks import inspected_network
from .overlaydirs import ROOT as OVERLAY
from .overlaydirs import container_dir, image_mount_dir, layer_dir, lower_dirs
from .refs import normalize_tag
from .resources import typed_nils
from .views import volume_data_path
from .volumes import Inspected, print_inspect, typed_volume, volume_json
from .world import Container, Image, World, config_user, container_image, host_name, host_pid

ZERO_TIME = "0001-01-01T00:00:00Z"


def gomap(m: dict[str, Any] | None) -> dict[str, Any] | None:
    """encoding/json writes a Go map's keys sorted; structs keep their field order."""
    return None if m is None else dict(sorted(m.items()))


def struct_set(keys: Any) -> dict[str, Any]:
    """A Go set (nat.PortSet, map[string]struct{}): sorted keys whose values are empty structs,
    which a template prints as {} (map[80/tcp:{}]) and JSON as {}."""
    return {k: S() for k in sorted(set(keys))}


def _state(world: World, c: Container) -> S:
    state = S({
        # a restarting container counts as running (container/state.go SetRestarting), without a process
        "Status": "paused" if c.frozen else c.state, "Running": c.running or c.restarting, "Paused": c.frozen,
        "Restarting": c.restarting, "OOMKilled": False,
        "Dead": False, "Pid": host_pid(c) if c.running else 0,
        "ExitCode": c.exit_code if c.state in ("exited", "restarting") or c.exit_code else 0, "Error": c.error,
        "StartedAt": rfc3339_nano(c.started_at, 123456789) if c.started_at else ZERO_TIME,
        "FinishedAt": rfc3339_nano(c.finished_at, 987654321) if c.finished_at else ZERO_TIME,
        # a healthcheck's state once started with one (containerhealth.py; `json:",omitempty"`)
        "Health": _health(containerhealth.state_json(world, c)),
    })
    state.omitempty = frozenset({"Health"})
    return state


def _health(found: dict[str, Any] | None) -> S | GoNil:
    """container.Health and its HealthcheckResults as typed structs, or a nil *Health."""
    if found is None:
        return GoNil("*container.Health")
    return S({**found, "Log": [S(r) for r in found["Log"]]})


# api/types/container/container.go MountPoint: Type, Name and Driver are `json:",omitempty"`
_MOUNT_POINT_OMITEMPTY = frozenset({"Type", "Name", "Driver"})


def _mount_points(c: Container) -> list[S]:
    """container.MountPoint for each mount but --tmpfs's, by destination. Every field is kept for a
    template, which the CLI runs on the typed struct (`{{.Name}}` of a bind mount is "", and
    `{{.Mounts}}` prints the empty fields); the JSON leaves the empty omitempty ones out."""
    mounts: list[S] = []
    for m in sorted(c.mounts, key=lambda m: m.destination):
        if m.destination in c.tmpfs_flags:
            continue
        name, source = "", ""
        if m.type == "volume":
            name, source = m.source, volume_data_path(m.source)
        elif m.type == "bind":
            source = m.source
        elif m.type == "image":  # Name: the source as given; Source: its layer's mount (m.Path())
            name, source = m.spec_source, f"{OVERLAY}/{image_mount_dir(c, m.destination)}/merged"
        entry = S({
            "Type": m.type, "Name": name, "Source": source,
            "Destination": m.kept_destination or m.destination,
            "Driver": "local" if m.type == "volume" else "",
            "Mode": m.mode, "RW": m.rw, "Propagation": m.propagation,
        })
        entry.go_type = "container.MountPoint"
        entry.omitempty = _MOUNT_POINT_OMITEMPTY
        mounts.append(entry)
    return mounts


def _files(world: World, c: Container) -> tuple[str, str, str]:
    """ResolvConfPath, HostnamePath and HostsPath: set at the first start (BuildHostnameFile and
    the sandbox's options), the joined container's on its stack (initializeNetworkingPaths)."""
    if not c.started_at:
        return "", "", ""
    other = world.find_container(netmodes.joined(c)) if netmodes.joined(c) else None
    base = f"/var/lib/docker/containers/{(other or c).id}"
    return f"{base}/resolv.conf", f"{base}/hostname", f"{base}/hosts"


def container_json(world: World, c: Container) -> dict[str, Any]:
    """container.InspectResponse as daemon/inspect.go ContainerInspect fills it."""
    image = container_image(world, c)
    lower = ":".join(f"{OVERLAY}/{d}/diff" for d in lower_dirs(image))
    rw_id = container_dir(c)
    argv = [*c.entrypoint, *c.cmd]
    ports: dict[str, Any] = {}
    if c.running:
        for p in c.exposed:
            ports[p] = None
        for hp, cp, ip, proto in c.published_ports():
            ports[f"{cp}/{proto}"] = [S(HostIp=ip, HostPort=str(hp))]
    resolv, hostname, hosts = _files(world, c)
    return S({
        "Id": c.id,
        "Created": rfc3339_nano(c.created, 111111111),
        "Path": argv[0] if argv else "",
        "Args": argv[1:],
        "State": _state(world, c),
        "Image": c.image_id,
        "ResolvConfPath": resolv,
        "HostnamePath": hostname,
        "HostsPath": hosts,
        "LogPath": f"/var/lib/docker/containers/{c.id}/{c.id}-json.log",
        "Name": "/" + c.name,
        "RestartCount": c.restart_count,
        "Driver": "overlay2",
        "Platform": "linux",
        "MountLabel": "",
        "ProcessLabel": "",
        "AppArmorProfile": "docker-default",
        "ExecIDs": None,
        "HostConfig": host_config(c),
        "GraphDriver": {
            "Data": {
                "ID": c.id,
                "LowerDir": f"{OVERLAY}/{rw_id}-init/diff" + (":" + lower if lower else ""),
                "MergedDir": f"{OVERLAY}/{rw_id}/merged",
                "UpperDir": f"{OVERLAY}/{rw_id}/diff",
                "WorkDir": f"{OVERLAY}/{rw_id}/work",
            },
            "Name": "overlay2",
        },
        "Mounts": _mount_points(c),
        "Config": _config(world, c, image),
        "NetworkSettings": netmodes.network_settings(world, c, ports),
    })


_CONFIG_OMITEMPTY = frozenset({"ExposedPorts", "Healthcheck", "ArgsEscaped", "NetworkDisabled", "MacAddress",
                               "StopSignal", "StopTimeout", "Shell"})


def _config(world: World, c: Container, image: Image | None) -> S:
    """container.Config in struct order. Its omitempty fields are kept for templates, which the CLI runs
    on the typed struct first (`{{.Config.ExposedPorts}}` of a container without ports is map[],
    `{{.Config.Healthcheck}}` <nil>), and left out of the JSON when empty: ExposedPorts, Healthcheck,
    ArgsEscaped, NetworkDisabled, MacAddress and Shell are never set here but the first;
    StopSignal is --stop-signal or the image's, StopTimeout --stop-timeout's (nil without it)."""
    config = S({
        "Hostname": host_name(c),
        "Domainname": c.domainname,
        "User": config_user(world, c),
        "AttachStdin": "stdin" in c.attach,
        "AttachStdout": "stdout" in c.attach,
        "AttachStderr": "stderr" in c.attach,
        "ExposedPorts": struct_set(c.exposed) if c.exposed else GoNil("nat.PortSet"),
        "Tty": c.tty,
        "OpenStdin": c.stdin_open,
        "StdinOnce": c.stdin_open and "stdin" in c.attach,  # opts.go: OpenStdin and AttachStdin
        "Env": list(c.env),
        "Cmd": list(c.cmd) or None,
        "Healthcheck": _health_config(world, c),
        "ArgsEscaped": False,
        "Image": c.image_ref,
        "Volumes": (struct_set([*(image.config.get("Volumes") or {}), *c.anon_volumes]) or None)
        if image else None,
        "WorkingDir": c.workdir,
        "Entrypoint": list(c.entrypoint) or None,
        "NetworkDisabled": False,
        "MacAddress": "",
        "OnBuild": None,
        "Labels": gomap({**(image.config.get("Labels") or {} if image else {}), **c.labels}),
        "StopSignal": c.stop_signal,
        "StopTimeout": GoNil("*int") if c.stop_timeout is None else c.stop_timeout,
        "Shell": GoNil("strslice.StrSlice"),
    })
    # a pointer: --stop-timeout 0 is kept in the JSON (only nil is empty)
    config.omitempty = _CONFIG_OMITEMPTY if c.stop_timeout is None else _CONFIG_OMITEMPTY - {"StopTimeout"}
    return config


def _health_config(world: World, c: Container) -> S | GoNil:
    """Config.Healthcheck: the image's the daemon merged in at create (containerhealth.config),
    container.HealthConfig with each field omitempty; a nil pointer without one."""
    found = health_config(containerhealth.config(world, c))
    if found is None:
        return GoNil("*container.HealthConfig")
    typed = S(found)
    typed.go_type = "*container.HealthConfig"
    return typed


def image_json(world: World, img: Image) -> dict[str, Any]:
    return S({
        "Id": img.id,
        "RepoTags": sorted(img.tags),
        # daemon/images/image_inspect.go: the reference store's canonical references (only a pull's)
        "RepoDigests": digest_refs(img, img.tags),
        "Parent": img.parent,
        "Comment": img.comment or ("buildkit.dockerfile.v0" if any(h.get("comment") == "buildkit.dockerfile.v0"
                                                                     for h in img.history) else ""),
        "Created": rfc3339_nano(img.created),
        "DockerVersion": "",
        "Author": img.author,
        "Config": _image_config(img),
        "Architecture": "amd64",
        "Os": "linux",
        "Size": image_size(world, img),
        "GraphDriver": {
            "Data": {
                "LowerDir": ":".join(f"{OVERLAY}/{layer_dir(lid)}/diff" for lid in reversed(img.layers[:-1])),
                "MergedDir": f"{OVERLAY}/{layer_dir(img.layers[-1])}/merged" if img.layers else "",
                "UpperDir": f"{OVERLAY}/{layer_dir(img.layers[-1])}/diff" if img.layers else "",
                "WorkDir": f"{OVERLAY}/{layer_dir(img.layers[-1])}/work" if img.layers else "",
            },
            "Name": "overlay2",
        },
        "RootFS": S({"Type": "layers", "Layers": list(img.layers)}),
        "Metadata": S({"LastTagTime": rfc3339_nano(img.created) if img.tags else ZERO_TIME}),
    })


def _image_config(img: Image) -> S:
    """The image's config as the CLI decodes it (dockerspec.DockerOCIImageConfig: the OCI
    ImageConfig and Healthcheck, OnBuild, Shell; every field omitempty)."""
    cfg = img.config
    typed = S({
        "User": cfg.get("User") or "", "ExposedPorts": struct_set(cfg.get("ExposedPorts") or []) or None,
        "Env": list(cfg.get("Env") or []) or None, "Entrypoint": cfg.get("Entrypoint") or None,
        "Cmd": cfg.get("Cmd") or None, "Volumes": struct_set(cfg.get("Volumes") or []) or None,
        "WorkingDir": cfg.get("WorkingDir") or "", "Labels": gomap(cfg.get("Labels")) or None,
        "StopSignal": cfg.get("StopSignal") or "", "ArgsEscaped": bool(cfg.get("ArgsEscaped")),
        "Healthcheck": health_config(cfg.get("Healthcheck")),  # a Dockerfile's HEALTHCHECK (healthcheck.py)
        "OnBuild": cfg.get("OnBuild") or None, "Shell": cfg.get("Shell") or None,
    })
    typed.go_type = "*v1.DockerOCIImageConfig"
    typed.omitempty = frozenset(typed)
    return typed


# api/server/router/image/inspect_response.go legacyConfigFields["current"]: the fields API 1.50
# and later still print when the image has none (the router writes Config as a map: keys sorted)
_LEGACY_CONFIG = {"Cmd": None, "Entrypoint": None, "Env": None, "Labels": None, "OnBuild": None, "User": "",
                  "Volumes": None, "WorkingDir": ""}


def _empty(value: Any) -> bool:
    """encoding/json isEmptyValue (a struct never is)."""
    return value is None or isinstance(value, GoNil) or (not isinstance(value, S) and value in (False, "", [], {}))


def json_ready(value: Any) -> Any:
    """What the API sends: each struct's omitempty fields left out when empty. Each entry of a
    list or map walked is a step (here and in typed_view): `docker inspect` of 2,000 references to an
    image of 2,000 tags walked 4 million, 5 s and 544 MB, uncharged."""
    if isinstance(value, S):
        out = S((k, json_ready(v)) for k, v in value.items() if not (k in value.omitempty and _empty(v)))
        out.go_type = value.go_type
        return out
    if isinstance(value, dict):
        budget.current().step(len(value))
        return type(value)((k, json_ready(v)) for k, v in value.items())
    if isinstance(value, list):
        budget.current().step(len(value))
        return [json_ready(v) for v in value]
    return value


def image_raw(typed: dict[str, Any]) -> dict[str, Any]:
    """The image's JSON at API 1.51: Config merged over the legacy fields, as a map."""
    data = json_ready(typed)
    data["Config"] = dict(sorted({**_LEGACY_CONFIG, **data["Config"]}.items()))
    return data


_TYPES = ("container", "image", "network", "volume")


# The Go type of each field the API leaves null: a typed nil prints as [] or map[] (not <nil>)
_NIL_TYPES = {
    "ExecIDs": "[]string", "Binds": "[]string", "VolumesFrom": "[]string", "OnBuild": "[]string",
    "Env": "[]string", "Args": "[]string", "RepoTags": "[]string", "RepoDigests": "[]string",
    "Cmd": "strslice.StrSlice", "Entrypoint": "strslice.StrSlice", "Mounts": "[]mount.Mount",
    "PortBindings": "nat.PortMap", "Ports": "nat.PortMap", "ExposedPorts": "nat.PortSet",
    "Tmpfs": "map[string]string", "Labels": "map[string]string", "Options": "map[string]string",
    "Volumes": "map[string]struct {}", "Config": "map[string]string", **typed_nils(), **HOST_NIL_TYPES,
    **netmodes.NIL_TYPES,
}


def typed_view(value: Any, key: str = "", parent: str = "") -> Any:
    """The inspect data as the CLI's typed struct: JSON nulls become typed nils by field."""
    if value is None:
        if parent in ("Ports", "PortBindings"):  # nat.PortMap values are []nat.PortBinding
            return GoNil("[]nat.PortBinding")
        return GoNil(_NIL_TYPES.get(key, "*struct {}"))
    if isinstance(value, dict):
        budget.current().step(len(value))
        out = type(value)((k, typed_view(v, k, key)) for k, v in value.items())
        if isinstance(value, S) and isinstance(out, S):
            out.go_type = value.go_type
            out.omitempty = value.omitempty
        return out
    if isinstance(value, list):
        budget.current().step(len(value))
        return [typed_view(v, "", key) for v in value]
    return value


def _sized(world: World, c: Container, data: dict[str, Any], size: bool) -> dict[str, Any]:
    """SizeRw and SizeRootFs after GraphDriver (container.InspectResponse; omitempty pointers the
    daemon fills only for --size), or typed nils a template still finds."""
    out = type(data)()
    for key, value in data.items():
        out[key] = value
        if key == "GraphDriver":
            if size:
                image = container_image(world, c)
                out["SizeRw"] = c.rw.size()
                out["SizeRootFs"] = c.rw.size() + (image_size(world, image) if image else 0)
            else:
                out["SizeRw"] = out["SizeRootFs"] = GoNil("*int64")
    return out


def _find(world: World, kind: str, ref: str, size: bool = False) -> Inspected | None:
    """The object's JSON and the typed value a template sees (with its sizes when asked)."""
    if kind == "container":
        c = world.find_container(ref)
        data = container_json(world, c) if c else None
        if c is not None and data is not None:
            typed = typed_view(_sized(world, c, data, size))
            return (json_ready(_sized(world, c, data, True) if size else data), typed, True)
    elif kind == "image":
        img = world.find_image(ref)
        if img is None:
            return None
        full = image_json(world, img)
        return image_raw(full), typed_view(full), True
    elif kind == "network":
        return inspected_network(world, ref)
    else:
        v = world.volumes.get(ref)
        return (volume_json(v), typed_volume(v), True) if v else None
    # ContainerInspectWithRaw, ImageInspect with the raw response, VolumeInspectWithRaw:
    # the template may fall back to the raw JSON (system/inspect.go)
    return (data, typed_view(data), True) if data is not None else None


def _not_found(kind: str, ref: str) -> str:
    """The daemon's not-found answer for one kind of object."""
    if kind == "container":
        return f"Error response from daemon: No such container: {ref}"
    if kind == "image":
        # daemon/images/image.go ErrImageDoesNotExist: a name gets its :latest (TagNameOnly)
        return f"Error response from daemon: No such image: {normalize_tag(ref) or ref}"
    if kind == "network":
        return f"Error response from daemon: network {ref} not found"  # libnetwork ErrNoSuchNetwork
    return f"Error response from daemon: get {ref}: no such volume"  # volume/service/errors.go OpErr


def _inspect(ctx: Ctx, args: Args, kinds: tuple[str, ...], missing: str | None = None) -> int:
    """missing: the error for an object of none of kinds; None: the one kind's own not-found error
    (cli/command/system/inspect.go inspectAll passes a typed lookup's error on)."""
    results: list[Inspected | str] = []
    for ref in args.positional:
        obj = None
        for kind in kinds:
            obj = _find(ctx.world, kind, ref, args.bool("size"))
            if obj is not None:
                if ctx.command.key == "inspect" and args.bool("size") and kind != "container":
                    # system/inspect.go inspectAll: only a container has sizes; said as it is found
                    ctx.io.err(f"WARNING: --size ignored for {kind}")
                break
        if obj is None:
            results.append(missing.format(ref=ref) if missing is not None else _not_found(kinds[0], ref))
        else:
            results.append(obj)
    return print_inspect(ctx, results, args.get("format"))


_ALL_TYPES = ("config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume")


def cmd_inspect(ctx: Ctx, args: Args) -> int:
    kind = args.get("type")
    quoted = '", "'.join(_ALL_TYPES)
    if "type" in args.given and not kind:
        raise DockerError(f'type is empty: must be one of "{quoted}"')  # system/inspect.go RunE
    if kind:
        if kind not in _ALL_TYPES:
            raise DockerError(f'unknown type: "{kind}": must be one of "{quoted}"')
        if kind in _TYPES:
            return _inspect(ctx, args, (kind,))
        return _inspect(ctx, args, (), "Error: No such object: {ref}")
    return _inspect(ctx, args, _TYPES, "Error: No such object: {ref}")


def cmd_container_inspect(ctx: Ctx, args: Args) -> int:
    return _inspect(ctx, args, ("container",))


def cmd_image_inspect(ctx: Ctx, args: Args) -> int:
    refuse_unsimulated(ctx, args, ("platform",))
    return _inspect(ctx, args, ("image",))
