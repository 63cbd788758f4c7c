#!/usr/bin/env python3
"""Capture the docker CLI's command surface into app/engine/data/docker_cli.json.

Developer tool: needs a docker CLI binary (no daemon) on PATH. The simulator never runs it; it
renders help from the JSON this writes. Flags that a Linux, non-experimental, non-swarm daemon
hides are left out.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

COMMANDS = [
    "", "build", "images", "image ls", "rmi", "image rm", "history", "image history", "pull", "image pull",
    "tag", "image tag", "image inspect", "image prune", "run", "create", "start", "stop", "restart", "rm", "ps",
    "container ls", "logs", "exec", "diff", "commit", "inspect", "container run", "container create",
    "container start", "container stop", "container restart", "container rm", "container logs",
    "container exec", "container diff", "container commit", "container inspect", "container prune",
    "volume", "volume create", "volume ls", "volume inspect", "volume rm", "volume prune", "volume update",
    "container", "image", "system", "system df", "system prune", "version", "cp", "container cp",
    "port", "container port", "rename", "container rename", "kill", "container kill", "pause", "unpause",
    "network", "network ls", "network inspect", "network create", "network rm", "network connect",
    "network disconnect", "network prune",
]
HIDDEN_ON_LINUX = {"cpu-count", "cpu-percent", "io-maxbandwidth", "io-maxiops", "checkpoint",
                   "checkpoint-dir", "squash"}
SWARM_ONLY = {("volume create", f) for f in ("availability", "group", "limit-bytes", "required-bytes",
                                              "scope", "secret", "sharing", "topology-preferred",
                                              "topology-required", "type")} | {("volume ls", "cluster"),
                                                                                 ("volume update", "availability")}
# Commands a Linux daemon that is neither a swarm manager nor experimental hides from their group's
# help (cmd/docker/docker.go hideUnsupportedFeatures: the "swarm": "manager" and "experimental"
# annotations)
SWARM_ONLY_COMMANDS = {("volume", "update"), *(("", c) for c in ("checkpoint", "config", "node", "secret", "service",
                                                                  "stack"))}

LIST_FORMAT = ("Format output using a custom template:\n'table':            Print output in table format with column "
               "headers (default)\n'table TEMPLATE':   Print output in table format using the given Go template\n"
               "'json':             Print in JSON format\n'TEMPLATE':         Print output using the given Go "
               "template.\nRefer to https://docs.docker.com/go/formatting/ for more information about formatting "
               "output with templates")
INSPECT_FORMAT = ("Format output using a custom template:\n'json':             Print in JSON format\n"
                  "'TEMPLATE':         Print output using the given Go template.\nRefer to "
                  "https://docs.docker.com/go/formatting/ for more information about formatting output with templates")
CGROUPNS = ("Cgroup namespace to use (host|private)\n'host':    Run the container in the Docker host's cgroup "
            "namespace\n'private': Run the container in its own private cgroup namespace\n'':        Use the cgroup "
            "namespace as configured by the\n           default-cgroupns-mode option on the daemon (default)")

FLAG = re.compile(r"^  (?:-(?P<short>\S), )?\s*--(?P<long>[\w-]+)(?: (?P<var>[\w-]+))?\s{2,}(?P<usage>.*)$")


def capture(cmd: str) -> dict:
    argv = ["docker", *cmd.split(), "--help"]
    text = subprocess.run(argv, capture_output=True, text=True).stdout
    lines = text.split("\n")
    entry: dict = {"path": ("docker " + cmd).strip(), "flags": [], "commands": [], "aliases": ""}
    section = None
    i = 0
    desc: list[str] = []
    while i < len(lines):
        ln = lines[i]
        if ln.startswith("Usage:"):
            entry["use"] = ln[len("Usage:"):].strip()
            section = "desc"
        elif ln in ("Aliases:",):
            entry["aliases"] = lines[i + 1].strip()
            i += 1
            section = None
        elif ln.endswith(":") and not ln.startswith(" ") and ln not in ("",):
            section = ln[:-1]
            if section not in ("Options", "Global Options"):
                entry["commands"].append({"section": section, "items": []})
        elif section == "desc":
            if ln.strip():
                desc.append(ln)
        elif section in ("Options", "Global Options") and ln.strip():
            m = FLAG.match(ln)
            if m:
                usage = m.group("usage").strip()
                entry["flags"].append({"short": m.group("short") or "", "long": m.group("long"),
                                       "var": m.group("var") or "", "usage": usage,
                                       "global": section == "Global Options"})
            elif entry["flags"]:
                entry["flags"][-1]["usage"] += " " + ln.strip()
        elif section and entry["commands"] and ln.strip():
            name, _, short = ln.strip().partition(" ")
            if (cmd, name.rstrip("*")) not in SWARM_ONLY_COMMANDS:
                entry["commands"][-1]["items"].append([name.rstrip("*"), short.strip()])
        elif ln.strip() and section is None and "use" in entry and not entry.get("extra"):
            entry.setdefault("extra_text", []).append(ln)
        i += 1
    entry["short"] = "\n".join(desc)
    kept = []
    for f in entry["flags"]:
        if f["long"] in HIDDEN_ON_LINUX or (cmd, f["long"]) in SWARM_ONLY:
            continue
        m = re.search(r" \(default (.*)\)$", f["usage"])
        f["default"] = m.group(1) if m else None
        if m:
            f["usage"] = f["usage"][: m.start()]
        if f["usage"].startswith("Format output using a custom template:"):
            f["usage"] = LIST_FORMAT if "'table'" in f["usage"] else INSPECT_FORMAT
        if f["long"] == "cgroupns":
            f["usage"] = CGROUPNS
            f["default"] = None
        kept.append(f)
    entry["flags"] = kept
    return entry


# Entries written by hand from the buildx v0.29.1 sources (commands/root.go, commands/prune.go,
# commands/build.go), as `docker builder` is the buildx plugin in Docker 28.5 and `docker build`
# is forwarded to `docker buildx build` (docker/cli cmd/docker/builder.go processBuilder): a
# capture keeps them as they are.
FROM_SOURCE = ("builder", "builder prune", "build")


def main() -> None:
    out = {c or "docker": capture(c) for c in COMMANDS}
    target = Path(__file__).resolve().parents[1] / "app/engine/data/docker_cli.json"
    kept = json.loads(target.read_text()) if target.exists() else {}
    out.update({key: kept[key] for key in FROM_SOURCE if key in kept})
    target.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} commands to {target}", file=sys.stderr)


if __name__ == "__main__":
    main()
