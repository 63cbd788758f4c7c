"""A hostile learner's lines that asked the engine for much with few characters: patterns with many
stars, printf reusing its format, folders thousands deep. Each ends fast, as the real tools end it or
at the line's budget with its message, and a refused line changes nothing."""

from __future__ import annotations

import time
import tracemalloc

from app.engine import apply, initial_world
from app.engine.budget import MAX_STREAM
from tests.helpers import out, run


def timed(world, line):  # type: ignore[no-untyped-def]
    started = time.process_time()
    r = apply(world, line)
    return r, time.process_time() - started


# -- patterns: pathname expansion and case (bash lib/glob/sm_loop.c: no backtracking regex) --------


def test_a_pattern_of_many_stars_matches_in_linear_time() -> None:
    w, _ = run("touch " + "a" * 60)
    stars = "*" * 20 + "b"
    r, took = timed(w, f"echo {stars} *a*a*a*a*a*a*a*b")
    assert took < 1  # was a regex that backtracked: 20 stars, a minute; 60 stars, for good
    assert (out(r), r.exit_code) == ([f"{stars} *a*a*a*a*a*a*a*b"], 0)
    r, took = timed(w, "case " + "a" * 60 + " in *a*a*a*a*a*a*a*b) echo y;; " + "*" * 30 + "a) echo n;; esac")
    assert took < 1
    assert out(r) == ["n"]


def test_patterns_match_as_bash_matches_them() -> None:
    _, r = run("touch aaab", "echo *a*a*b [z-a]* [[:upper:]]*", "case a in [[:alpha:]]) echo y;; *) echo n;; esac",
               "case b in [z-a]) echo y;; *) echo n;; esac", "case ab/c in a*c) echo y;; esac",
               "case $'a\\nb' in a?b) echo y;; esac", "case '[x' in [[]x) echo y;; esac")
    # a backwards range matches nothing (it raised: a Python regex's "bad character range"); a
    # character class is one (it was read as the set "[:alph" and a "]")
    assert (out(r[1]), r[1].exit_code) == (["aaab [z-a]* Dockerfile"], 0)
    assert out(r[2]) == ["y"]
    assert (out(r[3]), r[3].exit_code) == (["n"], 0)
    assert out(r[4]) == ["y"] and out(r[5]) == ["y"] and out(r[6]) == ["y"]


# -- printf reusing its format (POSIX: until the arguments run out) ---------------------------------


def test_printf_reads_a_hundred_thousand_arguments_in_linear_time() -> None:
    w = initial_world(0)
    r, took = timed(w, "printf '%s' {1..100000} | wc -c")
    assert took < 2  # was 6.2 s: the rest of the arguments copied at each round
    assert out(r) == [str(sum(len(str(i)) for i in range(1, 100001)))]


def test_printf_making_more_text_than_the_line_holds_ends_changing_nothing() -> None:
    w, _ = run("f=$(printf 'a%.0s' {1..8000})")
    tracemalloc.start()
    try:
        r = apply(w, 'printf "$f%.0s" {1..20000}')
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # 160 MB were made in memory before the terminal kept its first 256 KiB of them
    assert peak < 3 * MAX_STREAM
    assert r.exit_code == 1 and out(r) == [
        f"printf: layerlab: this command makes more than {MAX_STREAM // 2**20} MiB of text, the most the "
        "simulated terminal holds; nothing was changed"]
    assert r.world is w


# -- fields and words that cost much and hold few characters --------------------------------------


def test_parameters_doubled_again_and_again_end_at_the_budget() -> None:
    w = initial_world(0)
    for line in ('set -- 1 2 3 4 5 6 7 8 9 10; for i in $(seq 20); do set -- "$@" "$@"; done; echo $#',
                 "f() { f $@ $@; }; f 1"):
        r, took = timed(w, line)
        assert took < 2, line  # more than 20 s each: "$@" made millions of fields for a few steps
        assert r.exit_code == 1 and "1,000,000 steps" in out(r)[-1] and r.world is w
    _, [r] = run('set -- a "b c" d; set -- "$@" "$@"; echo $# "$@"; for x in $@; do echo -n $x.; done')
    assert out(r) == ["6 a b c d a b c d", "a.b.c.d.a.b.c.d."]


def test_a_long_word_read_as_a_pattern_is_charged() -> None:
    # in dash `a[1]=...` is a command word with a `[`, so a pattern (more than 20 s before it was
    # charged); in bash an array's element, each megabyte of it charged as it is expanded
    w, _ = run("x=$(printf '%01000000d' 0)")
    r, took = timed(w, "sh -c 'x=$(printf %01000000d 0); for i in $(seq 100); do a[$i]=$x; done'")
    assert took < 2
    assert r.exit_code == 1 and "1,000,000 steps" in out(r)[-1] and r.world is w
    r, took = timed(w, "for i in $(seq 100); do a[$i]=$x; done")
    assert took < 2
    assert r.exit_code == 1 and "32 MiB" in out(r)[-1] and r.world is w


def test_declare_p_of_a_long_value_is_quoted_in_linear_time() -> None:
    w, _ = run("x=$(printf '%01000000d' 0)", "y=$'a\\tb\\x01\\'c'")
    r, took = timed(w, "for i in $(seq 30); do declare -p x; done | wc -c")
    assert took < 1.5  # 2.5-3 s: each character looked at by a Python loop, twice (0.6 s now)
    assert out(r) == [str(30 * len('declare -- x="' + "0" * 1000000 + '"\n'))]
    assert out(apply(w, "declare -p y")) == ["declare -- y=$'a\\tb\\001\\'c'"]


def test_braces_thousands_deep_are_matched_in_one_pass() -> None:
    w = initial_world(0)
    r, took = timed(w, "echo " + "{" * 4000 + "a" + "}" * 4000)
    assert took < 1  # 4.5 s and 5 steps: each '{' matched by a scan to its end
    assert (out(r), r.exit_code) == (["{" * 4000 + "a" + "}" * 4000], 0)
    r, took = timed(w, "echo " + "{" * 2000 + "a,b" + "}" * 2000)
    assert took < 1  # 1.2 s
    assert out(r) == [f"{'{' * 1999}a{'}' * 1999} {'{' * 1999}b{'}' * 1999}"]


# -- regular expressions that spell out millions of copies (regexsize.py) ---------------------------


def test_a_regex_of_nested_counts_is_refused_as_too_big() -> None:
    w, _ = run("docker pull busybox", "docker run -d --name aa busybox sleep inf")
    big = "((a{255}){255}){255}"  # sixteen million copies of `a`
    cases = [(f"echo a | sed -E 's/{big}//'", ["sed: -e expression #1, char 24: Regular expression too big"], 1),
             (f"echo a | grep -E '{big}'", ["grep: regular expression too big"], 2),
             ("expr a : '\\(\\(a\\{255\\}\\)\\{255\\}\\)\\{255\\}'", ["expr: Regular expression too big"], 2),
             (f"docker ps --filter 'name={big}' --format '{{{{.Names}}}}'", [], 0),
             (f"docker exec aa sh -c \"echo a | sed -E 's/{big}//'\"",
              [f"sed: bad regex '{big}': Regular expression too big"], 1)]
    for line, said, status in cases:
        r, took = timed(w, line)
        assert took < 0.5, line  # compiling it: sed 11 s, grep 9.3 s, expr 5.4 s, the filter 4.6 s
        assert (out(r), r.exit_code) == (said, status), line
    _, r = run("echo abcabc | sed -E 's/(abc){2}/X/'", "echo 1.2.3.4 | grep -E '^[0-9]{1,3}(\\.[0-9]{1,3}){3}$'",
               "echo aaaa | grep -c 'a\\{4\\}'", "expr aaa : 'a\\{2\\}'", "echo a | grep -cE 'a{32767}|a'")
    assert [out(x) for x in r] == [["X"], ["1.2.3.4"], ["1"], ["2"], ["1"]]


def test_regexes_in_builder_prune_and_busybox_cut_are_bounded() -> None:
    w, _ = run("docker build -q -t feedback-node .", "docker rmi feedback-node", "docker pull busybox")
    r, took = timed(w, "docker builder prune -f --filter 'id=^([0-9a-z]|[0-9a-z]?)+!$'")
    assert took < 1  # 40 s: Python's re, with no bound, over the four records' IDs
    assert (out(r), r.exit_code) == (["Total: 0B"], 0)
    line = "a" * 100 + "!"
    r, took = timed(w, f"docker run --rm busybox sh -c \"echo {line} | cut -F 1 -d '(a|a)*$'\"")
    assert took < 1  # more than 120 s
    assert r.exit_code == 1 and out(r)[-1].startswith("cut: layerlab: this regular expression takes too long")
    _, r = run("docker run --rm busybox sh -c \"echo a b | cut -F 1 -d '('\"",
               "docker run --rm busybox sh -c \"echo a1b22c | cut -F 2,3 -d '[0-9]+' -O -\"", world=w)
    assert (out(r[0]), r[0].exit_code) == (["cut: bad regex '(': Unmatched ( or \\("], 1)  # was a regex.error raised
    assert out(r[1]) == ["b-c"]


# -- sed replacements that multiply the text ---------------------------------------------------------


def test_a_sed_replacement_of_many_pieces_ends_at_the_budget() -> None:
    many = "&" * 256
    script = " ".join(f"-e 's/./{many}/g'" for _ in range(4))  # 256 ** 4 characters from one
    for line in (f"sed -i {script} f", f"docker run --rm -v $PWD:/w busybox sed -i {script} /w/f"):
        w, _ = run("echo a > f", "docker pull busybox")
        r, took = timed(w, line)
        assert took < 2, line  # GNU: 9 s and 100 MB; BusyBox: 37 s, each ended by the regex timer
        assert r.exit_code == 1 and "1,000,000 steps" in out(r)[-1] and r.world is w


def test_sed_still_doubles_text_as_it_did() -> None:
    _, r = run("echo abc > f", "sed -i -e 's/./&&/g' -e 's/./&&/g' f", "cat f", "docker pull busybox",
               "docker run --rm -v $PWD:/w busybox sed 's/[ab]/<&>/g' /w/f")
    assert out(r[2]) == ["aaaabbbbcccc"]
    assert out(r[4]) == ["<a><a><a><a><b><b><b><b>cccc"]


# -- folders thousands deep (a path may be 4,095 bytes: PATH_MAX) ----------------------------------


def test_mkdir_p_of_thousands_of_folders_ends_fast() -> None:
    w = initial_world(0)
    r, took = timed(w, "mkdir -p $(printf 'a/%.0s' {1..2000}); echo $?")
    assert took < 1 and out(r) == ["0"]  # 1.9 s
    r, took = timed(w, "mkdir -p $(printf 'b/%.0s' {1..4000}); echo $?")
    assert took < 2  # 9.2 s: each missing folder looked up from the root
    assert out(r)[0].startswith("mkdir: cannot create directory ‘b/b/b/") and out(r)[0].endswith(
        "’: File name too long") and out(r)[1] == "1"
    r, took = timed(w, "mkdir -p $(printf 'c/%.0s' {1..30000})")
    assert took < 2  # more than 20 s
    assert r.exit_code == 1 and "1,000,000 steps" in out(r)[-1] and r.world is w


def test_a_build_context_thousands_of_folders_deep_ends_at_the_budget() -> None:
    deep = "$(printf 'a/%.0s' {1..1500})"
    w, _ = run(f"mkdir -p {deep}", f"cd {deep} && touch f{{1..3000}} && cd ~/feedback-app")
    r, took = timed(w, "docker build -t deep .")
    assert took < 3  # 8 s: each file's folders all looked up again, each lookup walking them all
    assert r.exit_code == 1 and "1,000,000 steps" in out(r)[-1] and r.world is w


def test_a_build_context_of_a_usual_depth_is_built() -> None:
    w, _ = run("mkdir -p $(printf 'd/%.0s' {1..40})", "touch $(printf 'd/%.0s' {1..40})f")
    r, took = timed(w, "docker build -q -t ok .")
    assert took < 1 and r.exit_code == 0
    r = apply(r.world, "docker run --rm ok ls /app/" + "d/" * 40)
    assert out(r) == ["f"]


# -- published ports ---------------------------------------------------------------------------------


def test_ports_are_listed_in_groups_as_docker_ps_lists_them() -> None:
    # docker/cli cli/command/formatter/container.go DisplayablePorts: sorted by container port, runs
    # of the same port on one address grouped, a port published on another port after the groups
    _, r = run("docker build -q -t feedback-node .", "docker pull busybox",
               "docker run -d --name mm -p 3000-3005:3000-3005 -p 8080:80 -p 127.0.0.1:9000:9000/udp "
               "-p 4000:4000 -p 4002:4002 busybox sleep inf", "docker run -d --name app feedback-node",
               "docker ps --format '{{.Names}}: {{.Ports}}'")
    assert out(r[4]) == ["app: 80/tcp", "mm: 0.0.0.0:3000-3005->3000-3005/tcp, 0.0.0.0:4000->4000/tcp, "
                         "0.0.0.0:4002->4002/tcp, 127.0.0.1:9000->9000/udp, 0.0.0.0:8080->80/tcp"]


def test_a_sandbox_publishes_at_most_1024_ports() -> None:
    w, _ = run("docker pull busybox", "docker create --name two -p 3000-3999:3000-3999 busybox")
    r, took = timed(w, "docker run -d --name one -p 1-65535:1-65535 busybox sleep inf")
    assert took < 1
    assert r.exit_code == 125 and out(r)[0] == (
        "docker: Error response from daemon: layerlab: this sandbox publishes at most 1,024 ports, and its "
        "containers hold 1,000; remove some with docker rm")
    assert list(r.world.containers) == list(w.containers)  # ten such held 180 MB of the server's memory
    r = apply(w, "docker create --name three -p 5000-5023:5000-5023 busybox")
    assert r.exit_code == 0 and len(r.world.containers) == 2


# -- a container's log ------------------------------------------------------------------------------


def test_a_containers_log_keeps_its_newest_megabyte() -> None:
    w, _ = run("docker pull busybox")
    run_big = "docker run -d --name {} busybox sh -c \"printf '%010000000d' 0; echo; echo end; printf '%0500000d' 7 >&2\""
    for name in ("lg1", "lg2", "lg3"):
        w = apply(w, run_big.format(name)).world
    # 10 MB a container, kept whole: forty of them held 400 MB of one world
    assert all(sum(map(len, c.logs)) <= 2**20 for c in w.containers.values())
    _, r = run("docker logs lg3 2>/dev/null", "docker logs lg3 2>&1 >/dev/null | wc -c",
               "docker run --name lg4 busybox sh -c \"printf '%02000000d' 7 >&2\" 2>/dev/null",
               "docker logs lg4 2>&1 | wc -c", "docker run --name lg5 busybox seq 1000 > /dev/null",
               "docker logs lg5 | sed -n '1p;$p'", world=w)
    assert out(r[0]) == ["end"]  # the 10 MB line was the oldest: dropped
    assert out(r[1]) == ["500001"]  # docker logs ends the last line
    assert out(r[3]) == [str(2**20)]  # a line longer than all the log keeps: its end (and its newline)
    assert out(r[5]) == ["501", "1000"]  # and still the last 500 lines


def test_thirty_thousand_variables_made_in_one_line_end_at_the_budget() -> None:
    from app.engine.budget import MAX_STEPS

    w = initial_world(0)
    r, took = timed(w, "eval \"$(printf 'a%d=1;' {1..30000})\"; set | wc -l")
    # each command's words were given a copy of every variable, uncharged: 12.9 s to the end
    assert (out(r)[-1:], r.exit_code) == ([f"layerlab: this command line does more than {MAX_STEPS:,} steps of work, "
                                           "the most the simulated terminal does for one line; nothing was changed"], 1)
    assert took < 5
    r, _ = timed(w, "eval \"$(printf 'a%d=1;' {1..3000})\"; echo $a3000")
    assert (out(r), r.exit_code) == (["1"], 0)


def test_big_function_texts_are_not_kept_by_the_hundred() -> None:
    """The functions a line leaves are read again from their text at the next line, and the texts
    read were kept, 512 of them: at up to 1 MiB each (MAX_VARIABLE_BYTES) with what they parse to,
    half a gigabyte of the server's memory."""
    import gc

    world, _ = run("printf 'echo aaaaaaaaaaaaaaaaaaa; %.0s' {1..6000} > body.txt")
    tracemalloc.start()
    try:
        for i in range(24):  # each line leaves a text of its own: the big function, changed
            world = apply(world, f"(printf 'big() {{ '; cat body.txt; printf ' echo {i}; }}\\n') > d.sh; source d.sh").world
        assert world.shell_functions is not None and world.shell_functions["big"].endswith("echo 23; }")
        del world
        gc.collect()
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 24 * 1024 * 1024  # (24 texts of 160 kB and what they parse to: 94 MB)
