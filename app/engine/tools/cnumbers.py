"""C's number reading and printing as printf programs use them: strtoimax, strtoumax and strtod
(how far a text reads as a number), and printf(3)'s conversions of an integer or a double."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

INTMAX = 2**63 - 1
UINTMAX = 2**64 - 1
_SPACE = " \t\n\v\f\r"  # C isspace in the C locale


@dataclass(frozen=True)
class Parsed:
    """A number read from the start of a text: its value, where reading stopped (0: nothing was
    read, as strtol's end pointer left at the start) and whether it was out of range (ERANGE)."""

    value: int | float
    end: int
    erange: bool = False


def strtoimax(text: str, unsigned: bool = False) -> Parsed:
    """strtoimax / strtoumax with base 0: spaces, a sign, then 0x hex, 0 octal or decimal; out of
    range clamps (INTMAX_MIN/MAX, UINTMAX_MAX), and strtoumax negates a minus modulo 2**64."""
    m = re.match(r"[ \t\n\v\f\r]*([+-]?)(0[xX](?=[0-9a-fA-F])([0-9a-fA-F]+)|0([0-7]*)|([1-9][0-9]*))", text)
    if m is None:
        return Parsed(0, 0)
    if m.group(3) is not None:
        magnitude = int(m.group(3), 16)
    elif m.group(4) is not None:
        magnitude = int("0" + m.group(4), 8)
    else:
        magnitude = int(m.group(5))
    negative = m.group(1) == "-"
    if unsigned:
        if magnitude > UINTMAX:
            return Parsed(UINTMAX, m.end(), True)
        return Parsed((-magnitude) % 2**64 if negative else magnitude, m.end())
    value = -magnitude if negative else magnitude
    if value > INTMAX:
        return Parsed(INTMAX, m.end(), True)
    if value < -INTMAX - 1:
        return Parsed(-INTMAX - 1, m.end(), True)
    return Parsed(value, m.end())


_FLOAT = re.compile(
    r"[ \t\n\v\f\r]*([+-]?)(?:"
    r"(?P<inf>(?i:infinity|inf))|(?P<nan>(?i:nan)(?:\([0-9A-Za-z_]*\))?)"
    r"|0[xX](?P<hex>(?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?[0-9]+)?)"
    r"|(?P<dec>(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?))")


def strtod(text: str) -> Parsed:
    """strtod: spaces, a sign, then a decimal or hex (0x...p...) number, inf(inity) or nan; a
    result past the double's range is ERANGE (HUGE_VAL, or 0 when it underflows)."""
    m = _FLOAT.match(text)
    if m is None:
        return Parsed(0.0, 0)
    sign = -1.0 if m.group(1) == "-" else 1.0
    if m.group("inf"):
        return Parsed(sign * math.inf, m.end())
    if m.group("nan"):
        return Parsed(math.copysign(math.nan, sign), m.end())
    digits = m.group("hex") or m.group("dec")
    if m.group("hex"):
        body = digits if re.search("[pP]", digits) else digits + "p0"
        try:
            value = float.fromhex("0x" + (body if not body.startswith(".") else "0" + body))
        except OverflowError:
            return Parsed(sign * math.inf, m.end(), True)
    else:
        value = float(digits)
    mantissa = re.split("[eEpP]", digits)[0]
    erange = math.isinf(value) or (value == 0.0 and bool(re.search("[1-9a-fA-F]", mantissa)))
    return Parsed(sign * value, m.end(), erange)


def format_int(flags: str, width: int, precision: int | None, conv: str, value: int) -> str:
    """printf(3)'s d i o u x X of value (already the unsigned value for o u x X)."""
    digits = {"o": f"{value:o}", "x": f"{value:x}", "X": f"{value:X}"}.get(conv, str(abs(value)))
    if precision is not None:
        digits = "" if precision == 0 and value == 0 else digits.rjust(precision, "0")
    prefix = ""
    if conv in "di":
        prefix = "-" if value < 0 else "+" if "+" in flags else " " if " " in flags else ""
    elif "#" in flags and conv == "o" and not digits.startswith("0"):
        digits = "0" + digits
    elif "#" in flags and conv in "xX" and value != 0:
        prefix = "0" + conv
    return _pad(flags, width, prefix, digits, zero_ok=precision is None)


def format_float(flags: str, width: int, precision: int | None, conv: str, value: float) -> str:
    """printf(3)'s f F e E g G of a double; inf and nan are words, padded with spaces."""
    if math.isfinite(value):
        spec = "%" + "".join(f for f in "-+ #0" if f in flags) + (str(width) if width else "")
        spec += f".{precision}" if precision is not None else ""
        return (spec + conv) % value
    word = "inf" if math.isinf(value) else "nan"
    negative = math.copysign(1.0, value) < 0
    prefix = "-" if negative else "+" if "+" in flags else " " if " " in flags else ""
    return _pad(flags, width, prefix, word.upper() if conv in "FEG" else word, zero_ok=False)


def _pad(flags: str, width: int, prefix: str, body: str, zero_ok: bool) -> str:
    size = len(prefix) + len(body)
    if size >= width:
        return prefix + body
    if "-" in flags:
        return prefix + body + " " * (width - size)
    if "0" in flags and zero_ok:
        return prefix + "0" * (width - size) + body
    return " " * (width - size) + prefix + body
