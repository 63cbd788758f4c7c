"""Hostile programs for the tools a learner runs on the host: awk (its split, gsub, arrays, loops and
the nesting its parser and its regular expressions read), sed's and grep's regular expressions, and
a Dockerfile's JSON form. Each ends fast, as the real tool ends it or at the line's budget with its
message, and never as a RecursionError told as something else (tests/test_hostile_lines.py holds
the shell's side)."""

from __future__ import annotations

import time

from app.engine import apply, initial_world
from app.engine.budget import MAX_STEPS
from app.engine.tools.awkparse import MAX_REGEX_GROUPS, TOO_DEEP
from app.engine.world import World
from tests.helpers import out, run

OVER_STEPS = (f"layerlab: this command line does more than {MAX_STEPS:,} steps of work, the most the simulated "
              "terminal does for one line; nothing was changed")
NESTING = "nests $( ) or sh -c"


def timed(world: World, line: str):  # type: ignore[no-untyped-def]
    started = time.process_time()
    r = apply(world, line)
    return r, time.process_time() - started


# -- awk: work charged where it is done -----------------------------------------------------------


def test_awk_split_of_megabytes_ends_at_the_budget() -> None:
    w = initial_world(0)
    for line in ("awk 'BEGIN{s=\"x\"; for(i=0;i<23;i++) s=s s; n=split(s,a,\"\"); print n}'",
                 "awk 'BEGIN{s=\"x,\"; for(i=0;i<22;i++) s=s s; n=split(s,a,\",\"); print n}'",
                 "printf '%08000000d' 0 | awk -F '' '{print NF}'"):
        r, took = timed(w, line)
        # split(s, a, "") of 8 MB made 8 million values and array entries, charged nothing: > 10 s
        assert took < 1, line
        assert (out(r), r.exit_code, r.world is w) == ([OVER_STEPS], 1, True)


def test_awk_split_and_fields_still_count_as_before() -> None:
    _, r = run("awk 'BEGIN{n=split(\"a,b,,c\", x, \",\"); print n, x[4]; print split(\"abc\", y, \"\"), y[2]}'",
               "seq 1000 | awk '{s+=$1} END{print s, NR}'", "echo 'a  b c' | awk '{print NF, $2}'")
    assert [out(x) for x in r] == [["4 c", "3 b"], ["500500 1000"], ["3 b"]]


def test_awk_loops_gsub_and_long_subscripts_reach_the_budget_quickly() -> None:
    w = initial_world(0)
    for line in ("awk 'BEGIN{for(i=0;;i++) a[i]=i}'",  # 1.8 s to the budget: an iteration was two steps
                 "awk 'BEGIN{for(i=0;i<1000000;i++) a[i \"x\"]=i}'",  # 6.0 s: the lists walked were free
                 "awk 'BEGIN{s=\"x\"; for(i=0;i<22;i++) s=s s; gsub(/x/,\"&&&&&&&&&&&&&&&&\",s)}'",  # 3.9 s
                 "awk 'BEGIN{x=sprintf(\"%1000000s\",\"\"); for(i=0;i<200;i++) a[x]++}'"):  # a[x] hashed 1 MB free
        r, took = timed(w, line)
        assert took < 3, line
        assert (out(r), r.exit_code) == ([OVER_STEPS], 1), line


def test_gsub_replaces_as_it_did() -> None:
    _, r = run("echo aXbXc | awk '{gsub(/X/, \"[&]\"); print; gsub(/\\[/, \"\\\\&\"); print}'",
               "echo aaa | awk '{gsub(/a*/, \"-\"); print}'", "echo abc | awk '{n=gsub(//, \"-\"); print n, $0}'")
    assert [out(x) for x in r] == [["a[X]b[X]c", "a&X]b&X]c"], ["-"], ["4 -a-b-c-"]]


# -- awk: nesting, counted the same wherever the program runs -------------------------------------


def _awk(body: str, around: int = 0) -> str:
    """awk running body in BEGIN, inside `around` levels of $( )."""
    return "echo " + "$(echo " * around + "$(awk 'BEGIN{" + body + "}')" + ")" * around


def test_awk_programs_nested_deeply_are_refused_with_awks_words() -> None:
    w = initial_world(0)
    for body in ("print " + "(" * 300 + "1" + ")" * 300, "print " + "a[" * 100 + "1" + "]" * 100,
                 "print " + "- " * 3000 + "1", "print " + "$" * 3000 + "0", "x=" + "1+" * 3000 + "1",
                 "x=" + "y=" * 3000 + "1", "{" * 3000 + "}" * 3000, "if(1)" * 1500 + "x=1",
                 "print " + "1^" * 3000 + "1", "x=" + '"a" ' * 1500):
        r, took = timed(w, _awk(body))
        # each was a RecursionError, answered as if $( ) nested 32 levels (parentheses from 80 deep)
        assert took < 1
        assert out(r) == [f"awk: {TOO_DEEP}", ""], body[:20]
        assert NESTING not in " ".join(out(r))


def test_awk_programs_under_the_bounds_run_alike_wherever_they_run() -> None:
    w = initial_world(0)
    for body, printed in (("print " + "(" * 19 + "1" + ")" * 19, "1"), ("print " + "1+" * 140 + "1", "141"),
                          ("print " + "- " * 70 + "1", "1"), ("x=" + "y=" * 70 + "2; print x", "2"),
                          ("{" * 70 + "print 3" + "}" * 70, "3"), ("if(1)" * 70 + "print 4", "4")):
        for around in (0, 30):  # the stack already 30 $( ) deep: the same answer
            assert out(apply(w, _awk(body, around))) == [printed], (body[:20], around)


def test_awk_regular_expressions_nested_past_mawks_stack_are_refused_as_mawk_refuses_them() -> None:
    w = initial_world(0)
    deep = "(" * (MAX_REGEX_GROUPS + 1) + "a" + ")" * (MAX_REGEX_GROUPS + 1)
    for line in (f"echo a | awk '/{deep}/'", f"echo a | awk '$0 ~ \"{deep}\"'", "echo a | awk '/" + "(" * 3000 + "a" + ")" * 3000 + "/'"):
        r, took = timed(w, line)
        assert took < 1
        assert r.exit_code == 2 and out(r)[0] == ("awk: run time error: regular expression compile failed "
                                                  "(resource exhaustion -- regular expression too large)"), line
    shallow = "(" * MAX_REGEX_GROUPS + "a" + ")" * MAX_REGEX_GROUPS
    assert out(apply(w, f"echo a | awk '/{shallow}/'")) == ["a"]
    assert out(apply(w, "echo '(a' | awk '/\\(" + "[(]" * 100 + "a/ {print \"no\"} /\\(a/'")) == ["(a"]


# -- sed, grep: groups nested past what the regex package reads -----------------------------------


def test_sed_groups_nested_thousands_deep_are_too_big_as_glibc_says_of_a_big_pattern() -> None:
    w, _ = run("docker pull busybox")
    ere, bre = "(" * 2000 + "a" + ")" * 2000, "\\(" * 2000 + "F" + "\\)" * 2000
    r, took = timed(w, f"sed -E 's/{ere}/x/' Dockerfile")
    assert took < 1 and (out(r), r.exit_code) == (["sed: -e expression #1, char 4006: Regular expression too big"], 1)
    r, _ = timed(w, f"sed 's/{bre}/x/' Dockerfile")
    assert out(r) == ["sed: -e expression #1, char 8006: Regular expression too big"]  # was the $( ) message
    r, _ = timed(w, f"docker run --rm busybox sed -E 's/{ere}/x/' /etc/hostname")
    assert out(r)[0].startswith("sed: bad regex '((((") and NESTING not in " ".join(out(r))
    # ninety-nine deep is read as it was
    assert out(apply(w, "sed -E 's/" + "(" * 99 + "F" + ")" * 99 + "/x/' Dockerfile"))[0] == "xROM node:14"


# -- a Dockerfile's JSON form nested past Python's stack ------------------------------------------


def test_a_run_line_of_deeply_nested_json_is_the_shell_form_as_in_docker() -> None:
    nested = "[" * 3000 + "]" * 3000
    w, _ = run(f"printf 'FROM node:14\\nRUN {nested}\\n' > D")
    r, took = timed(w, "docker build -q -f D .")
    # buildkit's parser decodes it (Go's json takes 10,000 levels), and it is no list of strings: the
    # shell form, which runs `[[[...` and fails; it was a RecursionError told as the $( ) message
    assert took < 1 and r.exit_code == 1
    assert NESTING not in " ".join(out(r))
    assert any('process "/bin/sh -c [[[[' in line and "exit code: 127" in line for line in out(r))


# -- bash's brace expansion, and JSON a learner writes, nested deeply -----------------------------


def test_braces_nested_thousands_deep_end_fast_with_their_own_message() -> None:
    w = initial_world(0)
    for word in ("{a,b}" * 1600, "{a," * 2000 + "b" + "}" * 2000):
        r, took = timed(w, "echo " + word)
        # each level read the rest of the word again and recursed: 2.5 s and 1.4 s, then a
        # RecursionError told as $( ) nested 32 levels
        assert took < 1
        assert (out(r), r.exit_code, r.world is w) == (
            ["layerlab: this command line nests brace expansions more than 50 levels deep, the most the simulated "
             "terminal follows; nothing was changed"], 2, True)
    assert out(apply(w, "echo " + "{a," * 50 + "b" + "}" * 50 + " | wc -w")) == ["51"]
    assert out(apply(w, "echo x{a,b}{1..3}")) == ["xa1 xa2 xa3 xb1 xb2 xb3"]


def test_npm_reading_a_package_json_nested_past_pythons_stack_says_it_cannot_parse_it() -> None:
    w, _ = run("printf '%s' \"$(printf '[%.0s' {1..3000})$(printf ']%.0s' {1..3000})\" > package.json")
    r, took = timed(w, "docker build -t x .")
    assert took < 2 and r.exit_code == 1
    assert NESTING not in " ".join(out(r))  # it was the $( ) message for the whole build
    assert any(line.endswith("npm ERR! code EJSONPARSE") for line in out(r))


# -- the shell's arithmetic and test: chains read in a loop ---------------------------------------


def test_arithmetic_chains_thousands_long_are_worked_out_as_bash_does() -> None:
    w = initial_world(0)
    for expression, printed in (("x=" * 3000 + "7", "7"), ("- " * 3000 + "5", "5"), ("!" * 6001 + "0", "1"),
                                ("~" * 3001 + "0", "-1"), ("1**" * 2000 + "3", "1")):
        r, took = timed(w, f"echo $(({expression}))")
        # each recursed past Python's stack: a RecursionError told as $( ) nested 32 levels
        assert took < 3
        assert (out(r), r.exit_code) == ([printed], 0), expression[:10]
    # a ?: in the middle of a ?: nests as a parenthesis does (MAX_DEPTH)
    r = apply(w, "echo $((" + "1?" * 2000 + "1" + ":1" * 2000 + "))")
    assert r.exit_code == 1 and "expression recursion level exceeded" in out(r)[0]
    _, r2 = run("x=3; echo $((x+=y=2)) $x $y $((2**3**2)) $((-2**2)) $((1?1?7:8:9)) $((0?2:0?4:5)) $((z=2**(1?3:4))) $z")
    assert out(r2[0]) == ["5 5 2 512 4 7 5 8 8"]


def test_test_reads_thousands_of_bangs_in_a_loop() -> None:
    w = initial_world(0)
    for bangs, status in ((3000, "0"), (3001, "1")):
        r, took = timed(w, "test " + "! " * bangs + "1; echo $?")
        assert took < 1 and out(r) == [status]  # a RecursionError, told as $( ) nested 32 levels
    _, r = run("test ! !; echo $?", "[ ! -f Dockerfile ]; echo $?", "[ ! ! -f Dockerfile ]; echo $?", "test ! = x")
    assert [out(x) for x in r] == [["1"], ["1"], ["0"], ["bash: test: =: unary operator expected"]]


def test_an_env_line_of_thousands_of_names_is_built_in_linear_time() -> None:
    w, _ = run("(echo 'FROM node:14'; printf 'ENV '; for i in $(seq 8000); do printf 'a%d=1 ' $i; done; echo) > D",
               "(echo 'FROM node:14'; echo 'ENV A=1 B=2 A=3 PATH=/x C=$A'; echo 'ENV B=9'; echo 'ENV A=4') > E")
    r, took = timed(w, "docker build -q -t many -f D .")
    assert took < 3 and r.exit_code == 0  # the image's Env was made again for each name: 4.3 s
    assert out(apply(r.world, "docker image inspect many --format '{{len .Config.Env}}'")) == ["8003"]
    # a name set again keeps its place (buildkit's addEnv: set where it first is, else added at the
    # end; it moved to the end)
    w2 = apply(w, "docker build -q -t few -f E .").world
    assert out(apply(w2, "docker image inspect few --format '{{json .Config.Env}}'")) == [
        '["PATH=/x","NODE_VERSION=14.21.3","YARN_VERSION=1.22.19","A=4","B=9","C="]']


# -- set -x: traced words quoted in linear time ---------------------------------------------------


def test_set_x_over_long_words_ends_fast() -> None:
    w = initial_world(0)
    for line in ("set -x; a=$(printf 'a%.0s' {1..8000}); for i in {1..2000}; do : $a$a$a$a$a$a$a$a$a$a; done",
                 "set -x; x=$(printf '\\001%.0s' {1..8000}); for i in {1..3000}; do : \"$x\" \"$x\" \"$x\"; done",
                 "x=$(printf '\\001%.0s' {1..8000}); for i in {1..3000}; do : ${x@Q}; done"):
        r, took = timed(w, line)
        # each traced word was looked at a character at a time in Python: 2.9 s, and more than 10 s
        # for control characters, each written as $'\001' by a call of its own
        assert took < 3, line
        assert r.exit_code == 1 and r.world is w and "nothing was changed" in out(r)[-1]


def test_set_x_quotes_as_it_did() -> None:
    _, r = run("set -x; : a 'b c' \"it's\" a=~b '#x' x# \"$(printf 'a\\001b')\" ''")
    r += run("x=$(printf 'a\\tb'); echo ${x@Q}")[1]
    assert out(r[0]) == ["++ printf 'a\\001b'", "+ : a 'b c' 'it'\\''s' 'a=~b' '#x' x# $'a\\001b' ''"]
    assert out(r[1]) == ["$'a\\tb'"]


# -- --format templates: control structures nested, counted ----------------------------------------


def test_format_templates_nest_control_structures_to_a_counted_bound() -> None:
    w, _ = run("docker volume create v1")

    def inspect(nested: int, around: int = 0) -> list[str]:
        fmt = "{{if 1}}" * nested + "x" + "{{end}}" * nested
        return out(apply(w, "echo " + "$(echo " * around + f"$(docker volume inspect v1 --format '{fmt}')" + ")" * around))

    # Go's parser recurses without a bound; past the simulator's stack, 240 levels (120 inside 30
    # $( ): the same template parsed or not by where it ran), it was told as Go's limit on
    # parentheses, "max expression depth exceeded"
    for around in (0, 30):
        assert inspect(64, around) == ["x"]
        assert inspect(200, around) == ["template parsing error: layerlab: template nests too deeply to simulate", ""]
    parens = "docker volume inspect v1 --format '{{" + "(" * 64 + "1" + ")" * 64 + "}}'"
    assert out(apply(w, parens)) == ["1"]
    assert out(apply(w, parens.replace("(", "((").replace(")", "))"))) == [  # Go's own limit is 10,000
        "template parsing error: layerlab: template nests too deeply to simulate"]


# -- sed: a space that grows at each turn of a loop -----------------------------------------------


def test_sed_loops_growing_a_space_reach_the_budget_quickly() -> None:
    w, _ = run("docker pull busybox")
    for script in (":a;s/a/aa/;ta", "h;:a;G;ba", ":a;p;ba"):  # 7.6 s, more than 10 s, 1.7 s
        for line in (f"echo a | sed -n '{script}'", f"docker run --rm busybox sh -c \"echo a | sed -n '{script}'\""):
            r, took = timed(w, line)
            assert took < 3, line
            assert (out(r), r.exit_code) == ([OVER_STEPS], 1), line
    r, took = timed(w, "yes | sed 'H;$!d'")  # 3.2 s
    assert took < 3 and out(r) == [OVER_STEPS]


def test_sed_still_joins_and_slurps_files_of_thousands_of_lines() -> None:
    _, r = run("docker pull -q busybox", "seq 20000 > n", "sed -n 'H;${x;s/\\n/,/g;p}' n | wc -c", "sed ':a;N;$!ba;s/\\n/ /g' n | wc -c",
               "docker run --rm -v $PWD/n:/n busybox sed ':a;N;$!ba;s/\\n/ /g' /n | wc -c")
    assert [out(x) for x in r[2:]] == [["108895"], ["108894"], ["108894"]]


# -- a megabyte worked on again and again ---------------------------------------------------------


def test_awk_builtins_over_a_megabyte_in_a_loop_reach_the_budget_quickly() -> None:
    w = initial_world(0)
    big = "s=sprintf(\"%1000000s\",\"\")"
    for body in ("n += (s ~ /x/)", "n += match(s, /x$/)", "t = tolower(s)", "n += split(s, a, \"x\")",
                 "$0 = s", "x = s + 0", "n += (s in a)"):
        r, took = timed(w, f"awk 'BEGIN{{{big}; while(1) {{ {body} }}}}'")
        # each read the megabyte in one C call, charged nothing: 10 s and more (s + 0: a regex
        # skipping the blanks, 0.1 s a time; s in a: the subscript hashed a byte at a time)
        assert took < 3, body
        assert (out(r), r.exit_code) == ([OVER_STEPS], 1), body
    r, took = timed(w, "awk 'BEGIN{s=sprintf(\"%8000s\",\"\"); while(1) print s}'")  # 1.6 s
    assert took < 1 and out(r)[-1] == OVER_STEPS


def test_a_line_written_in_pieces_without_a_newline_is_charged_past_a_megabyte() -> None:
    w = initial_world(0)
    for line in ("x=$(printf 'a%.0s' {1..30000}); for i in $(seq 3000); do printf %s \"$x\"; done | wc -c",
                 "awk 'BEGIN{s=sprintf(\"%8000s\",\"\"); while(1) printf \"%s%s%s%s\", s, s, s, s}' > /dev/null"):
        r, took = timed(w, line)
        # the open line was made again whole at each write: 6.9 s (3.2 s for 300 of awk's)
        assert took < 3, line
        assert out(r) == [OVER_STEPS]
    _, r = run("seq 100000 | tr -d '\\n' | wc -c", "seq 3000 | awk '{printf \"%s,\", $0}' | wc -c")
    assert [out(x) for x in r] == [["488895"], ["13893"]]


def test_a_loop_reading_a_file_while_its_commands_run_is_charged_for_the_copies_as_steps() -> None:
    # each program in the loop gets what is left of the input, a copy: charged to the 32 MiB that
    # pipes move, a 5,000-line file of 23 kB was refused
    _, r = run("seq 5000 > f", "while read l; do printf '%s\\n' $l; done < f | wc -l")
    assert out(r[1]) == ["5000"]
    w, _ = run("seq 200000 > f", "cat f f f f f f f f f f > g")
    r2, took = timed(w, "while read l; do sleep 0; done < g")  # 12.9 MB copied at each pass
    assert took < 1 and out(r2) == [OVER_STEPS]
