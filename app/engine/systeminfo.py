"""`docker info` (`docker system info`) and `docker version`: what the client and the daemon say
about themselves, with `--format`.

docker/cli v28.5.2 cli/command/system/info.go prints the CLI's clientInfo and the daemon's
system.Info (moby v28.5.2 api/types/system/info.go, filled by daemon/info.go and info_unix.go);
a --format template runs on the dockerInfo struct, whose anonymous *system.Info puts the daemon's
fields at the top and ClientInfo after them. cli/command/system/version.go runs its template on
versionInfo{Client, Server} through a tabwriter (minimum width 20, padding 1). The host is
hostprofile.py's: overlay2 on ext4, cgroup v2 with the systemd driver, json-file logs, no swarm,
a default Ubuntu install (AppArmor, the builtin seccomp profile, no daemon.json).
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from . import gotemplate, hostprofile
from .dockercli import Args, Ctx, DockerError
from .formatting import bytes_size
from .gotemplate import GoNil, GoStruct, TemplateError
from .world import World

# ---------------------------------------------------------------------------------------------
# The versions: one place for `docker --version`, `docker version` and `docker info`

VERSION = "28.5.2"  # the CLI's and the engine's
CLI_COMMIT = "ecc6942"
ENGINE_COMMIT = "89c5e8f"
GO_VERSION = "go1.24.9"  # moby v28.5.2 Dockerfile GO_VERSION
API_VERSION = "1.51"  # api.DefaultVersion
MIN_API_VERSION = "1.24"  # api.MinSupportedAPIVersion
BUILD_TIME = "2025-11-05T14:43:21.000000000+00:00"  # hack/make.sh BUILDTIME (date --rfc-3339 ns)
BUILT = "Wed Nov  5 14:43:21 2025"  # version.go reformatDate: time.ANSIC
PLATFORM = "Docker Engine - Community"
VERSION_LINE = f"Docker version {VERSION}, build {CLI_COMMIT}"
# moby v28.5.2 Dockerfile: CONTAINERD_VERSION v1.7.28, RUNC_VERSION v1.3.3, TINI_VERSION v0.19.0;
# the commits are those tags' (runc's as its Makefile's `git describe --long` gives it)
CONTAINERD = ("v1.7.28", "b98a3aace656320842a23f4a392a33f46af97866")
RUNC = ("1.3.3", "v1.3.3-0-gd842d771")
DOCKER_INIT = ("0.19.0", "de40ad0")
LIBSECCOMP = "2.5.4"  # the runc stage builds on Debian bookworm (libseccomp-dev 2.5.4)
# the CLI plugins Docker 28.5.2 ships with (docker-buildx-plugin, docker-compose-plugin)
PLUGINS = (("buildx", "Docker Buildx", "v0.29.1"), ("compose", "Docker Compose", "v2.40.3"))
PLUGIN_DIR = "/usr/libexec/docker/cli-plugins"
GOARCH = {"x86_64": "amd64", "aarch64": "arm64"}.get(hostprofile.MACHINE, hostprofile.MACHINE)


def _struct(go_type: str, fields: dict[str, Any], omitempty: tuple[str, ...] = (),
            json_names: dict[str, str] | None = None) -> GoStruct:
    """A Go struct value: its fields in declaration order, keyed by their Go names."""
    s = GoStruct(fields)
    s.go_type = go_type
    s.omitempty = frozenset(omitempty)
    s.json_names = json_names or {}
    return s


# ---------------------------------------------------------------------------------------------
# The daemon: system.Info


def daemon_id(world: World) -> str:
    """The engine ID: a random UUID the daemon keeps in /var/lib/docker/engine-id (a v4 UUID
    from the session's seed here, so it stays the same for the whole session)."""
    h = list(hashlib.sha256(f"engine-id:{world.seed}".encode()).hexdigest()[:32])
    h[12] = "4"
    h[16] = "89ab"[int(h[16], 16) % 4]
    s = "".join(h)
    return f"{s[:8]}-{s[8:12]}-{s[12:16]}-{s[16:20]}-{s[20:]}"


def _container_counts(world: World) -> tuple[int, int, int]:
    """metrics.StateCtr: running, paused and stopped (every other state) containers."""
    paused = sum(1 for c in world.containers.values() if c.frozen)
    running = sum(1 for c in world.containers.values() if c.running) - paused
    return running, paused, len(world.containers) - running - paused


def _runc_features() -> str:
    """The daemon's json.Marshal of `runc features` (runc v1.3.3 features.go, through moby's
    runtime-spec v1.2.1 features struct). runc embeds its VERSION file: the version keeps its newline."""
    seccomp_flags = ["SECCOMP_FILTER_FLAG_TSYNC", "SECCOMP_FILTER_FLAG_SPEC_ALLOW", "SECCOMP_FILTER_FLAG_LOG"]
    features = {
        "ociVersionMin": "1.0.0", "ociVersionMax": "1.2.1",
        "hooks": ["prestart", "createRuntime", "createContainer", "startContainer", "poststart", "poststop"],
        "mountOptions": _MOUNT_OPTIONS.split(),
        "linux": {
            "namespaces": ["cgroup", "ipc", "mount", "network", "pid", "time", "user", "uts"],
            "capabilities": ["CAP_" + c for c in _CAPABILITIES.split()],
            "cgroup": {"v1": True, "v2": True, "systemd": True, "systemdUser": True, "rdma": True},
            "seccomp": {"enabled": True, "actions": ["SCMP_ACT_" + a for a in _SECCOMP_ACTIONS.split()],
                        "operators": ["SCMP_CMP_" + o for o in _SECCOMP_OPERATORS.split()],
                        "archs": ["SCMP_ARCH_" + a for a in _SECCOMP_ARCHS.split()],
                        "knownFlags": seccomp_flags, "supportedFlags": seccomp_flags},
            "apparmor": {"enabled": True}, "selinux": {"enabled": True}, "intelRdt": {"enabled": True},
            "mountExtensions": {"idmap": {"enabled": True}},
        },
        "annotations": {"io.github.seccomp.libseccomp.version": LIBSECCOMP,
                        "org.opencontainers.runc.checkpoint.enabled": "true",
                        "org.opencontainers.runc.commit": RUNC[1],
                        "org.opencontainers.runc.version": RUNC[0] + "\n"},
        "potentiallyUnsafeConfigAnnotations": ["bundle", "org.systemd.property.", "org.criu.config"],
    }
    return gotemplate.go_json(features, escape_html=True)


_MOUNT_OPTIONS = (
    "async atime bind defaults dev diratime dirsync exec iversion lazytime loud mand noatime nodev nodiratime "
    "noexec noiversion nolazytime nomand norelatime nostrictatime nosuid nosymfollow private ratime rbind rdev "
    "rdiratime relatime remount rexec rnoatime rnodev rnodiratime rnoexec rnorelatime rnostrictatime rnosuid "
    "rnosymfollow ro rprivate rrelatime rro rrw rshared rslave rstrictatime rsuid rsymfollow runbindable rw "
    "shared silent slave strictatime suid symfollow sync tmpcopyup unbindable")
_CAPABILITIES = (
    "CHOWN DAC_OVERRIDE DAC_READ_SEARCH FOWNER FSETID KILL SETGID SETUID SETPCAP LINUX_IMMUTABLE "
    "NET_BIND_SERVICE NET_BROADCAST NET_ADMIN NET_RAW IPC_LOCK IPC_OWNER SYS_MODULE SYS_RAWIO SYS_CHROOT "
    "SYS_PTRACE SYS_PACCT SYS_ADMIN SYS_BOOT SYS_NICE SYS_RESOURCE SYS_TIME SYS_TTY_CONFIG MKNOD LEASE "
    "AUDIT_WRITE AUDIT_CONTROL SETFCAP MAC_OVERRIDE MAC_ADMIN SYSLOG WAKE_ALARM BLOCK_SUSPEND AUDIT_READ "
    "PERFMON BPF CHECKPOINT_RESTORE")
_SECCOMP_ACTIONS = "ALLOW ERRNO KILL KILL_PROCESS KILL_THREAD LOG NOTIFY TRACE TRAP"
_SECCOMP_OPERATORS = "EQ GE GT LE LT MASKED_EQ NE"
_SECCOMP_ARCHS = ("AARCH64 ARM MIPS MIPS64 MIPS64N32 MIPSEL MIPSEL64 MIPSEL64N32 PPC PPC64 PPC64LE RISCV64 "
                  "S390 S390X X32 X86 X86_64")


def _runtime() -> GoStruct:
    """A stock runtime (io.containerd.runc.v2 and runc are both runc), with its features."""
    return _struct("system.RuntimeWithStatus", {
        "Path": "runc", "Args": GoNil("[]string"), "Type": "", "Options": GoNil("map[string]interface {}"),
        "Status": {"org.opencontainers.runtime-spec.features": _runc_features()},
    }, ("Args", "Type", "Options", "Status"),
        {"Path": "path", "Args": "runtimeArgs", "Type": "runtimeType", "Options": "options", "Status": "status"})


def _registry_config() -> GoStruct:
    """registry.ServiceConfig: its MarshalJSON goes through a map, so its JSON keys (and its
    IndexInfo's) come out sorted. Mirrors is nil (serviceConfig.copy appends to nil), docker.io's []."""
    docker_io = _struct("*registry.IndexInfo", {"Mirrors": [], "Name": "docker.io", "Official": True,
                                                "Secure": True})
    return _struct("*registry.ServiceConfig", {
        "AllowNondistributableArtifactsCIDRs": GoNil("[]*registry.NetIPNet"),
        "AllowNondistributableArtifactsHostnames": GoNil("[]string"),
        "IndexConfigs": {"docker.io": docker_io},
        "InsecureRegistryCIDRs": ["::1/128", "127.0.0.0/8"],  # the loopback CIDRs added by default
        "Mirrors": GoNil("[]string"),
        "ExtraFields": GoNil("map[string]interface {}"),
    }, ("AllowNondistributableArtifactsCIDRs", "AllowNondistributableArtifactsHostnames"), {"ExtraFields": "-"})


def _swarm() -> GoStruct:
    return _struct("swarm.Info", {
        "NodeID": "", "NodeAddr": "", "LocalNodeState": "inactive", "ControlAvailable": False, "Error": "",
        "RemoteManagers": GoNil("[]swarm.Peer"), "Nodes": 0, "Managers": 0,
        "Cluster": GoNil("*swarm.ClusterInfo"), "Warnings": GoNil("[]string"),
    }, ("Nodes", "Managers", "Cluster", "Warnings"))


def _commit(commit: str) -> GoStruct:
    return _struct("system.Commit", {"ID": commit, "Expected": ""}, ("Expected",))


def _system_time(world: World) -> str:
    """time.Now().Format(time.RFC3339Nano) in the host's zone (UTC): the fraction without its
    trailing zeros (the nanoseconds are made up from the clock)."""
    nanos = f"{(world.clock * 2_654_435_761) % 1_000_000_000:09d}".rstrip("0")
    base = datetime.fromtimestamp(world.clock, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{base}.{nanos}Z" if nanos else f"{base}Z"


def server_info(world: World) -> dict[str, Any]:
    """The daemon's system.Info fields, in the struct's order (daemon/info.go SystemInfo)."""
    running, paused, stopped = _container_counts(world)
    return {
        "ID": daemon_id(world),
        "Containers": running + paused + stopped, "ContainersRunning": running, "ContainersPaused": paused,
        "ContainersStopped": stopped,
        "Images": len(world.images),  # the image store's Len(): every image, tagged or dangling
        "Driver": "overlay2",
        # overlay2 Driver.Status()
        "DriverStatus": [["Backing Filesystem", "extfs"], ["Supports d_type", "true"], ["Using metacopy", "false"],
                         ["Native Overlay Diff", "true"], ["userxattr", "false"]],
        "SystemStatus": GoNil("[][2]string"),
        "Plugins": _struct("system.PluginsInfo", {
            "Volume": ["local"], "Network": ["bridge", "host", "ipvlan", "macvlan", "null", "overlay"],
            "Authorization": GoNil("[]string"),
            "Log": ["awslogs", "fluentd", "gcplogs", "gelf", "journald", "json-file", "local", "splunk", "syslog"]}),
        # cgroup v2 with every controller: no kernel-memory fields, no warnings (info_unix.go)
        "MemoryLimit": True, "SwapLimit": True, "KernelMemory": False, "KernelMemoryTCP": False,
        "CPUCfsPeriod": True, "CPUCfsQuota": True, "CPUShares": True, "CPUSet": True, "PidsLimit": True,
        "IPv4Forwarding": True, "Debug": False, "NFd": 25 + 6 * running, "OomKillDisable": False,
        "NGoroutines": 43 + 9 * running, "SystemTime": _system_time(world),
        "LoggingDriver": "json-file", "CgroupDriver": "systemd", "CgroupVersion": "2", "NEventsListener": 0,
        "KernelVersion": hostprofile.KERNEL_RELEASE, "OperatingSystem": hostprofile.OPERATING_SYSTEM,
        "OSVersion": hostprofile.OS_VERSION, "OSType": "linux", "Architecture": hostprofile.MACHINE,
        "IndexServerAddress": "https://index.docker.io/v1/", "RegistryConfig": _registry_config(),
        "NCPU": hostprofile.CPUS, "MemTotal": hostprofile.MEMORY_BYTES,
        "GenericResources": GoNil("[]swarm.GenericResource"), "DockerRootDir": "/var/lib/docker",
        "HTTPProxy": "", "HTTPSProxy": "", "NoProxy": "", "Name": hostprofile.HOSTNAME, "Labels": [],
        "ExperimentalBuild": False, "ServerVersion": VERSION,
        "Runtimes": {"io.containerd.runc.v2": _runtime(), "runc": _runtime()}, "DefaultRuntime": "runc",
        "Swarm": _swarm(), "LiveRestoreEnabled": False, "Isolation": "", "InitBinary": "docker-init",
        "ContainerdCommit": _commit(CONTAINERD[1]), "RuncCommit": _commit(RUNC[1]),
        "InitCommit": _commit(DOCKER_INIT[1]),
        "SecurityOptions": ["name=apparmor", "name=seccomp,profile=builtin", "name=cgroupns"],
        "ProductLicense": "", "DefaultAddressPools": GoNil("[]system.NetworkAddressPool"),
        "FirewallBackend": _struct("*system.FirewallInfo", {"Driver": "iptables", "Info": GoNil("[][2]string")},
                                   ("Info",)),
        "CDISpecDirs": ["/etc/cdi", "/var/run/cdi"], "DiscoveredDevices": GoNil("[]system.DeviceInfo"),
        "Containerd": _struct("*system.ContainerdInfo", {
            "Address": "/run/containerd/containerd.sock",
            "Namespaces": _struct("system.ContainerdNamespaces", {"Containers": "moby", "Plugins": "plugins.moby"}),
        }, ("Address",)),
        "Warnings": GoNil("[]string"),
    }


_INFO_OMITEMPTY = ("SystemStatus", "KernelMemory", "KernelMemoryTCP", "CgroupVersion", "ProductLicense",
                   "DefaultAddressPools", "FirewallBackend", "DiscoveredDevices", "Containerd")
_INFO_JSON = {"CPUCfsPeriod": "CpuCfsPeriod", "CPUCfsQuota": "CpuCfsQuota", "HTTPProxy": "HttpProxy",
              "HTTPSProxy": "HttpsProxy"}


# ---------------------------------------------------------------------------------------------
# The client: clientVersion and clientInfo


def _client_version(api_version: str) -> dict[str, Any]:
    """version.go newClientVersion (API version only when the CLI has talked to the daemon)."""
    return {
        "Platform": _struct("*system.platformInfo", {"Name": PLATFORM}, ("Name",)),
        "Version": VERSION, "APIVersion": api_version, "DefaultAPIVersion": API_VERSION, "GitCommit": CLI_COMMIT,
        "GoVersion": GO_VERSION, "Os": "linux", "Arch": GOARCH, "BuildTime": BUILT, "Context": "default",
    }


_CLIENT_OMITEMPTY = ("Platform", "Version", "APIVersion", "DefaultAPIVersion", "GitCommit", "GoVersion", "Os",
                     "Arch", "BuildTime")


def _plugin(name: str, description: str, version: str) -> GoStruct:
    """A manager.Plugin: its embedded metadata.Metadata, then where it was found."""
    return _struct("manager.Plugin", {
        "SchemaVersion": "0.1.0", "Vendor": "Docker Inc.", "Version": version, "ShortDescription": description,
        "URL": "", "Hidden": False, "Name": name, "Path": f"{PLUGIN_DIR}/docker-{name}", "Err": None,
        "ShadowedPaths": GoNil("[]string"),
    }, ("SchemaVersion", "Vendor", "Version", "ShortDescription", "URL", "Hidden", "Name", "Path", "Err",
        "ShadowedPaths"))


def docker_info(world: World, pretty: bool) -> GoStruct:
    """info.go's dockerInfo: the daemon's fields, then ClientInfo (its APIVersion and UserName are
    filled only for the pretty output)."""
    client = _struct("*system.clientInfo", {
        "Debug": False, **_client_version(API_VERSION if pretty else ""),
        "Plugins": [_plugin(*p) for p in PLUGINS], "Warnings": GoNil("[]string"),
    }, _CLIENT_OMITEMPTY, {"APIVersion": "ApiVersion"})
    return _struct("system.dockerInfo", {
        **server_info(world), "ServerErrors": GoNil("[]string"), "UserName": "",
        "ClientInfo": client, "ClientErrors": GoNil("[]string"),
    }, (*_INFO_OMITEMPTY, "ServerErrors", "ClientErrors"), {**_INFO_JSON, "UserName": "-"})


# ---------------------------------------------------------------------------------------------
# docker info


def _go(v: Any) -> str:
    """fmt.Println's operand: Go's true/false."""
    return ("true" if v else "false") if isinstance(v, bool) else str(v)


def _client_lines(client: GoStruct) -> list[str]:
    """prettyPrintClientInfo."""
    lines = [f"Client: {client['Platform']['Name']}", f" Version:    {client['Version']}",
             f" Context:    {client['Context']}", f" Debug Mode: {_go(client['Debug'])}"]
    if client["Plugins"]:
        lines.append(" Plugins:")
        for p in client["Plugins"]:
            lines += [f"  {p['Name']}: {p['ShortDescription']} ({p['Vendor']})", f"    Version:  {p['Version']}",
                      f"    Path:     {p['Path']}"]
    return lines


def _server_head(info: GoStruct) -> list[str]:
    """prettyPrintServerInfo, from the counts to the plugins."""
    lines = [f" Containers: {info['Containers']}", f"  Running: {info['ContainersRunning']}",
             f"  Paused: {info['ContainersPaused']}", f"  Stopped: {info['ContainersStopped']}",
             f" Images: {info['Images']}", f" Server Version: {info['ServerVersion']}",
             f" Storage Driver: {info['Driver']}"]
    lines += [f"  {k}: {v}" for k, v in info["DriverStatus"]]
    lines += [f" Logging Driver: {info['LoggingDriver']}", f" Cgroup Driver: {info['CgroupDriver']}",
              f" Cgroup Version: {info['CgroupVersion']}", " Plugins:"]
    plugins = info["Plugins"]
    lines += [f"  Volume: {' '.join(plugins['Volume'])}", f"  Network: {' '.join(plugins['Network'])}",
              f"  Log: {' '.join(plugins['Log'])}"]
    lines += [" CDI spec directories:", *(f"  {d}" for d in info["CDISpecDirs"])]
    return lines


def _security_lines(options: list[str]) -> list[str]:
    """system.DecodeSecurityOptions: each "name=x,key=value" option, and its profile."""
    lines = [" Security Options:"]
    for opt in options:
        pairs = dict(kv.partition("=")[::2] for kv in opt.split(","))
        lines.append(f"  {pairs['name']}")
        if "profile" in pairs:
            lines.append(f"   Profile: {pairs['profile']}")
    return lines


def _server_lines(info: GoStruct) -> list[str]:
    """prettyPrintServerInfo for a Linux daemon outside a swarm, with no proxy, labels or mirrors."""
    lines = ["Server:", *_server_head(info), f" Swarm: {info['Swarm']['LocalNodeState']}"]
    # Runtimes comes from a Go map: sorted here (DESIGN: where Docker's order is a map's, sort)
    lines += [f" Runtimes: {' '.join(sorted(info['Runtimes']))}", f" Default Runtime: {info['DefaultRuntime']}",
              f" Init Binary: {info['InitBinary']}", f" containerd version: {info['ContainerdCommit']['ID']}",
              f" runc version: {info['RuncCommit']['ID']}", f" init version: {info['InitCommit']['ID']}"]
    lines += _security_lines(info["SecurityOptions"])
    lines += [f" Kernel Version: {info['KernelVersion']}", f" Operating System: {info['OperatingSystem']}",
              f" OSType: {info['OSType']}", f" Architecture: {info['Architecture']}", f" CPUs: {info['NCPU']}",
              f" Total Memory: {bytes_size(info['MemTotal'])}", f" Name: {info['Name']}", f" ID: {info['ID']}",
              f" Docker Root Dir: {info['DockerRootDir']}", f" Debug Mode: {_go(info['Debug'])}",
              f" Experimental: {_go(info['ExperimentalBuild'])}", " Insecure Registries:"]
    registry = info["RegistryConfig"]
    lines += [f"  {i['Name']}" for i in registry["IndexConfigs"].values() if not i["Secure"]]
    lines += [f"  {cidr}" for cidr in registry["InsecureRegistryCIDRs"]]
    lines += [f" Live Restore Enabled: {_go(info['LiveRestoreEnabled'])}", ""]
    return lines


def _run_template(fmt: str, data: Any, name: str = "") -> tuple[str, DockerError | None]:
    """Run a --format template as the CLI's templates.Parse and Execute do: what it wrote, and the
    error that stopped it (exit 1). A parse error is a StatusError with code 64. `name` is the
    template's name (version.go calls its template "version", info.go's has none)."""
    try:
        tmpl = gotemplate.parse(fmt)
    except TemplateError as exc:
        raise DockerError(f"template parsing error: {_named(str(exc), name)}", 64) from None
    try:
        return tmpl.execute(data), None
    except gotemplate.ExecError as exc:
        return exc.partial, DockerError(_named(str(exc), name))
    except TemplateError as exc:
        return "", DockerError(str(exc))


def _named(message: str, name: str) -> str:
    """Go's text of a template error names the template: layerlab's parser leaves the name empty."""
    if not name or not message.startswith("template: :"):
        return message
    return f"template: {name}:" + message[len("template: :"):].replace('executing "" at', f'executing "{name}" at', 1)


def cmd_info(ctx: Ctx, args: Args) -> int:
    fmt = args.get("format") or ""
    info = docker_info(ctx.world, pretty=not fmt)
    if not fmt:
        for line in [*_client_lines(info["ClientInfo"]), "", *_server_lines(info)]:
            ctx.io.out(line)
        return 0
    # formatInfo: the template writes straight to the output, then a newline
    text, error = _run_template("{{json .}}" if fmt == "json" else fmt, info)
    ctx.io.write(text + "\n")
    if error is not None:
        raise error
    return 0


# ---------------------------------------------------------------------------------------------
# docker version


def _component(name: str, version: str, details: dict[str, str]) -> GoStruct:
    return _struct("types.ComponentVersion", {"Name": name, "Version": version, "Details": dict(sorted(details.items()))},
                   ("Details",))


def version_info() -> GoStruct:
    """versionInfo: the client, and the daemon's types.Version (daemon/info.go SystemVersion, its
    Engine BuildTime reformatted by the CLI's runVersion)."""
    engine = {"GitCommit": ENGINE_COMMIT, "ApiVersion": API_VERSION, "MinAPIVersion": MIN_API_VERSION,
              "GoVersion": GO_VERSION, "Os": "linux", "Arch": GOARCH, "BuildTime": BUILT,
              "KernelVersion": hostprofile.KERNEL_RELEASE, "Experimental": "false"}
    server = _struct("*types.Version", {
        "Platform": _struct("struct { Name string }", {"Name": PLATFORM}),
        "Components": [_component("Engine", VERSION, engine),
                       _component("containerd", CONTAINERD[0], {"GitCommit": CONTAINERD[1]}),
                       _component("runc", RUNC[0], {"GitCommit": RUNC[1]}),
                       _component("docker-init", DOCKER_INIT[0], {"GitCommit": DOCKER_INIT[1]})],
        "Version": VERSION, "APIVersion": API_VERSION, "MinAPIVersion": MIN_API_VERSION, "GitCommit": ENGINE_COMMIT,
        "GoVersion": GO_VERSION, "Os": "linux", "Arch": GOARCH, "KernelVersion": hostprofile.KERNEL_RELEASE,
        "Experimental": False, "BuildTime": BUILD_TIME,
    }, ("Components", "MinAPIVersion", "KernelVersion", "Experimental", "BuildTime"), {"APIVersion": "ApiVersion"})
    client = _struct("system.clientVersion", _client_version(API_VERSION), _CLIENT_OMITEMPTY,
                     {"APIVersion": "ApiVersion"})
    return _struct("system.versionInfo", {"Client": client, "Server": server})


def _default_version(v: GoStruct) -> str:
    """What version.go's defaultVersionTemplate writes for this client and daemon."""
    c, s = v["Client"], v["Server"]
    out = [f"Client: {c['Platform']['Name']}", f" Version:\t{c['Version']}", f" API version:\t{c['APIVersion']}",
           f" Go version:\t{c['GoVersion']}", f" Git commit:\t{c['GitCommit']}", f" Built:\t{c['BuildTime']}",
           f" OS/Arch:\t{c['Os']}/{c['Arch']}", f" Context:\t{c['Context']}", "", f"Server: {s['Platform']['Name']}"]
    for comp in s["Components"]:
        d = comp["Details"]
        out.append(f" {comp['Name']}:")
        if comp["Name"] == "Engine":
            out += [f"  Version:\t{comp['Version']}",
                    f"  API version:\t{d['ApiVersion']} (minimum version {d['MinAPIVersion']})",
                    f"  Go version:\t{d['GoVersion']}", f"  Git commit:\t{d['GitCommit']}", f"  Built:\t{d['BuildTime']}",
                    f"  OS/Arch:\t{d['Os']}/{d['Arch']}", f"  Experimental:\t{d['Experimental']}"]
        else:
            out += [f"  Version:\t{comp['Version']}", *(f"  {k}:\t{d[k]}" for k in sorted(d))]
    return "\n".join(out)


def tabwriter(text: str, minwidth: int = 20, padding: int = 1) -> str:
    """text/tabwriter with padchar ' ' and no flags: a tab-terminated cell is padded to the width
    of its column block (consecutive lines that have that cell), at least minwidth."""
    rows = [line.split("\t") for line in text.split("\n")]
    widths: list[list[int]] = [[0] * (len(r) - 1) for r in rows]

    def block(col: int, lo: int, hi: int) -> None:
        i = lo
        while i < hi:
            if col >= len(rows[i]) - 1:
                i += 1
                continue
            j = i
            while j < hi and col < len(rows[j]) - 1:
                j += 1
            width = max([minwidth, *(len(rows[k][col]) + padding for k in range(i, j))])
            for k in range(i, j):
                widths[k][col] = width
            block(col + 1, i, j)
            i = j

    block(0, 0, len(rows))
    return "\n".join("".join(cell.ljust(w) for cell, w in zip(r, widths[n], strict=False)) + r[-1]
                     for n, r in enumerate(rows))


def cmd_version(ctx: Ctx, args: Args) -> int:
    fmt = args.get("format") or ""
    v = version_info()
    if not fmt:
        ctx.io.write(tabwriter(_default_version(v) + "\n"))
        return 0
    # prettyPrintVersion: the template runs into the tabwriter, then a newline, then Flush
    text, error = _run_template("{{json .}}" if fmt == "json" else fmt, v, "version")
    ctx.io.write(tabwriter(text + "\n"))
    if error is not None:
        raise error
    return 0
