"""Which lines of two files differ, found as each diff finds them, so that its hunks fall where
the real program's fall (which of several equally short edits it shows is the algorithm's choice).

GNU diffutils 3.7-3.10 (src/io.c, src/analyze.c, gnulib's diffseq.h): the identical prefix and
suffix are set aside first, keeping HORIZON (the context) lines of each inside; a line of what is
left that matches no line of the other file is discarded (marked changed at once, the rest of the
search never sees it; one matching too many lines is discarded only inside a run of such lines);
Myers' O(ND) search then splits the rest at the middle of its shortest edit, forward and backward
searches meeting, and shift_boundaries slides each run of changes down as far as equal lines let it
(back where that joins it to a change of the other file).

BusyBox 1.35-1.37 (editors/diff.c, from OpenBSD's diff): the identical prefix and suffix set aside,
then Harold Stone's longest common subsequence over the lines' equivalence classes gives J, the
line of the new file each old line is matched with (0: none).

A line is compared with its newline: a last line without one matches only the other file's last
line without one (GNU's buckets[-1]; BusyBox hashes the end of file as a character of its own).
Each loop charges the line's budget.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .. import budget


@dataclass(frozen=True)
class Change:
    """One run of changed lines: line0 and line1 count from 0, deleted lines of the old file at
    line0, inserted lines of the new one at line1 (GNU's struct change)."""

    line0: int
    line1: int
    deleted: int
    inserted: int


def split_lines(text: str) -> list[str]:
    """A file's lines, each with its newline (a last line without one keeps none)."""
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


# -- GNU diffutils --


def _identical_ends(a: list[str], b: list[str], horizon: int) -> tuple[int, int, int]:
    """find_identical_ends in lines: where the compared part starts (the same line in both files)
    and where it ends in each. The suffix is looked for only when both files end alike (both with
    a newline, or both without); HORIZON lines of each end stay in the compared part."""
    n0, n1 = len(a), len(b)
    prefix = 0
    while prefix < n0 and prefix < n1 and a[prefix] == b[prefix]:
        prefix += 1
    suffix = 0
    if a[-1:] == [] or b[-1:] == [] or a[-1].endswith("\n") == b[-1].endswith("\n"):
        while suffix < n0 - prefix and suffix < n1 - prefix and a[n0 - 1 - suffix] == b[n1 - 1 - suffix]:
            suffix += 1
    budget.current().step(prefix + suffix + 1)
    start = max(0, prefix - horizon)
    return start, min(n0, n0 - suffix + horizon), min(n1, n1 - suffix + horizon)


def _classes(xs: list[str], ys: list[str]) -> tuple[list[int], list[int]]:
    """Each line's equivalence class (equal lines, equal numbers; find_and_hash_each_line)."""
    table: dict[str, int] = {}
    budget.current().step(len(xs) + len(ys))
    return ([table.setdefault(x, len(table) + 1) for x in xs], [table.setdefault(y, len(table) + 1) for y in ys])


def _many(end: int) -> int:
    """The number of matches past which a line is provisionally discardable: 5 times about the
    square root of the file's lines / 64."""
    many, tem = 5, end // 64
    tem >>= 2
    while tem > 0:
        many *= 2
        tem >>= 2
    return many


def _cancel_subruns(discards: list[int], i: int, length: int) -> None:
    """Cancel any subrun of MINIMUM or more provisionals within the run (MINIMUM: about the
    square root of length / 4, plus one)."""
    minimum, tem = 1, length >> 2
    tem >>= 2
    while tem > 0:
        minimum <<= 1
        tem >>= 2
    minimum += 1
    j = consec = 0
    while j < length:
        if discards[i + j] != 2:
            consec = 0
        else:
            consec += 1
            if consec == minimum:
                j -= consec  # back to the start of the subrun, to cancel it all
            elif consec > minimum:
                discards[i + j] = 0
        j += 1


def _cancel_edge(discards: list[int], at: int, length: int, step: int) -> None:
    """From one end of the run until 3 nonprovisionals in a row, or the first nonprovisional 8
    lines in: cancel the provisionals met."""
    consec = 0
    for j in range(length):
        k = at + step * j
        if j >= 8 and discards[k] == 1:
            break
        if discards[k] == 2:
            consec, discards[k] = 0, 0
        elif discards[k] == 0:
            consec = 0
        else:
            consec += 1
        if consec == 3:
            break


def _settle_run(discards: list[int], i: int, end: int) -> int:
    """A run of discardable lines starting with a nonprovisional one at i: keep its provisionals
    only inside it, and only some; the index of the run's last line."""
    j, provisional = i, 0
    while j < end and discards[j] != 0:
        provisional += discards[j] == 2
        j += 1
    while j > i and discards[j - 1] == 2:
        j -= 1
        discards[j] = 0
        provisional -= 1
    length = j - i
    if provisional * 4 > length:
        for k in range(i, j):
            if discards[k] == 2:
                discards[k] = 0
        return i
    _cancel_subruns(discards, i, length)
    _cancel_edge(discards, i, length, 1)
    _cancel_edge(discards, i + length - 1, length, -1)
    return i + length - 1


def _discards(equivs: list[int], counts: dict[int, int]) -> list[int]:
    """discard_confusing_lines for one file: 1 for a line the other file lacks, 2 for one it has
    too many of, then the provisional ones settled run by run."""
    many = _many(len(equivs))
    discards = [0 if counts.get(e, 0) and counts[e] <= many else 1 if not counts.get(e, 0) else 2
                for e in equivs]
    i = 0
    budget.current().step(len(equivs))
    while i < len(discards):
        if discards[i] == 2:
            discards[i] = 0
        elif discards[i]:
            i = _settle_run(discards, i, len(discards))
        i += 1
    return discards


class _Search:
    """compareseq and diag over the lines not discarded (gnulib diffseq.h): xv and yv their
    classes, changed0 and changed1 the flags of the compared part's lines, by real index."""

    def __init__(self, xv: list[int], yv: list[int], real: tuple[list[int], list[int]],
                 changed: tuple[list[int], list[int]]) -> None:
        self.xv, self.yv, self.real, self.changed = xv, yv, real, changed
        size = len(xv) + len(yv) + 3
        self.off = len(yv) + 1
        self.fd, self.bd = [0] * size, [0] * size
        diags, expensive = size, 1
        while diags:
            diags >>= 2
            expensive <<= 1
        self.too_expensive = max(4096, expensive)
        self.charge = budget.current().step

    def run(self) -> None:
        todo = [(0, len(self.xv), 0, len(self.yv), False)]
        while todo:
            xoff, xlim, yoff, ylim, minimal = todo.pop()
            xv, yv = self.xv, self.yv
            while xoff < xlim and yoff < ylim and xv[xoff] == yv[yoff]:
                xoff, yoff = xoff + 1, yoff + 1
            while xoff < xlim and yoff < ylim and xv[xlim - 1] == yv[ylim - 1]:
                xlim, ylim = xlim - 1, ylim - 1
            self.charge(1)
            if xoff == xlim or yoff == ylim:
                for y in range(yoff, ylim) if xoff == xlim else ():
                    self.changed[1][self.real[1][y]] = 1
                for x in range(xoff, xlim) if yoff == ylim else ():
                    self.changed[0][self.real[0][x]] = 1
                continue
            xmid, ymid, lo, hi = self.diag(xoff, xlim, yoff, ylim, minimal)
            todo.append((xmid, xlim, ymid, ylim, hi))
            todo.append((xoff, xmid, yoff, ymid, lo))

    def _forward(self, lims: tuple[int, int, int, int], fmin: int, fmax: int) -> None:
        xoff, xlim, yoff, ylim = lims
        fd, xv, yv, off = self.fd, self.xv, self.yv, self.off
        for d in range(fmax, fmin - 1, -2):
            tlo, thi = fd[off + d - 1], fd[off + d + 1]
            x = thi if tlo < thi else tlo + 1
            y = x - d
            start = x
            while x < xlim and y < ylim and xv[x] == yv[y]:
                x, y = x + 1, y + 1
            fd[off + d] = x
            self.charge(1 + x - start)

    def _backward(self, lims: tuple[int, int, int, int], bmin: int, bmax: int) -> None:
        xoff, xlim, yoff, ylim = lims
        bd, xv, yv, off = self.bd, self.xv, self.yv, self.off
        for d in range(bmax, bmin - 1, -2):
            tlo, thi = bd[off + d - 1], bd[off + d + 1]
            x = tlo if tlo < thi else thi - 1
            y = x - d
            start = x
            while xoff < x and yoff < y and xv[x - 1] == yv[y - 1]:
                x, y = x - 1, y - 1
            bd[off + d] = x
            self.charge(1 + start - x)

    def diag(self, xoff: int, xlim: int, yoff: int, ylim: int, minimal: bool) -> tuple[int, int, bool, bool]:
        """The middle of the shortest edit of the part: where the forward search (from its
        start) and the backward one (from its end) first overlap on a diagonal."""
        fd, bd, off = self.fd, self.bd, self.off
        dmin, dmax = xoff - ylim, xlim - yoff
        fmid, bmid = xoff - yoff, xlim - ylim
        fmin = fmax = fmid
        bmin = bmax = bmid
        odd = (fmid - bmid) & 1
        fd[off + fmid], bd[off + bmid] = xoff, xlim
        lims = (xoff, xlim, yoff, ylim)
        cost = 0
        while True:
            cost += 1
            fmin, fmax = _widen(fd, off, fmin, fmax, dmin, dmax, -1)
            self._forward(lims, fmin, fmax)
            if odd:
                for d in range(fmax, fmin - 1, -2):
                    if bmin <= d <= bmax and bd[off + d] <= fd[off + d]:
                        return fd[off + d], fd[off + d] - d, True, True
            bmin, bmax = _widen(bd, off, bmin, bmax, dmin, dmax, 1 << 62)
            self._backward(lims, bmin, bmax)
            if not odd:
                for d in range(bmax, bmin - 1, -2):
                    if fmin <= d <= fmax and bd[off + d] <= fd[off + d]:
                        return bd[off + d], bd[off + d] - d, True, True
            if not minimal and cost >= self.too_expensive:
                return self._give_up(lims, (fmin, fmax, bmin, bmax))

    def _give_up(self, lims: tuple[int, int, int, int], ranges: tuple[int, int, int, int]) -> tuple[int, int, bool, bool]:
        """Too expensive: the forward diagonal reaching furthest (x + y), or the backward one,
        whichever went further, as if the searches had met there."""
        xoff, xlim, yoff, ylim = lims
        fmin, fmax, bmin, bmax = ranges
        fxybest, fxbest = -1, 0
        for d in range(fmax, fmin - 1, -2):
            x = min(self.fd[self.off + d], xlim)
            y = x - d
            if ylim < y:
                x, y = ylim + d, ylim
            if fxybest < x + y:
                fxybest, fxbest = x + y, x
        bxybest, bxbest = 1 << 62, 0
        for d in range(bmax, bmin - 1, -2):
            x = max(xoff, self.bd[self.off + d])
            y = x - d
            if y < yoff:
                x, y = yoff + d, yoff
            if x + y < bxybest:
                bxybest, bxbest = x + y, x
        if (xlim + ylim) - bxybest < fxybest - (xoff + yoff):
            return fxbest, fxybest - fxbest, True, False
        return bxbest, bxybest - bxbest, False, True


def _widen(v: list[int], off: int, lo: int, hi: int, dmin: int, dmax: int, fill: int) -> tuple[int, int]:
    """One more edit step of a search: its diagonals widen by one each way within the valid
    ones (else narrow), the new outer neighbours filled with a value that never wins."""
    if lo > dmin:
        lo -= 1
        v[off + lo - 1] = fill
    else:
        lo += 1
    if hi < dmax:
        hi += 1
        v[off + hi + 1] = fill
    else:
        hi -= 1
    return lo, hi


def _shift(changed: list[int], other: list[int], equivs: list[int]) -> None:
    """shift_boundaries for one file. changed and other carry a 0 before and after the lines
    (index k + 1 is line k)."""
    i = j = 0
    i_end = len(equivs)
    charge = budget.current().step
    while True:
        while i < i_end and not changed[i + 1]:
            while other[j + 1]:
                j += 1
            j += 1
            i += 1
        if i == i_end:
            return
        start = i
        i += 1
        while changed[i + 1]:
            i += 1
        while other[j + 1]:
            j += 1
        i, j, start = _slide(changed, other, equivs, (start, i, j))
        charge(1 + i - start)


def _slide(changed: list[int], other: list[int], equivs: list[int], at: tuple[int, int, int]) -> tuple[int, int, int]:
    """Move one run of changes [start, i) back while the line before it equals its last, then
    forward while its first equals the line after it, until it stops growing; then back to where
    it last lined up with a change of the other file."""
    start, i, j = at
    i_end = len(equivs)
    while True:
        runlength = i - start
        while start and equivs[start - 1] == equivs[i - 1]:
            start -= 1
            changed[start + 1] = 1
            i -= 1
            changed[i + 1] = 0
            while changed[start]:
                start -= 1
            j -= 1
            while other[j + 1]:
                j -= 1
        corresponding = i if other[j] else i_end
        while i != i_end and equivs[start] == equivs[i]:
            changed[start + 1] = 0
            start += 1
            changed[i + 1] = 1
            i += 1
            while changed[i + 1]:
                i += 1
            j += 1
            while other[j + 1]:
                j += 1
                corresponding = i
        if runlength == i - start:
            break
    while corresponding < i:
        start -= 1
        changed[start + 1] = 1
        i -= 1
        changed[i + 1] = 0
        j -= 1
        while other[j + 1]:
            j -= 1
    return i, j, start


def _script(changed0: list[int], changed1: list[int], n0: int, n1: int) -> list[Change]:
    """build_script: the runs of changed lines, in order (flags padded as _shift's)."""
    script: list[Change] = []
    i0 = i1 = 0
    while i0 < n0 or i1 < n1:
        if changed0[i0 + 1] or changed1[i1 + 1]:
            line0, line1 = i0, i1
            while changed0[i0 + 1]:
                i0 += 1
            while changed1[i1 + 1]:
                i1 += 1
            script.append(Change(line0, line1, i0 - line0, i1 - line1))
        i0, i1 = i0 + 1, i1 + 1
    return script


def gnu_changes(a: list[str], b: list[str], horizon: int = 0, minimal: bool = False) -> list[Change]:
    """diff_2_files' edit script of two files' lines (horizon: the context, -U's N or 0)."""
    start, end0, end1 = _identical_ends(a, b, horizon)
    e0, e1 = _classes(a[start:end0], b[start:end1])
    counts0: dict[int, int] = {}
    counts1: dict[int, int] = {}
    for e in e0:
        counts0[e] = counts0.get(e, 0) + 1
    for e in e1:
        counts1[e] = counts1.get(e, 0) + 1
    discards = ([0] * len(e0), [0] * len(e1)) if minimal else (_discards(e0, counts1), _discards(e1, counts0))
    changed = ([0] * (len(e0) + 2), [0] * (len(e1) + 2))
    kept: tuple[list[int], list[int]] = ([], [])
    for f, equivs in enumerate((e0, e1)):
        for n in range(len(equivs)):
            if discards[f][n]:
                changed[f][n + 1] = 1
            else:
                kept[f].append(n)
    # the search's flags are by real index, padded by one (index n + 1 is line n)
    real = ([n + 1 for n in kept[0]], [n + 1 for n in kept[1]])
    _Search([e0[n] for n in kept[0]], [e1[n] for n in kept[1]], real, changed).run()
    _shift(changed[0], changed[1], e0)
    _shift(changed[1], changed[0], e1)
    return [Change(c.line0 + start, c.line1 + start, c.deleted, c.inserted)
            for c in _script(changed[0], changed[1], len(e0), len(e1))]


# -- BusyBox --


def _search(klist: list[int], k: int, y: int, clist: list[tuple[int, int, int]]) -> int:
    """Where y goes among the k-candidates (their y ascending): a binary search."""
    if clist[klist[k]][1] < y:
        return k + 1
    i, j = 0, k + 1
    while True:
        mid = (i + j) >> 1
        if mid <= i:
            return mid + 1
        t = clist[klist[mid]][1]
        if t > y:
            j = mid
        elif t < y:
            i = mid
        else:
            return mid


def _stone(a: list[str], b: list[str], minimal: bool) -> list[tuple[int, int, int]]:
    """stone(): the k-candidates chain of the longest common subsequence (x, y from 1, pred);
    a line's matches are tried in the new file's order, at most max(256, sqrt(n)) of them
    replacing candidates (-d: all)."""
    members: dict[str, list[int]] = {}
    for y, line in enumerate(b, 1):
        members.setdefault(line, []).append(y)
    bound = (1 << 32) if minimal else max(256, math.isqrt(len(a)))
    clist: list[tuple[int, int, int]] = [(0, 0, 0)]
    klist = [0] * (len(a) + 2)
    k = 0
    charge = budget.current().step
    for x, line in enumerate(a, 1):
        pred, oldl, tries = klist[0], 0, 0
        for n, y in enumerate(members.get(line, ())):
            charge(1)
            if n and tries >= bound:
                break
            if y <= clist[pred][1]:
                continue
            at = _search(klist, k, y, clist)
            if at != oldl + 1:
                pred = klist[at - 1]
            if at <= k and clist[klist[at]][1] <= y:
                continue
            clist.append((x, y, pred))
            replaced, klist[at] = klist[at], len(clist) - 1
            if at > k:
                k += 1
                break
            pred, oldl, tries = replaced, at, tries + 1
    chain = []
    q = clist[klist[k]]
    while q[1]:
        chain.append(q)
        q = clist[q[2]]
    return chain


def busybox_match(a: list[str], b: list[str], minimal: bool = False) -> list[int]:
    """create_J: J[i] (i from 1) the line of b matched with line i of a, 0 for none; J[0] is 0
    and J[len(a) + 1] is len(b) + 1."""
    n0, n1 = len(a), len(b)
    pref = 0
    while pref < n0 and pref < n1 and a[pref] == b[pref]:
        pref += 1
    suff = 0
    while suff < n0 - pref and suff < n1 - pref and a[n0 - 1 - suff] == b[n1 - 1 - suff]:
        suff += 1
    budget.current().step(pref + suff + 1)
    delta = n1 - n0
    match = [i if i <= pref else i + delta if i > n0 - suff else 0 for i in range(n0 + 1)] + [n1 + 1]
    for x, y, _ in _stone(a[pref:n0 - suff], b[pref:n1 - suff], minimal):
        match[x + pref] = y + pref
    return match
