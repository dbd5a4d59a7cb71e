# Runs one untrusted program for aieval's code sandbox (io.aieval.core.exec).
#
#   python3 -I harness.py STATUS PROGRAM CPU_SECONDS ADDRESS_SPACE_BYTES FILE_BYTES
#
# Sets the resource limits, turns off the calls that reach outside this process (the ones
# HumanEval's reliability_guard turns off but putenv, which only matters to child processes and
# which importing numpy calls, plus networking, exec and spawn), runs PROGRAM and
# writes how it ended to STATUS: a first line "passed", "assertion", "error", "timeout" or
# "memory", then a message. STATUS appears whole or not at all (written beside it, then renamed),
# so no STATUS file means the process died or left early, and a STATUS file means the program
# ended by itself, even when the wall-clock kill came before the process was gone.
# This is a guard against accidents, not a security boundary: code written to get around it
# can. The namespaces the sandbox starts this in, when the machine has them, are the barrier.
import builtins
import faulthandler
import os
import resource
import shutil
import signal
import socket
import subprocess
import sys
import traceback

STATUS, PROGRAM = sys.argv[1], sys.argv[2]
CPU, MEMORY, FILES = (int(value) for value in sys.argv[3:6])
MESSAGE_CHARS = 2000
# Address space held while the program runs and given back when it raises MemoryError: the
# program may stop a few bytes below the limit, and writing STATUS allocates too.
RESERVE_BYTES = 4 << 20

_open = builtins.open
_exit = os._exit
_replace = os.replace


class CpuLimitExceeded(BaseException):
    """Raised on SIGXCPU. Not an Exception, so a bare 'except Exception' does not hide it."""


def on_cpu_limit(signum, frame):
    raise CpuLimitExceeded()


def set_limit(kind, value):
    soft, hard = resource.getrlimit(kind)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(kind, (value, value))


def apply_limits():
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    set_limit(resource.RLIMIT_AS, MEMORY)
    set_limit(resource.RLIMIT_FSIZE, FILES)
    soft, hard = resource.getrlimit(resource.RLIMIT_CPU)
    # The soft limit raises CpuLimitExceeded; one second later the hard limit kills.
    cpu_hard = CPU + 1 if hard == resource.RLIM_INFINITY else min(CPU + 1, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (min(CPU, cpu_hard), cpu_hard))
    signal.signal(signal.SIGXCPU, on_cpu_limit)
    # A write past the file size limit then fails with an error instead of killing the process.
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)


def refused(name):
    def refuse(*args, **kwargs):
        raise PermissionError(name + " is turned off in the aieval sandbox")

    return refuse


PROCESS_CALLS = (
    "system popen fork forkpty vfork kill killpg execl execle execlp execlpe execv execve "
    "execvp execvpe spawnl spawnle spawnlp spawnlpe spawnv spawnve spawnvp spawnvpe "
    "posix_spawn posix_spawnp setuid plock"
)
FILE_CALLS = (
    "remove removedirs rmdir unlink rename renames replace truncate chmod fchmod "
    "lchmod chown fchown lchown chroot chdir fchdir lchflags getcwd"
)
TURNED_OFF = {
    "os": PROCESS_CALLS + " " + FILE_CALLS,
    "posix": PROCESS_CALLS + " " + FILE_CALLS,
    "shutil": "rmtree move chown",
    "subprocess": "Popen run call check_call check_output getoutput getstatusoutput",
    "socket": "socket socketpair create_connection create_server fromfd",
    "_socket": "socket socketpair",
}
UNIMPORTABLE = "ctypes _ctypes _posixsubprocess resource psutil ipdb joblib tkinter"


def guard():
    faulthandler.disable()
    for module_name, names in TURNED_OFF.items():
        module = sys.modules.get(module_name)
        if module is None:
            continue
        for name in names.split():
            if hasattr(module, name):
                setattr(module, name, refused(module_name + "." + name))
    builtins.help = None
    for name in UNIMPORTABLE.split():
        sys.modules[name] = None


def describe(error, lines):
    text = type(error).__name__
    detail = str(error)
    if detail:
        text += ": " + detail
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "program.py"]
    if frames:
        number = frames[-1].lineno
        if 0 < number <= len(lines):
            text += " (program.py line %d: %s)" % (number, lines[number - 1].strip())
    return text[:MESSAGE_CHARS]


def report(kind, message=""):
    for stream in (sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except Exception:
            pass
    part = STATUS + ".part"
    with _open(part, "w", encoding="utf-8") as status:
        status.write(kind + "\n" + message)
    _replace(part, STATUS)
    _exit(0)


def main():
    apply_limits()
    with _open(PROGRAM, encoding="utf-8") as source_file:
        source = source_file.read()
    lines = source.splitlines()
    sys.argv = ["program.py"]
    guard()
    reserve = bytearray(RESERVE_BYTES)
    try:
        code = compile(source, "program.py", "exec")
        # Like the reference harness: no __name__ == "__main__", so such blocks do not run.
        exec(code, {})
    except CpuLimitExceeded:
        report("timeout")
    except MemoryError:
        del reserve
        report("memory")
    except AssertionError as e:
        report("assertion", describe(e, lines))
    except BaseException as e:
        try:
            message = describe(e, lines)
        except BaseException:
            message = type(e).__name__
        report("error", message)
    report("passed")


main()
