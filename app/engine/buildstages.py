"""The stages of a Dockerfile: what each FROM starts, which stages a build reaches, and where
each COPY --from reads, as the Dockerfile frontend vendored in moby v28.5.2 plans them
(vendor/github.com/moby/buildkit/frontend/dockerfile: instructions/parse.go parseFrom,
parseBuildStageName; dockerfile2llb/convert.go toDispatchState, toCommand, addState,
validateCircularDependency, allReachableStages, prefixCommand). build.py runs the stages."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .copyflags import CopySpec, closest, split_flags
from .dockerfileheredoc import Heredoc, maybe_heredoc
from .dockerfilesplit import parse_words
from .dockerfilewords import WordError, process_word, process_word_missed
from .refs import RefError, full_name, parse_ref

# parse.go validStageName, checked on the lower-cased name
_VALID_NAME = re.compile(r"^[a-z][a-z0-9-_.]*$")
# convert.go reservedStageNames (the ReservedStageName lint)
_RESERVED = ("context", "scratch")


@dataclass
class Instruction:
    keyword: str
    args: str  # raw text after the keyword
    line: int  # first line (1-based)
    original: str
    end: int = 0  # its last line, when lines continue it (0: line)
    empty_continuation: bool = False  # an empty line was among the lines that continue it
    heredocs: tuple[Heredoc, ...] = ()  # the here-documents it opens, with their text (dockerfileheredoc)
    onbuild: bool = False  # a trigger of the base's ONBUILD, run after FROM (convert.go command.isOnBuild)


class StageError(Exception):
    """A planning error, worded as BuildKit words it, with the Dockerfile lines it points at."""

    def __init__(self, message: str, lines: tuple[int, ...] = ()) -> None:
        super().__init__(message)
        self.lines = lines


def parse_from(args: str) -> tuple[str, str]:
    """FROM's image (as written) and its AS name lower-cased, or "" (parse.go parseFrom and
    parseBuildStageName: `AS` in any case; the name must start with a letter)."""
    words = split_flags(args)[1].split()
    if len(words) == 3 and words[1].lower() == "as":
        name = words[2].lower()
        if not _VALID_NAME.match(name):
            raise StageError(f'invalid name for build stage: "{words[2]}", '
                             "name can't start with a number or contain symbols")
        return words[0], name
    if len(words) != 1:
        raise StageError("FROM requires either one or three arguments")
    return words[0], ""


@dataclass
class StageDef:
    """One FROM and the instructions after it, up to the next FROM."""

    index: int
    name: str  # the AS name, lower-cased, or ""
    base: str  # the image or earlier stage it starts from, the global ARGs expanded
    first: int  # the FROM's position in the instruction list
    last: int  # one past the stage's last instruction
    parent: int | None = None  # the earlier stage FROM names (convert.go addState: by its exact name)
    label: str = ""  # in step labels: the name, stage-N, or "" when the build has one stage
    total: int = 0  # the steps counted in "[label n/total]" (convert.go cmdTotal)
    sources: dict[int, int] = field(default_factory=dict)  # a COPY --from's line -> the stage it reads


@dataclass
class StagePlan:
    """The stages of a build: the Dockerfile's, then one per COPY --from that names an image."""

    stages: list[StageDef]
    images: list[str]  # the --from images, as stages len(stages), len(stages) + 1, ...
    target: int
    reached: list[int]  # the Dockerfile stages the target needs, in dispatch order
    context: bool = False  # whether a reached stage copies from the build context
    from_labels: dict[str, str] = field(default_factory=dict)  # base image -> its FROM step's "[b 1/2] "
    ranks: dict[int, int] = field(default_factory=dict)  # stage -> when llb's marshalling reaches it
    metadata: list[str] = field(default_factory=list)  # the images whose metadata the build loads

    def names(self) -> tuple[str, ...]:
        """The stages' names as errors suggest them (dispatchStates.names: stage-N for one unnamed)."""
        return tuple(s.label for s in self.stages if s.label)

    def image_of(self, index: int) -> str:
        """The image a --from stage index names ("" for a Dockerfile stage)."""
        return self.images[index - len(self.stages)] if index >= len(self.stages) else ""


def step_tag(label: str, number: int, total: int) -> str:
    """convert.go prefixCommand: "[b 2/3]", the number as wide as the total ("[ 1/12]")."""
    return f"[{label + ' ' if label else ''}{number:>{len(str(total))}}/{total}]"


def image_key(ref: str) -> str:
    """docker.io/library/busybox:latest for busybox: what tells two bases apart."""
    try:
        repo, tag, _ = parse_ref(ref)
    except RefError:
        return ref
    return f"{full_name(repo)}:{tag or 'latest'}"


def plan_stages(instructions: list[Instruction], specs: dict[int, CopySpec], global_env: dict[str, str],
                target: str, counted: set[int]) -> StagePlan:
    """The build's stages (counted: the lines of the steps that take a number), or StageError."""
    stages = _stages(instructions, global_env, counted)
    by_name = {s.name: s.index for s in stages if s.name}  # a duplicate name: the last one (addState)
    plan = StagePlan(stages, [], len(stages) - 1, [])
    if target:
        if target.lower() not in by_name:
            names = [s.name or f"stage-{s.index}" for s in stages]
            raise StageError(f'target stage "{target}" could not be found{suggest(target, names)}')
        plan.target = by_name[target.lower()]
    for stage in stages:
        for ins in instructions[stage.first + 1:stage.last]:
            source = specs[ins.line].flags.get("from", "") if ins.line in specs else ""
            if source:
                stage.sources[ins.line] = _source_index(plan, by_name, source)
    _check_circular(plan)
    if len(stages) + len(plan.images) == 1:
        stages[0].label = ""  # convert.go: a lone stage's steps carry no name
    _reach(plan, specs, instructions)
    return plan


def _stages(instructions: list[Instruction], global_env: dict[str, str], counted: set[int]) -> list[StageDef]:
    froms = [n for n, ins in enumerate(instructions) if ins.keyword == "FROM"]
    stages: list[StageDef] = []
    by_name: dict[str, int] = {}
    for i, first in enumerate(froms):
        ins = instructions[first]
        written, name = parse_from(ins.args)
        try:  # convert.go: ProcessWordWithMatches(st.BaseName, globalArgs), an error at the FROM line
            base = process_word(written, global_env)
        except WordError as exc:
            raise StageError(str(exc), (ins.line,)) from None
        if not base:
            raise StageError(f"base name ({written}) should not be blank", (ins.line,))
        last = froms[i + 1] if i + 1 < len(froms) else len(instructions)
        stage = StageDef(i, name, base, first, last, by_name.get(base), name or f"stage-{i}")
        stage.total = (1 if base != "scratch" and stage.parent is None else 0) + sum(
            1 for x in instructions[first + 1:last] if x.line in counted)
        stages.append(stage)
        if name:
            by_name[name] = i
    return stages


def _source_index(plan: StagePlan, by_name: dict[str, int], source: str) -> int:
    """toCommand: a number is a stage's index among those known so far; a name is a stage's,
    else an image, which becomes a stage of its own (each --from naming it makes another)."""
    try:  # convert.go toCommand: the lexer over --from's value with no names at all
        same = process_word(source, {}) == source
    except WordError as exc:
        raise StageError(str(exc)) from None
    if not same:
        raise StageError("variable expansion is not supported for --from, define a new stage with FROM "
                         "using ARG from global scope as a workaround")
    if re.fullmatch(r"[+-]?[0-9]{1,18}", source):  # strconv.Atoi
        index = int(source)
        if not 0 <= index < len(plan.stages) + len(plan.images):
            raise StageError(f"invalid stage index {index}")
        return index
    if source.lower() in by_name:
        return by_name[source.lower()]
    plan.images.append(source)
    return len(plan.stages) + len(plan.images) - 1


def _check_circular(plan: StagePlan) -> None:
    """validateCircularDependency: a stage that copies from itself, or from a stage that copies
    back; the error names the first stage, in Dockerfile order, the cycle is found from."""
    deps = {s.index: {src: line for line, src in s.sources.items()} for s in plan.stages}
    visited: set[int] = set()

    def visit(index: int, path: list[int], lines: tuple[int, ...]) -> tuple[int, ...] | None:
        if index in visited:
            return None
        visited.add(index)
        path.append(index)
        for dep, line in deps.get(index, {}).items():
            if dep in path:
                return (*lines, line)
            found = visit(dep, path, (*lines, line))
            if found is not None:
                return found
        path.pop()
        return None

    for stage in plan.stages:
        cycle = visit(stage.index, [], ())
        if cycle is not None:
            raise StageError(f"circular dependency detected on stage: {stage.label}", cycle)


def _reach(plan: StagePlan, specs: dict[int, CopySpec], instructions: list[Instruction]) -> None:
    """allReachableStages from the target (its base and what it copies from), and what they need:
    the context, each base image's metadata, the name of each base's FROM step."""
    reached: set[int] = set()

    def add(index: int) -> None:
        if index in reached:
            return
        reached.add(index)
        if index < len(plan.stages):
            stage = plan.stages[index]
            if stage.parent is not None:
                add(stage.parent)
            for src in stage.sources.values():
                add(src)

    add(plan.target)
    plan.reached = sorted(i for i in reached if i < len(plan.stages))
    for i in sorted(reached):
        stage = plan.stages[i] if i < len(plan.stages) else None
        ref = plan.image_of(i) if stage is None else stage.base if stage.parent is None else "scratch"
        if ref != "scratch" and image_key(ref) not in map(image_key, plan.metadata):
            plan.metadata.append(ref)
        if stage is not None:
            # (a COPY of here-documents alone reads no context: dispatchCopy copies them from scratch)
            plan.context = plan.context or any(
                x.line in specs and not specs[x.line].flags.get("from")
                and any(maybe_heredoc(w) is None for w in specs[x.line].words[:-1])
                for x in instructions[stage.first + 1:stage.last])
    _marshal_order(plan)


def _marshal_order(plan: StagePlan) -> None:
    """Stages with the same base share one FROM step (one LLB op), and so do identical steps on
    the same files; such a step shows the name of the last stage to reach it (llb's marshal walks
    the target's chain, then each COPY --from source, and a later op's metadata overwrites an
    earlier one's: client/llb state.go marshal, mergeMetadata)."""
    labels = plan.from_labels
    seen = plan.ranks

    def visit(index: int) -> None:
        if index in seen:
            return
        seen[index] = len(seen)
        if index >= len(plan.stages):
            labels[image_key(plan.image_of(index))] = ""
            return
        stage = plan.stages[index]
        if stage.parent is not None:
            visit(stage.parent)
        elif stage.base != "scratch":
            labels[image_key(stage.base)] = step_tag(stage.label, 1, stage.total) + " "
        for line in sorted(stage.sources):
            visit(stage.sources[line])

    visit(plan.target)


def check_source_defined(plan: StagePlan, index: int, line: int, source: str) -> None:
    """dispatch: a COPY --from a stage the build has not run yet, one defined after this one."""
    src = plan.stages[index].sources.get(line)
    if src is not None and index < src < len(plan.stages):
        raise StageError(f'cannot copy from stage "{source}", it needs to be defined before current stage '
                         f'"{plan.stages[index].label}"', (line,))


def stage_lints(instructions: list[Instruction]) -> list[str]:
    """The lint warnings the parser gives for FROM and MAINTAINER lines (StageNameCasing,
    FromAsCasing, MaintainerDeprecated: parse.go ParseInstructionWithLinter), then
    validateStageNames' (ReservedStageName, DuplicateStageName), then validateCommandCasing's."""
    # convert.go Dockerfile2LLB: the parser's warnings first (an empty line continuing an instruction)
    out: list[str] = [f"NoEmptyContinuation: Empty continuation line (line {ins.end})"
                      for ins in instructions if ins.empty_continuation]
    names: list[tuple[str, int]] = []
    for ins in instructions:
        if ins.keyword == "MAINTAINER":  # parse.go: MaintainerDeprecated, as the parser reaches it
            out.append(f"MaintainerDeprecated: Maintainer instruction is deprecated in favor of using label "
                       f"(line {ins.line})")
        if ins.keyword != "FROM":
            continue
        words = split_flags(ins.args)[1].split()
        if len(words) != 3:
            continue
        written = ins.original.split()[0]
        if words[2] != words[2].lower():
            out.append(f"StageNameCasing: Stage name '{words[2]}' should be lowercase (line {ins.line})")
        if written in (written.lower(), written.upper()) and words[1] != (
                words[1].lower() if written == written.lower() else words[1].upper()):
            out.append(f"FromAsCasing: '{words[1]}' and '{written}' keywords' casing do not match (line {ins.line})")
        names.append((words[2].lower(), ins.line))
    seen: set[str] = set()
    for name, line in names:
        if name in _RESERVED:
            out.append(f'ReservedStageName: Stage name should not use the same name as reserved stage "{name}" '
                       f"(line {line})")
        if name in seen:
            out.append(f'DuplicateStageName: Duplicate stage name "{name}", stage names should be unique (line {line})')
        seen.add(name)
    return out + casing_lints(instructions)


def _meta_args(instructions: list[Instruction], env: dict[str, str], build_args: dict[str, str]) -> dict[str, str]:
    """convert.go buildMetaArgs: the ARGs before the first FROM over env, each default expanded
    with those before it, a build arg of the same name winning; WordError when one cannot be."""
    env = dict(env)
    for ins in instructions:
        if ins.keyword == "FROM":
            break
        for word in (parse_words(split_flags(ins.args)[1]) if ins.keyword == "ARG" else []):
            name, eq, default = word.partition("=")
            if name in build_args:
                env[name] = build_args[name]
            elif eq:
                env[name] = process_word(default, env)
    return env


def from_lints(instructions: list[Instruction], defaults: dict[str, str], build_args: dict[str, str]) -> list[str]:
    """The warnings about FROM lines BuildKit gives before dispatch (convert.go Dockerfile2LLB):
    validateBaseImagesWithDefaultArgs, each stage's name expanded with the ARGs' defaults only,
    InvalidDefaultArgInFrom when that is no image name (it gives up at a name the lexer cannot
    read); then, stage by stage, reportUnusedFromArgs: UndefinedArgInFrom for each name a FROM
    uses that no ARG before the first FROM declares (Go's map order; here by name)."""
    froms = [ins for ins in instructions if ins.keyword == "FROM"]
    out: list[str] = []
    try:
        env = _meta_args(instructions, defaults, {})
        for ins in froms:
            written_name = parse_from(ins.args)[0]
            try:
                parse_ref(process_word(written_name, env))
            except RefError:
                out.append(f"InvalidDefaultArgInFrom: Default value for ARG {written_name} results in empty or "
                           f"invalid base image name (line {ins.line})")
        env = _meta_args(instructions, defaults, build_args)
    except (WordError, StageError):
        return out
    first = instructions.index(froms[0]) if froms else len(instructions)
    declared = sorted(set(env) | {w.partition("=")[0] for ins in instructions[:first] if ins.keyword == "ARG"
                                  for w in parse_words(split_flags(ins.args)[1])})
    for ins in froms:
        try:
            missed = process_word_missed(parse_from(ins.args)[0], env)[1]
        except (WordError, StageError):
            continue
        for name in sorted(set(missed) - set(declared)):
            near = closest(name, declared)
            out.append(f"UndefinedArgInFrom: FROM argument '{name}' is not declared"
                       + (f" (did you mean {near}?)" if near else "") + f" (line {ins.line})")
    return out


def written(ins: Instruction) -> str:
    """The instruction's name as the Dockerfile spells it (the parser's node.Value, the name a
    command's warnings give: `cmd` for a `cmd` line)."""
    return ins.original.split(None, 1)[0] if ins.original.strip() else ins.keyword


def casing_lints(instructions: list[Instruction]) -> list[str]:
    """convert.go validateCommandCasing: the casing most of the stages' instructions are written in
    (the ARGs before the first FROM are not a stage's; a tie is upper case), and
    ConsistentInstructionCasing for each instruction written otherwise, in mixed case included."""
    first = next((n for n, ins in enumerate(instructions) if ins.keyword == "FROM"), len(instructions))
    names = [(written(ins), ins.line) for ins in instructions[first:]]
    lower = sum(1 for name, _ in names if name == name.lower())
    upper = sum(1 for name, _ in names if name == name.upper() and name != name.lower())
    majority_lower = lower > upper
    out = []
    for name, line in names:
        want = "lowercase" if majority_lower else "uppercase"
        if name != (name.lower() if majority_lower else name.upper()):
            out.append(f"ConsistentInstructionCasing: Command '{name}' should match the case of the command "
                       f"majority ({want}) (line {line})")
    return out


def suggest(value: str, options: list[str]) -> str:
    """util/suggest WrapError, case-sensitive: the first option under 3 edits away, none on an
    exact match."""
    if value in options:
        return ""
    best = closest(value, options)
    return f" (did you mean {best}?)" if best else ""
