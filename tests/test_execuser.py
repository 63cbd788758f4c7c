"""exec_user reads a -u spec as moby/sys/user GetExecUser does (moby v28.5.2 vendored user.go)."""

from __future__ import annotations

import pytest

from app.engine.execuser import ExecUser, UserError, exec_user

PASSWD = "root:x:0:0:root:/root:/bin/sh\n\nnode:x:1000:1000::/home/node:/bin/bash\nalt:x:1000:7::/alt:/bin/sh\n"
GROUP = "root:x:0:\nwheel:x:10:root,node\nnode:x:1000:\nstaff:x:50:node\n"


@pytest.mark.parametrize(("spec", "expected"), [
    ("node", ExecUser(1000, 1000, (1000, 10, 50), "/home/node")),
    ("1000", ExecUser(1000, 1000, (1000, 10, 50), "/home/node")),  # the first entry with the uid wins
    ("alt", ExecUser(1000, 7, (7,), "/alt")),
    ("node:staff", ExecUser(1000, 50, (50,), "/home/node")),  # an explicit group: no supplementary ones
    ("node:77", ExecUser(1000, 77, (77,), "/home/node")),
    ("77", ExecUser(77, 0, (0,), "/")),
    (":wheel", ExecUser(0, 10, (10,), "/root")),  # no user: uid 0's entry
    ("root:wheel:extra", ExecUser(0, 10, (10,), "/root")),
])
def test_specs(spec: str, expected: ExecUser) -> None:
    assert exec_user(spec, PASSWD, GROUP) == expected


@pytest.mark.parametrize(("spec", "message"), [
    ("nobody2", "unable to find user nobody2: no matching entries in passwd file"),
    ("node:none", "unable to find group none: no matching entries in group file"),
    ("2147483648", "uids and gids must be in range 0-2147483647"),
    ("node:-3", "uids and gids must be in range 0-2147483647"),
    ("99999999999999999999", "unable to find user 99999999999999999999: no matching entries in passwd file"),
])
def test_errors(spec: str, message: str) -> None:
    with pytest.raises(UserError) as exc:
        exec_user(spec, PASSWD, GROUP)
    assert str(exc.value) == message


def test_without_passwd_and_group_files_only_numbers_do() -> None:
    assert exec_user("5:6", None, None) == ExecUser(5, 6, (6,), "/")
    with pytest.raises(UserError):
        exec_user("root", None, None)
