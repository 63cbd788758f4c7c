"""bash's array assignments, made with the shell at hand: NAME=(WORD ...) for an indexed or an
associative array, NAME[SUB]=value for either, and what declare, typeset, local and readonly's
-a and -A make of a name.

From bash 5.2 arrayfunc.c: a compound assignment's words are expanded as it is made (the
declaration builtins' too: subst.c expands their NAME=(...) once the attributes are set). For an
indexed array (assign_compound_array_list) a plain word is split and globbed as a command's
arguments are, each field the next element; [SUB]=VALUE sets element SUB (an arithmetic
expression; a negative one counts back from the end, and one before the start is "bad array
subscript", said with the word), its value neither split nor globbed, [SUB]+=VALUE appends to it,
and the elements after it go on from SUB+1. Without += the array is emptied first. For an
associative array a word is never split: each [KEY]=VALUE sets KEY (an empty key is a bad
subscript); words without [KEY]= are key-value pairs when the first one has none
(assign_assoc_from_kvlist, bash 5.1's), else each is refused ("must use subscript"). declare -A
turns a plain variable into an associative array (its value the key 0) but refuses an indexed
array (declare.def: "cannot convert indexed to associative array"), and -a the reverse.

Also here: a function's locals put aside and back (variables.c push_scope, pop_scope), the
variables an arithmetic expression reads and sets, elements among them (ArithEnv, expr.c), and
what test -v and [[ -v ]] ask (test.c unary_test).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, MutableMapping
from typing import TYPE_CHECKING

from . import budget, shellarrays, shellrandom
from .shellassoc import DEFAULT_BUCKETS, Assoc

if TYPE_CHECKING:
    from .shell import Shell
    from .toolkit import IO

# what a function's `local` put aside: the value, the array of either kind, whether readonly
Saved = tuple[str | None, dict[int, str] | None, Assoc | None, bool]
_KEYED = re.compile(r"\[(.*?)\](\+?)=(.*)", re.S)  # [SUB]=VALUE as typed (arrayfunc.c: assignment())


def subscript(sh: Shell, sub: str, io: IO) -> int:
    """An indexed array's subscript: an arithmetic expression, empty meaning 0."""
    from .shellparse import Arithmetic  # (the parser imports the modules that import this one)

    return int(sh.substitute(Arithmetic(sub), io)) if sub.strip() else 0


def compound(sh: Shell, name: str, raws: list[str], append: bool, io: IO) -> None:
    """NAME=(WORD ...) or NAME+=(WORD ...), the words as typed. Given to a declaration builtin
    under set -x, it is traced as bash does, its words expanded and quoted (`+ a=('1' '2')`)."""
    shown: list[str] | None = [] if sh.declaring is not None and "xtrace" in sh.options else None
    if name in sh.assoc:
        table = sh.assoc[name].copy() if append else Assoc(sh.assoc[name].buckets)  # assoc_create(h->nbuckets)
        _fill_assoc(sh, name, table, raws, io, shown)
        sh.assoc[name] = table
        mirror_assoc(sh, name)
    else:
        _fill_indexed(sh, name, raws, append, io, shown)
    if shown is not None:
        from .shelltrace import prefix

        io.err(f"{prefix(sh)}{name}{'+' if append else ''}=({' '.join(shown)})")


def _quoted(word: str) -> str:
    return "'" + word.replace("'", "'\\''") + "'"


def _fill_indexed(sh: Shell, name: str, raws: list[str], append: bool, io: IO, shown: list[str] | None) -> None:
    array = dict(sh.arrays.get(name, {0: sh.env[name]} if name in sh.env else {})) if append else {}
    # NAME+=(...) copies the array and finds its highest index: a step per 64 elements (in a loop,
    # 60,000 appends took 0.73 s to the budget's end, max() most of it; now 0.3 s)
    budget.current().step(len(array) >> 6)
    after = max(array) + 1 if array else 0
    for raw in raws:
        budget.current().step()
        keyed = _KEYED.fullmatch(raw) if raw.startswith("[") else None
        if keyed is None:
            for made in sh.expand_words([raw], io):
                array[after] = made
                after += 1
                if shown is not None:
                    shown.append(_quoted(made))
            continue
        sub, plus, value = keyed.groups()
        index = shellarrays.index_of(array, subscript(sh, sub, io)) if sub.strip() else -1
        if index < 0:
            io.err(f"{sh.who()}{raw}: bad array subscript")
            continue
        made = sh.expand_word(value, io)
        array[index] = array.get(index, "") + made if plus else made
        after = index + 1
        if shown is not None:
            shown.append(f"[{_quoted(sh.expand_word(sub, io))}]{plus}={_quoted(made)}")
    sh.arrays[name] = array
    shellarrays.mirror(sh.arrays, sh.env, name)


def _fill_assoc(sh: Shell, name: str, table: Assoc, raws: list[str], io: IO, shown: list[str] | None) -> None:
    if raws and not raws[0].startswith("["):  # key-value pairs (arrayfunc.c kvpair_assignment_p)
        for at in range(0, len(raws), 2):
            budget.current().step()
            key = sh.expand_word(raws[at], io)
            value = sh.expand_word(raws[at + 1], io) if at + 1 < len(raws) else ""
            if shown is not None:
                shown += [_quoted(key)] + ([_quoted(value)] if at + 1 < len(raws) else [])
            if not key:
                io.err(f"{sh.who()}{raws[at]}: bad array subscript")
                continue
            table.set(key, value)
        return
    for raw in raws:
        budget.current().step()
        keyed = _KEYED.fullmatch(raw) if raw.startswith("[") else None
        if keyed is None:
            io.err(f"{sh.who()}{name}: '{raw}': must use subscript when assigning associative array")
            continue
        key, value = sh.expand_word(keyed.group(1), io), sh.expand_word(keyed.group(3), io)
        if shown is not None:
            shown.append(f"[{_quoted(key)}]{keyed.group(2)}={_quoted(value)}")
        if not key:
            io.err(f"{sh.who()}['{key}']='{value}': bad array subscript")
            continue
        table.set(key, value)  # ([KEY]+=VALUE sets it too: bash 5.2 appends nothing here)


def element(sh: Shell, name: str, sub: str, value: str, append: bool, io: IO) -> bool:
    """NAME[SUB]=value (or +=); False when said to be a bad subscript."""
    table = sh.assoc.get(name)
    if table is None:
        return bool(sub.strip()) and shellarrays.assign_element(sh.arrays, sh.env, name, subscript(sh, sub, io),
                                                                value, append)
    key = sh.expand_word(sub, io)
    if not key:
        return False
    table.set(key, (table.get(key) or "") + value if append else value)
    mirror_assoc(sh, name)
    return True


def element_key(sh: Shell, name: str, sub: str, io: IO) -> str | int:
    """The key (an associative array's) or the index SUB stands for in NAME."""
    return sh.expand_word(sub, io) if name in sh.assoc else subscript(sh, sub, io)


def set_key(sh: Shell, name: str, element: tuple[str | int, str], value: str) -> None:
    """${NAME[SUB]:=word}: the element a word's expansion set (shellparse.py); a bad subscript
    ends the command."""
    key, sub = element
    if isinstance(key, str):
        sh.assoc.setdefault(name, Assoc()).set(key, value)
        mirror_assoc(sh, name)
    elif not shellarrays.assign_element(sh.arrays, sh.env, name, key, value, False):
        from .shellparams import ParameterError

        raise ParameterError("subscript", f"{name}[{sub}]")


def scalar(sh: Shell, name: str, value: str) -> bool:
    """NAME=value for a name that is an array: its element 0 (key "0"); False for a plain one.
    RANDOM=N seeds bash's generator, SECONDS=N sets its count (shellrandom.py)."""
    if name in shellrandom.NAMES and sh.name == "bash":
        shellrandom.assigned(sh, name, value)
    if name in sh.arrays:
        shellarrays.assign_element(sh.arrays, sh.env, name, 0, value, False)
    elif name in sh.assoc:
        sh.assoc[name].set("0", value)
    else:
        return False
    return True


def unset_element(sh: Shell, name: str, sub: str, io: IO) -> str:
    """unset 'NAME[SUB]': what is wrong ("" when nothing is): a subscript before the start, or
    one other than 0 of a plain variable (builtins/set.def unset_builtin, arrayfunc.c unbind_array_element)."""
    table = sh.assoc.get(name)
    if table is None:
        index = subscript(sh, sub, io)
        array = sh.arrays.get(name)
        if array is None and name in sh.env and index != 0:
            return f"{name}: not an array variable"
        if index < 0 and array is not None and shellarrays.index_of(array, index) < 0:
            return f"[{sub}]: bad array subscript"
        shellarrays.unset_element(sh.arrays, sh.env, name, index)
        return ""
    table.remove(sh.expand_word(sub, io))
    mirror_assoc(sh, name)
    return ""


def mirror_assoc(sh: Shell, name: str) -> None:
    """$NAME is ${NAME[0]}: the key "0"."""
    value = sh.assoc[name].get("0")
    if value is None:
        sh.env.pop(name, None)
    else:
        sh.env[name] = value


def make(sh: Shell, builtin: str, name: str, kind: str, io: IO) -> bool:
    """declare -a NAME (kind "a") or -A NAME ("A"): the name becomes an array of that kind, a plain
    variable's value its element 0 (key "0"); False (said) when it is an array of the other kind."""
    if kind == "A":
        if name in sh.arrays:
            io.err(f"{sh.who(builtin)}{name}: cannot convert indexed to associative array")
            return False
        if name not in sh.assoc:
            table = Assoc(DEFAULT_BUCKETS if name in sh.env else Assoc().buckets)  # convert_var_to_assoc
            table.valued = False
            if name in sh.env:
                table.set("0", sh.env[name])
            sh.assoc[name] = table
        return True
    if name in sh.assoc:
        io.err(f"{sh.who(builtin)}{name}: cannot convert associative to indexed array")
        return False
    if name not in sh.arrays:
        sh.arrays[name] = {0: sh.env[name]} if name in sh.env else shellarrays.Declared()
    return True


def drop(sh: Shell, name: str) -> None:
    """unset NAME: the variable and its elements, of either kind."""
    sh.env.pop(name, None)
    sh.arrays.pop(name, None)
    sh.assoc.pop(name, None)


def saved(sh: Shell, name: str) -> Saved:
    return sh.env.get(name), sh.arrays.get(name), sh.assoc.get(name), name in sh.readonly


def put_back(sh: Shell, name: str, was: Saved) -> None:
    """A function's local gone: the name as it was before (variables.c pop_scope)."""
    value, array, table, readonly = was
    drop(sh, name)
    if value is not None:
        sh.env[name] = value
    if array is not None:
        sh.arrays[name] = array
    if table is not None:
        sh.assoc[name] = table
    if readonly:
        sh.readonly.add(name)
    else:
        sh.readonly.discard(name)


class ArithEnv(MutableMapping[str, str]):
    """The variables a bash arithmetic expression reads and sets (expr.c): NAME[SUB] an array's
    element (an indexed array's subscript itself arithmetic, counted from the end when negative;
    an associative array's the key as written), NAME alone an array's element 0, RANDOM and
    SECONDS drawn as they are read (shellrandom.py)."""

    def __init__(self, sh: Shell) -> None:
        self.sh = sh
        self.env = sh.env

    def _element(self, name: str) -> tuple[str, str | int]:
        from .shellarith import evaluate

        base, _, rest = name.partition("[")
        sub = rest[:-1]
        if base in self.sh.assoc:
            return base, sub
        return base, evaluate(sub, self, "bash") if sub.strip() else 0

    def get(self, name: str, default: str | None = None) -> str | None:  # type: ignore[override]
        if "[" not in name:
            return shellrandom.read(self.sh, name) if name in self.sh.dynamic else self.env.get(name, default)
        base, key = self._element(name)
        if isinstance(key, str):
            return self.sh.assoc[base].get(key)
        array = self.sh.arrays.get(base)
        if array is None:
            return self.env.get(base) if key == 0 else default
        return array.get(shellarrays.index_of(array, key), default)

    def __getitem__(self, name: str) -> str:
        value = self.get(name)
        if value is None:
            raise KeyError(name)
        return value

    def __setitem__(self, name: str, value: str) -> None:
        if "[" not in name:
            self.env[name] = value
            scalar(self.sh, name, value)
            return
        base, key = self._element(name)
        set_key(self.sh, base, (key, name.partition("[")[2][:-1]), value)

    def __delitem__(self, name: str) -> None:
        del self.env[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.env)

    def __len__(self) -> int:
        return len(self.env)


def arith_env(sh: Shell, text: str) -> MutableMapping[str, str]:
    """What bash's arithmetic on text reads its variables from: the shell's own when neither it
    nor the shell has an array (but PIPESTATUS), RANDOM or SECONDS (the quick way), else an
    ArithEnv (a variable's value may name an element: x=a[1]; $((x)))."""
    if "[" in text or sh.assoc or len(sh.arrays) > ("PIPESTATUS" in sh.arrays) or any(
            name in text for name in sh.dynamic):
        return ArithEnv(sh)
    return sh.env


def is_set(sh: Shell, arg: str, io: IO) -> bool:
    """test -v and [[ -v ]] (test.c unary_test, arrayfunc.c array_value): NAME set, NAME[SUB] an
    element set (NAME[@] any), NAME alone for an array its element 0 (key "0"), $N a parameter."""
    element = shellarrays.ELEMENT.fullmatch(arg)
    if element is None:
        if arg.isdigit():
            return 0 < int(arg) <= len(sh.positional)
        return arg in sh.env or (arg in sh.dynamic and sh.name == "bash")
    name, sub = element.groups()
    table = sh.assoc.get(name)
    if table is not None:
        return len(table) > 0 if sub in ("@", "*") else table.get(sh.expand_word(sub, io)) is not None
    array = sh.arrays.get(name, {0: sh.env[name]} if name in sh.env else {})
    if sub in ("@", "*"):
        return len(array) > 0
    return shellarrays.index_of(array, subscript(sh, sub, io)) in array
