"""`npm install` as npm 6 (Node 14) does it for the feedback app: node_modules and a lockfile."""

from __future__ import annotations

import functools
import json
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from . import nodeapp, nodemon
from .fs import FILE, FsError, Node, dir_node, file_node, join, normpath
from .views import ContainerView
from .world import Container, World, on_stderr

if TYPE_CHECKING:
    from .shell import Shell
    from .toolkit import IO

# What `npm install` puts in node_modules for each top-level dependency (name -> version).
PACKAGES: dict[str, dict[str, str]] = {
    "express": {
        "express": "4.21.2", "accepts": "1.3.8", "array-flatten": "1.1.1", "body-parser": "1.20.3",
        "bytes": "3.1.2", "call-bind": "1.0.7", "content-disposition": "0.5.4", "content-type": "1.0.5",
        "cookie": "0.7.1", "cookie-signature": "1.0.6", "debug": "2.6.9", "define-data-property": "1.1.4",
        "depd": "2.0.0", "destroy": "1.2.0", "ee-first": "1.1.1", "encodeurl": "2.0.0", "es-define-property": "1.0.0",
        "es-errors": "1.3.0", "escape-html": "1.0.3", "etag": "1.8.1", "finalhandler": "1.3.1",
        "forwarded": "0.2.0", "fresh": "0.5.2", "function-bind": "1.1.2", "get-intrinsic": "1.2.4",
        "gopd": "1.0.1", "has-property-descriptors": "1.0.2", "has-proto": "1.0.3", "has-symbols": "1.0.3",
        "hasown": "2.0.2", "http-errors": "2.0.0", "iconv-lite": "0.4.24", "inherits": "2.0.4",
        "ipaddr.js": "1.9.1", "media-typer": "0.3.0", "merge-descriptors": "1.0.3", "methods": "1.1.2",
        "mime": "1.6.0", "mime-db": "1.52.0", "mime-types": "2.1.35", "ms": "2.0.0", "negotiator": "0.6.3",
        "object-inspect": "1.13.2", "on-finished": "2.4.1", "parseurl": "1.3.3", "path-to-regexp": "0.1.12",
        "proxy-addr": "2.0.7", "qs": "6.13.0", "range-parser": "1.2.1", "raw-body": "2.5.2",
        "safe-buffer": "5.2.1", "safer-buffer": "2.1.2", "send": "0.19.0", "serve-static": "1.16.2",
        "set-function-length": "1.2.2", "setprototypeof": "1.2.0", "side-channel": "1.0.6",
        "statuses": "2.0.1", "toidentifier": "1.0.1", "type-is": "1.6.18", "unpipe": "1.0.0",
        "utils-merge": "1.0.1", "vary": "1.1.2",
    },
    "body-parser": {"body-parser": "1.20.3"},
    # nodemon 2.0.22's tree (its package.json dependencies, with chokidar's); debug@3 and ms@2.1
    # nest under node_modules/nodemon because express's debug@2 and ms@2.0 hold the top level
    "nodemon": {
        "nodemon": "2.0.22", "abbrev": "1.1.1", "anymatch": "3.1.3", "balanced-match": "1.0.2",
        "binary-extensions": "2.3.0", "brace-expansion": "1.1.11", "braces": "3.0.3", "chokidar": "3.6.0",
        "concat-map": "0.0.1", "fill-range": "7.1.1", "glob-parent": "5.1.2", "has-flag": "3.0.0",
        "ignore-by-default": "1.0.1", "is-binary-path": "2.1.0", "is-extglob": "2.1.1", "is-glob": "4.0.3",
        "is-number": "7.0.0", "minimatch": "3.1.2", "nopt": "1.0.10", "normalize-path": "3.0.0",
        "picomatch": "2.3.1", "pstree.remy": "1.1.8", "readdirp": "3.6.0", "semver": "5.7.2",
        "simple-update-notifier": "1.1.0", "supports-color": "5.5.0", "to-regex-range": "5.0.1",
        "touch": "3.1.0", "undefsafe": "2.0.5",
    },
}
# what a package puts in node_modules/.bin (its package.json "bin")
BINS = {"nodemon": "nodemon/bin/nodemon.js"}
# npm 6 on Linux reports chokidar's macOS-only optional dependency it skips: (name, version, the
# package whose optionalDependencies name it, with what range: chokidar 3.6.0's package.json)
SKIPPED = {"nodemon": ("fsevents", "2.3.3", "chokidar", "~2.3.2")}


# Each package's top-level entries as its npm tarball unpacks them (a name ending in / is a folder);
# from the packages' published file lists as remembered, unchecked against the registry here.
_STD = "HISTORY.md LICENSE README.md index.js package.json"
TOP_FILES: dict[str, str] = {
    "express": "History.md LICENSE Readme.md index.js lib/ package.json",
    "body-parser": "HISTORY.md LICENSE README.md SECURITY.md index.js lib/ package.json",
    "accepts": _STD, "content-disposition": _STD, "content-type": _STD, "etag": _STD, "forwarded": _STD,
    "fresh": _STD, "http-errors": _STD, "media-typer": _STD, "methods": _STD, "mime-types": _STD,
    "on-finished": _STD, "parseurl": _STD, "proxy-addr": _STD, "range-parser": _STD, "serve-static": _STD,
    "toidentifier": _STD, "type-is": _STD, "unpipe": _STD, "vary": _STD,
    "bytes": "History.md LICENSE Readme.md index.js package.json",
    "depd": "History.md LICENSE Readme.md index.js package.json",
    "cookie": "LICENSE README.md SECURITY.md index.js package.json",
    "finalhandler": "HISTORY.md LICENSE README.md SECURITY.md index.js package.json",
    "raw-body": "HISTORY.md LICENSE README.md SECURITY.md index.d.ts index.js package.json",
    "send": "HISTORY.md LICENSE README.md SECURITY.md index.js node_modules/ package.json",
    "negotiator": "HISTORY.md LICENSE README.md index.js lib/ package.json",
    "mime-db": "HISTORY.md LICENSE README.md db.json index.js package.json",
    "statuses": "HISTORY.md LICENSE README.md codes.json index.js package.json",
    "ms": "index.js license.md package.json readme.md",
    "debug": ".coveralls.yml .eslintrc .npmignore .travis.yml CHANGELOG.md LICENSE Makefile README.md "
             "component.json karma.conf.js node.js package.json src/",
    "iconv-lite": "Changelog.md LICENSE README.md encodings/ lib/ package.json",
    "inherits": "LICENSE README.md inherits.js inherits_browser.js package.json",
    "safer-buffer": "LICENSE Porting-Buffer.md Readme.md dangerous.js package.json safer.js tests.js",
    "array-flatten": "LICENSE README.md array-flatten.js package.json",
    "path-to-regexp": "LICENSE Readme.md index.js package.json",
    "nodemon": "LICENSE README.md bin/ doc/ index.d.ts jsconfig.json lib/ package.json",
}


@functools.lru_cache(maxsize=256)
def _package_json(name: str, version: str) -> str:
    """An installed package's package.json (the same text for every install of it)."""
    return json.dumps({"name": name, "version": version, "main": "index.js"}, indent=2) + "\n"


@functools.lru_cache(maxsize=256)
def _package_files(name: str, version: str) -> tuple[tuple[str, str | None, int], ...]:
    """One package folder's top-level entries: (name, text, size), text None for a folder. Its
    package.json, and its other files as sizes that stand for the package's code and docs."""
    entries = TOP_FILES.get(name, "LICENSE README.md index.js package.json").split()
    files = [e for e in entries if not e.endswith("/") and e != "package.json"]
    # about what npm really unpacks for express and its deps, shared among its files (the whole keeps
    # the layer's size of the course's build)
    total = 33_000 + 977 * (sum(map(ord, name)) % 11)
    out: list[tuple[str, str | None, int]] = []
    for entry in entries:
        if entry.endswith("/"):
            out.append((entry[:-1], None, 0))
        elif entry == "package.json":
            text = _package_json(name, version)
            out.append((entry, text, len(text.encode())))
        else:
            out.append((entry, "", total // len(files) + (total % len(files) if entry == files[-1] else 0)))
    return tuple(out)


@functools.lru_cache(maxsize=64)
def _first_install(modules: str, installed: tuple[tuple[str, str], ...], uid: int,
                   bins: tuple[str, ...]) -> tuple[tuple[str, Node], ...]:
    """A first install's node_modules folder, its entries relative to it. The same for every session
    that installs the same packages in the same folder, so they share its nodes (each an object the
    garbage collector's full passes walk: 200 sessions' own copies were 70,000 of them). Never the
    same node at two paths: that would make them hard links of one file (tar writes them so)."""
    entries: list[tuple[str, Node]] = []
    for name, version in installed:
        entries.append((name, dir_node(uid)))
        entries += [(f"{name}/{entry}", dir_node(uid) if text is None else file_node(text, uid, size=size))
                    for entry, text, size in _package_files(name, version)]
    if bins:
        entries.append((".bin", dir_node(uid)))
        entries += [(f".bin/{b}", file_node(f"../{BINS[b]}\n", uid)) for b in bins]
    return tuple(entries)


def _write_package(sh: Shell, d: str, name: str, version: str) -> None:
    """One package folder's entries, written one by one (into a node_modules that existed)."""
    for entry, text, size in _package_files(name, version):
        if text is None:
            if sh.view.get(join(d, entry)) is None:
                sh.view.mkdir(join(d, entry))
        else:
            sh.view.write_file(join(d, entry), text, size=None if entry == "package.json" else size)


def _install_args(argv: list[str]) -> tuple[list[str], str]:
    """The package names of `npm install ...` and the package.json field they are saved to
    (npm 6 saves to dependencies unless -D/--save-dev; --no-save saves nowhere)."""
    names: list[str] = []
    field_name = "dependencies"
    for a in argv[2:]:
        if a in ("-D", "--save-dev"):
            field_name = "devDependencies"
        elif a == "--no-save":
            field_name = ""
        elif not a.startswith("-"):
            names.append(a)
    return names, field_name


def _save(manifest: dict[str, object], names: list[str], field_name: str) -> None:
    """Record names in manifest[field_name] as npm 6 does: ^version, keys sorted."""
    saved = dict(manifest.get(field_name) or {})  # type: ignore[call-overload]
    for spec in names:
        name = spec.rsplit("@", 1)[0] if spec.rfind("@") > 0 else spec
        version = PACKAGES.get(name, {name: "1.0.0"})[name]
        saved[name] = "^" + version
        # a package moves between the two fields rather than being listed twice
        other = "dependencies" if field_name == "devDependencies" else "devDependencies"
        if isinstance(manifest.get(other), dict) and name in manifest[other]:  # type: ignore[operator]
            del manifest[other][name]  # type: ignore[attr-defined]
    manifest[field_name] = dict(sorted(saved.items()))


def npm_install(sh: Shell, io: IO, argv: list[str] | None = None) -> int:
    """Install package.json's dependencies (and the packages named) into ./node_modules, save the
    named ones to package.json and write package-lock.json."""
    names, field_name = _install_args(argv or ["npm", "install"])
    pkg_path = join(sh.cwd, "package.json")
    node = sh.view.get(pkg_path)
    if node is None:
        return _no_manifest(io, pkg_path)
    try:
        manifest = json.loads(node.data)
    except (ValueError, RecursionError):  # nested past Python's stack: told as unparsable (V8 reads it)
        io.err("npm ERR! code EJSONPARSE")
        io.err(f"npm ERR! file {pkg_path}")
        io.err("npm ERR! JSON.parse Failed to parse json")
        return 1
    if names and field_name:
        _save(manifest, names, field_name)
    deps = dict(manifest.get("dependencies") or {})
    deps.update(manifest.get("devDependencies") or {})
    deps.update({n.rsplit("@", 1)[0] if n.rfind("@") > 0 else n: "" for n in names})
    installed: dict[str, str] = {}
    for dep in sorted(deps):
        installed.update(PACKAGES.get(dep, {dep: "1.0.0"}))
    added = [n for n, v in installed.items() if _present(sh, n) != v]  # npm diffs against node_modules
    # shrinkwrap.js: the notice only when neither lockfile was there before
    had_lock = any(sh.view.get(join(sh.cwd, f)) is not None for f in ("npm-shrinkwrap.json", "package-lock.json"))
    try:
        _write_modules(sh, installed, sorted(deps))
        if names and field_name:
            sh.view.write_file(pkg_path, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        lock = {"name": manifest.get("name", "app"), "version": manifest.get("version", "1.0.0"),
                "lockfileVersion": 1, "requires": True,
                "dependencies": {n: {"version": v} for n, v in sorted(installed.items())}}
        sh.view.write_file(join(sh.cwd, "package-lock.json"), json.dumps(lock, indent=2) + "\n")
    except FsError as exc:
        io.err(f"npm ERR! code {exc.code}")
        io.err(f"npm ERR! {exc.code.lower()}: {exc.path}")
        return 1
    _report(io, manifest, installed, sorted(deps), names, added, had_lock)
    return 0


def _present(sh: Shell, name: str) -> str | None:
    """The version of name already in ./node_modules (from its package.json), if any."""
    node = sh.view.get(join(sh.cwd, f"node_modules/{name}/package.json"))
    if node is None or node.kind != FILE:
        return None
    try:
        found = json.loads(node.data)
    except (ValueError, RecursionError):
        return None
    version = found.get("version") if isinstance(found, dict) else None
    return version if isinstance(version, str) else None


def _no_manifest(io: IO, pkg_path: str) -> int:
    io.err("npm WARN saveError ENOENT: no such file or directory, open '" + pkg_path + "'")
    io.err("npm notice created a lockfile as package-lock.json. You should commit this file.")
    io.err("npm WARN enoent ENOENT: no such file or directory, open '" + pkg_path + "'")
    io.err("npm WARN app No description")
    io.err("npm WARN app No repository field.")
    io.err("npm WARN app No README data")
    io.err("npm WARN app No license field.")
    io.out("")
    io.out("up to date in 0.254s")
    io.out("found 0 vulnerabilities")
    io.out("")
    return 0


def _write_modules(sh: Shell, installed: dict[str, str], top: list[str]) -> None:
    modules = join(sh.cwd, "node_modules")
    bins = [b for b in top if b in BINS]
    if sh.view.get(modules) is None:
        # a first install: the whole folder in one go (written file by file, its 300 entries were
        # nearly all of an uncached build's time)
        if sh.view.make_filled_dir(modules, list(_first_install(modules, tuple(sorted(installed.items())), sh.view.uid,
                                                                tuple(bins)))):
            return
        sh.view.mkdir(modules)
    for name, version in sorted(installed.items()):
        d = join(modules, name)
        if sh.view.get(d) is None:
            sh.view.mkdir(d)
        _write_package(sh, d, name, version)
    if bins and sh.view.get(join(modules, ".bin")) is None:
        sh.view.mkdir(join(modules, ".bin"))
    for b in bins:
        # a symlink in real npm; the file stands for it
        sh.view.write_file(join(modules, f".bin/{b}"), f"../{BINS[b]}\n")


def _report(io: IO, manifest: dict[str, object], installed: dict[str, str], top: list[str], names: list[str],
            added: list[str], had_lock: bool) -> None:
    """What npm 6.14 prints after an install (lib/install.js: saveToDependencies, then printWarnings,
    then printInstalledForHuman and the audit's install report). Warnings and notices go to stderr,
    and printWarnings ends them with console.error()'s blank line; the rest is output() on stdout."""
    if not had_lock:
        io.err("npm notice created a lockfile as package-lock.json. You should commit this file.")
    warnings = _warnings(manifest, top, had_lock)
    for line in warnings:
        io.err(line)
    if warnings:
        io.err("")
    if added:  # "+ name@version" for the packages named, only when something was added or updated
        for spec in names:
            n = spec.rsplit("@", 1)[0] if spec.rfind("@") > 0 else spec
            io.out(f"+ {n}@{PACKAGES.get(n, {n: '1.0.0'})[n]}")
        io.out(f"added {len(added)} package{'s' if len(added) > 1 else ''} from "
               f"{max(1, len(added) * 3 // 4)} contributor{'s' if len(added) * 3 // 4 > 1 else ''} and audited "
               f"{len(installed)} packages in 2.841s")
    else:
        io.out(f"audited {len(installed)} package{'s' if len(installed) > 1 else ''} in 0.912s")
    io.out("found 0 vulnerabilities")
    io.out("")


def _warnings(manifest: dict[str, object], top: list[str], had_lock: bool) -> list[str]:
    """printWarnings' lines, in the order npm 6 collects them. Without a lockfile the tree is built
    from the ranges and deps.js reports a skipped optional package while loading it: the parent's
    range, under the parent's folder, before validate-tree's package.json warnings. From a lockfile
    it is a planned add that refresh-package-json.js refuses, reported by actions.js with its own
    id and place, after them (report-optional-failure.js)."""
    skipped = []
    for dep in top:
        if dep in SKIPPED:
            pkg, resolved, parent, wanted = SKIPPED[dep]
            where = f"node_modules/{pkg}" if had_lock else f"node_modules/{parent}/node_modules/{pkg}"
            skipped += [f"npm WARN optional SKIPPING OPTIONAL DEPENDENCY: {pkg}@{resolved if had_lock else wanted} "
                        f"({where}):",
                        f"npm WARN notsup SKIPPING OPTIONAL DEPENDENCY: Unsupported platform for {pkg}@{resolved}: "
                        'wanted {"os":"darwin","arch":"any"} (current: {"os":"linux","arch":"x64"})']
    checked = [] if "repository" in manifest else [
        f"npm WARN {manifest.get('name', 'app')}@{manifest.get('version', '1.0.0')} No repository field."]
    return [*checked, *skipped] if had_lock else [*skipped, *checked]


def _error_log(world_clock: int) -> list[str]:
    stamp = datetime.fromtimestamp(world_clock, UTC).strftime("%Y-%m-%dT%H_%M_%S_000Z")
    return ["", "npm ERR! A complete log of this run can be found in:",
            f"npm ERR!     /root/.npm/_logs/{stamp}-debug.log"]


class NotBeside(Exception):
    """A start script other than `node FILE` run beside the main process: not simulated."""


def npm_start(world: World, c: Container, beside: bool = False) -> tuple[int | None, list[str]]:
    """`npm start` as a container's main process (npm 6, npm-lifecycle): the start script of
    package.json, or `node server.js` when there is none and server.js exists. beside: run by
    docker exec next to the main process (nodeapp.start_node)."""
    cwd = c.workdir or "/"
    view = ContainerView(world, c)
    pkg_path = join(cwd, "package.json")
    node = view.get(pkg_path)
    if node is None or node.kind != FILE:
        return 254, on_stderr(c, ["npm ERR! code ENOENT", "npm ERR! syscall open", f"npm ERR! path {pkg_path}",
                                  "npm ERR! errno -2",
                                  f"npm ERR! enoent ENOENT: no such file or directory, open '{pkg_path}'",
                                  "npm ERR! enoent This is related to npm not being able to find a file.",
                                  "npm ERR! enoent ", *_error_log(world.clock)])
    try:
        manifest = json.loads(node.data)
    except (ValueError, RecursionError):
        return 1, on_stderr(c, ["npm ERR! code EJSONPARSE", f"npm ERR! file {pkg_path}",
                                "npm ERR! JSON.parse Failed to parse json", *_error_log(world.clock)])
    scripts = manifest.get("scripts") or {}
    cmd = scripts.get("start") if isinstance(scripts, dict) else None
    if not isinstance(cmd, str):
        if view.get(join(cwd, "server.js")) is None:
            return 1, on_stderr(c, ["npm ERR! missing script: start", *_error_log(world.clock)])
        cmd = "node server.js"
    pkg_id = f"{manifest.get('name', '')}@{manifest.get('version', '')}"
    lines = ["", f"> {pkg_id} start {cwd}", f"> {cmd}", ""]
    code, out = _start_command(world, c, view, cwd, cmd, beside)
    lines += out
    if code is None and not beside:
        c.process["npm_script"] = cmd  # what npm-lifecycle runs, with sh -c (docker top lists it)
    if code is not None:
        lines += on_stderr(c, [
            "npm ERR! code ELIFECYCLE", f"npm ERR! errno {code}", f"npm ERR! {pkg_id} start: `{cmd}`",
            f"npm ERR! Exit status {code}", "npm ERR! ", f"npm ERR! Failed at the {pkg_id} start script.",
            "npm ERR! This is probably not a problem with npm. There is likely additional logging output above.",
            *_error_log(world.clock)])
    return code, lines


def _start_command(world: World, c: Container, view: ContainerView, cwd: str,
                   cmd: str, beside: bool = False) -> tuple[int | None, list[str]]:
    """Run the start script's command with node_modules/.bin on the PATH, as npm does."""
    words = cmd.split()
    if words and words[0] == "node" and len(words) >= 2 and not words[1].startswith("-"):
        return nodeapp.start_node(world, c, normpath(words[1], cwd), beside)
    if beside:
        raise NotBeside(cmd)
    if words and words[0] == "nodemon":
        script = nodemon.script_of(words)
        if view.get(join(cwd, "node_modules/.bin/nodemon")) is None:
            return 127, on_stderr(c, ["sh: 1: nodemon: not found"])
        if script is None:
            return 0, []
        return None, nodemon.start(world, c, script, cwd)
    return 127, on_stderr(c, [f"sh: 1: {words[0] if words else cmd}: not found"])
