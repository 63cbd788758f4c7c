"""`docker commit -c`: the Dockerfile instructions the daemon applies to the committed config."""

from __future__ import annotations

from typing import Any

from .build import META
from .dockercli import DockerError
from .fs import normpath

# moby v28.5.2 builder/dockerfile/builder.go validCommitCommands
_COMMIT_COMMANDS = ("cmd", "entrypoint", "healthcheck", "env", "expose", "label", "onbuild", "stopsignal", "user",
                    "volume", "workdir")


def commit_changes(changes: list[str]) -> list[tuple[str, str]]:
    """The instructions (KEYWORD, rest) BuildFromConfig applies, each checked against
    validCommitCommands first; the parser lower-cases the keyword the error names."""
    out = []
    for line in "\n".join(changes).split("\n"):
        words = line.strip().split(None, 1)
        if not words or words[0].startswith("#"):
            continue
        kw = words[0].lower()
        if kw not in _COMMIT_COMMANDS:
            raise DockerError(f"Error response from daemon: {kw} is not a valid change command")
        out.append((kw.upper(), words[1] if len(words) > 1 else ""))
    return out


def apply_changes(config: dict[str, Any], changes: list[tuple[str, str]]) -> None:
    """Each instruction's effect on the image config, in order."""
    cmd_set = False
    for kw, text in changes:
        if kw in META:
            cmd = config.get("Cmd")
            META[kw](config, text, {})
            cmd_set = cmd_set or kw == "CMD"
            if kw == "ENTRYPOINT":
                # dispatchers.go dispatchEntrypoint: the CMD goes unless these changes set one
                config["Cmd"] = cmd if cmd_set else None
        elif kw == "WORKDIR":
            config["WorkingDir"] = normpath(text, config.get("WorkingDir") or "/")
        elif kw == "STOPSIGNAL":
            config["StopSignal"] = text
        elif kw == "ONBUILD":
            config["OnBuild"] = [*(config.get("OnBuild") or []), text]
        # HEALTHCHECK: layerlab keeps no health checks
