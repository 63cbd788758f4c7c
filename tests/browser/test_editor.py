"""Editing a project file in the page: saved as the here-document line that writes it, and undone."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from tests.browser.conftest import Server
from tests.browser.test_live_page import start_sandbox, type_command


def test_edit_server_js_save_with_ctrl_s_and_undo(page: Page, server: Server) -> None:
    start_sandbox(page, server)
    page.get_by_role("button", name="Edit a file").click()
    dialog = page.get_by_role("dialog", name="Edit a file")
    expect(dialog).to_be_visible()
    expect(dialog.get_by_label("File in ~/feedback-app")).to_have_value("server.js")
    text = dialog.locator("textarea")
    expect(text).to_be_focused()
    original = text.input_value()
    assert "app.listen(80);" in original
    expect(dialog.locator("[data-editor-gutter]")).to_contain_text(str(original.count("\n") + 1))

    # Esc cancels: nothing is saved
    text.press("End")
    text.type("// not saved")
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(page.locator("#term-out .cmd")).to_have_count(0)

    page.get_by_role("region", name="Host").locator("li.k-file[data-path='server.js'] .name").click()
    expect(dialog).to_be_visible()
    text.fill(original.replace("app.listen(80);", "app.listen(8080);"))
    text.press("Control+s")
    expect(dialog).to_be_hidden()
    expect(page.locator("#term-out .cmd").last).to_have_text("cat > server.js <<'EOF'")
    entry = page.locator("#term-out .entry").last
    expect(entry.locator(".cmd-more").last).to_have_text("EOF")
    expect(entry).to_contain_text("app.listen(8080);")
    expect(page.get_by_role("status").first).to_contain_text("server.js")
    type_command(page, "cat server.js")
    expect(page.locator("#term-out .entry").last).to_contain_text("app.listen(8080);")

    # the Host column's file opens with the saved text, and Undo (twice: the cat, then the save) restores it
    page.get_by_role("button", name="Undo").click()
    expect(page.locator("#term-out .cmd").last).to_have_text("cat > server.js <<'EOF'")
    page.get_by_role("button", name="Undo").click()
    expect(page.locator("#term-out .cmd")).to_have_count(0)
    page.get_by_role("button", name="Edit a file").click()
    expect(text).to_have_value(original)
    assert re.search(r"app\.listen\(80\);", text.input_value())
