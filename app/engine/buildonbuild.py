"""A Dockerfile's instructions read one at a time, as the frontend vendored in moby v28.5.2 reads
them (vendor/github.com/moby/buildkit/frontend/dockerfile): the parser's pass over a text
(parser/parser.go Parse), each instruction's own checks (instructions/parse.go
ParseInstruction), and the ONBUILD triggers a stage runs after its FROM (dockerfile2llb/convert.go
Dockerfile2LLB's loop over the reachable stages, initOnBuildTriggers): the base image's OnBuild,
or, for a stage FROM an earlier stage, that stage's own ONBUILD instructions, each trigger parsed
as a Dockerfile of its own, placed at the FROM line (its errors and its steps' point there)."""

from __future__ import annotations

import re

from . import budget
from .buildinstructions import instruction_error, parser_error, read_lines
from .buildstages import Instruction, StageError, StagePlan, image_key, parse_from
from .copyflags import COPY_FLAGS, FlagError, closest, parse_copy
from .dockerfileheredoc import maybe_heredoc, onbuild_expression
from .dockerfilewords import VALUE_STEPS

KNOWN = {"FROM", "RUN", "CMD", "LABEL", "MAINTAINER", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME",
         "USER", "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}


class ParseProblem(Exception):
    """The parser's error about an instruction: its first and last lines and its words."""

    def __init__(self, message: str, start: int, end: int) -> None:
        super().__init__(message)
        self.start, self.end = start, end


def parse_lines(text: str) -> list[Instruction]:
    """parser.Parse: each instruction with its here-documents; ParseProblem with the line's own
    error, then its here-documents' (heredocsFromLine, "unterminated heredoc"), both without
    instructions.Parse's "dockerfile parse error"."""
    out: list[Instruction] = []
    for logical in read_lines(text):
        start, end, body = logical.start, logical.end, logical.body
        # each character is read several times over by what follows (dockerfilewords.VALUE_STEPS):
        # an instruction of a megabyte took 15 s and more, uncharged, on the slow lane everyone shares
        budget.current().step(len(body) * VALUE_STEPS)
        keyword, rest = (re.split(r"[\t\v\f\r ]+", body.strip(), maxsplit=1) + [""])[:2]  # splitCommand
        kw = keyword.upper()
        problem = (parser_error(kw, rest.strip()) if kw in KNOWN else "") or logical.problem
        if problem:
            raise ParseProblem(problem, start, end)
        out.append(Instruction(kw if kw in KNOWN else keyword, rest.strip(), start, body.strip(), end, logical.empty,
                               logical.heredocs))
    return out


def instruction_problem(ins: Instruction) -> str:
    """instructions/parse.go ParseInstruction's refusal of one instruction ("" when it takes it):
    an unknown one, its own checks (COPY's and ADD's flags and a here-document as destination,
    FROM's words, the others' in buildinstructions.instruction_error)."""
    kw = ins.keyword
    try:
        if kw not in KNOWN:
            return f"unknown instruction: {kw}{suggest_instruction(kw)}"
        if kw in COPY_FLAGS:
            # parseSourcesAndDest: a here-document may be a source, not the destination
            dest = parse_copy(kw, ins.args).words[-1]
            return f"{kw} cannot accept a heredoc as a destination" if maybe_heredoc(dest) else ""
        if kw == "FROM":
            parse_from(ins.args)
            return ""
        return instruction_error(kw, ins.args)
    except (FlagError, StageError) as exc:
        return str(exc)


def suggest_instruction(kw: str) -> str:
    """An unknown instruction's suggestion (parse.go: suggest.WrapError over allInstructionNames,
    case-insensitive): the instruction fewest edits away, under 3, written as upper case for a
    name in upper case and lower case otherwise (util/suggest matchCase)."""
    match = closest(kw.upper(), sorted(KNOWN))
    if not match:
        return ""
    return f" (did you mean {match if kw == kw.upper() else match.lower()}?)"


def parse_trigger(text: str, at: Instruction) -> Instruction:
    """initOnBuildTriggers for one trigger: parser.Parse of its text, which must be one
    instruction, then instructions.ParseCommand (a FROM is a stage, no command); the instruction
    placed at the FROM's lines. ParseProblem (at the FROM) with the error as it comes, without
    "dockerfile parse error"."""
    try:
        parsed = parse_lines(text)
    except ParseProblem as exc:
        raise ParseProblem(str(exc), at.line, at.end) from None
    if not parsed:
        raise ParseProblem("file with no instructions", at.line, at.end)
    if len(parsed) != 1:
        raise ParseProblem("onbuild trigger should be a single expression", at.line, at.end)
    ins = parsed[0]
    problem = instruction_problem(ins)
    if not problem and ins.keyword == "FROM":
        problem = "*instructions.Stage is not a command type"  # ParseCommand: %T of a *Stage
    if not problem and ins.keyword in COPY_FLAGS and parse_copy(ins.keyword, ins.args).flags.get("from"):
        problem = "layerlab: an ONBUILD trigger's COPY --from is not simulated yet"
    if problem:
        raise ParseProblem(problem, at.line, at.end)
    return Instruction(ins.keyword, ins.args, at.line, ins.original, at.end, False, ins.heredocs, onbuild=True)


def stage_triggers(instructions: list[Instruction], plan: StagePlan,
                   onbuild_of: dict[str, list[str]]) -> dict[int, list[Instruction]]:
    """Each reached stage's triggers (Dockerfile2LLB: d.image.Config.OnBuild of a stage from an
    image, onbuild_of by image_key; the base stage's ONBUILD expressions for one from a stage),
    in the order they run, before its own instructions; ParseProblem for the first that fails."""
    out: dict[int, list[Instruction]] = {}
    for index in plan.reached:
        stage = plan.stages[index]
        if stage.parent is not None:
            parent = plan.stages[stage.parent]
            texts = [onbuild_expression(ins.original, ins.heredocs)
                     for ins in instructions[parent.first + 1:parent.last] if ins.keyword == "ONBUILD"]
        else:
            texts = onbuild_of.get(image_key(stage.base), []) if stage.base != "scratch" else []
        budget.current().step(len(texts))
        triggers = [parse_trigger(text, instructions[stage.first]) for text in texts]
        if triggers:
            out[index] = triggers
    return out
