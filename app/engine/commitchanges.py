"""`docker commit -c`: the Dockerfile instructions the daemon applies to the committed config."""

from __future__ import annotations

import shlex
from typing import Any

from .build import META
from .buildinstructions import node_args
from .dockercli import DockerError
from .fs import normpath
from .gotemplate import go_quote
from .healthcheck import parse_healthcheck
from .runflags import port_spec
from .signals import parse_signal

# moby v28.5.2 builder/dockerfile/builder.go validCommitCommands
_COMMIT_COMMANDS = ("cmd", "entrypoint", "healthcheck", "env", "expose", "label", "onbuild", "stopsignal", "user",
                    "volume", "workdir")


def commit_changes(changes: list[str]) -> list[tuple[str, str]]:
    """The instructions (KEYWORD, rest) BuildFromConfig applies, checked in its order: the
    Dockerfile parser over all of them, validCommitCommands (the keyword lower-cased in the error),
    each instruction's own arguments (instructions.ParseCommand), then what dispatching them checks."""
    out: list[tuple[str, str]] = []
    if not changes:
        return out
    for line in "\n".join(changes).split("\n"):
        words = line.strip().split(None, 1)
        if not words or words[0].startswith("#"):
            continue
        out.append((words[0].lower(), words[1].strip() if len(words) > 1 else ""))
    if not out:
        raise DockerError("Error response from daemon: file with no instructions")
    for kw, rest in out:
        if kw in ("env", "label"):
            _name_values(kw.upper(), rest)
    for kw, _ in out:
        if kw not in _COMMIT_COMMANDS:
            raise DockerError(f"Error response from daemon: {kw} is not a valid change command")
    for kw, rest in out:
        _arguments(kw.upper(), rest)
    for kw, rest in out:
        _dispatch_checks(kw.upper(), rest)
    return [(kw.upper(), _exposed(rest) if kw == "expose" else rest) for kw, rest in out]


def _fail(message: str) -> DockerError:
    return DockerError(f"Error response from daemon: {message}")


def _name_values(key: str, rest: str) -> None:
    """buildkit parser/line_parsers.go parseNameVal: KEY name value, or KEY name=value ..."""
    words = _words(rest)
    if not words:
        return
    if "=" not in words[0]:
        if len(rest.split(None, 1)) < 2:
            raise _fail(f"{key} must have two arguments")
        return
    for word in words:
        if "=" not in word:
            raise _fail(f"Syntax error - can't find = in {go_quote(word)}. Must be of the form: name=value")


def _words(rest: str) -> list[str]:
    try:
        return shlex.split(rest, posix=False)
    except ValueError:
        return rest.split()


def _arguments(kw: str, rest: str) -> None:
    """instructions/parse.go: the argument counts (USER, WORKDIR and STOPSIGNAL take the whole rest
    as their one argument)."""
    if rest:
        if kw == "HEALTHCHECK":  # parseHealthcheck (healthcheck.py): its flags, type, intervals, retries
            problem = parse_healthcheck(*node_args(kw, rest))[1]
            if problem:
                raise _fail(problem)
        if kw == "ONBUILD":
            trigger = rest.split(None, 1)[0].upper()
            if trigger == "ONBUILD":
                raise _fail("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed")
            if trigger in ("MAINTAINER", "FROM"):
                raise _fail(f"{trigger} isn't allowed as an ONBUILD trigger")
        return
    if kw in ("ENV", "LABEL", "EXPOSE", "VOLUME", "ONBUILD", "HEALTHCHECK"):
        raise _fail(f"{kw} requires at least one argument")
    if kw in ("USER", "WORKDIR", "STOPSIGNAL"):
        raise _fail(f"{kw} requires exactly one argument")


def _dispatch_checks(kw: str, rest: str) -> None:
    """builder/dockerfile/dispatchers.go: EXPOSE parses its ports (nat.ParsePortSpecs), STOPSIGNAL
    its signal (signal.ParseSignal)."""
    if kw == "EXPOSE":
        _exposed(rest)
    elif kw == "STOPSIGNAL" and parse_signal(rest) is None:
        raise _fail(f"invalid signal: {rest}")


def _exposed(rest: str) -> str:
    """The ports EXPOSE adds, one PORT/proto each (a range is every port in it)."""
    ports = []
    for spec in rest.split():
        try:
            ports += [f"{port}/{proto}" for _, port, _, proto in port_spec(spec)]
        except DockerError as exc:
            raise _fail(exc.message) from None
    return " ".join(ports)


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
        # (HEALTHCHECK is META's: the image's Healthcheck, healthcheck.py)
