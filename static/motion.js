// Movement that teaches: the last change shown as it happens. A file the app saved travels from the
// app's window through its draft folder (/app/temp) to where it is kept; a copy-up lifts the file out
// of its image layer into the container's layer; a whiteout crosses it out there. Driven by marks the
// server draws on the rows that changed (data-move, data-actor, data-via: app/web/viewmodel.py), so
// every view of a session, a watcher's too, shows the same. The travellers are copies in a fixed,
// pointer-events:none layer that are removed when they land: nothing waits for them, and with the
// speed Off (or reduced motion, which sets it) none is made: the same facts are lit in place instead,
// for a while, and nothing moves (still()). The rm and the volumes that stay are CSS.
(() => {
  "use strict";
  // the mark each row was last seen with: the morph reuses elements, so a row is known by what it says
  const seen = new WeakMap();
  const mark = (row) => [row.dataset.move, row.dataset.actor, row.dataset.path, row.dataset.via].join("|");

  // How long one step takes now: the --anim the speed setting (and prefers-reduced-motion) sets.
  function step() {
    const v = getComputedStyle(document.body).getPropertyValue("--anim").trim();
    const n = parseFloat(v);
    if (!Number.isFinite(n)) return 0;
    return v.endsWith("ms") ? n : n * 1000;
  }

  function shown(el) { return Boolean(el) && el.getClientRects().length > 0; }

  // A point on el, kept inside the column that scrolls it (a row scrolled away is met at the edge).
  function pointOn(el, dx) {
    const r = el.getBoundingClientRect();
    const col = el.closest(".panel");
    let y = r.top + Math.min(r.height / 2, 12);
    if (col) {
      const c = col.getBoundingClientRect();
      y = Math.min(Math.max(y, c.top + 28), c.bottom - 12);
    }
    return {x: r.left + (dx === undefined ? Math.min(r.width / 2, 60) : dx), y};
  }

  // Brings el into view inside the column of the picture that scrolls it (on a phone, the picture
  // itself), never the page: what changed is where the eye goes.
  function scroller(el) {
    for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
      const o = getComputedStyle(p).overflowY;
      if ((o === "auto" || o === "scroll") && p.scrollHeight > p.clientHeight) return p;
      if (p.id === "picture") break;
    }
    return null;
  }
  function reveal(el) {
    const col = el && el.closest("#picture") && scroller(el);
    if (!col) return;
    const c = col.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    // a column's sticky title, and the sticky name of the card el is in
    const card = el.closest(".container");
    const name = card && card !== el ? card.querySelector(":scope > h3") : null;
    const head = (col.matches(".panel") ? 44 : 8) + (name ? name.offsetHeight : 0);
    if (r.top < c.top + head) col.scrollTop += r.top - c.top - head - 8;
    // below: up into view with some room under it, but its top never under the title
    else if (r.bottom > c.bottom - 8) {
      // (a phone's picture scrolls as one: just enough, so what sits above stays in view)
      const room = col.matches(".panel") ? Math.max(0, c.height - r.height) / 3 : 8;
      col.scrollTop += Math.min(r.top - c.top - head - 8, r.bottom - c.bottom + 8 + room);
    }
  }

  // A saved file's row with the place that holds it (the container's read-write layer, the volume,
  // the host folder) when the place fits in view: on a phone the row alone came into view under the
  // card's name, its layer's label scrolled away above, and so where the file went was not said.
  // And when the place is a volume or a host folder in a column of its own, the container's mount
  // of it too, so the line between them is in view: at 1920x1080 a save into the volume feedback
  // lit the file in the Host column while the card's /app/feedback sat under its column's fold.
  function revealPlace(row) {
    const place = row && row.closest(".rw, .volume, .folder");
    const col = place && place.closest("#picture") && scroller(place);
    if (col && place.getBoundingClientRect().height < col.clientHeight * 0.6) reveal(place);
    reveal(row);
    const mount = place && mountOf(row, place);
    if (mount && shown(mount) && scroller(mount) !== scroller(row)) reveal(mount);
  }
  function mountOf(row, place) {
    const box = card(row.dataset.actor);
    const key = place.dataset.place;
    if (!box || !key) return null;
    const mounts = Array.from(box.querySelectorAll(".mount[data-place]"));
    return mounts.find((m) => m.dataset.place === key)
      || mounts.find((m) => key.startsWith("dir:") && m.dataset.place.startsWith(key + "/")) || null;
  }

  function travelLayer() {
    let layer = document.getElementById("travel-layer");
    if (!layer) {
      layer = document.createElement("div");
      layer.id = "travel-layer";
      layer.setAttribute("aria-hidden", "true");
      document.body.append(layer);
    }
    return layer;
  }

  function card(actor) {
    return Array.from(document.querySelectorAll("#containers-region [data-container]"))
      .find((c) => c.dataset.container === actor) || null;
  }

  // Where the app's draft sits in the container: a mount at that path (a tmpfs, a volume), else the
  // folder in the container's merged view, else in its read-write layer, else the card itself.
  function draftPlace(box, via) {
    if (!box) return null;
    const mount = Array.from(box.querySelectorAll(".mount[data-dest]")).find((m) => m.dataset.dest === via);
    if (shown(mount)) return mount;
    const root = (box.dataset.root || "/").replace(/\/$/, "");
    const rel = via.startsWith(root + "/") ? via.slice(root.length + 1) : via.replace(/^\//, "");
    const rows = Array.from(box.querySelectorAll(".merged [data-path], .rw [data-path]"));
    const row = rows.find((r) => shown(r) && (r.dataset.path === rel || r.dataset.path === via.slice(1)));
    return row || box;
  }

  // The draft a save left in the container's layer (the app's copyFile keeps it in /app/temp): the
  // file landed there too, so it is lit with the saved copy (the server marks it: data-draft).
  function drafts(row) {
    if (row.dataset.move !== "app") return [];
    const name = (row.dataset.path || "").split("/").pop();
    return Array.from(document.querySelectorAll("[data-draft]")).filter((d) =>
      d.dataset.draft === row.dataset.actor && (d.dataset.path || "").split("/").pop() === name);
  }

  // The image layer row a copied-up (or whited-out) file comes from: in the container's own image first.
  function layerRow(box, path) {
    const full = "/" + path;
    const own = box && document.getElementById(box.dataset.imageTarget || "");
    const inImage = (root) => root && Array.from(root.querySelectorAll(".layer [data-path]"))
      .find((r) => r.dataset.path === full && shown(r));
    return inImage(own) || inImage(document.getElementById("images-region"))
      || (own && (own.querySelector(".layer") || own)) || null;
  }

  function traveller(row, kind) {
    const t = document.createElement("div");
    t.className = `travelling t-${kind}`;
    const name = row.querySelector(".name");
    t.textContent = (kind === "hide" ? "✕ " : "") + (name ? name.textContent.trim() : row.dataset.path);
    travelLayer().append(t);
    return t;
  }

  function at(p, extra) { return `translate(${p.x.toFixed(1)}px, ${p.y.toFixed(1)}px) translate(-50%, -50%)${extra || ""}`; }

  // The row waits, faint, until its file arrives; lit briefly where it lands. A swap that comes
  // meanwhile (the same change over the live stream) redraws the row's classes: scan() puts them back.
  const inflight = new Map();  // mark -> the place it passes
  function land(row, t, lit) {
    t.remove();
    const m = mark(row);
    inflight.delete(m);
    document.querySelectorAll(".awaiting").forEach((r) => { if (!inflight.has(mark(r))) r.classList.remove("awaiting"); });
    document.querySelectorAll(".passing").forEach((p) => { if (p === lit || !p.isConnected) p.classList.remove("passing"); });
    if (lit) lit.classList.remove("passing");
    // the row now on the page (a swap meanwhile may have drawn it anew)
    const live = Array.from(document.querySelectorAll("[data-move]")).find((r) => mark(r) === m) || row;
    const rows = [live, ...drafts(live)];
    rows.forEach((r) => r.classList.add("landed"));
    setTimeout(() => rows.forEach((r) => r.classList.remove("landed")), Math.max(step() * 3, 600));
  }

  // No travel (the speed Off, or reduced motion): what the travel would have told, told in place. The
  // row is lit where the file landed, inside its place (the container's layer, the volume, the host
  // folder), with the draft folder it passed through; a copy-up or a whiteout lights the image
  // layer's file at the same time. Outlines and colour only: nothing slides, grows or fades in.
  const STILL_MS = 2600;
  const stills = new Map();  // mark -> when its light goes out
  function stillParts(row) {
    const parts = [[row, "still-here"], ...drafts(row).map((d) => [d, "still-here"])];
    const place = row.closest(".rw, .volume, .folder");
    if (place) parts.push([place, "still-place"]);
    // on a phone the picture may be another tab: its tab is lit
    const tab = document.querySelector("[role=tab][data-tab=picture]");
    if (!shown(row) && shown(tab)) parts.push([tab, "still-tab"]);
    const box = card(row.dataset.actor);
    if (row.dataset.move === "app") {
      const via = draftPlace(box, row.dataset.via || "/app/temp");
      if (via && via !== box && !via.contains(row)) parts.push([via, "still-via"]);
    } else {
      const src = layerRow(box, row.dataset.path);
      if (src && src.matches("[data-path]")) parts.push([src, "still-from"]);  // only the file's own row
    }
    return parts;
  }
  const STILL_CLASSES = ["still-here", "still-place", "still-via", "still-from", "still-tab"];
  // Lights every change still within its time on the rows now on the page (a swap redraws classes).
  function relight() {
    const now = Date.now();
    STILL_CLASSES.forEach((k) => document.querySelectorAll(`.${k}`).forEach((el) => el.classList.remove(k)));
    document.querySelectorAll("[data-move]").forEach((row) => {
      const until = stills.get(mark(row));
      if (until === undefined || until <= now) return;
      stillParts(row).forEach(([el, k]) => el.classList.add(k));
    });
  }
  function still(row) {
    const m = mark(row);
    stills.set(m, Date.now() + STILL_MS);
    relight();
    revealPlace(row);
    const from = document.querySelector(".still-from");
    if (from) reveal(from);
    setTimeout(() => {
      if ((stills.get(m) || 0) <= Date.now()) stills.delete(m);
      relight();
    }, STILL_MS + 20);
  }

  function fly(row) {
    const ms = step();
    if (ms <= 0) { still(row); return; }
    const kind = row.dataset.move;
    const box = card(row.dataset.actor);
    // on a phone the picture may be another tab: the file goes to that tab
    const tab = document.querySelector("[role=tab][data-tab=picture]");
    const target = shown(row) ? row : shown(tab) ? tab : null;
    if (!target) return;
    revealPlace(row);
    const to = pointOn(target);
    const frames = [];
    let lit = null;
    if (kind === "app") {
      const win = document.querySelector("#browser-region .page") || document.getElementById("browser-region");
      if (!shown(win)) return;
      const w = win.getBoundingClientRect();
      const from = {x: w.left + Math.min(70, w.width / 2), y: w.top + Math.min(w.height * 0.75, 540)};
      lit = draftPlace(box, row.dataset.via || "/app/temp");
      if (!shown(lit)) lit = null;
      const via = lit ? pointOn(lit, 40) : to;
      frames.push({transform: at(from, " scale(.9)"), opacity: 0, offset: 0},
        {transform: at(from), opacity: 1, offset: 0.08},
        {transform: at(via), offset: 0.45},
        {transform: at(via, " scale(1.08)"), offset: 0.62},
        {transform: at(to), opacity: 1, offset: 0.95},
        {transform: at(to), opacity: 0, offset: 1});
    } else {
      const src = layerRow(box, row.dataset.path);
      if (!shown(src) || target !== row) return;
      reveal(src);
      lit = src;
      const from = pointOn(src);
      // a copy-up lifts the file off its layer first: the layer keeps its own copy
      frames.push({transform: at(from), opacity: 0, offset: 0},
        {transform: at(from), opacity: 1, offset: 0.1},
        {transform: at({x: from.x, y: from.y - 22}, " scale(1.12)"), offset: 0.35},
        {transform: at(to), opacity: 1, offset: 0.92},
        {transform: at(to), opacity: 0, offset: 1});
    }
    const t = traveller(row, kind);
    inflight.set(mark(row), lit);
    row.classList.add("awaiting");
    if (lit) lit.classList.add("passing");
    const total = ms * 3;
    const anim = t.animate ? t.animate(frames, {duration: total, easing: "ease-in-out", fill: "both"}) : null;
    // land even if the animation never finishes (a tab in the background, an old browser)
    let landed = false;
    const finish = () => { if (!landed) { landed = true; land(row, t, lit); } };
    if (anim) anim.finished.then(finish, finish);
    setTimeout(finish, total + 250);
  }

  // After every swap: each marked row travels once. A region that did not change is not sent again,
  // so its rows keep their marks and are not flown twice; the same file saved again later was unmarked
  // in between.
  let queued = false;
  const kept = new WeakSet();
  function scan() {
    queued = false;
    document.querySelectorAll("[data-move]").forEach((row) => {
      if (inflight.has(mark(row))) {
        row.classList.add("awaiting");
        const lit = inflight.get(mark(row));
        if (lit && lit.isConnected) lit.classList.add("passing");
      }
      if (seen.get(row) === mark(row)) return;
      seen.set(row, mark(row));
      fly(row);
    });
    document.querySelectorAll(".awaiting:not([data-move])").forEach((row) => row.classList.remove("awaiting"));
    if (stills.size) relight();
    // a volume just made, or one that outlived its container, and an image just made (a build, a
    // commit: its card is drawn first in its column, which the morph leaves scrolled where it was):
    // shown, whatever the speed
    document.querySelectorAll(".volume.is-new, .volume.is-kept, .image.is-new").forEach((v) => {
      if (kept.has(v)) return;
      kept.add(v);
      reveal(v);
    });
    showNamed();
    // a file new in a container's read-write layer that does not travel (the draft of a save the
    // app never answered, EXDEV or EROFS; a file touched with docker exec): shown too, the first of
    // each card. In a 760 px embed the draft sat under its column's fold, and the narration named it.
    document.querySelectorAll("#containers-region [data-container]").forEach((box) => {
      const row = box.querySelector(".rw li.is-new.k-file:not([data-move])");
      if (!row || kept.has(row)) return;
      kept.add(row);
      reveal(row);
    });
  }

  // What the newest docker command names is brought into view in its column and outlined: `docker
  // volume inspect notes` shows the volume notes, which sat below the project folder, under the fold
  // of the Host column; `docker stop test-app`, test-app's card. A name is a word of the line, or what
  // comes before the ':' of -v NAME:/path, or after source= in --mount. The outline stays until the
  // next command.
  let named = "";
  function namesIn(line) {
    const words = line.trim().split(/\s+/);
    if (words[0] === "sudo") words.shift();
    if (words[0] !== "docker") return [];
    return words.slice(1).flatMap((w) => w.split(",")).map((w) => w.replace(/^(source|src)=/, "").split(":")[0])
      .filter((w) => w && !w.startsWith("-"));
  }
  function showNamed() {
    const cmds = document.querySelectorAll("#term-out .cmdline:not(.inside) .cmd");
    const last = cmds[cmds.length - 1];
    const key = last ? `${cmds.length}|${last.textContent}` : "";
    const fresh = key !== named;
    named = key;
    const names = new Set(last ? namesIn(last.textContent) : []);
    const found = [
      ...Array.from(document.querySelectorAll("#host-region [data-volume]")).filter((v) => names.has(v.dataset.volume)),
      ...Array.from(document.querySelectorAll("#containers-region [data-container]"))
        .filter((c) => names.has(c.dataset.container)),
    ];
    // (the outline put back after every swap: a region morphed after the line's entry came took it
    // off the card for good)
    document.querySelectorAll(".is-named").forEach((el) => { if (!found.includes(el)) el.classList.remove("is-named"); });
    found.forEach((el) => el.classList.add("is-named"));
    if (!fresh) return;
    // one of each column: the first the line names. A card that holds what the line changed is left
    // to that row, which is in view already with the card's name stuck above it: in a 760 px embed
    // `docker exec feedback-app rm /app/pages/exists.html` scrolled the card back to its top, and
    // the whiteout it made went under the column's fold.
    const firsts = new Map();
    found.forEach((el) => { const col = el.closest(".panel"); if (!firsts.has(col)) firsts.set(col, el); });
    firsts.forEach((el) => { if (!el.querySelector("[data-move]")) reveal(el); });
  }
  function queue() {
    if (queued) return;
    queued = true;
    // after layerlab.js has drawn the wires and scrolled the terminal for this swap
    requestAnimationFrame(() => requestAnimationFrame(scan));
  }
  // an element the morph kept whose mark it removed may be marked again later: forget it
  function forget(ev) {
    const root = ev.target instanceof Element ? ev.target : document;
    root.querySelectorAll && root.querySelectorAll("[data-path]:not([data-move])").forEach((r) => seen.delete(r));
  }
  document.addEventListener("htmx:after:swap", (ev) => { forget(ev); queue(); });
  document.addEventListener("htmx:after:settle", queue);
  // What the page shows when it loads has not just happened: no travel for it. What the last change
  // made is brought into view in its column all the same (and, for a copy-up, where it came from);
  // on a phone, when the Picture tab is opened.
  function revealChanged() {
    requestAnimationFrame(() => {
      document.querySelectorAll("[data-move]").forEach((row) => {
        revealPlace(row);
        if (row.dataset.move !== "app") reveal(layerRow(card(row.dataset.actor), row.dataset.path));
      });
      document.querySelectorAll(".volume.is-kept, .image.is-new").forEach(reveal);
    });
  }
  document.addEventListener("DOMContentLoaded", () => {
    document.querySelectorAll("[data-move]").forEach((row) => seen.set(row, mark(row)));
    document.querySelectorAll(".volume.is-kept, .image.is-new").forEach((v) => kept.add(v));
    revealChanged();
    requestAnimationFrame(showNamed);
  });
  document.addEventListener("click", (ev) => {
    if (!ev.target.closest || !ev.target.closest("[role=tab][data-tab=picture]")) return;
    revealChanged();
    if (stills.size) requestAnimationFrame(relight);  // the picture is shown now: its tab is no longer lit
  });
})();
