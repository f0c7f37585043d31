"""Runs a command on a pseudo-terminal (stdin, stdout and stderr all the pty's slave side), so that
the command sees a real TTY; independent of this process's own stdin (CI runs without one).

usage: python3 pty-run.py PROMPT ANSWER -- COMMAND [ARG...]
When the output contains PROMPT (once), ANSWER and a newline are typed. An empty PROMPT types
nothing. Prints one JSON line: {"code": exit code, "output": everything the command wrote}.
"""
import json
import os
import pty
import select
import signal
import sys
import time

prompt, answer = sys.argv[1], sys.argv[2]
command = sys.argv[sys.argv.index("--") + 1:]

pid, fd = pty.fork()
if pid == 0:
    os.execvp(command[0], command)

output = b""
answered = not prompt
deadline = time.monotonic() + 25
while time.monotonic() < deadline:
    ready, _, _ = select.select([fd], [], [], 0.1)
    if ready:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child closed the terminal
            break
        if not chunk:
            break
        output += chunk
    if not answered and prompt.encode() in output:
        os.write(fd, answer.encode() + b"\n")
        answered = True
else:
    os.kill(pid, signal.SIGKILL)

_, status = os.waitpid(pid, 0)
code = os.waitstatus_to_exitcode(status)
print(json.dumps({"code": code, "output": output.decode("utf-8", "replace")}))
