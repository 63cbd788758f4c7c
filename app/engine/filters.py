"""The daemon's filter arguments (api/types/filters) and the errors their values give."""

from __future__ import annotations

import calendar
import re

import regex

from . import budget
from .budget import regex_error
from .dockercli import DockerError
from .regexsize import too_big


class Filters:
    """filters.Args: each key holds a set of values (the CLI already checked `name=value`)."""

    def __init__(self, given: list[str]) -> None:
        self.fields: dict[str, set[str]] = {}
        for item in given:
            key, _, value = item.partition("=")
            self.fields.setdefault(key, set()).add(value)

    def contains(self, key: str) -> bool:
        return key in self.fields

    def get(self, key: str) -> list[str]:
        """Args.Get walks a Go map, whose order is random; sorted here so a run repeats."""
        return sorted(self.fields.get(key, ()))

    def validate(self, accepted: tuple[str, ...]) -> None:
        """Args.Validate: a key the command does not know is `invalid filter 'key'`."""
        for key in sorted(self.fields):
            if key not in accepted:
                raise invalid_filter(key)

    def get_bool(self, key: str, default: bool = False) -> bool:
        """Args.GetBoolOrDefault: exactly "1"/"true" or "0"/"false", never both (filters/parse.go)."""
        values = self.fields.get(key)
        if values is None:
            return default
        is_false = "0" in values or "false" in values
        is_true = "1" in values or "true" in values
        if is_false == is_true:
            raise invalid_filter(key, self.get(key))
        return is_true

    def match(self, key: str, source: str) -> bool:
        """Args.Match: a value equal to the source, or one that matches it as a regular expression."""
        return any(self.match_one(v, source) for v in self.get(key))

    @staticmethod
    def match_one(pattern: str, source: str) -> bool:
        """One value of Args.Match. A value that does not compile matches nothing. Go's regexp runs in
        linear time; a backtracking one needs a bound."""
        if pattern == source:
            return True
        if too_big(pattern):  # Go's regexp refuses it too ("expression too large"): no match (regexsize.py)
            return False
        try:
            return regex.search(pattern, source, timeout=budget.current().regex_timeout()) is not None
        except regex.error:
            return False
        except TimeoutError:
            raise regex_error("docker") from None

    def match_kv(self, key: str, labels: dict[str, str]) -> bool:
        """Args.MatchKVList: every `k` or `k=v` value is among the labels."""
        for value in self.fields.get(key, ()):
            k, eq, v = value.partition("=")
            if k not in labels or (eq and labels[k] != v):
                return False
        return True


def invalid_filter(key: str, values: list[str] | None = None) -> DockerError:
    """filters.invalidFilter.Error: a value list prints as Go prints a []string, `[a b]`."""
    shown = f"{key}=[{' '.join(values)}]" if values is not None else key
    return DockerError(f"Error response from daemon: invalid filter '{shown}'")


# time.ParseDuration: an optional sign, then one or more number-unit pairs
_GO_DURATION = re.compile(r"[-+]?((\d+(\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h))+")
_DURATION_PART = re.compile(r"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)")
_UNIT_SECONDS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "μs": 1e-6, "ms": 1e-3, "s": 1, "m": 60, "h": 3600}


def get_timestamp(value: str, now: int) -> float:
    """moby v28.5.2 api/types/time/timestamp.go GetTimestamp, as seconds: a Go duration before now,
    a YYYY-MM-DD[THH:MM:SS] date (the simulated clock is UTC) or Unix seconds; ValueError with its
    message for anything else."""
    if value != "0" and _GO_DURATION.fullmatch(value):
        secs = sum(float(n) * _UNIT_SECONDS[u] for n, u in _DURATION_PART.findall(value))
        return int(now - (-secs if value.startswith("-") else secs))  # .Unix() drops the fraction
    when = go_time(value)
    if when is not None:
        return when[0] + when[1] / 1e9
    if "-" in value:
        # time.Parse's "cannot parse ... as ..." for a value that does not fit its layout
        raise DockerError(f"layerlab: {value}: only durations, RFC 3339 dates and times (as GetTimestamp's layouts "
                          "read them) and Unix seconds are simulated")
    m = re.fullmatch(r"([-+]?\d+)(?:\.([-+]?\d+))?", value)
    if m is None:
        raise ValueError(f"failed to parse value as time or duration: \"{value}\"")
    return int(m.group(1)) + (int(m.group(2)) / 10 ** len(m.group(2).lstrip("+-")) if m.group(2) else 0)


_DATE = r"(\d{4})-(\d{2})-(\d{2})"
_ZONE = r"(Z|[+-]\d{2}:\d{2})"
# time.Parse takes a fraction after the seconds in any layout, '.' or ',' and any number of digits
# (the first nine count)
_FRACTION = r"(?:[.,](\d+))?"


def _time_pattern(value: str) -> str:
    """The layout GetTimestamp picks for value (moby v28.5.2 api/types/time/timestamp.go), as a
    pattern of Go's numbers: year 4 digits, month, day, minute and second 2, the hour 1 or 2 (its
    "15" is not a zero-padded field), an offset Z or ±hh:mm; without a zone, the reference's (UTC)."""
    local = not any(ch in value for ch in "zZ+") and value.count("-") != 3
    zone = "()" if local else _ZONE
    if "." in value:  # rFC3339NanoLocal or time.RFC3339Nano
        return _DATE + r"T(\d{1,2}):(\d{2}):(\d{2})" + _FRACTION + zone
    if "T" in value:
        colons = value.count(":")
        if not local and not any(ch in value for ch in "zZ") and colons > 0:
            colons -= 1  # the offset's own colon
        clock = [r"T(\d{1,2})()()()", r"T(\d{1,2}):(\d{2})()()", r"T(\d{1,2}):(\d{2}):(\d{2})" + _FRACTION]
        return _DATE + clock[min(colons, 2)] + zone
    return _DATE + "()()()()" + zone  # dateLocal or dateWithZone: midnight


def go_time(value: str) -> tuple[int, int] | None:
    """A time GetTimestamp's layouts read, as Unix seconds and nanoseconds; None when the value
    does not fit the layout; ValueError with time.Parse's message for a field out of range (the
    first, in the layout's order; then the day, checked against its month)."""
    m = re.fullmatch(_time_pattern(value), value)
    if m is None:
        return None
    year, month, day = (int(x) for x in m.group(1, 2, 3))
    hour, minute, second = (int(x or 0) for x in m.group(4, 5, 6))
    zone = m.group(8)
    offset = (int(zone[1:3]), int(zone[4:6])) if zone and zone != "Z" else (0, 0)
    for name, number, low, top in (("month", month, 1, 12), ("hour", hour, 0, 23), ("minute", minute, 0, 59),
                                   ("second", second, 0, 59), ("time zone offset minute", offset[1], 0, 60),
                                   ("time zone offset hour", offset[0], 0, 24)):
        if not low <= number <= top:  # (an offset's minutes are checked after its hours, and win)
            raise ValueError(f'parsing time "{value}": {name} out of range')
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f'parsing time "{value}": day out of range')
    seconds = _days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second
    seconds -= (-1 if zone[:1] == "-" else 1) * (offset[0] * 3600 + offset[1] * 60)
    fraction = (m.group(7) or "")[:9]
    return seconds, int(fraction.ljust(9, "0")) if fraction else 0


def _days_from_civil(year: int, month: int, day: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date, year 0 included (Go's years start
    there; Python's datetime at 1)."""
    y = year - (month <= 2)
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468


def prune_until(f: Filters, now: int) -> float | None:
    """daemon/prune.go getUntilFromPruneFilters: the one until= value as a time (seconds)."""
    values = f.get("until")
    if not values:
        return None
    if len(values) > 1:
        raise DockerError("Error response from daemon: more than one until filter specified")
    try:
        return get_timestamp(values[0], now)
    except ValueError as exc:
        raise DockerError(f"Error response from daemon: {exc}") from None
