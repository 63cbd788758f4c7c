"""docker events (docker system events): the daemon's events, as they happen.

docker/cli v28.5.2 cli/command/system/events.go: --format is parsed first and run once on an empty
events.Message (an error exits 64, "Error parsing format: ..."); "json" is `{{json .}}`. Without a
format each event is one line (prettyPrintEvent): its time in RFC3339 with nine digits in the local
zone (the simulated host's is UTC), Type, Action, Actor.ID, and the attributes sorted, k=v joined
by ", " in parentheses. The client turns --since and --until into Unix times (moby
api/types/time/timestamp.go GetTimestamp: a duration before now, a date, Unix seconds); -f takes
name=value (opts.FilterOpt: the name lowercased, both trimmed).

moby v28.5.2 api/server/router/system/system_routes.go getEvents: `since` after `until` is refused;
with --since or --until the stored events in that window come first (daemon/events/events.go keeps
the newest 256); an --until already past ends the stream there, status 0. Otherwise the stream goes
on, holding the terminal (app/engine/attached.py) with each new event printed after a line typed
elsewhere, until --until passes or Ctrl-C (the CLI's context ends: 130). The daemon does not check
filter names: an unknown one matches everything. daemon/events/filter.go Include decides which
events pass: type and event exactly (event by prefix for exec_create, exec_start, health_status),
container, volume, network, daemon... by ID or name prefix, image by ID or name with and without
its tag, label by key or key=value among the attributes.
"""

from __future__ import annotations

from datetime import UTC, datetime

from . import events
from .dockercli import Args, Ctx, DockerError
from .filters import get_timestamp, go_time
from .gotemplate import GoNil, GoStruct, Template, TemplateError, parse
from .refs import RefError, parse_ref
from .toolkit import IO
from .world import Attached, Event, EventsHold, World

SECOND = 1_000_000_000
# "now" for the daemon and the client: the end of the simulated second (the events logged during
# it came before the command was typed)
NOW_FRACTION = SECOND - 1
SIGINT_STATUS = 130
_NAME_TYPES = ("daemon", "container", "plugin", "volume", "network", "node", "service", "secret", "config")


def _now(world: World) -> int:
    return world.clock * SECOND + NOW_FRACTION


def _client_time(value: str, world: World) -> str:
    """buildEventsQueryParams: what the client sends for --since/--until."""
    try:
        seconds = get_timestamp(value, world.clock)
    except ValueError as exc:
        raise DockerError(str(exc)) from None
    when = go_time(value) if "-" in value and value[:1] not in "+-" else None
    if when is not None:  # a date: "%d.%09d"
        return f"{when[0]}.{when[1]:09d}"
    if any(ch.isalpha() for ch in value):  # a duration: Unix seconds
        return str(int(seconds))
    return value  # Unix seconds as given


def _daemon_time(sent: str) -> int:
    """api/types/time ParseTimestamps: seconds and nanoseconds, as one number of nanoseconds."""
    whole, _, frac = sent.partition(".")
    try:
        seconds = int(whole)
        nanos = int(int(frac) * 10 ** (9 - len(frac))) if frac else 0
    except ValueError:
        raise DockerError(f"Error response from daemon: strconv.ParseInt: parsing \"{sent}\": invalid syntax") from None
    return seconds * SECOND + nanos


def _filters(values: list[str]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for value in values:
        if not value:
            continue
        name, _, val = value.partition("=")
        pairs.append((name.strip().lower(), val.strip()))
    return tuple(pairs)


def _strip_tag(image: str) -> str:
    try:
        return parse_ref(image)[0]
    except RefError:
        return image


def _exact(f: dict[str, set[str]], key: str, source: str) -> bool:
    return key not in f or not f[key] or source in f[key]


def _fuzzy(f: dict[str, set[str]], key: str, source: str) -> bool:
    return _exact(f, key, source) or any(source.startswith(p) for p in f[key])


def _labels(f: dict[str, set[str]], attrs: dict[str, str]) -> bool:
    if not f.get("label"):
        return True
    if not attrs:
        return False
    for value in f["label"]:
        key, eq, want = value.partition("=")
        if key not in attrs or (eq and attrs[key] != want):
            return False
    return True


def include(filters: tuple[tuple[str, str], ...], ev: Event) -> bool:
    """daemon/events/filter.go Filter.Include."""
    if not filters:
        return True
    f: dict[str, set[str]] = {}
    for key, value in filters:
        f.setdefault(key, set()).add(value)
    attrs = dict(ev.attrs)
    if f.get("event", set()) & {"health_status", "exec_create", "exec_start"}:
        if not _fuzzy(f, "event", ev.action):
            return False
    elif not _exact(f, "event", ev.action):
        return False
    if not _exact(f, "type", ev.type) or not _exact(f, "scope", "local"):
        return False
    name = attrs.get("name", "")
    if not all(_fuzzy(f, t, ev.actor) or _fuzzy(f, t, name) for t in _NAME_TYPES):
        return False
    image = attrs.get("name" if ev.type == "image" else "image", "")
    if not any(_exact(f, "image", s) for s in (ev.actor, image, _strip_tag(ev.actor), _strip_tag(image))):
        return False
    return _labels(f, attrs)


def message(ev: Event | None) -> GoStruct:
    """The events.Message a template sees (an empty one for None)."""
    attrs: dict[str, str] | GoNil = dict(ev.attrs) if ev is not None and ev.attrs else GoNil("map[string]string")
    actor = GoStruct(ID=ev.actor if ev else "", Attributes=attrs)
    actor.go_type = "events.Actor"
    legacy = ev is not None and ev.type in ("container", "image")  # Log's deprecated fields
    msg = GoStruct(
        Status=ev.action if legacy and ev else "", ID=ev.actor if legacy and ev else "",
        From=attrs.get("image", "") if ev is not None and ev.type == "container" and isinstance(attrs, dict) else "",
        Type=ev.type if ev else "", Action=ev.action if ev else "", Actor=actor, Scope="local" if ev else "",
        Time=ev.time if ev else 0, TimeNano=ev.time * SECOND + ev.nanos if ev else 0)
    msg.go_type = "events.Message" if ev is not None else "*events.Message"
    msg.json_names = {"Status": "status", "ID": "id", "From": "from", "Scope": "scope", "Time": "time",
                      "TimeNano": "timeNano"}
    msg.omitempty = frozenset({"Status", "ID", "From", "Scope", "Time", "TimeNano"})
    return msg


def _template(fmt: str) -> Template | None:
    """makeTemplate: None for the default lines; parsed and tried on an empty Message."""
    if not fmt:
        return None
    try:
        tmpl = parse("{{json .}}" if fmt == "json" else fmt)
        tmpl.execute(message(None))
    except TemplateError as exc:
        raise DockerError(f"Error parsing format: {exc}", 64) from None
    return tmpl


def line(ev: Event, tmpl: Template | None) -> str:
    """One event as the CLI prints it (TemplateError when the template fails on it)."""
    if tmpl is not None:
        return tmpl.execute(message(ev))
    when = datetime.fromtimestamp(ev.time, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    text = f"{when}.{ev.nanos:09d}Z {ev.type} {ev.action} {ev.actor}"
    if ev.attrs:
        text += " (" + ", ".join(f"{k}={v}" for k, v in ev.attrs) + ")"
    return text


def _print(io: IO, evs: list[Event], tmpl: Template | None) -> None:
    for ev in evs:
        try:
            io.out(line(ev, tmpl))
        except TemplateError as exc:  # formatEvent: what was written, its newline, then the error
            io.out(getattr(exc, "partial", ""))
            raise DockerError(str(exc)) from None


def _stamp(ev: Event) -> int:
    return ev.time * SECOND + ev.nanos


def cmd_events(ctx: Ctx, args: Args) -> int:
    world: World = ctx.world
    fmt = args.get("format") or ""
    tmpl = _template(fmt)
    since_arg, until_arg = args.get("since") or "", args.get("until") or ""
    since_sent = _client_time(since_arg, world) if since_arg else ""
    until_sent = _client_time(until_arg, world) if until_arg else ""
    since = _daemon_time(since_sent) if since_sent else 0
    until = _daemon_time(until_sent) if until_sent else 0
    if until and until < since:
        raise DockerError(f"Error response from daemon: `since` time ({since_sent}) cannot be after `until` "
                          f"time ({until_sent})")
    filters = _filters(args.list("filter"))
    log = events.log(world)
    if since or until:  # loadBufferedEvents
        past = [ev for ev in log if _stamp(ev) >= since and not (until and _stamp(ev) > until)
                and include(filters, ev)]
        _print(ctx.io, past, tmpl)
    if until and until < _now(world):
        return 0
    last = log[-1] if log else None
    after = (last.time, last.nanos) if last is not None else (0, 0)
    world.attached = Attached("", "events", events=EventsHold(filters, fmt, until, after))
    return 0


def follow(world: World, io: IO) -> None:
    """After a line typed while `docker events` streams: the events it logged, as far as --until;
    the stream ends once that time has passed (status 0) or a template fails on an event."""
    a = world.attached
    assert a is not None and a.events is not None
    hold = a.events
    new = [ev for ev in events.log(world) if (ev.time, ev.nanos) > hold.after]
    shown = [ev for ev in new if not (hold.until and _stamp(ev) > hold.until) and include(hold.filters, ev)]
    try:
        _print(io, shown, _template(hold.format))
    except DockerError as exc:
        io.err(exc.message)
        world.attached = None
        return
    if hold.until and hold.until < _now(world):
        world.attached = None
        return
    after = (new[-1].time, new[-1].nanos) if new else hold.after
    world.attached = Attached("", "events", events=EventsHold(hold.filters, hold.format, hold.until, after))


def interrupt(world: World) -> int:
    """Ctrl-C: the CLI's context ends with the signal, and runEvents returns its error: 130."""
    world.attached = None
    return SIGINT_STATUS
