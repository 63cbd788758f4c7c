"""Compound commands, $(( )) and shell loops as a container's main process (the transcripts 112-114
show them as a learner sees them; these check the parts and the limits)."""

from __future__ import annotations

import pickle
import time

import pytest

from app.engine import apply, initial_world
from app.engine.budget import MAX_STEPS
from app.engine.shellarith import ArithError, evaluate, message
from app.engine.shellgrammar import GrammarError, parse, script_commands
from app.engine.world import MAX_LOG_LINES, World
from tests.helpers import out, run

# A runaway line must end by its step budget. The time bound is only what tells a budget that
# stopped working (a line that never ends) from one that works; how fast it ends is measured in
# benchmarks/hostile.py (these take 0.7-0.8 s on a quiet machine, and over 1 s beside a browser test run).
ENDS_WITHIN = 3.0

ENDLESS = [
    "while true; do :; done",
    "until false; do echo x > /dev/null; done",
    "while :; do x=$((x + 1)); done",
    "while true; do echo a | cat > /dev/null; done",
    "while true; do for i in 1 2 3 4 5 6 7 8 9 10; do :; done; done",
    "while true; do :;:;:;:;:;:;:;:;:;:;:;:;:;:;:;:;:;:;:;:; done",
    "while true; do ( : ); { :; }; case a in a) ;; esac; done",
    "while true; do continue; done",
    "while true; do sleep 1; done",
]


@pytest.mark.parametrize("line", ENDLESS)
def test_an_endless_loop_ends_at_the_budget_fast_and_changes_nothing(line: str) -> None:
    world = initial_world()
    start = time.process_time()
    result = apply(world, line)
    took = time.process_time() - start
    assert result.exit_code == 1
    assert result.text[-1].startswith(f"layerlab: this command line does more than {MAX_STEPS:,} steps")
    assert result.world is world  # nothing was changed: not even the clock the sleeps moved
    assert took < ENDS_WITHIN, f"{line}: {took:.2f} s"


@pytest.mark.parametrize("line", ["seq 1 100000000 | wc -l", "for i in $(seq 1 100000000); do :; done",
                                  "seq 0 0.5 100000000 > /dev/null"])
def test_a_long_seq_ends_at_the_budget_fast(line: str) -> None:
    world = initial_world()
    start = time.process_time()
    result = apply(world, line)
    assert time.process_time() - start < ENDS_WITHIN
    assert result.exit_code == 1 and result.world is world


@pytest.mark.parametrize("line", ["while read l; do :; done < big.txt", "while read l; do touch x; done < big.txt",
                                  "cat big.txt | while read l; do echo $l; done | wc -l"])
def test_reading_a_large_file_a_line_at_a_time_ends_at_the_budget_fast(line: str) -> None:
    world, results = run("seq 1 200000 > big.txt")
    start = time.process_time()
    result = apply(world, line)
    assert time.process_time() - start < ENDS_WITHIN
    assert result.exit_code == 1 and result.world is world


def test_read_takes_a_line_at_a_time() -> None:
    _, results = run("printf 'a b c\\nd\\n' > f; while read x y; do echo \"$y|$x\"; done < f",
                     "read -r one two <<'E'; echo \"$one/$two\"\np\\q r s\nE")
    assert out(results[0]) == ["b c|a", "|d"]
    assert out(results[1]) == ["p\\q/r s"]


def test_dash_names_the_line_of_a_scripts_command() -> None:
    script = "echo one\nfor i in 1; do\n  nope\ndone\nmissing"
    _, results = run(f"printf '{script}' > s.sh", "docker run --rm -v $PWD/s.sh:/s.sh node:14 sh /s.sh")
    # dash 0.5.10 (node:14's) names the script twice: options.c procargs set commandname too
    assert out(results[1])[1:] == ["/s.sh: 3: /s.sh: nope: not found", "/s.sh: 5: /s.sh: missing: not found"]


def test_loops_within_the_budget_run_to_their_end() -> None:
    _, results = run("n=0; while [ $n -lt 2000 ]; do n=$((n + 1)); done; echo $n")
    assert out(results[-1]) == ["2000"]


@pytest.mark.parametrize(("expr", "value"), [
    ("1 + 2 * 3", 7), ("(1 + 2) * 3", 9), ("-7 / 2", -3), ("-7 % 2", -1), ("2 ** 10", 1024),
    ("1 << 62 << 2", 0), ("9223372036854775807 + 1", -9223372036854775808), ("0x1F + 010", 39),
    ("3 > 2 && 0 || 5", 1), ("0 ? 1 / 0 : 4", 4), ("0 && 1 / 0", 0), ("!0 + ~0", 0), ("n", 0), ("", 0),
    ("a = 3, a * 2", 6), ("b", 12),
])
def test_arithmetic(expr: str, value: int) -> None:
    env = {"b": "a * 4", "a": "3"}
    assert evaluate(expr, env) == value


def test_arithmetic_assignments_set_variables() -> None:
    env: dict[str, str] = {"i": "4"}
    assert evaluate("i += 2", env) == 6 and env["i"] == "6"
    assert evaluate("i++", env) == 6 and env["i"] == "7"
    assert evaluate("--i", env) == 6 and env["i"] == "6"


@pytest.mark.parametrize(("expr", "kind", "token"), [
    ("1/0", "div0", "0"), (" 5 % 0 ", "div0", "0 "), ("1/0+2", "div0", "0+2"), ("1 +", "operand", "+"),
    ("1 2", "junk", "2"), ("1 @ 2", "operator", "@ 2"), ("(1", "paren", ""), ("x", "recursion", "x"),
    ("(" * 30 + "1" + ")" * 30, "recursion", "(" * 5 + "1" + ")" * 30),
])
def test_arithmetic_errors_name_bashs_error_token(expr: str, kind: str, token: str) -> None:
    env = {"x": "x"}
    with pytest.raises(ArithError) as caught:
        evaluate(expr, env)
    assert (caught.value.kind, caught.value.token) == (kind, token)


def test_arithmetic_messages_per_shell() -> None:
    exc = ArithError("div0", "1/0", "0")
    assert message(exc, "bash", "bash: ") == 'bash: 1/0: division by 0 (error token is "0")'
    assert message(exc, "sh", "sh: 3: ") == 'sh: 3: arithmetic expression: division by zero: "1/0"'
    assert message(exc, "ash", "sh: ") == "sh: divide by zero"


@pytest.mark.parametrize(("text", "bash", "dash", "ash"), [
    ("if true; fi", "syntax error near unexpected token `fi'", '"fi" unexpected (expecting "then")',
     'unexpected "fi" (expecting "then")'),
    ("while :; do :", "syntax error: unexpected end of file", 'end of file unexpected (expecting "done")',
     'unexpected end of file (expecting "done")'),
    ("for i in a; echo", "syntax error near unexpected token `echo'", 'word unexpected (expecting "do")',
     'unexpected word (expecting "do")'),
    ("case a in a) :; ) x", "syntax error near unexpected token `)'", '")" unexpected (expecting ";;")',
     'unexpected ")" (expecting ";;")'),
    ("( a ) b", "syntax error near unexpected token `b'", "word unexpected", "unexpected word"),
    ("{ :; }\ndone", "syntax error near unexpected token `done'", '"done" unexpected', 'unexpected "done"'),
])
def test_syntax_errors_in_each_shells_words(text: str, bash: str, dash: str, ash: str) -> None:
    with pytest.raises(GrammarError) as caught:
        parse(text)
    assert (str(caught.value), caught.value.posix(False), caught.value.posix(True)) == (bash, dash, ash)


def test_a_script_is_read_a_command_at_a_time() -> None:
    text = "echo a\nif true; then\n  echo b\nfi\ncat <<E\nx\nE\n\nwhile :; do"
    assert list(script_commands(text)) == [
        (1, "echo a"), (2, "if true; then\n  echo b\nfi"), (5, "cat <<E\nx\nE"), (9, "while :; do")]


def test_a_loop_that_writes_without_sleeping_stays_running_with_the_logs_capped() -> None:
    start = time.process_time()
    world, results = run("docker run -d --name spinner node:14 sh -c 'while true; do echo x; done'",
                         "docker logs spinner | wc -l", "docker inspect -f '{{.State.Running}}' spinner")
    assert time.process_time() - start < 2.0
    assert [r.exit_code for r in results] == [0, 0, 0]
    assert out(results[1]) == [str(MAX_LOG_LINES)]
    assert out(results[2]) == ["true"]


def test_a_loops_lines_reach_the_log_as_the_clock_passes_them() -> None:
    world, results = run("docker run -d --name ticker node:14 sh -c 'while :; do echo t; sleep 10; done'",
                         "docker logs ticker | wc -l", "sleep 30", "docker logs ticker | wc -l")
    assert out(results[1]) == ["1"]
    assert out(results[3]) == ["4"]
    process = world.containers[next(iter(world.containers))].process
    assert all(when > world.clock for when, _ in process["pending"])  # nothing of the past is held back
    assert process["resume"]["at"] > world.clock  # and nothing is run ahead: it sleeps until then


def test_what_a_sleeping_loop_writes_to_files_happens_as_the_clock_passes() -> None:
    # run ahead, the loop wrote a thousand lines to its file the moment it started
    world, results = run("docker run -d --name lp node:14 sh -c 'n=0; while true; do n=$((n+1)); "
                         "echo \"$n $(date +%S)\" >> /tmp/log; sleep 1; done'",
                         "docker exec lp cat /tmp/log", "sleep 3", "docker exec lp cat /tmp/log",
                         "docker exec lp wc -l /tmp/log")
    assert out(results[1]) == ["1 01", "2 02"]
    assert out(results[3]) == [f"{n} {n:02d}" for n in range(1, 8)]  # one a second, counting on
    assert out(results[4]) == ["8 /tmp/log"]


def test_an_hour_of_passes_is_caught_up_a_part_at_each_command() -> None:
    world, results = run("docker run -d --name lp node:14 sh -c 'while :; do echo x >> /tmp/log; sleep 1; done'",
                         "sleep 3600", "docker exec lp wc -l /tmp/log")
    caught = int(out(results[2])[0].split()[0])
    assert 100 < caught < 3600  # a part of the hour, not all of it at once, and not nothing
    process = world.containers[next(iter(world.containers))].process
    assert process["resume"]["at"] <= world.clock  # still behind: the next command runs it on
    later = apply(apply(world, "true").world, "docker exec lp wc -l /tmp/log")
    assert int(out(later)[0].split()[0]) > caught


def passes(world: World, names: list[str]) -> list[int]:
    return [int(out(apply(world, f"docker exec {name} cat /tmp/n"))[0]) for name in names]


def test_the_loops_asleep_share_one_budget_at_each_moment_the_furthest_behind_first() -> None:
    # forty containers whose passes each take 90,000 steps made every command of the learner run
    # them all (3.6 million steps, 160 ms): a moment runs them on one budget, the furthest behind first
    heavy = "n=0; while true; do n=$((n+1)); echo $n > /tmp/n; seq 1 23000 > /dev/null; sleep 1; done"
    light = "n=0; while true; do n=$((n+1)); echo $n > /tmp/n; sleep 1; done"
    names = [f"h{i}" for i in range(6)]
    world, _ = run(*[f"docker run -d --name {name} node:14 sh -c '{heavy}'" for name in names])
    before = passes(world, names)
    after_one = passes(apply(world, "true").world, names)
    assert sum(after_one) - sum(before) == 1  # one heavy pass fills a moment's budget
    world, _ = run(*["true"] * 20, world=world)
    counts = passes(world, names)
    assert min(counts) >= 2 and max(counts) - min(counts) <= len(names)  # each has its turn, by time
    light_names = [f"l{i}" for i in range(6)]
    world, _ = run(*[f"docker run -d --name {name} node:14 sh -c '{light}'" for name in light_names])
    before = passes(world, light_names)
    assert [a - b for a, b in zip(passes(apply(world, "true").world, light_names), before, strict=True)] == [1] * 6


def test_a_loop_asleep_ends_when_its_condition_fails_later() -> None:
    world, results = run("docker run -d --name few node:14 sh -c 'i=0; while [ $i -lt 3 ]; do i=$((i+1)); "
                         "echo $i; sleep 5; done'", "docker logs few", "sleep 20", "docker logs few",
                         "docker ps -a --format '{{.Status}}'")
    assert out(results[1]) == ["1"]
    assert out(results[3]) == ["1", "2", "3"]
    assert out(results[4]) == ["Exited (0) 9 seconds ago"]  # it ended 15 s after it started, at 16


def test_a_world_with_a_loop_running_is_kept_and_goes_on() -> None:
    world, _ = run("docker run -d --name ticker node:14 sh -c 'while :; do echo t; sleep 1; done'")
    again = pickle.loads(pickle.dumps(world))  # as app/store/sessions.py keeps worlds
    assert out(apply(again, "docker logs ticker")) == out(apply(world, "docker logs ticker")) == ["t", "t"]
