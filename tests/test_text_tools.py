"""The text and path programs (app/engine/tools/fields.py, paths.py, digests.py, exprcmd.py,
xargscmd.py, reverse.py) against the machine's own GNU cut, tr, basename, dirname, expr,
sha256sum, md5sum, base64, tac, rev, realpath, readlink and xargs on random inputs: the same
standard output, the same standard error, the same exit status. Each runs in the learner's bash
(the simulated host) and in the machine's bash under LC_ALL=C.UTF-8, as
`printf %b TEXT | PROGRAM ARGS; printf '<%s>' $?`. A test is skipped when the machine lacks the
program. BusyBox's versions, which the machine does not have, are in transcript 173."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.engine import apply, initial_world
from app.engine.world import World
from tests.helpers import run

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
CWD = "/home/learner/feedback-app"


@cache
def _world() -> World:
    return initial_world(0)


def _printf(text: str) -> str:
    """The text as printf %b's argument, in single quotes."""
    escaped = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("'", "'\\''")
    return f"printf %b '{escaped}'"


def ours(command: str, stdin: str | None = None, world: World | None = None) -> tuple[str, str]:
    """Standard output (with the status as <N> after it) and standard error in the simulator."""
    line = (f"{_printf(stdin)} | " if stdin is not None else "") + command
    result = apply(world or _world(), f"{line} 2>/tmp/err; printf '<%s>' \"$?\"")
    out = "\n".join(text for fd, text in result.lines if fd == 1)
    err = apply(result.world, "cat /tmp/err")
    return out, "\n".join(err.text)


def theirs(command: str, stdin: str | None = None, cwd: str | None = None) -> tuple[str, str]:
    """The same in the machine's bash with its programs."""
    line = (f"{_printf(stdin)} | " if stdin is not None else "") + command
    done = subprocess.run(["bash", "-c", f"{line}; printf '<%s>' \"$?\""], capture_output=True, check=False,
                          env={**os.environ, "LC_ALL": "C.UTF-8"}, cwd=cwd or tempfile.gettempdir())
    return done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace").rstrip("\n")


def needs(*programs: str) -> pytest.MarkDecorator:
    missing = [p for p in programs if shutil.which(p) is None]
    return pytest.mark.skipif(bool(missing), reason=f"compared with the machine's {', '.join(missing)}")


def join(*words: str) -> str:
    return " ".join(shlex.quote(w) for w in words)


def same(command: str, stdin: str | None = None) -> None:
    assert ours(command, stdin) == theirs(command, stdin), (command, stdin)


# -- cut and tr ------------------------------------------------------------------------------

TEXT = st.text(alphabet="ab:,\t \nzé", max_size=24)
RANGE = st.builds(lambda a, b, form: form.format(a=a, b=b), st.integers(0, 5), st.integers(0, 6),
                  st.sampled_from(["{a}", "{a}-", "-{b}", "{a}-{b}"]))
LIST = st.one_of(st.lists(RANGE, min_size=1, max_size=3).map(",".join),
                 st.sampled_from(["", "-", "x", "1-2-3", "1,,2", "1 3", "99999999999999999999999"]))


@needs("cut")
@SETTINGS
@given(TEXT, LIST, st.sampled_from(["-b", "-c", "-f"]), st.sampled_from([None, ":", ",", " ", "ab", ""]),
       st.booleans(), st.booleans(), st.sampled_from([None, "|", "", "::"]))
def test_cut_cuts_as_gnu_cut_does(text: str, spec: str, mode: str, delim: str | None, only: bool,
                                  complement: bool, out_delim: str | None) -> None:
    words = ["cut", mode, spec]
    if delim is not None:
        words += ["-d", delim]
    if only:
        words.append("-s")
    if complement:
        words.append("--complement")
    if out_delim is not None:
        words.append(f"--output-delimiter={out_delim}")
    same(join(*words), text)


TR_PIECES = ["a-z", "A-Z", "[:lower:]", "[:upper:]", "[:digit:]", "[:space:]", "[:alpha:]", "[:alnum:]",
             "[:punct:]", "[:blank:]", "[:cntrl:]", "[:print:]", "abc", "x", "\\n", "\\t", "\\\\", "\\101",
             "\\0", "[a*]", "[b*3]", "[c*]", "-", "z-a", "[=a=]", "a-", "[:foo:]", "[::]", "[x*07]", "[y*z]",
             "\\", "]", "[", "0-9", "_", "\\400"]
TR_SET = st.lists(st.sampled_from(TR_PIECES), max_size=3).map("".join)


@needs("tr")
@SETTINGS
@given(st.text(alphabet="aAbBzZ1 \n-:_[]\t", max_size=20), st.lists(TR_SET, min_size=0, max_size=3),
       st.sampled_from(["", "-d", "-s", "-c", "-t", "-ds", "-cd", "-cs", "-csd", "-ct", "-C", "--delete"]))
def test_tr_translates_as_gnu_tr_does(text: str, sets: list[str], flags: str) -> None:
    same("tr " + flags + " " + join(*sets), text)


# -- basename, dirname -----------------------------------------------------------------------

NAME = st.lists(st.sampled_from(["a", "/", "b", ".", "..", "//", "x.h", ".h", "-"]), max_size=5).map("".join)


@needs("basename", "dirname")
@SETTINGS
@given(st.lists(NAME, max_size=3), st.sampled_from(["", "-a ", "-s .h ", "-z ", "-as h ", "--suffix=x ", "-- "]),
       st.booleans())
def test_basename_and_dirname_strip_as_gnu_does(names: list[str], opts: str, base: bool) -> None:
    same(("basename " + opts if base else "dirname " + opts.replace("-s .h ", "").replace("-as h ", ""))
         + join(*names))


# -- expr ------------------------------------------------------------------------------------

TOKEN = st.one_of(
    st.sampled_from(["0", "1", "2", "3", "-3", "10", "007", "-0", "abc", "ab", "", "a b", "12345678901234567890",
                     "x", "-", "+"]),
    st.sampled_from(["+", "-", "*", "/", "%", "<", "<=", "=", "==", "!=", ">=", ">", "&", "|", ":"]),
    st.sampled_from(["length", "substr", "index", "match", "(", ")", "+"]))
PATTERN = st.lists(st.sampled_from(["a", "b", ".", "*", "\\(", "\\)", "[ab]", "[^a]", "^", "$", "\\{1,2\\}",
                                    "\\{2\\}", "\\+", "\\?", "\\|", "[[:digit:]]", "\\1", "x", "\\.", "[]a]",
                                    "[a-c]", "[c-a]", "\\{", "[", "\\", "]", "{", "(", "+", "?", "|"]),
                   min_size=1, max_size=6).map("".join)


@needs("expr")
@SETTINGS
@given(st.lists(TOKEN, min_size=1, max_size=7))
def test_expr_evaluates_as_gnu_expr_does(tokens: list[str]) -> None:
    same("expr " + join(*tokens))


@needs("expr")
@SETTINGS
@given(st.text(alphabet="ab1x.(", max_size=8), PATTERN, st.booleans())
def test_expr_matches_a_basic_regular_expression_as_gnu_expr_does(text: str, pattern: str, keyword: bool) -> None:
    same(join("expr", "match", text, pattern) if keyword else join("expr", text, ":", pattern))


# -- digests, base64, tac, rev ---------------------------------------------------------------

ANY_TEXT = st.lists(st.sampled_from(["a", "é", "\n", "한", " ", "\t", "xyz", "\\"]), max_size=12).map("".join)


@needs("md5sum", "sha1sum", "sha256sum", "sha512sum", "base64", "tac", "rev")
@SETTINGS
@given(ANY_TEXT, st.sampled_from(["md5sum", "sha1sum", "sha256sum", "sha512sum", "sha256sum --tag", "sha1sum -b",
                                  "md5sum -z", "base64", "base64 -w 4", "base64 -w0", "tac", "rev", "tac -b",
                                  "tac -s a", "sha1sum - -"]))
def test_digests_base64_tac_and_rev_of_the_utf8_text(text: str, command: str) -> None:
    same(command, text)


@needs("base64")
@SETTINGS
@given(st.lists(st.sampled_from(["YWJj", "ZA==", "YQ", "=", "\n", " ", "!", "Zm9v", "w6k=", "_", "-"]),
                max_size=6).map("".join), st.sampled_from(["-d", "-di", "--decode"]))
def test_base64_decodes_as_gnu_base64_does(text: str, flags: str) -> None:
    same(f"base64 {flags}", text)


# -- realpath, readlink ----------------------------------------------------------------------

TREE = ("mkdir -p t/d/e && cd t && touch f d/g && ln -s d ld && ln -s f lf && ln -s nowhere dangling "
        "&& ln -s loop1 loop2 && ln -s loop2 loop1 && ln -s ../t/d up && ln -s d/e/../.. dotty && ln -s lf llf")


@cache
def _tree() -> tuple[World, str]:
    """The same folder of files and links in the simulator (under the project) and on the machine
    (under a temporary folder with the project's path)."""
    world = _world()
    for step in TREE.split(" && "):
        result = apply(world, step)
        assert result.exit_code == 0, (step, result.text)
        world = result.world
    root = tempfile.mkdtemp()
    os.makedirs(root + CWD)
    subprocess.run(["bash", "-c", TREE], cwd=root + CWD, check=True)
    return world, root


PATH = st.lists(st.sampled_from(["d", "f", "ld", "lf", "llf", "dangling", "loop1", "x", "..", ".", "", "up",
                                 "dotty", "e", "g"]), min_size=1, max_size=4).map("/".join)


@needs("realpath", "readlink")
@SETTINGS
@given(st.lists(PATH, min_size=1, max_size=2),
       st.sampled_from(["realpath", "realpath -e", "realpath -m", "realpath -s", "realpath -s -e", "realpath -m -s",
                        "realpath -L", "realpath -q", "realpath --relative-to=d", "realpath --relative-base=.",
                        "realpath --relative-to=ld --relative-base=d", "readlink", "readlink -f", "readlink -e",
                        "readlink -m", "readlink -v", "readlink -n", "readlink -fn"]))
def test_realpath_and_readlink_follow_links_as_gnu_does(paths: list[str], command: str) -> None:
    world, root = _tree()
    line = f"{command} {join(*paths)}"
    real_out, real_err = theirs(line, cwd=root + CWD + "/t")
    assert ours(line, world=world) == (real_out.replace(root, ""), real_err), line


# -- xargs -----------------------------------------------------------------------------------


@needs("xargs")
@SETTINGS
@given(st.lists(st.sampled_from(["a", "b c", "'q r'", '"s t"', "\\ ", "\n", "  ", "\t", "''", "x,y", "\\\n", "END",
                                 "'", "é"]), max_size=8).map("".join),
       st.sampled_from(["", "-n 1", "-n 2", "-L 1", "-L 2", "-I {}", "-r", "-t", "-d ,", "-d '\\n'", "-0",
                        "-E END", "-n 1 -t", "-I % -t", "-r -n 3", "-l", "-i", "-x -n 1"]),
       st.sampled_from(["", "echo", "echo pre", "echo [{}]", "echo %"]))
def test_xargs_splits_and_batches_as_gnu_xargs_does(text: str, opts: str, command: str) -> None:
    same(f"xargs {opts} {command}", text)


@needs("xargs")
def test_xargs_statuses_are_gnu_xargs_statuses() -> None:
    for command in ("false", "nonexistent-program", "cd", "ls", "true", "-n 1 false"):
        same(f"xargs {command}", "a b\n")


# -- BusyBox (from its sources; the machine has no busybox) ----------------------------------


def test_busybox_runs_xargs_once_without_input_and_cut_keeps_empty_lines() -> None:
    """xargs_main sets OPT_NO_EMPTY only after its first turn; cut_file's field loop ends an empty
    line before it looks at -s."""
    _, [_, xargs, cut] = run("docker pull -q busybox",
                             "docker run --rm busybox sh -c 'printf \"\" | xargs echo ran; printf \"\" | xargs -r echo no'",
                             "docker run --rm busybox sh -c 'printf \"a:b\\n\\nc\\n\" | cut -d: -f2 -s'")
    assert xargs.text == ["ran"]
    assert cut.text == ["b", ""]
