"""Go 1.24 text/template: lexer, parser and executor, with Docker's template functions.

Mirrors src/text/template/{parse/lex.go,parse/parse.go,parse/node.go,exec.go,funcs.go} and
docker/cli templates/templates.go, down to error texts and the node a failure is reported at.

Go values are modelled with Python values:
  None            a nil interface (a JSON null in a map[string]interface{})
  INVALID         the zero reflect.Value: a missing map key, an unset variable
  bool/int/float/str, JsonNumber (json.Number, a string kind), list (slice), dict (map)
  GoStruct        a struct (fields in order), GoNil a typed nil slice/map/pointer,
  GoContext       a docker/cli formatter context: methods returning strings.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any

# ---------------------------------------------------------------------------------------------
# Values


class TemplateError(Exception):
    """A template error as Go words it ('template: ...')."""


class ParseError(TemplateError):
    """The template text does not parse."""


class ExecError(TemplateError):
    """Execution failed; `partial` is what had been written before the failure."""

    def __init__(self, message: str, partial: str = "") -> None:
        super().__init__(message)
        self.partial = partial


class BudgetError(TemplateError):
    """The template does too much work for a simulator (Go has no such limit)."""


class _Invalid:
    __slots__ = ()

    def __repr__(self) -> str:
        return "INVALID"


INVALID: Any = _Invalid()
_MISSING: Any = object()  # exec.go missingVal: no final pipeline value


class JsonNumber(str):
    """encoding/json's Number (a string kind), as Decoder.UseNumber decodes numbers."""

    __slots__ = ()


class AnyList(list):  # type: ignore[type-arg]
    """A []interface{} (decoded JSON array)."""


class AnyMap(dict):  # type: ignore[type-arg]
    """A map[string]interface{} (decoded JSON object)."""


class GoStruct(dict):  # type: ignore[type-arg]
    """A JSON object that is a Go struct in the API: fmt prints its field values as {a b c}."""

    go_type = "struct"
    omitempty: frozenset[str] = frozenset()  # fields whose `json:",omitempty"` drops an empty value
    # fields whose json tag renames them (APIVersion `json:"ApiVersion"`); "-" leaves one out
    json_names: Mapping[str, str] = MappingProxyType({})


def _empty(v: Any) -> bool:
    """encoding/json isEmptyValue: false, 0, "", a nil pointer/map/slice, an empty map/slice."""
    return v is None or isinstance(v, GoNil) or (not isinstance(v, GoStruct) and v in (False, 0, "", [], {}))


class GoNil:
    """A typed nil: kind 'slice', 'map' or 'ptr', with its Go type name."""

    __slots__ = ("go_type", "kind")

    def __init__(self, go_type: str) -> None:
        self.go_type = go_type
        if go_type.startswith("*"):
            self.kind = "ptr"
        elif go_type.startswith("map[") or go_type in ("nat.PortMap", "nat.PortSet"):
            self.kind = "map"
        else:
            self.kind = "slice"

    def __repr__(self) -> str:
        return f"GoNil({self.go_type})"


class GoContext(dict):  # type: ignore[type-arg]
    """A formatter context (*formatter.ContainerContext...): each key is a method returning a string.

    `methods` holds the methods that take string arguments (ContainerContext.Label(name))."""

    def __init__(self, values: dict[str, Any], go_type: str,
                 methods: dict[str, Callable[..., str]] | None = None) -> None:
        super().__init__(values)
        self.go_type = go_type
        self.methods = methods or {}


def go_type_name(v: Any) -> str:
    """reflect.Type.String() of a value."""
    if v is None:
        return "interface {}"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float64"
    if isinstance(v, complex):
        return "complex128"
    if isinstance(v, JsonNumber):
        return "json.Number"
    if isinstance(v, str):
        return "string"
    if isinstance(v, GoNil):
        return v.go_type
    if isinstance(v, GoContext):
        return v.go_type
    if isinstance(v, GoStruct):
        return v.go_type
    if isinstance(v, AnyList):
        return "[]interface {}"
    if isinstance(v, AnyMap):
        return "map[string]interface {}"
    if isinstance(v, (list, tuple)):
        return "[]string" if all(isinstance(x, str) for x in v) else "[]interface {}"
    if isinstance(v, dict):
        return "map[string]string" if all(isinstance(x, str) for x in v.values()) else "map[string]interface {}"
    return type(v).__name__


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _kind(v: Any) -> str:
    """reflect.Kind, coarsely."""
    if v is INVALID:
        return "invalid"
    if v is None:
        return "interface"
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, int):
        return "int"
    if isinstance(v, float):
        return "float"
    if isinstance(v, complex):
        return "complex"
    if isinstance(v, str):
        return "string"
    if isinstance(v, GoNil):
        return v.kind
    if isinstance(v, GoContext):
        return "ptr"
    if isinstance(v, GoStruct):
        return "struct"
    if isinstance(v, (list, tuple)):
        return "slice"
    if isinstance(v, dict):
        return "map"
    return "struct"


def _is_true(v: Any) -> bool:
    """exec.go isTrue on indirectInterface(v)."""
    k = _kind(v)
    if k in ("invalid", "interface", "ptr"):
        return k == "ptr" and not isinstance(v, GoNil)
    if k in ("slice", "map"):
        return not isinstance(v, GoNil) and len(v) > 0
    if k == "string":
        return len(v) > 0
    if k == "struct":
        return True
    return bool(v)


def _map_key_order(keys: list[Any]) -> list[Any]:
    """internal/fmtsort: ints numerically, strings bytewise, false before true."""
    def key(k: Any) -> Any:
        if isinstance(k, bool):
            return (0, int(k), b"")
        if isinstance(k, (int, float)):
            return (1, k, b"")
        return (2, 0, str(k).encode())
    return sorted(keys, key=key)


# ---------------------------------------------------------------------------------------------
# fmt


def go_float(f: float, verb: str = "g", prec: int = -1) -> str:
    """strconv.FormatFloat(f, verb, prec, 64) for verbs g, e, f."""
    if math.isnan(f):
        return "NaN"
    if math.isinf(f):
        return "+Inf" if f > 0 else "-Inf"
    if verb == "f":
        return f"{f:.{6 if prec < 0 else prec}f}" if prec >= 0 else _shortest_f(f)
    if verb == "e":
        text = f"{f:.{prec}e}" if prec >= 0 else _shortest_e(f)
        return _go_exp(text)
    # %g / %v: shortest digits; %e form when exp < -4 || exp >= eprec (6 when shortest)
    if prec < 0:
        digits, dp, neg = _shortest_digits(f)
        exp = dp - 1 if digits != "0" else 0
        if exp < -4 or exp >= 6:
            mant = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
            return ("-" if neg else "") + mant + "e" + ("-" if exp < 0 else "+") + f"{abs(exp):02d}"
        return _shortest_f(f)
    return _go_exp(f"{f:.{prec}g}")


def _shortest_digits(f: float) -> tuple[str, int, bool]:
    neg = f < 0 or (f == 0 and math.copysign(1, f) < 0)
    r = repr(abs(f))
    if "e" in r:
        mant, e = r.split("e")
        exp = int(e)
    else:
        mant, exp = r, 0
    if "." in mant:
        ip, fp = mant.split(".")
    else:
        ip, fp = mant, ""
    if fp == "0":
        fp = ""
    digits = (ip + fp).lstrip("0")
    dp = len(ip) + exp
    lead = len(ip + fp) - len((ip + fp).lstrip("0"))
    dp -= lead
    digits = digits.rstrip("0") or "0"
    if digits == "0":
        dp = 1
    return digits, dp, neg


def _shortest_f(f: float) -> str:
    digits, dp, neg = _shortest_digits(f)
    if dp <= 0:
        body = "0." + "0" * (-dp) + digits
    elif dp >= len(digits):
        body = digits + "0" * (dp - len(digits))
    else:
        body = digits[:dp] + "." + digits[dp:]
    return ("-" if neg else "") + body


def _shortest_e(f: float) -> str:
    digits, dp, neg = _shortest_digits(f)
    exp = dp - 1 if digits != "0" else 0
    mant = digits[0] + ("." + digits[1:] if len(digits) > 1 else "")
    return ("-" if neg else "") + f"{mant}e{'-' if exp < 0 else '+'}{abs(exp):02d}"


def _go_exp(text: str) -> str:
    """Python writes e+6 as e+06 already; keep two exponent digits at least."""
    m = re.search(r"e([+-])(\d+)$", text)
    if not m:
        return text
    return text[: m.start()] + "e" + m.group(1) + m.group(2).zfill(2)


def go_quote(s: str) -> str:
    """strconv.Quote."""
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\ufffd" or _printable(ch):
            out.append(ch)
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif o < 0x80:
            out.append(f"\\x{o:02x}")
        elif o < 0x10000:
            out.append(f"\\u{o:04x}")
        else:
            out.append(f"\\U{o:08x}")
    out.append('"')
    return "".join(out)


_ESCAPES = {"\a": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\v": "\\v"}


def _printable(ch: str) -> bool:
    """unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space."""
    if ch == " ":
        return True
    return unicodedata.category(ch)[0] in "LMNPS"


def _quote_rune(o: int) -> str:
    """strconv.QuoteRune."""
    if o > 0x10FFFF or 0xD800 <= o <= 0xDFFF:
        o = 0xFFFD
    ch = chr(o)
    if ch == "'":
        return "'\\''"
    if ch == "\\":
        return "'\\\\'"
    if _printable(ch):
        return f"'{ch}'"
    if ch in _ESCAPES:
        return f"'{_ESCAPES[ch]}'"
    if o < 0x80:
        return f"'\\x{o:02x}'"
    if o < 0x10000:
        return f"'\\u{o:04x}'"
    return f"'\\U{o:08x}'"


def fmt_v(v: Any, depth: int = 0, plus: bool = False) -> str:
    """fmt's %v of a value (depth > 0: inside a composite)."""
    if v is INVALID:
        return "<invalid reflect.Value>"
    if v is None:
        return "<nil>"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return go_float(v)
    if isinstance(v, complex):
        return f"({go_float(v.real)}{'+' if v.imag >= 0 else ''}{go_float(v.imag)}i)"
    if isinstance(v, str):
        return str(v)
    if isinstance(v, GoNil):
        return {"slice": "[]", "map": "map[]"}.get(v.kind, "<nil>")
    if isinstance(v, (GoStruct, GoContext)):
        if plus:
            return "{" + " ".join(f"{k}:{fmt_v(x, depth + 1, plus)}" for k, x in v.items()) + "}"
        return "{" + " ".join(fmt_v(x, depth + 1) for x in v.values()) + "}"
    if isinstance(v, dict):
        return "map[" + " ".join(f"{fmt_v(k, depth + 1, plus)}:{fmt_v(v[k], depth + 1, plus)}"
                                 for k in _map_key_order(list(v))) + "]"
    if isinstance(v, (list, tuple)):
        return "[" + " ".join(fmt_v(x, depth + 1, plus) for x in v) + "]"
    return str(v)


def sprint(args: list[Any]) -> str:
    """fmt.Sprint: a space between operands when neither is a string."""
    out = []
    prev_string = False
    made = 0
    for i, a in enumerate(args):
        is_string = isinstance(a, str)
        if i > 0 and not is_string and not prev_string:
            out.append(" ")
        out.append(fmt_v(a))
        made = _made(made, len(out[-1]) + 1)
        prev_string = is_string
    return "".join(out)


def sprintln(args: list[Any]) -> str:
    out = []
    made = 0
    for a in args:
        out.append(fmt_v(a))
        made = _made(made, len(out[-1]) + 1)
    return " ".join(out) + "\n"


def _made(made: int, more: int) -> int:
    """What a function has made so far, and more: past _MAX_OUT it stops before it makes the rest
    (Go has no such limit). A result was only measured once it was whole: `print` of a thousand
    copies of a 1 MB variable held 1 GB, `join (split $x "") $x` doubled to 4 GB."""
    made += more
    if made > _MAX_OUT:
        raise BudgetError("layerlab: template output too large to simulate")
    return made


_MAX_WIDTH = 100_000


def sprintf(fmt: str, args: list[Any]) -> str:
    """fmt.Sprintf for the verbs templates use, with fmt's %!verb(type=value) complaints."""
    out: list[str] = []
    n = len(fmt)
    i = 0
    argn = 0
    made = len(fmt)
    while i < n:
        j = fmt.find("%", i)
        if j < 0:
            out.append(fmt[i:])
            break
        out.append(fmt[i:j])
        i = j + 1
        flags = {"-": False, "+": False, "#": False, " ": False, "0": False}
        while i < n and fmt[i] in flags:
            flags[fmt[i]] = True
            i += 1
        width: int | None = None
        prec: int | None = None
        if i < n and fmt[i] == "*":
            i += 1
            if argn < len(args) and _is_int(args[argn]):
                width = args[argn]
                if width < 0:
                    flags["-"] = True
                    width = -width
            else:
                out.append("%!(BADWIDTH)")
            argn += 1
        else:
            m = re.match(r"\d+", fmt[i:])
            if m:
                width = int(m.group())
                i += m.end()
        if i < n and fmt[i] == ".":
            i += 1
            if i < n and fmt[i] == "*":
                i += 1
                if argn < len(args) and _is_int(args[argn]) and args[argn] >= 0:
                    prec = args[argn]
                else:
                    out.append("%!(BADPREC)")
                argn += 1
            else:
                m = re.match(r"\d+", fmt[i:])
                prec = int(m.group()) if m else 0
                if m:
                    i += m.end()
        if (width or 0) > _MAX_WIDTH or (prec or 0) > _MAX_WIDTH:
            raise BudgetError("layerlab: printf width too large to simulate")
        if i >= n:
            out.append("%!(NOVERB)")
            break
        verb = fmt[i]
        i += 1
        if verb == "%":
            out.append("%")
            continue
        if argn >= len(args):
            out.append(f"%!{verb}(MISSING)")
            continue
        arg = args[argn]
        argn += 1
        out.append(_fmt_arg(arg, verb, flags, width, prec))
        made = _made(made, len(out[-1]))  # (the format's own text is counted at the start)
    if argn < len(args):
        extra = ", ".join("<nil>" if a is None else f"{go_type_name(a)}={fmt_v(a)}" for a in args[argn:])
        out.append(f"%!(EXTRA {extra})")
    return "".join(out)


def _pad(text: str, flags: dict[str, bool], width: int | None, numeric: bool = False) -> str:
    if width is None or len(text) >= width:
        return text
    fill = width - len(text)
    if flags["-"]:
        return text + " " * fill
    if flags["0"]:
        if numeric and text[:1] in "+-":
            return text[0] + "0" * fill + text[1:]
        return "0" * fill + text
    return " " * fill + text


def _bad_verb(arg: Any, verb: str) -> str:
    if arg is None:
        return f"%!{verb}(<nil>)"
    return f"%!{verb}({go_type_name(arg)}={fmt_v(arg)})"


def _fmt_arg(arg: Any, verb: str, flags: dict[str, bool], width: int | None, prec: int | None) -> str:
    if verb == "T":
        return _pad("<nil>" if arg is None else go_type_name(arg), flags, width)
    if arg is None or arg is INVALID:
        return _pad("<nil>", flags, width) if verb == "v" else _bad_verb(None, verb)
    if verb == "v" and not isinstance(arg, (int, float, complex)):
        if isinstance(arg, str) and prec is not None:
            arg = arg[:prec]
        return _pad(fmt_v(arg, plus=flags["+"]), flags, width)
    if isinstance(arg, GoNil):
        return _pad(fmt_v(arg), flags, width)
    if isinstance(arg, (list, tuple)):
        return "[" + " ".join(_fmt_arg(x, verb, flags, width, prec) for x in arg) + "]"
    if isinstance(arg, (GoStruct, GoContext)):
        return "{" + " ".join(_fmt_arg(x, verb, flags, width, prec) for x in arg.values()) + "}"
    if isinstance(arg, dict):
        return "map[" + " ".join(f"{_fmt_arg(k, verb, flags, width, prec)}:{_fmt_arg(arg[k], verb, flags, width, prec)}"
                                 for k in _map_key_order(list(arg))) + "]"
    if isinstance(arg, bool):
        if verb in "tv":
            return _pad("true" if arg else "false", flags, width)
        return _bad_verb(arg, verb)
    if isinstance(arg, int):
        return _fmt_int(arg, verb, flags, width, prec)
    if isinstance(arg, float):
        return _fmt_float(arg, verb, flags, width, prec)
    if isinstance(arg, str):
        return _fmt_str(arg, verb, flags, width, prec)
    return _bad_verb(arg, verb)


def _fmt_int(v: int, verb: str, flags: dict[str, bool], width: int | None, prec: int | None) -> str:
    if verb in "vd":
        body = str(abs(v))
    elif verb == "b":
        body = format(abs(v), "b")
    elif verb == "o":
        body = format(abs(v), "o")
    elif verb == "O":
        body = "0o" + format(abs(v), "o")
    elif verb in "xX":
        body = format(abs(v), "x" if verb == "x" else "X")
        if flags["#"]:
            body = ("0x" if verb == "x" else "0X") + body
    elif verb == "c":
        return _pad(chr(v) if 0 <= v <= 0x10FFFF and not 0xD800 <= v <= 0xDFFF else "\ufffd", flags, width)
    elif verb == "q":
        return _pad(_quote_rune(v), flags, width)
    elif verb == "U":
        return _pad(f"U+{v:04X}", flags, width)
    elif verb in "eEfFgG":
        return _bad_verb(v, verb)
    else:
        return _bad_verb(v, verb)
    if prec is not None:
        body = body.zfill(prec) if not (prec == 0 and v == 0) else ""
    sign = "-" if v < 0 else ("+" if flags["+"] else (" " if flags[" "] else ""))
    return _pad(sign + body, flags if prec is None else {**flags, "0": False}, width, numeric=True)


def _fmt_float(v: float, verb: str, flags: dict[str, bool], width: int | None, prec: int | None) -> str:
    if verb in "vgG":
        body = go_float(abs(v), "g", -1 if prec is None else prec)
    elif verb in "fF":
        body = go_float(abs(v), "f", 6 if prec is None else prec)
    elif verb in "eE":
        body = go_float(abs(v), "e", 6 if prec is None else prec)
    else:
        return _bad_verb(v, verb)
    if verb in "EG":
        body = body.upper()
    neg = v < 0 or (v == 0 and math.copysign(1, v) < 0)
    sign = "-" if neg else ("+" if flags["+"] else (" " if flags[" "] else ""))
    return _pad(sign + body, flags, width, numeric=True)


def _fmt_str(s: str, verb: str, flags: dict[str, bool], width: int | None, prec: int | None) -> str:
    if verb in "sv":
        return _pad(s if prec is None else s[:prec], flags, width)
    if verb == "q":
        if prec is not None:
            s = s[:prec]
        if flags["#"] and "`" not in s and all(_printable(c) or c == "\t" for c in s):
            return _pad("`" + s + "`", flags, width)
        return _pad(go_quote(s), flags, width)
    if verb in "xX":
        data = s.encode()
        if prec is not None:
            data = data[:prec]
        text = data.hex() if verb == "x" else data.hex().upper()
        if flags[" "]:
            text = " ".join(text[k:k + 2] for k in range(0, len(text), 2))
        return _pad(text, flags, width)
    return _bad_verb(s, verb)


# ---------------------------------------------------------------------------------------------
# Lexer (parse/lex.go)

ERROR, BOOL, CHAR, CHARCONST, COMMENT, COMPLEX, ASSIGN, DECLARE, EOF, FIELD, IDENT, LDELIM, LPAREN, NUMBER, \
    PIPE, RAWSTRING, RDELIM, RPAREN, SPACE, STRING, TEXT, VARIABLE, KEYWORD, BLOCK, BREAK, CONTINUE, DOT, DEFINE, \
    ELSE, END, IF, NIL, RANGE, TEMPLATE, WITH = range(35)

_KEYWORDS = {".": DOT, "block": BLOCK, "break": BREAK, "continue": CONTINUE, "define": DEFINE, "else": ELSE,
             "end": END, "if": IF, "range": RANGE, "nil": NIL, "template": TEMPLATE, "with": WITH}
_SPACE = " \t\r\n"
_EOF = ""


class Item:
    __slots__ = ("line", "pos", "typ", "val")

    def __init__(self, typ: int, pos: int, val: str, line: int) -> None:
        self.typ = typ
        self.pos = pos
        self.val = val
        self.line = line

    def __str__(self) -> str:
        if self.typ == EOF:
            return "EOF"
        if self.typ == ERROR:
            return self.val
        if self.typ > KEYWORD:
            return f"<{self.val}>"
        if len(self.val) > 10:
            return go_quote(self.val[:10]) + "..."
        return go_quote(self.val)


def _is_alnum(r: str) -> bool:
    return r == "_" or (r != _EOF and (r.isalpha() or unicodedata.category(r) == "Nd"))


def _fmt_U(r: str) -> str:
    """%#U."""
    o = ord(r)
    return f"U+{o:04X} '{r}'" if _printable(r) else f"U+{o:04X}"


class _Lexer:
    def __init__(self, text: str) -> None:
        self.input = text
        self.pos = 0
        self.start = 0
        self.width = 0
        self.line = 1
        self.start_line = 1
        self.paren_depth = 0
        self.inside = False
        self.item: Item | None = None

    # runes
    def next(self) -> str:
        if self.pos >= len(self.input):
            self.width = 0
            return _EOF
        r = self.input[self.pos]
        self.width = 1
        self.pos += 1
        if r == "\n":
            self.line += 1
        return r

    def peek(self) -> str:
        r = self.next()
        self.backup()
        return r

    def backup(self) -> None:
        if self.width:
            self.pos -= 1
            if self.input[self.pos] == "\n":
                self.line -= 1
            self.width = 0

    def this_item(self, typ: int) -> Item:
        i = Item(typ, self.start, self.input[self.start:self.pos], self.start_line)
        self.start = self.pos
        self.start_line = self.line
        return i

    def emit(self, typ: int) -> None:
        self.item = self.this_item(typ)

    def ignore(self) -> None:
        self.line += self.input.count("\n", self.start, self.pos)
        self.start = self.pos
        self.start_line = self.line

    def accept(self, valid: str) -> bool:
        r = self.next()
        if r != _EOF and r in valid:
            return True
        self.backup()
        return False

    def accept_run(self, valid: str) -> None:
        while True:
            r = self.next()
            if r == _EOF or r not in valid:
                break
        self.backup()

    def errorf(self, msg: str) -> None:
        self.item = Item(ERROR, self.start, msg, self.start_line)
        self.input = ""
        self.start = self.pos = 0

    def next_item(self) -> Item:
        self.item = None
        state: Any = self.lex_inside if self.inside else self.lex_text
        while state is not None:
            state = state()
        if self.item is None:
            return Item(EOF, self.pos, "EOF", self.start_line)
        return self.item

    # states
    def lex_text(self) -> Any:
        x = self.input.find("{{", self.pos)
        if x >= 0:
            if x > self.pos:
                self.pos = x
                trim = 0
                if _has_left_trim(self.input, x + 2):
                    seg = self.input[self.start:self.pos]
                    trim = len(seg) - len(seg.rstrip(_SPACE))
                self.pos -= trim
                self.line += self.input.count("\n", self.start, self.pos)
                i = self.this_item(TEXT)
                self.pos += trim
                self.ignore()
                if i.val:
                    self.item = i
                    return None
            return self.lex_left_delim
        self.pos = len(self.input)
        if self.pos > self.start:
            self.line += self.input.count("\n", self.start, self.pos)
            self.emit(TEXT)
            return None
        self.emit(EOF)
        return None

    def at_right_delim(self) -> tuple[bool, bool]:
        if _has_right_trim(self.input, self.pos) and self.input.startswith("}}", self.pos + 2):
            return True, True
        if self.input.startswith("}}", self.pos):
            return True, False
        return False, False

    def lex_left_delim(self) -> Any:
        self.pos += 2
        trim = _has_left_trim(self.input, self.pos)
        after = 2 if trim else 0
        if self.input.startswith("/*", self.pos + after):
            self.pos += after
            self.ignore()
            return self.lex_comment
        i = self.this_item(LDELIM)
        self.inside = True
        self.pos += after
        self.ignore()
        self.paren_depth = 0
        self.item = i
        return None

    def lex_comment(self) -> Any:
        self.pos += 2
        x = self.input.find("*/", self.pos)
        if x < 0:
            self.errorf("unclosed comment")
            return None
        self.pos = x + 2
        delim, trim = self.at_right_delim()
        if not delim:
            self.errorf("comment ends before closing delimiter")
            return None
        self.line += self.input.count("\n", self.start, self.pos)
        self.this_item(COMMENT)
        if trim:
            self.pos += 2
        self.pos += 2
        if trim:
            rest = self.input[self.pos:]
            self.pos += len(rest) - len(rest.lstrip(_SPACE))
        self.ignore()
        return self.lex_text

    def lex_right_delim(self) -> Any:
        _, trim = self.at_right_delim()
        if trim:
            self.pos += 2
            self.ignore()
        self.pos += 2
        i = self.this_item(RDELIM)
        if trim:
            rest = self.input[self.pos:]
            self.pos += len(rest) - len(rest.lstrip(_SPACE))
            self.ignore()
        self.inside = False
        self.item = i
        return None

    def lex_inside(self) -> Any:
        delim, _ = self.at_right_delim()
        if delim:
            if self.paren_depth == 0:
                return self.lex_right_delim
            self.errorf("unclosed left paren")
            return None
        r = self.next()
        if r == _EOF:
            self.errorf("unclosed action")
        elif r in _SPACE:
            self.backup()
            return self.lex_space
        elif r == "=":
            self.emit(ASSIGN)
        elif r == ":":
            if self.next() != "=":
                self.errorf("expected :=")
            else:
                self.emit(DECLARE)
        elif r == "|":
            self.emit(PIPE)
        elif r == '"':
            return self.lex_quote
        elif r == "`":
            return self.lex_raw_quote
        elif r == "$":
            return self.lex_variable
        elif r == "'":
            return self.lex_char
        elif r == "." and self.pos < len(self.input) and not "0" <= self.input[self.pos] <= "9":
            return self.lex_field
        elif r in "+-." or "0" <= r <= "9":
            self.backup()
            return self.lex_number
        elif _is_alnum(r):
            self.backup()
            return self.lex_identifier
        elif r == "(":
            self.paren_depth += 1
            self.emit(LPAREN)
        elif r == ")":
            self.paren_depth -= 1
            if self.paren_depth < 0:
                self.errorf("unexpected right paren")
            else:
                self.emit(RPAREN)
        elif ord(r) < 0x80 and _printable(r):
            self.emit(CHAR)
        else:
            self.errorf(f"unrecognized character in action: {_fmt_U(r)}")
        return None

    def lex_space(self) -> Any:
        num = 0
        while True:
            r = self.peek()
            if r == _EOF or r not in _SPACE:
                break
            self.next()
            num += 1
        if _has_right_trim(self.input, self.pos - 1) and self.input.startswith("}}", self.pos + 1):
            self.pos -= 1
            if self.input[self.pos] == "\n":
                self.line -= 1
            if num == 1:
                return self.lex_right_delim
        self.emit(SPACE)
        return None

    def lex_identifier(self) -> Any:
        while True:
            r = self.next()
            if not _is_alnum(r):
                self.backup()
                word = self.input[self.start:self.pos]
                if not self.at_terminator():
                    self.errorf(f"bad character {_fmt_U(r)}")
                    return None
                if word in _KEYWORDS and _KEYWORDS[word] > KEYWORD:
                    self.emit(_KEYWORDS[word])
                elif word[0] == ".":
                    self.emit(FIELD)
                elif word in ("true", "false"):
                    self.emit(BOOL)
                else:
                    self.emit(IDENT)
                return None

    def lex_field(self) -> Any:
        return self.lex_field_or_variable(FIELD)

    def lex_variable(self) -> Any:
        if self.at_terminator():
            self.emit(VARIABLE)
            return None
        return self.lex_field_or_variable(VARIABLE)

    def lex_field_or_variable(self, typ: int) -> Any:
        if self.at_terminator():
            self.emit(VARIABLE if typ == VARIABLE else DOT)
            return None
        while True:
            r = self.next()
            if not _is_alnum(r):
                self.backup()
                break
        if not self.at_terminator():
            self.errorf(f"bad character {_fmt_U(r)}")
            return None
        self.emit(typ)
        return None

    def at_terminator(self) -> bool:
        r = self.peek()
        if r == _EOF or r in _SPACE or r in ".,|:)(":
            return True
        return self.input.startswith("}}", self.pos)

    def lex_char(self) -> Any:
        while True:
            r = self.next()
            if r == "\\":
                r2 = self.next()
                if r2 not in (_EOF, "\n"):
                    continue
                self.errorf("unterminated character constant")
                return None
            if r in (_EOF, "\n"):
                self.errorf("unterminated character constant")
                return None
            if r == "'":
                break
        self.emit(CHARCONST)
        return None

    def lex_number(self) -> Any:
        if not self.scan_number():
            self.errorf(f"bad number syntax: {go_quote(self.input[self.start:self.pos])}")
            return None
        sign = self.peek()
        if sign in ("+", "-") and sign != _EOF:
            if not self.scan_number() or self.input[self.pos - 1] != "i":
                self.errorf(f"bad number syntax: {go_quote(self.input[self.start:self.pos])}")
                return None
            self.emit(COMPLEX)
            return None
        self.emit(NUMBER)
        return None

    def scan_number(self) -> bool:
        self.accept("+-")
        digits = "0123456789_"
        if self.accept("0"):
            if self.accept("xX"):
                digits = "0123456789abcdefABCDEF_"
            elif self.accept("oO"):
                digits = "01234567_"
            elif self.accept("bB"):
                digits = "01_"
        self.accept_run(digits)
        if self.accept("."):
            self.accept_run(digits)
        if len(digits) == 11 and self.accept("eE"):
            self.accept("+-")
            self.accept_run("0123456789_")
        if len(digits) == 23 and self.accept("pP"):
            self.accept("+-")
            self.accept_run("0123456789_")
        self.accept("i")
        if _is_alnum(self.peek()):
            self.next()
            return False
        return True

    def lex_quote(self) -> Any:
        while True:
            r = self.next()
            if r == "\\":
                r2 = self.next()
                if r2 not in (_EOF, "\n"):
                    continue
                self.errorf("unterminated quoted string")
                return None
            if r in (_EOF, "\n"):
                self.errorf("unterminated quoted string")
                return None
            if r == '"':
                break
        self.emit(STRING)
        return None

    def lex_raw_quote(self) -> Any:
        while True:
            r = self.next()
            if r == _EOF:
                self.errorf("unterminated raw quoted string")
                return None
            if r == "`":
                break
        self.emit(RAWSTRING)
        return None


def _has_left_trim(s: str, i: int) -> bool:
    return len(s) >= i + 2 and s[i] == "-" and s[i + 1] in _SPACE


def _has_right_trim(s: str, i: int) -> bool:
    return i >= 0 and len(s) >= i + 2 and s[i] in _SPACE and s[i + 1] == "-"


# ---------------------------------------------------------------------------------------------
# Nodes (parse/node.go)


class Node:
    __slots__ = ("pos",)
    kind = ""
    pos: int

    def __str__(self) -> str:
        return ""


class ListNode(Node):
    __slots__ = ("nodes",)
    kind = "list"

    def __init__(self, pos: int) -> None:
        self.pos = pos
        self.nodes: list[Node] = []

    def __str__(self) -> str:
        return "".join(str(n) for n in self.nodes)


class TextNode(Node):
    __slots__ = ("text",)
    kind = "text"

    def __init__(self, pos: int, text: str) -> None:
        self.pos = pos
        self.text = text

    def __str__(self) -> str:
        return self.text


class CommentNode(Node):
    __slots__ = ()
    kind = "comment"

    def __init__(self, pos: int) -> None:
        self.pos = pos


class PipeNode(Node):
    __slots__ = ("cmds", "decl", "is_assign", "line")
    kind = "pipe"

    def __init__(self, pos: int, line: int) -> None:
        self.pos = pos
        self.line = line
        self.is_assign = False
        self.decl: list[VariableNode] = []
        self.cmds: list[CommandNode] = []

    def __str__(self) -> str:
        s = ""
        if self.decl:
            s = ", ".join(str(v) for v in self.decl) + " := "
        return s + " | ".join(str(c) for c in self.cmds)


class ActionNode(Node):
    __slots__ = ("line", "pipe")
    kind = "action"

    def __init__(self, pos: int, line: int, pipe: PipeNode) -> None:
        self.pos = pos
        self.line = line
        self.pipe = pipe

    def __str__(self) -> str:
        return "{{" + str(self.pipe) + "}}"


class CommandNode(Node):
    __slots__ = ("args",)
    kind = "command"

    def __init__(self, pos: int) -> None:
        self.pos = pos
        self.args: list[Node] = []

    def __str__(self) -> str:
        return " ".join(f"({a})" if isinstance(a, PipeNode) else str(a) for a in self.args)


class IdentifierNode(Node):
    __slots__ = ("ident",)
    kind = "identifier"

    def __init__(self, pos: int, ident: str) -> None:
        self.pos = pos
        self.ident = ident

    def __str__(self) -> str:
        return self.ident


class VariableNode(Node):
    __slots__ = ("ident",)
    kind = "variable"

    def __init__(self, pos: int, ident: str) -> None:
        self.pos = pos
        self.ident = ident.split(".")

    def __str__(self) -> str:
        return ".".join(self.ident)


class DotNode(Node):
    __slots__ = ()
    kind = "dot"

    def __init__(self, pos: int) -> None:
        self.pos = pos

    def __str__(self) -> str:
        return "."


class NilNode(Node):
    __slots__ = ()
    kind = "nil"

    def __init__(self, pos: int) -> None:
        self.pos = pos

    def __str__(self) -> str:
        return "nil"


class FieldNode(Node):
    __slots__ = ("ident",)
    kind = "field"

    def __init__(self, pos: int, ident: str) -> None:
        self.pos = pos
        self.ident = ident[1:].split(".")

    def __str__(self) -> str:
        return "".join("." + i for i in self.ident)


class ChainNode(Node):
    __slots__ = ("field", "node")
    kind = "chain"

    def __init__(self, pos: int, node: Node) -> None:
        self.pos = pos
        self.node = node
        self.field: list[str] = []

    def __str__(self) -> str:
        head = f"({self.node})" if isinstance(self.node, PipeNode) else str(self.node)
        return head + "".join("." + f for f in self.field)


class BoolNode(Node):
    __slots__ = ("true",)
    kind = "bool"

    def __init__(self, pos: int, true: bool) -> None:
        self.pos = pos
        self.true = true

    def __str__(self) -> str:
        return "true" if self.true else "false"


class NumberNode(Node):
    __slots__ = ("complex", "float", "int", "is_complex", "is_float", "is_int", "is_uint", "text", "uint")
    kind = "number"

    def __init__(self, pos: int, text: str) -> None:
        self.pos = pos
        self.text = text
        self.is_int = self.is_uint = self.is_float = self.is_complex = False
        self.int = self.uint = 0
        self.float = 0.0
        self.complex = 0j

    def __str__(self) -> str:
        return self.text


class StringNode(Node):
    __slots__ = ("quoted", "text")
    kind = "string"

    def __init__(self, pos: int, quoted: str, text: str) -> None:
        self.pos = pos
        self.quoted = quoted
        self.text = text

    def __str__(self) -> str:
        return self.quoted


class _EndNode(Node):
    __slots__ = ()
    kind = "end"

    def __init__(self, pos: int) -> None:
        self.pos = pos

    def __str__(self) -> str:
        return "{{end}}"


class _ElseNode(Node):
    __slots__ = ()
    kind = "else"

    def __init__(self, pos: int) -> None:
        self.pos = pos

    def __str__(self) -> str:
        return "{{else}}"


class BranchNode(Node):
    __slots__ = ("else_list", "line", "list", "pipe")
    name = ""

    def __init__(self, pos: int, line: int, pipe: PipeNode, lst: ListNode, else_list: ListNode | None) -> None:
        self.pos = pos
        self.line = line
        self.pipe = pipe
        self.list = lst
        self.else_list = else_list

    def __str__(self) -> str:
        s = "{{" + self.name + " " + str(self.pipe) + "}}" + str(self.list)
        if self.else_list is not None:
            s += "{{else}}" + str(self.else_list)
        return s + "{{end}}"


class IfNode(BranchNode):
    __slots__ = ()
    kind = name = "if"


class RangeNode(BranchNode):
    __slots__ = ()
    kind = name = "range"


class WithNode(BranchNode):
    __slots__ = ()
    kind = name = "with"


class BreakNode(Node):
    __slots__ = ()
    kind = "break"

    def __init__(self, pos: int) -> None:
        self.pos = pos

    def __str__(self) -> str:
        return "{{break}}"


class ContinueNode(Node):
    __slots__ = ()
    kind = "continue"

    def __init__(self, pos: int) -> None:
        self.pos = pos

    def __str__(self) -> str:
        return "{{continue}}"


class TemplateNode(Node):
    __slots__ = ("name", "pipe")
    kind = "template"

    def __init__(self, pos: int, name: str, pipe: PipeNode | None) -> None:
        self.pos = pos
        self.name = name
        self.pipe = pipe

    def __str__(self) -> str:
        return "{{template " + go_quote(self.name) + (" " + str(self.pipe) if self.pipe else "") + "}}"


# ---------------------------------------------------------------------------------------------
# Parser (parse/parse.go)


def go_unquote(s: str) -> str:
    """strconv.Unquote for "..." and `...` literals; ValueError('invalid syntax') otherwise."""
    if len(s) < 2 or s[0] != s[-1]:
        raise ValueError("invalid syntax")
    q = s[0]
    body = s[1:-1]
    if q == "`":
        if "`" in body:
            raise ValueError("invalid syntax")
        return body.replace("\r", "")
    if q not in "\"'":
        raise ValueError("invalid syntax")
    out: list[str] = []
    i = 0
    while i < len(body):
        ch, i = _unquote_char(body, i, q)
        out.append(ch)
    if q == "'" and len(out) != 1:
        raise ValueError("invalid syntax")
    return "".join(out)


_SIMPLE = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _unquote_char(s: str, i: int, quote: str) -> tuple[str, int]:
    """strconv.UnquoteChar: one (possibly escaped) character of s at i."""
    c = s[i]
    if c == quote and quote in "'\"":
        raise ValueError("invalid syntax")
    if c == "\n":
        raise ValueError("invalid syntax")
    if c != "\\":
        return c, i + 1
    if i + 1 >= len(s):
        raise ValueError("invalid syntax")
    e = s[i + 1]
    i += 2
    if e in _SIMPLE:
        return _SIMPLE[e], i
    if e in "xuU":
        n = {"x": 2, "u": 4, "U": 8}[e]
        hexs = s[i:i + n]
        if len(hexs) < n or not all(h in "0123456789abcdefABCDEF" for h in hexs):
            raise ValueError("invalid syntax")
        v = int(hexs, 16)
        if e == "x":
            if v >= 0x80:  # a byte that is not valid UTF-8 on its own
                return chr(0xFFFD), i + n
            return chr(v), i + n
        if v > 0x10FFFF or 0xD800 <= v <= 0xDFFF:
            raise ValueError("invalid syntax")
        return chr(v), i + n
    if e in "01234567":
        octs = s[i - 1:i + 2]
        if len(octs) < 3 or not all(o in "01234567" for o in octs):
            raise ValueError("invalid syntax")
        v = int(octs, 8)
        if v > 255:
            raise ValueError("invalid syntax")
        return (chr(v) if v < 0x80 else chr(0xFFFD)), i + 2
    if e in "'\"":
        if e != quote:
            raise ValueError("invalid syntax")
        return e, i
    raise ValueError("invalid syntax")


def _underscore_ok(s: str) -> bool:
    """strconv.underscoreOK: underscores only between digits (or after a base prefix)."""
    saw = "^"
    if s[:1] in ("+", "-"):
        s = s[1:]
    i = 0
    hexa = False
    if len(s) >= 2 and s[0] == "0" and s[1].lower() in "box":
        i = 2
        saw = "0"
        hexa = s[1].lower() == "x"
    while i < len(s):
        c = s[i]
        if "0" <= c <= "9" or (hexa and "a" <= c.lower() <= "f"):
            saw = "0"
        elif c == "_":
            if saw != "0":
                return False
            saw = "_"
        elif saw == "_":
            return False
        else:
            saw = "!"
        i += 1
    return saw != "_"


def _parse_go_int(text: str, unsigned: bool) -> int | None:
    """strconv.ParseInt/ParseUint(text, 0, 64)."""
    s = text
    neg = False
    if s[:1] in ("+", "-") and s:
        if unsigned:
            return None
        neg = s[0] == "-"
        s = s[1:]
    if not s:
        return None
    base = 10
    if s[0] == "0":
        if len(s) >= 3 and s[1].lower() in "box":
            base = {"b": 2, "o": 8, "x": 16}[s[1].lower()]
            s = s[2:]
        else:
            base = 8
            s = s[1:]
    digits = []
    underscores = False
    for c in s:
        if c == "_":
            underscores = True
            continue
        d = int(c, 36) if c.isascii() and c.isalnum() else 99
        if d >= base:
            return None
        digits.append(c)
    if underscores and not _underscore_ok(text):
        return None
    v = int("".join(digits), base) if digits else 0
    if neg:
        v = -v
    if unsigned:
        return v if v < 1 << 64 else None
    return v if -(1 << 63) <= v < 1 << 63 else None


def _parse_go_float(text: str) -> float | None:
    t = text
    try:
        if re.fullmatch(r"[+-]?0[xX][0-9a-fA-F_]*\.?[0-9a-fA-F_]*([pP][+-]?[0-9_]+)?", t):
            if not re.search(r"[pP]", t):
                return None
            return float.fromhex(t.replace("_", ""))
        if not re.fullmatch(r"[+-]?(\d[\d_]*\.?[\d_]*|\.\d[\d_]*)([eE][+-]?\d[\d_]*)?", t):
            return None
        if "__" in t or t.endswith("_") or "_." in t or "._" in t:
            return None
        f = float(t.replace("_", ""))
    except (ValueError, OverflowError):
        return None
    if math.isinf(f):
        return None
    return f


class Tree:
    """One parsed template (a name and its root list)."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text
        self.root: ListNode = ListNode(0)


# Control structures, and parenthesized pipelines, a template may nest (see _Parser.deeper).
MAX_CONTROL_DEPTH = 64


class _Parser:
    def __init__(self, text: str, funcs: frozenset[str], tree_set: dict[str, Tree], lexer: _Lexer | None = None,
                 name: str = "") -> None:
        self.text = text
        self.funcs = funcs
        self.tree_set = tree_set
        self.lex = lexer or _Lexer(text)
        self.tree = Tree(name, text)
        self.token: list[Item] = [Item(EOF, 0, "", 1)] * 3
        self.peek_count = 0
        self.vars = ["$"]
        self.action_line = 0
        self.range_depth = 0
        self.stack_depth = 0
        self.control_depth = 0  # if, with, range, block and else-if inside one another

    # tokens
    def next(self) -> Item:
        if self.peek_count > 0:
            self.peek_count -= 1
        else:
            self.token[0] = self.lex.next_item()
        return self.token[self.peek_count]

    def backup(self) -> None:
        self.peek_count += 1

    def backup2(self, t1: Item) -> None:
        self.token[1] = t1
        self.peek_count = 2

    def backup3(self, t2: Item, t1: Item) -> None:
        self.token[1] = t1
        self.token[2] = t2
        self.peek_count = 3

    def peek(self) -> Item:
        if self.peek_count > 0:
            return self.token[self.peek_count - 1]
        self.peek_count = 1
        self.token[0] = self.lex.next_item()
        return self.token[0]

    def next_non_space(self) -> Item:
        while True:
            t = self.next()
            if t.typ != SPACE:
                return t

    def peek_non_space(self) -> Item:
        t = self.next_non_space()
        self.backup()
        return t

    def errorf(self, msg: str) -> None:
        raise ParseError(f"template: :{self.token[0].line}: {msg}")

    def expect(self, expected: int, context: str) -> Item:
        t = self.next_non_space()
        if t.typ != expected:
            self.unexpected(t, context)
        return t

    def expect_one_of(self, e1: int, e2: int, context: str) -> Item:
        t = self.next_non_space()
        if t.typ not in (e1, e2):
            self.unexpected(t, context)
        return t

    def unexpected(self, token: Item, context: str) -> None:
        if token.typ == ERROR:
            extra = ""
            if self.action_line != 0 and self.action_line != token.line:
                extra = f" in action started at :{self.action_line}"
                if token.val.endswith(" action"):
                    extra = extra[len(" in action"):]
            self.errorf(f"{token}{extra}")
        self.errorf(f"unexpected {token} in {context}")

    # structure
    def parse(self) -> Tree:
        self.tree.root = ListNode(self.peek().pos)
        while self.peek().typ != EOF:
            if self.peek().typ == LDELIM:
                delim = self.next()
                if self.next_non_space().typ == DEFINE:
                    _Parser(self.text, self.funcs, self.tree_set, self.lex, "definition").parse_definition()
                    continue
                self.backup2(delim)
            n = self.text_or_action()
            if n.kind in ("end", "else"):
                self.errorf(f"unexpected {n}")
            self.tree.root.nodes.append(n)
        self.add()
        return self.tree

    def add(self) -> None:
        old = self.tree_set.get(self.tree.name)
        if old is None or _is_empty_tree(old.root):
            self.tree_set[self.tree.name] = self.tree
            return
        if not _is_empty_tree(self.tree.root):
            self.errorf(f"template: multiple definition of template {go_quote(self.tree.name)}")

    def parse_definition(self) -> None:
        context = "define clause"
        name = self.expect_one_of(STRING, RAWSTRING, context)
        try:
            self.tree.name = go_unquote(name.val)
        except ValueError as exc:
            self.errorf(str(exc))
        self.expect(RDELIM, context)
        self.tree.root, end = self.item_list()
        if end.kind != "end":
            self.errorf(f"unexpected {end} in {context}")
        self.add()

    def item_list(self) -> tuple[ListNode, Node]:
        lst = ListNode(self.peek_non_space().pos)
        while self.peek_non_space().typ != EOF:
            n = self.text_or_action()
            if n.kind in ("end", "else"):
                return lst, n
            lst.nodes.append(n)
        self.errorf("unexpected EOF")
        raise AssertionError

    def text_or_action(self) -> Node:
        token = self.next_non_space()
        if token.typ == TEXT:
            return TextNode(token.pos, token.val)
        if token.typ == LDELIM:
            self.action_line = token.line
            try:
                return self.action()
            finally:
                self.action_line = 0
        if token.typ == COMMENT:
            return CommentNode(token.pos)
        self.unexpected(token, "input")
        raise AssertionError

    def action(self) -> Node:
        token = self.next_non_space()
        typ = token.typ
        if typ == BLOCK:
            return self.block_control()
        if typ == BREAK:
            return self.break_control(token.pos, "break")
        if typ == CONTINUE:
            return self.break_control(token.pos, "continue")
        if typ == ELSE:
            return self.else_control()
        if typ == END:
            return _EndNode(self.expect(RDELIM, "end").pos)
        if typ == IF:
            return IfNode(*self.parse_control("if"))
        if typ == RANGE:
            return RangeNode(*self.parse_control("range"))
        if typ == TEMPLATE:
            return self.template_control()
        if typ == WITH:
            return WithNode(*self.parse_control("with"))
        self.backup()
        token = self.peek()
        return ActionNode(token.pos, token.line, self.pipeline("command", RDELIM))

    def break_control(self, pos: int, word: str) -> Node:
        token = self.next_non_space()
        if token.typ != RDELIM:
            self.unexpected(token, "{{" + word + "}}")
        if self.range_depth == 0:
            self.errorf("{{" + word + "}} outside {{range}}")
        return BreakNode(pos) if word == "break" else ContinueNode(pos)

    def pipeline(self, context: str, end: int) -> PipeNode:
        token = self.peek_non_space()
        pipe = PipeNode(token.pos, token.line)
        while True:  # decls:
            v = self.peek_non_space()
            if v.typ != VARIABLE:
                break
            self.next()
            after = self.peek()
            nxt = self.peek_non_space()
            if nxt.typ in (ASSIGN, DECLARE):
                pipe.is_assign = nxt.typ == ASSIGN
                self.next_non_space()
                pipe.decl.append(VariableNode(v.pos, v.val))
                self.vars.append(v.val)
            elif nxt.typ == CHAR and nxt.val == ",":
                self.next_non_space()
                pipe.decl.append(VariableNode(v.pos, v.val))
                self.vars.append(v.val)
                if context == "range" and len(pipe.decl) < 2:
                    if self.peek_non_space().typ in (VARIABLE, RDELIM, RPAREN):
                        continue
                    self.errorf("range can only initialize variables")
                self.errorf(f"too many declarations in {context}")
            elif after.typ == SPACE:
                self.backup3(v, after)
            else:
                self.backup2(v)
            break
        while True:
            token = self.next_non_space()
            if token.typ == end:
                self.check_pipeline(pipe, context)
                return pipe
            if token.typ in (BOOL, CHARCONST, COMPLEX, DOT, FIELD, IDENT, NUMBER, NIL, RAWSTRING, STRING, VARIABLE,
                             LPAREN):
                self.backup()
                pipe.cmds.append(self.command())
            else:
                self.unexpected(token, context)

    def check_pipeline(self, pipe: PipeNode, context: str) -> None:
        if not pipe.cmds:
            self.errorf(f"missing value for {context}")
        for i, c in enumerate(pipe.cmds[1:]):
            if c.args[0].kind in ("bool", "dot", "nil", "number", "string"):
                self.errorf(f"non executable command in pipeline stage {i + 2}")

    def parse_control(self, context: str) -> tuple[int, int, PipeNode, ListNode, ListNode | None]:
        nvars = len(self.vars)
        self.deeper()
        try:
            pipe = self.pipeline(context, RDELIM)
            if context == "range":
                self.range_depth += 1
            lst, nxt = self.item_list()
            if context == "range":
                self.range_depth -= 1
            else_list = None
            if nxt.kind == "else":
                if context == "if" and self.peek().typ == IF:
                    self.next()
                    else_list = ListNode(nxt.pos)
                    else_list.nodes.append(IfNode(*self.parse_control("if")))
                elif context == "with" and self.peek().typ == WITH:
                    self.next()
                    else_list = ListNode(nxt.pos)
                    else_list.nodes.append(WithNode(*self.parse_control("with")))
                else:
                    else_list, nxt = self.item_list()
                    if nxt.kind != "end":
                        self.errorf(f"expected end; found {nxt}")
            return pipe.pos, pipe.line, pipe, lst, else_list
        finally:
            del self.vars[nvars:]
            self.control_depth -= 1

    def deeper(self) -> None:
        """One more control structure inside the others. Go's parser recurses without a bound here
        (its stack grows); the simulator's stops at MAX_CONTROL_DEPTH, counted, so that a template
        parses the same wherever it is read (a RecursionError, past about 240 `{{if}}` or 120 inside
        30 $( ), was told as Go's parenthesis limit, "max expression depth exceeded")."""
        self.control_depth += 1
        if self.control_depth > MAX_CONTROL_DEPTH:
            raise BudgetError("layerlab: template nests too deeply to simulate")

    def else_control(self) -> Node:
        peek = self.peek_non_space()
        if peek.typ in (IF, WITH):
            return _ElseNode(peek.pos)
        token = self.expect(RDELIM, "else")
        return _ElseNode(token.pos)

    def block_control(self) -> Node:
        context = "block clause"
        token = self.next_non_space()
        name = self.parse_template_name(token, context)
        pipe = self.pipeline(context, RDELIM)
        sub = _Parser(self.text, self.funcs, self.tree_set, self.lex, name)
        sub.control_depth = self.control_depth
        sub.deeper()
        sub.tree.root, end = sub.item_list()
        if end.kind != "end":
            self.errorf(f"unexpected {end} in {context}")
        sub.add()
        return TemplateNode(token.pos, name, pipe)

    def template_control(self) -> Node:
        context = "template clause"
        token = self.next_non_space()
        name = self.parse_template_name(token, context)
        pipe = None
        if self.next_non_space().typ != RDELIM:
            self.backup()
            pipe = self.pipeline(context, RDELIM)
        return TemplateNode(token.pos, name, pipe)

    def parse_template_name(self, token: Item, context: str) -> str:
        if token.typ in (STRING, RAWSTRING):
            try:
                return go_unquote(token.val)
            except ValueError as exc:
                self.errorf(str(exc))
        self.unexpected(token, context)
        raise AssertionError

    def command(self) -> CommandNode:
        cmd = CommandNode(self.peek_non_space().pos)
        while True:
            self.peek_non_space()
            operand = self.operand()
            if operand is not None:
                cmd.args.append(operand)
            token = self.next()
            if token.typ == SPACE:
                continue
            if token.typ in (RDELIM, RPAREN):
                self.backup()
            elif token.typ == PIPE:
                pass
            else:
                self.unexpected(token, "operand")
            break
        if not cmd.args:
            self.errorf("empty command")
        return cmd

    def operand(self) -> Node | None:
        node = self.term()
        if node is None:
            return None
        if self.peek().typ == FIELD:
            chain = ChainNode(self.peek().pos, node)
            while self.peek().typ == FIELD:
                chain.field.append(self.next().val[1:])
            if node.kind == "field":
                return FieldNode(chain.pos, str(chain))
            if node.kind == "variable":
                return VariableNode(chain.pos, str(chain))
            if node.kind in ("bool", "string", "number", "nil", "dot"):
                self.errorf(f"unexpected . after term {go_quote(str(node))}")
            return chain
        return node

    def term(self) -> Node | None:
        token = self.next_non_space()
        typ = token.typ
        if typ == IDENT:
            if token.val not in self.funcs:
                self.errorf(f"function {go_quote(token.val)} not defined")
            return IdentifierNode(token.pos, token.val)
        if typ == DOT:
            return DotNode(token.pos)
        if typ == NIL:
            return NilNode(token.pos)
        if typ == VARIABLE:
            name = token.val.split(".")[0]
            if name not in self.vars:
                self.errorf(f"undefined variable {go_quote(name)}")
            return VariableNode(token.pos, token.val)
        if typ == FIELD:
            return FieldNode(token.pos, token.val)
        if typ == BOOL:
            return BoolNode(token.pos, token.val == "true")
        if typ in (CHARCONST, COMPLEX, NUMBER):
            return self.new_number(token)
        if typ == LPAREN:
            if self.stack_depth >= 10000:
                self.errorf("max expression depth exceeded")
            if self.stack_depth >= MAX_CONTROL_DEPTH:  # far under Go's 10,000: the simulator's stack (deeper())
                raise BudgetError("layerlab: template nests too deeply to simulate")
            self.stack_depth += 1
            try:
                return self.pipeline("parenthesized pipeline", RPAREN)
            finally:
                self.stack_depth -= 1
        if typ in (STRING, RAWSTRING):
            try:
                return StringNode(token.pos, token.val, go_unquote(token.val))
            except ValueError as exc:
                self.errorf(str(exc))
        self.backup()
        return None

    def new_number(self, token: Item) -> NumberNode:
        text = token.val
        n = NumberNode(token.pos, text)
        if token.typ == CHARCONST:
            try:
                ch, end = _unquote_char(text[1:], 0, "'")
            except (ValueError, IndexError):
                self.errorf("invalid syntax")
                raise AssertionError from None
            if text[1 + end:] != "'":
                self.errorf(f"malformed character constant: {text}")
            n.int = n.uint = ord(ch)
            n.float = float(ord(ch))
            n.is_int = n.is_uint = n.is_float = True
            return n
        if token.typ == COMPLEX:
            try:
                c = complex(text.replace("_", "").replace("i", "j"))
            except ValueError:
                self.errorf("expected integer")
                raise AssertionError from None
            return _simplify_complex(n, c)
        if text.endswith("i"):
            f = _parse_go_float(text[:-1])
            if f is None:
                i0 = _parse_go_int(text[:-1], unsigned=False)
                f = float(i0) if i0 is not None else None
            if f is not None:
                return _simplify_complex(n, complex(0, f))
        u = _parse_go_int(text, unsigned=True)
        if u is not None:
            n.is_uint = True
            n.uint = u
        i = _parse_go_int(text, unsigned=False)
        if i is not None:
            n.is_int = True
            n.int = i
            if i == 0:
                n.is_uint = True
                n.uint = 0
        if n.is_int:
            n.is_float = True
            n.float = float(n.int)
        elif n.is_uint:
            n.is_float = True
            n.float = float(n.uint)
        else:
            f = _parse_go_float(text)
            if f is not None:
                if not any(c in text for c in ".eEpP"):
                    self.errorf(f"integer overflow: {go_quote(text)}")
                n.is_float = True
                n.float = f
                if f == int(f) and -(1 << 63) <= int(f) < 1 << 63:
                    n.is_int = True
                    n.int = int(f)
                if f == int(f) and 0 <= int(f) < 1 << 64:
                    n.is_uint = True
                    n.uint = int(f)
        if not (n.is_int or n.is_uint or n.is_float):
            self.errorf(f"illegal number syntax: {go_quote(text)}")
        return n


def _simplify_complex(n: NumberNode, c: complex) -> NumberNode:
    n.is_complex = True
    n.complex = c
    n.is_float = c.imag == 0
    if n.is_float:
        n.float = c.real
        if math.isfinite(c.real) and float(int(c.real)) == c.real:
            n.is_int = -(1 << 63) <= int(c.real) < 1 << 63
            n.int = int(c.real)
            n.is_uint = 0 <= int(c.real) < 1 << 64
            n.uint = int(c.real) if n.is_uint else 0
    return n


def _is_empty_tree(n: Node | None) -> bool:
    if n is None:
        return True
    if isinstance(n, ListNode):
        return all(_is_empty_tree(x) for x in n.nodes)
    if isinstance(n, CommentNode):
        return True
    if isinstance(n, TextNode):
        return n.text.strip(" \t\n\r\v\f") == ""
    return False


# ---------------------------------------------------------------------------------------------
# Functions (funcs.go, docker/cli templates/templates.go)

# parameter types: "any" (interface{}), "value" (reflect.Value), "string", "int", "[]string"


class FuncError(Exception):
    """An error a function returns (exec.go: 'error calling NAME: ...')."""


class Func:
    __slots__ = ("impl", "params", "variadic")

    def __init__(self, params: tuple[str, ...], impl: Callable[..., Any], variadic: bool = False) -> None:
        self.params = params
        self.impl = impl
        self.variadic = variadic


def _indirect_iface(v: Any) -> Any:
    return INVALID if v is None else v


def _basic_kind(v: Any) -> str:
    k = _kind(v)
    return k if k in ("bool", "int", "float", "complex", "string") else "invalid"


def _type_of(v: Any) -> str:
    if v is INVALID:
        raise FuncError("reflect: call of reflect.Value.Type on zero Value")
    return go_type_name(v)


def _eq(arg1: Any, *rest: Any) -> bool:
    arg1 = _indirect_iface(arg1)
    if not rest:
        raise FuncError("missing argument for comparison")
    k1 = _basic_kind(arg1)
    for arg in rest:
        arg = _indirect_iface(arg)
        k2 = _basic_kind(arg)
        truth = False
        if k1 != k2:
            if arg1 is not INVALID and arg is not INVALID:
                raise FuncError(f"incompatible types for comparison: {go_type_name(arg1)} and {go_type_name(arg)}")
        elif k1 != "invalid":
            truth = str(arg1) == str(arg) if k1 == "string" else arg1 == arg
        else:
            ka, kb = _kind(arg1), _kind(arg)
            if ka != kb and "invalid" not in (ka, kb):
                raise FuncError(f"non-comparable types {fmt_v(arg1)}: {go_type_name(arg1)}, "
                                f"{go_type_name(arg)}: {fmt_v(arg)}")
            n1 = arg1 is INVALID or isinstance(arg1, GoNil)
            n2 = arg is INVALID or isinstance(arg, GoNil)
            if n1 or n2:
                truth = n1 == n2
            else:
                if ka in ("slice", "map"):
                    raise FuncError(f"non-comparable type {fmt_v(arg)}: {go_type_name(arg)}")
                truth = arg1 == arg and type(arg1) is type(arg)
        if truth:
            return True
    return False


def _ne(a: Any, b: Any) -> bool:
    return not _eq(a, b)


def _lt(arg1: Any, arg2: Any) -> bool:
    arg1 = _indirect_iface(arg1)
    k1 = _basic_kind(arg1)
    if k1 == "invalid":
        raise FuncError("invalid type for comparison")
    arg2 = _indirect_iface(arg2)
    k2 = _basic_kind(arg2)
    if k2 == "invalid":
        raise FuncError("invalid type for comparison")
    if k1 != k2:
        raise FuncError(f"incompatible types for comparison: {go_type_name(arg1)} and {go_type_name(arg2)}")
    if k1 in ("bool", "complex"):
        raise FuncError("invalid type for comparison")
    if k1 == "string":
        return str(arg1).encode() < str(arg2).encode()
    return bool(arg1 < arg2)


def _le(a: Any, b: Any) -> bool:
    return _lt(a, b) or _eq(a, b)


def _gt(a: Any, b: Any) -> bool:
    return not _le(a, b)


def _ge(a: Any, b: Any) -> bool:
    return not _lt(a, b)


def _not(a: Any) -> bool:
    return not _is_true(_indirect_iface(a))


def _index_arg(index: Any, cap: int) -> int:
    if _is_int(index):
        x = index
    elif index is INVALID or index is None:
        raise FuncError("cannot index slice/array with nil")
    else:
        raise FuncError(f"cannot index slice/array with type {go_type_name(index)}")
    if x < 0 or x > cap:
        raise FuncError(f"index out of range: {x}")
    return int(x)


def _map_zero(m: Any) -> Any:
    """reflect.Zero of a map's element type."""
    t = go_type_name(m)
    if t == "map[string]string":
        return ""
    return None


def _index(item: Any, *indexes: Any) -> Any:
    item = _indirect_iface(item)
    if item is INVALID:
        raise FuncError("index of untyped nil")
    for index in indexes:
        index = _indirect_iface(index)
        if isinstance(item, GoNil) and item.kind == "ptr":
            raise FuncError("index of nil pointer")
        k = _kind(item)
        if k in ("slice", "string"):
            seq: Any = item.encode() if isinstance(item, str) else ([] if isinstance(item, GoNil) else item)
            x = _index_arg(index, len(seq))
            if x == len(seq):
                raise FuncError("reflect: " + ("string" if k == "string" else "slice") + " index out of range")
            item = seq[x]
        elif k == "map":
            if not isinstance(index, str) or isinstance(index, JsonNumber):
                if index is INVALID or index is None:
                    raise FuncError("value is nil; should be of type string")
                raise FuncError(f"value has type {go_type_name(index)}; should be string")
            if isinstance(item, GoNil) or index not in item:
                item = "" if isinstance(item, GoNil) and item.go_type == "map[string]string" else _map_zero(item)
            else:
                item = item[index]
        else:
            raise FuncError(f"can't index item of type {go_type_name(item).lstrip('*')}")
    return item


def _slice(item: Any, *indexes: Any) -> Any:
    item = _indirect_iface(item)
    if item is INVALID:
        raise FuncError("slice of untyped nil")
    if len(indexes) > 3:
        raise FuncError(f"too many slice indexes: {len(indexes)}")
    k = _kind(item)
    if k == "string":
        if len(indexes) == 3:
            raise FuncError("cannot 3-index slice a string")
        seq: Any = item.encode()
    elif k == "slice":
        seq = [] if isinstance(item, GoNil) else item
    else:
        raise FuncError(f"can't slice item of type {go_type_name(item)}")
    idx = [0, len(seq), 0]
    for i, index in enumerate(indexes):
        idx[i] = _index_arg(_indirect_iface(index), len(seq))
    if idx[0] > idx[1]:
        raise FuncError(f"invalid slice index: {idx[0]} > {idx[1]}")
    if len(indexes) == 3 and idx[1] > idx[2]:
        raise FuncError(f"invalid slice index: {idx[1]} > {idx[2]}")
    out = seq[idx[0]:idx[1]]
    if k == "string":
        return out.decode(errors="replace")
    return type(item)(out) if isinstance(item, list) else list(out)


def _len(item: Any) -> int:
    if item is None or (isinstance(item, GoNil) and item.kind == "ptr"):
        raise FuncError("len of nil pointer")
    k = _kind(item)
    if k == "string":
        return len(item.encode())
    if k in ("slice", "map"):
        return 0 if isinstance(item, GoNil) else len(item)
    raise FuncError(f"len of type {_type_of(item).lstrip('*')}")


def _printable_args(args: tuple[Any, ...]) -> list[Any]:
    return [None if a is INVALID else a for a in args]


def _eval_args(args: tuple[Any, ...]) -> str:
    if len(args) == 1 and isinstance(args[0], str) and not isinstance(args[0], JsonNumber):
        return str(args[0])
    return sprint(_printable_args(args))


def html_escape(s: str) -> str:
    """template.HTMLEscapeString."""
    return (s.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&#34;").replace("\x00", "\ufffd"))


def js_escape(s: str) -> str:
    """template.JSEscapeString."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            out.append("\\\\")
        elif ch == "'":
            out.append("\\'")
        elif ch == '"':
            out.append('\\"')
        elif ch in "<>&=" or o < 0x20:
            out.append(f"\\u{o:04X}")
        elif o < 0x80 or _printable(ch):
            out.append(ch)
        else:
            out.append(f"\\u{o:04X}")
    return "".join(out)


def url_query_escape(s: str) -> str:
    """url.QueryEscape."""
    out = []
    for b in s.encode():
        c = chr(b)
        if c.isascii() and (c.isalnum() or c in "-_.~"):
            out.append(c)
        elif c == " ":
            out.append("+")
        else:
            out.append(f"%{b:02X}")
    return "".join(out)


def go_json(v: Any, escape_html: bool = False) -> str:
    """encoding/json Marshal of a template value (struct fields in order, map keys sorted for raw maps)."""
    parts: list[str] = []
    _json_into(v, parts)
    text = "".join(parts)
    if escape_html:
        text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text


def _json_str(s: str) -> str:
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\b":
            out.append("\\b")
        elif ch == "\f":
            out.append("\\f")
        elif o < 0x20 or ch in "\u2028\u2029":
            out.append(f"\\u{o:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _json_into(v: Any, out: list[str]) -> None:
    if v is None or v is INVALID or isinstance(v, GoNil):
        out.append("null")
    elif isinstance(v, bool):
        out.append("true" if v else "false")
    elif isinstance(v, int):
        out.append(str(v))
    elif isinstance(v, float):
        out.append(_json_float(v))
    elif isinstance(v, JsonNumber):
        out.append(str(v) or "0")
    elif isinstance(v, str):
        out.append(_json_str(v))
    elif isinstance(v, GoContext):
        # formatter/reflect.go marshalMap calls every method that takes no argument: a probe's
        # .Size too (container/list.go then asks for sizes), never Label(name)
        called = {k: fn() for k, fn in v.methods.items() if fn.__code__.co_argcount == 0}
        out.append(go_json(dict(sorted({**v, **called}.items())), escape_html=True))
    elif isinstance(v, dict):
        keys: list[Any] = list(v) if isinstance(v, GoStruct) or not isinstance(v, AnyMap) else sorted(v)
        names: Mapping[str, str] = v.json_names if isinstance(v, GoStruct) else {}
        if isinstance(v, GoStruct) and (v.omitempty or names):
            keys = [k for k in keys if not (k in v.omitempty and _empty(v[k])) and names.get(k) != "-"]
        out.append("{")
        for i, k in enumerate(keys):
            if i:
                out.append(",")
            out.append(_json_str(names.get(k, str(k))))
            out.append(":")
            _json_into(v[k], out)
        out.append("}")
    elif isinstance(v, (list, tuple)):
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(",")
            _json_into(x, out)
        out.append("]")
    elif isinstance(v, complex):
        raise FuncError("json: unsupported type: complex128")
    else:
        out.append(_json_str(str(v)))


def _json_float(f: float) -> str:
    if math.isnan(f) or math.isinf(f):
        raise FuncError(f"json: unsupported value: {go_float(f)}")
    a = abs(f)
    if a != 0 and (a < 1e-6 or a >= 1e21):
        text = _shortest_e(f)
        return re.sub(r"e([+-])0(\d)$", r"e\1\2", text)
    return _shortest_f(f)


def _docker_json(v: Any) -> str:
    if isinstance(v, list) and all(isinstance(e, str) for e in v):  # `split $x ""`: 3 characters an element at least
        _made(sum(map(len, v)), 3 * len(v))
    return go_json(v)


def _go_split(s: str, sep: str) -> list[str]:
    if sep == "":
        return list(s)
    return s.split(sep)


def _go_join(elems: list[str], sep: str) -> str:
    """strings.Join, measured before it is made: the separator is repeated for each element."""
    _made(sum(map(len, elems)), len(sep) * max(len(elems) - 1, 0))
    return sep.join(elems)


def _go_title(s: str) -> str:
    """strings.Title: upper-case the first letter of each word, leave the rest."""
    out = []
    prev = " "
    for ch in s:
        out.append(ch.upper()[:1] if _is_separator(prev) and ch.upper() else ch)
        prev = ch
    return "".join(out)


def _is_separator(r: str) -> bool:
    if r.isascii():
        return not (r.isalnum() or r == "_")
    if r.isalpha() or r.isdigit():
        return False
    return r.isspace()


def _pad_fn(source: str, prefix: int, suffix: int) -> str:
    if source == "":
        return source
    if prefix > _MAX_WIDTH or suffix > _MAX_WIDTH:
        raise BudgetError("layerlab: pad width too large to simulate")
    return " " * max(prefix, 0) + source + " " * max(suffix, 0)


def _truncate(source: str, length: int) -> str:
    data = source.encode()
    if len(data) < length:
        return source
    if length < 0:
        raise FuncError(f"runtime error: slice bounds out of range [:{length}]")
    return data[:length].decode(errors="replace")


def _call(name: str, fn: Any, *args: Any) -> Any:
    fn = _indirect_iface(fn)
    if fn is INVALID:
        raise FuncError("call of nil")
    raise FuncError(f"non-function {name} of type {go_type_name(fn)}")


BUILTINS: dict[str, Func] = {
    "and": Func(("value", "value"), lambda *a: None, variadic=True),
    "or": Func(("value", "value"), lambda *a: None, variadic=True),
    "call": Func(("value", "value"), _call, variadic=True),
    "html": Func(("any",), lambda *a: html_escape(_eval_args(a)), variadic=True),
    "index": Func(("value", "value"), _index, variadic=True),
    "slice": Func(("value", "value"), _slice, variadic=True),
    "js": Func(("any",), lambda *a: js_escape(_eval_args(a)), variadic=True),
    "len": Func(("value",), _len),
    "not": Func(("value",), _not),
    "print": Func(("any",), lambda *a: sprint(_printable_args(a)), variadic=True),
    "printf": Func(("string", "any"), lambda f, *a: sprintf(f, _printable_args(a)), variadic=True),
    "println": Func(("any",), lambda *a: sprintln(_printable_args(a)), variadic=True),
    "urlquery": Func(("any",), lambda *a: url_query_escape(_eval_args(a)), variadic=True),
    "eq": Func(("value", "value"), _eq, variadic=True),
    "ge": Func(("value", "value"), _ge),
    "gt": Func(("value", "value"), _gt),
    "le": Func(("value", "value"), _le),
    "lt": Func(("value", "value"), _lt),
    "ne": Func(("value", "value"), _ne),
}

# docker/cli templates.basicFunctions
DOCKER_FUNCS: dict[str, Func] = {
    "json": Func(("any",), _docker_json),
    "split": Func(("string", "string"), _go_split),
    "join": Func(("[]string", "string"), _go_join),
    "title": Func(("string",), _go_title),
    "lower": Func(("string",), lambda s: s.lower()),
    "upper": Func(("string",), lambda s: s.upper()),
    "pad": Func(("string", "int", "int"), _pad_fn),
    "truncate": Func(("string", "int"), _truncate),
}

# docker/cli templates.HeaderFunctions: table headers stay intact
HEADER_FUNCS: dict[str, Func] = {
    **DOCKER_FUNCS,
    "json": Func(("string",), lambda v: v),
    "split": Func(("string", "string"), lambda v, _s: v),
    "join": Func(("string", "string"), lambda v, _s: v),
    "title": Func(("string",), lambda v: v),
    "lower": Func(("string",), lambda v: v),
    "upper": Func(("string",), lambda v: v),
    "truncate": Func(("string", "int"), lambda v, _n: v),
}

_FUNC_NAMES = frozenset(BUILTINS) | frozenset(DOCKER_FUNCS)


# ---------------------------------------------------------------------------------------------
# Template


class Template:
    """A parsed template set; `execute` runs the top-level template ("")."""

    def __init__(self, text: str, trees: dict[str, Tree]) -> None:
        self.text = text
        self.trees = trees

    def execute(self, data: Any, missingkey: str = "default", funcs: dict[str, Func] | None = None) -> str:
        state = _State(self, funcs or DOCKER_FUNCS, missingkey == "error")
        tree = self.trees.get("")
        if tree is None:
            raise ExecError('template: : "" is an incomplete or empty template')
        state.vars = [["$", data]]
        try:
            state.walk(data, tree.root)
        except _Break:
            pass
        except ExecError as exc:
            exc.partial = "".join(state.out)
            raise
        except RecursionError:
            raise BudgetError("layerlab: template nests too deeply to simulate") from None
        return "".join(state.out)


@lru_cache(maxsize=512)
def parse(text: str) -> Template:
    """templates.Parse: an anonymous template with Docker's functions (cached per text)."""
    trees: dict[str, Tree] = {}
    p = _Parser(text, _FUNC_NAMES, trees)
    try:
        p.parse()
    except RecursionError:
        raise ParseError("template: :1: max expression depth exceeded") from None
    return Template(text, trees)


class _Break(Exception):
    pass


class _Continue(Exception):
    pass


_MAX_STEPS = 200_000
_MAX_OUT = 1_000_000


class _State:
    def __init__(self, tmpl: Template, funcs: dict[str, Func], missing_error: bool) -> None:
        self.tmpl = tmpl
        self.name = ""
        self.funcs = funcs
        self.missing_error = missing_error
        self.node: Node | None = None
        self.vars: list[list[Any]] = []
        self.out: list[str] = []
        self.size = 0
        self.steps = 0
        self.depth = 0

    # errors
    def at(self, node: Node) -> None:
        self.node = node

    def errorf(self, msg: str) -> None:
        name = go_quote(self.name)
        if self.node is None:
            raise ExecError(f"template: {self.name}: {msg}")
        text = self.tmpl.text[: self.node.pos]
        nl = text.rfind("\n")
        col = len(text.encode()) if nl < 0 else len(text[nl + 1:].encode())
        line = 1 + text.count("\n")
        raise ExecError(f"template: :{line}:{col}: executing {name} at <{self.node}>: {msg}")

    def write(self, text: str) -> None:
        self.size += len(text)
        if self.size > _MAX_OUT:
            raise BudgetError("layerlab: template output too large to simulate")
        self.out.append(text)

    def tick(self) -> None:
        self.steps += 1
        if self.steps > _MAX_STEPS:
            raise BudgetError("layerlab: template runs too long to simulate")

    # variables
    def mark(self) -> int:
        return len(self.vars)

    def pop(self, mark: int) -> None:
        del self.vars[mark:]

    def set_var(self, name: str, value: Any) -> None:
        for v in reversed(self.vars):
            if v[0] == name:
                v[1] = value
                return
        self.errorf(f"undefined variable: {name}")

    def set_top_var(self, n: int, value: Any) -> None:
        self.vars[len(self.vars) - n][1] = value

    def var_value(self, name: str) -> Any:
        for v in reversed(self.vars):
            if v[0] == name:
                return v[1]
        self.errorf(f"undefined variable: {name}")

    # walking
    def walk(self, dot: Any, node: Node) -> None:
        self.tick()
        self.at(node)
        k = node.kind
        if k == "action":
            assert isinstance(node, ActionNode)
            val = self.eval_pipeline(dot, node.pipe)
            if not node.pipe.decl:
                self.print_value(node, val)
        elif k == "text":
            assert isinstance(node, TextNode)
            self.write(node.text)
        elif k == "list":
            assert isinstance(node, ListNode)
            for n in node.nodes:
                self.walk(dot, n)
        elif k in ("if", "with"):
            assert isinstance(node, BranchNode)
            self.walk_if_or_with(k, dot, node)
        elif k == "range":
            assert isinstance(node, RangeNode)
            self.walk_range(dot, node)
        elif k == "template":
            assert isinstance(node, TemplateNode)
            self.walk_template(dot, node)
        elif k == "break":
            raise _Break
        elif k == "continue":
            raise _Continue

    def walk_if_or_with(self, k: str, dot: Any, node: BranchNode) -> None:
        mark = self.mark()
        try:
            val = self.eval_pipeline(dot, node.pipe)
            if _is_true(_indirect_iface(val)):
                self.walk(val if k == "with" else dot, node.list)
            elif node.else_list is not None:
                self.walk(dot, node.else_list)
        finally:
            self.pop(mark)

    def walk_range(self, dot: Any, r: RangeNode) -> None:
        self.at(r)
        outer = self.mark()
        try:
            val = _indirect_iface(self.eval_pipeline(dot, r.pipe))
            mark = self.mark()

            def one(index: Any, elem: Any) -> None:
                decl = r.pipe.decl
                if decl:
                    if r.pipe.is_assign:
                        self.set_var(decl[0].ident[0], index if len(decl) > 1 else elem)
                    else:
                        self.set_top_var(1, elem)
                if len(decl) > 1:
                    if r.pipe.is_assign:
                        self.set_var(decl[1].ident[0], elem)
                    else:
                        self.set_top_var(2, index)
                try:
                    self.walk(elem, r.list)
                except _Continue:
                    pass
                finally:
                    self.pop(mark)

            k = _kind(val)
            ran = False
            try:
                if k == "int":
                    if len(r.pipe.decl) > 1:
                        self.errorf(f"can't use {fmt_v(val)} to iterate over more than one variable")
                    for i in range(max(val, 0)):
                        ran = True
                        self.tick()
                        one(INVALID, i)
                elif k == "slice":
                    for i, e in enumerate([] if isinstance(val, GoNil) else val):
                        ran = True
                        one(i, e)
                elif k == "map":
                    if not isinstance(val, GoNil):
                        for key in _map_key_order(list(val)):
                            ran = True
                            one(key, val[key])
                elif k == "invalid":
                    pass
                else:
                    self.errorf(f"range can't iterate over {fmt_v(val)}")
            except _Break:
                return
            if not ran and r.else_list is not None:
                self.walk(dot, r.else_list)
        finally:
            self.pop(outer)

    def walk_template(self, dot: Any, t: TemplateNode) -> None:
        self.at(t)
        tree = self.tmpl.trees.get(t.name)
        if tree is None:
            self.errorf(f"template {go_quote(t.name)} not defined")
            return
        if self.depth >= 100:
            self.errorf("exceeded maximum template depth (100000)")
        dot = self.eval_pipeline(dot, t.pipe) if t.pipe is not None else INVALID
        saved = (self.vars, self.name)
        self.vars = [["$", dot]]
        self.name = t.name
        self.depth += 1
        try:
            self.walk(dot, tree.root)
        finally:
            self.depth -= 1
            self.vars, self.name = saved

    # evaluation
    def eval_pipeline(self, dot: Any, pipe: PipeNode | None) -> Any:
        if pipe is None:
            return INVALID
        self.at(pipe)
        value = _MISSING
        for cmd in pipe.cmds:
            value = self.eval_command(dot, cmd, value)
            if value is None:  # an interface{} holding nil: Elem() is the zero Value
                value = INVALID
        for v in pipe.decl:
            if pipe.is_assign:
                self.set_var(v.ident[0], value)
            else:
                self.vars.append([v.ident[0], value])
        return value

    def not_a_function(self, args: list[Node], final: Any) -> None:
        if len(args) > 1 or final is not _MISSING:
            self.errorf(f"can't give argument to non-function {args[0]}")

    def eval_command(self, dot: Any, cmd: CommandNode, final: Any) -> Any:
        self.tick()
        first = cmd.args[0]
        k = first.kind
        if k == "field":
            assert isinstance(first, FieldNode)
            self.at(first)
            return self.eval_field_chain(dot, dot, first, first.ident, cmd.args, final)
        if k == "chain":
            assert isinstance(first, ChainNode)
            return self.eval_chain(dot, first, cmd.args, final)
        if k == "identifier":
            assert isinstance(first, IdentifierNode)
            return self.eval_function(dot, first, cmd, cmd.args, final)
        if k == "pipe":
            assert isinstance(first, PipeNode)
            self.not_a_function(cmd.args, final)
            return self.eval_pipeline(dot, first)
        if k == "variable":
            assert isinstance(first, VariableNode)
            return self.eval_variable(dot, first, cmd.args, final)
        self.at(first)
        self.not_a_function(cmd.args, final)
        if k == "bool":
            assert isinstance(first, BoolNode)
            return first.true
        if k == "dot":
            return dot
        if k == "nil":
            self.errorf("nil is not a command")
        if k == "number":
            assert isinstance(first, NumberNode)
            return self.ideal_constant(first)
        if k == "string":
            assert isinstance(first, StringNode)
            return first.text
        self.errorf(f"can't evaluate command {go_quote(str(first))}")

    def ideal_constant(self, c: NumberNode) -> Any:
        self.at(c)
        if c.is_complex:
            return c.complex
        if c.is_float and not _is_hex_int(c.text) and not c.text.startswith("'") and \
                any(ch in c.text for ch in ".eEpP"):
            return c.float
        if c.is_int:
            return c.int
        if c.is_uint:
            self.errorf(f"{c.text} overflows int")
        return INVALID

    def eval_chain(self, dot: Any, chain: ChainNode, args: list[Node], final: Any) -> Any:
        self.at(chain)
        if chain.node.kind == "nil":
            self.errorf(f"indirection through explicit nil in {chain}")
        pipe = self.eval_arg(dot, None, chain.node)
        return self.eval_field_chain(dot, pipe, chain, chain.field, args, final)

    def eval_variable(self, dot: Any, v: VariableNode, args: list[Node], final: Any) -> Any:
        self.at(v)
        value = self.var_value(v.ident[0])
        if len(v.ident) == 1:
            self.not_a_function(args, final)
            return value
        return self.eval_field_chain(dot, value, v, v.ident[1:], args, final)

    def eval_field_chain(self, dot: Any, receiver: Any, node: Node, ident: list[str], args: list[Node],
                         final: Any) -> Any:
        for name in ident[:-1]:
            receiver = self.eval_field(dot, name, node, [], _MISSING, receiver)
        return self.eval_field(dot, ident[-1], node, args, final, receiver)

    def eval_function(self, dot: Any, node: IdentifierNode, cmd: Node, args: list[Node] | None, final: Any) -> Any:
        self.at(node)
        name = node.ident
        fn = self.funcs.get(name)
        builtin = False
        if fn is None:
            fn = BUILTINS.get(name)
            builtin = True
        if fn is None:
            self.errorf(f"{go_quote(name)} is not a defined function")
            raise AssertionError
        return self.eval_call(dot, fn, builtin, cmd, name, args, final)

    def eval_field(self, dot: Any, name: str, node: Node, args: list[Node], final: Any, receiver: Any) -> Any:
        if receiver is INVALID:
            if self.missing_error:
                self.errorf(f"nil data; no entry for key {go_quote(name)}")
            return INVALID
        if receiver is None:
            self.errorf(f"nil pointer evaluating interface {{}}.{name}")
        if isinstance(receiver, GoContext):
            if name in receiver.methods:
                fn = receiver.methods[name]
                nparams = fn.__code__.co_argcount
                return self.eval_call(dot, Func(("string",) * nparams, fn), False, node, name, args, final)
            if name in receiver:
                return self.eval_call(dot, Func((), lambda v=receiver[name]: v), False, node, name, args, final)
            self.errorf(f"can't evaluate field {name} in type {receiver.go_type}")
        if isinstance(receiver, JsonNumber) and name in ("String", "Int64", "Float64"):
            return self.eval_call(dot, Func((), lambda: _json_number_method(receiver, name)), False, node, name,
                                  args, final)
        has_args = len(args) > 1 or final is not _MISSING
        if isinstance(receiver, GoStruct):
            if name in receiver:
                if has_args:
                    self.errorf(f"{name} has arguments but cannot be invoked as function")
                return receiver[name]
        elif isinstance(receiver, dict):
            if has_args:
                self.errorf(f"{name} is not a method but has arguments")
            if name in receiver:
                return receiver[name]
            if self.missing_error:
                self.errorf(f"map has no entry for key {go_quote(name)}")
            return INVALID
        elif isinstance(receiver, GoNil):
            if receiver.kind == "map":
                if has_args:
                    self.errorf(f"{name} is not a method but has arguments")
                if self.missing_error:
                    self.errorf(f"map has no entry for key {go_quote(name)}")
                return INVALID
            if receiver.kind == "ptr":
                self.errorf(f"nil pointer evaluating {receiver.go_type}.{name}")
        self.errorf(f"can't evaluate field {name} in type {go_type_name(receiver)}")

    def eval_call(self, dot: Any, fn: Func, builtin: bool, node: Node, name: str, args: list[Node] | None,
                  final: Any) -> Any:
        call_args = args[1:] if args is not None else []
        params = fn.params
        num_in = len(call_args) + (0 if final is _MISSING else 1)
        if fn.variadic:
            num_fixed = len(params) - 1
            if num_in < num_fixed:
                self.errorf(f"wrong number of args for {name}: want at least {num_fixed} got {len(call_args)}")
        else:
            num_fixed = len(call_args)
            if num_in != len(params):
                self.errorf(f"wrong number of args for {name}: want {len(params)} got {num_in}")
        if builtin and name in ("and", "or"):
            v: Any = INVALID
            for a in call_args:
                v = self.eval_arg(dot, "value", a)
                if _is_true(_indirect_iface(v)) == (name == "or"):
                    return v
            if final is not _MISSING:
                v = final
            return v
        argv: list[Any] = []
        i = 0
        while i < num_fixed and i < len(call_args):
            argv.append(self.eval_arg(dot, params[i], call_args[i]))
            i += 1
        if fn.variadic:
            while i < len(call_args):
                argv.append(self.eval_arg(dot, params[-1], call_args[i]))
                i += 1
        if final is not _MISSING:
            t = params[-1]
            if fn.variadic and num_in - 1 < num_fixed:
                t = params[num_in - 1]
            argv.append(self.validate_type(final, t))
        if builtin and name == "call":
            callee = str(call_args[0]) if call_args else fmt_v(final)
            argv = [callee, *argv]
        try:
            result = fn.impl(*argv)
        except FuncError as exc:
            self.at(node)
            self.errorf(f"error calling {name}: {exc}")
        if isinstance(result, str) and len(result) > _MAX_OUT:
            raise BudgetError("layerlab: template output too large to simulate")
        return result

    def validate_type(self, value: Any, typ: str | None) -> Any:
        if value is INVALID:
            if typ is None or typ == "value":
                return INVALID
            if typ == "any":
                return None
            if typ == "[]string":
                return GoNil("[]string")
            self.errorf(f"invalid value; expected {typ}")
        if typ is None or typ in ("any", "value"):
            return value
        ok = {
            "string": isinstance(value, str) and not isinstance(value, JsonNumber),
            "int": _is_int(value),
            "bool": isinstance(value, bool),
            "[]string": (isinstance(value, list) and not isinstance(value, AnyList)
                         and all(isinstance(x, str) for x in value))
            or (isinstance(value, GoNil) and value.go_type in ("[]string", "strslice.StrSlice")),
        }.get(typ, False)
        if not ok:
            got = go_type_name(value)
            self.errorf(f"wrong type for value; expected {typ}; got {got}")
        return [] if isinstance(value, GoNil) else value

    def eval_arg(self, dot: Any, typ: str | None, n: Node) -> Any:
        self.at(n)
        k = n.kind
        if k == "dot":
            return self.validate_type(dot, typ)
        if k == "nil":
            if typ in ("any", "value", "[]string"):
                return self.validate_type(INVALID, typ)
            self.errorf(f"cannot assign nil to {typ}")
        if k == "field":
            assert isinstance(n, FieldNode)
            self.at(n)
            return self.validate_type(self.eval_field_chain(dot, dot, n, n.ident, [n], _MISSING), typ)
        if k == "variable":
            assert isinstance(n, VariableNode)
            return self.validate_type(self.eval_variable(dot, n, [], _MISSING), typ)
        if k == "pipe":
            assert isinstance(n, PipeNode)
            return self.validate_type(self.eval_pipeline(dot, n), typ)
        if k == "identifier":
            assert isinstance(n, IdentifierNode)
            return self.validate_type(self.eval_function(dot, n, n, None, _MISSING), typ)
        if k == "chain":
            assert isinstance(n, ChainNode)
            return self.validate_type(self.eval_chain(dot, n, [], _MISSING), typ)
        if typ == "bool":
            if isinstance(n, BoolNode):
                return n.true
            self.errorf(f"expected bool; found {n}")
        if typ == "int":
            if isinstance(n, NumberNode) and n.is_int:
                return n.int
            self.errorf(f"expected integer; found {n}")
        if typ == "string":
            if isinstance(n, StringNode):
                return n.text
            self.errorf(f"expected string; found {n}")
        if typ in ("any", "value"):
            return self.eval_empty_interface(dot, n)
        self.errorf(f"can't handle {n} for arg of type {typ}")

    def eval_empty_interface(self, dot: Any, n: Node) -> Any:
        self.at(n)
        if isinstance(n, BoolNode):
            return n.true
        if isinstance(n, NumberNode):
            return self.ideal_constant(n)
        if isinstance(n, StringNode):
            return n.text
        self.errorf(f"can't handle assignment of {n} to empty interface argument")

    def print_value(self, n: Node, v: Any) -> None:
        self.at(n)
        if v is INVALID:
            self.write("<no value>")
        else:
            self.write(fmt_v(v))


def _is_hex_int(s: str) -> bool:
    return len(s) > 2 and s[0] == "0" and s[1] in "xX" and not any(c in s for c in "pP")


def _json_number_method(n: JsonNumber, name: str) -> Any:
    if name == "String":
        return str(n)
    try:
        return int(n) if name == "Int64" else float(n)
    except ValueError:
        raise FuncError(f'strconv.Parse{"Int" if name == "Int64" else "Float"}: parsing {go_quote(n)}: '
                        "invalid syntax") from None


def raw_json_value(v: Any) -> Any:
    """What json.Decoder with UseNumber makes of a value's JSON: maps, []interface{}, json.Number."""
    if v is None or isinstance(v, GoNil) or v is INVALID:
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return JsonNumber(_json_float(v) if isinstance(v, float) else str(v))
    if isinstance(v, str):
        return str(v)
    if isinstance(v, dict):
        return AnyMap((str(k), raw_json_value(v[k])) for k in sorted(v, key=lambda k: str(k).encode()))
    if isinstance(v, (list, tuple)):
        return AnyList(raw_json_value(x) for x in v)
    return str(v)
