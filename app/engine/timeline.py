"""A container's main process in simulated time: when each line of its output is written, and where
a process that never ends (a shell loop) stops being run ahead.

A main process runs to its end when it starts, its `sleep`s counted in simulated seconds; its
lines are kept with the second they were written and reach the log as the world's clock passes
them (lifecycle.tick). A process that does not end within PROCESS_STEPS of work, or writes more
than MAX_LOG_LINES lines still to come, is stopped there and stays running: what it wrote until
then comes in time. (Lines written at once go to the log at once, which keeps its last MAX_LOG_LINES.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import budget
from .shellgrammar import Compound, Step
from .shellparse import SimpleCommand
from .toolkit import Lines, Output
from .world import MAX_LOG_LINES, Container, add_logs

# Work a main process may do ahead when it starts (a tenth of a command line's budget): a loop
# that prints a line and sleeps a second runs over a thousand passes within it.
PROCESS_STEPS = 100_000


class Suspended(Exception):
    """The main process has run as far ahead as layerlab runs it: it goes on running."""


class Paused(Exception):
    """A main process whose last command is a loop that ends each pass with `sleep N` has reached
    the world's clock at the end of a pass: it sleeps now, and runs its next passes when the clock
    gets there (process.resume_loop), with the shell's variables and directory as they are."""

    def __init__(self, env: dict[str, str], cwd: str) -> None:
        super().__init__()
        self.env = env
        self.cwd = cwd


@dataclass
class Timeline:
    """Seconds since the main process started, and what it has done so far. With a `horizon` (the
    seconds since the start that the world's clock has reached), a loop that ends each pass with a
    sleep is run only up to it: what it writes to files happens as time passes, not all at once."""

    start_steps: int
    now: int = 0
    lines: int = 0  # lines written after the start, held until the clock reaches them
    horizon: int | None = None
    started: int | None = None  # the world's clock when the process started (None: as the world's now)
    traps: dict[int, str] | None = None  # the main shell's traps as it runs on (shelltrap.keep_for_process)

    def clock(self, world_clock: int) -> int:
        """The second the process has reached, on the world's clock."""
        return (world_clock if self.started is None else self.started) + self.now

    def check(self) -> None:
        """Stop running ahead once the process has written or worked enough."""
        if self.lines > MAX_LOG_LINES or budget.current().steps - self.start_steps > PROCESS_STEPS:
            raise Suspended()

    def pausing(self, loops: int, body: list[Step]) -> bool:
        """Whether the outermost loop's pass that just ended leaves the process asleep past the clock,
        or has done half of what it may do in one go (then the next command runs it on: an hour
        of `sleep 1` passes is caught up a part at each command, never all in one)."""
        if self.horizon is None or loops != 1 or not ends_with_sleep(body):
            return False
        spent = budget.current().steps - self.start_steps
        return self.now > self.horizon or spent > PROCESS_STEPS // 2 or self.lines > MAX_LOG_LINES // 2


def ends_with_sleep(body: list[Step]) -> bool:
    """A loop body whose last step is `sleep N` alone (N a whole number of seconds)."""
    if not body:
        return False
    last = body[-1]
    if last.op == "||" or last.negate or len(last.pipeline) != 1 or not isinstance(last.pipeline[0], SimpleCommand):
        return False
    argv = last.pipeline[0].argv
    return len(argv) == 2 and argv[0] == "sleep" and argv[1].isdigit() and not last.pipeline[0].redirects


def resumable_loop(steps: list[Step]) -> Compound | None:
    """The loop a main process's script ends with, when it can be paused at the end of a pass and
    run on from its condition: a while or until whose body ends with `sleep N`, with no other loop
    anywhere before it (the outermost loop running is then always this one)."""
    if not steps:
        return None
    last = steps[-1]
    if last.op != ";" or last.negate or len(last.pipeline) != 1:
        return None
    loop = last.pipeline[0]
    if not isinstance(loop, Compound) or loop.kind not in ("while", "until") or loop.redirects:
        return None
    if not ends_with_sleep(loop.parts[1]) or _has_loop(steps[:-1]) or _has_loop(loop.parts[0]):
        return None
    return loop


def _has_loop(steps: list[Step]) -> bool:
    return any(isinstance(cmd, Compound) and (cmd.kind in ("while", "until", "for") or any(map(_has_loop, cmd.parts)))
               for step in steps for cmd in step.pipeline)


class TimedOutput(Output):
    """A process's output with the second each line was begun at."""

    def __init__(self, timeline: Timeline) -> None:
        super().__init__()
        self.timeline = timeline
        self.times: list[int] = []

    def add(self, fd: int, text: str, end: str = "\n") -> None:
        super().add(fd, text, end)
        new = len(self) - len(self.times)
        self.times.extend([self.timeline.now] * new)
        if self.timeline.now:
            self.timeline.lines += new


def split_by_time(lines: list[str], times: list[int], start: int) -> tuple[list[str], list[list[Any]]]:
    """The lines written at once, and [when, line] for the others (when: the world's clock)."""
    now = [line for line, t in zip(lines, times, strict=False) if t == 0]
    later = [[start + t, line] for line, t in zip(lines, times, strict=False) if t > 0]
    return now, later[:MAX_LOG_LINES]  # the first to come: past them the process is not run ahead


class TimedLines(Lines):
    """A process's lines with the simulated second each was written (the world's clock)."""

    times: list[int] | None = None


def add_timed(c: Container, written: list[tuple[int, str]]) -> None:
    """(second, line) pairs into c's log, those of one second together."""
    i = 0
    while i < len(written):
        j = i
        while j < len(written) and written[j][0] == written[i][0]:
            j += 1
        add_logs(c, [line for _, line in written[i:j]], written[i][0])
        i = j


def release_due(c: Container, clock: int) -> list[str]:
    """Move the main process's lines whose time has come into c's log; the lines moved."""
    pending = c.process.get("pending")
    if not pending:
        return []
    due = [(int(when), str(line)) for when, line in pending if when <= clock]
    add_timed(c, due)
    if due:
        c.process = {**c.process, "pending": [p for p in pending if p[0] > clock]}  # never changed in place
    return [line for _, line in due]
