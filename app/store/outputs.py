"""What a session's log keeps of a command's output: the newest lines the page can draw of it.

The terminal (app/web/page.py `_newest`) draws at most TERMINAL_LINES lines and ENTRY_CHARS
characters of one command's output, its newest, after a note of how many earlier lines it leaves
out. The log kept all of it (up to the engine's 256 KiB, MAX_OUTPUT): 256 KiB of one-character
lines is 2 MB of JSON, so a full log of 5,000 such commands was 10 GB in the database, and opening
the session read all of it into memory. It now keeps what the page draws and the count of the lines
before them, so the page draws the same.
"""

from __future__ import annotations

from app.engine.attached import PROMPT_FD

KEPT_LINES = 400  # app/web/page.py TERMINAL_LINES
KEPT_CHARS = 64 * 1024  # app/web/page.py ENTRY_CHARS
# [CUT_FD, "N"] first in a kept output: N earlier lines of it were not kept (PROMPT_FD is 0, and
# the engine's streams 1 and 2)
CUT_FD = -1


def newest(lines: list[tuple[int, str]], most_lines: int, most_chars: int) -> tuple[list[tuple[int, str]], int]:
    """An output's newest lines within most_lines lines and most_chars characters, and how many
    earlier ones are left out; a single line longer than most_chars keeps its end after an ellipsis.
    The page's terminal draws by this rule (app/web/page.py) and the log keeps by it."""
    start, chars = len(lines), 0
    while start > 0 and len(lines) - start < most_lines and chars + len(lines[start - 1][1]) <= most_chars:
        start -= 1
        chars += len(lines[start][1])
    if start == len(lines) and lines:  # the newest line alone is too long
        fd, text = lines[-1]
        return [(fd, "…" + text[-most_chars:])], len(lines) - 1
    return lines[start:], start


def kept(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines a log keeps of an output (with its prompt marker, app/engine/attached.py): the
    newest within KEPT_LINES lines and KEPT_CHARS characters, after [CUT_FD, count] when some
    earlier ones are left out."""
    shown = [(fd, text) for fd, text in lines if fd != PROMPT_FD]
    if len(shown) <= KEPT_LINES and sum(len(text) for _, text in shown) <= KEPT_CHARS:
        return lines
    markers = [(fd, text) for fd, text in lines if fd == PROMPT_FD]
    drawn, cut = newest(shown, KEPT_LINES, KEPT_CHARS)
    return [(CUT_FD, str(cut)), *drawn, *markers]


def left_out(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], int]:
    """A kept output's lines without the count, and the count of earlier lines not kept."""
    if lines and lines[0][0] == CUT_FD:
        return lines[1:], int(lines[0][1])
    return lines, 0
