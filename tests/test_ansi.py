"""A terminal line's colours (app/web/ansi.py): SGR sequences drawn as spans, the rest dropped, text escaped."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from markupsafe import Markup

from app.web.ansi import ansi
from tests.test_limits import make, new_session, run


def test_colours_weights_and_resets_become_spans() -> None:
    assert str(ansi("\x1b[1;31mred\x1b[0m plain \x1b[92;44mon blue\x1b[39m still\x1b[m")) == (
        '<span class="a-fg1 a-b">red</span> plain <span class="a-fg10 a-bg4">on blue</span>'
        '<span class="a-bg4"> still</span>')


def test_other_sequences_are_dropped_and_text_is_escaped() -> None:
    assert str(ansi("\x1b[2J\x1b[H<b>&\x1b[38;5;208m\x1b[31mx\x1b[K")) == '&lt;b&gt;&amp;<span class="a-fg1">x</span>'
    assert ansi("no escapes <here>") == "no escapes <here>"  # autoescaped by the template as usual


@given(st.text(alphabet=st.sampled_from(["\x1b", "[", "3", "1", ";", "m", "<", "&", "a", "K", "2"]), max_size=30))
def test_no_escape_character_or_raw_markup_is_ever_drawn(text: str) -> None:
    html = str(ansi("\x1b" + text))  # (text without an escape is left to the template's escaping)
    assert "\x1b" not in html
    assert "<" not in html.replace("<span", "").replace("</span>", "")


def test_a_coloured_line_is_drawn_coloured_in_the_terminal(tmp_path: Path) -> None:
    client = make(tmp_path)
    token = new_session(client)
    r = run(client, token, "printf '\\033[1;32mok\\033[0m <done>\\n'")
    assert r.status_code == 200
    assert '<span class="a-fg2 a-b">ok</span> &lt;done&gt;' in r.text
    assert "\x1b" not in r.text


def test_a_parameter_of_thousands_of_digits_is_a_number_like_any_other() -> None:
    """5,000 digits were more than Python turns into an int: the session's every page answered 500."""
    assert ansi("\x1b[" + "9" * 5000 + "mhi") == Markup("hi")  # past 65,535: no code a terminal knows
    assert str(ansi("\x1b[" + "0" * 5000 + "31mred")) == '<span class="a-fg1">red</span>'
