"""Who a process in a container runs as: a `-u USER[:GROUP]` spec read against the container's
/etc/passwd and /etc/group as moby/sys/user GetExecUser reads them (moby v28.5.2
vendor/github.com/moby/sys/user/user.go; daemon/oci_linux.go getUser adds the groups)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .fs import FILE

if TYPE_CHECKING:
    from .shell import Shell
    from .views import View

_MAX_ID = 2**31 - 1  # user.go maxID: "for 32-bit systems compatibility"


class UserError(Exception):
    """GetExecUser's error, worded as it is."""


@dataclass(frozen=True)
class ExecUser:
    uid: int
    gid: int
    groups: tuple[int, ...]  # the process's groups: gid first, then the supplementary ones
    home: str


def entries(text: str | None, fields: int) -> list[list[str]]:
    """parseLine over each line: colon-separated fields, blank lines skipped."""
    rows = []
    for line in (text or "").split("\n"):
        line = line.strip()
        if not line:
            continue
        parts = line.split(":")
        rows.append(parts + [""] * (fields - len(parts)))
    return rows


def _atoi(text: str) -> int | None:
    """strconv.Atoi: an optional sign and decimal digits that fit in 64 bits."""
    digits = text[1:] if text[:1] in "+-" else text
    if not digits.isdigit() or not digits.isascii():
        return None
    value = int(text)
    return value if -(2**63) <= value < 2**63 else None


def _int(text: str) -> int:
    n = _atoi(text)
    return n if n is not None else 0


def exec_user(spec: str, passwd: str | None, group: str | None) -> ExecUser:
    """GetExecUser with no defaults (uid 0, gid 0); the home is the passwd entry's, or "/" as runc
    v1.3 libcontainer/env.go getUserHome gives a uid no entry names."""
    user_arg, _, rest = spec.partition(":")
    group_arg = rest.split(":")[0]
    uid_arg, gid_arg = _atoi(user_arg), _atoi(group_arg)
    uid, gid, home, matched = 0, 0, "/", ""
    for name, _pw, u, g, _gecos, h, _shell in (row[:7] for row in entries(passwd, 7)):
        if (_int(u) == 0 if user_arg == "" else (_int(u) == uid_arg if uid_arg is not None else name == user_arg)):
            uid, gid, home, matched = _int(u), _int(g), h, name
            break
    else:
        if user_arg:
            if uid_arg is None:
                raise UserError(f"unable to find user {user_arg}: no matching entries in passwd file")
            if not 0 <= uid_arg <= _MAX_ID:
                raise UserError(f"uids and gids must be in range 0-{_MAX_ID}")
            uid = uid_arg
    extra: list[int] = []
    if group_arg or matched:
        groups = [(row[0], _int(row[2]), row[3].split(",")) for row in entries(group, 4)]
        if group_arg:
            found = [g for name, g, _ in groups if (g == gid_arg if gid_arg is not None else name == group_arg)]
            if found:
                gid = found[0]
            elif gid_arg is None:
                raise UserError(f"unable to find group {group_arg}: no matching entries in group file")
            elif not 0 <= gid_arg <= _MAX_ID:
                raise UserError(f"uids and gids must be in range 0-{_MAX_ID}")
            else:
                gid = gid_arg
        else:
            extra = [g for _, g, members in groups if matched in members]
    # getUser: AdditionalGids is the gid, then the supplementary groups (id shows each once)
    ordered = [gid, *(g for g in extra if g != gid)]
    return ExecUser(uid, gid, tuple(dict.fromkeys(ordered)), home)


def additional_groups(wanted: list[str], group: str | None) -> list[int]:
    """GetAdditionalGroups (--group-add): each a group's name or gid, or a gid no entry has; a
    name whose gid an earlier one already added is looked up as a number, and fails. Ascending
    (the daemon collects them in a Go map, whose order varies)."""
    groups = [(row[0], _int(row[2])) for row in entries(group, 4)]
    gids: dict[int, None] = {}
    for ag in wanted:
        match = next((g for name, g in groups if (name == ag or str(g) == ag) and g not in gids), None)
        if match is None:
            n = _atoi(ag)
            if n is None:
                raise UserError(f"Unable to find group {ag}: no matching entries in group file")
            if not 0 <= n <= _MAX_ID:
                raise UserError(f"uids and gids must be in range 0-{_MAX_ID}")
            match = n
        gids[match] = None
    return sorted(gids)


def read_user(sh: Shell, spec: str, group_add: list[str] | None = None) -> ExecUser:
    """The spec against the container's own /etc/passwd and /etc/group (daemon/oci_linux.go
    getUser reads them in the container's root; a missing file has no entries)."""
    return read_user_in(sh.view, spec, group_add)


def read_user_in(view: View, spec: str, group_add: list[str] | None = None) -> ExecUser:
    """read_user against a container's files as view shows them, with the --group-add groups after
    the user's own (daemon/oci_linux.go getUser)."""
    texts = []
    for path in ("/etc/passwd", "/etc/group"):
        node = view.get(path)
        texts.append(node.data if node is not None and node.kind == FILE else None)
    user = exec_user(spec, texts[0], texts[1])
    if not group_add:
        return user
    added = additional_groups(group_add, texts[1])
    return ExecUser(user.uid, user.gid, tuple(dict.fromkeys([*user.groups, *added])), user.home)


def run_as(sh: Shell, user: ExecUser, home_set: bool) -> None:
    """The shell's process takes the user's ids; runc sets HOME to the user's home when the
    environment has none (libcontainer setupUser)."""
    sh.view.uid = user.uid
    sh.view.groups = user.groups
    if not home_set:
        sh.env["HOME"] = user.home
        sh.exported.add("HOME")
