// layerlab's page behaviour: terminal keys, animation speed, the app's browser window.
(() => {
  "use strict";
  const $ = (sel, root = document) => root.querySelector(sel);
  // Storage can be refused (an embed in a browser that blocks third-party storage): work without it.
  const store = {
    get(key) { try { return window.localStorage.getItem(key); } catch { return null; } },
    set(key, value) { try { window.localStorage.setItem(key, value); } catch { /* not kept */ } },
  };

  // Animation speed: slow / normal / off, remembered in this browser.
  function applySpeed(speed) {
    document.body.dataset.speed = speed;
    document.querySelectorAll("[data-speed]").forEach((b) => {
      if (b.tagName === "BUTTON") b.setAttribute("aria-pressed", String(b.dataset.speed === speed));
    });
  }
  document.addEventListener("click", (ev) => {
    const b = ev.target.closest("button[data-speed]");
    if (!b) return;
    store.set("layerlab-speed", b.dataset.speed);
    applySpeed(b.dataset.speed);
  });

  // The workspace fills the screen below the sticky header, whatever the header's height.
  function measureHeader() {
    const head = $("body.session .site");
    if (head) document.documentElement.style.setProperty("--head-h", `${head.offsetHeight}px`);
  }
  if (window.ResizeObserver) new ResizeObserver(measureHeader).observe(document.documentElement);

  // "More" (a phone, a narrow embed): the header's preferences open as a row of their own; Escape
  // closes them and gives the focus back to the button.
  function setMore(open) {
    const toggle = $("[data-more-toggle]");
    if (!toggle) return;
    toggle.setAttribute("aria-expanded", String(open));
    measureHeader();
  }
  document.addEventListener("click", (ev) => {
    const toggle = ev.target.closest("[data-more-toggle]");
    if (toggle) setMore(toggle.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", (ev) => {
    const toggle = $("[data-more-toggle]");
    if (ev.key !== "Escape" || !toggle || toggle.getAttribute("aria-expanded") !== "true") return;
    if (!ev.target.closest || !ev.target.closest("#header-more, [data-more-toggle]")) return;
    setMore(false);
    toggle.focus();
  });

  // Presenter mode: the command just run stays on one line, as big as fits, down to the page's own
  // type (20 px, larger than the terminal's); what still runs past is cut, whole in its title.
  function fitCommand() {
    const line = $("body.present .stage .last-command");
    if (!line || !line.offsetWidth) return;
    line.style.fontSize = "";
    if (line.scrollWidth <= line.clientWidth + 1) return;
    const full = parseFloat(getComputedStyle(line).fontSize);
    const least = parseFloat(getComputedStyle(document.body).fontSize);
    line.style.fontSize = `${Math.max(least, Math.floor(full * 0.98 * line.clientWidth / line.scrollWidth))}px`;
  }
  window.addEventListener("resize", fitCommand);

  // The lesson's side panel folds to one line; folded or open is remembered (embeds start folded).
  function lessonKey() { return $("[data-embed]") ? "layerlab-lesson-embed" : "layerlab-lesson"; }
  function applyLesson(state) {
    const app = $(".app");
    const fold = $("[data-lesson-fold]");
    if (!app || !fold) return;
    app.dataset.lesson = state;
    fold.setAttribute("aria-expanded", String(state !== "folded"));
  }
  document.addEventListener("click", (ev) => {
    if (!ev.target.closest("[data-lesson-fold]")) return;
    const next = $(".app").dataset.lesson === "folded" ? "open" : "folded";
    store.set(lessonKey(), next);
    applyLesson(next);
    queueWires();
  });

  // Phone: tabs show one view at a time; arrow keys, Home and End move between them.
  function selectTab(tab, focus) {
    const tabs = Array.from(document.querySelectorAll("[role=tab][data-tab]"));
    tabs.forEach((t) => {
      const on = t === tab;
      t.setAttribute("aria-selected", String(on));
      t.tabIndex = on ? 0 : -1;
    });
    $(".app").dataset.tab = tab.dataset.tab;
    if (focus) tab.focus();
    queueWires();
  }
  document.addEventListener("click", (ev) => {
    const tab = ev.target.closest("[role=tab][data-tab]");
    if (tab) selectTab(tab, false);
  });
  document.addEventListener("keydown", (ev) => {
    const tab = ev.target.closest && ev.target.closest("[role=tab][data-tab]");
    if (!tab) return;
    const tabs = Array.from(document.querySelectorAll("[role=tab][data-tab]"));
    const i = tabs.indexOf(tab);
    const to = {ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1}[ev.key];
    if (to === undefined) return;
    ev.preventDefault();
    selectTab(tabs[(to + tabs.length) % tabs.length], true);
  });

  // The terminal stays scrolled to its newest line, unless the learner scrolled up to read.
  // (The scroll event of our own move to the end arrives later, when more lines may have come in
  // meanwhile: it is not the learner scrolling up.)
  let stickToEnd = true;
  let ownTop = -1;
  document.addEventListener("scroll", (ev) => {
    const out = ev.target;
    if (!out || out.id !== "term-out" || Math.abs(out.scrollTop - ownTop) < 2) return;
    stickToEnd = out.scrollHeight - out.scrollTop - out.clientHeight < 24;
  }, true);
  function keepTerminalAtEnd() {
    const out = $("#term-out");
    if (out && stickToEnd) { out.scrollTop = out.scrollHeight; ownTop = out.scrollTop; }
  }

  // The drawing: each mount in a container card is joined by a line to the Host element that holds
  // its bytes (data-mount-target: a volume's _data, the bind's folder, memory for a tmpfs). Drawn
  // again whenever something moves: a swap, a scroll inside a column, a resize, a fold.
  const SVG = "http://www.w3.org/2000/svg";
  let wiresQueued = false;
  function queueWires() {
    if (wiresQueued) return;
    wiresQueued = true;
    requestAnimationFrame(() => { wiresQueued = false; drawWires(); });
  }
  function drawWires() {
    const pic = $("#picture");
    const host = $("#host-region");
    const box = $("#containers-region");
    if (!pic || !host || !box) return;
    let svg = $("svg.wires", pic);
    if (!svg) {
      svg = document.createElementNS(SVG, "svg");
      svg.setAttribute("class", "wires");
      svg.setAttribute("aria-hidden", "true");
      pic.append(svg);
    }
    const p = pic.getBoundingClientRect();
    const h = host.getBoundingClientRect();
    const c = box.getBoundingClientRect();
    const seen = new Set();
    document.querySelectorAll("#containers-region [data-mount-target]").forEach((m, i) => {
      const to = document.getElementById(m.dataset.mountTarget) || document.getElementById(m.dataset.mountFallback || "");
      const a = m.getBoundingClientRect();
      const key = `w${i}`;
      seen.add(key);
      let path = svg.querySelector(`[data-key="${key}"]`);
      if (!path) {
        path = document.createElementNS(SVG, "path");
        path.dataset.key = key;
        svg.append(path);
      }
      path.setAttribute("class", `wire ${m.className.split(" ").find((k) => k.startsWith("m-")) || ""}`);
      // (drawn again on every scroll: a line lit by pointing at its mount stays lit)
      path.classList.toggle("hl", m.classList.contains("hl"));
      path.dataset.place = m.dataset.place || "";
      path.dataset.from = m.dataset.mountTarget;
      if (!to || !a.height || to.getClientRects().length === 0) { path.setAttribute("d", ""); return; }
      const b = to.getBoundingClientRect();
      const ya = a.top + Math.min(a.height / 2, 12);
      const yb = b.top + Math.min(b.height / 2, 12);
      // a mount scrolled out of its column has no line; a host folder scrolled away is joined at the
      // column's edge, dashed, to say which way to scroll
      if (ya < c.top + 30 || ya > c.bottom) { path.setAttribute("d", ""); return; }
      // an image mount's bytes are its image's layers: the line goes right, to the Images column
      const imgCol = to.closest("#images-region");
      if (imgCol) { wireRight(path, a, to, imgCol, ya, p); return; }
      const off = yb < h.top + 30 || yb > h.bottom - 4;
      path.classList.toggle("off", off);
      const y1 = ya - p.top;
      const y2 = Math.min(Math.max(yb, h.top + 30), h.bottom - 6) - p.top;
      const x1 = a.left - p.left;
      const x2 = Math.min(b.right, h.right) - p.left;
      curve(path, x2, y2, x1, y1, Math.max(24, (x1 - x2) / 2));
    });
    // each container sits on its image: a line from the card's top to the image's top layer
    const imgs = $("#images-region");
    document.querySelectorAll("#containers-region [data-image-target]").forEach((card, i) => {
      const img = document.getElementById(card.dataset.imageTarget);
      const key = `i${i}`;
      seen.add(key);
      let path = svg.querySelector(`[data-key="${key}"]`);
      if (!path) {
        path = document.createElementNS(SVG, "path");
        path.dataset.key = key;
        path.setAttribute("class", "wire m-image");
        svg.append(path);
      }
      path.dataset.from = card.dataset.imageTarget;
      const a = card.getBoundingClientRect();
      // a card taller than its column, scrolled down, still sits on its image: joined at the column's top
      const ya = Math.max(a.top + 14, Math.min(c.top + 30, a.bottom - 4));
      if (!img || !imgs || ya < c.top + 30 || ya > c.bottom) { path.setAttribute("d", ""); return; }
      wireRight(path, a, img, imgs, ya, p);
      if (ya > a.top + 14) path.classList.add("off");
    });
    svg.querySelectorAll("path[data-key]").forEach((el) => { if (!seen.has(el.dataset.key)) el.remove(); });
  }
  // a line from a mount's right end to what it shows in the Images column (an image scrolled away is
  // joined at the column's edge, dashed)
  function wireRight(path, a, to, col, ya, p) {
    const g = col.getBoundingClientRect();
    const top = (to.matches("article") && to.querySelector(".layer")) || to;
    const b = top.getBoundingClientRect();
    const yb = b.top + Math.min(b.height / 2, 12);
    path.classList.toggle("off", yb < g.top + 30 || yb > g.bottom - 4);
    const y1 = ya - p.top;
    const y2 = Math.min(Math.max(yb, g.top + 30), g.bottom - 6) - p.top;
    const x1 = a.right - p.left;
    const x2 = Math.max(b.left, g.left) - p.left;
    curve(path, x1, y1, x2, y2, Math.max(20, (x2 - x1) / 2));
  }
  // a wire from (x1, y1) on the left to (x2, y2) on the right, leaving and arriving level
  function curve(path, x1, y1, x2, y2, bend) {
    path.setAttribute("d", `M${x1.toFixed(1)},${y1.toFixed(1)} C${(x1 + bend).toFixed(1)},${y1.toFixed(1)} `
      + `${(x2 - bend).toFixed(1)},${y2.toFixed(1)} ${x2.toFixed(1)},${y2.toFixed(1)}`);
  }
  document.addEventListener("scroll", queueWires, true);
  document.addEventListener("animationend", queueWires);
  window.addEventListener("resize", queueWires);
  // a column's content that grows or shrinks (a swap, a scroll bar coming) moves the ends too
  const resized = window.ResizeObserver ? new ResizeObserver(queueWires) : null;
  function watchSizes() {
    if (!resized) return;
    ["#picture", "#host-panel", "#containers-panel", "#images-panel", "#narration-text"].forEach((sel) => {
      const el = $(sel);
      if (el) resized.observe(el);
    });
  }

  // Pointing at a mount, a volume or a folder lights up all its other appearances (and its line);
  // at a container's whiteout, the image files it hides, and the other way round. A whiteout's keys
  // ("wh:", viewmodel.hide_key) are a space-separated list: an image file can be hidden in several
  // containers. Other keys are whole (a folder's path may hold a space).
  const keysOf = (place) => (place.startsWith("wh:") ? place.split(" ") : [place]);
  function highlight(ev, on) {
    const el = ev.target.closest && ev.target.closest("[data-place]");
    if (!el || !el.dataset.place) return;
    const keys = keysOf(el.dataset.place);
    document.querySelectorAll("[data-place]").forEach((other) => {
      if (keysOf(other.dataset.place).some((k) => keys.includes(k))) other.classList.toggle("hl", on);
    });
  }
  document.addEventListener("mouseover", (ev) => highlight(ev, true));
  document.addEventListener("mouseout", (ev) => highlight(ev, false));
  document.addEventListener("focusin", (ev) => {
    highlight(ev, true);
    // from the keyboard, the folder a mount uses is brought into its column's view
    const m = ev.target.closest && ev.target.closest("[data-mount-target]");
    const to = m && document.getElementById(m.dataset.mountTarget);
    if (to) to.scrollIntoView({block: "nearest"});
  });
  document.addEventListener("focusout", (ev) => highlight(ev, false));

  // Terminal: history with Up/Down, clear the input after a run, keep focus and scroll.
  let history = [];
  let pos = 0;
  function loadHistory() {
    const out = $("#term-out");
    if (!out) return;
    // The same entry can arrive twice (this tab's answer and the live stream): keep the first.
    const seen = new Set();
    out.querySelectorAll(".entry[data-version]").forEach((entry) => {
      if (seen.has(entry.dataset.version)) entry.remove();
      else seen.add(entry.dataset.version);
    });
    const lines = Array.from(out.querySelectorAll(".cmd:not([data-lines])"), (el) => el.textContent);  // (a here-document cannot be typed again in one line)
    if (lines.length !== history.length || lines[lines.length - 1] !== history[history.length - 1]) {
      history = lines;
      pos = history.length;  // a new command: start again from the newest
      stickToEnd = true;
    }
    keepTerminalAtEnd();
  }
  // Single keys (outside text fields): ? shortcuts, N or → next script step, Shift+P presenter mode,
  // Shift+T terminal. A lowercase p or t is typed, as any other letter: `pwd` typed after a click on
  // the picture turned presenter mode on, and `touch server.js` ran as "ouch server.js".
  // Ctrl-V (Cmd-V) there pastes into the command line, as the letters go there: it pasted nowhere.
  document.addEventListener("keydown", (ev) => {
    const t = ev.target;
    if (t && (t.closest("input, textarea, select, [contenteditable]"))) return;
    if ((ev.ctrlKey || ev.metaKey) && !ev.altKey && !ev.shiftKey && ev.key.toLowerCase() === "v") typeIntoTerminal();
    if (ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const dialog = document.getElementById("shortcuts");
    if (ev.key === "?") {
      if (dialog) { dialog.open ? dialog.close() : dialog.showModal(); ev.preventDefault(); }
    } else if ((ev.key === "n" || ev.key === "N" || ev.key === "ArrowRight") && $("[data-step]")) {
      ev.preventDefault();
      $("[data-step]").click();
    } else if (ev.key === "P" && ev.shiftKey && $(".present-toggle")) {
      ev.preventDefault();
      $(".present-toggle").click();
    } else if (ev.key === "T" && ev.shiftKey) {
      const cmd = $("[data-command]");
      if (cmd) { ev.preventDefault(); cmd.focus(); }
    } else if (ev.key.length === 1 && ev.key !== " ") {
      typeIntoTerminal();
    }
  });
  // Any other character typed with the focus outside a field (the page just loaded, or after a
  // click on a button or the picture) goes to the command line, as it would in a terminal: the
  // keys of "docker build" were dropped until the t of "-t" moved the focus, and the rest ran as
  // a command of its own. Focused during keydown, the field receives the character itself.
  function typeIntoTerminal() {
    const cmd = $("[data-command]");
    if (!cmd || cmd.disabled || !cmd.offsetParent || $("dialog[open]")) return;
    cmd.focus();
  }
  document.addEventListener("click", (ev) => {
    if (!ev.target.closest("[data-shortcuts-open]")) return;
    const dialog = document.getElementById("shortcuts");
    if (dialog) dialog.showModal();
  });

  // Alt+Z / Alt+Y: undo and redo from anywhere on the page.
  document.addEventListener("keydown", (ev) => {
    if (!ev.altKey || ev.ctrlKey || ev.metaKey) return;
    const key = ev.key.toLowerCase();
    const button = key === "z" ? $("button[aria-keyshortcuts='Alt+Z']") : key === "y" ? $("button[aria-keyshortcuts='Alt+Y']") : null;
    if (button && !button.disabled) { ev.preventDefault(); button.click(); }
  });
  // On a phone, whose keyboard has no arrows, the ↑ button beside Run does what ArrowUp does; pressing
  // it leaves the focus (and so the on-screen keyboard) on the command line.
  document.addEventListener("mousedown", (ev) => {
    if (ev.target.closest && ev.target.closest("[data-history-up]")) ev.preventDefault();
  });
  document.addEventListener("click", (ev) => {
    if (!ev.target.closest("[data-history-up]")) return;
    const input = $("[data-command]");
    if (!input) return;
    if (pos > 0) { pos -= 1; input.value = history[pos]; }
    input.focus();
  });
  document.addEventListener("keydown", (ev) => {
    const input = ev.target.closest && ev.target.closest("[data-command]");
    if (!input) return;
    if (ev.key === "ArrowUp" && pos > 0) { pos -= 1; input.value = history[pos]; ev.preventDefault(); }
    else if (ev.key === "ArrowDown") {
      pos = Math.min(history.length, pos + 1);
      input.value = pos < history.length ? history[pos] : "";
      ev.preventDefault();
    }
  });
  // A command shown in the lesson (a goal, a hint, the text's code) is taken into the command line
  // with one tap, click or Enter on it: the line is filled, not run (the learner reads it and presses
  // Enter), and focused, on a phone on the Terminal tab. Typing a long `docker run` on a phone's
  // keyboard was the only way. (A watcher's page draws these as plain code: it has no command line.)
  document.addEventListener("click", (ev) => {
    const take = ev.target.closest && ev.target.closest("#lesson-panel [data-take]");
    const input = $("[data-command]");
    if (!take || !input || input.disabled) return;
    if (take.tagName === "CODE" && String(window.getSelection() || "")) return;  // selecting it to copy
    const tab = $("[role=tab][data-tab=terminal]");
    if (!input.offsetParent && tab) selectTab(tab, false);
    input.value = take.dataset.take;
    pos = history.length;
    input.focus({preventScroll: true});
    input.setSelectionRange(input.value.length, input.value.length);
    input.scrollIntoView({block: "nearest"});
  });
  // Keys a terminal gives meaning to: Ctrl-C (with nothing selected, so copying still works) is sent
  // to the container the terminal is inside or held by, and empties the line at the learner's own
  // prompt; Ctrl-D on an empty line ends a container's shell. Each goes through its button.
  // At a command's [y/N] question, Ctrl-C answers as the key does in a terminal (the server takes
  // "^C" for it, as a container's terminal does): the question shows ^C and the command ends.
  document.addEventListener("keydown", (ev) => {
    const box = ev.target.closest && ev.target.closest("#answer-input");
    if (!box || !ev.ctrlKey || ev.altKey || ev.metaKey || ev.key.toLowerCase() !== "c") return;
    if (box.selectionStart !== box.selectionEnd) return;  // copying
    ev.preventDefault();
    box.value = "^C";
    box.form.requestSubmit();
  });
  document.addEventListener("keydown", (ev) => {
    const input = ev.target.closest && ev.target.closest("[data-command]");
    if (!input || !ev.ctrlKey || ev.altKey || ev.metaKey) return;
    const key = ev.key.toLowerCase();
    const form = input.closest("[data-terminal-form]");
    const attached = form ? form.dataset.attached : undefined;
    if (key === "c" && input.selectionStart === input.selectionEnd) {
      ev.preventDefault();
      const button = attached && $("button[data-key='^C']");
      if (heredoc) { heredoc = null; showHeredoc(); input.value = ""; }
      else if (button) button.click(); else input.value = "";
    } else if (key === "d" && attached === "shell" && !input.value) {
      ev.preventDefault();
      const button = $("button[data-key='^D']");
      if (button) button.click();
    }
  });
  // A here-document typed line by line, as at bash's prompt: the line that opens one (cat > f <<'EOF')
  // is held, the lines after it are shown after bash's "> " and held too, and the delimiter's line
  // sends them all as one command (an <input> keeps no newline: the request's line is set to them).
  // Sent alone, the opening line ran at once and wrote an empty file.
  let heredoc = null;  // {lines, delims} while one is open
  let heredocFull = null;  // the whole command, on its way
  function heredocDelims(line) {
    const out = [];
    let quote = "";
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (quote) { if (ch === quote) quote = ""; else if (ch === "\\" && quote === '"') i++; continue; }
      if (ch === "\\") { i++; continue; }
      if (ch === "'" || ch === '"') { quote = ch; continue; }
      if (ch === "#" && (i === 0 || /\s/.test(line[i - 1]))) break;
      if (ch !== "<" || line[i + 1] !== "<" || line[i + 2] === "<" || line[i - 1] === "<") continue;
      const m = /^<<(-?)[ \t]*(?:'([^']*)'|"([^"]*)"|\\?([^\s;&|<>()'"]+))/.exec(line.slice(i));
      if (m) { out.push({word: m[2] ?? m[3] ?? m[4], strip: m[1] === "-"}); i += m[0].length - 1; }
    }
    return out;
  }
  function showHeredoc() {
    const form = $("[data-terminal-form]");
    if (!form) return;
    let box = $("[data-heredoc]");
    if (heredoc && !box) {
      box = document.createElement("div");
      box.className = "heredoc-open";
      box.dataset.heredoc = "";
      form.before(box);
    }
    if (box && !heredoc) box.remove();
    if (!heredoc) { form.classList.remove("in-heredoc"); return; }
    box.replaceChildren(...heredoc.lines.map((l, i) => {
      const row = document.createElement("div");
      row.className = i ? "cmdline more" : "cmdline";
      const mark = document.createElement("span");
      mark.className = i ? "ps2" : "ps1";
      mark.textContent = i ? ">" : "$";
      const text = document.createElement("span");
      text.className = i ? "cmd-more" : "cmd";
      text.textContent = l;
      row.append(mark, " ", text);
      return row;
    }));
    form.classList.add("in-heredoc");
    box.scrollTop = box.scrollHeight;  // the newest line in view
  }
  document.addEventListener("htmx:after:swap", showHeredoc);
  document.addEventListener("submit", (ev) => {
    const form = ev.target.closest("[data-terminal-form]");
    const input = form && $("[data-command]", form);
    if (!input || resending || (form.dataset.attached && form.dataset.attached !== "shell")) return;
    const line = input.value;
    if (!heredoc) {
      const delims = heredocDelims(line);
      if (!delims.length) return;
      heredoc = {lines: [line], delims};
    } else {
      heredoc.lines.push(line);
      const d = heredoc.delims[0];
      if ((d.strip ? line.replace(/^\t+/, "") : line) === d.word) heredoc.delims.shift();
      if (!heredoc.delims.length) {
        heredocFull = heredoc.lines.join("\n");
        heredoc = null;
        showHeredoc();
        return;  // sent, as the whole command
      }
    }
    ev.preventDefault();
    ev.stopImmediatePropagation();
    input.value = "";
    showHeredoc();
  }, true);
  // Enter on an empty line (or one of spaces) does what a terminal does: a fresh prompt under the
  // last, and nothing sent (bash neither runs nor keeps such a line). It showed nothing at all. A
  // prompt pressed while a command is on its way is drawn after that command's answer, as the
  // terminal echoes the key once the command is done.
  let blanksWaiting = 0;
  function drawBlankPrompts() {
    const out = $("#term-out");
    const form = $("[data-terminal-form]");
    if (!out || !form || inflight.length) return;
    const mark = $("label .ps1", form);
    const inside = Boolean(mark && mark.classList.contains("inside"));
    for (; blanksWaiting > 0; blanksWaiting--) {
      const row = document.createElement("div");
      row.className = inside ? "cmdline inside blank-prompt" : "cmdline blank-prompt";
      row.setAttribute("aria-hidden", "true");
      const ps1 = document.createElement("span");
      ps1.className = "ps1";
      ps1.textContent = inside ? mark.textContent.trim() : "$";
      row.append(ps1);
      out.append(row);
    }
    const all = out.querySelectorAll(".blank-prompt");  // a held Enter draws no endless column
    for (let i = 0; i < all.length - 200; i++) all[i].remove();
    stickToEnd = true;
    keepTerminalAtEnd();
  }
  document.addEventListener("submit", (ev) => {
    const form = ev.target.closest("[data-terminal-form]");
    const input = form && $("[data-command]", form);
    if (!input || heredoc || resending || input.value.trim()) return;
    ev.preventDefault();
    ev.stopImmediatePropagation();
    input.value = "";
    blanksWaiting += 1;
    drawBlankPrompts();
  }, true);
  document.addEventListener("htmx:config:request", (ev) => {
    const ctx = ev.detail && ev.detail.ctx;
    if (heredocFull === null || !ev.target.closest || !ev.target.closest("[data-terminal-form]") || !ctx) return;
    ctx.request.body.set("line", heredocFull);
    heredocFull = null;
  });
  document.addEventListener("submit", (ev) => {
    const form = ev.target.closest("[data-terminal-form]");
    if (!form) return;
    const input = $("[data-command]", form);
    if (input && input.value.trim()) {
      history.push(input.value);
      pos = history.length;
      // A new line is typed: its output is what the learner wants to see, wherever the terminal was
      // scrolled (loadHistory finds the line already in the history and did not follow any more).
      stickToEnd = true;
      inflight.push({line: heredocFull ?? input.value, again: resending});
      // Cleared after htmx has read the form, unless the next line was typed meanwhile: clearing it
      // then lost that line (a fast typist's, or a test's next fill, came before this timer).
      const line = input.value;
      setTimeout(() => { if (input.value === line) input.value = ""; }, 0);
    }
  });

  // Several lines pasted at once (two commands copied from a lesson) run one after another, as in a
  // terminal: an <input> keeps no newline, and Chromium made "docker volume ls" and "docker ps -a"
  // one line, which docker refused. Each goes after the answer to the one before it (and after the
  // answer to a question the lesson asks first); what follows the last newline stays on the line.
  const pasted = [];
  let pastedTail = null;
  function pasteNext() {
    const form = $("[data-terminal-form]");
    const input = form && $("[data-command]", form);
    if (!input || inflight.length || $("#term-prompt form.predict, #term-prompt form.answer")) return;
    while (pasted.length) {
      const line = pasted.shift();
      if (!line.trim() && !heredoc) continue;  // (an empty line inside a here-document is one of its lines)
      input.value = line;
      form.requestSubmit();
      if (inflight.length) return;  // the next goes once this one is answered
    }
    if (pastedTail !== null) { input.value = pastedTail; pastedTail = null; }
  }
  document.addEventListener("paste", (ev) => {
    const input = ev.target.closest && ev.target.closest("[data-command]");
    const text = ev.clipboardData ? ev.clipboardData.getData("text/plain") : "";
    if (!input || !/[\r\n]/.test(text)) return;
    ev.preventDefault();
    const lines = text.replace(/\r\n?/g, "\n").split("\n");
    lines[0] = input.value.slice(0, input.selectionStart) + lines[0];
    pastedTail = (pastedTail ?? "") + lines.pop() + input.value.slice(input.selectionEnd);
    pasted.push(...lines);
    input.value = "";
    pasteNext();
  });
  for (const name of ["htmx:after:request", "htmx:after:swap"]) {
    document.addEventListener(name, () => { if (pasted.length || pastedTail !== null) setTimeout(pasteNext, 30); });
  }

  // Lines typed while the server does not answer are not lost: they wait in a visible list, marked
  // "not sent", and go out in order when the page is connected again (or at once with Send now).
  const unsent = [];
  const inflight = [];  // lines on their way, oldest first, and whether each was one of the list
  let resending = false;
  let sendingUnsent = false;
  function showUnsent() {
    const box = $("[data-terminal-unsent]");
    if (!box) return;
    box.hidden = unsent.length === 0;
    $("[data-unsent-list]", box).replaceChildren(...unsent.map((line) => {
      const li = document.createElement("li");
      const code = document.createElement("code");
      code.textContent = line;
      li.append(code);
      return li;
    }));
  }
  let settleLine = null;  // resolves the send of a listed line: true once the server has it
  function lineDone(ev, ok) {
    if (!ev.target.closest || !ev.target.closest("[data-terminal-form]")) return;
    const sent = inflight.shift();
    if (!sent) return;
    if (!ok && !sent.again) { unsent.push(sent.line); showUnsent(); }
    if (sent.again && settleLine) { const done = settleLine; settleLine = null; done(ok); }
  }
  document.addEventListener("htmx:after:request", (ev) => {
    const ctx = ev.detail && ev.detail.ctx;
    const status = ctx && ctx.response ? ctx.response.status : 0;
    // a proxy's 502 or 504: the server never had it. (A 503 comes from layerlab itself, with its
    // own message: the database did not answer, and the line may or may not have been written.)
    lineDone(ev, status > 0 && ![502, 504].includes(status));
  });
  document.addEventListener("htmx:error", (ev) => {
    const ctx = ev.detail && ev.detail.ctx;
    if (!ctx || !ctx.response) lineDone(ev, false);  // the request never got an answer
  });
  async function sendUnsent() {
    if (sendingUnsent) return;
    sendingUnsent = true;
    try {
      while (unsent.length) {
        const form = $("[data-terminal-form]");  // none while a question waits for its answer
        const input = form && $("[data-command]", form);
        if (!input) break;
        const line = unsent[0];
        const ok = await new Promise((resolve) => {
          settleLine = resolve;
          resending = true;
          input.value = line;
          if (line.includes("\n")) heredocFull = line;
          form.requestSubmit();
          resending = false;
        });
        if (!ok) break;
        unsent.shift();
        showUnsent();
      }
    } finally {
      sendingUnsent = false;
      settleLine = null;
    }
  }
  document.addEventListener("click", (ev) => {
    if (ev.target.closest("[data-unsent-send]")) sendUnsent();
    else if (ev.target.closest("[data-unsent-discard]")) { unsent.length = 0; showUnsent(); }
  });

  // Browser window: the port picked lives here and the path reached lives in the iframe, which no
  // swap touches (it sits outside the swapped region); after a swap the address box is put back on
  // the chosen port, and the window moves only when that port is gone.
  let chosenPort = "";
  let pageLoadsFrame = false;  // the next load of the window is the page's doing (a port, Reload)
  function showPort(port) {
    const frame = $("[data-browser-frame]");
    if (!frame) return;
    chosenPort = port;
    pageLoadsFrame = true;
    frame.src = frame.dataset.base + port + "/";
    if (frame.dataset.title) frame.title = frame.dataset.title.replace("{port}", port);
  }
  // What answers on each port (a container's start): when the chosen port gets a new one (the app
  // re-created or started again), its page is loaded again rather than left on the error it met.
  let servedAt = {};
  function servingNow(panel, port) {
    const entry = (panel.dataset.serving || "").split(",").find((e) => e.startsWith(`${port}=`));
    return entry || "";
  }
  function syncBrowser() {
    const panel = $("#browser-panel");
    const page = $("[data-browser-page]");
    const frame = $("[data-browser-frame]");
    if (!panel || !page || !frame) return;
    const ports = panel.dataset.ports ? panel.dataset.ports.split(",") : [];
    page.hidden = ports.length === 0;
    if (!ports.length) return;
    if (!chosenPort && frame.getAttribute("src")) chosenPort = frame.getAttribute("src").split("/").slice(-2)[0];
    if (!ports.includes(chosenPort)) showPort(ports[0]);
    else if (servingNow(panel, chosenPort) && servingNow(panel, chosenPort) !== servedAt[chosenPort] && servedAt.drawn) showPort(chosenPort);
    servedAt = {drawn: true};
    for (const p of ports) servedAt[p] = servingNow(panel, p);
    const sel = $("[data-browser-port]");
    if (sel && sel.value !== chosenPort) sel.value = chosenPort;
  }
  document.addEventListener("change", (ev) => {
    const sel = ev.target.closest("[data-browser-port]");
    if (sel) showPort(sel.value);
  });
  // After Save, the next step is a command, but the keyboard's focus stayed in the app's window (four
  // Shift+Tabs back to the command line). A load of the window that the learner made from inside it
  // (the form went out: the session has a new version since they went in or the last load) gives the
  // focus back to the command line. Loads the page makes (a port chosen, Reload, the app started
  // again) leave it, and so does everything while the learner types in the form.
  let frameSeen = -1;  // the page's version when the learner went into the window, or it last loaded
  let frameSaved = 0;  // until when the window's load waits for its save's new version (a link
  // followed in the window brings none: that wait ends unmet, and the focus stays)
  function pageVersion() {
    const marker = document.getElementById("version");
    return marker ? Number(marker.dataset.version) : -1;
  }
  function backToCommand() {
    const frame = $("[data-browser-frame]");
    const input = $("[data-command]");
    if (Date.now() > frameSaved || !frame || document.activeElement !== frame) { frameSaved = 0; return; }
    if (pageVersion() <= frameSeen || !input || !input.offsetParent) return;  // (a phone shows the app's tab)
    frameSaved = 0;
    frameSeen = pageVersion();
    input.focus({preventScroll: true});
  }
  // A save the lesson's question held back: the window says "Not sent yet" until the question is
  // answered; the form's line then runs, and the window shows what the app answered to it (the page
  // it redirects to, or Waiting for localhost…), from the server, which has that answer.
  let insideLoad = 0;  // when the window last loaded a page the learner asked for inside it
  let heldSave = -1;  // the page's version while a save waits for the question's answer
  function noteHeldSave() {
    const asked = $("#term-prompt form.predict legend code");
    if (heldSave < 0 && asked && asked.textContent.startsWith("curl -s -X POST ") && Date.now() - insideLoad < 5000) {
      heldSave = pageVersion();
    } else if (heldSave >= 0 && !$("#term-prompt form.predict") && pageVersion() > heldSave) {
      heldSave = -1;
      const frame = $("[data-browser-frame]");
      if (!frame || !chosenPort) return;
      pageLoadsFrame = true;
      frame.src = frame.dataset.base.replace(/\/app\/$/, "/sent/") + chosenPort;
    }
  }
  window.addEventListener("blur", () => setTimeout(() => {
    const frame = $("[data-browser-frame]");
    if (frame && document.activeElement === frame) { frameSeen = pageVersion(); frameSaved = 0; }
  }, 0));
  // After the app's window navigates (a form was saved there), catch up at once rather than wait
  // for the live stream. (A page that is up to date gets nothing back; a watcher's window, whose
  // forms the server answers "Not sent", has nothing to catch up with.)
  document.addEventListener("load", (ev) => {
    const frame = ev.target;
    if (!(frame instanceof HTMLIFrameElement) || !frame.matches("[data-browser-frame][data-owned]")) return;
    if (!frame.getAttribute("src")) return;
    const ours = pageLoadsFrame;
    pageLoadsFrame = false;
    if (!ours) { insideLoad = Date.now(); noteHeldSave(); }
    if (!ours && document.activeElement === frame) { frameSaved = Date.now() + 5000; backToCommand(); }
    if (!frameSaved) frameSeen = pageVersion();
    const marker = document.getElementById("version");
    const since = marker ? marker.dataset.version : "";
    const stamp = marker ? encodeURIComponent(marker.dataset.stamp || "") : "";
    const base = frame.dataset.base.replace(/\/app\/$/, "");
    if (window.htmx) window.htmx.ajax("GET", `${base}/fragments?since=${since}&stamp=${stamp}`, {swap: "none"});
  }, true);
  document.addEventListener("click", (ev) => {
    if (!ev.target.closest("[data-browser-reload]")) return;
    const frame = $("[data-browser-frame]");
    // The app's pages run in an origin of their own (CSP sandbox): reload by setting the address again.
    if (frame) { pageLoadsFrame = true; frame.src = frame.src; }
  });

  // The file editor: a project file in a textarea with line numbers; Ctrl+S saves (the server runs the
  // here-document line that writes it), Esc or Cancel closes without saving.
  function editorParts() {
    const dialog = document.getElementById("editor");
    if (!dialog) return null;
    return {dialog, form: $("[data-editor-form]", dialog), path: $("[data-editor-path]", dialog),
      text: $("[data-editor-text]", dialog), gutter: $("[data-editor-gutter]", dialog),
      status: $("[data-editor-status]", dialog)};
  }
  function editorLines() {
    const e = editorParts();
    if (!e) return;
    const n = e.text.value.split("\n").length;
    e.gutter.textContent = Array.from({length: n}, (_, i) => String(i + 1)).join("\n");
    e.text.style.height = "auto";  // it grows with its lines (the box around it scrolls), plus its own scroll bar
    e.text.style.height = `${e.text.scrollHeight + e.text.offsetHeight - e.text.clientHeight}px`;
  }
  async function openEditor(path) {
    const e = editorParts();
    if (!e) return;
    e.status.textContent = "";
    let data;
    try {
      const res = await fetch(`${e.dialog.dataset.fileUrl}?path=${encodeURIComponent(path || "")}`);
      data = await res.json();
    } catch { return; }
    e.path.replaceChildren(...data.files.map((f) => new Option(f, f)));
    if (!data.path) {
      const first = data.files.includes("server.js") ? "server.js" : data.files[0];
      if (first) return openEditor(first);
    }
    e.path.value = data.path;
    e.text.value = data.content;
    if (!e.dialog.open) e.dialog.showModal();
    editorLines();
    e.text.setSelectionRange(0, 0);
    e.text.focus({preventScroll: true});
    e.text.parentElement.scrollTop = 0;
  }
  document.addEventListener("click", (ev) => {
    if (ev.target.closest("[data-editor-open]")) { openEditor(""); return; }
    if (ev.target.closest("[data-editor-cancel]")) { const e = editorParts(); if (e) e.dialog.close(); return; }
    // a file of the project folder, clicked in the Host column, opens in the editor
    const file = ev.target.closest("#host-project li.k-file[data-path]");
    if (file && editorParts()) openEditor(file.dataset.path);
  });
  document.addEventListener("change", (ev) => {
    if (ev.target.closest("[data-editor-path]")) openEditor(ev.target.value);
  });
  document.addEventListener("input", (ev) => {
    if (ev.target.closest("[data-editor-text]")) editorLines();
  });
  document.addEventListener("keydown", (ev) => {
    if (!(ev.ctrlKey || ev.metaKey) || ev.key.toLowerCase() !== "s" || !ev.target.closest("#editor")) return;
    ev.preventDefault();
    const e = editorParts();
    if (e) e.form.requestSubmit();
  });
  document.addEventListener("htmx:after:request", (ev) => {
    const e = editorParts();
    if (!e || ev.target !== e.form) return;
    const ctx = ev.detail && ev.detail.ctx;
    const text = (ctx && ctx.text) || "";
    const refused = text.includes('class="term-help notice"');
    if (ctx && ctx.response && ctx.response.status < 400 && !refused) { e.dialog.close(); return; }
    const holder = document.createElement("div");
    holder.innerHTML = text;
    e.status.textContent = holder.textContent.trim() || e.dialog.dataset.notSaved || "";
  });
  document.addEventListener("htmx:error", (ev) => {
    const e = editorParts();
    if (e && ev.target === e.form) e.status.textContent = e.dialog.dataset.notSaved || "";
  });

  // Embedded in a course page: tell the parent what happens (ready, goal-reached, lesson-complete).
  const reported = new Set();
  let completeSent = false;
  function tellParent() {
    const app = $("[data-embed]");
    if (!app || window.parent === window) return;
    const grid = $(".lesson-grid");
    if (!grid) return;
    const lesson = grid.dataset.lesson;
    document.querySelectorAll(".goal.done[data-goal]").forEach((g) => {
      if (reported.has(g.dataset.goal)) return;
      reported.add(g.dataset.goal);
      window.parent.postMessage({source: "layerlab", type: "goal-reached", lesson, goal: g.dataset.goal}, "*");
    });
    if (grid.dataset.complete === "yes" && !completeSent) {
      completeSent = true;
      window.parent.postMessage({source: "layerlab", type: "lesson-complete", lesson}, "*");
    }
  }

  // Copy buttons (the Embed snippet)
  document.addEventListener("click", async (ev) => {
    const b = ev.target.closest("[data-copy-button]");
    if (!b) return;
    const area = document.getElementById(b.dataset.copyButton);
    area.select();
    try { await navigator.clipboard.writeText(area.value); b.textContent = "✓"; } catch { document.execCommand("copy"); }
  });

  // "Share a copy" names the state shown now: the version marker carries the cursor.
  function shareLink() {
    const link = $("[data-share-link]");
    const marker = document.getElementById("version");
    if (link && marker && marker.dataset.cursor) link.textContent = link.dataset.shareLink + marker.dataset.cursor;
  }
  // On a phone a question (or a prompt's [y/N]) arrives on the terminal's tab, while the learner may
  // be on the app's, where they pressed Save: that tab is brought forward, once for each question, or
  // the form waited unseen and the window only said "Not sent yet".
  let broughtForward = null;
  function bringForward(answer) {
    const form = answer.closest("form");
    const key = form ? form.textContent : answer.id;
    if (key === broughtForward) return;
    broughtForward = key;
    const tab = $("[role=tab][data-tab=terminal]");
    if (!answer.offsetParent && tab) selectTab(tab, false);
  }
  // A narration longer than its three lines scrolls (layerlab.css); the next command's starts at its top.
  let narrated = null;
  function narrationFromTop() {
    const marker = document.getElementById("version");
    const box = $(".narration");
    if (!marker || !box || marker.dataset.version === narrated) return;
    narrated = marker.dataset.version;
    box.scrollTop = 0;
  }
  // The answer to a prediction is written under the goals, in the lesson's side panel, which its
  // goals often fill: a learner who answered, and was wrong, read nothing of why unless they
  // scrolled the panel. The newest answer is brought into view in the panel (never the page).
  let revealedSeen = -1;
  function bringIntoPanel(el) {
    if (!el || !el.getClientRects().length) return false;
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowY;
      if ((o === "auto" || o === "scroll") && p.scrollHeight > p.clientHeight) {
        const c = p.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        if (r.top < c.top || r.bottom > c.bottom) p.scrollTop += r.top - c.top - 8;
        break;
      }
    }
    return true;
  }
  function showRevealed() {
    const all = document.querySelectorAll("#lesson-panel .revealed");
    const fresh = revealedSeen >= 0 && all.length > revealedSeen && bringIntoPanel(all[all.length - 1]);
    revealedSeen = all.length;
    return fresh;
  }
  // So is the goal to work on next, when one is reached (or "Lesson complete!" and its Next lesson):
  // the panel stayed where an answer had been brought, and the learner who reached a goal saw
  // neither the next one nor, at the end, the way on. (An answer that comes with it is read first.)
  let goalsSeen = -1;
  function showNextGoal(answered) {
    const done = document.querySelectorAll("#lesson-panel .goal.done").length;
    const reached = goalsSeen >= 0 && done > goalsSeen;
    goalsSeen = done;
    if (!reached || answered) return;
    bringIntoPanel($("#lesson-panel .complete") || $("#lesson-panel .goal[aria-current=step]"));
  }
  function afterUpdate() {
    if (blanksWaiting) drawBlankPrompts();
    if (frameSaved) backToCommand();
    noteHeldSave();
    showNextGoal(showRevealed());
    shareLink();
    fitCommand();
    narrationFromTop();
    syncBrowser();
    tellParent();
    watchSizes();
    queueWires();
    loadHistory();
    const answer = $("[data-autofocus]");
    const active = document.activeElement;
    if (answer) { bringForward(answer); answer.focus(); }
    else if (active && active !== document.body && active.matches(":disabled")) {
      // Undo pressed back to the start (or Redo to the end) is disabled in its hand: the browser
      // then dropped the focus on the page's body, and the keyboard had to find its way back
      const cmd = $("[data-command]");
      if (cmd) cmd.focus({ preventScroll: true });
    } else if (active === document.body && !$("[data-step]")) {  // a presenter steps with N
      const cmd = $("[data-command]");
      if (cmd) cmd.focus({ preventScroll: true });
    }
  }
  // Live indicator: on while the update stream is connected.
  function setLive(on) {
    const app = $(".app");
    if (app) app.dataset.live = on ? "on" : "off";
  }
  document.addEventListener("htmx:sse:after:connection", () => { setLive(true); if (unsent.length) sendUnsent(); });
  document.addEventListener("htmx:sse:after:message", () => setLive(true));
  document.addEventListener("htmx:sse:error", () => setLive(false));
  document.addEventListener("htmx:sse:close", () => setLive(false));

  // A tab that already shows a version (its own command's answer) skips the same update over SSE.
  document.addEventListener("htmx:sse:before:message", (ev) => {
    const marker = document.getElementById("version");
    const have = marker ? Number(marker.dataset.version) : -1;
    const id = Number(ev.detail && ev.detail.message && ev.detail.message.id);
    if (Number.isFinite(id) && id <= have) ev.detail.cancelled = true;
  });
  // Nor does a page ever go back: an answer drawn at an older version than the page shows is
  // dropped whole. A catch-up request (the app's window loading after its form was saved) can be
  // answered after the next command's answer, on another connection; swapped in, it put back the
  // lesson panel and the version of before that command, and the stream's frame for the command
  // was then skipped as already shown.
  const VERSION_DRAWN = /<div id="version" data-version="(\d+)"/;
  document.addEventListener("htmx:before:swap", (ev) => {
    const ctx = ev.detail && ev.detail.ctx;
    const found = ctx && typeof ctx.text === "string" ? VERSION_DRAWN.exec(ctx.text) : null;
    const marker = document.getElementById("version");
    if (found && marker && Number(found[1]) < Number(marker.dataset.version)) ev.preventDefault();
  });
  // The start of an embed: ask for the session at once (a GET never starts one; see /embed/).
  function startEmbed() {
    const form = $("[data-embed-start]");
    if (form) form.submit();
  }
  // Once a frame, however many regions one answer swaps: afterUpdate reads the layout (the terminal's
  // height, the header's), and reading it after each swap made the browser lay the page out again
  // for every region: a fifth of the typing tab's work on a `docker run`.
  let updateQueued = false;
  function queueUpdate() {
    if (updateQueued) return;
    updateQueued = true;
    requestAnimationFrame(() => { updateQueued = false; afterUpdate(); });
  }
  document.addEventListener("htmx:after:swap", queueUpdate);
  document.addEventListener("htmx:after:settle", queueUpdate);
  document.addEventListener("DOMContentLoaded", () => {
    const saved = store.get("layerlab-speed");
    const reduced = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    applySpeed(saved || (reduced ? "off" : "normal"));
    measureHeader();
    fitCommand();
    applyLesson(store.get(lessonKey()) || ($("[data-embed]") ? "folded" : "open"));
    revealedSeen = document.querySelectorAll("#lesson-panel .revealed").length;
    goalsSeen = document.querySelectorAll("#lesson-panel .goal.done").length;
    const first = $("[role=tab][data-tab]");
    if (first) selectTab(first, false);
    watchSizes();
    queueWires();
    loadHistory();
    syncBrowser();
    startEmbed();
    const app = $("[data-embed]");
    if (app && window.parent !== window) {
      // goals already done when the page loads were reached before: report only new ones
      document.querySelectorAll(".goal.done[data-goal]").forEach((g) => reported.add(g.dataset.goal));
      const grid = $(".lesson-grid");
      completeSent = Boolean(grid && grid.dataset.complete === "yes");
      window.parent.postMessage({source: "layerlab", type: "ready", lesson: app.dataset.embed}, "*");
    }
  });
})();
