"""`npm install` as npm 6 (Node 14) does it for the feedback app: node_modules and a lockfile."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .fs import FsError, join

if TYPE_CHECKING:
    from .shell import IO, Shell

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
    "nodemon": {"nodemon": "2.0.22"},
}


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
}


def _write_package(sh: Shell, d: str, name: str, version: str) -> None:
    """One package folder: its package.json, and its other top-level entries (sizes stand in)."""
    for entry in TOP_FILES.get(name, "LICENSE README.md index.js package.json").split():
        if entry.endswith("/"):
            if sh.view.get(join(d, entry[:-1])) is None:
                sh.view.mkdir(join(d, entry[:-1]))
        elif entry == "package.json":
            sh.view.write_file(join(d, entry),
                               json.dumps({"name": name, "version": version, "main": "index.js"}, indent=2) + "\n")
        else:
            # stands for the package's code and docs: about what npm really unpacks for express and its deps
            sh.view.write_file(join(d, entry), "", size=1_100 + 977 * (sum(map(ord, name + entry)) % 11))


def npm_install(sh: Shell, io: IO) -> int:
    """Install package.json's dependencies into ./node_modules and write package-lock.json."""
    pkg_path = join(sh.cwd, "package.json")
    node = sh.view.get(pkg_path)
    if node is None:
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
    try:
        manifest = json.loads(node.data)
    except ValueError:
        io.err("npm ERR! code EJSONPARSE")
        io.err(f"npm ERR! file {pkg_path}")
        io.err("npm ERR! JSON.parse Failed to parse json")
        return 1
    deps = dict(manifest.get("dependencies") or {})
    deps.update(manifest.get("devDependencies") or {})
    installed: dict[str, str] = {}
    for dep in sorted(deps):
        installed.update(PACKAGES.get(dep, {dep: "1.0.0"}))
    try:
        modules = join(sh.cwd, "node_modules")
        if sh.view.get(modules) is None:
            sh.view.mkdir(modules)
        for name, version in sorted(installed.items()):
            d = join(modules, name)
            if sh.view.get(d) is None:
                sh.view.mkdir(d)
            _write_package(sh, d, name, version)
        lock = {"name": manifest.get("name", "app"), "version": manifest.get("version", "1.0.0"),
                "lockfileVersion": 1, "requires": True,
                "dependencies": {n: {"version": v} for n, v in sorted(installed.items())}}
        sh.view.write_file(join(sh.cwd, "package-lock.json"), json.dumps(lock, indent=2) + "\n")
    except FsError as exc:
        io.err(f"npm ERR! code {exc.code}")
        io.err(f"npm ERR! {exc.code.lower()}: {exc.path}")
        return 1
    name = manifest.get("name", "app")
    version = manifest.get("version", "1.0.0")
    io.err("npm notice created a lockfile as package-lock.json. You should commit this file.")
    if "repository" not in manifest:
        io.err(f"npm WARN {name}@{version} No repository field.")
    io.out("")
    io.out(f"added {len(installed)} packages from {max(1, len(installed) * 3 // 4)} contributors and audited "
           f"{len(installed)} packages in 2.841s")
    io.out("found 0 vulnerabilities")
    io.out("")
    return 0
