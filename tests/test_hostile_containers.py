"""Inside a container, what one line may ask of each lookup: paths thousands of folders deep, where
a lookup walks up the path (a folder walked costs by the length of the string made for it), and
thousands of mounts, which a lookup tries in turn (past FREE_MOUNTS they cost steps). The line ends
at the budget in its time and memory, not in time that grows as the square of what it asked."""

from __future__ import annotations

import time
import tracemalloc

from app.engine import apply
from app.engine.budget import MAX_STEPS
from tests.helpers import out, run


def test_mkdir_p_ten_thousand_folders_deep_in_a_container_ends_at_the_budget() -> None:
    w, _ = run("docker pull busybox")
    line = "docker run --rm busybox sh -c 'mkdir -p /a/$(seq -s / 9999)'"
    tracemalloc.start()
    started = time.process_time()
    try:
        r = apply(w, line)
        took = time.process_time() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # was 13 s and 228 MB: each lookup listed its 10,000 ancestors, 25,000 characters each on
    # average, and hashed them, charged a step a folder
    assert (r.exit_code, out(r)[-1:]) == (1, [f"layerlab: this command line does more than {MAX_STEPS:,} steps of "
                                            "work, the most the simulated terminal does for one line; nothing was changed"])
    assert r.world is w
    assert peak < 64 * 2**20
    assert took < 6  # about 1 s here under tracemalloc


def test_a_deep_folder_within_the_budget_is_made() -> None:
    _, r = run("docker pull busybox", "docker run --name cc busybox sh -c 'mkdir -p /a/$(seq -s / 300) && echo made'",
               "docker diff cc | wc -l")
    assert out(r[1]) == ["made"]
    assert out(r[2]) == ["301"]


def test_five_thousand_tmpfs_mounts_end_at_the_budget() -> None:
    w, _ = run("docker pull busybox")
    started = time.process_time()
    r = apply(w, "docker run $(printf -- '--tmpfs /t%d ' {1..5000}) busybox true")
    took = time.process_time() - started
    # was 4.2 s, made to the end: each of runc's mounts made in a view of those before it, each
    # lookup trying every mount point
    assert (r.exit_code, out(r)[-1:]) == (1, [f"layerlab: this command line does more than {MAX_STEPS:,} steps of "
                                            "work, the most the simulated terminal does for one line; nothing was changed"])
    assert r.world is w
    assert took < 3


def test_a_container_with_hundreds_of_mounts_runs() -> None:
    _, r = run("docker pull busybox",
               "docker run --name many $(printf -- '--tmpfs /t%d ' {1..300}) busybox sh -c 'echo x > /t300/f; cat /t300/f'",
               "docker inspect -f '{{len .HostConfig.Tmpfs}}' many")
    assert (out(r[1]), out(r[2])) == (["x"], ["300"])


def test_an_env_file_of_a_million_short_lines_is_refused_at_once() -> None:
    """A 4 MiB --env-file of `A=1` lines gave each create a million variables: 0.4 s uncharged and
    80 MB of the world a container (eight: 633 MB)."""
    lines = ["docker pull -q busybox", "echo A=1 > f0"] + [f"cat f{i} f{i} > f{i + 1}; rm f{i}" for i in range(20)]
    world, _ = run(*lines)
    started = time.process_time()
    world, results = run("for i in 1 2 3 4 5 6 7 8; do docker create --env-file f20 busybox; done", world=world)
    took = time.process_time() - started
    assert took < 1 and not world.containers
    assert results[0].lines[-1] == (2, "Error response from daemon: layerlab: a container's environment holds at "
                                       "most 4,096 variables and 1 MiB of them in this sandbox")
