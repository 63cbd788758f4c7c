mapfile and readarray (builtins/mapfile.def): each line of the input an element of an indexed
array (MAPFILE without a name), -t taking the delimiter off, -n COUNT, -s SKIP, -O ORIGIN (the
array not emptied first), -d DELIM ("" the NUL byte); an associative or readonly array is
refused. read -a (and read's names) split at IFS as bash does (list_string): IFS whitespace and
one other IFS character with its whitespace end a field, a trailing delimiter makes no empty
field, and without -r a backslash keeps the next character, a blank among them, in the field.
mapfile used to be a command not found; `read -a` split `x\ y` in two.

  $ printf 'web\ndb\ncache\n' > names.txt
  $ mapfile -t names < names.txt; echo ${#names[@]} "${names[1]}"; declare -p names
  3 db
  declare -a names=([0]="web" [1]="db" [2]="cache")
  $ readarray -s 1 -n 1 second < names.txt; declare -p second
  declare -a second=([0]=$'db\n')
  $ mapfile -O 3 -t names < names.txt; echo ${!names[@]}
  0 1 2 3 4 5
  $ printf 'a,b,c' | { mapfile -d , -t parts; declare -p parts; }
  declare -a parts=([0]="a" [1]="b" [2]="c")
  $ mapfile < names.txt; echo "${MAPFILE[0]}"
  web
  
  $ mapfile -n x names; mapfile -Z
  bash: mapfile: x: invalid line count
  bash: mapfile: -Z: invalid option
  mapfile: usage: mapfile [-d delim] [-n count] [-O origin] [-s count] [-t] [-u fd] [-C callback] [-c quantum] [array]
  [2]
  $ IFS=, read -a w <<< "a,,b,"; declare -p w
  declare -a w=([0]="a" [1]="" [2]="b")
  $ read -a w <<< 'x\ y z'; declare -p w
  declare -a w=([0]="x y" [1]="z")
