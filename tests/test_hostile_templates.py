"""`--format` templates that ask a function for much with few characters: each function measures
what it is about to make, so the template stops at the output bound before the text exists (a
result was only measured once it was whole, and one short line held gigabytes)."""

from __future__ import annotations

import tracemalloc

import pytest

from app.engine import apply
from app.engine.budget import MAX_STEPS, MAX_STREAM
from tests.helpers import out, run

# a variable of a megabyte, made inside the bound (printf's widths stop at 100,000)
MEGA = '{{$x := printf "%99999s" ""}}{{$x = print $x $x $x $x $x $x $x $x $x $x}}'
MANY = " ".join(["$x"] * 1000)
TOO_LARGE = "failed to execute template: layerlab: template output too large to simulate"


@pytest.mark.parametrize("call", [
    f"print {MANY}",  # 1 GB before the size was looked at
    f"println {MANY}",  # 2 GB
    f'printf "{"%s" * 500}" {" ".join(["$x"] * 500)}',  # 500 MB
    f"html {MANY}",  # more than 20 s, then 6 GB
    f"urlquery {MANY}",
    'json (split $x "")',  # a list of a million strings written whole, 84 MB
])
def test_a_function_stops_before_it_makes_more_than_the_bound(call: str) -> None:
    w, _ = run("docker pull busybox")
    line = f"docker ps --format '{MEGA}{{{{{call}}}}}'"
    assert len(line) <= 8192
    r, peak = peak_of(w, line)
    assert (out(r), r.exit_code) == ([TOO_LARGE], 1)
    assert peak < 64 * 2**20


def test_join_measures_the_separator_it_repeats() -> None:
    w, _ = run("docker pull busybox")
    # each round joins the characters of $x with $x: 2, 6, 36, 1,296, 1.7 million characters,
    # and the next round 2.8 trillion: it held 4 GB before the bound was looked at
    line = ("docker ps --format '{{$x := \"ab\"}}{{range split (printf \"%20s\" \"\") \"\"}}"
            "{{$x = join (split $x \"\") $x}}{{end}}'")
    r, peak = peak_of(w, line)
    assert (out(r), r.exit_code) == ([TOO_LARGE], 1)
    assert peak < 64 * 2**20


def test_what_fits_is_made_as_go_makes_it() -> None:
    _, r = run("docker pull busybox",
               "docker image ls busybox --format '{{join (split .Repository \"\") \"-\"}} {{print 1 2 \"a\" 3}}|{{println 1 2}}"
               "{{printf \"%3d|%-3s|\" 7 \"ab\"}}{{json (split \"a,b\" \",\")}}'")
    assert out(r[1]) == ["b-u-s-y-b-o-x 1 2a3|1 2", "  7|ab |[\"a\",\"b\"]"]


ROW = "$(printf '{{printf \"%%099999d\" 1}}%.0s' 1 2 3 4 5 6 7 8 9)"  # a template that makes 900 kB a row
HELD = (f"docker: layerlab: this command makes more than {MAX_STREAM // 2**20} MiB of text, the most the simulated "
        "terminal holds; nothing was changed")


def peak_of(w, line):  # type: ignore[no-untyped-def]
    tracemalloc.start()
    try:
        r = apply(w, line)
        return r, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("line", [
    f'docker images --format "{ROW}"',  # 1,000 tags: 2.6 GB, 9 s
    f"docker inspect -f \"{ROW}\" $(docker images -q)",  # 300 images: 768 MB
])
def test_rows_made_whole_before_they_are_written_are_held_to_the_bound(line: str) -> None:
    w, _ = run("docker pull busybox", "for i in $(seq 120); do docker tag busybox b$i; done")
    r, peak = peak_of(w, line)
    assert (out(r), r.exit_code) == ([HELD], 1)
    assert peak < 5 * MAX_STREAM


def test_inspect_walks_of_many_large_objects_end_at_the_budget() -> None:
    w, _ = run("docker pull busybox", "for i in $(seq 1500); do docker tag busybox b$i; done")
    r, peak = peak_of(w, "docker inspect $(docker images -q) | wc -c")
    # 1,500 references to an image of 1,500 tags: each object walked whole twice, 2.3 million
    # entries, uncharged (2,000 of 2,000: 5 s and 544 MB)
    assert (out(r)[-1:], r.exit_code) == ([f"layerlab: this command line does more than {MAX_STEPS:,} steps of work, "
                                           "the most the simulated terminal does for one line; nothing was changed"], 1)
    assert peak < 64 * 2**20


def test_inspect_of_several_objects_is_one_json_list() -> None:
    _, r = run("docker pull busybox", "docker volume create v1", "docker inspect v1 v1 | head -3",
               "docker inspect --format json v1 v1 | head -c 40")
    assert out(r[2]) == ["[", "    {", '        "CreatedAt": "2026-03-02T09:00:02Z",']
    assert out(r[3]) == ['[{"CreatedAt":"2026-03-02T09:00:02Z","Dr']
