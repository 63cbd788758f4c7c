"""bash's reserved word `time`: a pipeline's times, written to standard error after it ends.

bash 5.2 execute_cmd.c time_command and print_formatted_time with the default TIMEFORMAT
"\\nreal\\t%3lR\\nuser\\t%3lU\\nsys\\t%3lS" (the long form: minutes, then seconds to the thousandth);
`time -p` writes POSIX's "real %.2f" lines. The real time is the simulated seconds the pipeline
took (a sleep, a build's steps, a stop that waits for the container); the processes' CPU times are
not simulated, and are written as none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .shell import Shell
    from .toolkit import IO


def timed(sh: Shell, how: str, run: Callable[[], int], io: IO) -> int:
    clock, elapsed = sh.world.clock, sh.elapsed
    status = run()
    seconds = float(sh.world.clock - clock + sh.elapsed - elapsed)
    for line in _lines(how, seconds):
        io.err(line)
    return status


def _lines(how: str, real: float) -> list[str]:
    times = (("real", real), ("user", 0.0), ("sys", 0.0))
    if how == "time -p":
        return [f"{name} {value:.2f}" for name, value in times]
    return ["", *[f"{name}\t{int(value // 60)}m{value % 60:.3f}s" for name, value in times]]
