"""The work budget of one command line: hostile lines end fast, cleanly and change nothing."""

from __future__ import annotations

import time
import tracemalloc

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.engine import OverTime, Result, apply, initial_world
from app.engine import budget as budget_mod
from app.engine.budget import MAX_NESTING, MAX_OUTPUT, MAX_STEPS
from app.engine.engine import DEEPER
from app.engine.world import World
from benchmarks.engine import COURSE
from tests.helpers import out, run

HOME = "/home/learner"
PROJECT = f"{HOME}/feedback-app"


@pytest.fixture(scope="module")
def doubled() -> World:
    """f10: an 8 MB file made by doubling, as a learner can within the world's byte cap."""
    w, results = run("echo " + "a" * 7900 + " > f", "cat f f > f1",
                     *[f"cat f{i} f{i} > f{i + 1}" for i in range(1, 10)])
    assert all(r.exit_code == 0 for r in results)
    node = w.host.get(f"{PROJECT}/f10")
    assert node is not None and node.size > 8_000_000
    return w


def unchanged(world: World, r: Result) -> bool:
    return r.world is world


def nest(levels: int) -> str:
    line = "echo x"
    for _ in range(levels - 1):
        line = f"echo $({line})"
    return line


# -- cp and mv of a directory into itself ------------------------------------------------------


def test_gnu_cp_into_itself_stops_at_once_where_cp_does() -> None:
    w, [r] = run("cp -r . r/")
    assert out(r) == ["cp: cannot copy a directory, '.', into itself, 'r/'"]
    assert r.exit_code == 1 and r.work < 500
    # copy.c copy_dir stops at the entry that is the copy itself: what sorts before it was copied
    copied = w.host.children(f"{PROJECT}/r")
    assert copied == ["Dockerfile", "feedback", "package.json", "pages", "public"]


@pytest.mark.parametrize(("line", "message"), [
    ("cp -r ~ ~/feedback-app/x", "cp: cannot copy a directory, '/home/learner', into itself, '/home/learner/feedback-app/x'"),
    ("cp -r .. x", "cp: cannot copy a directory, '..', into itself, 'x'"),
    ("cp -r . feedback", "cp: cannot copy a directory, '.', into itself, 'feedback/.'"),
    ("cp -r feedback feedback", "cp: cannot copy a directory, 'feedback', into itself, 'feedback/feedback'"),
    ("sudo cp -r / /x", "cp: cannot copy a directory, '/', into itself, '/x'"),
])
def test_gnu_cp_into_itself_messages(line: str, message: str) -> None:
    _, [r] = run(line)
    assert (out(r), r.exit_code) == ([message], 1)
    assert r.work < 4000  # `sudo cp -r / /x` copies the host's whole Ubuntu root first (hostroot.py)


def test_busybox_cp_omits_the_copy_and_goes_on() -> None:
    _, r = run("docker pull busybox",
               "docker run --rm busybox sh -c 'mkdir -p /a/b/c && cp -r /a /a/b; ls /a/b/a/b'",
               "docker run --rm busybox cp -r / /x")
    assert out(r[1]) == ["cp: recursion detected, omitting directory '/a/b/a'", "c"]
    assert out(r[2]) == ["cp: recursion detected, omitting directory '/x'"]
    assert r[2].exit_code == 1


def test_mv_into_itself() -> None:
    w, r = run("mkdir -p a/b", "mv a a/b", "mv a a/b/c", "mv a/ a/b/")
    assert out(r[1]) == ["mv: cannot move 'a' to a subdirectory of itself, 'a/b/a'"]
    assert out(r[2]) == ["mv: cannot move 'a' to a subdirectory of itself, 'a/b/c'"]
    assert out(r[3]) == ["mv: cannot move 'a/' to a subdirectory of itself, 'a/b/a'"]
    assert all(x.exit_code == 1 for x in r[1:])
    assert w.host.get(f"{PROJECT}/a/b") is not None and w.host.get(f"{PROJECT}/a/b/a") is None
    _, r = run("docker pull busybox", "docker run --rm busybox sh -c 'mkdir -p /a/b && mv /a /a/b'")
    assert (out(r[1]), r[1].exit_code) == (["mv: can't rename '/a': Invalid argument"], 1)


def test_a_deep_tree_copies_without_recursion() -> None:
    deep = "/".join(["d"] * 1500)
    w, r = run(f"mkdir -p {deep}", "cp -r d e", f"mv e {deep}")
    assert [x.exit_code for x in r] == [0, 0, 0]
    assert w.host.get(f"{PROJECT}/{deep}/e/{'/'.join(['d'] * 1499)}") is not None


# -- output ------------------------------------------------------------------------------------


def test_terminal_output_is_cut_with_one_note(doubled: World) -> None:
    r = apply(doubled, "touch after; cat " + " ".join(["f10"] * 8))
    assert r.exit_code == 0
    assert r.text[-1] == ("layerlab: output truncated: this command printed 64.7 MB; "
                          "the terminal keeps the first 256 KiB")
    kept = sum(len(t) + 1 for t in r.text[:-1])
    assert MAX_OUTPUT - 8000 < kept <= MAX_OUTPUT
    assert sum("truncated" in t for t in r.text) == 1
    assert r.world.host.get(f"{PROJECT}/after") is not None  # the command's changes stand
    assert r.work < 100  # past the cap, printing costs nothing


def test_small_output_has_no_note() -> None:
    _, [r] = run("cat server.js")
    assert not any("truncated" in t for t in out(r)) and len(out(r)) > 10


OVER_STREAM = ("layerlab: this command line moves more than 32 MiB through pipes and $( ), "
               "the most the simulated terminal holds; nothing was changed")


@pytest.mark.parametrize("line", [
    "cat " + " ".join(["f10"] * 8) + " | cat",
    "echo $(cat " + " ".join(["f10"] * 8) + ")",
    "cat " + " ".join(["f10"] * 8) + " > g",
])
def test_pipes_and_captures_are_bounded(doubled: World, line: str) -> None:
    r = apply(doubled, "touch before; " + line)
    assert r.text == [OVER_STREAM]
    assert r.exit_code == 1 and unchanged(doubled, r)


def run_measured(line: str) -> tuple[Result, int]:
    """The line's result, and the most memory it held at once while it ran (tracemalloc's peak)."""
    tracemalloc.start()
    try:
        _, [r] = run(line)
        return r, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("line", ["printf '%0999999999d' 1", "printf '%.999999999d' 1", "printf '%-999999999s|' x",
                                  "echo $(printf '%0999999999d' 1)", "printf '%*d' 999999999 1",
                                  "printf '%.*f' 999999999 1", "printf '%*e' -999999999 1"])
def test_a_printf_width_is_charged_before_its_text_is_made(line: str) -> None:
    # twenty characters asked for a gigabyte, and the server made it before cutting the output
    r, peak = run_measured("touch before; " + line)
    assert r.text == [OVER_STREAM] and r.exit_code == 1 and r.world.host.get(f"{PROJECT}/before") is None
    assert peak < 16 * 1024 * 1024


def test_printf_widths_within_the_budget_still_pad() -> None:
    _, [r] = run("printf '%5d|%-4s|%.3s|%03d' 42 ab abcdef 7; printf '%0300000d' 1 | wc -c")
    assert out(r) == ["   42|ab  |abc|007300000"]


def test_a_variable_doubled_line_after_line_is_charged_as_it_is_expanded() -> None:
    # forty doublings are a line of 300 characters that asks for a terabyte; 28 ask for 256 MB
    r, peak = run_measured("X=x" + "; X=$X$X" * 28 + "; touch after")
    assert r.text == [OVER_STREAM] and r.exit_code == 1 and r.world.host.get(f"{PROJECT}/after") is None
    assert peak < 200 * 1024 * 1024


def test_the_shell_keeps_at_most_a_mebibyte_of_variables_between_lines() -> None:
    w, [small, big] = run("A=$(printf '%0900000d' 7)", "B=$(printf '%0200000d' 7); touch after")
    assert small.exit_code == 0 and len((small.world.shell_vars or {})["A"]) == 900_000
    assert big.exit_code == 1 and big.world is small.world and w.host.get(f"{PROJECT}/after") is None
    assert big.text == ["layerlab: the shell's variables and functions would hold 1.1 MB; the simulated terminal keeps at most "
                        "1 MiB of them from one line to the next; nothing was changed"]
    _, [r] = run("echo ${#A} $A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A$A | wc -c",
                 world=w)
    assert r.exit_code == 1 and "moves more than 32 MiB" in r.text[-1]


# -- nesting -----------------------------------------------------------------------------------


NESTING = (f"layerlab: this command line nests $( ) or sh -c more than {MAX_NESTING} levels deep, "
           "the most the simulated terminal follows")


def test_deep_substitution_is_refused_before_anything_runs() -> None:
    w = initial_world()
    r = apply(w, "touch before; " + nest(90))
    assert (r.text, r.exit_code) == ([NESTING], 2)
    assert unchanged(w, r) and r.work == 0
    _, [ok] = run(nest(MAX_NESTING))
    assert (out(ok), ok.exit_code) == (["x"], 0)
    _, [over] = run(nest(MAX_NESTING + 1))
    assert (out(over), over.exit_code) == ([NESTING], 2)


def test_sh_c_inside_sh_c_is_bounded() -> None:
    # X runs sh -c "$X" again: a real shell would recurse until it runs out of processes
    w = initial_world()
    r = apply(w, """docker run --rm -e 'X=sh -c "$X"' node:14 sh -c 'sh -c "$X"'""")
    assert (r.text, r.exit_code) == ([NESTING], 2) and unchanged(w, r)


def test_a_recursion_error_is_never_the_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    w = initial_world()
    monkeypatch.setattr(budget_mod, "MAX_NESTING", 10_000)
    monkeypatch.setattr("app.engine.shellgrammar.MAX_NESTING", 10_000)
    limit = sys.getrecursionlimit()
    r = apply(w, nest(limit // 4))
    assert (r.text, r.exit_code) == ([DEEPER], 2) and unchanged(w, r)


# -- steps and regexes -------------------------------------------------------------------------


def test_the_step_limit_ends_a_line_and_changes_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(budget_mod, "MAX_STEPS", 300)
    monkeypatch.setattr(budget_mod, "CLOCK_EVERY", 16)
    w = initial_world()
    r = apply(w, "; ".join(["touch a"] * 400))
    assert r.text == ["layerlab: this command line does more than 300 steps of work, the most the simulated "
                      "terminal does for one line; nothing was changed"]
    assert r.exit_code == 1 and unchanged(w, r) and 300 < r.work < 400


def test_the_course_stays_far_below_the_step_limit() -> None:
    w = initial_world()
    for line in COURSE:
        r = apply(w, line)
        assert r.work < MAX_STEPS // 100, line
        w = r.world


def test_a_catastrophic_sed_pattern_ends_with_a_message() -> None:
    w = initial_world()
    r = apply(w, "touch before; echo " + "a" * 40 + "b | sed 's/^\\(a\\|aa\\)*$/x/'")
    assert r.text == ["sed: layerlab: this regular expression takes too long to match (more than 0.05 s for one "
                      "match, or 1 s for all of one command line's); nothing was changed"]
    assert r.exit_code == 1 and unchanged(w, r)


def test_sed_still_edits_and_checks_references() -> None:
    _, r = run("echo abc | sed 's/\\(b\\)/[\\1]/'", "echo abc | sed 's/b/\\1/'")
    assert out(r[0]) == ["a[b]c"]
    assert (out(r[1]), r[1].exit_code) == (["sed: -e expression #1, char 7: invalid reference \\1 on `s' command's RHS"], 1)


def test_ps_name_filter_regex_is_bounded_and_never_crashes() -> None:
    long_name = "a" * 40 + "b"
    w, r = run("docker create --name web node:14", f"docker create --name {long_name} node:14",
               "docker ps -a --filter 'name=(' --format {{.Names}}",
               "docker ps -a --filter 'name=w.b' --format {{.Names}}")
    assert [x.exit_code for x in r] == [0, 0, 0, 0]
    assert (out(r[2]), out(r[3])) == ([], ["web"])  # filters.Args.Match: a bad regexp matches nothing
    slow = apply(w, "docker ps -a --filter 'name=^(a|aa)*$'")
    assert slow.text == ["docker: layerlab: this regular expression takes too long to match (more than 0.05 s for "
                         "one match, or 1 s for all of one command line's); nothing was changed"]
    assert slow.exit_code == 1


# -- the deadline ------------------------------------------------------------------------------


def test_a_passed_deadline_abandons_a_long_line() -> None:
    w, _ = run("mkdir d", "touch " + " ".join(f"d/f{i}" for i in range(900)), "cp -r d e")
    line = "cp -r d x; cp -r e y; cp -r d z; cp -r e v; cp -r d u"  # (the disk's usage is counted once: fs.Tree)
    assert apply(w, line).work > 2 * budget_mod.CLOCK_EVERY
    with pytest.raises(OverTime):
        apply(w, line, deadline=time.monotonic() - 1)


def test_a_generous_deadline_never_fires_nor_changes_output() -> None:
    w1 = w2 = initial_world()
    for line in COURSE:
        r1 = apply(w1, line)
        r2 = apply(w2, line, deadline=time.monotonic() + 60)
        assert (r1.lines, r1.exit_code) == (r2.lines, r2.exit_code), line
        w1, w2 = r1.world, r2.world


FRAGMENTS = ["cp -r . r/", "cp -r .. x", "mv . x", "mkdir -p a/b", "mv a a/b", "cat server.js", "$(", ")", "$(echo",
             "|", ";", "&&", "||", "'", '"', "sed 's/\\(a*\\)*b/x/'", "sed s/a/b/g", "echo", "a" * 50, "> f",
             ">> f", "cat f f", "docker run --rm busybox", "docker run --rm node:14", "sh -c", "ls -R", "cp -r / /x",
             "sudo", "~", "$HOME", "cat", "2>&1", "rm -r a", "touch t"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14), st.booleans())
def test_apply_always_answers(parts: list[str], with_deadline: bool) -> None:
    w = initial_world()
    line = " ".join(parts)
    try:
        r = apply(w, line, deadline=time.monotonic() + 5 if with_deadline else None)
    except OverTime:
        assert with_deadline
        return
    assert isinstance(r, Result) and isinstance(r.exit_code, int)
    assert r.work <= MAX_STEPS + budget_mod.CLOCK_EVERY


def test_a_build_looks_at_the_deadline_at_every_instruction() -> None:
    """A build step's lookups through the few layers below it are not counted as steps (see
    fs.FREE_DEPTH), so the clock is looked at once per instruction: a build of a few RUN steps (far fewer steps than budget's
    CLOCK_EVERY) past its deadline is abandoned, not finished (a 2,048-step build took 0.46 s of a
    20 ms deadline to notice)."""
    from tests.helpers import run

    world, _ = run('printf "FROM node:14\\nRUN echo a\\nRUN echo b\\n" > small.df')
    with pytest.raises(OverTime):
        apply(world, "docker build -f small.df -t small .", deadline=time.monotonic() - 1)
    assert apply(world, "docker build -f small.df -t small .", deadline=time.monotonic() + 60).exit_code == 0


def test_a_regex_that_runs_into_the_deadline_abandons_the_line_rather_than_blaming_the_pattern() -> None:
    # The event loop's deadline can end a match before its own bound: that line is run again where
    # it may take long, so it must not end with "takes too long to match".
    with budget_mod.opened(deadline=time.monotonic() - 1) as spent:
        assert spent.regex_timeout() == 0.0001
        assert isinstance(budget_mod.regex_error("grep"), budget_mod.OverTime)
    with budget_mod.opened() as spent:
        assert spent.regex_timeout() == budget_mod.REGEX_CALL_SECONDS
        assert isinstance(budget_mod.regex_error("grep"), budget_mod.OverBudget)


def test_lookups_through_deep_layers_are_charged(monkeypatch: pytest.MonkeyPatch) -> None:
    """A build of 3,000 RUN lines that each write a file stacked 3,000 layers, and every lookup walked
    them all uncharged: 90,000 steps, 3.6 s of one thread's time, and 10,000 lines took the web's
    answer past its deadline. Walks deeper than fs.FREE_DEPTH cost a step per fs.LAYERS_A_STEP layers
    now, and overlay2 stops a chain at 129 layers anyway (layerdepth.py: "max depth exceeded")."""
    from app.engine import buildonbuild, dockerfilewords

    # what reading the Dockerfile's text costs is left out (buildonbuild.parse_lines reads it): the walks are measured
    for module in (buildonbuild, dockerfilewords):
        monkeypatch.setattr(module, "VALUE_STEPS", 0)
    deep = 'for i in $(seq {n}); do printf "RUN echo %s > /f%s\\n" $i $i; done > D; (echo FROM busybox; cat D) > {n}.df'
    world, results = run(*(deep.format(n=n) for n in (8, 60, 120, 3000)))
    assert all(r.exit_code == 0 for r in results)
    works = []
    for n in (8, 60, 120):
        r = apply(world, f"docker build -q -f {n}.df -t deep{n} .")
        assert r.exit_code == 0, out(r)
        works.append(r.work)
    # shallow walks free; deep ones growing with depth: twice the steps, more than 2.5 times the work
    assert works[0] < 1000 and works[2] > 2.5 * works[1]
    r = apply(world, "docker build -q -f 3000.df -t deep .")
    assert r.exit_code == 1 and out(r)[-1].endswith("max depth exceeded")  # (the steps before it are cached)
    assert r.work < 20_000  # stopped at the 130th layer, not at the budget's end


def test_docker_save_writes_a_layer_its_images_share_once_and_charges_its_members(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`docker save $(docker images -q)` of 26 images sharing a layer of 45,000 files took 4.6 s for
    941 steps: every image's tar of the shared layers was made again, and no member was charged."""
    from app.engine import archive

    world, results = run("mkdir d; (cd d; for i in $(seq 300); do : > f$i; done)",
                         'printf "FROM busybox\\nCOPY d /a\\n" > Df; docker build -q -f Df -t base .',
                         *[f'printf "FROM base\\nRUN touch /z{i}\\n" | docker build -q -t im{i} -' for i in range(5)])
    assert all(r.exit_code == 0 for r in results)
    made: list[int] = []
    real = archive.dump
    monkeypatch.setattr(archive, "dump", lambda members, *a, **k: made.append(len(members)) or real(members, *a, **k))
    r = apply(world, "docker save base im0 im1 im2 im3 im4 | wc -c")
    assert r.exit_code == 0
    layers = {lid for img in world.images.values() if img.tags and img.tags[0].split(":")[0] in
              ("base", *(f"im{i}" for i in range(5))) for lid in img.layers}
    assert len(made) == len(layers) + 1  # a tar per layer, however many images share it, and the one of them all
    assert r.work >= sum(made)
