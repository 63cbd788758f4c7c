"""bash's dynamic variables RANDOM and SECONDS: a new value each time they are read.

RANDOM (bash 5.2 variables.c get_random_number, lib/sh/random.c brand): the Park-Miller minimal
standard generator, x' = 16807 x mod 2^31-1 (0 taken as 123459876), its two halves XORed and cut
to 15 bits (shell_compatibility_level above 50); a value equal to the last one is drawn again.
Assigning a number seeds it (assign_random: sbrand), so `RANDOM=42; echo $RANDOM $RANDOM` prints
what bash prints, 17772 26794. bash seeds itself from the time of day, its PID and its parent's
(genseed), and a subshell reseeds itself the first time it reads RANDOM: the simulation must stay
replayable, so its seeds come from what the world already holds instead. The learner's terminal
starts from the session's seed (World.seed, which `layerlab sim --seed` and the web's sessions
set) and keeps its generator from line to line (ShellKept.random); a shell it starts (bash -c, a
script) seeds from the session's seed, its PID and the simulated second it starts; a subshell
( ), $( ) or a pipeline's part) from its parent's generator and how deeply it is nested, its draws
leaving the parent's generator as it was.

SECONDS (variables.c get_seconds, assign_seconds): the whole seconds since the shell started, on
the simulated clock (World.clock, plus the seconds a sleep or a build spent in the line), or since
an assignment of a number, counted on from it. `unset RANDOM` or `unset SECONDS` makes it a plain
variable (bash: it loses its special properties).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .shell import Shell

NAMES = frozenset({"RANDOM", "SECONDS"})
MARK = "\ue005"  # MARK + NAME in the words' variables: NAME is dynamic in the shell expanding them
_ALL_MARKS = {MARK + name: "" for name in NAMES}


def _next(seed: int) -> int:
    """random.c intrand32."""
    seed = seed or 123459876
    high, low = divmod(seed, 127773)
    t = 16807 * low - 2836 * high
    return t + 0x7FFFFFFF if t < 0 else t


def _drawn(seed: int) -> tuple[int, int]:
    """random.c brand: the new seed and the 15-bit value."""
    seed = _next(seed)
    return seed, ((seed >> 16) ^ (seed & 0xFFFF)) & 0x7FFF


def derived(*parts: int) -> int:
    """A seed from what the world holds (in place of genseed's time of day and PIDs): the numbers
    mixed as splitmix64 mixes its state, cut to 32 bits."""
    h = 0x9E3779B97F4A7C15
    for part in parts:
        h = ((h ^ part) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        h = ((h ^ (h >> 31)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
    return (h ^ (h >> 29)) & 0xFFFFFFFF


def marks(dynamic: frozenset[str]) -> dict[str, str]:
    """What a shell's words are given to know which names are dynamic (MARK + NAME)."""
    return _ALL_MARKS if dynamic is NAMES else {MARK + name: "" for name in dynamic}


def random(sh: Shell) -> str:
    """$RANDOM: the next value, never the last one again (get_random_number)."""
    seed, last = sh.rand if sh.rand is not None else (derived(sh.world.seed, sh.pid, sh.started), 0)
    value = last
    while value == last:
        seed, value = _drawn(seed)
    sh.rand = (seed, value)
    return str(value)


def seed(sh: Shell, value: str) -> None:
    """RANDOM=N (assign_random: a number seeds it; anything else is kept as the value only)."""
    text = value.strip()
    if text.lstrip("+-").isdigit():
        sh.rand = (int(text) & 0xFFFFFFFF, 0)


def subshell_generator(sh: Shell) -> tuple[int, int] | None:
    """What a subshell starts with: a seed of its own, made from its parent's (bash reseeds in a
    subshell: variables.c seeded_subshell)."""
    base = sh.rand[0] if sh.rand is not None else derived(sh.world.seed, sh.pid, sh.started)
    return derived(base, sh.subshells, sh.piped), 0


def now(sh: Shell) -> int:
    return sh.world.clock + sh.elapsed


def seconds(sh: Shell) -> str:
    """$SECONDS: the value assigned (0 at the start) and the seconds since."""
    value, since = sh.seconds if sh.seconds is not None else (0, sh.started)
    return str(value + now(sh) - since)


def set_seconds(sh: Shell, value: str) -> None:
    """SECONDS=N (assign_seconds: a number, else 0)."""
    text = value.strip()
    sh.seconds = (int(text) if text.lstrip("+-").isdigit() else 0, now(sh))


def read(sh: Shell, name: str) -> str:
    return random(sh) if name == "RANDOM" else seconds(sh)


def assigned(sh: Shell, name: str, value: str) -> None:
    """NAME=value for RANDOM or SECONDS while it is dynamic."""
    if name in sh.dynamic:
        (seed if name == "RANDOM" else set_seconds)(sh, value)
