"""Output without a final newline stays without one: through pipes, redirects, $( ), files and the
programs that read them (app/engine/toolkit.py: Lines, IO.write)."""

from __future__ import annotations

from app.engine.toolkit import IO, Lines, Output
from tests.helpers import BUILD, out, run


def test_a_capture_keeps_an_open_last_line_and_goes_on_with_it() -> None:
    buf = Lines()
    io = IO([], capture_out=buf)
    io.write("a\nb")
    assert (buf, buf.open, buf.text()) == (["a", "b"], True, "a\nb")
    io.write("c\n")
    io.out("d", end="")
    assert (buf, buf.text()) == (["a", "bc", "d"], "a\nbc\nd")
    io.out("e")
    assert buf.text() == "a\nbc\nde\n"
    io.write("")
    assert buf.text() == "a\nbc\nde\n"


def test_an_output_joins_only_the_same_streams_open_line() -> None:
    sink = Output()
    io = IO(sink)
    io.write("a")
    io.write("b")
    io.err("oops")
    io.write("c\n")
    io.write("d")
    assert sink == [(1, "ab"), (2, "oops"), (1, "c"), (1, "d")]


def test_printf_and_echo_n_reach_a_pipe_without_a_newline() -> None:
    _, rs = run("printf abcd | wc -c", "echo -n abcd | wc -c", "printf 'a\\nb' | wc -l", "printf '' | wc -c",
                "printf 'a\\n' | wc -c")
    assert [out(r) for r in rs] == [["4"], ["4"], ["1"], ["0"], ["2"]]


def test_redirects_write_only_the_bytes_printed() -> None:
    _, rs = run("printf abcd > f", "wc -c f", "ls -l f", "cat f | wc -c", "wc -c < f",
                "printf a > g; printf b >> g; cat g", "cat g; echo z", "wc -c g", "echo -n x >> g; wc -c g")
    assert out(rs[1]) == ["4 f"]
    assert out(rs[2])[0].split()[4] == "4"
    assert out(rs[3]) == out(rs[4]) == ["4"]
    assert out(rs[5]) == ["ab"]
    assert out(rs[6]) == ["abz"]  # cat prints no newline, so echo goes on with its line
    assert out(rs[7]) == ["2 g"]
    assert out(rs[8]) == ["3 g"]


def test_the_terminal_shows_an_open_line_and_joins_what_follows_on_it() -> None:
    _, rs = run("printf abc", "printf abc; printf def", "printf 'x\\n'; printf y", "echo -n a; echo b",
                "printf a; ls /nope")
    assert [out(r) for r in rs[:4]] == [["abc"], ["abcdef"], ["x", "y"], ["ab"]]
    # the other stream goes on with the open line, as a terminal shows bytes in the order written
    # (bash -c "printf a; ls /nope" 2>&1 on this machine)
    assert out(rs[4]) == ["als: cannot access '/nope': No such file or directory"]


def test_command_substitution_and_heredocs() -> None:
    _, rs = run("x=$(printf 'a\\nb'); echo \"$x\" | wc -c", "echo \"$(printf abc)\" | wc -c",
                "cat <<EOF | wc -c\nab\nEOF")
    assert [out(r) for r in rs] == [["4"], ["4"], ["3"]]


def test_head_tail_sed_keep_the_missing_newline_sort_uniq_grep_add_it() -> None:
    # coreutils head.c/tail.c copy bytes; GNU sed remembers a missing newline (execute.c
    # output_missing_newline); grep, sort and uniq end every line they print
    _, rs = run("printf 'a\\nb' > f", "head -n 5 f | wc -c", "head -n 1 f | wc -c", "tail -n 1 f | wc -c",
                "head -c 3 f | wc -c", "sed s/b/c/ f | wc -c", "grep b f | wc -c", "sort f | wc -c",
                "uniq f | wc -c", "tail -c 1 f | wc -c", "sed -i s/a/A/ f; wc -c f")
    assert [out(r) for r in rs[1:]] == [["3"], ["2"], ["1"], ["3"], ["3"], ["2"], ["4"], ["4"], ["1"], ["3 f"]]


def test_tee_copies_an_open_line_to_its_files_and_output() -> None:
    _, rs = run("printf abc | tee t1 t2 | wc -c", "wc -c t1 t2", "echo x | tee -a t1", "cat t1",
                "echo y | tee /nope/z")
    assert out(rs[0]) == ["3"]
    assert out(rs[1]) == ["3 t1", "3 t2", "6 total"]
    assert out(rs[2]) == ["x"]
    assert out(rs[3]) == ["abcx"]
    assert out(rs[4]) == ["tee: /nope/z: No such file or directory", "y"]
    assert rs[4].exit_code == 1


def test_echo_escapes_as_each_shell_reads_them() -> None:
    _, rs = run("echo -e 'a\\tb\\cc'; echo z", "echo 'a\\tb'", "echo -n -e 'x\\n' | wc -c",
                "docker pull -q busybox", BUILD,
                "docker run --rm busybox sh -c \"echo -e 'x\\\\cy' | wc -c; echo 'p\\\\tq'\"",
                "docker run --rm feedback-node sh -c \"echo 'x\\\\cy' | wc -c; echo -e hi; echo -n -n\"")
    assert out(rs[0]) == ["a\tbz"]  # bash: -e reads them; \c ends the output, newline too
    assert out(rs[1]) == ["a\\tb"]  # bash: not without -e
    assert out(rs[2]) == ["2"]
    assert out(rs[5]) == ["1", "p\\tq"]  # BusyBox echo: like bash
    # dash (src/bltin/printf.c echocmd): escapes always, and only -n is an option
    assert out(rs[6]) == ["1", "-e hi", "-n"]


def test_dashs_builtin_echo_is_not_coreutils_echo() -> None:
    _, rs = run(BUILD, "docker run --rm feedback-node echo -e 'a\\tb' 'c\\td'",
                "docker run --rm feedback-node sh -c \"/bin/echo -e x; echo -e y; /bin/echo 'p\\tq'\"")
    assert out(rs[1]) == ["a\tb c\td"]  # no shell: coreutils' echo, -e an option
    assert out(rs[2]) == ["x", "-e y", "p\\tq"]


def test_containers_write_the_bytes_and_docker_cp_copies_them() -> None:
    _, rs = run("docker pull -q alpine", "docker run -d --name box alpine sleep 1000",
                "docker exec box sh -c 'printf abcd > /f; printf a > /g; printf b >> /g; cat /g'",
                "docker exec box sh -c 'printf abcd | wc -c; wc -c /f; echo -n ab | wc -c'",
                "docker cp box:/f ./f", "wc -c f", "docker exec box stat -c %s /f",
                "docker run --rm alpine sh -c 'printf a; printf b; echo c'",
                "docker run --rm alpine printf abc | wc -c", "docker run --rm alpine printf abc; echo z")
    assert out(rs[2]) == ["ab"]
    assert out(rs[3]) == ["4", "4 /f", "2"]
    assert out(rs[5]) == ["4 f"]
    assert out(rs[6]) == ["4"]
    assert out(rs[7]) == ["abc"]
    assert out(rs[8]) == ["3"]  # the output of docker run (attached) keeps its open last line
    assert out(rs[9]) == ["abcz"]
