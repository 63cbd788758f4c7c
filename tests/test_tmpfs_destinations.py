"""--tmpfs destinations as the daemon checks them (moby v28.5.2 daemon/daemon_unix.go
verifyPlatformContainerSettings -> volume/mounts/linux_parser.go ValidateTmpfsMountDestination):
before the image is looked up, with the bare errors of linuxValidateNotRoot and
linuxValidateAbsolute (no "invalid mount config" around them), and '/' refused however written."""

from __future__ import annotations

import pytest

from tests.helpers import out, run

RUN_HELP = ["", "Run 'docker run --help' for more information"]


@pytest.mark.parametrize("dest", ["/", "/a/..", "//", "/a/../:size=1m", "\\"])
def test_a_tmpfs_on_the_root_is_refused(dest: str) -> None:
    w, r = run(f"docker run --rm --tmpfs '{dest}' busybox true")
    assert out(r[0]) == ["docker: Error response from daemon: invalid specification: destination can't be '/'",
                         *RUN_HELP]
    assert r[0].exit_code == 125
    assert w.find_image("busybox") is None  # refused before the image is looked up: nothing pulled


@pytest.mark.parametrize(("dest", "shown"), [("rel", "rel"), ("", ""), ("a\\b:size=1m", "a/b")])
def test_a_relative_tmpfs_is_refused_with_the_bare_error(dest: str, shown: str) -> None:
    w, r = run(f"docker run --rm --tmpfs '{dest}' busybox true")
    assert out(r[0]) == [f"docker: Error response from daemon: invalid mount path: '{shown}' mount path must be "
                         "absolute", *RUN_HELP]
    assert r[0].exit_code == 125
    assert w.find_image("busybox") is None


def test_an_absolute_tmpfs_still_mounts() -> None:
    _, r = run("docker run --rm --tmpfs /scratch:size=1m busybox sh -c 'touch /scratch/x; ls /scratch'")
    assert out(r[0])[-1] == "x"
    assert r[0].exit_code == 0
