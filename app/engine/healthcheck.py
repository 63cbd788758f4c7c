"""HEALTHCHECK in a Dockerfile, read as the frontend vendored in moby v28.5.2 reads it
(vendor/github.com/moby/buildkit/frontend/dockerfile: instructions/parse.go parseHealthcheck,
parseOptInterval, bflag.go BFlags.Parse; dockerfile2llb/convert.go dispatchHealthcheck), its
intervals read and written as Go does (godurations.py), and the image config it makes
(vendor/github.com/moby/docker-image-spec/specs-go/v1 HealthcheckConfig: Test, Interval, Timeout,
StartPeriod, StartInterval, Retries, each omitempty)."""

from __future__ import annotations

from typing import Any

from .copyflags import suggest_flag
from .godurations import DurationError, go_duration, parse_duration
from .gotemplate import go_quote

FLAGS = ("interval", "timeout", "start-period", "start-interval", "retries")
DURATIONS = ("Interval", "Timeout", "StartPeriod", "StartInterval")  # the config's, in its order


def _flag_values(flags: list[str]) -> tuple[dict[str, str], str]:
    """BFlags.Parse over the five string flags: an unknown one (with the closest name), one given
    twice, one without a value; their values by name, and the error ("" when none)."""
    values: dict[str, str] = {}
    for word in flags:
        if word == "--":
            break
        name, has_value, value = word.partition("=")
        if not name.startswith("--"):
            return values, f"arg should start with -- : {word}"
        if name[2:] not in FLAGS:
            return values, f"unknown flag: {name}{suggest_flag(name[2:], list(FLAGS))}"
        if name[2:] in values:
            return values, f"duplicate flag specified: {name}"
        if not has_value:
            return values, f"missing a value on flag: {name}"
        values[name[2:]] = value
    return values, ""


def _interval(values: dict[str, str], name: str) -> int:
    """parseOptInterval: empty is 0; else a duration of at least a millisecond, or 0."""
    text = values.get(name, "")
    if not text:
        return 0
    ns = parse_duration(text)
    if ns != 0 and ns < 10**6:
        raise DurationError(f"Interval {go_quote(name)} cannot be less than 1ms")
    return ns


def parse_healthcheck(flags: list[str], args: list[str], is_json: bool) -> tuple[dict[str, Any], str]:
    """parseHealthcheck over the parser's words (type, then the command): the image's Healthcheck
    config and "" or {} and the error. NONE reads no flag at all."""
    typ = args[0].upper()
    if typ == "NONE":
        return ({"Test": ["NONE"]}, "") if len(args) == 1 else ({}, "HEALTHCHECK NONE takes no arguments")
    values, problem = _flag_values(flags)
    if problem:
        return {}, problem
    if typ != "CMD":
        return {}, f"Unknown type {go_quote(typ)} in HEALTHCHECK (try CMD)"
    if len(args) == 1:
        return {}, "Missing command after HEALTHCHECK CMD"
    config: dict[str, Any] = {"Test": ["CMD", *args[1:]] if is_json else ["CMD-SHELL", " ".join(args[1:])]}
    try:
        for key, name in zip(DURATIONS, FLAGS, strict=False):
            config[key] = _interval(values, name)
        retries = values.get("retries", "")
        config["Retries"] = _retries(retries) if retries else 0
    except (DurationError, ValueError) as exc:
        return {}, str(exc)
    return config, ""


def _retries(text: str) -> int:
    """strconv.ParseInt(s, 10, 32) and its errors, then no negative count."""
    body = text[1:] if text[:1] in "+-" else text
    if not body or not body.isascii() or not body.isdigit():
        raise ValueError(f"strconv.ParseInt: parsing {go_quote(text)}: invalid syntax")
    value = int(text)
    if not -(1 << 31) <= value < 1 << 31:
        raise ValueError(f"strconv.ParseInt: parsing {go_quote(text)}: value out of range")
    if value < 0:
        raise ValueError(f"--retries cannot be negative ({value})")
    return value


def _quote_rune(n: int) -> str:
    """fmt's %q of an int: strconv.QuoteRune, the character as a Go rune literal."""
    escapes = {7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v", 39: "\\'", 92: "\\\\"}
    if n in escapes:
        return f"'{escapes[n]}'"
    if n > 0x10FFFF or 0xD800 <= n <= 0xDFFF:
        n = 0xFFFD
    ch = chr(n)
    if ch.isprintable():
        return f"'{ch}'"
    return f"'\\x{n:02x}'" if n < 0x80 else f"'\\u{n:04x}'" if n < 0x10000 else f"'\\U{n:08x}'"


def history_line(config: dict[str, Any]) -> str:
    """dispatchHealthcheck's history: fmt's %q of the *HealthcheckConfig, `&{[...] "5m0s" ... '\\x03'}`:
    each field by %q, a Duration by its String, the Retries int as a rune."""
    test = "[" + " ".join(go_quote(t) for t in config.get("Test") or []) + "]"
    durations = " ".join(go_quote(go_duration(int(config.get(k) or 0))) for k in DURATIONS)
    return f"HEALTHCHECK &{{{test} {durations} {_quote_rune(int(config.get('Retries') or 0))}}}"


def config_json(config: dict[str, Any] | None) -> dict[str, Any] | None:
    """The config as the image's JSON holds it: every field omitempty, in the struct's order."""
    if not config:
        return None
    out = {k: config[k] for k in ("Test", *DURATIONS, "Retries") if config.get(k)}
    return out or None
