"""Docker's output helpers: tabwriter tables, go-units sizes and durations, Go templates."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any


def table(rows: list[list[str]]) -> list[str]:
    """tabwriter.NewWriter(out, 10, 1, 3, ' ', 0): pad all but the last column to max(w+3, 10)."""
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
                parts.append(cell.ljust(max(widths[i] + 3, 10)))
            else:
                parts.append(cell)
        out.append("".join(parts).rstrip() if len(r) > 1 else "".join(parts))
    return out


def tab_expand(lines: list[str]) -> list[str]:
    """Lay out tab-separated lines the way the CLI's tabwriter does."""
    if not any("\t" in ln for ln in lines):
        return lines
    return table([ln.split("\t") for ln in lines])


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
# A Go text/template subset: {{.A.B}}, {{json .X}}, {{upper .X}}, {{join .X ","}},
# {{index .X 0}}, {{len .X}}, {{range .X}}...{{end}}, {{if .X}}...{{else}}...{{end}}, {{println}}.


class TemplateError(Exception):
    pass


_ACTION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.S)


class GoStruct(dict):  # type: ignore[type-arg]
    """A JSON object that is a Go struct in the API: fmt prints its field values as {a b c}."""


def go_value(value: Any) -> str:
    """How Go's fmt prints a value inside a template."""
    if value is None:
        return "<nil>"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, GoStruct):
        return "{" + " ".join(go_value(v) for v in value.values()) + "}"
    if isinstance(value, dict):
        return "map[" + " ".join(f"{k}:{go_value(v)}" for k, v in sorted(value.items())) + "]"
    if isinstance(value, list):
        return "[" + " ".join(go_value(v) for v in value) + "]"
    return str(value)


class Template:
    def __init__(self, text: str, type_name: str = "") -> None:
        self.text = text
        self.type_name = type_name
        self.nodes = self._parse()

    def _parse(self) -> list[Any]:
        tokens: list[tuple[str, str]] = []
        pos = 0
        for m in _ACTION.finditer(self.text):
            if m.start() > pos:
                tokens.append(("text", self.text[pos:m.start()]))
            tokens.append(("action", m.group(1)))
            pos = m.end()
        if pos < len(self.text):
            tokens.append(("text", self.text[pos:]))
        if "{{" in "".join(t for k, t in tokens if k == "text"):
            raise TemplateError('template: :1: unclosed action')
        root: list[Any] = []
        stack: list[tuple[list[Any], dict[str, Any] | None]] = [(root, None)]
        for kind, value in tokens:
            cur = stack[-1][0]
            if kind == "text":
                cur.append(("text", value))
                continue
            word = value.split(None, 1)[0] if value else ""
            if word in ("range", "if", "with"):
                node: dict[str, Any] = {"kind": word, "expr": value[len(word):].strip(), "body": [], "else": []}
                cur.append(("block", node))
                stack.append((node["body"], node))
            elif word == "else":
                if stack[-1][1] is None:
                    raise TemplateError("template: :1: unexpected {{else}}")
                blk = stack[-1][1]
                stack[-1] = (blk["else"], blk)
            elif word == "end":
                if len(stack) == 1:
                    raise TemplateError("template: :1: unexpected {{end}}")
                stack.pop()
            else:
                cur.append(("expr", value))
        if len(stack) > 1:
            raise TemplateError("template: :1: unexpected EOF")
        return root

    def render(self, data: Any) -> str:
        out: list[str] = []
        self._run(self.nodes, data, data, out)
        return "".join(out)

    def _run(self, nodes: list[Any], dot: Any, root: Any, out: list[str]) -> None:
        for kind, value in nodes:
            if kind == "text":
                out.append(value)
            elif kind == "expr":
                result = self._eval(value, dot, root)
                if result is not _NOTHING:
                    out.append(go_value(result) if not isinstance(result, _Raw) else result.text)
            else:
                val = self._eval(value["expr"], dot, root)
                if value["kind"] == "range":
                    items = list(val.values()) if isinstance(val, dict) else (val or [])
                    if items:
                        for item in items:
                            self._run(value["body"], item, root, out)
                    else:
                        self._run(value["else"], dot, root, out)
                elif value["kind"] == "if":
                    self._run(value["body"] if _truthy(val) else value["else"], dot, root, out)
                else:
                    if _truthy(val):
                        self._run(value["body"], val, root, out)
                    else:
                        self._run(value["else"], dot, root, out)

    def _eval(self, expr: str, dot: Any, root: Any) -> Any:
        args = _split_args(expr)
        if not args:
            raise TemplateError("template: :1: missing value for command")
        fn = args[0]
        if fn in _FUNCS:
            vals = [self._operand(a, dot, root) for a in args[1:]]
            lo, hi = _ARITY[fn]
            if len(vals) < lo or (hi is not None and len(vals) > hi):
                want = lo if lo == hi else f"at least {lo}"
                raise TemplateError(f'template: :1:{self.text.find(fn) + 1}: executing "" at <{fn}>: '
                                    f"wrong number of args for {fn}: want {want} got {len(vals)}")
            try:
                return _FUNCS[fn](*vals)
            except TemplateError:
                raise
            except (TypeError, ValueError, AttributeError, IndexError, KeyError) as exc:
                raise TemplateError(f'template: :1:{self.text.find(fn) + 1}: executing "" at <{fn}>: '
                                    f"error calling {fn}: {_go_type_error(exc)}") from None
        if len(args) > 1:
            raise TemplateError(f'template: :1: function "{fn}" not defined' if not fn.startswith(".")
                                else f"template: :1:{expr.find(args[1]) + 2}: executing \"\" at <{fn}>: {fn} is not a method but has arguments")
        return self._operand(fn, dot, root)

    def _operand(self, token: str, dot: Any, root: Any) -> Any:
        if token.startswith('"') and token.endswith('"') and len(token) >= 2:
            try:
                return json.loads(token, strict=False)
            except ValueError:
                raise TemplateError(f"template: :1: unexpected {token} in operand") from None
        if token.startswith("`") and token.endswith("`"):
            return token[1:-1]
        if re.fullmatch(r"-?\d+", token):
            return int(token)
        if token == ".":
            return dot
        if token == "$":
            return root
        if token.startswith("$."):
            return self._field(root, token[1:])
        if token.startswith("."):
            return self._field(dot, token)
        if token in _FUNCS:
            return _FUNCS[token]()
        raise TemplateError(f'template: :1: function "{token}" not defined')

    def _field(self, value: Any, chain: str) -> Any:
        cur = value
        for name in chain.split(".")[1:]:
            if isinstance(cur, dict):
                if name in cur:
                    cur = cur[name]
                elif getattr(cur, "strict", False) or self.type_name:
                    raise TemplateError(
                        f'template: :1:{2}: executing "" at <.{name}>: can\'t evaluate field {name} in type {self.type_name or "interface {}"}')
                else:
                    return _NOVALUE
            elif cur is None:
                return None
            else:
                raise TemplateError(f'template: :1:2: executing "" at <.{name}>: can\'t evaluate field {name} in type {type(cur).__name__}')
        return cur


class _Raw:
    def __init__(self, text: str) -> None:
        self.text = text


class _Nothing:
    pass


_NOTHING = _Nothing()
_NOVALUE = _Raw("<no value>")


def _truthy(v: Any) -> bool:
    return bool(v) and v is not _NOVALUE


def _split_args(expr: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(expr):
        c = expr[i]
        if c.isspace():
            i += 1
            continue
        if c in "\"`":
            j = i + 1
            while j < len(expr) and expr[j] != c:
                j += 2 if expr[j] == "\\" and c == '"' else 1
            out.append(expr[i:j + 1])
            i = j + 1
            continue
        j = i
        while j < len(expr) and not expr[j].isspace():
            j += 1
        out.append(expr[i:j])
        i = j
    return out


def _json(v: Any) -> _Raw:
    if isinstance(v, _Raw):
        return _Raw("null")
    return _Raw(go_json(v))


def _index(v: Any, *keys: Any) -> Any:
    for k in keys:
        bad = isinstance(v, list) and (not isinstance(k, int) or k < 0 or k >= len(v))
        if bad or not isinstance(v, (list, dict)) or (isinstance(v, dict) and k not in v):
            if isinstance(v, dict):
                return None
            raise TemplateError(f'template: :1: executing "" at <index>: error calling index: index out of range: {k}')
        v = v[k]
    return v


def _go_type_error(exc: BaseException) -> str:
    return f"invalid argument ({type(exc).__name__.lower()})"


def _printf(fmt: Any, *args: Any) -> _Raw:
    """Go's fmt.Sprintf for %s, %v, %d and %q; a missing argument prints %!v(MISSING)."""
    out: list[str] = []
    text = str(fmt)
    i = 0
    n = 0
    while i < len(text):
        c = text[i]
        if c == "%" and i + 1 < len(text):
            verb = text[i + 1]
            i += 2
            if verb == "%":
                out.append("%")
                continue
            if n >= len(args):
                out.append(f"%!{verb}(MISSING)")
                continue
            arg = args[n]
            n += 1
            out.append(json.dumps(str(arg)) if verb == "q" else go_value(arg))
            continue
        out.append(c)
        i += 1
    if n < len(args):
        out.append("%!(EXTRA " + ", ".join(f"{type(a).__name__}={go_value(a)}" for a in args[n:]) + ")")
    return _Raw("".join(out))


def _len(v: Any) -> int:
    if v is None:
        return 0
    if not isinstance(v, (str, list, dict)):
        raise TypeError("len of type")
    return len(v)


def _join(v: Any, sep: Any) -> str:
    if not isinstance(sep, str) or not isinstance(v, list):
        raise TypeError("join")
    return sep.join(go_value(x) for x in v)


def _split(v: Any, sep: Any) -> list[str]:
    if not isinstance(sep, str):
        raise TypeError("split")
    return str(v).split(sep) if sep else list(str(v))


def _truncate(v: Any, n: Any) -> str:
    if not isinstance(n, int):
        raise TypeError("truncate")
    return str(v)[: max(n, 0)]


_FUNCS: dict[str, Any] = {
    "json": _json,
    "upper": lambda v: str(v).upper(),
    "lower": lambda v: str(v).lower(),
    "title": lambda v: str(v).title(),
    "len": _len,
    "index": _index,
    "join": _join,
    "println": lambda *a: _Raw(" ".join(go_value(x) for x in a) + "\n"),
    "print": lambda *a: _Raw("".join(go_value(x) for x in a)),
    "printf": _printf,
    "split": _split,
    "truncate": _truncate,
    "pad": lambda v, a, b: " " * int(a) + str(v) + " " * int(b),
}

# (minimum, maximum) arguments of each function; None: any number
_ARITY: dict[str, tuple[int, int | None]] = {
    "json": (1, 1), "upper": (1, 1), "lower": (1, 1), "title": (1, 1), "len": (1, 1), "index": (2, None),
    "join": (2, 2), "println": (0, None), "print": (0, None), "printf": (1, None), "split": (2, 2),
    "truncate": (2, 2), "pad": (3, 3),
}


def format_rows(fmt: str, rows: list[dict[str, Any]], headers: dict[str, str],
                type_name: str = "") -> list[str]:
    """Render a `--format` value over rows: 'table ...' adds a header row and tabwriter layout."""
    is_table = fmt.startswith("table")
    body = fmt[5:].lstrip() if is_table else fmt
    body = body.replace("\\t", "\t").replace("\\n", "\n")
    tmpl = Template(body, type_name)
    lines: list[str] = []
    if is_table:
        header = _ACTION.sub(lambda m: headers.get(m.group(1).strip().lstrip("."), m.group(1).strip().lstrip(".").upper()), body)
        lines.extend(header.split("\n"))
    for row in rows:
        lines.extend(tmpl.render(row).split("\n"))
    if is_table or any("\t" in ln for ln in lines):
        return table([ln.split("\t") for ln in lines])
    return lines
