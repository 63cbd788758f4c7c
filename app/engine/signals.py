"""Signal names and numbers as the daemon reads them (docker kill -s, docker stop -s)."""

from __future__ import annotations

# moby v28.5.2 vendor/github.com/moby/sys/signal/signal_linux.go SignalMap
SIGNALS: dict[str, int] = {
    "ABRT": 6, "ALRM": 14, "BUS": 7, "CHLD": 17, "CLD": 17, "CONT": 18, "FPE": 8, "HUP": 1, "ILL": 4,
    "INT": 2, "IO": 29, "IOT": 6, "KILL": 9, "PIPE": 13, "POLL": 29, "PROF": 27, "PWR": 30, "QUIT": 3,
    "SEGV": 11, "STKFLT": 16, "STOP": 19, "SYS": 31, "TERM": 15, "TRAP": 5, "TSTP": 20, "TTIN": 21,
    "TTOU": 22, "URG": 23, "USR1": 10, "USR2": 12, "VTALRM": 26, "WINCH": 28, "XCPU": 24, "XFSZ": 25,
    "RTMIN": 34, **{f"RTMIN+{i}": 34 + i for i in range(1, 16)},
    **{f"RTMAX-{i}": 64 - i for i in range(1, 15)}, "RTMAX": 64,
}

# what a program with no handler does not die of: ignored (CHLD, URG, WINCH), resumed (CONT) or
# stopped (STOP, TSTP, TTIN, TTOU)
NOT_FATAL = frozenset({17, 18, 19, 20, 21, 22, 23, 28})


def parse_signal(raw: str) -> int | None:
    """signal.ParseSignal: a number (not 0), or a name with or without SIG in any case; None when
    it is neither ("invalid signal: RAW")."""
    try:
        number = int(raw, 10)
    except ValueError:
        name = raw.upper()
        return SIGNALS.get(name[3:] if name.startswith("SIG") else name)
    return None if number == 0 else number
