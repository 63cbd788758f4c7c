"""A second learner's walk in Chromium, after typing anywhere went to the command line and the shell
learned aliases, jobs and archives: what they tripped over, each kept fixed."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import start_sandbox, type_command


def test_ctrl_v_on_the_page_pastes_into_the_command_line(page: Page, server: Server) -> None:
    """Letters typed with the focus on the page go to the command line; a command copied from the
    lesson or a chat and pasted with Ctrl-V there went nowhere (the page had the focus, not a field)."""
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.set_viewport_size({"width": 1440, "height": 900})
    start_sandbox(page, server)
    page.evaluate("navigator.clipboard.writeText('docker volume ls')")
    page.locator("#containers-panel").click(position={"x": 40, "y": 8})
    page.keyboard.press("Control+v")
    box = page.get_by_label("Command")
    expect(box).to_be_focused()
    expect(box).to_have_value("docker volume ls")
    # a copy from the terminal's output is still a copy: the selection stays where it is
    type_command(page, "echo copied-from-output")
    out = page.locator("#term-out .out").filter(has_text="copied-from-output").last
    out.evaluate("o => { const r = document.createRange(); r.selectNodeContents(o); getSelection().removeAllRanges();"
                 " getSelection().addRange(r); }")
    page.locator("#term-out").focus()
    page.keyboard.press("Control+c")
    assert "copied-from-output" in page.evaluate("navigator.clipboard.readText()")


def test_commands_starting_with_p_or_t_are_typed_not_taken_as_shortcuts(page: Page, server: Server) -> None:
    """After a click on the picture, `pwd` turned presenter mode on (the page went to ?present=1) and
    `touch server.js` lost its t (the shortcut to the terminal) and ran as "ouch server.js". The
    shortcuts are Shift+P and Shift+T; a lowercase letter is typed, as every other one."""
    page.set_viewport_size({"width": 1440, "height": 900})
    url = start_sandbox(page, server)
    box = page.get_by_label("Command")
    for line in ["touch notes.txt", "pwd"]:
        page.locator("#containers-panel").click(position={"x": 40, "y": 8})
        page.keyboard.type(line)
        expect(box).to_have_value(line)
        page.keyboard.press("Enter")
        expect(page.locator("#term-out .cmd").last).to_have_text(line)
    expect(page.locator("#term-out")).not_to_contain_text("command not found")
    assert page.url == url
    page.locator("#containers-panel").click(position={"x": 40, "y": 8})
    page.keyboard.press("Shift+T")
    expect(box).to_be_focused()
    expect(box).to_have_value("")
    page.locator("#containers-panel").click(position={"x": 40, "y": 8})
    page.keyboard.press("Shift+P")
    page.wait_for_url("**present=1")
    page.keyboard.press("?")
    expect(page.get_by_role("dialog", name="Keyboard shortcuts")).to_contain_text("Shift+P")


def test_a_build_of_many_steps_keeps_its_narration_to_three_lines(page: Page, server: Server) -> None:
    """A Dockerfile of 60 RUN steps: the narration named every rebuilt step and took a third of the
    screen, pushing the picture and the terminal down. It keeps three lines and scrolls the rest: the picture moves down by two lines at most."""
    page.set_viewport_size({"width": 1440, "height": 900})
    start_sandbox(page, server)
    picture = page.locator("#host-panel")
    box = page.get_by_label("Command")
    type_command(page, "mkdir deep")  # (the page laid out, its narration one line)
    top = picture.bounding_box()
    for line in ["cat > deep/Dockerfile <<'EOF'", "FROM busybox", *[f"RUN echo {i} > /f{i}" for i in range(60)], "EOF"]:
        box.fill(line)
        box.press("Enter")
    expect(page.locator("#term-out .cmd[data-lines]")).to_have_count(1)  # the here-document, as one command
    type_command(page, "docker build -t deep deep")
    narration = page.locator(".narration")
    expect(narration).to_contain_text("RUN echo 59 > /f59")
    height = narration.evaluate("n => n.getBoundingClientRect().height")
    line = narration.evaluate("n => parseFloat(getComputedStyle(n).lineHeight)")
    assert height < 3.6 * line, (height, line)
    assert narration.evaluate("n => n.scrollHeight > n.clientHeight")  # the rest is there, scrolled to
    narration.evaluate("n => { n.scrollTop = n.scrollHeight; }")  # read to its end
    type_command(page, "docker build --no-cache -t deep deep")  # the next one is read from its start
    expect(narration).to_contain_text("RUN echo 59 > /f59")
    for _ in range(60):  # (the page's CSP forbids wait_for_function's string evaluation)
        if narration.evaluate("n => n.scrollTop") == 0:
            break
        page.wait_for_timeout(50)
    assert narration.evaluate("n => n.scrollTop") == 0
    after = picture.bounding_box()
    assert top is not None and after is not None and abs(after["y"] - top["y"]) < 2.5 * line, (top, after)


def test_a_watcher_is_not_offered_keys_that_do_nothing_for_them(page: Page, server: Server) -> None:
    """? on the watch link's page opened the owner's list: letters typed on the command line, the
    script's next step, presenter mode, undo; a watcher has none of them. Letters typed there do
    nothing, and no error."""
    errors: list[str] = []
    start_sandbox(page, server)
    type_command(page, "docker volume create notes")
    href = page.locator("a.more-watch").get_attribute("href")
    assert href
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + href)
    expect(page.get_by_text("Watching live")).to_be_visible()
    page.keyboard.type("?tpn docker ps")
    page.keyboard.press("Enter")
    expect(page.get_by_role("dialog")).to_have_count(0)
    assert "/w/" in page.url and not errors
