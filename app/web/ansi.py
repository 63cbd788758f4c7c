"""A terminal line's colours: ECMA-48 SGR sequences (`ESC [ ... m`, as `printf '\\033[31m'` and
`echo -e '\\e[1m'` write them) drawn as spans, the way a terminal shows them rather than as stray
"[31m" text. Other control sequences (cursor moves, clearing) are dropped; the text is escaped."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

_CSI = re.compile(r"\x1b(?:\[([0-9;:?]*)([@-~])|[@-Z\\-_]?)")
_FLAGS = {1: "b", 2: "d", 3: "i", 4: "u", 7: "r"}
_UNSET = {22: ("b", "d"), 23: ("i",), 24: ("u",), 27: ("r",)}


def _number(param: str) -> int:
    """A parameter's value: 0 when empty (or `?`), and at most 65,535, where terminals stop counting.
    (A learner's `printf '\\033[9999...m'` of 5,000 digits was more than Python turns into an int:
    every page of that session answered 500.)"""
    if not param.isdigit():
        return 0
    digits = param.lstrip("0")
    return 65535 if len(digits) > 5 else min(int(digits or "0"), 65535)


def _apply(params: str, fg: str, bg: str, flags: set[str]) -> tuple[str, str]:
    codes = [_number(p) for p in re.split(r"[;:]", params)] if params else [0]
    i = 0
    while i < len(codes):
        code = codes[i]
        if code == 0:
            fg, bg = "", ""
            flags.clear()
        elif code in _FLAGS:
            flags.add(_FLAGS[code])
        elif code in _UNSET:
            flags.difference_update(_UNSET[code])
        elif 30 <= code <= 37 or 90 <= code <= 97:
            fg = str(code - 30 if code < 90 else code - 82)
        elif 40 <= code <= 47 or 100 <= code <= 107:
            bg = str(code - 40 if code < 100 else code - 92)
        elif code == 39:
            fg = ""
        elif code == 49:
            bg = ""
        elif code in (38, 48):  # 256 colours (5;n) or RGB (2;r;g;b): not drawn, their numbers skipped
            i += 2 if codes[i + 1:i + 2] == [5] else 4 if codes[i + 1:i + 2] == [2] else 0
        i += 1
    return fg, bg


def ansi(text: str) -> Markup | str:
    """text, escaped, with its SGR colours and weights as spans (class a-fgN, a-bgN, a-b, ...)."""
    if "\x1b" not in text:
        return text
    out: list[str] = []
    fg = bg = ""
    flags: set[str] = set()
    pos = 0
    for m in _CSI.finditer(text):
        _piece(out, text[pos:m.start()], fg, bg, flags)
        pos = m.end()
        if m.group(2) == "m":
            fg, bg = _apply(m.group(1) or "", fg, bg, flags)
    _piece(out, text[pos:], fg, bg, flags)
    return Markup("".join(out))


def _piece(out: list[str], text: str, fg: str, bg: str, flags: set[str]) -> None:
    if not text:
        return
    classes = ([f"a-fg{fg}"] if fg else []) + ([f"a-bg{bg}"] if bg else []) + [f"a-{f}" for f in sorted(flags)]
    out.append(f'<span class="{" ".join(classes)}">{escape(text)}</span>' if classes else str(escape(text)))
