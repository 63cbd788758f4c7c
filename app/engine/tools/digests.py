"""md5sum, sha1sum, sha256sum, sha512sum and base64: GNU coreutils 9.4's (src/digest.c, src/basenc.c
with gnulib's base64.c) and BusyBox 1.37's (coreutils/md5_sha1_sum.c, coreutils/uudecode.c
baseNUM_main with libbb/uuencode.c read_base64).

Text in the simulator is characters: a file's digest and its base64 are those of its text
encoded as UTF-8, the bytes the real file would hold for it; what base64 -d decodes is shown as
UTF-8 text (a byte that is no UTF-8 as U+FFFD).
"""

from __future__ import annotations

import binascii
import hashlib
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import budget
from ..fs import ERRNO_TEXT
from ..toolkit import BUSYBOX, IO
from .common import Getopt, busybox_usage, fail, load, quote_arg, quotef, usage_error
from .fields import bb_number, from_bytes, split_records

if TYPE_CHECKING:
    from ..shell import Shell

# digest.c's DIGEST_TYPE_STRING for each program, and hashlib's name
ALGORITHMS = {"md5sum": ("MD5", "md5"), "sha1sum": ("SHA1", "sha1"), "sha256sum": ("SHA256", "sha256"),
              "sha512sum": ("SHA512", "sha512")}
_LONGS = {"binary": "b", "check": "c", "ignore-missing": "ignore-missing", "quiet": "quiet", "status": "status",
          "strict": "strict", "tag": "tag", "text": "t", "warn": "w", "zero": "z"}


def digest(algorithm: str, text: str) -> str:
    """The hex digest of a text's UTF-8 bytes."""
    budget.current().step(len(text) // 4096 + 1)
    return hashlib.new(algorithm, text.encode()).hexdigest()


def _errno(code: str | None) -> str:
    return ERRNO_TEXT.get(code or "ENOENT", code or "")


# -- GNU md5sum and the sha*sums -------------------------------------------------------------


@dataclass
class _Sum:
    """digest.c's options and, for -c, its counts over one check file."""

    tool: str
    kind: str
    binary: int = -1
    check: bool = False
    tag: bool = False
    zero: bool = False
    status_only: bool = False
    warn: bool = False
    quiet: bool = False
    strict: bool = False
    ignore_missing: bool = False
    bsd_reversed: int = -1  # split_3's static: -1 unknown, 0 standard lines seen, 1 "HASH NAME" lines


def _sum_option(s: _Sum, key: str) -> None:
    if key in ("b", "t"):
        s.binary = 1 if key == "b" else 0
    elif key == "tag":
        s.tag, s.binary = True, 1
    elif key in ("status", "w", "quiet"):
        s.status_only, s.warn, s.quiet = key == "status", key == "w", key == "quiet"
    else:
        setattr(s, {"c": "check", "z": "zero", "strict": "strict", "ignore-missing": "ignore_missing"}[key], True)


def _sum_checks(s: _Sum) -> str | None:
    """digest.c main's refusals of option mixes, in its order."""
    if s.tag and not s.binary:
        return "--tag does not support --text mode"
    if s.zero and s.check:
        return "the --zero option is not supported when verifying checksums"
    if s.tag and s.check:
        return "the --tag option is meaningless when verifying checksums"
    if s.binary >= 0 and s.check:
        return "the --binary and --text options are meaningless when verifying checksums"
    for on, name in ((s.ignore_missing, "--ignore-missing option is meaningful"), (s.status_only, "--status option is meaningful"),
                     (s.warn, "--warn option is meaningful"), (s.quiet, "--quiet option is meaningful"),
                     (s.strict, "--strict option is meaningful")):
        if on and not s.check:
            return f"the {name} only when verifying checksums"
    return None


def _escaped(name: str) -> tuple[str, str]:
    """digest.c print_filename's escaping: ('\\\\' prefix or '', the name with \\\\, \\n, \\r escaped)."""
    if not re.search(r"[\\\n\r]", name):
        return "", name
    return "\\", name.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def _output_line(s: _Sum, name: str, hexdigest: str) -> str:
    prefix, shown = _escaped(name) if not s.zero else ("", name)
    end = "\0" if s.zero else "\n"
    if s.tag:
        return f"{prefix}{s.kind} ({shown}) = {hexdigest}{end}"
    return f"{prefix}{hexdigest} {'*' if s.binary > 0 else ' '}{shown}{end}"


def _sum_file(sh: Shell, io: IO, s: _Sum, name: str) -> str | None:
    """digest_file: the file's hex digest, or None after its error."""
    data, code = load(sh, io, name)
    if data is None:
        io.err(f"{s.tool}: {quotef(name)}: {_errno(code)}")
        return None
    return digest(ALGORITHMS[s.tool][1], data)


def _unescape(name: str) -> str | None:
    """digest.c filename_unescape: \\\\n, \\\\r and \\\\\\\\ only; None for anything else."""
    out, i = [], 0
    while i < len(name):
        if name[i] != "\\":
            out.append(name[i])
            i += 1
            continue
        nxt = name[i + 1:i + 2]
        if nxt not in ("n", "r", "\\") or not nxt:
            return None
        out.append({"n": "\n", "r": "\r", "\\": "\\"}[nxt])
        i += 2
    return "".join(out)


def _bsd_split(s: _Sum, line: str, escaped: bool) -> tuple[str, str] | None:
    """bsd_split_3: "KIND (NAME) = HASH" after its "KIND (": (hash, name)."""
    close = line.rfind(")")
    if close < 0:
        return None
    name: str | None = line[:close]
    if escaped:
        name = _unescape(line[:close])
        if name is None:
            return None
    m = re.fullmatch(r"[ \t]*=[ \t]*(.*)", line[close + 1:])
    if m is None or not _valid_hex(s, m.group(1)):
        return None
    return m.group(1), name or ""


def _valid_hex(s: _Sum, text: str) -> bool:
    size = hashlib.new(ALGORITHMS[s.tool][1]).digest_size * 2
    return len(text) == size and all(c in "0123456789abcdefABCDEF" for c in text)


def _split_3(s: _Sum, line: str) -> tuple[str, str] | None:
    """digest.c split_3: a check line as (hash, file name), or None when it is misformatted."""
    i = len(line) - len(line.lstrip(" \t"))
    escaped = line[i:i + 1] == "\\"
    i += escaped
    if line.startswith(s.kind, i):
        i += len(s.kind)
        i += line[i:i + 1] == " "
        return _bsd_split(s, line[i + 1:], escaped) if line[i:i + 1] == "(" else None
    size = hashlib.new(ALGORITHMS[s.tool][1]).digest_size * 2
    if len(line) - i < size + 2 + (line[i:i + 1] == "\\"):
        return None
    m = re.match(r"[^ \t]*", line[i:])
    end = i + (m.end() if m else 0)
    if end == len(line) or not _valid_hex(s, line[i:end]):
        return None
    hexdigest, rest = line[i:end], line[end + 1:]
    if len(rest) == 1 or rest[:1] not in (" ", "*"):
        if s.bsd_reversed == 0:
            return None
        s.bsd_reversed = 1
    elif s.bsd_reversed != 1:
        s.bsd_reversed = 0
        rest = rest[1:]
    name = _unescape(rest) if escaped else rest
    return None if name is None else (hexdigest, name)


@dataclass
class _Counts:
    misformatted: int = 0
    mismatched: int = 0
    unreadable: int = 0
    formatted: bool = False
    matched: bool = False


def _check_line(sh: Shell, io: IO, s: _Sum, counts: _Counts, where: tuple[str, int, bool], line: str) -> None:
    """One line of a check file: its file's digest compared, and OK or FAILED said."""
    checkname, number, is_stdin = where
    parsed = _split_3(s, line)
    if parsed is None or (is_stdin and parsed[1] == "-"):
        counts.misformatted += 1
        if s.warn:
            io.err(f"{s.tool}: {quotef(checkname)}: {number}: improperly formatted {s.kind} checksum line")
        return
    expected, name = parsed
    counts.formatted = True
    prefix, shown = _escaped(name) if not s.status_only else ("", name)
    data, code = load(sh, io, name)
    if data is None and s.ignore_missing and code == "ENOENT":
        return
    if data is None:
        io.err(f"{s.tool}: {quotef(name)}: {_errno(code)}")
        counts.unreadable += 1
        if not s.status_only:
            io.out(f"{prefix}{shown}: FAILED open or read")
        return
    match = digest(ALGORITHMS[s.tool][1], data) == expected.lower()
    counts.matched |= match
    counts.mismatched += not match
    if not s.status_only and (not match or not s.quiet):
        io.out(f"{prefix}{shown}: {'OK' if match else 'FAILED'}")


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _check(sh: Shell, io: IO, s: _Sum, checkfile: str) -> bool:
    """digest_check: every line of a check file, then the warnings; whether all was well."""
    data, code = load(sh, io, checkfile)
    checkname = "standard input" if checkfile == "-" else checkfile
    if data is None:
        io.err(f"{s.tool}: {quotef(checkname)}: {_errno(code)}")
        return False
    counts = _Counts()
    for number, raw in enumerate(split_records(data), 1):
        line = raw[:-1] if raw.endswith("\r") else raw
        if raw.startswith("#") or not line:
            continue
        _check_line(sh, io, s, counts, (checkname, number, checkfile == "-"), line)
    if not counts.formatted:
        io.err(f"{s.tool}: {quotef(checkname)}: no properly formatted checksum lines found")
    elif not s.status_only:
        for n, one, many in ((counts.misformatted, "line is improperly formatted", "lines are improperly formatted"),
                             (counts.unreadable, "listed file could not be read", "listed files could not be read"),
                             (counts.mismatched, "computed checksum did NOT match", "computed checksums did NOT match")):
            if n:
                io.err(f"{s.tool}: WARNING: {_plural(n, one, many)}")
        if s.ignore_missing and not counts.matched:
            io.err(f"{s.tool}: {quotef(checkname)}: no file was verified")
    return (counts.formatted and counts.matched and not counts.mismatched and not counts.unreadable
            and not (s.strict and counts.misformatted))


def _gnu_sum(sh: Shell, argv: list[str], io: IO) -> int:
    tool = argv[0].rsplit("/", 1)[-1]
    s = _Sum(tool, ALGORITHMS[tool][0])
    parser = Getopt(sh, io, tool, argv, "bctwz", _LONGS)
    for key, _ in parser:
        _sum_option(s, key)
    refused = _sum_checks(s)
    if refused:
        raise usage_error(sh, io, tool, refused)
    s.binary = max(s.binary, 0)
    ok = True
    for name in parser.operands or ["-"]:
        if s.check:
            ok = _check(sh, io, s, name) and ok
            continue
        hexdigest = _sum_file(sh, io, s, name)
        if hexdigest is None:
            ok = False
            continue
        io.write(_output_line(s, name, hexdigest))
    return 0 if ok else 1


# -- BusyBox md5sum and the sha*sums ---------------------------------------------------------


def _bb_usage(tool: str) -> str:
    kind = ALGORITHMS[tool][0]
    return (f"[-c[sw]] [FILE]...\n\nPrint or check {kind} checksums\n\n"
            "\t-c\tCheck sums against list in FILEs\n"
            "\t-s\tDon't output anything, status code shows success\n"
            "\t-w\tWarn about improperly formatted checksum lines")


def _bb_hash(sh: Shell, io: IO, tool: str, name: str) -> str | None:
    """hash_file: open_or_warn_stdin's and the read's messages."""
    data, code = load(sh, io, name)
    if data is None:
        io.err(f"{tool}: can't read '{name}': {_errno(code)}" if code == "EISDIR"
               else f"{tool}: can't open '{name}': {_errno(code)}")
        return None
    return digest(ALGORITHMS[tool][1], data)


def _bb_check(sh: Shell, io: IO, tool: str, opts: set[str], checkfile: str) -> bool:
    data, code = load(sh, io, checkfile)
    if code == "EISDIR":
        data = ""  # a folder opens, and its first read ends the lines
    if data is None:
        raise fail(io, f"{tool}: can't open '{checkfile}': {_errno(code)}")  # xfopen_stdin
    total = failed = 0
    for line in split_records(data):
        total += 1
        hexdigest, space, name = line.partition(" ")
        if not space:
            if "w" in opts:
                io.err(f"{tool}: invalid format")
            failed += 1
            continue
        name = name[1:] if name[:1] in (" ", "*") else name
        actual = _bb_hash(sh, io, tool, name)
        ok = actual is not None and actual == hexdigest.lower()
        failed += not ok
        if "s" not in opts:
            io.out(f"{name}: {'OK' if ok else 'FAILED'}")
    if failed and "s" not in opts:
        io.err(f"{tool}: WARNING: {failed} of {total} computed checksums did NOT match")
    if not total:
        io.err(f"{tool}: {checkfile}: no checksum lines found")
    return not failed and total > 0


def _bb_sum(sh: Shell, argv: list[str], io: IO) -> int:
    tool = argv[0].rsplit("/", 1)[-1]
    parser = Getopt(sh, io, tool, argv, "scwbt", usage=_bb_usage(tool))
    opts = {k for k, _ in parser}
    if opts & {"s", "w"} and "c" not in opts:  # "s?c:w?c"
        raise busybox_usage(io, tool, _bb_usage(tool))
    ok = True
    for name in parser.operands or ["-"]:
        if "c" in opts:
            ok = _bb_check(sh, io, tool, opts, name) and ok
            continue
        hexdigest = _bb_hash(sh, io, tool, name)
        if hexdigest is None:
            ok = False
        else:
            io.out(f"{hexdigest}  {name}")
    return 0 if ok else 1


def checksum(sh: Shell, argv: list[str], io: IO) -> int:
    """md5sum, sha1sum, sha256sum and sha512sum (the program's name says which)."""
    if sh.flavor == BUSYBOX:
        return _bb_sum(sh, argv, io)
    return _gnu_sum(sh, argv, io)


# -- base64 ----------------------------------------------------------------------------------

_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_VALUE = {ord(c): i for i, c in enumerate(_ALPHABET)}
BASE64_USAGE = """[-d] [-w COL] [FILE]

Base64 encode or decode FILE to standard output

\t-d\tDecode data
\t-w COL\tWrap lines at COL (default 76, 0 disables)"""


def encode(data: bytes, wrap: int) -> str:
    """base64 of the bytes, wrapped every wrap characters with a newline after the last (none when wrap is 0)."""
    text = binascii.b2a_base64(data, newline=False).decode()
    budget.current().step(len(text) // 4096 + 1)
    if not wrap or not text:
        return text
    return "".join(text[i:i + wrap] + "\n" for i in range(0, len(text), wrap))


def _decode_4(group: bytes, out: bytearray) -> bool:
    """gnulib base64.c decode_4: the bytes of one group (as far as it is valid); False when it is not."""
    n = len(group)
    if n < 2 or group[0] not in _VALUE or group[1] not in _VALUE:
        return False
    a, b = _VALUE[group[0]], _VALUE[group[1]]
    out.append((a << 2 | b >> 4) & 0xFF)
    if n == 2:
        return False
    if group[2] == ord("="):
        return n == 4 and group[3] == ord("=")
    if group[2] not in _VALUE:
        return False
    c = _VALUE[group[2]]
    out.append((b << 4 | c >> 2) & 0xFF)
    if n == 3:
        return False
    if group[3] == ord("="):
        return n == 4
    if group[3] not in _VALUE:
        return False
    out.append((c << 6 | _VALUE[group[3]]) & 0xFF)
    return True


def gnu_decode(data: bytes, ignore_garbage: bool = False) -> tuple[bytes, bool]:
    """base64 -d as coreutils decodes (base64_decode_ctx): groups of four, newlines skipped; the
    bytes up to the first bad group, and whether all was valid."""
    if ignore_garbage:
        data = bytes(c for c in data if c in _VALUE or c == ord("="))
    else:
        data = data.replace(b"\n", b"")
    budget.current().step(len(data) // 4096 + 1)
    out = bytearray()
    for i in range(0, len(data), 4):
        if not _decode_4(data[i:i + 4], out):
            return bytes(out), False
    return bytes(out), True


def _bb_decode_chunk(chunk: str) -> tuple[bytes, str]:
    """libbb decode_base64: what a chunk decodes to, and what is left (an unfinished group, or
    what follows a padded one)."""
    out = bytearray()
    ch, i, k = 0, 0, 0
    while k < len(chunk):
        t = chunk[k]
        k += 1
        if t in _ALPHABET:
            v = _ALPHABET.index(t)
        elif t == "=" and (i == 3 or (i == 2 and chunk[k:k + 1] == "=")):
            v = 0x1000000
        else:
            continue
        ch, i = (ch << 6) | v, (i + 1) & 3
        if i == 0:
            three = [(ch >> 16) & 0xFF, (ch >> 8) & 0xFF, ch & 0xFF]
            if ch & 0x1000000:
                out.extend(three[:1] if ch & (0x1000000 << 6) else three[:2])
                return bytes(out), chunk[k:]
            out.extend(three)
            ch = 0
    return bytes(out), chunk[len(chunk) - i:] if i else ""


def bb_decode(data: str) -> tuple[bytes, bool]:
    """read_base64: chunks of at most 80 characters up to a space or control character, the
    rest of a chunk carried on; False when the input ends inside a group ("truncated input")."""
    out = bytearray()
    pos, buf = 0, ""
    budget.current().step(len(data) // 4096 + 1)
    while True:
        ended = False
        while len(buf) < 80:
            if pos >= len(data):
                ended = True
                break
            c = data[pos]
            pos += 1
            if c <= " ":
                break
            buf += c
        decoded, buf = _bb_decode_chunk(buf)
        out += decoded
        if ended:
            return bytes(out), not buf


def _wrap_value(sh: Shell, io: IO, text: str) -> int:
    if sh.flavor == BUSYBOX:
        return bb_number(io, "base64", text)
    m = re.fullmatch(r"\s*\+?(\d+)", text)
    if m is None:
        raise fail(io, f"base64: invalid wrap size: {quote_arg(sh, text)}")
    return int(m.group(1)) if len(m.group(1)) < 19 else 0


def base64(sh: Shell, argv: list[str], io: IO) -> int:
    busybox = sh.flavor == BUSYBOX
    parser = Getopt(sh, io, "base64", argv, "diw:", {"decode": "d", "ignore-garbage": "i", "wrap": "w:"},
                    usage=BASE64_USAGE)
    decode, garbage, wrap = False, False, 76
    for key, value in parser:
        decode |= key == "d"
        garbage |= key == "i"
        if key == "w":
            wrap = _wrap_value(sh, io, value or "")
    names = parser.operands
    if len(names) > 1:
        if busybox:
            raise busybox_usage(io, "base64", BASE64_USAGE)
        raise usage_error(sh, io, "base64", f"extra operand {quote_arg(sh, names[1])}")
    name = names[0] if names else "-"
    data, code = load(sh, io, name)
    if data is None:
        if code == "EISDIR" and not (busybox and decode):
            raise fail(io, "base64: read error: Is a directory")
        if code == "EISDIR":
            return 0  # fgetc fails and read_base64 takes it for the end
        raise fail(io, f"base64: can't open '{name}': {_errno(code)}" if busybox
                   else f"base64: {quotef(name)}: {_errno(code)}")
    if not decode:
        io.write(encode(data.encode(), wrap))
        return 0
    raw, ok = bb_decode(data) if busybox else gnu_decode(data.encode(), garbage)
    io.write(from_bytes(raw))
    if not ok:
        raise fail(io, "base64: truncated input" if busybox else "base64: invalid input")
    return 0

