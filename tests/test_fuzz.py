"""Fuzzing `apply` with garbled command lines.

Every input starts from the same world: the feedback image built, the app running in a container
(`feedback-app`, port 3000, named volume `feedback`), and a volume `data`.

For every input: no exception escapes, `apply` does not mutate its input, the exit code is an int in
0..255 and every output line is a str without a newline. Inputs rejected at parse time (bash syntax
errors, docker's `unknown flag`, lines over 8192 characters) leave the world as it was, apart from
the clock and the command counter, which advance on every command by design.
"""

from __future__ import annotations

import json
import random
import re
import shlex
import time
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.engine.engine import MAX_LINE, Result, apply
from app.engine.world import ShellKept, World
from tests.helpers import fuzz_scale
from tests.test_properties import built_world, snapshot

CLI = json.loads((Path(__file__).parent.parent / "app/engine/data/docker_cli.json").read_text())
COMMANDS = sorted(k for k in CLI if k != "docker")
GLOBAL_FLAGS = CLI["docker"]["flags"]

SETUP = [
    "docker run -d -p 3000:80 --name feedback-app -v feedback:/app/feedback feedback-node",
    "docker volume create data",
]

_base: list[World] = []


def base_world() -> World:
    if not _base:
        w = built_world(0)
        for line in SETUP:
            r = apply(w, line)
            assert r.exit_code == 0, (line, r.text)
            w = r.world
        assert w.container_by_name("feedback-app") is not None and w.container_by_name("feedback-app").running
        _base.append(w)
    return _base[0].clone()


# -- what counts as "rejected at parse time" ------------------------------------------------------

SYNTAX = re.compile(r"^bash: (syntax error|unexpected EOF)")
UNKNOWN_FLAG = re.compile(r"^(docker: )?unknown (shorthand )?flag")


def same_but_clock(before: World, after: World) -> bool:
    """after == before, ignoring the clock and command counter (they advance on every command),
    the exit statuses the line left for `$?` and `${PIPESTATUS[@]}`, the line bash's history keeps
    and the program it hashed."""
    return replace(after, clock=before.clock, history_size=before.history_size, status=before.status,
                   shell_kept=_no_history(after.shell_kept), shell_arrays=_no_statuses(after.shell_arrays)) == \
        replace(before, shell_kept=_no_history(before.shell_kept), shell_arrays=_no_statuses(before.shell_arrays))


def _no_statuses(arrays: dict[str, dict[int, str]] | None) -> dict[str, dict[int, str]] | None:
    rest = {name: array for name, array in (arrays or {}).items() if name != "PIPESTATUS"}
    return rest or None


def _no_history(kept: ShellKept | None) -> ShellKept | None:
    rest = replace(kept, history=(), history_base=0, hashed=()) if kept is not None else None
    return None if rest == ShellKept() else rest


def check(world: World, line: str, *, plain_docker: bool = False, answer: str | None = None) -> Result | None:
    """Run line and check the fuzzing properties. plain_docker: line is one docker command with every
    argument shell-quoted (so an `unknown flag` answer must come from docker's own parser)."""
    before = snapshot(world)
    result = apply(world, line, answer)
    assert world == before, f"apply mutated its input world on {line!r}"
    assert isinstance(result.exit_code, int), (line, result.exit_code)
    assert 0 <= result.exit_code <= 255, (line, result.exit_code)
    for _, text in result.lines:
        assert isinstance(text, str), (line, text)
        assert "\n" not in text, f"output line with a newline for {line!r}: {text!r}"
    first = result.text[0] if result.text else ""
    if len(line) > MAX_LINE:
        assert result.exit_code != 0
        assert result.world == world, "an over-long line changed the world"
    elif result.exit_code == 2 and SYNTAX.match(first):
        assert same_but_clock(world, result.world), f"syntax error {first!r} but the world changed: {line!r}"
    elif plain_docker and result.exit_code == 125 and UNKNOWN_FLAG.match(first):
        assert same_but_clock(world, result.world), f"{first!r} but the world changed: {line!r}"
    return result


FUZZ = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much,
                                                      HealthCheck.data_too_large])


def fuzz(n: int) -> settings:
    """n examples, times $FUZZ_SCALE (set it to hunt for bugs longer)."""
    return settings(FUZZ, max_examples=n * fuzz_scale())

# -- strategies -------------------------------------------------------------------------------------

NASTY_TOKENS = [
    "'", '"', "\\", "\\\\", "$(", "${", "$", "`", "(", ")", "{", "}", "|", "||", "&", "&&", ";", ";;",
    ">", ">>", "<", "2>", "~", "*", "?", "#", "!", "=", ":", ",", "-", "--", " ", "  ", "\t",
    "\x00", "\x01", "\x07", "\x08", "\x1b[31m", "\r", "\x7f", "\u200b", "\ufeff", "\u2028",
    "한국어", "피드백", "볼륨 데이터", "é", "😀",
    "docker", "run", "-v", "--mount", "rm", "-f", "volume", "ls", "cat", "echo", "touch", "mkdir",
    "sed", "curl", "sudo", "cd", "pwd", "$(pwd)", "$PWD", "${PWD}", "${HOME}", "$?", "~/", "..", "/",
    "feedback-app", "feedback-node", "data", "feedback", "/app", "/var/lib/docker/volumes",
    "localhost:3000", "-X", "POST", "-d", "title=x",
]

nasty_text = st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\n"), max_size=40)
garbage_line = st.lists(st.one_of(st.sampled_from(NASTY_TOKENS), nasty_text), min_size=1, max_size=14).map("".join)


def flag_value(var: str) -> st.SearchStrategy[str]:
    common = st.sampled_from(["", "0", "-1", "1", "99999999999999999999", "abc", "x=y", "한국어", "=", ":", "a,b",
                              "3000:80", "80", "/app", "data:/app/feedback", "1m", "1.5", "true", "false",
                              "{{.Name}}", "{{json .}}", "{{.Bogus}}", "{{", "table {{.ID}}\\t{{.Names}}",
                              "name=feedback", "label=x", "dangling=true", "status=exited"])
    typed = {
        "int": st.integers(-10**12, 10**12).map(str),
        "uint16": st.integers(-5, 70000).map(str),
        "decimal": st.floats(allow_nan=True, allow_infinity=True).map(str),
        "list": st.one_of(mount_v_spec, port_spec),
        "mount": mount_mount_spec,
    }.get(var)
    return st.one_of(common, nasty_text, typed) if typed is not None else st.one_of(common, nasty_text)


port_spec = st.builds(
    lambda parts: ":".join(parts),
    st.lists(st.one_of(st.sampled_from(["3000", "80", "0", "65535", "65536", "-1", "127.0.0.1", "", "80/udp",
                                        "3000-3005", "[::1]", "abc", "0.0.0.0"]),
                       st.integers(-1, 70000).map(str)), min_size=1, max_size=4),
)

V_SOURCES = ["", "data", "feedback", "vol1", "$(pwd)/feedback", "$(pwd)", "/tmp", ".", "./feedback", "~/x",
             "/", "/var/lib/docker", "/var/lib/docker/volumes/data/_data", "한글", "a b", "-", "..", "/nonexistent",
             "UPPER", "x" * 300, "/app/temp", "C:\\x"]
V_DESTS = ["/app/feedback", "/app", "/", "relative", "/app/temp", "", "/app/node_modules", "/app/../etc",
           "/app/feedback/", "/tmp", "//app", "/app/server.js", "/x" * 50, "/한국어", "/proc"]
V_OPTS = ["ro", "rw", "nocopy", "ro,nocopy", "z", "Z", "bogus", "rprivate", "shared", "ro,rw", "", "consistent"]

mount_v_spec = st.one_of(
    # plausible: [SRC:]DST[:OPTS]
    st.tuples(st.sampled_from(V_SOURCES), st.sampled_from(V_DESTS), st.sampled_from(V_OPTS)).map(
        lambda t: ":".join(p for i, p in enumerate(t) if p or i == 1)),
    # chaos
    st.lists(st.one_of(st.sampled_from(V_SOURCES + V_DESTS + V_OPTS), nasty_text), min_size=1, max_size=4).map(":".join),
)

MOUNT_KEYS = ["type", "source", "src", "target", "destination", "dst", "readonly", "ro", "volume-nocopy",
              "volume-opt", "volume-driver", "volume-subpath", "tmpfs-size", "tmpfs-mode", "bind-propagation",
              "bind-recursive", "consistency", "bogus", "", "TYPE"]
MOUNT_VALUES = ["volume", "bind", "tmpfs", "npipe", "cluster", "image", "data", "feedback", "/app/feedback",
                "/app/temp", "/app", "$(pwd)/feedback", "/home/learner/feedback-app/feedback", "true", "false",
                "1", "0", "yes", "", "100m", "-1", "1777", "rprivate", "x=y", "한국어", "a\"b"]
mount_pair = st.one_of(
    st.tuples(st.sampled_from(MOUNT_KEYS), st.one_of(st.sampled_from(MOUNT_VALUES), nasty_text)).map(lambda kv: "=".join(kv)),
    st.sampled_from(["readonly", "ro", "volume-nocopy", "=", "type", "==", ",,"]),
)
mount_mount_spec = st.one_of(
    # plausible: type=...,src=...,dst=...[,readonly][,volume-nocopy]
    st.tuples(st.sampled_from(["type=volume", "type=bind", "type=tmpfs", ""]),
              st.sampled_from(["", "src=data", "source=feedback", "src=vol1", "src=/tmp",
                               "source=/home/learner/feedback-app/feedback", "src=한국어", "src=."]),
              st.sampled_from(["dst=/app/feedback", "target=/app/temp", "destination=/app", "dst=/", "dst=rel", ""]),
              st.lists(st.sampled_from(["readonly", "ro=true", "ro=false", "volume-nocopy", "tmpfs-size=1m",
                                        "tmpfs-mode=1777", "bind-propagation=shared", "volume-opt=type=nfs"]),
                       max_size=2)).map(lambda t: ",".join(p for p in [t[0], t[1], t[2], *t[3]] if p)),
    # chaos
    st.lists(mount_pair, min_size=1, max_size=6).map(",".join),
)

POSITIONALS = ["feedback-app", "feedback-node", "data", "feedback", "node:14", "node", "busybox", "alpine", "ubuntu",
               "nosuchimage", "feedback-app2", "sha256:", "0", "-", "--", ".", "Dockerfile", "/app", "/app/x",
               "ls", "sh", "-c", "echo hi > /app/y", "node server.js", "sleep 1000", "cat /app/server.js"]


@st.composite
def docker_command(draw: st.DrawFn) -> tuple[str, bool]:
    """A docker command with real and made-up flags. Returns (line, every word shell-quoted)."""
    quote_all = draw(st.booleans())
    words: list[str] = []
    for _ in range(draw(st.integers(0, 1))):
        words += draw(flag_words(GLOBAL_FLAGS))
    if draw(st.integers(0, 9)) == 0:
        words += draw(st.sampled_from(["bogus", "volume bogus", "container bogus", "image", "help", "version",
                                       "swarm", "network ls", "system", "cp"])).split()
        flags = []
    else:
        cmd = draw(st.sampled_from(COMMANDS))
        words += cmd.split()
        flags = CLI[cmd]["flags"]
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.integers(0, 9))
        if kind <= 4 and flags:
            words += draw(flag_words(flags))
        elif kind <= 5:
            words.append(draw(st.sampled_from(["--bogus", "-Z", "--rmm", "---rm", "--=", "-", "--", "--help",
                                               "-h", "--v", "--Force", "-qZ", "--name=", "--format"])))
        else:
            words.append(draw(st.one_of(st.sampled_from(POSITIONALS), nasty_text)))
    if quote_all:
        return " ".join(["docker", *map(shlex.quote, words)]), True
    return " ".join(["docker", *words]), False


def flag_words(flags: list[dict]) -> st.SearchStrategy[list[str]]:
    @st.composite
    def one(draw: st.DrawFn) -> list[str]:
        f = draw(st.sampled_from(flags))
        takes_value = f["var"] != ""
        names = [f"--{f['long']}"] + ([f"-{f['short']}"] if f["short"] else [])
        name = draw(st.sampled_from(names))
        if not takes_value:
            return [draw(st.sampled_from([name, f"{name}=true", f"{name}=false", f"{name}=maybe"]))]
        value = draw(flag_value(f["var"]))
        form = draw(st.integers(0, 3))
        if form == 0:
            return [name, value]
        if form == 1 and name.startswith("--"):
            return [f"{name}={value}"]
        if form == 2:
            return [name]  # missing value
        return [name + value] if not name.startswith("--") else [name, value]
    return one()


@st.composite
def mount_run(draw: st.DrawFn) -> str:
    sub = draw(st.sampled_from(["run", "create", "container run"]))
    words = ["docker", sub]
    if "run" in sub and draw(st.booleans()):
        words.append("-d")
    if draw(st.booleans()):
        words.append("--rm")
    for _ in range(draw(st.integers(1, 3))):
        if draw(st.booleans()):
            words += ["-v", shlex.quote(draw(mount_v_spec)) if draw(st.booleans()) else draw(mount_v_spec)]
        else:
            words += ["--mount", shlex.quote(draw(mount_mount_spec))]
    if draw(st.integers(0, 3)) == 0:
        words += ["--volumes-from", draw(st.sampled_from(["feedback-app", "nosuch", "data"]))]
    if draw(st.integers(0, 3)) == 0:
        words.append("--read-only")
    if draw(st.integers(0, 3)) == 0:
        words += ["--tmpfs", draw(st.sampled_from(["/app/temp", "/app", "/", "x", "/app/temp:size=1m", ""]))]
    words.append(draw(st.sampled_from(["feedback-node", "busybox", "node:14"])))
    if draw(st.booleans()):
        words += draw(st.sampled_from([["ls", "/app"], ["sh", "-c", "'touch /app/feedback/x; ls /app'"],
                                       ["touch", "/app/temp/x"], ["cat", "/app/server.js"]]))
    return " ".join(words)


TEMPLATE_FUNCS = ["json", "index", "len", "upper", "lower", "join", "split", "title", "truncate", "pad", "printf",
                  "print", "println", "eq", "not", "and"]
TEMPLATE_ARGS = [".Names", ".ID", ".Name", "3", "-1", '"x"', '","', '"%s"', '"%s %s"', '"a\\nb"', ".Mounts",
                 ".Config.Env", ".", "$", ".Labels", ".State", "`x`"]
TEMPLATE_BITS = ["{{", "}}", "{{.Names}}", "{{.ID}}", "{{json .}}", "{{range .Mounts}}", "{{end}}", "{{if .Name}}",
                 "{{else}}", "{{with .State}}", "\\t", "\\n", "table ", "{{.Bogus}}", "{{.Name.Foo}}", "{{.}}",
                 "{{$}}", "{{ .Name | json }}", "{{- .ID -}}", "{{/* c */}}", " ", "x", "{{3}}"]


@st.composite
def template(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if draw(st.booleans()):
            fn = draw(st.sampled_from(TEMPLATE_FUNCS))
            args = draw(st.lists(st.sampled_from(TEMPLATE_ARGS), max_size=3))
            parts.append("{{" + " ".join([fn, *args]) + "}}")
        else:
            parts.append(draw(st.sampled_from(TEMPLATE_BITS)))
    return "".join(parts)


FORMAT_COMMANDS = ["docker ps -a --format {}", "docker inspect -f {} feedback-app", "docker inspect -f {} data",
                   "docker volume ls --format {}", "docker images --format {}", "docker volume inspect -f {} data",
                   "docker image inspect -f {} feedback-node", "docker history --format {} feedback-node",
                   "docker system df --format {}", "docker container ls --format {}"]

EXIT_LINES = ["exit {}", "docker exec feedback-app sh -c 'exit {}'", "docker run --rm feedback-node sh -c 'exit {}'",
              "docker exec feedback-app sh -c 'false; exit {}'"]


# -- the property tests -----------------------------------------------------------------------------


@fuzz(150)
@given(line=garbage_line)
def test_garbage_text(line: str) -> None:
    check(base_world(), line)


@fuzz(150)
@given(cmd=docker_command())
def test_docker_flags(cmd: tuple[str, bool]) -> None:
    line, quoted = cmd
    check(base_world(), line, plain_docker=quoted)


@fuzz(150)
@given(line=mount_run())
def test_mount_specs(line: str) -> None:
    r = check(base_world(), line)
    if r is not None and r.exit_code == 0:  # then the next commands on the new world still behave
        for follow in ("docker ps -a", "docker volume ls", "docker system df", "docker rm -f -v $(docker ps -aq)",
                       "docker volume prune -a -f"):
            r = check(r.world, follow)
            assert r is not None


@fuzz(30)
@given(prefix=st.sampled_from(["echo ", "docker run --name ", "docker volume create ", "touch ", "mkdir -p ",
                               "curl -d title=", "docker exec feedback-app touch /app/", "cat ", "docker run -v ",
                               "docker inspect -f ", "sed -i s/a/"]),
       arg=st.one_of(st.text(min_size=1000, max_size=8000),
                     st.builds(lambda c, n: c * n, st.sampled_from(["a", "/", "한", "'", "\\", "x/", "$"]),
                               st.integers(250, 8000))))
def test_long_arguments(prefix: str, arg: str) -> None:
    assume("\n" not in arg)
    check(base_world(), prefix + arg)


@fuzz(20)
@given(head=st.sampled_from(["docker run -d ", "echo ", "", "rm -rf ", "docker rm -f feedback-app ; echo "]),
       n=st.integers(MAX_LINE - 20, 3 * MAX_LINE), ch=st.sampled_from(["a", "한", " ", "'", "-v x "]))
def test_over_long_lines(head: str, n: int, ch: str) -> None:
    line = head + ch * n
    r = check(base_world(), line)
    assert r is not None
    if len(line) > MAX_LINE:
        assert r.exit_code == 2 and "at most" in r.text[0]


@fuzz(40)
@given(line=st.sampled_from(["docker volume prune", "docker volume prune -a", "docker container prune"]),
       answer=st.one_of(st.sampled_from(["y", "Y", "yes", "n", "", " y", "y\x00", "한"]), nasty_text))
def test_prompt_answers(line: str, answer: str) -> None:
    w = base_world()
    first = check(w, line)
    assert first is not None and first.prompt and first.world is w
    check(w, line, answer=answer)


@fuzz(150)
@given(cmd=st.sampled_from(FORMAT_COMMANDS), tmpl=template())
def test_format_templates(cmd: str, tmpl: str) -> None:
    check(base_world(), cmd.format(shlex.quote(tmpl)))


@fuzz(40)
@given(cmd=st.sampled_from(EXIT_LINES),
       n=st.one_of(st.integers(-300, 1000).map(str), st.sampled_from(["", "abc", "1 2", "-", "0x10", "99999999999"])))
def test_exit_statuses(cmd: str, n: str) -> None:
    check(base_world(), cmd.format(n))


# -- regression tests for bugs fuzzing found ----------------------------------------------------------


def test_syntax_error_after_substitution_changes_nothing() -> None:
    w = base_world()
    r = apply(w, 'echo $(touch zz) "abc')
    assert r.exit_code == 2 and SYNTAX.match(r.text[0])
    assert same_but_clock(w, r.world)  # bash parses the whole line first: zz must not exist


def test_command_substitution_output_newline() -> None:
    r = apply(base_world(), 'echo "$(ls)"')
    assert all("\n" not in t for t in r.text), r.text


TEMPLATE_CRASHES = [
    # (line, exit status, what it prints): each raised a Python exception once. Go's text/template
    # reports a call's wrong arguments when it runs ("executing ... at <fn>"); printf's missing
    # operands and a quoted "\n" are not errors at all (fmt prints %!s(MISSING); the newline is output).
    ("docker ps --format '{{json}}'", 1, "at <json>: wrong number of args for json: want 1 got 0"),
    ("docker ps --format '{{json .Names .ID}}'", 1, "at <json>: wrong number of args for json: want 1 got 2"),
    ("docker inspect -f '{{index}}' feedback-app", 1, "at <index>: wrong number of args for index: want at least 1 got 0"),
    ("docker inspect -f '{{len}}' feedback-app", 1, "at <len>: wrong number of args for len: want 1 got 0"),
    ("docker inspect -f '{{len 3}}' feedback-app", 1, "at <len 3>: error calling len: len of type int"),
    ("docker inspect -f '{{upper .Name .Id}}' feedback-app", 1, "at <upper>: wrong number of args for upper: want 1 got 2"),
    ("docker inspect -f '{{join .Config.Env}}' feedback-app", 1, "at <join>: wrong number of args for join: want 2 got 1"),
    # the typed struct fails first; the raw JSON fallback's error is the one shown (inspector.go)
    ("docker inspect -f '{{join .Config.Env 3}}' feedback-app", 1, "at <.Config.Env>: wrong type for value; expected []string"),
    ("docker inspect -f '{{split .Name}}' feedback-app", 1, "at <split>: wrong number of args for split: want 2 got 1"),
    ("docker inspect -f '{{split .Name 3}}' feedback-app", 1, "at <3>: expected string; found 3"),
    ("docker inspect -f '{{truncate .Name \"x\"}}' feedback-app", 1, 'at <"x">: expected integer; found "x"'),
    ("docker inspect -f '{{pad}}' feedback-app", 1, "at <pad>: wrong number of args for pad: want 3 got 0"),
    ("docker inspect -f '{{printf}}' feedback-app", 1, "at <printf>: wrong number of args for printf: want at least 1 got 0"),
    ("docker inspect -f '{{printf \"%s %s\" .Name}}' feedback-app", 0, "/feedback-app %!s(MISSING)"),
    ("docker inspect -f '{{printf \"%s\\n\" .Name}}' feedback-app", 0, "/feedback-app\n"),
    # the formatter turns a written \n into a newline before parsing (formatter.go preFormat), so the
    # quoted string holds a newline: Go's lexer calls it unterminated
    ("docker ps --format '{{\"a\\nb\"}}'", 1, "template: :1: unterminated quoted string"),
]


@pytest.mark.parametrize(("line", "code", "says"), TEMPLATE_CRASHES, ids=[c[0] for c in TEMPLATE_CRASHES])
def test_template_errors_do_not_raise(line: str, code: int, says: str) -> None:
    r = check(base_world(), line)
    assert r is not None and r.exit_code == code, (line, r and r.text)
    if code:  # text/template's error, after the CLI's prefix (inspect: after the empty line Flush writes)
        errors = [t for t in r.text if t]
        assert len(errors) == 1, r.text
        assert re.match(r'(template parsing error|failed to (execute|parse) template): template: :1:', errors[0]), r.text
        assert says in errors[0], r.text
    else:
        assert r.text == says.split("\n"), r.text


@pytest.mark.parametrize(("line", "code"), [
    ("exit 300", 44),
    ("docker exec feedback-app sh -c 'exit 300'", 44),
    ("docker run --rm feedback-node sh -c 'exit 256'", 0),
    ("exit -1", 255),
    ("exit abc", 2),
])
def test_exit_status_is_a_byte(line: str, code: int) -> None:
    assert apply(base_world(), line).exit_code == code


def test_table_format_newline() -> None:
    r = apply(base_world(), "docker ps --format 'table {{.Names}}\\n{{.ID}}'")
    assert all("\n" not in t for t in r.text), r.text


@pytest.mark.parametrize(("line", "want"), [
    ("false; echo $?", "1"),
    ("cd /tmp; echo $PWD", "/tmp"),
    ("touch a1; echo $(ls a1)", "a1"),
])
def test_expansion_happens_when_the_command_runs(line: str, want: str) -> None:
    assert apply(base_world(), line).text == [want]


# -- deterministic bulk run -------------------------------------------------------------------------


def random_line(rng: random.Random) -> str:
    kind = rng.randrange(10)
    if kind <= 2:  # token soup
        parts = []
        for _ in range(rng.randint(1, 12)):
            if rng.random() < 0.6:
                parts.append(rng.choice(NASTY_TOKENS))
            else:
                parts.append("".join(chr(rng.choice([rng.randint(0, 0x7f), rng.randint(0xAC00, 0xD7A3),
                                                      rng.randint(0x80, 0x2FFF)])) for _ in range(rng.randint(1, 8))))
        return "".join(parts).replace("\n", " ")
    if kind <= 6:  # a docker command with real and made-up flags
        cmd = rng.choice(COMMANDS)
        words = ["docker", *cmd.split()]
        flags = CLI[cmd]["flags"]
        for _ in range(rng.randint(0, 5)):
            r = rng.random()
            if r < 0.55 and flags:
                f = rng.choice(flags)
                name = f"-{f['short']}" if f["short"] and rng.random() < 0.4 else f"--{f['long']}"
                words.append(name)
                if f["var"] and rng.random() < 0.9:
                    words.append(shlex.quote(rng.choice(
                        ["", "0", "-1", "abc", "data:/app/feedback", "/app/temp", "3000:80", "{{.Name}}", "x=y",
                         "type=volume,src=data,dst=/app/feedback", "type=tmpfs,dst=/app/temp", "한국어",
                         "type=bind,src=/tmp,dst=/x,readonly", rng.choice(V_SOURCES) + ":" + rng.choice(V_DESTS)])))
            elif r < 0.65:
                words.append(rng.choice(["--bogus", "-Z", "--rmm", "--", "-", "--help"]))
            else:
                words.append(shlex.quote(rng.choice(POSITIONALS)))
        return " ".join(words)
    if kind == 7:  # a host/container shell command
        return rng.choice([
            "ls -la", "cat server.js", "echo hi > feedback/a.txt", "rm -rf feedback", "mkdir -p a/b/c", "cd ..",
            "cd ~/feedback-app", "sudo ls /var/lib/docker/volumes", "curl -s localhost:3000/",
            "curl -s -X POST -d title=T -d text=x localhost:3000/create", "sed -i 's/80/81/g' server.js",
            "docker exec feedback-app sh -c 'ls /app; rm -rf /app/feedback/*'", "docker stop feedback-app",
            "docker start feedback-app", "docker logs feedback-app", "docker diff feedback-app",
            "docker commit feedback-app snap", "docker build -t feedback-node .", "cat $(echo server.js)",
        ])
    if kind == 8 and rng.random() < 0.5:  # a Go template or an exit status
        if rng.random() < 0.7:
            bits = [rng.choice(TEMPLATE_BITS) if rng.random() < 0.5 else
                    "{{" + " ".join([rng.choice(TEMPLATE_FUNCS)] + rng.sample(TEMPLATE_ARGS, rng.randint(0, 2))) + "}}"
                    for _ in range(rng.randint(1, 3))]
            return rng.choice(FORMAT_COMMANDS).format(shlex.quote("".join(bits)))
        return rng.choice(EXIT_LINES).format(rng.randint(-5, 400))
    if kind == 8:  # a long argument
        return rng.choice(["echo ", "touch ", "docker volume create "]) + rng.choice("ab/한'$\\") * rng.randint(200, 8000)
    return "docker run -d " + " ".join(
        rng.choice(["-v ", "--mount "]) + shlex.quote(rng.choice(V_SOURCES) + ":" + rng.choice(V_DESTS)
                                                      + rng.choice(["", ":ro", ":nocopy", ":bogus"]))
        for _ in range(rng.randint(1, 3))) + " feedback-node"


def test_bulk_garbage_deterministic() -> None:
    rng = random.Random(20260302)
    w = base_world()
    start = time.monotonic()
    for i in range(2000):
        line = random_line(rng)
        try:
            r = apply(w, line, rng.choice([None, "y", "n"]))
        except Exception as exc:
            raise AssertionError(f"line {i}: apply raised on {line!r}") from exc
        assert isinstance(r.exit_code, int), (line, r.exit_code)
        assert 0 <= r.exit_code <= 255, (line, r.exit_code)
        w = r.world
        if i % 250 == 249:
            w = base_world()  # keep the world from filling up with containers
    assert time.monotonic() - start < 30


# -- every line a hunt ever found (tests/fuzz_regressions.txt) -------------------------------------

FOUND = [line for line in (Path(__file__).parent / "fuzz_regressions.txt").read_text().splitlines()
         if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize("line", [
    pytest.param(line.removeprefix("pending: "), marks=pytest.mark.xfail(strict=True, reason="a known bug, not fixed yet"))
    if line.startswith("pending: ") else line for line in FOUND])
def test_found_by_fuzzing(line: str) -> None:
    check(base_world(), line)
