"""bash's arrays (app/engine/shellarrays.py) against the machine's own bash on the same lines, by
what they print and their status. Skipped where no bash is installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from app.engine import apply, initial_world

BASH = shutil.which("bash")
_WORLD = initial_world(0)

LINES = [
    'a=(one two "three four"); echo ${a[1]} ${#a[@]} "${a[2]}" $a',
    'a=(x y z); for v in "${a[@]}"; do echo "[$v]"; done; for v in ${a[*]}; do echo "<$v>"; done',
    'a=(x y z); echo ${!a[@]} ${a[-1]} ${a[-3]} ${#a[0]} "${a[*]}"',
    'a=(x); a+=(y z); a[7]=w; echo ${#a[@]} ${!a[@]} ${a[7]}',
    'a=(1 2 3 4); unset "a[1]"; echo "${a[@]}" ${!a[@]}; unset a; echo "[${a[@]}]" ${#a[@]}',
    'a=(a b c d e); echo ${a[@]:1:2} ${a[@]:3} ${a[@]: -2}',
    'a=(ab abc); echo ${a[@]^^} ${a[@]#a} ${a[1]/b/X} ${a[0]:-none} ${a[9]:-none} ${a[9]-unset}',
    'i=2; a=(p q r s); echo ${a[i]} ${a[i+1]} ${a[$i-1]} $((${#a[@]} * 2))',
    'a=(one "t w" "\\$x"); declare -p a; b[3]=x; declare -p b',
    'read -a w <<< "docker volume ls"; echo ${#w[@]} ${w[1]}; IFS=: read -ra p <<< "x:y::z"; echo ${#p[@]} "${p[3]}"',
    'x=scalar; x[1]=more; echo $x ${x[0]} ${x[1]} ${#x[@]}',
    'a=(); echo ${#a[@]} "[${a[@]}]"; a+=(q); echo ${a[0]}',
    'a=(1 2); a=5; echo ${a[@]}; a[0]+=0; echo ${a[@]}',
    'set -- p q; a=("$@" r); echo ${#a[@]} ${a[2]}',
    # [SUB]=VALUE in NAME=(...): an index, its value neither split nor globbed, the next after it
    'a=([3]=x y); declare -p a; x="1 2"; a=([2]=$x q); declare -p a; a=([1]=a [0]=b); echo "${a[@]}"',
    'a=(x y); a+=([5]=z w); declare -p a; a=([1]+=x [1]+=y); declare -p a; a=(*.nomatch [1]=*); declare -p a',
    'a=({a,b}c d); declare -a b=({x,y} z); declare -p a b',
    # declare/typeset/local/readonly/export take NAME=(...) among their arguments
    'declare -a a=(1 2 "3 4"); echo ${#a[@]} "${a[2]}"; declare -a b c=3 d=(x); declare -p a c d',
    'declare -a a=1; declare -p a; declare -r x=(1); declare -p x; export e=(1 2); declare -p e',
    'a=(x y); a+=(z); declare -a a+=(w); declare -p a; typeset -a t=(q); declare -p t',
    'a=(g); f(){ local -a a=(l1 l2); a[5]=q; echo ${a[@]}; }; f; declare -p a',
    'declare -A m=([g]=1); f(){ local -A m; m[l]=2; declare -p m; }; f; declare -p m',
    'f(){ local -r x=1; }; f; x=3; echo $x; x=out; f(){ local x; echo "[$x]"; x=in; }; f; echo $x',
    # declare in a function makes a local, as local does (unless -g)
    'f(){ declare x=1; declare -a a=(1); declare -A m=([k]=v); }; f; echo "[$x]" ${#a[@]} ${#m[@]}; '
    'f(){ declare -g y=1; }; f; echo $y',
    'x=g; f(){ declare x; echo "[$x]"; x=in; declare -p x; }; f; echo $x; f(){ declare x+=2; echo $x; }; f',
    # associative arrays: keys in bash's hash table order (assoc.c, hashlib.c)
    'declare -A m=([k]=v [two]="2 2"); echo "${m[k]}" "${m[two]}"; declare -p m; m+=([z]=1); echo ${!m[@]}',
    'declare -A m; m[a]=1; m[b]=2; echo ${!m[@]}; echo ${m[@]}; unset "m[a]"; declare -p m; echo ${#m[@]}',
    'declare -A m; k="a b"; m[$k]=1; m["*"]=2; m[@]=3; declare -p m; echo "${!m[@]}"',
    'declare -A m=([\uac00]=1 [\ub098]=2 [x]=3 [web-1]=4 [db]=5); echo ${!m[@]}',
    "declare -A m=([k]=$'\\t' ['a b']=1 [~x]=2 [#]=3 [x#]=4 [q=~]=5); declare -p m",
    'declare -A m=(a 1 b 2 c); declare -p m; declare -A n; n=(x y); declare -p n',
    'declare -A m=([a]=1); echo ${m[a]:-x} ${m[b]:-none} ${#m[a]} ${m[@]^^} $m; m[0]=zero; echo $m',
    'x=5; declare -A x; declare -p x; x[b]=2; echo ${!x[@]}; declare -A m=([a]=1); m=([b]=2); declare -p m',
    'declare -A m=([a]+=1 [a]+=2); declare -p m; declare -A n=([k]=v); echo ${n[k]:=q} ${n[n]:=new}; declare -p n',
    'declare -A m; for i in $(seq 1 2100); do m[k$i]=$i; done; echo ${#m[@]} ${!m[@]} | md5sum',
    # element operators, negative subscripts, ${#NAME[SUB]}
    'a=(x y); echo ${a[1]:=z} ${a[5]:=w}; declare -p a; a=(); echo ${a[0]:=first} $a',
    'a=(x y); echo ${a[-2]} ${a[-1]:0:1} ${a[1]:0:1} ${a[1]#y}; a=(ab cde); echo ${#a[0]} ${#a[-1]} ${#a[2]}',
    'true | false; echo $PIPESTATUS ${#PIPESTATUS} ${PIPESTATUS} "${PIPESTATUS[1]}"; false; echo $PIPESTATUS',
    'a=(p q); unset "a[-1]"; declare -p a',
    # elements in arithmetic (expr.c): an indexed array's subscript is arithmetic, an associative one's a key
    'a=(1 2); (( a = 5 )); declare -p a; i=1; (( a[i]++ )); (( a[-1] += 9 )); declare -p a',
    'declare -A c; for w in x y x z x; do (( c[$w]++ )); done; declare -p c; echo $(( c[x] * 2 + c[q] ))',
    'a=(3 4); echo $(( ${#a[@]} + a[0] + a[1+0] )); x=a[1]; echo $(( x )); a=(5); let "a[1] = a[0] * 2"; echo ${a[@]}',
    # -v of an element, of an array (its element 0), of a parameter; test's -v (bash's own)
    'declare -A m=([a]=1); [[ -v m[a] ]]; echo $?; [[ -v m[b] ]]; echo $?; k=a; [[ -v m[$k] ]]; echo $?',
    'a=(x "" z); [[ -v a[1] ]]; echo $?; [[ -v a[5] ]]; echo $?; [[ -v a[-1] ]]; echo $?; b=([1]=q); [[ -v b ]]; echo $?',
    'x=1; test -v x; echo $?; [ -v y ]; echo $?; a=(q); [ -v a[0] ]; echo $?; set -- p; [[ -v 1 && ! -v 2 ]]; echo $?',
    'declare -A h=(["key with space"]=v [k]=w); k=k; echo "${h["key with space"]}" "${h[key with space]}" ${h[$k]}',
    # "${a[*]}" joined with IFS's first character; unquoted, each element's fields apart
    'a=(x y); IFS=,; echo "${a[*]}" ${a[*]} "${a[@]}"; IFS=; echo "${a[*]}"; unset IFS; echo "${a[*]}"',
    "a=(x,1 'y z'); IFS=,; printf '[%s]' ${a[*]} ${a[@]} pre${a[@]}post; b=(x '' y); printf '[%s]' ${b[@]}; echo",
    'a=(b a c); IFS=$\'\\n\' sorted=($(sort <<<"${a[*]}")); unset IFS; echo ${sorted[@]}',
    # set and declare alone list arrays as NAME=(...)
    "a=(1 'x y'); declare -A m=([k]=v); declare -a e; set | grep -E '^(a|m|e)='; declare | grep -E '^(a|m)='",
]

# lines whose errors are compared too (standard error merged into the output)
WITH_ERRORS = [
    'a=(1); declare -A a; declare -a x=(1 2); declare -A x; declare -A m; declare -a m; echo $?',
    'readonly -a r=(1 2); declare -p r; r[0]=5; echo never',
    'readonly r=1; declare r=2; echo $?; declare UID=3; echo $?; declare -a r=(1); echo never',
    'declare -Ar c=([a]=1); c[b]=2; echo never',
    'a=(1); a[-5]=1 b=2; echo never',
    'declare -A m; m[]=1; echo never',
    'declare -A m; echo ${m[]}; echo never',
    'a=([]=1 x); declare -p a; a=(p q); a=([-1]=z); declare -p a; a=(p q); a+=([-1]=z [-9]=w); declare -p a',
    'x="1 2"; declare -A m=([k]=$x $x); declare -p m; declare -A n=([a]=1 b 2); declare -p n',
    'declare -A m=([]=1); declare -p m',
    'a=(x y); echo ${a[-3]}; echo "${a[-3]:-d}" ${a[-4]} | cat; b=${a[-3]}; echo "[$b]"; echo "${nosuch[-1]}" x',
    'a=(x y); echo ${#a[1]} ${#nosuch[-1]}; echo ${#a[-3]}; echo never',
    'a=(x y); echo "${a[-3]:=d}"; echo never',
    'x=5; echo ${x[-1]} ${x[0]}; unset "x[1]"; echo $?; a=(x y); unset "a[-3]"; echo $?',
    'f() { local -a b=(x y) c; b[2]=z; declare -p b c; local -A m=([k]=v); echo ${m[k]}; }; f; declare -p b m',
    'declare -A m; declare -a i; declare -p m i; unset m[nokey]; echo $?; m[-1]=x; echo ${m[-1]}; unset m; declare -p m',
    # set -x: a declaration builtin's NAME=(...) traced with its words expanded, then the builtin
    "set -x; declare -a x=([3]=a b \"it's\"); declare -A m=(k v); declare -A n=([\"a b\"]=1); "
    "f(){ local -a l=(1); }; f; readonly -a r=(x) y=(z); export e=(1); declare -a q=() z+=(1); a=(q)",
]


def _real(line: str, merged: bool) -> tuple[list[str], int]:
    assert BASH is not None
    real = subprocess.run(["bash", "-c", line], executable=BASH, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT if merged else subprocess.PIPE, text=True, timeout=20,
                          env={"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"})
    return real.stdout.splitlines(), real.returncode


@pytest.mark.skipif(BASH is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", LINES)
def test_as_bash_answers(line: str) -> None:
    result = apply(_WORLD, "bash -c '" + line.replace("'", "'\\''") + "'")
    assert (result.text, result.exit_code) == _real(line, False), line


@pytest.mark.skipif(BASH is None, reason="no bash on this machine")
@pytest.mark.parametrize("line", WITH_ERRORS)
def test_as_bash_answers_and_says(line: str) -> None:
    result = apply(_WORLD, "bash -c '" + line.replace("'", "'\\''") + "'")
    assert (result.text, result.exit_code) == _real(line, True), line


def test_arrays_last_from_line_to_line_at_the_terminal() -> None:
    first = apply(_WORLD, "ports=(3000 3001)")
    assert apply(first.world, 'echo "${ports[@]}" ${#ports[@]}').text == ["3000 3001 2"]


def test_an_array_of_megabytes_is_refused_not_kept() -> None:
    w = apply(_WORLD, "x=$(printf '%01000000d' 0)").world
    r = apply(w, "a=($x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x $x)")
    assert r.exit_code == 1 and r.world is w


def test_pipestatus_holds_each_commands_status() -> None:
    r = apply(_WORLD, "true | false | true; echo ${PIPESTATUS[@]}; yes | head -1 > /dev/null; echo ${PIPESTATUS[*]}")
    assert r.text == ["0 1 0", "141 0"]
