"""layerlab's own words in the terminal, said in the page's language.

The engine writes its own notes ("layerlab: ..." lines: a limit reached, a program it does not
model) in English, and the session's log keeps them so. As the page draws a terminal line, one of
these notes is matched against its English pattern and drawn from the catalog with the same
values; Docker's and the shells' own words stay as they print them.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def N_(text: str) -> str:
    return text


PREFIX = "layerlab: "

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(rx), msgid) for rx, msgid in (
    (r"layerlab: docker (?P<command>.+) is a Docker command that layerlab does not simulate yet",
     N_("layerlab: docker {command} is a Docker command that layerlab does not simulate yet")),
    (r"layerlab: (?P<program>[^\s:]+) is not simulated",
     N_("layerlab: {program} is not simulated")),
    (r"layerlab: docker (?P<command>[a-z][\w ]*?) (?P<option>--[\w-]+) is not simulated yet",
     N_("layerlab: docker {command} {option} is not simulated yet")),
    (r"layerlab: docker (?P<command>[a-z][\w ]*?) --platform (?P<platform>\S+) is not simulated: the daemon holds "
     r"(?P<own>\S+) images only",
     N_("layerlab: docker {command} --platform {platform} is not simulated: the daemon holds {own} images only")),
    (r"layerlab: (?P<program>[\w.-]+) (?P<option>--?\w\S*) is not simulated",
     N_("layerlab: {program} {option} is not simulated")),
    (r"layerlab: tar (?P<option>-\w) \(compressed archives\) is not simulated",
     N_("layerlab: tar {option} (compressed archives) is not simulated")),
    (r"layerlab: docker import from a URL is not simulated: import a file or '-'",
     N_("layerlab: docker import from a URL is not simulated: import a file or '-'")),
    (r"layerlab: (?P<size>\d+) bytes of a tar archive, binary data that layerlab does not show on a terminal",
     N_("layerlab: {size} bytes of a tar archive, binary data that layerlab does not show on a terminal")),
    (r"layerlab: this command line does more than (?P<steps>[\d,]+) steps of work, the most the simulated "
     r"terminal does for one line; nothing was changed",
     N_("layerlab: this command line does more than {steps} steps of work, the most the simulated terminal "
        "does for one line; nothing was changed")),
    (r"layerlab: this command line moves more than (?P<mib>\d+) MiB through pipes and \$\( \), the most the "
     r"simulated terminal holds; nothing was changed",
     N_("layerlab: this command line moves more than {mib} MiB through pipes and $( ), the most the simulated "
        "terminal holds; nothing was changed")),
    (r"layerlab: this command line nests \$\( \) or sh -c more than (?P<levels>\d+) levels deep, the most the "
     r"simulated terminal follows",
     N_("layerlab: this command line nests $( ) or sh -c more than {levels} levels deep, the most the "
        "simulated terminal follows")),
    (r"layerlab: this command line calls shell functions more than (?P<levels>\d+) levels deep, the most the "
     r"simulated terminal follows; nothing was changed",
     N_("layerlab: this command line calls shell functions more than {levels} levels deep, the most the "
        "simulated terminal follows; nothing was changed")),
    (r"layerlab: (?P<command>sleep \S+|wait) never ends: a terminal waits for it until Ctrl-C stops it; nothing was changed",
     N_("layerlab: {command} never ends: a terminal waits for it until Ctrl-C stops it; nothing was changed")),
    (r"layerlab: (?P<path>\S+) never runs out: a program reading all of it runs until it is stopped; read a "
     r"part, e.g. head -c 16 (?P=path); nothing was changed",
     N_("layerlab: {path} never runs out: a program reading all of it runs until it is stopped; read a part, "
        "e.g. head -c 16 {path}; nothing was changed")),
    (r"layerlab: output truncated: this command printed (?P<size>[\d.]+ (?:bytes|kB|MB)); the terminal keeps the first "
     r"(?P<kept>\d+) KiB",
     N_("layerlab: output truncated: this command printed {size}; the terminal keeps the first {kept} KiB")),
))


def localize(gettext: Callable[[str], str], text: str) -> str:
    """text in the page's language when it is one of layerlab's own notes, else as it is."""
    if not text.startswith(PREFIX):
        return text
    for pattern, msgid in _PATTERNS:
        found = pattern.fullmatch(text)
        if found is not None:
            return gettext(msgid).format(**found.groupdict())
    return text
