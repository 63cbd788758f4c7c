"""Shell expansions over long strings that cost much with few characters: ${x//pat/rep}, ${x%%pat},
${x^^} and `read` of a megabyte. Each ends fast with what bash gives, or at the line's budget with
its message, changing nothing (timed in-process; before -> after in the comments)."""

from __future__ import annotations

import random
import time
import tracemalloc

from app.engine import apply, initial_world
from app.engine.budget import MAX_STEPS
from app.engine.world import World
from tests.helpers import fuzz_scale, out

OVER = (f"layerlab: this command line does more than {MAX_STEPS:,} steps of work, the most the simulated "
        "terminal does for one line; nothing was changed")
MEGA = "x=$(printf '%1000000s'); "  # a million blanks, in the line that uses them (the shell keeps 1 MiB)


def timed(world: World, line: str) -> tuple[object, float]:
    started = time.process_time()
    r = apply(world, line)
    return r, time.process_time() - started


def test_starred_patterns_over_a_megabyte_match_in_one_pass() -> None:
    w = initial_world(0)
    # each tried every start or end: ${x//a*/b} 0.56 s uncharged (ten 5.6 s), ${x%%*a} and the
    # others 1.15 s, a million steps each; now a pass each
    line = MEGA + ("for i in 1 2 3; do y=${x//a*/b}; y=${x%%*a}; y=${x#*a}; y=${x##*a}; y=${x%a*}; "
                   "y=${x/#*a/b}; y=${x/%a*/b}; done; echo ${#y}; unset x y")
    started = time.process_time()
    r = apply(w, line)
    took = time.process_time() - started
    assert (out(r), r.exit_code) == (["1000000"], 0)
    assert took < 3


def test_a_set_that_never_matches_a_megabyte_is_a_search() -> None:
    w = initial_world(0)
    started = time.process_time()
    r = apply(w, MEGA + "y=${x//[a]/b}; z=${x//?a/b}; echo ${#y} ${#z}; unset x y z")
    took = time.process_time() - started
    # a match was tried at each place, a step each: the budget's end in 1.1 s; now a regex's search
    assert (out(r), r.exit_code) == (["1000000 1000000"], 0)
    assert took < 2


def test_a_set_matching_everywhere_ends_at_the_budget() -> None:
    w = initial_world(0)
    for line in (MEGA + "y=${x//[a ]/b}${x//[a ]/b}", MEGA + "y=${x//?/}${x//?/}"):
        r, took = timed(w, line)
        # a step a replacement, as it was a step a place: 1.06 s and 0.88 s a megabyte, now 0.15 s
        assert (out(r)[-1], r.exit_code) == (OVER, 1), line
        assert r.world is w  # type: ignore[attr-defined]
        assert took < 0.8, line


def test_case_of_a_megabyte_is_made_without_a_list_of_its_characters() -> None:
    w = initial_world(0)
    tracemalloc.start()
    try:
        started = time.process_time()
        r = apply(w, MEGA + "x=${x// /a}; y=${x^^}; z=${y,,}; echo ${y:0:3} ${z:0:3} ${#z}; unset x y z")
        took = time.process_time() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # ${x^^} tried the pattern at each character and held a list of them: 0.58 s and 59 MB
    assert (out(r), r.exit_code) == (["AAA aaa 1000000"], 0)
    assert peak < 30_000_000
    assert took < 2


def test_patterns_on_strings_answer_as_bash_does() -> None:
    w = initial_world(0)
    r = apply(w, "x=abcabcXbc; echo ${x//a*c/-} ${x/b?/-} ${x//[ab]/.} ${x%%b*} ${x%b*} ${x##*b} ${x#*b} "
                 "${x/#a*b/-} ${x/%b*/-} ${x//*X/-} ${x^^[ab]} ${x~~} ${x,,[X]} ${x//?/.}")
    assert out(r) == ["- a-abcXbc ..c..cX.c a abcabcX c cabcXbc -c a- -bc ABcABcXBc ABCABCxBC abcabcxbc ........."]


def test_read_of_a_megabyte_is_cut_whole() -> None:
    w = initial_world(0)
    line = MEGA + 'for i in 1 2 3 4 5 6 7 8 9 10; do read -n 999999 y <<< "$x"; read a b <<< "q${x}r$x s"; done; '
    r, took = timed(w, line + "echo ${#y} $a $b; unset x y a b")
    # a character at a time, into a list of (character, escaped) pairs: 3.1 s for the ten -n reads,
    # 66 MB; 300 reads of 100 kB 3.1 s, uncharged
    assert (out(r), r.exit_code) == (["0 q r s"], 0)
    assert took < 1.5
    r, took = timed(w, "x=$(printf '%100000s'); for i in $(seq 300); do read y z <<< \"a${x}b\"; done; echo $y $z")
    assert (out(r), r.exit_code) == (["a b"], 0)
    assert took < 1.5


def test_read_of_escaped_megabytes_ends_at_the_budget() -> None:
    w = initial_world(0)
    r, took = timed(w, "x=$(printf '%100000s'); for i in $(seq 300); do read y <<< \"a\\\\$x\"; done")
    assert (out(r)[-1], r.exit_code) == (OVER, 1)
    assert r.world is w  # type: ignore[attr-defined]
    assert took < 3


def test_read_splits_as_it_did() -> None:
    w = initial_world(0)
    cases = {
        "IFS=: read -a arr <<< $'\\\\ :a  ,a\\\\ b    ,'; echo \"${#arr[@]}|${arr[0]}|${arr[1]}\"": ["2| |a  ,a b    ,"],
        "read a b <<< $'  x\\\\ y  z  w  '; echo \"[$a][$b]\"": ["[x y][z  w]"],
        "IFS=', ' read -r a b c <<< 'p , q,,r s  '; echo \"[$a][$b][$c]\"": ["[p][q][,r s]"],
        "read -n 3 a <<< 'a\\bcd'; echo $a": ["abc"],
        "read -N 4 -r a <<< $'a\\\\\\nb'; echo \"$a\"": ["a\\", "b"],
    }
    for line, want in cases.items():
        assert out(apply(w, line)) == want, line


def test_read_matches_a_reference_on_random_lines() -> None:
    """The regex splitting gives the fields the character loop gave (the loop kept here, for -r)."""
    rnd = random.Random(7)
    w = initial_world(0)
    pieces = ["a", "b", " ", "  ", "\\t", ":", "\\\\", "\\\\ ", ","]
    for _ in range(40 * fuzz_scale()):
        data = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 10)))
        ifs = rnd.choice(["", "IFS=: ", "IFS=' :' ", "IFS=', ' "])
        r = apply(w, f"{ifs}read -r a b <<< $'{data}'; {ifs}read -r -a c <<< $'{data}'; "
                     'printf "[%s]" "$a" "$b" "${#c[@]}" "${c[@]}"')
        assert out(r) == [_reference(data, ifs)], (data, ifs)


def _reference(data: str, ifs_word: str) -> str:
    text = data.encode().decode("unicode_escape")
    ifs = {"": " \t\n", "IFS=: ": ":", "IFS=' :' ": " :", "IFS=', ' ": ", "}[ifs_word]
    blank = [c for c in ifs if c in " \t\n"]

    def skip(s: str, pos: int) -> int:
        while pos < len(s) and s[pos] in blank:
            pos += 1
        return pos

    def word(s: str, pos: int) -> tuple[str, int]:
        start = pos
        while pos < len(s) and s[pos] not in ifs:
            pos += 1
        got, pos = s[start:pos], skip(s, pos)
        if pos < len(s) and s[pos] in ifs and s[pos] not in blank:
            pos = skip(s, pos + 1)
        return got, pos

    pos = skip(text, 0)
    a, pos = word(text, pos) if pos < len(text) else ("", pos)
    b, end = word(text, pos) if pos < len(text) else ("", pos)
    if end < len(text):
        b = text[pos:].rstrip("".join(blank)) if blank else text[pos:]
    fields, p = [], skip(text, 0)
    while p < len(text):
        f, p = word(text, p)
        fields.append(f)
    return "".join(f"[{v}]" for v in [a, b, str(len(fields)), *fields])


def test_an_operator_over_every_element_of_a_big_array_ends_at_the_budget() -> None:
    w = initial_world(0)
    r, took = timed(w, 'a=($(seq 100000)); b=("${a[@]/1/x}")')
    # each element is read and worked as a variable of its own: 8 steps each, 0.9 s for 100,000
    # (the line ended only for the variables it kept), now 24 and the budget's end
    assert (out(r)[-1], r.exit_code) == (OVER, 1)
    assert r.world is w  # type: ignore[attr-defined]
    assert took < 2
    assert out(apply(w, 'a=(1 2 13); echo "${a[@]/1/x}" "${a[1]/2/y}"')) == ["x 2 x3 y"]


def test_an_array_is_counted_and_listed_in_a_loop_within_the_budget() -> None:
    w = initial_world(0)
    r, took = timed(w, "a=($(seq 100000)); for i in $(seq 3000); do y=${#a[@]}; done; echo $y; unset a")
    # ${#a[@]} listed every element in order to count them, uncharged: 6 s, now 0.1 s
    assert (out(r), r.exit_code) == (["100000"], 0)
    assert took < 2
    r, took = timed(w, "a=($(seq 100000)); for i in $(seq 3000); do y=${a[@]:i:1}; done")
    # a slice lists them (bash walks its list too): a step per 8 now, the budget's end in 0.14 s
    assert (out(r)[-1], r.exit_code) == (OVER, 1)
    assert r.world is w  # type: ignore[attr-defined]
    assert took < 2
    assert out(apply(w, "a=(3 1 2); a[7]=x; echo ${#a[@]} ${a[@]:1:2} ${!a[@]}")) == ["4 1 2 0 1 2 7"]


def test_negative_subscripts_appends_and_declare_p_of_a_big_array_are_charged() -> None:
    w = initial_world(0)
    # a[-1] looked for the highest index at each pass (bash keeps it), uncharged: 3,000 passes over
    # 100,000 elements 3.2 s (assigned), 5.8 s (read), 6.0 s (unset); declare -p 300 times 2.7 s
    # to the stream's bound; 60,000 appends 0.73 s to the budget's end. Each now ends at the budget.
    for line in ('a=($(seq 100000)); for i in $(seq 3000); do a[-1]=x; done',
                 'a=($(seq 100000)); for i in $(seq 3000); do y=${a[-1]}; done',
                 'a=($(seq 100000)); for i in $(seq 3000); do unset "a[-1]"; done',
                 'a=($(seq 100000)); for i in $(seq 300); do declare -p a >/dev/null; done',
                 'for i in $(seq 60000); do a+=($i); done'):
        r, took = timed(w, line)
        assert (out(r)[-1], r.exit_code) == (OVER, 1), line
        assert r.world is w  # type: ignore[attr-defined]
        assert took < 2, line
    r = apply(w, 'a=(1 2 3); a[-1]=x; a+=(y z); unset "a[-2]"; echo ${a[-1]} ${a[@]}; declare -p a')
    assert out(r) == ["z 1 2 x z", 'declare -a a=([0]="1" [1]="2" [2]="x" [4]="z")']
