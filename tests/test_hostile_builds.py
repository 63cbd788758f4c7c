"""Dockerfiles that ask the build for much with few characters: a name's value is charged where a
word uses it, so `ENV a=$a$a` over and over ends at the line's budget, changing nothing, where it
made its text whole (2 * 8**10 characters for ten lines of eight)."""

from __future__ import annotations

import time

from app.engine import apply
from app.engine.budget import MAX_STEPS
from tests.helpers import out, run

OVER = (f"layerlab: this command line does more than {MAX_STEPS:,} steps of work, the most the simulated "
        "terminal does for one line; nothing was changed")


def test_an_env_that_doubles_itself_ends_at_the_budget() -> None:
    w, _ = run("docker pull busybox",
               "printf 'FROM busybox\\nENV a=aa\\n' > Dockerfile",
               "printf 'ENV a=$a$a$a$a$a$a$a$a\\n%.0s' 1 2 3 4 5 6 >> Dockerfile")
    started = time.process_time()
    r = apply(w, "docker build -q -t big .")
    took = time.process_time() - started
    # six lines make half a million characters, charged 8 steps each; ten made 2 billion (seven ran
    # past 5 minutes, its memory thrashing)
    assert (out(r)[-1], r.exit_code) == (OVER, 1)
    assert r.world is w
    assert took < 5


def test_an_arg_that_doubles_itself_ends_at_the_budget() -> None:
    w, _ = run("docker pull busybox",
               "{ echo FROM busybox; echo ARG a=aa; for i in $(seq 18); do echo 'ARG a=$a$a'; done; } > Dockerfile")
    r = apply(w, "docker build -q -t big .")
    assert (out(r)[-1], r.exit_code) == (OVER, 1)


def test_a_name_used_as_the_course_uses_one_builds() -> None:
    _, r = run("docker pull busybox",
               "printf 'FROM busybox\\nENV a=/x\\nENV PATH=$PATH:$a b=${a:-none}\\n' > Dockerfile",
               "docker build -q -t small .", "docker run --rm small sh -c 'echo $PATH $b'")
    assert r[2].exit_code == 0
    assert out(r[3]) == ["/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/x /x"]


def test_an_instruction_of_a_megabyte_ends_at_the_budget() -> None:
    # printf writes one line of a megabyte; the Dockerfile's reading took 8-15 s and more, uncharged
    # (ENV, LABEL and ARG past 20 s), and a line of the slow lane waited for it
    for instruction in ("ENV a=%0999999d", "LABEL a=%0999999d", "ARG a=%0999999d", "RUN echo %0999999d",
                        "COPY %0999999d /", "ENV a=\"%0999999d"):
        w, _ = run("docker pull busybox", f"printf 'FROM busybox\\n{instruction}\\n' 1 > Dockerfile")
        started = time.process_time()
        r = apply(w, "docker build -q -t big .")
        took = time.process_time() - started
        assert (out(r)[-1], r.exit_code) == (OVER, 1), instruction
        assert took < 3, instruction
