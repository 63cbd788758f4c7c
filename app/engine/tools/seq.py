"""seq: the numbers a shell loop walks (`for i in $(seq 1 5)`), as GNU coreutils and BusyBox print them."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from .. import budget
from ..toolkit import BUSYBOX, IO, ToolExit, _bad_option, _missing

if TYPE_CHECKING:
    from ..shell import Shell

# (an exponent too: both read their numbers with strtold/strtod, so `seq 1e3` counts to 1000)
_NUMBER = re.compile(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?")
# Steps each number costs: a line's budget ends `seq 1 100000000` after 250,000 numbers, in a
# fraction of a second and with a few megabytes held in the pipe.
NUMBER_STEPS = 4


def seq(sh: Shell, argv: list[str], io: IO) -> int:
    """seq [-w] [-s SEP] [FIRST [INCREMENT]] LAST. The output has as many decimals as FIRST or
    INCREMENT has (coreutils seq.c; BusyBox seq.c likewise), -w pads the numbers to one width."""
    sep, pad, operands = _seq_options(sh, argv, io)
    if not operands:
        if sh.flavor == BUSYBOX:
            raise ToolExit(_busybox_usage(io))
        raise _missing(io, "seq", "missing operand")
    if len(operands) > 3:
        if sh.flavor == BUSYBOX:
            raise ToolExit(_busybox_usage(io))
        raise _missing(io, "seq", f"extra operand {sh.lquote(operands[3])}")
    values = [_number(sh, io, arg) for arg in operands]
    first, step, last = (values[0] if len(values) > 1 else Decimal(1),
                         values[1] if len(values) == 3 else Decimal(1), values[-1])
    if step == 0 and sh.flavor != BUSYBOX:
        raise _missing(io, "seq", f"invalid Zero increment value: {sh.lquote(operands[1])}")
    places = max(_places(sh, operands[0]) if len(operands) > 1 else 0,
                 _places(sh, operands[1]) if len(operands) == 3 else 0)
    width = max(len(_shown(v, places)) for v in (first, last)) if pad else 0
    out: list[str] = []
    spent = budget.current()
    value, any_shown = first, False
    whole = places == 0 and all(v == v.to_integral_value() for v in (first, step, last))
    if whole:  # the usual case, counted in ints
        value, step, last = int(first), int(step), int(last)  # type: ignore[assignment]
    while step != 0 and (value <= last if step > 0 else value >= last):
        spent.step(NUMBER_STEPS)
        shown = str(value) if whole else _shown(value, places)
        out.append(shown.zfill(width) if width else shown)
        value += step
        if len(out) == 4096:  # written as it goes, so a long run holds little before the budget ends it
            io.write(("" if not any_shown else sep) + sep.join(out))
            out, any_shown = [], True
    if out or any_shown:
        io.write(("" if not any_shown or not out else sep) + sep.join(out) + "\n")
    return 0


def _seq_options(sh: Shell, argv: list[str], io: IO) -> tuple[str, bool, list[str]]:
    """-s SEP and -w; a word that is a negative number is an operand, not an option."""
    sep, pad = "\n", False
    args = argv[1:]
    k = 0
    while k < len(args) and args[k].startswith("-") and len(args[k]) > 1 and not _NUMBER.fullmatch(args[k]):
        arg = args[k]
        if arg == "--":
            k += 1
            break
        if arg == "-w" or arg == "--equal-width":
            pad = True
        elif arg.startswith("-s") and (len(arg) > 2 or k + 1 < len(args)):
            sep = arg[2:] if len(arg) > 2 else args[k + 1]
            k += 0 if len(arg) > 2 else 1
        else:
            raise ToolExit(_bad_option(sh, "seq", arg.lstrip("-")[:1] if not arg.startswith("--") else arg, io))
        k += 1
    return sep, pad, args[k:]


def _number(sh: Shell, io: IO, arg: str) -> Decimal:
    try:
        if not _NUMBER.fullmatch(arg):
            raise InvalidOperation
        return Decimal(arg)
    except InvalidOperation:
        if sh.flavor == BUSYBOX:
            raise ToolExit(_busybox_usage(io)) from None
        raise _missing(io, "seq", f"invalid floating point argument: {sh.lquote(arg)}") from None


def _places(sh: Shell, arg: str) -> int:
    """The decimals a number asks for. GNU (seq.c scan_arg): the digits after its point, moved by its
    exponent (1.5e1 none, 1e-1 one). BusyBox (seq.c): every character after the point, as written."""
    if sh.flavor == BUSYBOX:
        return len(arg.split(".", 1)[1]) if "." in arg else 0
    mantissa, _, exponent = arg.lower().partition("e")
    places = len(mantissa.split(".", 1)[1]) if "." in mantissa else 0
    shift = int(exponent) if exponent else 0
    return places - shift if shift < 0 else max(places - shift, 0)


def _shown(value: Decimal, places: int) -> str:
    return f"{value:.{places}f}"


def _busybox_usage(io: IO) -> int:
    io.err("BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.")  # bb_show_usage, as the other tools
    return 1
