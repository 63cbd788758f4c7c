"""How `docker build` shows its progress: buildx's --progress modes and BuildKit's plain display.

docker/buildx v0.29.1 commands/build.go toDisplayMode picks the mode; BuildKit's progressui
(vendor/github.com/moby/buildkit/util/progress/progressui: display.go NewDisplay, printer.go
textMux) draws it. The tty display itself is build.render_progress.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .dockercli import Args, Ctx, DockerError

if TYPE_CHECKING:
    from .build import Vertex

TTY, PLAIN, QUIET = "tty", "plain", "quiet"

# what WithDesc gives the plain display to print first (commands/build.go runBuild: the builder
# is the current context's, "default", on the docker driver)
PLAIN_DESC = 'building with "default" instance using docker driver'


def display_mode(ctx: Ctx, args: Args) -> tuple[str, bool]:
    """The display the build draws (tty, plain or quiet) and whether it prints the image ID at the
    end. buildOptions.toDisplayMode: --progress=quiet is -q, "none" is the quiet display without
    the ID, -q with any other mode but auto is an error; NewDisplay: auto and tty are the
    terminal's display (layerlab's terminal is one), BUILDKIT_PROGRESS stands in for auto
    (util/progress/printer.go NewPrinter), an unknown mode is an error."""
    progress = args.get("progress") if "progress" in args.given else "auto"
    progress = str(progress)
    quiet = args.bool("quiet") or progress == "quiet"
    mode = QUIET if progress == "none" else progress
    if quiet:
        if mode not in ("auto", QUIET):
            raise DockerError(f"ERROR: progress={progress} and quiet cannot be used together")
        return QUIET, True
    if mode == "auto" and ctx.shell.env.get("BUILDKIT_PROGRESS"):
        mode = ctx.shell.env["BUILDKIT_PROGRESS"]
    if mode in ("", "auto", TTY):
        return TTY, False
    if mode == "rawjson":  # (the words app/web/ownwords.py knows how to say in Korean)
        raise DockerError("layerlab: docker build --progress is not simulated yet")
    if mode not in (PLAIN, QUIET):
        raise DockerError(f"ERROR: invalid progress mode {mode}")
    return mode, False


def render_plain(vertices: list[Vertex]) -> list[str]:
    """BuildKit's plain display (printer.go textMux.printVtx): the description as "#0", then each
    step numbered as it is printed, a blank line between steps: its name, its statuses ("done"
    once complete, with their time past 0.01s), its warnings, its output, then DONE with its
    time, CACHED, or ERROR with the step's error."""
    lines = [f"#0 {PLAIN_DESC}"] if vertices else []  # (said with the first step)
    for n, v in enumerate(vertices, 1):
        lines += ["", f"#{n} {v.name}"]
        for sub, secs in v.subs:
            lines.append(f"#{n} {sub}{f' {secs:.1f}s' if secs > 0.01 else ''} done")
        lines += [f"#{n} WARN: {w}" for w in v.warnings]
        lines += [f"#{n} {ln}" for ln in v.logs]
        if v.error:
            lines.append(f"#{n} ERROR: {v.error_text}")
        elif v.cached:
            lines.append(f"#{n} CACHED")
        else:
            lines.append(f"#{n} DONE {v.seconds:.1f}s")
    return lines


def error_logs(label: str, logs: list[str], mode: str) -> list[str]:
    """What the display prints for the failed step when it is done (display.go printErrorLogs):
    its output between "------" lines; the tty display keeps all of it, the plain one its last
    ten lines (logsBufferSize)."""
    kept = logs if mode == TTY else logs[-10:]
    return ["------", f" > {label}:", *kept, "------"]
