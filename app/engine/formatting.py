"""Docker's output helpers: tabwriter tables, go-units sizes and durations, Go templates."""

from __future__ import annotations

import json
import unicodedata
from datetime import UTC, datetime
from itertools import accumulate
from typing import Any

from . import budget, gotemplate
from .gotemplate import GoContext, GoNil, GoStruct, TemplateError

__all__ = ["GoStruct", "TemplateError", "check_ps_format", "ellipsis", "format_rows", "go_json", "table"]


def table(rows: list[list[str]], minwidth: int = 10) -> list[str]:
    """tabwriter.NewWriter(out, minwidth, 1, 3, ' ', 0): pad all but the last column to max(w+3, minwidth)."""
    if not rows:
        return []
    ncols = max(len(r) for r in rows)
    widths = [0] * ncols
    for r in rows:
        for i, cell in enumerate(r[:-1]):
            widths[i] = max(widths[i], len(cell))
    out = []
    for r in rows:
        parts = []
        for i, cell in enumerate(r):
            if i < len(r) - 1:
                parts.append(cell.ljust(max(widths[i] + 3, minwidth)))
            else:
                parts.append(cell)
        out.append("".join(parts).rstrip() if len(r) > 1 else "".join(parts))
    return out


def human_duration(seconds: float) -> str:
    """go-units HumanDuration."""
    s = int(seconds)
    if s < 1:
        return "Less than a second"
    if s == 1:
        return "1 second"
    if s < 60:
        return f"{s} seconds"
    minutes = s // 60
    if minutes == 1:
        return "About a minute"
    if minutes < 60:
        return f"{minutes} minutes"
    hours = round(s / 3600)
    if hours == 1:
        return "About an hour"
    if hours < 48:
        return f"{hours} hours"
    if hours < 24 * 7 * 2:
        return f"{hours // 24} days"
    if hours < 24 * 30 * 2:
        return f"{hours // 24 // 7} weeks"
    if hours < 24 * 365 * 2:
        return f"{hours // 24 // 30} months"
    return f"{hours // 24 // 365} years"


_UNITS = ["B", "kB", "MB", "GB", "TB", "PB"]


def human_size(size: float, precision: int = 3) -> str:
    """go-units HumanSizeWithPrecision (decimal units, %.<p>g, no space)."""
    i = 0
    while size >= 1000.0 and i < len(_UNITS) - 1:
        size /= 1000.0
        i += 1
    return f"{_g(size, precision)}{_UNITS[i]}"


def _g(value: float, precision: int) -> str:
    text = f"{value:.{precision}g}"
    if "e" in text:
        text = f"{value:.0f}"
    return text


def progress_bytes(size: int) -> str:
    """A byte count as BuildKit's progress prints it, "%.2f" of tonistiigi/units Bytes
    (vendor/github.com/tonistiigi/units/bytes.go Format): whole bytes below 1kB, else two
    decimals of the decimal unit, trailing zeros kept (113B, 3.30kB, 1.00MB)."""
    if size < 1000:
        return f"{size}B"
    i, base = 0, 1
    while size >= base * 1000 and i < len(_UNITS) - 1:
        base *= 1000
        i += 1
    return f"{size / base:.2f}{_UNITS[i]}"


_BINARY_UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"]


def bytes_size(size: float) -> str:
    """go-units BytesSize (binary units, %.4g, no space), as docker stats and docker info use it."""
    i = 0
    while size >= 1024.0 and i < len(_BINARY_UNITS) - 1:
        size /= 1024.0
        i += 1
    return f"{_g(size, 4)}{_BINARY_UNITS[i]}"


def human_size4(size: float) -> str:
    """go-units HumanSize (4 significant digits), as prune totals use."""
    return human_size(size, 4)


def rfc3339(ts: int) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def rfc3339_nano(ts: int, frac: int = 0) -> str:
    base = datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%S")
    return f"{base}.{frac:09d}Z" if frac else base + "Z"


def docker_created_at(ts: int) -> str:
    """ps/images CreatedAt: '2026-03-02 09:00:01 +0000 UTC'."""
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%d %H:%M:%S +0000 UTC")


def go_json(value: Any, indent: int | None = None) -> str:
    """encoding/json output: compact by default, HTML characters escaped."""
    if indent is None:
        text = json.dumps(value, separators=(",", ":"), ensure_ascii=False)
    else:
        text = json.dumps(value, indent=indent, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# ---------------------------------------------------------------------------------------------
# --format for list commands (docker/cli cli/command/formatter/formatter.go)

# Each context's SubHeaderContext (formatter/container.go, image.go, volume.go, image/formatter_history.go)
CONTEXT_HEADERS: dict[str, dict[str, str]] = {
    "*formatter.ContainerContext": {
        "ID": "CONTAINER ID", "Names": "NAMES", "Image": "IMAGE", "Command": "COMMAND", "CreatedAt": "CREATED AT",
        "RunningFor": "CREATED", "Ports": "PORTS", "State": "STATE", "Status": "STATUS", "Size": "SIZE",
        "Labels": "LABELS", "Mounts": "MOUNTS", "LocalVolumes": "LOCAL VOLUMES", "Networks": "NETWORKS",
        "Platform": "PLATFORM"},
    "*formatter.imageContext": {
        "ID": "IMAGE ID", "Repository": "REPOSITORY", "Tag": "TAG", "Digest": "DIGEST", "CreatedSince": "CREATED",
        "CreatedAt": "CREATED AT", "Size": "SIZE", "Containers": "CONTAINERS", "VirtualSize": "SIZE",
        "SharedSize": "SHARED SIZE", "UniqueSize": "UNIQUE SIZE"},
    "*formatter.volumeContext": {
        "ID": "ID", "Name": "VOLUME NAME", "Group": "GROUP", "Driver": "DRIVER", "Scope": "SCOPE",
        "Availability": "AVAILABILITY", "Mountpoint": "MOUNTPOINT", "Labels": "LABELS", "Links": "LINKS",
        "Size": "SIZE", "Status": "STATUS"},
    # cli/command/network/formatter.go formatWrite
    "*network.networkContext": {
        "ID": "NETWORK ID", "Name": "NAME", "Driver": "DRIVER", "Scope": "SCOPE", "IPv4": "IPV4", "IPv6": "IPV6",
        "Internal": "INTERNAL", "Labels": "LABELS", "CreatedAt": "CREATED AT"},
    # formatter/disk_usage.go: the header postFormat runs the template on
    "*formatter.diskUsageImagesContext": {
        "Type": "TYPE", "TotalCount": "TOTAL", "Active": "ACTIVE", "Size": "SIZE", "Reclaimable": "RECLAIMABLE"},
    # container/formatter_stats.go statsFormatWrite
    "*container.statsContext": {
        "Container": "CONTAINER", "Name": "NAME", "ID": "CONTAINER ID", "CPUPerc": "CPU %",
        "MemUsage": "MEM USAGE / LIMIT", "MemPerc": "MEM %", "NetIO": "NET I/O", "BlockIO": "BLOCK I/O", "PIDs": "PIDS"},
    "*image.historyContext": {
        "ID": "IMAGE", "CreatedSince": "CREATED", "CreatedAt": "CREATED AT", "CreatedBy": "CREATED BY",
        "Size": "SIZE", "Comment": "COMMENT"},
}

# Contexts with a Label(name string) method (ContainerContext.Label, volumeContext.Label, networkContext.Label)
_LABELLED = ("*formatter.ContainerContext", "*formatter.volumeContext", "*network.networkContext")


def _context(row: dict[str, Any], type_name: str) -> GoContext:
    """A row as its formatter context: every key a method returning a string.

    The keys are kept sorted: `{{json .}}` marshals the context's methods into a map
    (formatter/reflect.go MarshalJSON), and encoding/json writes a map's keys in order."""
    values = dict(row)
    methods = {}
    if type_name == "*formatter.ContainerContext":
        values.setdefault("Platform", GoNil("*formatter.Platform"))
    if type_name in _LABELLED:
        labels = dict(kv.partition("=")[::2] for kv in str(row.get("Labels", "")).split(",") if kv)
        methods["Label"] = lambda name: labels.get(name, "")
    return GoContext(dict(sorted(values.items())), type_name, methods)


def held(made: int, piece: str) -> int:
    """What a listing has made so far, piece added: rows made whole before any is written are held
    to budget.MAX_STREAM (Budget.holds). One row is held to the template's own bound, but not all of
    them: `docker images --format` of 1,000 tags with a template of 900 kB a row held 2.6 GB for 9 s,
    `docker inspect` of 300 images 768 MB, before the pipe's bound was reached."""
    made += len(piece)
    budget.current().holds(made, "docker")
    return made


def format_rows(fmt: str, rows: list[dict[str, Any]], type_name: str) -> list[str]:
    """formatter.Context.Write: each row through the template; 'table ...' adds a header and tabwriter layout.

    Raises TemplateError with the CLI's message (the caller prints it, exit 1)."""
    is_table = fmt.startswith("table")
    body = fmt[len("table"):] if is_table else ("{{json .}}" if fmt == "json" else fmt)
    body = body.strip(" ").replace("\\t", "\t").replace("\\n", "\n")
    try:
        tmpl = gotemplate.parse(body)
    except TemplateError as exc:
        raise TemplateError(f"template parsing error: {exc}") from None
    out: list[str] = []
    made = 0
    for row in rows:
        try:
            out.append(tmpl.execute(_context(row, type_name)) + "\n")
        except TemplateError as exc:
            raise TemplateError(f"template parsing error: {exc}") from None
        made = held(made, out[-1])
    text = "".join(out)
    if is_table:
        # postFormat: the header is the same template run on the header map with HeaderFunctions;
        # an error there is ignored and what was written stays (formatter.go)
        header_map = CONTEXT_HEADERS[type_name]
        try:
            head = tmpl.execute(header_map, funcs=gotemplate.HEADER_FUNCS)
        except gotemplate.ExecError as exc:
            head = exc.partial
        except TemplateError:
            head = ""
        lines = (head + "\n" + text).split("\n")[:-1]
        return table([ln.split("\t") for ln in lines])
    # without 'table' the buffer goes straight to the output: a \t stays a TAB
    return text.split("\n")[:-1]


def check_ps_format(fmt: str) -> bool:
    """container/list.go buildContainerListOptions: parse the raw --format and run it on an empty
    context; True when the run called .Size (FieldsUsed["Size"]: the CLI then asks for sizes)."""
    try:
        tmpl = gotemplate.parse(fmt)
    except TemplateError as exc:
        raise TemplateError(f"failed to parse template: {exc}") from None
    probe = dict.fromkeys(CONTEXT_HEADERS["*formatter.ContainerContext"], "")
    probe.pop("Platform")
    probe.pop("Size")
    used: list[str] = []

    def size() -> str:
        used.append("Size")
        return "0B"

    context = _context(probe, "*formatter.ContainerContext")
    context.methods["Size"] = size
    try:
        tmpl.execute(context)
    except TemplateError as exc:
        raise TemplateError(f"failed to execute template: {exc}") from None
    return bool(used)


def ellipsis(text: str, max_width: int) -> str:
    """formatter.Ellipsis: cut to max_width display columns (East Asian wide runes count 2), ending in …."""
    if max_width <= 0:
        return ""
    if max_width == 1:
        return text[:1]
    columns = list(accumulate(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text))
    if not columns or columns[-1] <= max_width:
        return text
    for i in range(len(columns) - 1):
        if columns[i] <= max_width - 1 < columns[i + 1]:
            return text[:i + 1] + "…"
    return text
