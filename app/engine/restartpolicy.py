"""Restart policies (--restart no, always, unless-stopped, on-failure[:N]): how the CLI reads
one, how the daemon checks it, and the daemon's restart manager deciding, when a container's main
process ends, whether and when it starts again.

moby v28.5.2 restartmanager/restartmanager.go ShouldRestart: each exit doubles the wait before
the next start (100 ms first, at most a minute), back to 100 ms after a run of 10 seconds or
more; always restarts, unless-stopped too (it differs only once the daemon itself restarts, which
layerlab does not simulate), on-failure only after a non-zero exit and at most N times (0: no
limit). daemon/monitor.go handleContainerExit counts each restart in RestartCount and shows the
container as restarting while it waits. A stop or kill by the user cancels the manager
(daemon/kill.go killWithSignal: ExitOnNext), so the container stays stopped; a start by the user
makes a new one (daemon/start.go ResetRestartManager) and sets the count back to 0.

The simulated clock counts seconds; the manager keeps milliseconds: when the wait ends, the
process starts at that millisecond, and its later exit is that far into its second.
"""

from __future__ import annotations

import re

from .world import Container

POLICIES = ("no", "always", "on-failure", "unless-stopped")
DEFAULT_DELAY = 100  # ms: restartmanager defaultTimeout
MAX_DELAY = 60_000  # ms: maxRestartTimeout
RESET_AFTER = 10  # seconds of running after which the wait starts again from DEFAULT_DELAY


class PolicyError(Exception):
    """A restart policy refused (the message, without the daemon's or the CLI's framing)."""


def parse_restart_policy(text: str) -> tuple[str, int]:
    """docker/cli v28.5.2 opts/parse.go ParseRestartPolicy: NAME[:COUNT] as (name, count); "" is
    no policy given (the daemon makes it "no")."""
    if text == "":
        return "", 0
    name, colon, count = text.partition(":")
    if colon and name == "":
        raise PolicyError("invalid restart policy format: no policy provided before colon")
    retries = 0
    if count != "":
        if not re.fullmatch(r"[+-]?\d+", count) or not -(1 << 63) <= int(count) < (1 << 63):  # strconv.Atoi
            raise PolicyError("invalid restart policy format: maximum retry count must be an integer")
        retries = int(count)
    return name, retries


def validate_restart_policy(name: str, retries: int) -> None:
    """moby v28.5.2 api/types/container/hostconfig.go ValidateRestartPolicy (the daemon's
    validateHostConfig); "" is allowed (an update that leaves the policy as it is)."""
    if name in ("always", "unless-stopped", "no"):
        if retries != 0:
            msg = "invalid restart policy: maximum retry count can only be used with 'on-failure'"
            raise PolicyError(msg + (" and cannot be negative" if retries < 0 else ""))
    elif name == "on-failure":
        if retries < 0:
            raise PolicyError("invalid restart policy: maximum retry count cannot be negative")
    elif name != "":
        raise PolicyError(f"invalid restart policy: unknown policy '{name}'; use one of 'no', 'always', "
                          "'on-failure', or 'unless-stopped'")


def reset_manager(c: Container) -> None:
    """A start by the user: a new restart manager (no wait built up, not cancelled), RestartCount 0."""
    c.restart_count = 0
    c.restart_delay = 0
    c.restart_canceled = False
    c.restart_offset = 0


def cancel(c: Container) -> None:
    """A stop or a kill by the user: the manager will not restart c (ExitOnNext)."""
    if c.restart_policy not in ("", "no"):
        c.restart_canceled = True


def should_restart(c: Container, code: int, when: int) -> bool:
    """ShouldRestart for c's main process ending with code at second when; when it says yes,
    c.restart_at is the millisecond the process starts again and RestartCount has grown."""
    if c.restart_policy in ("", "no") or c.restart_canceled:
        return False
    if when - c.started_at >= RESET_AFTER:
        c.restart_delay = 0
    if c.restart_delay == 0:
        c.restart_delay = DEFAULT_DELAY
    elif c.restart_delay < MAX_DELAY:
        c.restart_delay = min(c.restart_delay * 2, MAX_DELAY)
    if c.restart_policy == "on-failure":
        again = code != 0 and (c.restart_retries == 0 or c.restart_count < c.restart_retries)
    else:
        again = c.restart_policy in ("always", "unless-stopped")
    if not again:
        return False
    c.restart_count += 1
    c.restart_at = when * 1000 + c.restart_offset + c.restart_delay
    return True

