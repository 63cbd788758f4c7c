"""The command lines a lesson's goals look at (`ran`): those typed at the learner's own prompt.

A line typed inside a container's shell (`docker exec -it feedback-app sh`, then `ls feedback`) ran
in the container, not on the host, so it does not reach a goal that asks for it on the host: lesson
2's "look at the project's feedback folder on the host: ls feedback" was met by an ls inside the
container, of another folder. An event's output ends with the prompt the next line is typed at when
the terminal is then a container shell's (app/engine/attached.py with_prompt, PROMPT_FD); a command
that holds the terminal (docker logs -f) leaves HELD there, and lines typed meanwhile run on the
host, as in a second terminal."""

from __future__ import annotations

import json
from collections.abc import Iterable

from app.engine.attached import HELD, PROMPT_FD
from app.store.models import Event

_MARK = f"[{PROMPT_FD}, "  # how json.dumps writes the marker's start (a rare text: checked by parsing)


def inside_after(output: str) -> bool:
    """Whether the line after this event's is typed inside a container's shell."""
    if _MARK not in output:
        return False
    marker = next((text for fd, text in json.loads(output) if fd == PROMPT_FD), None)
    return marker is not None and marker != HELD


def typed_at_host(chain: Iterable[Event]) -> list[str]:
    """The command lines of a chain of events typed at the learner's own prompt, in order."""
    lines: list[str] = []
    inside = False
    for e in chain:
        if e.kind == "cmd" and not inside:
            lines.append(e.line)
        if e.output:
            inside = inside_after(e.output)
    return lines
