"""EXPOSE's ports, read as the Dockerfile frontend vendored in moby v28.5.2 reads them
(vendor/github.com/moby/buildkit/frontend/dockerfile/dockerfile2llb/convert_expose.go
dispatchExpose, portSpecs.parsePort, parsePortRange, parsePortNumber, splitProtoPort, splitParts).

The parser split the line at blanks, quotes or not (parseStringsWhitespaceDelimited), and
parseExpose sorted those words as strings; each is then expanded into words by the lexer
(Lex.ProcessWords, with the stage's ENV and ARGs), and each word is a port spec:
[[ip:]hostPort:]port[-end][/proto]. What it makes is "port/proto" for each port of the range,
the protocol lower-cased; the history line is that list as Go prints a slice."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping

from . import budget
from .dockerfilewords import process_words

_WHITESPACE = re.compile(r"[\t\v\f\r ]+")  # parser.go reWhitespace


class PortError(Exception):
    """dispatchExpose's error, worded as BuildKit words it."""


def exposed(args: str, env: Mapping[str, str]) -> tuple[list[str], list[str]]:
    """The ports EXPOSE's words name, in order, and the lint warnings' texts (without the line):
    ExposeProtoCasing, ExposeInvalidFormat. Raises PortError, or WordError for a word the lexer
    cannot read."""
    ports: list[str] = []
    lints: list[str] = []
    for raw in sorted(_WHITESPACE.split(args.strip())):  # parseExpose: slices.Sort
        for word in process_words(raw, env):
            ports += _parse_port(word, lints)
    return ports, lints


def _parse_port(raw: str, lints: list[str]) -> list[str]:
    """parsePort: one spec's "port/proto" strings."""
    ip, host_port, container_port = _split_parts(raw)
    port, _, proto = container_port.partition("/")
    if not port:
        raise PortError(f'invalid port: "{raw}": no port specified')
    if proto.lower() not in ("", "tcp", "udp", "sctp"):
        raise PortError(f'invalid port: "{raw}": invalid proto: {proto}')
    proto = proto or "tcp"
    if proto != proto.lower():
        lints.append(f"ExposeProtoCasing: Defined protocol '{raw}' in EXPOSE instruction should be lowercase")
    if ip or host_port:
        lints.append("ExposeInvalidFormat: EXPOSE instruction should not define an IP address or host-port "
                     f"mapping, found '{raw}'")
    if ip.startswith("["):
        ip = _strip_brackets(ip)
    if ip and not _is_ip(ip):
        raise PortError(f"invalid IP address: {ip}")
    start, end = _port_range(port, "containerPort")
    if host_port:
        host_start, host_end = _port_range(host_port, "hostPort")
        if end - start != host_end - host_start and end != start:
            raise PortError(f"invalid ranges specified for container and host Ports: {port} and {host_port}")
    budget.current().step(end - start + 1)  # a range is a port each: `EXPOSE 1-65535` makes 65,535
    return [f"{n}/{proto.lower()}" for n in range(start, end + 1)]


def _split_parts(raw: str) -> tuple[str, str, str]:
    """splitParts: the IP is everything before the last two colons."""
    parts = raw.split(":")
    if len(parts) == 1:
        return "", "", parts[0]
    if len(parts) == 2:
        return "", parts[0], parts[1]
    return ":".join(parts[:-2]), parts[-2], parts[-1]


def _strip_brackets(ip: str) -> str:
    """net.SplitHostPort(ip + ":")'s host, or its error as parsePort wraps it."""
    hostport = ip + ":"
    end = hostport.find("]")
    why = ("missing ']' in address" if end < 0
           else "" if end + 1 == len(hostport) - 1
           else "too many colons in address" if hostport[end + 1] == ":"
           else "missing port in address")
    if not why and ("[" in hostport[1:] or "]" in hostport[end + 1:]):
        why = f"unexpected '{'[' if '[' in hostport[1:] else ']'}' in address"
    if why:
        raise PortError(f"invalid IP address {ip}: address {hostport}: {why}")
    return hostport[1:end]


def _is_ip(text: str) -> bool:
    """net.ParseIP: dotted IPv4 (no leading zeros) or IPv6, no zone."""
    if "%" in text:
        return False
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True


def _port_range(ports: str, what: str) -> tuple[int, int]:
    """parsePortRange: "80" or "8000-9000"; any fault is "invalid <what>: <ports>"."""
    start, dash, end = ports.partition("-")
    first = _port_number(start)
    last = first if not dash or start == end else _port_number(end)
    if first is None or last is None or last < first:
        raise PortError(f"invalid {what}: {ports}")
    return first, last


def _port_number(text: str) -> int | None:
    """parsePortNumber: strconv.ParseInt(text, 10, 0) in 0-65535 (a leading + is allowed)."""
    if not re.fullmatch(r"[+-]?[0-9]+", text):
        return None
    number = int(text)
    return number if 0 <= number <= 65535 else None
