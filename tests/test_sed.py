"""sed as the simulated shells run it (app/engine/tools/sedcmd.py and its parts).

GNU sed: property tests compare the simulator with the machine's own GNU sed (/usr/bin/sed,
4.9 here as on the learner's Ubuntu; skipped when absent) over generated scripts (addresses and
ranges, s with its flags, p/d/n/N/G/h/x and the rest, -n, -s, -E, -z) and inputs (a last line
with or without its newline): standard output, standard error and the exit status must be the
machine's. BusyBox sed: unit tests of its own reading and running (editors/sed.c, 1.37), each
checked by hand against a BusyBox build. Then the shells' side: files read through links, -i
beside the file, errors, the work budget."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.engine import budget, initial_world
from app.engine.budget import OverBudget
from app.engine.engine import host_shell
from app.engine.toolkit import BUSYBOX, IO, Lines, ToolExit
from app.engine.tools.sedcmd import sed
from tests.helpers import run

GNU_SED = shutil.which("sed", path="/usr/bin:/bin")
WORLD = initial_world()


def simulated(args: list[str], data: str, busybox: bool = False) -> tuple[str, str, int]:
    """sed run by the simulator on the learner's host (its stdout, stderr, status)."""
    sh = host_shell(WORLD)
    if busybox:
        sh.flavor = BUSYBOX
    out, err = Lines(), Lines()
    with budget.opened():
        try:
            status = sed(sh, ["sed", *args], IO([], capture_out=out, capture_err=err, stdin=data))
        except ToolExit as exc:
            status = exc.status
        except OverBudget as exc:
            return "", exc.message, -1
    return out.text(), err.text(), status


def machine(args: list[str], data: str, tmp: str) -> tuple[str, str, int] | None:
    """The machine's sed on the same input; None when it runs on and on (G;D, :a;ba)."""
    assert GNU_SED is not None
    try:
        done = subprocess.run(["sed", *args], executable=GNU_SED, input=data.encode(), capture_output=True,
                              env={"LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"}, cwd=tmp, check=False, timeout=2)
    except subprocess.TimeoutExpired:
        return None
    return done.stdout.decode(errors="surrogateescape"), done.stderr.decode(), done.returncode


def _is_gnu_sed() -> bool:
    if GNU_SED is None:
        return False
    done = subprocess.run([GNU_SED, "--version"], capture_output=True, check=False)
    return b"(GNU sed) 4.9" in done.stdout.split(b"\n", 1)[0]


needs_gnu = pytest.mark.skipif(not _is_gnu_sed(), reason="GNU sed 4.9 is not installed here")

# -- generated scripts ---------------------------------------------------------------------------

LINES = st.sampled_from(["", "a", "b", "ab", "ba", "aab", "abba", "a b", "A", "bA", "x\ty", "1", "22", "a.b"])
INPUTS = st.builds(lambda lines, end: "\n".join(lines) + ("\n" if end and lines else ""),
                   st.lists(LINES, max_size=7), st.booleans())

ATOMS_BRE = ["a", "b", ".", "[ab]", "[^a]", "a*", "\\(a\\)", "\\(b*\\)", "^", "$", "b\\+", "a\\?", "\\(a\\|b\\)",
             "[[:upper:]]", "A", "\\n", "\\w", "\\<", "x\\{0,1\\}", "*", "\\.", "\\1", "[[:space:]]"]
ATOMS_ERE = ["a", "b", ".", "[ab]", "[^a]", "a*", "(a)", "(b*)", "^", "$", "b+", "a?", "(a|b)", "a|b", "A",
             "(ab|a)(ba|b)?", "x{0,2}", "\\1", "()", "[a-b]"]


def regexes(ere: bool) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(ATOMS_ERE if ere else ATOMS_BRE), min_size=1, max_size=4).map("".join)


REPLACEMENTS = st.lists(st.sampled_from(["x", "&", "\\1", "\\n", "\\U", "\\u", "\\L", "\\E", "-", "\\&", "\\2", "[&]"]),
                        max_size=4).map("".join)


def addresses(ere: bool) -> st.SearchStrategy[str]:
    one = st.one_of(st.sampled_from(["1", "2", "3", "$", "0"]), regexes(ere).map(lambda r: f"/{r}/"),
                    st.sampled_from(["1~2", "2~3", "0~2"]))
    second = st.one_of(one, st.sampled_from(["+1", "+2", "~2", "~3"]))
    return st.one_of(st.just(""), one, st.tuples(one, second).map(lambda p: f"{p[0]},{p[1]}")).flatmap(
        lambda a: st.sampled_from([a, a + "!"]) if a else st.just(a))


def commands(ere: bool) -> st.SearchStrategy[str]:
    simple = st.sampled_from(list("pPdDgGhHxn=Nlz") + ["N;P;D", "$!N", "y/ab/ba/", "q", "Q", "q3", "a new",
                                                            "i ins", "c chg", "{p;p}", "b", "bend", "t", "T",
                                                            "tend", "l 3"])
    subst = st.tuples(regexes(ere), REPLACEMENTS, st.sampled_from(["", "g", "p", "2", "gp", "I", "3g", "M"])).map(
        lambda t: f"s/{t[0]}/{t[1]}/{t[2]}")
    return st.tuples(addresses(ere), st.one_of(simple, subst)).map("".join)


@st.composite
def invocations(draw: st.DrawFn) -> list[str]:
    ere = draw(st.booleans())
    script = draw(st.sampled_from([";", "\n"])).join(draw(st.lists(commands(ere), min_size=1, max_size=4)))
    if "end" in script:
        script += "\n:end"
    options = draw(st.lists(st.sampled_from(["-n", "-s", "-z"]), max_size=2, unique=True))
    return [*options, *(["-E"] if ere else []), script]


@needs_gnu
@settings(max_examples=int(os.environ.get("SED_EXAMPLES", "250")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(invocations(), INPUTS)
def test_generated_scripts_do_what_gnu_sed_does(tmp_path_factory: pytest.TempPathFactory, args: list[str],
                                                data: str) -> None:
    expected = machine(args, data, str(tmp_path_factory.getbasetemp()))
    got = simulated(args, data)
    if expected is None:
        assert got[2] == -1 and "steps of work" in got[1]  # it loops: the simulator stops it at the budget
        assume(False)
    assert got == expected


@needs_gnu
@pytest.mark.parametrize("args", [
    ["s/a/b"], ["k"], ["p;k"], ["/x/"], ["3,"], ["p x"], ["s/a/b/gg"], ["s/a/b/0"], ["s/a/b/x"], ["y/ab/x/"],
    ["}"], ["{p"], ["2{p};}"], ["bfoo"], [":"], ["1,2q"], ["a"], ["0p"], ["+2p"], ["1!!p"], ["1#x"], ["r"],
    ["s/\\(a\\)/\\2/"], ["//p"], ["s/a**/X/"], ["-E", "s/*a/X/"], ["s/\\(a/X/"], ["-E", "s/a)/X/"], ["s/[z-a]/X/"],
    ["s/[[:foo:]]/X/"], ["s/a\\{1/X/"], ["-E", "s/a{2,1}/X/"], ["s/a\\{99999\\}/X/"], ["-E", "s/(a)|b\\1/X/"],
    ["-x"], ["--foo"], ["-e"], ["--s", "p"], ["-i"], [], ["-n"], ["s/x/\\c\\d/"], ["v 9.1"],
])
def test_errors_are_gnu_seds_own_words_and_statuses(tmp_path: object, args: list[str]) -> None:
    assert simulated(args, "a\n") == machine(args, "a\n", str(tmp_path))


@needs_gnu
@pytest.mark.parametrize(("args", "data"), [
    (["l"], "a\tb\\c\u00e9\x01\n"), (["-n", "l 5"], "abcdefghijkl\n"), (["-l", "10", "l;d"], "abcdefghijklmnop\n"),
    (["$a\\"], "x"), (["i\\\n  multi\\\nline"], "x\n"), (["-e", "a\\", "-e", "foo"], "x\n"), (["a foo\\tbar\\nbaz"], "x\n"),
    (["#n\np"], "a\n"), (["s/x/\\d065\\o101\\x41\\cA/"], "x\n"), (["s&a&\\&&"], "a\n"), (["s1\\(8\\)1\\1\\11"], "789\n"),
    (["s|x\\|y|z|"], "x|y\n"), (["s/[/]/X/"], "a/b\n"), (["y,a\\,b,xyz,"], "a,b\n"), (["y/abc/\\n\\t\\\\/"], "abc\n"),
    (["s/.*/\\L\\u&/"], "hELLO wORLD\n"), (["-E", "s/()(a)/\\u\\1\\2/"], "abc\n"), (["s/b/\\U&x\\E&/g"], "abab\n"),
    (["-n", "0,/1/p"], "1\n2\n1\n"), (["-n", "2,~4p"], "1\n2\n3\n4\n5\n6\n"), (["-n", "/1/,~2p"], "1\n2\n3\n1\n"),
    (["2,3c\\\nnew"], "1\n2\n3\n4\n"), (["/a/,/b/!c X"], "a\nx\nb\nc\n"), (["N;N;D"], "1\n2\n3\n4\n5\n"),
    (["-E", "N;s/a$\\n^b/X/"], "a\nb\n"), (["N;s/a.b/X/M;s/^/>/Mg"], "a\nb\n"), (["s/\\`a\\|b\\'/X/g"], "ab ab\n"),
    (["s/\\</|/g;s/\\B/-/g"], "ab cd\n"), (["W /dev/stdout"], "a\nb"), (["-s", "-n", "$p", "-", "-"], "a\n"),
    (["n;n;n"], "1\n2"), (["x;G"], "a\nb"), (["q5"], "1\n2\n"), (["-z", "s/\\n/,/g"], "a\nb\n"),
])
def test_corners_are_gnu_seds(tmp_path: object, args: list[str], data: str) -> None:
    assert simulated(args, data) == machine(args, data, str(tmp_path))


# -- BusyBox ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(("args", "data", "expected"), [
    # editors/sed.c: `l` is read and not run; = prints straight to the output; p ends a line with \n
    (["-n", "l;="], "a\nb\n", ("1\n2\n", "", 0)),
    (["-n", "p;p"], "a\nb", ("a\na\nb\nb\n", "", 0)),
    (["p"], "a\nb", ("a\na\nb\nb", "", 0)),
    # s///g goes on in what follows the last match alone (REG_NOTBOL): \< matches there again
    (["s/\\<a/X/g"], "aaa\n", ("XXX\n", "", 0)),
    (["s/b*/X/g"], "abc\n", ("XaXcX\n", "", 0)),
    (["s/l/L/2"], "hello\n", ("helLo\n", "", 0)),
    (["s/a/b/2g"], "aaa\n", ("bbb\n", "", 0)),  # g after a number: every match
    (["s/\\(b\\)/\\0\\1/"], "b\n", ("bb\n", "", 0)),
    (["s/b/\\U&/"], "b\n", ("Ub\n", "", 0)),  # no case conversion: \U is U
    (["y/abc/x/"], "abc\n", ("xbc\n", "", 0)),  # lengths differ: the pairs that exist
    (["a\\"], "x\n", ("x\n\n", "", 0)),
    (["a"], "x\n", ("x\n\n", "", 0)),
    (["$!N;P;D"], "1\n2\n3\n", ("1\n2\n3\n", "", 0)),
    (["N"], "1\n2\n3\n", ("1\n2\n3\n", "", 0)),
    (["-n", "p #note"], "a\n", ("a\n", "", 0)),
    (["p #nice"], "a\n", ("a\n", "", 0)),  # a comment starting "#n" is -n
    (["pd"], "a\n", ("a\n", "", 0)),
    (["1~2d"], "a\n", ("", "sed: unsupported command ~\n", 1)),
    (["/a/Ip"], "a\n", ("", "sed: unsupported command I\n", 1)),
    (["2,~2p"], "a\n", ("", "sed: no address after comma\n", 1)),
    (["1,2a x"], "a\n", ("", "sed: command 'a' uses only one address\n", 1)),
    (["s/a/b"], "a\n", ("", "sed: unmatched '/'\n", 1)),
    (["s/a/b/x"], "a\n", ("", "sed: bad option in substitution expression\n", 1)),
    (["s/a/b/M"], "a\n", ("", "sed: bad option in substitution expression\n", 1)),
    (["/x/"], "a\n", ("", "sed: missing command\n", 1)),
    (["q5"], "a\n", ("", "sed: missing command\n", 1)),
    (["k"], "a\n", ("", "sed: unsupported command k\n", 1)),
    (["s/a**\\(/X/"], "a\n", ("", "sed: bad regex 'a**\\(': Invalid preceding regular expression\n", 1)),
    (["//p"], "a\n", ("", "sed: no previous regexp\n", 1)),
    (["-n", "bx"], "a\n", ("", "sed: can't find label for jump to 'x'\n", 1)),
    (["p;bx"], "a\n", ("a\n", "sed: can't find label for jump to 'x'\n", 1)),
    (["{p"], "a\n", ("a\na\n", "", 0)),  # a block is looked at only when skipped
    (["/x/{p"], "a\n", ("", "sed: unterminated {\n", 1)),
    (["-s", "p"], "a\n", ("", "sed: invalid option -- 's'\n" + "BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary."
                              "\n\nUsage: sed [-i[SFX]] [-nrE] [-f FILE]... [-e CMD]... [FILE]...\n", 1)),
    (["-i", "p"], "a\n", ("", "sed: -i requires an argument\n", 1)),
    (["--version"], "", ("This is not GNU sed version 4.0\n", "", 0)),
    (["p", "nofile", "-"], "a\n", ("a\na\n", "sed: nofile: No such file or directory\n", 1)),
])
def test_busybox_sed_reads_and_runs_as_editors_sed_c(args: list[str], data: str,
                                                    expected: tuple[str, str, int]) -> None:
    out, err, status = simulated(args, data, busybox=True)
    assert (out, err if "Usage" not in expected[1] else "\n".join(err.split("\n")[:4]) + "\n", status) == expected


BUSYBOX_BIN = shutil.which("busybox")


def _busybox_sed_like_1_37() -> bool:
    """An installed BusyBox 1.35 to 1.37 (editors/sed.c the same for what is generated here)."""
    if BUSYBOX_BIN is None:
        return False
    done = subprocess.run([BUSYBOX_BIN], capture_output=True, check=False)
    return any(f"v1.3{n}." in done.stdout.decode() for n in (5, 6, 7))


@pytest.mark.skipif(not _busybox_sed_like_1_37(), reason="no BusyBox 1.35-1.37 here")
@settings(max_examples=int(os.environ.get("SED_EXAMPLES", "250")), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(invocations(), INPUTS)
def test_generated_scripts_do_what_busybox_sed_does(tmp_path_factory: pytest.TempPathFactory, args: list[str],
                                                    data: str) -> None:
    args = [a for a in args if a not in ("-s", "-z")]
    assert BUSYBOX_BIN is not None
    try:
        done = subprocess.run([BUSYBOX_BIN, "sed", *args], input=data.encode(), capture_output=True, check=False,
                              timeout=2, cwd=str(tmp_path_factory.getbasetemp()))
    except subprocess.TimeoutExpired:
        assume(False)
        return
    expected = done.stdout.decode(errors="surrogateescape"), done.stderr.decode(), done.returncode
    assert simulated(args, data, busybox=True) == expected


# -- the shells' side ------------------------------------------------------------------------------


def test_a_link_operand_is_read_through_and_in_place_makes_it_a_regular_file() -> None:
    _, r = run("ln -s Dockerfile df", "sed -n 1p df", "sed -i 's/node:14/node:16/' df", "ls -l df | cut -c1",
               "head -1 Dockerfile df", "ln -s Dockerfile dg", "sed -i --follow-symlinks 's/14/18/' dg",
               "ls -l dg | cut -c1", "head -1 Dockerfile")
    assert r[1].text == ["FROM node:14"]
    assert r[3].text == ["-"]
    assert r[4].text == ["==> Dockerfile <==", "FROM node:14", "", "==> df <==", "FROM node:16"]
    assert (r[7].text, r[8].text) == (["l"], ["FROM node:18"])


def test_in_place_keeps_a_backup_and_the_mode_and_says_what_stops_it() -> None:
    _, r = run("chmod 600 server.js", "sed -i.bak 's/rename/copyFile/' server.js", "ls -l server.js* | cut -c1-10",
               "grep -c copyFile server.js server.js.bak", "sed -i p", "sed -i p pages", "sed -i p nofile server.js",
               "sed -ibak/* 1d package.json")
    assert r[2].text == ["-rw-------", "-rw-------"]
    assert r[3].text == ["server.js:1", "server.js.bak:0"]
    assert (r[4].text, r[4].exit_code) == (["sed: no input files"], 4)
    assert (r[5].text, r[5].exit_code) == (["sed: couldn't edit pages: not a regular file"], 4)
    assert (r[6].text, r[6].exit_code) == (["sed: can't read nofile: No such file or directory"], 2)
    assert (r[7].text, r[7].exit_code) == (["sed: cannot rename package.json: No such file or directory"], 4)


def test_in_place_on_a_read_only_mount_cannot_make_its_temporary_file() -> None:
    _, r = run("docker build -q -t feedback-node .", "docker run -d --name app -v $(pwd)/pages:/app/pages:ro feedback-node",
               "docker exec app sed -i s/a/b/ /app/pages/feedback.html", "docker pull -q alpine",
               "docker run --rm -v $(pwd):/src:ro alpine sed -i s/a/b/ /src/Dockerfile")
    assert (r[2].text, r[2].exit_code) == (
        ["sed: couldn't open temporary file /app/pages/sedXXXXXX: Read-only file system"], 4)
    assert (r[4].text, r[4].exit_code) == (["sed: can't create temp file '/src/DockerfileXXXXXX': Read-only file system"], 1)


def test_node14s_sed_4_7_has_no_0r() -> None:
    _, r = run("docker build -q -t feedback-node .", "docker run --rm feedback-node sh -c 'echo x | sed 0rserver.js'",
               "echo x | sed 0rDockerfile | head -1")
    assert (r[1].text, r[1].exit_code) == (["sed: -e expression #1, char 2: invalid usage of line address 0"], 1)
    assert r[2].text == ["FROM node:14"]


def test_loops_end_at_the_budget_and_long_joins_do_not() -> None:
    _, r = run("echo x | sed ':a;ba'", "echo x | sed ':a;G;h;ba'", "seq 20000 | sed ':a;N;$!ba;s/\\n/+/g' | wc -c",
               "touch before; echo " + "a" * 40 + "b | sed 's/^\\(a\\|aa\\)*$/x/'")
    assert r[0].exit_code == 1 and "steps of work" in r[0].text[0]
    assert (r[1].text, r[1].exit_code) == (["sed: layerlab: the pattern or hold space grew past 32 MiB, the most the "
                                            "simulated terminal holds; nothing was changed"], 1)
    assert r[2].text == ["108894"]
    assert r[3].text[0].startswith("sed: layerlab: this regular expression takes too long")


def test_w_files_are_written_and_r_reads_one() -> None:
    _, r = run("sed -n '/COPY/w copies' Dockerfile", "cat copies", "printf 'a\\nb\\n' | sed '1r copies'",
               "sed -n 'w /nope/x' Dockerfile")
    assert r[1].text == ["COPY package.json .", "COPY . ."]
    assert r[2].text == ["a", "COPY package.json .", "COPY . .", "b"]
    assert (r[3].text, r[3].exit_code) == (["sed: couldn't open file /nope/x: No such file or directory"], 4)
