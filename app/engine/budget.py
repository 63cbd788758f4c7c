"""The work budget of one command line: steps, bytes moved, nesting depth, and the web's deadline.

apply() opens one Budget per command line; the shells, views and tools charge it. Every limit is a
count of work done, so the same line on the same world always ends the same way. The only clock
readings are the optional deadline (which may abort a run, never change it) and the regex bound.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

# Steps one command line may take: a command run, a file or directory copied, a tree entry walked
# or indexed, a line a tool reads. The course's heaviest line takes about 800.
MAX_STEPS = 1_000_000
# Characters one command line may move through pipes, $( ) captures and a container's output.
MAX_STREAM = 32 * 1024 * 1024
# $( ) inside $( ), sh -c inside sh -c: levels one command line may nest.
MAX_NESTING = 32
# Shell functions calling functions: levels one command line may go (bash itself has no limit
# unless FUNCNEST is set, and a function that calls itself forever ends when its stack overflows).
MAX_CALLS = 50
# Terminal text one command line may print; the rest is dropped and counted in one note.
MAX_OUTPUT = 256 * 1024
# Wall-clock seconds one match of a regex a learner writes (sed, grep, docker ps --filter name=) may
# take, and all of a command line's matches together: the one bound that cannot be a count (a
# backtracking match is one call). A catastrophic pattern passes the first on any machine; the
# second is far above what an ordinary pattern over a line's most text takes (`yes | grep y | head`
# matched about 100,000 lines, 0.1-0.2 s, and under load failed a bound of 0.05 s in all: the same
# line then answered differently from run to run). A deadline (the event loop's) is kept as well.
REGEX_CALL_SECONDS = 0.05
REGEX_SECONDS = 1.0
# Steps between two looks at the clock when a deadline is set.
CLOCK_EVERY = 2048


class OverTime(Exception):
    """The caller's deadline passed: the run is abandoned, not answered (apply does not catch it)."""


class OverBudget(Exception):
    """A limit of the budget was reached: the line ends with this message and changes nothing."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


class Budget:
    """What one command line has spent so far."""

    __slots__ = ("bounded", "calls", "deadline", "depth", "next_clock", "regex_until", "slept", "steps", "streamed")

    def __init__(self, deadline: float | None = None, bounded: bool = True) -> None:
        self.bounded = bounded
        self.deadline = deadline
        self.steps = 0
        self.streamed = 0
        self.depth = 0
        self.calls = 0
        self.next_clock = CLOCK_EVERY
        self.regex_until: float | None = None
        self.slept = 0.0  # simulated seconds the line's sleeps took (a pipe's writer that sleeps past its reader's exit)

    def step(self, n: int = 1) -> None:
        """Charge n steps; past MAX_STEPS the line ends, past the deadline the run is abandoned."""
        self.steps += n
        if self.steps >= self.next_clock and self.bounded:
            self.next_clock = self.steps + CLOCK_EVERY
            self.check_clock()
            if self.steps > MAX_STEPS:
                raise OverBudget(f"layerlab: this command line does more than {MAX_STEPS:,} steps of work, "
                                 "the most the simulated terminal does for one line; nothing was changed")

    def stream(self, n: int) -> None:
        """Charge n characters held in a pipe, a $( ) capture or a container's output."""
        self.streamed += n
        if self.streamed > MAX_STREAM and self.bounded:
            raise OverBudget(f"layerlab: this command line moves more than {MAX_STREAM // (1024 * 1024)} MiB "
                             "through pipes and $( ), the most the simulated terminal holds; nothing was changed")
        self.step(n >> 12)  # holding text costs time too: one step per 4 KiB

    def holds(self, n: int, who: str) -> None:
        """A tool holds n characters it made whole before it writes them (printf's output, wherever
        it goes): past MAX_STREAM the line ends. `printf "$f%.0s" {1..100000}` with an 8,000-character
        $f made an 800 MB string, the terminal keeping 256 KiB of it."""
        if n > MAX_STREAM and self.bounded:
            raise OverBudget(f"{who}: layerlab: this command makes more than {MAX_STREAM // (1024 * 1024)} MiB "
                             "of text, the most the simulated terminal holds; nothing was changed")

    def check_clock(self) -> None:
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise OverTime()

    @contextmanager
    def nested(self) -> Iterator[None]:
        """One more level of $( ) or sh -c for the duration of the block."""
        self.depth += 1
        try:
            if self.depth > MAX_NESTING and self.bounded:
                raise nesting_error()
            yield
        finally:
            self.depth -= 1

    @contextmanager
    def called(self) -> Iterator[None]:
        """One more level of shell function calls for the duration of the block."""
        self.calls += 1
        try:
            if self.calls > MAX_CALLS and self.bounded:
                raise calls_error()
            yield
        finally:
            self.calls -= 1

    def regex_timeout(self) -> float:
        """Seconds the next learner regex may take: REGEX_CALL_SECONDS, or less when what is left of
        REGEX_SECONDS (all of a line's matches share it) or of the deadline is less."""
        if not self.bounded:
            return REGEX_CALL_SECONDS
        now = time.monotonic()
        if self.regex_until is None:
            self.regex_until = now + REGEX_SECONDS
        left = min(REGEX_CALL_SECONDS, self.regex_until - now)
        if self.deadline is not None:
            left = min(left, self.deadline - now)
        return max(left, 0.0001)


def nesting_error() -> OverBudget:
    return OverBudget(f"layerlab: this command line nests $( ) or sh -c more than {MAX_NESTING} levels deep, "
                      "the most the simulated terminal follows", 2)


def calls_error() -> OverBudget:
    return OverBudget(f"layerlab: this command line calls shell functions more than {MAX_CALLS} levels deep, "
                      "the most the simulated terminal follows; nothing was changed", 2)


def regex_error(tool: str) -> OverBudget | OverTime:
    """What a regex match that ran out of time raises: OverTime when the deadline is what passed (the
    line is abandoned and run again where it may take long), else the line ends with a message."""
    deadline = current().deadline
    if deadline is not None and time.monotonic() > deadline:
        return OverTime()
    return OverBudget(f"{tool}: layerlab: this regular expression takes too long to match (more than "
                      f"{REGEX_CALL_SECONDS:g} s for one match, or {REGEX_SECONDS:g} s for all of one command "
                      "line's); nothing was changed")


_CURRENT: ContextVar[Budget | None] = ContextVar("layerlab_budget", default=None)


# Outside apply (the web drawing a world, a test calling a tool) nothing is limited.
_FREE = Budget(bounded=False)


def current() -> Budget:
    """The budget of the command line being run (an unlimited one outside apply)."""
    return _CURRENT.get() or _FREE


@contextmanager
def opened(deadline: float | None = None) -> Iterator[Budget]:
    """Give the code run inside the block a fresh budget."""
    budget = Budget(deadline)
    token = _CURRENT.set(budget)
    try:
        yield budget
    finally:
        _CURRENT.reset(token)


def human_size(n: int) -> str:
    """A byte count as people read it: 812 bytes, 3.4 kB, 63.0 MB."""
    if n < 1000:
        return f"{n} bytes"
    if n < 1_000_000:
        return f"{n / 1000:.1f} kB"
    return f"{n / 1_000_000:.1f} MB"
