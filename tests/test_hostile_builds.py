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


# -- reading a Dockerfile: linear, a word at a time (outside a line's budget: the parser's own cost) --


def test_a_word_of_a_megabyte_is_gathered_in_linear_time() -> None:
    from app.engine.dockerfilewords import process_word, process_words

    started = time.process_time()
    word = process_word("a" * 1_000_000, {})
    took = time.process_time() - started
    # the word was an attribute made again at each character: 25 s for a megabyte, now 0.4 s
    assert word == "a" * 1_000_000
    assert took < 4
    assert process_words("a 'b c'd \\ e ${x:-f g}h", {}) == ["a", "b cd", " e", "f", "gh"]


def test_a_hundred_thousand_continued_lines_are_joined_in_linear_time() -> None:
    from app.engine.buildinstructions import logical_lines

    started = time.process_time()
    lines = logical_lines("FROM x\n" + "ENV a=b \\\n" * 300_000 + "x=y\n# c\nRUN a \\\n\n  # d\n b\\\\\n")
    took = time.process_time() - started
    # text += part at each line, and re.sub to cut each escape: 7.0 s, now 0.3 s
    assert took < 3
    assert [(a, b, len(t), e) for a, b, t, e in lines] == [(1, 1, 6, False), (2, 300_002, 2_400_003, False),
                                                          (300_004, 300_007, 10, True)]
    assert lines[2][2] == "RUN a  b\\\\"


def test_an_env_of_sixty_thousand_characters_builds() -> None:
    w, _ = run("docker pull busybox", "printf 'FROM busybox\\nENV a=%060000d b=\"c d\"\\n' 1 > Dockerfile")
    started = time.process_time()
    r = apply(w, "docker build -q -t big . && docker run --rm big sh -c 'echo ${#a} $b'")
    took = time.process_time() - started
    assert (out(r)[-1], r.exit_code) == ("60000 c d", 0)
    assert took < 2  # 0.21 s, now 0.03 s


def test_a_megabyte_of_words_is_split_a_word_at_a_time() -> None:
    from app.engine.build import _kv_pairs, _words
    from app.engine.buildinstructions import parse_words

    text = "a=" + "x" * 1_000_000 + ' b="c d" \\e'
    started = time.process_time()
    pairs, words, kept = _kv_pairs(text), parse_words(text), _words(text)
    took = time.process_time() - started
    # shlex.split, parseWords and build's copy of it went a character at a time: 5.6 s, now 0.01 s
    assert took < 1.5
    assert [(k, len(v)) for k, v in pairs] == [("a", 1_000_000), ("b", 3)]
    assert [len(x) for x in words] == [1_000_002, 7, 2] and kept == words


def test_words_are_split_as_shlex_and_the_parser_split_them() -> None:
    import random
    import shlex

    from app.engine.dockerfilesplit import kept_words, parse_words, shlex_split

    rnd = random.Random(3)
    alphabet = ["a", "b", " ", "\t", "'", '"', "\\", "=", "\n", "\r", "\x0b", "\u2003", "$"]
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 10)))
        try:
            want: list[str] | str = shlex.split(text)
        except ValueError:
            want = "refused"
        try:
            got: list[str] | str = shlex_split(text)
        except ValueError:
            got = "refused"
        assert got == want, text
    assert parse_words("a 'b c' \"d\\\" e\" f\\ g \\") == ["a", "'b c'", "\"d\\\" e\"", "f\\ g"]
    assert parse_words("a \"b\\") == ["a", "\"b"]  # an escape at the end dropped, in quotes too
    assert kept_words("a 'b c' \"d\\\" e\" f\\ g \\") == ["a", "'b c'", "\"d\\\" e\"", "f\\ g", "\\"]
    assert kept_words("a \"b\\") == ["a", "\"b\\"]
