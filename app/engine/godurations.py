"""Go's time.ParseDuration and Duration.String (src/time/format.go ParseDuration, quote,
leadingInt, leadingFraction; src/time/time.go Duration.String, fmtFrac): how the Dockerfile's
HEALTHCHECK flags and the CLI's duration flags (pflag durationValue) read an interval, and how
Go prints one."""

from __future__ import annotations

_UNITS = {"ns": 1, "us": 10**3, "\u00b5s": 10**3, "\u03bcs": 10**3, "ms": 10**6, "s": 10**9, "m": 60 * 10**9,
          "h": 3600 * 10**9}
_MAX = 1 << 63


class DurationError(ValueError):
    """time.ParseDuration's error."""


def _time_quote(s: str) -> str:
    """time's own quote: a byte under a space or past ASCII as \\xNN, " and \\ escaped."""
    out = ['"']
    for ch in s:
        if ch < " " or ord(ch) >= 0x80:
            out += [f"\\x{b:02x}" for b in ch.encode()]
        else:
            out.append("\\" + ch if ch in '"\\' else ch)
    return "".join(out) + '"'


def _leading(s: str) -> tuple[str, str]:
    """The leading decimal digits of s, and the rest."""
    i = 0
    while i < len(s) and "0" <= s[i] <= "9":
        i += 1
    return s[:i], s[i:]


def parse_duration(text: str) -> int:
    """time.ParseDuration: [-+]?([0-9]*(\\.[0-9]*)?[a-z]+)+, in nanoseconds; DurationError."""
    s, neg = text, False
    if s[:1] in ("-", "+"):
        neg, s = s[0] == "-", s[1:]
    if s == "0":
        return 0
    if not s:
        raise DurationError(f"time: invalid duration {_time_quote(text)}")
    total = 0
    while s:
        value, s = _component(s, text)
        total += value
        if total > _MAX:
            raise DurationError(f"time: invalid duration {_time_quote(text)}")
    if not neg and total > _MAX - 1:
        raise DurationError(f"time: invalid duration {_time_quote(text)}")
    return -total if neg else total


def _component(s: str, text: str) -> tuple[int, str]:
    """One number and its unit at the start of s (ParseDuration's loop), in nanoseconds, and the rest."""
    invalid = DurationError(f"time: invalid duration {_time_quote(text)}")
    if not (s[0] == "." or "0" <= s[0] <= "9"):
        raise invalid
    whole, s = _leading(s)
    frac = ""
    if s[:1] == ".":
        frac, s = _leading(s[1:])
    if not whole and not frac:
        raise invalid
    i = 0
    while i < len(s) and not (s[i] == "." or "0" <= s[i] <= "9"):
        i += 1
    if i == 0:
        raise DurationError(f"time: missing unit in duration {_time_quote(text)}")
    unit, s = s[:i], s[i:]
    if unit not in _UNITS:
        raise DurationError(f"time: unknown unit {_time_quote(unit)} in duration {_time_quote(text)}")
    value = int(whole or "0")
    if value > _MAX // _UNITS[unit]:
        raise invalid
    value *= _UNITS[unit]
    if frac:  # leadingFraction, then float64(f) * (float64(unit) / scale)
        digits = frac[:18].rstrip("0") or "0"
        value += int(float(int(digits)) * (float(_UNITS[unit]) / 10 ** len(digits)))
    return value, s


def _frac(v: int, prec: int) -> tuple[str, int]:
    """fmtFrac: v's last prec digits as a fraction without its trailing zeros, and v without them."""
    digits = f"{v % 10 ** prec:0{prec}d}".rstrip("0")
    return ("." + digits if digits else ""), v // 10 ** prec


def go_duration(ns: int) -> str:
    """time.Duration.String: 0s, 1.5ms, 300µs, 30s, 5m0s, 1h0m0s."""
    if ns == 0:
        return "0s"
    u = abs(ns)
    sign = "-" if ns < 0 else ""
    if u < 10**9:
        if u < 10**3:
            return f"{sign}{u}ns"
        prec, unit = (3, "\u00b5s") if u < 10**6 else (6, "ms")
        frac, whole = _frac(u, prec)
        return f"{sign}{whole}{frac}{unit}"
    frac, secs = _frac(u, 9)
    out = f"{secs % 60}{frac}s"
    minutes = secs // 60
    if minutes:
        out = f"{minutes % 60}m{out}"
        if minutes // 60:
            out = f"{minutes // 60}h{out}"
    return sign + out
