"""bash's process substitution: <(command) and >(command), a word that is the path of a pipe.

bash (subst.c process_substitute) starts the command in a subshell ($BASH_SUBSHELL counts it) with
one end of a pipe as its output, for <( ), or its input, for >( ), and the word becomes /dev/fd/N,
the other end, which the shell holds open: N is the highest descriptor free below 64
(move_to_high_fd (parent_pipe_fd, 1, 64)), so 63, then 62 for the next one of the same command. The
shell closes them when the command that opened them is done (execute_cmd.c execute_command:
close_new_fifos), so the next command's is 63 again; a $( ) inside the command sees them open.
dash has none (`<(` is a syntax error there: shellgrammar.py). BusyBox ash has them too, its
pipe's descriptor the lowest free from 64 up (/dev/fd/64, then 65: as BusyBox 1.35's ash answers).

The simulator runs a <( ) as its word is expanded and keeps its output for whatever opens the path:
cat, diff, `< <(...)`, read, mapfile, source. A >( ) keeps what is written to its path (a
redirection `> >(cmd)`) and runs when the path is closed, with that as its input: its output comes
after the command's, as bash's usually does (bash waits for neither).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .devfs import Pipe
from .fs import LINK, Node
from .toolkit import IO, Lines
from .views import inode_number

if TYPE_CHECKING:
    from .shell import Shell
    from .shellparse import Process

FD_DIR = "/dev/fd/"
HIGHEST = 63  # below move_to_high_fd's 64
LOWEST = 4  # move_to_high_fd looks no lower than 3 (it then keeps the pipe's own descriptor)
ASH_LOWEST = 64  # BusyBox ash's first


def opened(sh: Shell, command: Process, io: IO) -> str:
    """Run a <( ) or start a >( ): the path of its pipe, held open by the shell."""
    taken = {p.fd for p in sh.pipes}
    if sh.name != "bash":  # BusyBox ash
        fd = next(n for n in range(ASH_LOWEST, ASH_LOWEST + len(taken) + 1) if n not in taken)
    else:
        fd = next((n for n in range(HIGHEST, LOWEST - 1, -1) if n not in taken), HIGHEST + len(taken))
    pipe = Pipe(fd)
    if command.reading:
        output = Lines()
        command.io = io.child(capture_out=output)
        sh.substitute(command, io)  # (in a subshell, as a $( )'s command)
        pipe.data = output.text()
        sh.pipes.append(pipe)
    else:
        sh.pipes.append(pipe)
        sh.pipe_commands[fd] = command
        command.io = io  # its output goes where the command's would have
    return f"{FD_DIR}{fd}"


def held(sh: Shell, path: str) -> Pipe | None:
    """The pipe /dev/fd/N names when the shell holds one open on N."""
    number = path[len(FD_DIR):]
    return next((p for p in sh.pipes if str(p.fd) == number), None)


FIFO = "p"  # what stat(2) finds at the end of the link: the pipe itself (S_IFIFO)


def entry(sh: Shell, path: str, follow: bool) -> Node | None:
    """What lstat (follow False) or stat (True) finds at /dev/fd/N while the shell holds a pipe on N
    (None for any other path): /proc/self/fd's link, lr-x------ (the read end), owned by the
    process's user, 64 bytes (proc_fd_link's size), to "pipe:[INODE]"; or the pipe, prw-------
    and empty, as `ls -lL <(true)` shows it."""
    pipe = held(sh, path) if sh.pipes and path.startswith(FD_DIR) else None
    if pipe is None:
        return None
    uid = int(getattr(sh.view, "uid", 0))
    if follow:
        return Node(FIFO, mode=0o600, uid=uid)
    return Node(LINK, f"pipe:[{pipe_inode(sh, pipe.fd)}]", size=64, mode=0o500, uid=uid)


def pipe_inode(sh: Shell, fd: int) -> int:
    """pipefs' inode number of the pipe: a stable stand-in from the moment and the descriptor."""
    return inode_number(f"pipe:{sh.world.clock}:{fd}")


def close(sh: Shell, keep: int, run: bool = True) -> None:
    """Close the pipes opened after the first keep; a >( )'s command then reads what was written
    to its path (run False: the line ended early, and they are dropped)."""
    closing = sh.pipes[keep:]
    del sh.pipes[keep:]
    for pipe in closing:
        waiting = sh.pipe_commands.pop(pipe.fd, None)
        if waiting is not None and run and waiting.io is not None:
            io = waiting.io
            waiting.io = io.child(stdin="".join(pipe.written))
            sh.substitute(waiting, io)
