"""`docker build`: the Dockerfile parser, BuildKit's cache rules and its tty progress display."""

from __future__ import annotations

import fnmatch
import hashlib
import json
import posixpath
import re
import shlex
from dataclasses import dataclass, field, replace
from typing import Any

from . import budget, buildprogress, events
from .buildinputs import STDIN, BuildInputs, DockerfileMissing, build_inputs
from .buildinstructions import node_args, run_flags
from .buildonbuild import ParseProblem, instruction_problem, parse_lines, stage_triggers
from .buildstages import (
    Instruction,
    StageError,
    StagePlan,
    check_source_defined,
    from_lints,
    image_key,
    parse_from,
    plan_stages,
    stage_lints,
    step_tag,
    suggest,
    written,
)
from .copyflags import (
    COPY_FLAGS,
    CopySpec,
    FlagError,
    apply_symbolic,
    chmod_mode,
    chown_ids,
    closest,
    parse_copy,
    split_flags,
)
from .dockercli import Args, Ctx, DockerError, refuse_unsimulated
from .dockerfileheredoc import PIPES, RunScript, copy_contents, maybe_heredoc, onbuild_expression, run_script
from .dockerfilesplit import kept_words, shlex_split
from .dockerfilewords import WordError, process_word_missed, step_name
from .execuser import UserError, read_user_in, run_as
from .exposeports import PortError, exposed
from .formatting import progress_bytes
from .fs import (
    DIR,
    ERRNO_TEXT,
    FILE,
    LINK,
    ROOT_UID,
    FsError,
    Tree,
    dir_node,
    file_node,
    join,
    normpath,
    overlay_walk,
    parent_of,
)
from .gotemplate import go_quote
from .healthcheck import history_line as health_history
from .healthcheck import parse_healthcheck
from .imagecmds import image_id_for, tag_image
from .images import REGISTRY, install_base, registry_lookup
from .layerdepth import MAX_DEPTH_EXCEEDED, buildkit_id, chain_id, driver_creates_on
from .process import node_tool, npm_tool
from .refs import RefError, full_name, normalize_tag, parse_ref
from .shell import Shell
from .signals import parse_signal
from .systeminfo import GOARCH
from .toolkit import BUSYBOX, GNU, IO, Output
from .views import ContainerView
from .world import MAX_IMAGES, BuildRecord, Container, Image, Layer, Mount, World

WIDTH = 80
LAYER_STEPS = {"FROM", "RUN", "COPY", "ADD", "WORKDIR"}
SECRET_WORDS = r"(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)"


@dataclass
class Frame:
    """What the progress display knew when a step failed: the steps so far (the failed one last,
    with its output), how many it counted and how long the build took."""

    vertices: list[Vertex]
    total: int
    seconds: float
    # every step the display knows has stopped, a failed one too (display.go isCompleted: its
    # interval has a stop), so all are counted and the display is FINISHED: a base image's
    # metadata that failed to load (nothing else was running)
    settled: bool = False

    def lines(self, mode: str) -> list[str]:
        """The display as drawn in mode, then the failed step's output (printErrorLogs); when no
        step failed (the frontend's own error), every step shown is done: FINISHED."""
        if mode == buildprogress.QUIET:
            return []  # buildkit's discardDisplay: no frame, no error logs
        failed = self.vertices[-1] if self.vertices and self.vertices[-1].error else None
        drawn = (render_progress(self.vertices, self.total, self.seconds, (failed is None or self.settled)
                                 and bool(self.vertices), self.settled)
                 if mode == buildprogress.TTY else buildprogress.render_plain(self.vertices))
        # then buildx's printWarnings, run when the display closes, failed or not (commands/build.go
        # runBuild: progress.WithOnClose), before main prints the error
        return (drawn + (buildprogress.error_logs(failed.name, failed.logs, mode) if failed else [])
                + warning_summary([w for v in self.vertices for w in v.warnings]))


class BuildFailed(Exception):
    """A failed build's output: what the progress display showed (frame), then what buildx's main
    printed (lines: the Dockerfile excerpt, the error)."""

    def __init__(self, lines: list[str], frame: Frame | None = None) -> None:
        super().__init__(lines)
        self.frame = frame
        self.lines = lines


def _step_failed(b: Build, seconds: float, logs: list[str], ins: Instruction, cause: str, error: str) -> BuildFailed:
    """The step shown last failed: its output and the error it carries (cause, what the solver
    notified on the vertex: solver/jobs.go notifyCompleted), for the display; then the error's
    source and the error as buildx's main prints them (cmd/buildx/main.go)."""
    failed = b.vertices[-1]
    failed.logs, failed.error_text = logs, cause
    return BuildFailed([*_excerpt(b.df_lines, ins.line, ins.end), error], Frame(list(b.vertices), len(b.vertices) + 2, seconds))


def parse_dockerfile(text: str) -> list[Instruction]:
    """Instructions with line continuations and comments, read as BuildKit reads them: the
    parser over the whole file (its errors: buildonbuild.parse_lines), then each instruction in
    turn (instructions.Parse: _check_instruction); raises BuildFailed."""
    lines = text.split("\n")
    try:
        out = parse_lines(text)
    except ParseProblem as exc:  # parser.Parse: the lines, without "dockerfile parse error"
        raise BuildFailed(_excerpt(lines, exc.start, exc.end) + [f"ERROR: failed to build: failed to solve: {exc}"]) from None
    staged = False
    for ins in out:
        _check_instruction(ins, lines, staged)
        staged = staged or ins.keyword == "FROM"
    return out


def _check_instruction(ins: Instruction, lines: list[str], staged: bool) -> None:
    """instructions.Parse for one instruction: its own checks (buildonbuild.instruction_problem),
    then, before the first FROM, anything but ARG (CurrentStage)."""
    fail = "ERROR: failed to build: failed to solve: "
    problem = instruction_problem(ins)
    if problem:
        raise BuildFailed(_excerpt(lines, ins.line, ins.end) + [f"{fail}dockerfile parse error on line {ins.line}: {problem}"])
    if not staged and ins.keyword not in ("ARG", "FROM"):
        # the error has the line (parser.WithLocation), not parseError's words
        raise BuildFailed(_excerpt(lines, ins.line, ins.end) + [f"{fail}no build stage in current context"])


def _excerpt(lines: list[str], lineno: int, end: int = 0) -> list[str]:
    """The Dockerfile's lines around an instruction (lines lineno to end), as errdefs Source.Print
    shows them (moby v28.5.2 vendored buildkit solver/errdefs/source.go): two lines either side
    of a one-line instruction, one of a longer one, fewer at the file's ends; >>> on its lines."""
    end = min(max(end, lineno), len(lines))
    first, last, pad, p = lineno, end, 4 if end == lineno else 2, 0
    while p < pad:
        if first > 1:
            first, p = first - 1, p + 1
        if last != len(lines):
            last, p = last + 1, p + 1
        p += 1
    out = [f"Dockerfile:{lineno}", "--------------------"]
    for n in range(first, last + 1):
        marked = lineno <= n <= end
        shown = f" {n:3d} | {'>>>' if marked else '   '} {lines[n - 1]}"
        out.append(shown if marked else shown.rstrip())
    out.append("--------------------")
    return out


def _source_named(lines: list[str], name: str) -> list[str]:
    """The error's source excerpts headed by the Dockerfile's name as buildx sent it (build/opt.go
    loadInputs: filepath.Base of -f, "Dockerfile" for standard input), the name BuildKit's source
    map carries (frontend/dockerui/config.go: llb.NewSourceMap(src, bctx.filename, ...)) and
    errdefs Source.Print writes before the line number."""
    return [f"{name}:{ln[len('Dockerfile:'):]}" if re.fullmatch(r"Dockerfile:\d+", ln)
            and k + 1 < len(lines) and lines[k + 1] == "-" * 20 else ln for k, ln in enumerate(lines)]


def _json_or_shell(args: str, shell: list[str] | None = None) -> tuple[list[str], bool]:
    """A JSON list of strings as it is, else the text run by the stage's SHELL, /bin/sh -c by
    default (convert.go withShell)."""
    if args.startswith("["):
        try:
            value = json.loads(args)
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                return value, True
        except (ValueError, RecursionError):  # nested past Python's stack: not a list of strings either
            pass
    return [*(shell or ["/bin/sh", "-c"]), args], False


@dataclass
class Stage:
    layers: list[str]
    config: dict[str, Any]
    history: list[dict[str, Any]]
    base_digest: str
    base_name: str
    key: str  # cache chain key
    build_args: dict[str, str] = field(default_factory=dict)
    author: str = ""  # the image's author: the base's, then MAINTAINER's (convert.go dispatchMaintainer)
    workdir_set: bool = False  # a WORKDIR of the stage's came already (dispatchState.workdirSet)


@dataclass
class Vertex:
    name: str
    seconds: float
    cached: bool = False
    subs: list[tuple[str, float]] = field(default_factory=list)
    error: bool = False
    warnings: list[str] = field(default_factory=list)  # shown as "WARN: ..." jobs (progressui display.go)
    start: tuple[float, int] = (-1.0, 0)  # when it starts, then FROM, context, step: its place in the display
    logs: list[str] = field(default_factory=list)  # a RUN step's output, each line after its time ("0.105 ...")
    error_text: str = ""  # a failed step's error, as the plain display prints it


def _fmt_line(name: str, seconds: float) -> str:
    timer = f"{seconds:.1f}s"
    left = WIDTH - 4 - (len(timer) + 2) - 1
    name = name[:left]
    return f" => {name}".ljust(WIDTH - 1 - len(timer) - 1) + " " + timer


def render_progress(vertices: list[Vertex], total: int, seconds: float, finished: bool,
                    settled: bool = False) -> list[str]:
    done = sum(1 for v in vertices if settled or not v.error)
    head = f"[+] Building {seconds:.1f}s ({done}/{total}) {'FINISHED' if finished else ''}"
    desc = "docker:default"
    lines = [head.ljust(WIDTH - 1 - len(desc) - 1) + " " + desc]
    for v in vertices:
        prefix = "CACHED " if v.cached else "ERROR " if v.error else ""
        lines.append(_fmt_line(prefix + v.name, v.seconds))
        for sub, secs in v.subs:
            lines.append(_fmt_line("=> " + sub, secs))
        for w in v.warnings:
            lines.append(_fmt_line("WARN: " + w, 0.0))
    return lines


def _context_files(world: World, root: str) -> dict[str, Any]:
    """Files of the build context (relative path -> node), without what .dockerignore excludes."""
    ignore = world.host.get(join(root, ".dockerignore"))
    patterns = [p.strip() for p in (ignore.data.split("\n") if ignore and ignore.kind == FILE else [])
                if p.strip() and not p.strip().startswith("#")]
    files: dict[str, Any] = {}
    for path, node in world.host.walk(root):
        rel = path[len(root):].lstrip("/") if root != "/" else path.lstrip("/")
        if _ignored(rel, patterns):
            continue
        files[rel] = node
    return files


def _ignored(rel: str, patterns: list[str]) -> bool:
    result = False
    for p in patterns:
        neg = p.startswith("!")
        pat = p[1:] if neg else p
        pat = pat.strip("/")
        if pat.startswith("./"):
            pat = pat[2:]
        parts = rel.split("/")
        hit = any(fnmatch.fnmatchcase("/".join(parts[: i + 1]), pat) for i in range(len(parts)))
        if pat.startswith("**/"):
            hit = hit or any(fnmatch.fnmatchcase(x, pat[3:]) for x in parts)
        if hit:
            result = not neg
    return result


def _hash(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode()).hexdigest()


def cmd_build(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    refuse_unsimulated(ctx, args, BUILD_UNSIMULATED)
    iidfile = args.get("iidfile") or ""
    if iidfile:
        _write_iidfile(ctx, iidfile, None)
    mode, print_id = buildprogress.display_mode(ctx, args)
    tags, inputs = _tags_and_inputs(ctx, args, mode)
    try:
        instructions = _parsed(inputs)
        if not instructions:
            raise BuildFailed(["ERROR: failed to build: failed to solve: the Dockerfile cannot be empty"])
        build_args = _build_args(ctx, args)
        plan = _planned(instructions, inputs, build_args, args.get("target") or "")
        result = _run_build(ctx, args, instructions, inputs, tags, plan, build_args)
    except BuildFailed as exc:
        for ln in (exc.frame.lines(mode) if exc.frame else []) + _source_named(exc.lines, inputs.name):
            ctx.io.err(ln)
        return 1
    image, vertices, total_secs, count, warnings = result
    world.clock += max(1, int(total_secs))
    if iidfile:
        _write_iidfile(ctx, iidfile, image.id)
    if mode != buildprogress.QUIET:  # printWarnings: none in the quiet display
        drawn = (render_progress(vertices, count, total_secs, True) if mode == buildprogress.TTY
                 else buildprogress.render_plain(vertices))
        for ln in drawn + warning_summary(warnings):
            ctx.io.err(ln)
    if print_id:
        ctx.io.out(image.id)
    return 0


def _parsed(inputs: BuildInputs) -> list[Instruction]:
    """The Dockerfile's instructions; a parse error comes after the step that loaded the file,
    which is done (the frontend parses what dockerui.ReadEntrypoint read), so the display has
    drawn it, FINISHED, as when the file is missing (_tags_and_inputs)."""
    try:
        return parse_dockerfile(inputs.dockerfile)
    except BuildFailed as exc:
        load = Vertex(f"[internal] load build definition from {inputs.name}", 0.0,
                      subs=[(f"transferring dockerfile: {progress_bytes(inputs.size)}", 0.0)])
        exc.frame = exc.frame or Frame([load], 1, 0.0)
        raise


def _planned(instructions: list[Instruction], inputs: BuildInputs, build_args: dict[str, str], target: str,
             ) -> StagePlan:
    """The build's stages (check_copy_flags); an error in them comes before any image's metadata
    is loaded (convert.go toDispatchState: --target, --from, circular dependencies), so the display
    has drawn the Dockerfile's step alone, FINISHED, with the lint warnings given before them: the
    parser's and the stage names' and FROM's (convert.go: validateStageNames, validateCommandCasing,
    validateBaseImagesWithDefaultArgs, reportUnusedFromArgs come first)."""
    try:
        return check_copy_flags(instructions, inputs.dockerfile.split("\n"), _global_args(instructions, build_args),
                                target)
    except BuildFailed as exc:
        load = Vertex(f"[internal] load build definition from {inputs.name}", 0.0,
                      subs=[(f"transferring dockerfile: {progress_bytes(inputs.size)}", 0.0)])
        load.warnings = stage_lints(instructions) + from_lints(instructions, _default_args(target, build_args),
                                                                build_args)
        exc.frame = exc.frame or Frame([load], 1, 0.0)
        raise


def _tags_and_inputs(ctx: Ctx, args: Args, mode: str) -> tuple[list[str], BuildInputs]:
    """-t's names and the build's inputs, or their error after what the display drew: it is up
    before buildx checks them (build/opt.go toSolveOpt, loadInputs), so with no step the tty one
    still draws its "(0/0)" line; with no Dockerfile, the step that loaded it is there."""
    try:
        return _checked_tags(args.list("tag")), build_inputs(ctx, args)
    except DockerfileMissing as exc:
        # the step ran and sent nothing but fsutil's closing packet
        load = Vertex(f"[internal] load build definition from {exc.name}", 0.0, subs=[("transferring dockerfile: 2B", 0.0)])
        frame = Frame([load], 1, 0.0)
        raise DockerError("\n".join([*frame.lines(mode), exc.message])) from None
    except DockerError as exc:
        if "failed to solve:" in exc.message:
            raise  # the solver's own (no local sources): what it drew first is not modelled
        raise DockerError("\n".join([*Frame([], 0, 0.0).lines(mode), exc.message])) from None


def _checked_tags(tags: list[str]) -> list[str]:
    """-t's names, checked as buildx checks them (build/opt.go toSolveOpt: distribution's
    reference.Parse, whose errors are not ParseNormalizedNamed's)."""
    for t in tags:
        try:
            parse_ref(t)
        except RefError as exc:
            why = ("repository name must have at least one component" if not t
                   else "repository name must be lowercase" if "must be lowercase" in str(exc)
                   else "invalid reference format")
            raise DockerError(f'ERROR: failed to build: invalid tag "{t}": {why}') from None
    return tags


def warning_summary(warnings: list[str]) -> list[str]:
    """What buildx prints after the progress (commands/build.go printWarnings): a blank line,
    the count, then each warning's Short text."""
    if not warnings:
        return []
    found = "1 warning found" if len(warnings) == 1 else f"{len(warnings)} warnings found"
    return ["", f" {found} (use docker --debug to expand):", *[f" - {w}" for w in warnings]]


@dataclass
class Build:
    """One build in progress: its steps so far, the stage they make and the values in scope."""

    ctx: Ctx
    args: Args
    df_lines: list[str]
    files: dict[str, Any]
    root: str | None  # None: the empty context of a Dockerfile read from standard input
    build_args: dict[str, str]
    total_steps: int
    vertices: list[Vertex]
    env: dict[str, str]
    stage: Stage | None = None
    step_no: int = 0
    context: int | None = None  # bytes of context sent (the `transferring context:` figure)
    steps: list[tuple[str, bool]] = field(default_factory=list)  # (layer id, cached) of each layer step
    prefix: str = ""  # the stage's name in step labels, when the build has more than one stage
    sources: set[str] = field(default_factory=set)  # the images whose FROM step is already shown
    plan: StagePlan = field(default_factory=lambda: StagePlan([], [], 0, []))
    index: int = 0  # the stage being built
    keys: dict[str, tuple[Vertex, int]] = field(default_factory=dict)  # a step's key -> its line, its stage's rank
    ready: float = 0.0  # when the stage's steps so far are done (seconds into the build)
    waits: float = 0.0  # when the stage a COPY --from reads is done
    global_args: dict[str, str] = field(default_factory=dict)  # the ARGs before the first FROM that have a value
    undefined: list[str] = field(default_factory=list)  # the instruction's UndefinedVar warnings so far
    lint_at: dict[int, int] = field(default_factory=dict)  # a dispatched line -> where its warnings go
    lints: list[str] = field(default_factory=list)  # the Dockerfile step's warnings (_prelude's first vertex)
    ends: dict[int, float] = field(default_factory=dict)  # when each stage built so far is done
    triggers: dict[int, list[Instruction]] = field(default_factory=dict)  # each stage's ONBUILD triggers
    # the stages built so far (for FROM and COPY --from): each one's end, its values in scope, its steps
    done: dict[int, tuple[Stage, dict[str, str], list[tuple[str, bool]]]] = field(default_factory=dict)


def _cli_labels(args: Args) -> dict[str, str]:
    """--label KEY=VALUE (a bare KEY: an empty value; buildx listToMap)."""
    return {key: value for key, _, value in (a.partition("=") for a in args.list("label"))}


# buildx's flags that layerlab cannot carry out (the ones buildx itself ignores, --memory, --rm,
# --compress..., are ignored here too: commands/build.go "ignore" flags)
BUILD_UNSIMULATED = ("build-context", "cache-from", "cache-to", "cgroup-parent", "no-cache-filter", "output", "push",
                     "secret", "ssh", "shm-size", "ulimit", "attest", "sbom", "provenance", "call", "check", "network",
                     "platform", "allow", "annotation", "builder", "debug", "metadata-file", "print")


def _write_iidfile(ctx: Ctx, path: str, image_id: str | None) -> None:
    """--iidfile: removed before the build, the image's ID written after it (commands/build.go:
    os.Remove, then os.WriteFile with no newline), by the client, on the host."""
    view = ctx.shell.view
    full = ctx.shell.path(path)
    try:
        if image_id is None:
            if view.get(full) is not None:
                view.remove(full)
        else:
            view.write_file(full, image_id)
    except FsError as exc:
        what = "removing image ID file" if image_id is None else "writing image ID file"
        said = ERRNO_TEXT.get(exc.code, exc.code).lower()  # (Go's syscall texts: strerror's, in lower case)
        raise DockerError(f"ERROR: {what}: {'remove' if image_id is None else 'open'} {path}: {said}") from None


def _build_args(ctx: Ctx, args: Args) -> dict[str, str]:
    """--build-arg KEY=VALUE; a bare KEY takes the client's variable, and is left out when it has
    none (buildx listToMap)."""
    build_args: dict[str, str] = {}
    for a in args.list("build-arg"):
        key, has_value, value = a.partition("=")
        if has_value or key in ctx.shell.env:
            build_args[key] = value if has_value else ctx.shell.env[key]
    return build_args


def _global_args(instructions: list[Instruction], build_args: dict[str, str]) -> dict[str, str]:
    """The values in scope before the first FROM: the build args, and each ARG there (its
    --build-arg, else its default); FROM lines expand with them."""
    env = dict(build_args)
    for ins in instructions:
        if ins.keyword == "FROM":
            break
        if ins.keyword != "ARG":
            continue
        # convert.go buildMetaArgs: each name of the line, its default expanded with those before it
        for word in _words(split_flags(ins.args)[1]):
            name, eq, default = word.partition("=")
            if name in build_args or not eq:
                continue
            try:
                env[name] = process_word_missed(default, env)[0]
            except WordError:
                env[name] = default  # (the build reports it where it dispatches the ARG: _arg_step)
    return env


def _run_build(ctx: Ctx, args: Args, instructions: list[Instruction], inputs: BuildInputs,
               tags: list[str], plan: StagePlan, build_args: dict[str, str],
               ) -> tuple[Image, list[Vertex], float, int, list[str]]:
    files = _context_files(ctx.world, inputs.root) if inputs.root is not None else {}
    # the warnings before dispatch: the parser's, the stage names', the casing's, then FROM's
    front = stage_lints(instructions) + from_lints(instructions, _default_args(args.get("target") or "", build_args),
                                                   build_args)
    b = Build(ctx, args, inputs.dockerfile.split("\n"), files, inputs.root, build_args, 0,
              _prelude(ctx.world, instructions, inputs, plan, front), {}, plan=plan)
    b.lints, b.lint_at = b.vertices[0].warnings, _lint_places(instructions, plan, len(front))
    bases = _resolve_bases(b, instructions)
    b.triggers = _triggers(b, instructions, bases)
    try:
        check_steps(plan, instructions, b.df_lines, b.triggers)
    except BuildFailed as exc:  # (dispatch: every metadata step and .dockerignore are done)
        exc.frame = Frame(list(b.vertices), len(b.vertices), round(sum(v.seconds for v in b.vertices), 1))
        raise
    for image, name in bases:
        _from_vertex(b, image, name)  # they start together, before any other step
    b.env = _default_args(args.get("target") or "", build_args)
    for ins in instructions[:plan.stages[0].first]:
        if ins.keyword == "ARG":
            _arg_step(b, ins)
    # a --build-arg is a value only for an ARG that declares it; the global ARGs are FROM's, and a
    # stage's own `ARG NAME` takes one's value (convert.go Dockerfile2LLB: globalArgs, dispatchArg)
    global_env = b.global_args = dict(b.env)
    for index in plan.reached:
        _build_stage(b, instructions, index, global_env)
    target, _, steps = b.done[plan.target]
    b.steps = steps
    labels = _cli_labels(args)
    if labels:  # --label: set on the image made, no step of their own (convert.go: opt.Labels)
        target = replace(target, config={**target.config, "Labels": {**(target.config.get("Labels") or {}), **labels}})
    image = _export(ctx.world, target, tags, b.vertices)
    ctx.world.last_build = _record(ctx.world.last_build, image, tags, b)
    total = round(sum(v.seconds for v in b.vertices) + 0.2, 1)
    return image, b.vertices, total, len(b.vertices), [w for v in b.vertices for w in v.warnings]


def _resolve_bases(b: Build, instructions: list[Instruction]) -> list[tuple[Image, str]]:
    """Every base image's metadata, loaded before any step runs (convert.go
    resolveReachableStages); one not found fails the build at the instruction that names it (the
    stage's FROM, or the COPY whose --from made it a stage: parser.WithLocation), its metadata step
    shown failed with the resolver's error, the steps after it not yet there."""
    bases = []
    for n, ref in enumerate(b.plan.metadata):
        try:
            bases.append(_base_image(b.ctx.world, ref, b.plan.names()))
        except BuildFailed as exc:
            shown = b.vertices[:2 + n]  # the Dockerfile's step, then each metadata step so far
            failed = shown[-1]
            # the step's own error is the resolver's, without the reference and the suggestion wrapped round it
            cause = exc.lines[-1].rpartition(": failed to resolve source metadata for ")[2].partition(": ")[2]
            failed.error, failed.error_text = True, re.sub(r" \(did you mean [^()]*\?\)$", "", cause)
            line, end = _naming(b.plan, instructions, ref)
            raise BuildFailed((_excerpt(b.df_lines, line, end) if line else []) + exc.lines,
                              Frame(shown, len(shown), round(sum(v.seconds for v in shown), 1), True)) from None
    return bases


def _naming(plan: StagePlan, instructions: list[Instruction], ref: str) -> tuple[int, int]:
    """The lines of the first reached stage's FROM that names ref, else of the first COPY whose
    --from names it (the stage toCommand made for it is at the COPY's location)."""
    at = {ins.line: ins for ins in instructions}
    for index in plan.reached:
        stage = plan.stages[index]
        if stage.parent is None and image_key(stage.base) == image_key(ref):
            return instructions[stage.first].line, instructions[stage.first].end
    for index in plan.reached:
        for line, source in sorted(plan.stages[index].sources.items()):
            if image_key(plan.image_of(source)) == image_key(ref):
                return line, at[line].end
    return 0, 0


def _triggers(b: Build, instructions: list[Instruction], bases: list[tuple[Image, str]]) -> dict[int, list[Instruction]]:
    """The reached stages' ONBUILD triggers (buildonbuild.stage_triggers), read once every base's
    metadata is loaded and before any step runs; a trigger that fails to parse fails the build
    there, the display showing what it had: the Dockerfile and the metadata steps, not yet
    .dockerignore (convert.go: DockerIgnorePatterns comes after the triggers)."""
    onbuild_of = {image_key(name): list(image.config.get("OnBuild") or []) for image, name in bases}
    try:
        triggers = stage_triggers(instructions, b.plan, onbuild_of)
    except ParseProblem as exc:
        shown = [v for v in b.vertices if v.name != "[internal] load .dockerignore"]
        raise BuildFailed(_excerpt(b.df_lines, exc.start, exc.end) + [f"ERROR: failed to build: failed to solve: {exc}"],
                          Frame(shown, len(shown), round(sum(v.seconds for v in shown), 1))) from None
    # a trigger's COPY of paths reads the build context, as the stage's own would
    b.plan.context = b.plan.context or any(
        ins.keyword in COPY_FLAGS and any(maybe_heredoc(w) is None for w in parse_copy(ins.keyword, ins.args).words[:-1])
        for found in triggers.values() for ins in found)
    return triggers


def _build_stage(b: Build, instructions: list[Instruction], index: int, global_env: dict[str, str]) -> None:
    """One stage: from its base image, or from where the earlier stage it names ended (that
    stage's files, config, history and ARGs: convert.go dispatchState.init), then its steps."""
    sd = b.plan.stages[index]
    b.prefix, b.total_steps, b.step_no = sd.label, sd.total, 0
    if sd.parent is not None:
        stage, env, steps = b.done[sd.parent]
        b.stage = replace(stage, layers=list(stage.layers), config=json.loads(json.dumps(stage.config)),
                          history=[dict(h) for h in stage.history], build_args=dict(stage.build_args))
        b.env, b.steps, b.ready = dict(env), list(steps), b.ends[sd.parent]
    else:
        b.env, b.steps, b.ready = {}, [], 0.0
        b.stage = _from_stage(b, sd.base)
    if b.plan.context and b.context is None:
        # an empty context still sends fsutil's closing packet: 2 bytes, as an absent .dockerignore
        size = b.context = sum(n.size for n in b.files.values() if n.kind == FILE) if b.files else 2
        _place(b, Vertex("[internal] load build context", 0.0,
                         subs=[(f"transferring context: {progress_bytes(size)}", 0.0)]), (0.0, 1))
    b.index = index
    # a stage's image keeps no trigger of what it starts from: they run now, first, each counted in
    # the stage's total (convert.go init, Dockerfile2LLB: Config.OnBuild = nil; cmdTotal +=)
    if _stage(b).config.get("OnBuild"):
        _stage(b).config["OnBuild"] = None
    triggers = b.triggers.get(index, [])
    b.total_steps += len(triggers)
    for ins in [*triggers, *instructions[sd.first + 1:sd.last]]:
        # A step's lookups through every layer below it are not counted as steps: the clock is
        # looked at once per instruction, so a web caller's deadline stops a build of thousands
        # of steps within a step (it took 0.46 s of a 20 ms deadline to notice before)
        budget.current().check_clock()
        _dispatch(b, ins)
    b.done[index] = (_stage(b), dict(b.env), list(b.steps))
    b.ends[index] = b.ready


def _record(last: BuildRecord | None, image: Image, tags: list[str], b: Build) -> BuildRecord:
    """The build just made, for the drawing, with the context size the last build of its first tag
    sent (so the board can show what a .dockerignore saved)."""
    names = tuple(normalize_tag(t) or t for t in tags)
    contexts = dict(last.contexts) if last is not None else {}
    previous = contexts.get(names[0]) if names else None
    if b.context is not None:
        contexts.update((n, b.context) for n in names)
    return BuildRecord(image.id, names, b.context, previous, tuple(b.steps), b.ctx.world.clock,
                       tuple(sorted(contexts.items())))


def _prelude(world: World, instructions: list[Instruction], inputs: BuildInputs, plan: StagePlan,
             front: list[str]) -> list[Vertex]:
    """The [internal] steps before the first FROM: the Dockerfile (with its lint warnings), the
    metadata of each base image the reached stages start from and of each COPY --from image
    (once each: BuildKit resolves only the stages it reaches), and .dockerignore."""
    load = Vertex(f"[internal] load build definition from {inputs.name}", 0.0,
                  subs=[(f"transferring dockerfile: {progress_bytes(inputs.size)}", 0.0)])
    load.warnings = lint(instructions, plan, front)
    vertices = [load]
    for ref in plan.metadata:
        repo, tag, _ = _source_ref(ref)
        vertices.append(Vertex(f"[internal] load metadata for {full_name(repo)}:{tag or 'latest'}", 0.5))
    ignore = world.host.get(join(inputs.root, ".dockerignore")) if inputs.root is not None else None
    vertices.append(Vertex("[internal] load .dockerignore", 0.0,
                           subs=[(f"transferring context: {progress_bytes(ignore.size if ignore else 2)}", 0.0)]))
    return vertices


def lint(instructions: list[Instruction], plan: StagePlan, front: list[str]) -> list[str]:
    """BuildKit's lint warnings for the Dockerfile (frontend/dockerfile/linter/ruleset.go), as the
    Short texts it prints: those before dispatch (front: buildstages.stage_lints, from_lints),
    then, in the order the reached stages dispatch, each instruction's (_dispatch_lints).
    UndefinedVar and EXPOSE's joins them as the build dispatches (_note_undefined)."""
    out = list(front)
    for _ins, found in _dispatch_lints(instructions, plan):
        out += found
    return out


# convert.go nonEnvArgs: the SBOM scanner's ARGs, never an environment variable nor a warning
NON_ENV_ARGS = frozenset({"BUILDKIT_SBOM_SCAN_CONTEXT", "BUILDKIT_SBOM_SCAN_STAGE"})


def _dispatched(instructions: list[Instruction], plan: StagePlan) -> list[Instruction]:
    return [ins for i in plan.reached for ins in instructions[plan.stages[i].first + 1:plan.stages[i].last]]


def _dispatch_lints(instructions: list[Instruction], plan: StagePlan) -> list[tuple[Instruction, list[str]]]:
    """Each dispatched instruction's warnings, stage by stage: _instruction_lints', and CMD's and
    ENTRYPOINT's (convert.go dispatchCmd, dispatchEntrypoint): validateUsedOnce's
    MultipleInstructionsDisallowed at the line of the one before, which is ignored; then
    JSONArgsRecommended for a shell form when the stage has no SHELL."""
    out = []
    for index in plan.reached:
        last: dict[str, int] = {}
        shell = False
        for ins in instructions[plan.stages[index].first + 1:plan.stages[index].last]:
            found = _instruction_lints(ins)
            kw, name = ins.keyword, written(ins)  # c.Name(): as the line spells it
            if kw in ("CMD", "ENTRYPOINT", "HEALTHCHECK"):  # (dispatchHealthcheck: validateUsedOnce too)
                if kw in last:
                    found.append(f"MultipleInstructionsDisallowed: Multiple {name} instructions should not be used "
                                 f"in the same stage because only the last one will be used (line {last[kw]})")
                last[kw] = ins.line
                if kw != "HEALTHCHECK" and not shell and not _json_or_shell(ins.args)[1]:
                    found.append(f"JSONArgsRecommended: JSON arguments recommended for {name} to prevent unintended "
                                 f"behavior related to OS signals (line {ins.line})")
            shell = shell or kw == "SHELL"
            out.append((ins, found))
    return out


def _lint_places(instructions: list[Instruction], plan: StagePlan, front: int) -> dict[int, int]:
    """Where each dispatched instruction's warnings start in lint()'s list."""
    at, places = front, {}
    for ins, found in _dispatch_lints(instructions, plan):
        places[ins.line] = at
        at += len(found)
    return places


def _instruction_lints(ins: Instruction) -> list[str]:
    """LegacyKeyValueFormat for ENV and LABEL written `KEY value` and SecretsUsedInArgOrEnv for a
    stage's ARG or ENV named like a secret (convert.go getSecretsRegex)."""
    out = []
    kw = ins.keyword
    if kw in ("ENV", "LABEL") and ins.args and "=" not in ins.args.split()[0]:
        name = written(ins)  # c.Name(): as the line spells it
        out.append(f'LegacyKeyValueFormat: "{name} key=value" should be used instead of legacy "{name} key value" '
                   f"format (line {ins.line})")
    keys = [k for k, _ in _kv_pairs(ins.args)] if kw == "ENV" else (
        [w.partition("=")[0] for w in ins.args.split()] if kw == "ARG" else [])
    for key in keys:
        if re.search(SECRET_WORDS, key) and not re.search(r"(?i)(?:_|^)public(?:_|$)", key):
            out.append(f"SecretsUsedInArgOrEnv: Do not use ARG or ENV instructions for sensitive data "
                       f'({kw} "{key}") (line {ins.line})')
    return out


def _note_undefined(b: Build, ins: Instruction) -> None:
    """The instruction's UndefinedVar warnings, put where BuildKit gives them: dispatch expands
    the words first (convert.go dispatch: Expand, reportUnmatchedVariables), before dispatchEnv's
    and dispatchLabel's own warnings; dispatchArg checks a secret-like name before its default."""
    if not b.undefined:
        return
    warnings = b.lints
    at = b.lint_at.get(ins.line, len(warnings))
    if ins.keyword == "ARG":
        at += len(_instruction_lints(ins))
    warnings[at:at] = b.undefined
    for line in b.lint_at:
        if line != ins.line and b.lint_at[line] >= at:
            b.lint_at[line] += len(b.undefined)
    b.undefined = []


def _dispatch(b: Build, ins: Instruction) -> None:
    """Run one instruction of a stage (its FROM is _build_stage's)."""
    kw = ins.keyword
    b.undefined = []
    # ONBUILD keeps its trigger as written, here-documents after it (parseOnBuild's Expression)
    text = (_exposed(b, ins) if kw == "EXPOSE" else onbuild_expression(ins.original, ins.heredocs) if kw == "ONBUILD"
            else _expanded(b, ins))
    if kw == "WORKDIR":
        _note_workdir(b, ins, text)
    if kw == "ARG":
        _arg_step(b, ins)
    elif kw == "WORKDIR" and normpath(text, _stage(b).config.get("WorkingDir") or "/") == "/":
        # WORKDIR / makes no directory, so no layer: only the image's config changes
        stage = _stage(b)
        stage.config["WorkingDir"] = "/"
        stage.history.append(_hist(b.ctx.world, "WORKDIR /", True))
        stage.key = _hash(stage.key, kw, "/")
    elif kw in ("RUN", "COPY", "ADD", "WORKDIR"):
        b.step_no += 1
        _layer_step(b, _stage(b), ins, text)
    else:
        if kw == "VOLUME" and any(not p.strip() for p in (_json_or_shell(text)[0] if text.startswith("[")
                                                          else text.split() or [""])):
            raise BuildFailed(_excerpt(b.df_lines, ins.line, ins.end) + [
                "ERROR: failed to build: failed to solve: VOLUME specified can not be an empty string"])
        if kw == "STOPSIGNAL" and parse_signal(text) is None:  # convert.go dispatchStopSignal: signal.ParseSignal
            raise BuildFailed(_excerpt(b.df_lines, ins.line, ins.end) + [
                f"ERROR: failed to build: failed to solve: invalid signal: {text}"])
        _meta_step(b.ctx.world, _stage(b), kw, text, b.env)
    _note_undefined(b, ins)


def _note_workdir(b: Build, ins: Instruction, path: str) -> None:
    """convert.go dispatchWorkdir: the stage's first WORKDIR, if relative, is a WorkdirRelativePath
    warning (it is relative to the base image's, which may change); later ones are not."""
    stage = _stage(b)
    if not stage.workdir_set and not path.startswith("/"):
        b.undefined.append(f"WorkdirRelativePath: Relative workdir {go_quote(path)} can have unexpected results if "
                           f"the base image changes (line {ins.line})")
    stage.workdir_set = True


def _exposed(b: Build, ins: Instruction) -> str:
    """EXPOSE's ports, blank-separated (exposeports.exposed, with the stage's names); its lint
    warnings join the UndefinedVar ones, where dispatch gives them."""
    try:
        ports, lints = exposed(ins.args, _scope(b))
    except (PortError, WordError) as exc:
        raise BuildFailed(_excerpt(b.df_lines, ins.line, ins.end) + [f"ERROR: failed to build: failed to solve: {exc}"]) from None
    b.undefined += [f"{w} (line {ins.line})" for w in lints]
    return " ".join(ports)


def _step_tag(b: Build) -> str:
    """A step's "[stage-0 2/3]" (convert.go prefixCommand: the stage name only when there are
    several stages, the number as wide as the total: "[ 1/12]")."""
    return step_tag(b.prefix, b.step_no, b.total_steps)


def _stage(b: Build) -> Stage:
    assert b.stage is not None
    return b.stage


def _arg_step(b: Build, ins: Instruction) -> None:
    """ARG NAME[=default] ...: each a value in scope for what follows (convert.go dispatchArg; before
    the first FROM, Dockerfile2LLB's metaArgs loop): the --build-arg, else the default expanded, else
    in a stage the global ARG's value; none at all leaves the name unset. It changes no cache key
    itself; RUN steps after it see it in their environment (d.state.AddEnv)."""
    commits = []
    for word in _words(split_flags(ins.args)[1]):  # (parseArg takes no flag, and ignores them)
        name, eq, default = word.partition("=")
        value: str | None
        if name in b.build_args:
            value = b.build_args[name]
        elif eq:
            value = _word(b, ins, default)  # before FROM: the global ARGs so far
        elif b.stage is not None and name in b.global_args:
            value = b.global_args[name]
        else:
            value = None
        if value is not None:
            b.env[name] = value
        commits.append(name if value is None else f"{name}={value}")
        if b.stage is not None:
            b.stage.build_args[name] = value or ""
    if b.stage is not None:
        b.stage.history.append(_hist(b.ctx.world, "ARG " + " ".join(commits), True))


def _default_args(target: str, build_args: dict[str, str]) -> dict[str, str]:
    """The global ARGs every build starts with (moby v28.5.2 vendor/github.com/moby/buildkit/
    frontend/dockerfile/dockerfile2llb/platform.go defaultArgs): the build and target platform,
    this host's, and the target stage; a --build-arg of the same name wins. A stage sees one only
    through its own `ARG NAME`."""
    variant = "v8" if GOARCH == "arm64" else ""
    platform = f"linux/{GOARCH}" + (f"/{variant}" if variant else "")
    values = {"BUILDPLATFORM": platform, "BUILDOS": "linux", "BUILDOSVERSION": "", "BUILDARCH": GOARCH,
              "BUILDVARIANT": variant, "TARGETPLATFORM": platform, "TARGETOS": "linux", "TARGETOSVERSION": "",
              "TARGETARCH": GOARCH, "TARGETVARIANT": variant, "TARGETSTAGE": target or "default"}
    return {name: build_args.get(name, value) for name, value in values.items()}


def _expanded(b: Build, ins: Instruction) -> str:
    """The instruction's text as its command's Expand leaves it (vendored buildkit
    frontend/dockerfile/instructions/commands.go), each word through the lexer with the names in
    scope before the instruction: WORKDIR's, USER's and STOPSIGNAL's one word; ENV's and LABEL's
    keys and values (expandKvp: `ENV A=1 B=$A` gives B the A from before the line); each VOLUME.
    A RUN is left as written (dispatchRun: the step's shell expands it, ENV and ARG in its env)."""
    kw = ins.keyword
    if kw == "RUN":  # its flags were read by the parser (buildinstructions.run_flags)
        return split_flags(ins.args)[1]
    if kw in ("WORKDIR", "USER", "STOPSIGNAL"):  # parser: parseString
        return _word(b, ins, ins.args)
    pairs = _name_vals(ins.args) if kw in ("ENV", "LABEL") else []
    if pairs:  # handed on as words _kv_pairs reads back as they are
        scope = _scope(b)
        return " ".join(shlex.quote(f"{_word(b, ins, k, scope)}={_word(b, ins, v, scope)}") for k, v in pairs)
    if kw == "VOLUME" and ins.args.strip():  # parseMaybeJSONToList, then each path
        paths, is_json = _json_or_shell(ins.args)
        return json.dumps([_word(b, ins, p) for p in (paths if is_json else ins.args.split())])
    # COPY and ADD: their words are expanded by _copy_step. CMD, ENTRYPOINT, SHELL, HEALTHCHECK,
    # MAINTAINER, ONBUILD: no Expand (instructions/commands.go), so `CMD echo $PORT` keeps its $PORT
    # for the container's shell
    return ins.args


def _name_vals(text: str) -> list[tuple[str, str]]:
    """ENV's and LABEL's pairs as written (parser/line_parsers.go parseNameVal): `KEY value` (the
    rest of the line) when the first word has no =, else each word's KEY=value."""
    words = _words(text)
    if not words:
        return []
    if "=" not in words[0]:
        parts = re.split(r"[\t\v\f\r ]+", text, maxsplit=1)  # reWhitespace
        return [(parts[0], parts[1])] if len(parts) == 2 else []
    return [(k, v) for k, _, v in (w.partition("=") for w in words if "=" in w)]


def _words(text: str) -> list[str]:
    """A line's words, split at blanks outside quotes, the quotes and escapes kept
    (parser/line_parsers.go parseWords; ARG's, ENV's and LABEL's)."""
    return kept_words(text)


def _scope(b: Build) -> dict[str, str]:
    """The names a word is expanded with: the stage state's env (convert.go getEnv): the base
    image's ENV, then the Dockerfile's ENVs and the ARGs with a value, the later one winning."""
    env = dict(e.split("=", 1) for e in ((b.stage.config.get("Env") if b.stage else None) or []) if "=" in e)
    env.update(b.env)
    return env


def _raw_word(b: Build, ins: Instruction, text: str) -> str:
    """A here-document's text as dispatch's ExpandRaw leaves it (a lexer with SkipProcessQuotes:
    $NAME and ${NAME...} replaced, escapes taken, quotes kept), its unset names UndefinedVar
    warnings as _word's."""
    scope = _scope(b)
    try:
        value, missed = process_word_missed(text, scope, skip_quotes=True)
    except WordError as exc:
        raise BuildFailed(_excerpt(b.df_lines, ins.line, ins.end) + [f"ERROR: failed to build: failed to solve: {exc}"]) from None
    _note_missed(b, ins, missed, scope)
    return value


def _word(b: Build, ins: Instruction, word: str, env: dict[str, str] | None = None) -> str:
    """A word of an instruction expanded as dispatch's Expand does (shell/lex.go ProcessWord): its
    quotes taken away, $NAME and ${NAME...} replaced. A word it cannot read fails the build at its
    line (Dockerfile2LLB: parser.WithLocation). In a stage, each name it used that is not set
    and no ARG of the stage declares is an UndefinedVar warning (convert.go
    reportUnmatchedVariables: in Go's map order, here by name; "did you mean" the closest name
    set, suggest.Search)."""
    scope = _scope(b) if env is None else env
    try:
        value, missed = process_word_missed(word, scope)
    except WordError as exc:
        raise BuildFailed(_excerpt(b.df_lines, ins.line, ins.end) + [f"ERROR: failed to build: failed to solve: {exc}"]) from None
    _note_missed(b, ins, missed, scope)
    return value


def _note_missed(b: Build, ins: Instruction, missed: list[str], scope: dict[str, str]) -> None:
    """reportUnmatchedVariables: an UndefinedVar warning for each name a word used that is not
    set and no ARG of the stage declares."""
    if b.stage is not None:
        for name in sorted(set(missed) - set(b.stage.build_args) - NON_ENV_ARGS):
            near = closest(name, list(scope))
            b.undefined.append(f"UndefinedVar: Usage of undefined variable '${name}'"
                               + (f" (did you mean ${near}?)" if near else "") + f" (line {ins.line})")


def _export(world: World, stage: Stage, tags: list[str], vertices: list[Vertex]) -> Image:
    """The image the stage makes (the same ID as an earlier identical build), tagged."""
    _settle_metadata_times(stage)
    exporting = Vertex("exporting to image", 0.0)
    iid = image_id_for(stage.layers, stage.config, stage.history)
    exporting.subs.append(("exporting layers", 0.0))
    exporting.subs.append((f"writing image {iid}", 0.0))
    for t in tags:
        repo, tag, _ = parse_ref(t)
        exporting.subs.append((f"naming to {full_name(repo)}{':' + tag if tag else ''}", 0.0))
    vertices.append(exporting)
    image = world.images.get(iid)
    if image is None:
        if len(world.images) >= MAX_IMAGES:
            raise BuildFailed([f"ERROR: failed to build: layerlab: this sandbox holds at most {MAX_IMAGES} images; "
                               "remove some with docker rmi"])
        created = max((h["created"] for h in stage.history), default=world.clock)
        image = Image(iid, list(stage.layers), stage.config, stage.history, created, author=stage.author)
        world.images[iid] = image
    events.image(world, iid, iid, "create", image)  # daemon/build.go ImageExportedByBuildkit
    for t in tags:
        image = tag_image(world, image, normalize_tag(t) or t)  # ImageNamedByBuildkit: tag
    return image


def _settle_metadata_times(stage: Stage) -> None:
    """Metadata steps take the time of the newest layer step, so a fully cached rebuild makes the
    same image (same ID) instead of a new one that differs only in timestamps."""
    newest = None
    for h in stage.history:
        if h.get("comment") == "buildkit.dockerfile.v0" and not h.get("empty_layer"):
            newest = h["created"] if newest is None else max(newest, h["created"])
    if newest is None:
        newest = max((h["created"] for h in stage.history if h.get("comment") != "buildkit.dockerfile.v0"), default=0)
    for h in stage.history:
        if h.get("comment") == "buildkit.dockerfile.v0" and h.get("empty_layer"):
            h["created"] = newest


def _base_image(world: World, ref: str, stages: tuple[str, ...] = ()) -> tuple[Image, str]:
    """The image a FROM or COPY --from names, pulled when it is not here, and its repo:tag
    (stages: the build's stage names, which the error may suggest)."""
    repo, tag, _ = _source_ref(ref)
    tag = tag or "latest"
    image = world.find_image(f"{repo}:{tag}")
    if image is None:
        base = registry_lookup(repo, tag)
        if base is None:
            name = f"{full_name(repo)}:{tag}"
            # a repository the registry has, without that tag: the resolver found no manifest
            # (containerd core/remotes/docker/resolver.go Resolve: "%s: not found", ErrNotFound);
            # one it does not have: the registry refused the token
            why = (f"{name}: not found" if repo in REGISTRY else "pull access denied, repository does not exist or "
                   "may require authorization: server message: insufficient_scope: authorization failed")
            # convert.go: the error names the reference as written, and suggests a stage name or a
            # common image name close to it (suggest.WrapError with names() and commonImageNames)
            raise BuildFailed([f"ERROR: failed to build: failed to solve: {ref}: failed to resolve source metadata "
                               f"for {name}: {why}" + suggest(ref, [*stages, *_COMMON_IMAGES])])
        image = install_base(world, base, tag)
        # BuildKit keeps a base it pulled in its cache, not as a tagged image.
        remaining = [t for t in image.tags if t != f"{repo}:{tag}"]
        if remaining:
            world.set_tags(image.id, remaining)
        else:
            del world.images[image.id]
    return image, f"{repo}:{tag}"


# convert.go commonImageNames, in its order (sic: no slash after docker.io/library)
_COMMON_IMAGES = [f"{p}{n}{s}" for n in ("alpine", "busybox", "centos", "debian", "golang", "ubuntu", "fedora")
                  for s in ("", ":latest") for p in ("", "docker.io/library")]


def _shown(name: str) -> str:
    """docker.io/library/node:14 for node:14, as BuildKit's steps name an image."""
    repo, _, tag = name.rpartition(":")
    return f"{full_name(repo)}:{tag}"


def _source_ref(ref: str) -> tuple[str, str, str]:
    try:
        return parse_ref(ref)
    except RefError as exc:
        # convert.go: reference.ParseNormalizedNamed's error, so a FROM naming a stage in capitals
        # (stage names are lower-cased; FROM matches them exactly) is an upper-case image name
        raise BuildFailed([f"ERROR: failed to build: failed to solve: failed to parse stage name \"{ref}\": "
                           f"{exc}"]) from None


def _hist(world: World, created_by: str, empty: bool, size: int = 0) -> dict[str, Any]:
    return {"created": world.clock, "created_by": created_by, "empty_layer": empty,
            "comment": "buildkit.dockerfile.v0", "size": size}


def _from_stage(b: Build, ref: str) -> Stage:
    """FROM: the stage starts from the image (pulled when it is not here) or from nothing (scratch:
    no step, llb.Scratch)."""
    if ref == "scratch":
        return Stage([], {"Env": [], "Cmd": None, "Entrypoint": None, "WorkingDir": "", "ExposedPorts": {},
                          "Volumes": {}, "User": "", "Labels": {}}, [], "", "scratch", _hash("scratch"))
    b.step_no += 1
    image, name = _base_image(b.ctx.world, ref, b.plan.names())
    digest = _from_vertex(b, image, name)
    return Stage(list(image.layers), json.loads(json.dumps(image.config)), [dict(h) for h in image.history],
                 digest, name, _hash("from", image.id), author=image.author)


def _from_vertex(b: Build, image: Image, name: str) -> str:
    """The FROM step of an image, shown once however many stages start from it or copy from it
    (one LLB op), named as buildstages.from_labels says; its digest."""
    digest = image.digest or ("sha256:" + _hash("digest", image.id))
    if image.id not in b.sources:
        b.sources.add(image.id)
        label = b.plan.from_labels.get(image_key(name), "")
        _place(b, Vertex(f"{label}FROM {_shown(name)}@{digest}", 0.0), (0.0, 0))
    return digest


def _meta_step(world: World, stage: Stage, kw: str, text: str, env: dict[str, str]) -> None:
    """An instruction that only changes the image's config, and its history entry. None of them
    changes a cache key by itself (BuildKit keeps config out of the LLB ops); ENV reaches later RUN
    steps through their environment, and USER and SHELL through how they run."""
    # ENTRYPOINT resets the base image's CMD unless this stage set one (convert.go: d.cmdSet)
    cmd_set = any(h["created_by"].startswith("CMD") and h.get("comment") == "buildkit.dockerfile.v0"
                  for h in stage.history)
    cmd = stage.config.get("Cmd")
    created_by = META[kw](stage.config, text, env) if kw in META else f"{kw} {text}"
    if kw == "ENTRYPOINT":
        stage.config["Cmd"] = cmd if cmd_set else None
    if kw == "MAINTAINER":
        stage.author = text
    if kw == "ONBUILD":
        # convert.go dispatchOnbuild: the trigger as written is kept for images built FROM this
        # one, and no history entry is made
        stage.config["OnBuild"] = [*(stage.config.get("OnBuild") or []), text]
        return
    stage.history.append(_hist(world, created_by, True))
    if kw in ("USER", "SHELL"):
        stage.key = _hash(stage.key, kw, text)


def _meta_env(cfg: dict[str, Any], text: str, env: dict[str, str]) -> str:
    """buildkit dockerfile2llb/convert.go dispatchEnv, addEnv: each name set where it first is in
    the image's Env, else added at the end. (The list was made again for each name, and a name set
    again moved to the end: an ENV of 5,000 names took 1.7 s.)"""
    pairs = _kv_pairs(text)
    listed = list(cfg.get("Env") or [])
    where: dict[str, int] = {}
    for i, e in enumerate(listed):
        where.setdefault(e.split("=", 1)[0], i)
    for k, v in pairs:
        if k in where:
            listed[where[k]] = f"{k}={v}"
        else:
            where[k] = len(listed)
            listed.append(f"{k}={v}")
        env[k] = v
    if pairs:
        cfg["Env"] = listed
    return "ENV " + " ".join(f"{k}={v}" for k, v in pairs)


def _meta_label(cfg: dict[str, Any], text: str, env: dict[str, str]) -> str:
    pairs = _kv_pairs(text)
    labels = dict(cfg.get("Labels") or {})
    labels.update(pairs)
    cfg["Labels"] = labels
    return "LABEL " + " ".join(f"{k}={v}" for k, v in pairs)


def _meta_expose(cfg: dict[str, Any], text: str, env: dict[str, str]) -> str:
    """convert_expose.go dispatchExpose: each port added to the image's; the history line is this
    instruction's list as Go prints a slice (`EXPOSE [80/tcp]`)."""
    ports = dict(cfg.get("ExposedPorts") or {})
    for p in text.split():
        ports[p] = {}
    cfg["ExposedPorts"] = ports
    return "EXPOSE [" + text + "]"


def _meta_cmd(cfg: dict[str, Any], text: str, env: dict[str, str]) -> str:
    value, _ = _json_or_shell(text, cfg.get("Shell"))
    cfg["Cmd"] = value
    return "CMD [" + " ".join(go_quote(v) for v in value) + "]"  # fmt's %q of the list


def _meta_entrypoint(cfg: dict[str, Any], text: str, env: dict[str, str]) -> str:
    value, is_json = _json_or_shell(text, cfg.get("Shell"))
    cfg["Entrypoint"] = (value or None) if is_json else value  # parseEntrypoint: an empty list is nil
    return "ENTRYPOINT [" + " ".join(go_quote(v) for v in value) + "]"


def _meta_volume(cfg: dict[str, Any], text: str, env: dict[str, str]) -> str:
    value, is_json = _json_or_shell(text)
    paths = value if is_json else text.split()
    vols = dict(cfg.get("Volumes") or {})
    for p in paths:
        vols[p] = {}
    cfg["Volumes"] = vols
    return "VOLUME [" + " ".join(paths) + "]"


def _meta_stopsignal(cfg: dict[str, Any], text: str, env: dict[str, str]) -> str:
    cfg["StopSignal"] = text
    return f"STOPSIGNAL {text}"


def _meta_shell(cfg: dict[str, Any], text: str, env: dict[str, str]) -> str:
    """convert.go dispatchShell: the shell of the shell forms after it (parse.go made sure it is
    a JSON list); the history line is the list as Go prints a slice."""
    value, _ = _json_or_shell(text)
    cfg["Shell"] = value
    return "SHELL [" + " ".join(value) + "]"


def _meta_healthcheck(cfg: dict[str, Any], text: str, env: dict[str, str]) -> str:
    """convert.go dispatchHealthcheck: the stage's healthcheck is this one (parseHealthcheck's
    config: healthcheck.py); the history line is fmt's %q of it."""
    flags, args, is_json = node_args("HEALTHCHECK", text)
    cfg["Healthcheck"] = parse_healthcheck(flags, args, is_json)[0]
    return health_history(cfg["Healthcheck"])


def _meta_user(cfg: dict[str, Any], text: str, env: dict[str, str]) -> str:
    cfg["User"] = text
    return f"USER {text}"


META = {"ENV": _meta_env, "LABEL": _meta_label, "EXPOSE": _meta_expose, "CMD": _meta_cmd,
         "ENTRYPOINT": _meta_entrypoint, "VOLUME": _meta_volume, "USER": _meta_user,
         "STOPSIGNAL": _meta_stopsignal, "SHELL": _meta_shell, "HEALTHCHECK": _meta_healthcheck}


def _kv_pairs(text: str) -> list[tuple[str, str]]:
    try:
        words = shlex_split(text)  # shlex.split's words, read a word at a time
    except ValueError:
        words = text.split()
    if words and "=" not in words[0]:
        return [(words[0], " ".join(words[1:]))]
    return [tuple(w.split("=", 1)) for w in words if "=" in w]  # type: ignore[misc]


def _layer_step(b: Build, stage: Stage, ins: Instruction, text: str) -> None:
    """RUN, COPY, ADD or WORKDIR: reuse the cached layer when the key matches, else make it."""
    world: World = b.ctx.world
    # a RUN with here-documents runs what dispatchRun makes of them (dockerfileheredoc.run_script)
    script = run_script(text, ins.heredocs) if ins.keyword == "RUN" and ins.heredocs else None
    # the step's name is its line as written, expanded (convert.go processCmdEnv over c.String(),
    # the parser's Original: continuation lines joined as they are, the name in its own case; a
    # RUN's keeps its quotes and unset names: dispatchRun's RawQuotes and SkipUnsetEnv; a RUN of
    # one here-document adds its first line: summarizeHeredoc); prefixCommand puts "ONBUILD "
    # before a trigger's
    shown = step_name(ins.original + (script.summary if script else ""), _scope(b), run=ins.keyword == "RUN")
    label = f"{_step_tag(b)} {'ONBUILD ' if ins.onbuild else ''}{shown}"
    copying = _copy_step(b, ins) if ins.keyword in COPY_FLAGS else None
    keyed = text if script is None else script.script + "\x00" + "\x00".join(script.pipe or ())
    key = _step_key(b, stage, ins, keyed, label) if copying is None else _copy_key(b, stage, ins, label, copying)
    cached = world.build_cache.get(key) if not b.args.bool("no-cache") else None
    hit = cached is not None and cached.get("layer") in world.layers
    # a here-document copied or run as a script is a file made first (dispatchCopy, dispatchRun:
    # llb.Mkfile with WithInternalName "preparing inline document"), shown as a step of its own
    for name, data in (copying.inline if copying is not None else [script.pipe] if script and script.pipe else []):
        _inline_vertex(b, name, data, hit)
    if hit:
        assert cached is not None
        _step_vertex(b, key, Vertex(label, 0.0, cached=True))
        b.steps.append((cached["layer"], True))
        stage.layers.append(cached["layer"])
        stage.history.append(dict(cached["history"]))
        if ins.keyword == "WORKDIR":
            stage.config["WorkingDir"] = cached["workdir"]
        stage.key = key
        return
    _check_depth(b, stage, ins, label, key)
    _new_layer(b, stage, ins, text, label, key, copying, script)


def _new_layer(b: Build, stage: Stage, ins: Instruction, text: str, label: str, key: str,
               copying: CopyStep | None, script: RunScript | None) -> None:
    """A layer step the cache does not have: run in a build container on the stage's layers."""
    world: World = b.ctx.world
    workdir = stage.config.get("WorkingDir") or "/"
    build_c = Container(id="build" + key[:59], name="buildkit", image_id="", image_ref="", created=world.clock,
                        cmd=[], entrypoint=[], env=list(stage.config.get("Env") or []), workdir=workdir, rw=Tree(),
                        mounts=[], ports=[], exposed=[])
    if script is not None and script.pipe is not None:
        # dispatchRun: the script's file, mounted read-only at /dev/pipes/ (llb.AddMount, Readonly)
        build_c.mounts = [Mount("tmpfs", PIPES, rw=False)]
        build_c.tmpfs[PIPES] = Tree()
        build_c.tmpfs[PIPES].set("/" + script.pipe[0], file_node(script.pipe[1], mode=0o755))
    # a RUN step's process gets the runtime's /dev, as a container's does (app/engine/devfs.py)
    view = ContainerView(world, build_c, lowers=[world.layers[lid].tree for lid in reversed(stage.layers)],
                         devices=ins.keyword == "RUN")
    seconds = 0.1
    logs: list[str] = []
    if ins.keyword == "WORKDIR":
        created_by = _make_workdir(stage, build_c, view, text, workdir)
    elif copying is not None:
        _copy_files(copying, build_c, view, workdir)
        created_by = copying.history()
    else:
        seconds = 2.8 if "npm" in (script.script if script else text) else 0.3
        argv = [*(stage.config.get("Shell") or ["/bin/sh", "-c"]), script.script] if script else None
        created_by, logs = _run_step(b, stage, build_c, view, ins, text, label, seconds, argv)
    tree = build_c.rw.freeze()
    lid = "sha256:" + _hash("layer", key)
    world.layers[lid] = Layer(lid, tree, created_by, tree.size())
    hist = _hist(world, created_by, False, tree.size())
    world.build_cache[key] = {"layer": lid, "history": hist, "workdir": stage.config.get("WorkingDir", ""),
                              "below": list(stage.layers)}
    stage.layers.append(lid)
    stage.history.append(hist)
    stage.key = key
    b.steps.append((lid, False))
    _step_vertex(b, key, Vertex(label, seconds, logs=logs))


def _inline_vertex(b: Build, name: str, data: str, cached: bool) -> None:
    """The step that makes a here-document's file (an llb.Mkfile on scratch, which needs nothing,
    so it starts with the build's first steps), shown once for the same file; CACHED with the
    step that uses it."""
    key = "inline:" + _hash(name, data)
    if key in b.sources:
        return
    b.sources.add(key)
    _place(b, Vertex("[internal] preparing inline document", 0.0, cached=cached), (0.0, 1))


def _check_depth(b: Build, stage: Stage, ins: Instruction, label: str, key: str) -> None:
    """A step's snapshot is a new overlay2 directory on the chain so far (moby v28.5.2
    builder/builder-next/adapters/snapshot/snapshot.go Prepare: the driver's Create), refused past
    128 lowers (layerdepth); vendor/github.com/moby/buildkit/cache/manager.go New wraps the error
    "failed to prepare <parent> as <snapshot>". The parent is the base image's chain ID while the
    stage has made no layer (GetByBlob), else a build ref's ID; both IDs are random in Docker."""
    if driver_creates_on(len(stage.layers)):
        return
    parent = chain_id(stage.layers) if not b.steps else buildkit_id("snapshot:" + stage.layers[-1])
    b.vertices.append(Vertex(label, 0.0, error=True))
    cause = f"failed to prepare {parent} as {buildkit_id('snapshot:' + key)}: {MAX_DEPTH_EXCEEDED}"
    raise _step_failed(b, 0.5, [], ins, cause, f"ERROR: failed to build: failed to solve: {cause}")


def _step_vertex(b: Build, key: str, vertex: Vertex) -> None:
    """A layer step's line, placed by when it starts: once its stage's step before it and the
    stage a COPY --from reads are done. Two stages that make the same step on the same files make
    one LLB op, shown once, under the name of the stage llb's marshalling reaches last (client/llb
    state.go marshal and mergeMetadata; buildstages.StagePlan.ranks)."""
    rank = b.plan.ranks.get(b.index, 0)
    start, b.waits = max(b.ready, b.waits), 0.0
    if key in b.keys:
        shared, before = b.keys[key]
        if rank > before:
            shared.name = vertex.name
            b.keys[key] = (shared, rank)
        b.ready = max(start, shared.start[0] + shared.seconds)
        return
    b.keys[key] = (vertex, rank)
    b.ready = start + vertex.seconds
    _place(b, vertex, (start, 2))


def _place(b: Build, vertex: Vertex, start: tuple[float, int]) -> None:
    """Put a vertex where progressui shows it: in the order the vertices start (display.go
    trace.update appends each when it first starts); stages run side by side, so their base
    images' FROM steps and the build context come first, each step once what it needs is done."""
    vertex.start = start
    at = len(b.vertices)
    while at > 0 and b.vertices[at - 1].start > start:
        at -= 1
    b.vertices.insert(at, vertex)


def _step_key(b: Build, stage: Stage, ins: Instruction, text: str, label: str) -> str:
    """The cache key of a layer step: the chain so far and what the step depends on."""
    kw = ins.keyword
    if kw == "WORKDIR":
        return _hash(stage.key, kw, text)
    # RUN matches on its command string, with the ARG and ENV values in scope (not every --build-arg)
    in_scope = {**stage.build_args, **dict(e.split("=", 1) for e in (stage.config.get("Env") or []) if "=" in e)}
    return _hash(stage.key, kw, text, json.dumps(sorted(in_scope.items())))


def _make_workdir(stage: Stage, build_c: Container, view: ContainerView, text: str, workdir: str) -> str:
    new_wd = normpath(text, workdir)
    stage.config["WorkingDir"] = new_wd
    todo = []
    p = new_wd
    while p != "/" and view.get(p) is None:
        todo.append(p)
        p = parent_of(p)
    owner = _workdir_owner(view, stage.config.get("User") or "")
    for q in reversed(todo):
        node = dir_node(owner[0])
        build_c.rw.set(q, node if owner[1] == owner[0] else replace(node, gid=owner[1]))
    return f"WORKDIR {new_wd}"


def _workdir_owner(view: ContainerView, user: str) -> tuple[int, int]:
    """The uid and gid WORKDIR's new folders get: the stage's USER's (moby v28.5.2
    vendor/github.com/moby/buildkit/frontend/dockerfile/dockerfile2llb/convert.go dispatchWorkdir:
    llb.Mkdir WithUser). A USER the files do not know leaves them root's here (BuildKit's own
    error for it is not simulated)."""
    if not user:
        return 0, 0
    try:
        found = read_user_in(view, user)
    except UserError:
        return 0, 0
    return found.uid, found.gid


@dataclass
class CopyStep:
    """A COPY or ADD ready to run: its words with the variables in scope expanded, where its
    files come from, and how it sets their owner and mode."""

    keyword: str
    sources: list[str]
    dest: str
    files: dict[str, Any]  # relative path -> node, of the context or of the --from image
    seed: str  # what names the source in a missing-file error
    chown: str = ""
    chmod: str = ""
    image: str = ""  # the --from image's ID, or "stage"; its files keep their owners unless --chown
    written: list[str] = field(default_factory=list)  # the sources as the Dockerfile names them
    inline: list[tuple[str, str]] = field(default_factory=list)  # here-documents: (delimiter, text)

    def history(self) -> str:
        """The history line (convert.go dispatchCopy's commitMessage: --chown and --chmod only;
        the paths, then `<<NAME` for each here-document)."""
        flags = (f" --chown={self.chown}" if self.chown else "") + (f" --chmod={self.chmod}" if self.chmod else "")
        sources = [*(self.written or self.sources), *(f"<<{name}" for name, _ in self.inline)]
        return f"{self.keyword}{flags} {' '.join(sources)} {self.dest} # buildkit"

    def node(self, n: Any, ids: tuple[int, int] | None) -> Any:
        """The node a copied file or folder becomes."""
        mode = n.mode
        if self.chmod and n.kind != LINK:  # fsutil copyFileInfo: a symbolic link keeps its mode
            octal, symbolic = chmod_mode(self.chmod)
            mode = octal if octal is not None else apply_symbolic(symbolic, n.mode, n.kind == DIR)
        if ids is None and self.image:
            return replace(n, mode=mode)
        uid, gid = ids or (ROOT_UID, ROOT_UID)
        made = type(n)(n.kind, n.data, n.size, mode, uid)
        return made if gid == uid else replace(made, gid=gid)

    def new_dir(self, ids: tuple[int, int] | None) -> Any:
        """A folder the copy has to make (fsutil MkdirAll: the --chown owner, and an octal
        --chmod as its mode under the daemon's umask 022)."""
        octal = chmod_mode(self.chmod)[0] if self.chmod else None
        uid, gid = ids or (ROOT_UID, ROOT_UID)
        node = dir_node(uid, 0o755 if octal is None else octal & 0o755)
        return node if gid == uid else replace(node, gid=gid)


def _copy_step(b: Build, ins: Instruction) -> CopyStep:
    """The step's flags read, its words expanded, and its source: the context, an earlier stage, or
    the --from image (pulled when it is not here, and shown as a step of its own the first time)."""
    spec = parse_copy(ins.keyword, ins.args)
    paths, docs = copy_contents(spec.words[:-1], ins.heredocs)
    # CopyCommand.Expand: --chown, --chmod and each source and the destination (shell/lex.go); then
    # ExpandRaw: the text of each here-document whose delimiter has no quote, quotes left as they are
    chown, chmod = (_word(b, ins, spec.flags.get(k, "")) for k in ("chown", "chmod"))
    words = [_word(b, ins, w) for w in [*paths, spec.words[-1]]]
    inline = [(doc.name, _raw_word(b, ins, doc.content) if doc.expand else doc.content) for doc in docs]
    if chmod:
        try:
            chmod_mode(chmod)
        except FlagError as exc:
            raise BuildFailed(_excerpt(b.df_lines, ins.line, ins.end) + [
                f"ERROR: failed to build: failed to solve: {exc}"]) from None
    source = spec.flags.get("from", "")
    if not source:
        return CopyStep(ins.keyword, words[:-1], words[-1], b.files, b.root or STDIN, chown, chmod, inline=inline)
    index = b.plan.stages[b.index].sources[ins.line]
    if index < len(b.plan.stages):
        # an earlier stage: the files it ended with (convert.go dispatchCopy: the source is that
        # stage's state). The step's key takes only the files it copies, as the solver's content
        # checksum of a copy's source does: a change elsewhere in that stage leaves it CACHED.
        built = b.done[index][0]
        lids, marker, seed = built.layers, "stage", built.key
        b.waits = b.ends[index]
    else:
        image, name = _base_image(b.ctx.world, source, b.plan.names())
        _from_vertex(b, image, name)
        lids, marker, seed = image.layers, image.id, image.id
    layers = [b.ctx.world.layers[lid].tree for lid in reversed(lids)]
    files = {path.lstrip("/"): node for path, node in overlay_walk(layers, "/")}
    # a stage's or an image's paths are from its root (convert.go: system.NormalizePath("/", src))
    sources = [src.lstrip("/") or "." for src in words[:-1]]
    return CopyStep(ins.keyword, sources, words[-1], files, seed, chown, chmod, marker, words[:-1], inline)


def _copy_key(b: Build, stage: Stage, ins: Instruction, label: str, step: CopyStep) -> str:
    """The cache key of a COPY or ADD: the chain so far, the files it copies, and --chown,
    --chmod and --from (not --link: without MergeOp, which moby's graphdriver store turns off in
    builder-next/controller.go, a linked copy is the same file operation)."""
    picked = _pick_sources(step.files, step.sources)
    # the context's root is always there, even empty (COPY . . from a Dockerfile read from stdin)
    missing = [src for src in step.sources if not picked.get(src) and _in_context(src) not in ("", ".")]
    if missing:
        b.vertices.append(Vertex(label, 0.0, error=True))
        ref = "".join(chr(97 + (int(c, 16) % 26)) for c in _hash("ref", step.seed)[:25])
        # the vertex carries CalcSlowCache's error; edge.go wraps it "failed to compute cache key"
        cause = f"failed to calculate checksum of ref {ref}::{ref[::-1]}: \"/{_in_context(missing[0])}\": not found"
        raise _step_failed(b, 0.3, [], ins, cause,
                           f"ERROR: failed to build: failed to solve: failed to compute cache key: {cause}")
    content = _hash(*[f"{rel}:{n.kind}:{n.mode}:{n.data}:{n.size}" + (f":{n.uid}:{n.gid}" if step.image else "")
                      for src in step.sources for rel, n in picked[src]])
    if step.inline:  # each here-document's file is an input of the copy (its Mkfile op: name and text)
        content = _hash(content, *[f"{name}\x00{data}" for name, data in step.inline])
    if not (step.chown or step.chmod or step.image):
        # no flag that changes the copy: the key it always had (the step's words as written)
        return _hash(stage.key, ins.keyword, " ".join([*(step.written or step.sources), step.dest]), content)
    return _hash(stage.key, ins.keyword, json.dumps([step.chown, step.chmod, step.image, step.sources, step.dest]),
                 content)


def _copy_files(step: CopyStep, build_c: Container, view: ContainerView, workdir: str) -> None:
    """COPY/ADD from the context (what .dockerignore left in it) or an image into the new layer.
    Every file and folder it makes is root's, or the --chown owner's (Dockerfile reference, COPY
    --chown), except an image's, which keep theirs; a folder already there keeps its owner and
    mode (fsutil copy: overwriteTargetMetadata is false)."""
    files, sources = step.files, step.sources
    ids = chown_ids(view, step.chown) if step.chown else None
    picked = _pick_sources(files, sources)
    # each source: whether it is a folder, whether its contents are copied, what it copies; then
    # each here-document, a file of its delimiter's name, 0644 (dispatchCopy: llb.Mkfile)
    groups = [(src, _is_dir_source(files, src), _is_dir_source(files, src) or src in (".", "./"), picked[src])
              for src in sources]
    groups += [(name, False, False, [(name, file_node(data))]) for name, data in step.inline]
    dest_path = normpath(step.dest, workdir)
    dest_node = view.get(dest_path)
    dest_is_dir = step.dest.endswith("/") or len(groups) > 1 or step.dest in (".", "./") or (
        dest_node is not None and dest_node.kind == DIR)
    # Folders known to be there now: a file's missing folders are looked up from it only as far up
    # as one of these, not each time to the root (a context 1,500 folders deep made each file look
    # up all of them: 1.1 million lookups, 1.6 s; with 3,000 files there, 8 s).
    there_now: set[str] = {"/"}
    for src, dir_source, whole, entries in groups:
        for rel, n in entries:
            base_rel = rel if src in (".", "./") else (rel[len(src.strip('./')):].lstrip("/")
                                                       if dir_source else rel.rsplit("/", 1)[-1])
            if whole:
                target = join(dest_path, base_rel) if base_rel else dest_path
            else:
                target = join(dest_path, base_rel) if dest_is_dir else dest_path
            missing, anc = [], parent_of(target)
            while anc not in there_now:
                missing.append(anc)
                anc = parent_of(anc)
            for anc in reversed(missing):
                if view.get(anc) is None:
                    build_c.rw.set(anc, step.new_dir(ids))
                there_now.add(anc)
            there = view.get(target)
            if n.kind == DIR and there is not None and there.kind == DIR:
                there_now.add(target)
                continue
            build_c.rw.set(target, step.new_dir(ids) if whole and target == dest_path else step.node(n, ids))
            if n.kind == DIR or (whole and target == dest_path):
                there_now.add(target)


def _run_step(b: Build, stage: Stage, build_c: Container, view: ContainerView, ins: Instruction, text: str,
              label: str, seconds: float, argv: list[str] | None = None) -> tuple[str, list[str]]:
    """RUN: the command (argv: what its here-documents make it) in a build container; its history
    line carries the ARGs in scope (convert.go runCommandString: "|N K=V ... cmd")."""
    if argv is None:
        argv = _json_or_shell(text, stage.config.get("Shell"))[0]
    try:
        status, lines = _run_in_build(b.ctx.world, build_c, view, argv, b.env, stage.config.get("User") or "")
    except UserError as exc:
        # the executor looks the stage's USER up in the step's root before it runs anything
        # (moby v28.5.2 vendor/github.com/moby/buildkit/executor/runcexecutor/executor.go oci.GetUser)
        b.vertices.append(Vertex(label, 0.0, error=True))
        raise _step_failed(b, 0.5, [], ins, str(exc), f"ERROR: failed to build: failed to solve: {exc}") from None
    if status != 0:
        b.vertices.append(Vertex(label, seconds, error=True))
        # solver/llbsolver/ops/exec.go Exec: "process %q did not complete successfully"
        cause = f"process {go_quote(' '.join(argv))} did not complete successfully: exit code: {status}"
        raise _step_failed(b, seconds + 0.5, _timed(lines), ins, cause, f"ERROR: failed to build: failed to solve: {cause}")
    in_scope = stage.build_args
    prefix = f"|{len(in_scope)} " + " ".join(f"{k}={v}" for k, v in in_scope.items()) + " " if in_scope else ""
    return f"RUN {prefix}{' '.join(argv)} # buildkit", _timed(lines)


def _timed(lines: list[str]) -> list[str]:
    """A step's output as the display keeps it: each line after the seconds since the step began."""
    return [f"{0.105 + 0.001 * k:.3f} {ln}" for k, ln in enumerate(lines)]


def _in_context(src: str) -> str:
    """A source's path in the context, as BuildKit cleans it against the context's root
    (`../a.txt`, `./a.txt` and `/a.txt` are all a.txt there; "" is the root)."""
    return posixpath.normpath("/" + src).lstrip("/")


def _is_dir_source(files: dict[str, Any], src: str) -> bool:
    s = _in_context(src)
    node = files.get(s)
    return s in ("", ".") or (node is not None and node.kind == DIR)


def _pick_sources(files: dict[str, Any], sources: list[str]) -> dict[str, list[tuple[str, Any]]]:
    picked: dict[str, list[tuple[str, Any]]] = {}
    for s in sources:
        budget.current().step(len(files))  # each source is matched against every context file
        norm = _in_context(s)
        if norm in ("", "."):
            picked[s] = sorted(files.items())
            continue
        matches = [rel for rel in files if (fnmatch.fnmatchcase(rel, norm) and "/" not in rel[len(norm.split('*')[0]):].strip("/")) or rel == norm]
        out: list[tuple[str, Any]] = []
        for m in sorted(set(matches)):
            out.append((m, files[m]))
            if files[m].kind == DIR:
                out += [(r, n) for r, n in sorted(files.items()) if r.startswith(m + "/")]
        picked[s] = out
    return picked


def check_copy_flags(instructions: list[Instruction], df_lines: list[str], global_env: dict[str, str],
                     target: str) -> StagePlan:
    """The stages and the errors BuildKit gives before any step runs: parse errors in the whole file
    (instructions.Parse: FROM's and the COPY and ADD flags), then the stage plan's (--target,
    --from, circular dependencies: buildstages.plan_stages), then each step of the reached stages
    (dispatchCopy)."""
    specs: dict[int, CopySpec] = {}
    fail = "ERROR: failed to build: failed to solve: "
    for ins in instructions:
        try:
            if ins.keyword in COPY_FLAGS:
                specs[ins.line] = parse_copy(ins.keyword, ins.args)
            elif ins.keyword == "FROM":
                parse_from(ins.args)
        except (FlagError, StageError) as exc:
            raise BuildFailed(_excerpt(df_lines, ins.line, ins.end) + [
                f"{fail}dockerfile parse error on line {ins.line}: {exc}"]) from None
    # convert.go toDispatchState counts every ADD, COPY, RUN and WORKDIR in cmdTotal, a `WORKDIR /`
    # too, though dispatchWorkdir gives that one no step (so its number is never shown)
    counted = {ins.line for ins in instructions if ins.keyword in LAYER_STEPS - {"FROM"}}
    try:
        if not any(ins.keyword == "FROM" for ins in instructions):
            raise StageError("dockerfile contains no stages to build")
        return plan_stages(instructions, specs, global_env, target, counted)
    except StageError as exc:
        raise BuildFailed([ln for line in exc.lines for ln in _excerpt(df_lines, line)] + [f"{fail}{exc}"]) from None


def check_steps(plan: StagePlan, instructions: list[Instruction], df_lines: list[str],
                triggers: dict[int, list[Instruction]] | None = None) -> None:
    """What dispatch refuses in the reached stages, in their order (convert.go dispatch, once the
    base images' metadata is loaded and before any step runs), their ONBUILD triggers first: a COPY
    --from a later stage, then dispatchCopy's own refusals, and the RUN flags layerlab cannot carry out."""
    for index in plan.reached:
        stage = plan.stages[index]
        for ins in [*(triggers or {}).get(index, []), *instructions[stage.first + 1:stage.last]]:
            if ins.keyword in COPY_FLAGS:
                spec = parse_copy(ins.keyword, ins.args)
                try:
                    check_source_defined(plan, index, ins.line, spec.flags.get("from", ""))
                except StageError as exc:
                    raise BuildFailed([ln for line in exc.lines for ln in _excerpt(df_lines, line)] + [
                        f"ERROR: failed to build: failed to solve: {exc}"]) from None
                _check_dispatch(ins, spec, df_lines)
            elif ins.keyword == "RUN":
                _check_run(ins, df_lines)


def _check_dispatch(ins: Instruction, spec: CopySpec, df_lines: list[str]) -> None:
    """dispatchCopy's own refusals, in its order: --chmod, then ADD --checksum."""
    problem = ""
    chmod = spec.flags.get("chmod", "")
    try:
        if chmod and "$" not in chmod:
            chmod_mode(chmod)
    except FlagError as exc:
        problem = str(exc)
    sources = spec.words[:-1]
    if not problem and spec.flags.get("checksum"):
        problem = ("checksum can't be specified for multiple sources" if len(sources) != 1
                   else "" if sources[0].startswith(("http://", "https://")) else "checksum requires HTTP(S) or Git sources")
    if not problem and spec.excludes:
        problem = f"layerlab: {ins.keyword} --exclude is not simulated yet"
    if problem:
        raise BuildFailed(_excerpt(df_lines, ins.line, ins.end) + [f"ERROR: failed to build: failed to solve: {problem}"])


def _check_run(ins: Instruction, df_lines: list[str]) -> None:
    """RUN's flags layerlab cannot carry out, refused before any step runs: --mount's caches,
    binds, secrets and tmpfs, --device, and a --network other than default (none takes the step's
    network away, which npm install needs; host asks for an entitlement); --network=default runs
    as a RUN without it."""
    flags = run_flags(split_flags(ins.args)[0])[0]
    refused = next((f"--{name}" for name in ("mount", "device") if name in flags), "")
    network = flags.get("network", ["default"])[0]
    if not refused and network != "default":
        refused = f"--network={network}"
    if refused:
        raise BuildFailed(_excerpt(df_lines, ins.line, ins.end) + [
            f"ERROR: failed to build: failed to solve: layerlab: RUN {refused} is not simulated yet"])


def _run_in_build(world: World, c: Container, view: ContainerView, argv: list[str],
                  env: dict[str, str], user: str = "") -> tuple[int, list[str]]:
    """A RUN step's process, as the stage's USER when it has one (raises UserError when the
    step's /etc/passwd or /etc/group does not know it)."""
    sh_env = dict(e.split("=", 1) for e in c.env if "=" in e)
    sh_env.update(env)
    home_set = bool(sh_env.get("HOME"))
    sh_env.setdefault("HOME", "/root")
    flavor = BUSYBOX if view.get("/bin/busybox") is not None else GNU
    sh = Shell(world, view, flavor, flavor, c.workdir or "/", sh_env, name="sh")
    if user:
        run_as(sh, read_user_in(view, user), home_set)
    sh.extra = {"npm": npm_tool, "node": node_tool(c)}
    sink = Output()
    if sh.resolve(argv[0]) is None:
        return 127, [f"/bin/sh: 1: {argv[0]}: not found" if flavor == GNU else f"/bin/sh: {argv[0]}: not found"]
    status = sh.execute(argv, IO(sink))
    lines = [t for _, t in sink]
    # the shell runs as /bin/sh: that is the name in its own messages
    return status, [("/bin/" + ln) if ln.startswith("sh: ") else ln for ln in lines]
