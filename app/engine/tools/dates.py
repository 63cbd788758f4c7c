"""date's other times and formats: -d STRING (GNU's parse_datetime for the strings a learner
writes: @SECONDS, YYYY-MM-DD, a time of day, now, today, yesterday, tomorrow, "N units ago",
"+N unit"; BusyBox's @SECONDS, YYYY-MM-DD[ hh:mm[:ss]] and hh:mm[:ss]), -r FILE (its modification
time on the simulated clock), -R and -I (RFC 5322 and ISO 8601 formats), and strftime's GNU
additions %N, %:z and %s written here rather than by this process's C library. All in UTC, the
containers' zone and the host's here."""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta

_UNITS = {"sec": 1, "second": 1, "min": 60, "minute": 60, "hour": 3600, "day": 86400, "week": 604800,
          "fortnight": 1209600}
_CALENDAR = {"month": 1, "year": 12}
_RELATIVE = re.compile(r"\s*([+-]?\s*\d+)?\s*(sec|second|min|minute|hour|day|week|fortnight|month|year)s?\b(\s+ago)?",
                       re.I)
_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?")
_CLOCK = re.compile(r"\s*(\d{1,2}):(\d{2})(?::(\d{2}))?")
_WORDS = {"now": 0, "today": 0, "yesterday": -86400, "tomorrow": 86400}

ISO = {"date": "%Y-%m-%d", "hours": "%Y-%m-%dT%H%:z", "minutes": "%Y-%m-%dT%H:%M%:z",
       "seconds": "%Y-%m-%dT%H:%M:%S%:z", "ns": "%Y-%m-%dT%H:%M:%S,%N%:z"}
RFC_EMAIL = "%a, %d %b %Y %H:%M:%S %z"


def _months(when: datetime, count: int) -> datetime:
    """count months on, as parse_datetime's relative months move the calendar (mktime normalises
    a day past the month's end into the next)."""
    month = when.month - 1 + count
    year, month = when.year + month // 12, month % 12 + 1
    first = when.replace(year=year, month=month, day=1)
    return first + timedelta(days=when.day - 1)


def _moved(when: datetime, rest: str) -> datetime | None:
    """Relative items after the date: "2 days ago", "+1 hour", "3 weeks"; None when some text is
    no item."""
    at = 0
    while rest[at:].strip():
        word = re.compile(r"\s*(now|today|yesterday|tomorrow)\b", re.I).match(rest, at)
        if word is not None:  # (a relative day: one more item)
            when, at = when + timedelta(seconds=_WORDS[word[1].lower()]), word.end()
            continue
        m = _RELATIVE.match(rest, at)
        if m is None:
            return None
        count = int((m.group(1) or "1").replace(" ", ""))
        count = -count if m.group(3) else count
        unit = m.group(2).lower()
        when = _months(when, count * _CALENDAR[unit]) if unit in _CALENDAR else when + timedelta(
            seconds=count * _UNITS[unit])
        at = m.end()
    return when


# words parse_datetime knows that this reading does not: a text with one is "not simulated", not invalid
_UNREAD = re.compile(r"(?i)\b(next|last|this|noon|midnight|(mon|tues|wednes|thurs|fri|satur|sun)(day)?|"
                     r"jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(tember)?|oct(ober)?|"
                     r"nov(ember)?|dec(ember)?|[a-z]{1,4}t|utc|gmt|z)\b|[.,/]")


def unread(text: str) -> bool:
    """Whether GNU date may well read text where this reading cannot (a weekday, a month's name,
    next/last, a zone, another way to write a day)."""
    return bool(_UNREAD.search(text))


def gnu_date(text: str, now: int) -> int | None:
    """The seconds GNU date -d gives text, None when it is no date it reads."""
    if re.fullmatch(r"\s*@[+-]?\d+\s*", text):
        return int(text.strip()[1:])
    base = datetime.fromtimestamp(now, UTC)
    rest = text
    m = _DAY.match(text)
    clock = _CLOCK.match(text)
    word = re.match(r"\s*(now|today|yesterday|tomorrow)\b", text, re.I)
    try:
        if m is not None:
            base = datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4] or 0), int(m[5] or 0), int(m[6] or 0), tzinfo=UTC)
            rest = text[m.end():]
        elif clock is not None:
            base = base.replace(hour=int(clock[1]), minute=int(clock[2]), second=int(clock[3] or 0))
            rest = text[clock.end():]
        elif word is not None:
            base += timedelta(seconds=_WORDS[word[1].lower()])
            rest = text[word.end():]
    except ValueError:
        return None
    moved = _moved(base, rest)
    return None if moved is None else int(moved.timestamp())


def busybox_date(text: str, now: int) -> int | None:
    """BusyBox's parse_datetime: @SECONDS, YYYY-MM-DD[ hh:mm[:ss]] or hh:mm[:ss] (today)."""
    if re.fullmatch(r"@[+-]?\d+", text):
        return int(text[1:])
    try:
        m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?", text)
        if m is not None:
            return int(datetime(int(m[1]), int(m[2]), int(m[3]), int(m[4] or 0), int(m[5] or 0), int(m[6] or 0),
                                tzinfo=UTC).timestamp())
        m = re.fullmatch(r"(\d{1,2}):(\d{2})(?::(\d{2}))?", text)
        if m is not None:
            day = datetime.fromtimestamp(now, UTC)
            return int(day.replace(hour=int(m[1]), minute=int(m[2]), second=int(m[3] or 0)).timestamp())
    except ValueError:
        return None
    return None


def strftime(fmt: str, seconds: int) -> str:
    """GNU date's formatting: %N (nine 0s: the clock keeps whole seconds), %:z, %q (the quarter),
    %s, %z and %Z here, the rest by strftime(3)."""
    try:
        quarter = str((time.gmtime(seconds).tm_mon - 1) // 3 + 1)
    except (ValueError, OverflowError, OSError):
        quarter = "1"
    own = {"N": "000000000", ":z": "+00:00", "s": str(seconds), "z": "+0000", "Z": "UTC", "q": quarter}

    def one(m: re.Match[str]) -> str:
        key = m.group(1)
        if key == "%":
            return "%%"
        if key.endswith("N") and key[:-1].isdigit():  # %3N: the first digits
            return "0" * min(int(key[:-1]) or 9, 9)
        return own[key].replace("%", "%%")

    fmt = re.sub(r"%(%|\d*N|:z|s|z|Z|q)", one, fmt)
    try:
        return time.strftime(fmt, time.gmtime(seconds))
    except (ValueError, OverflowError, OSError):
        return fmt
