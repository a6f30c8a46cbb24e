"""A printer whose WeasyPrint is imported in a child process while the caller gets ready.

A one-off export (``slawriter export``) spends its first half second importing: about a
quarter of a second for the model, templates and Jinja2, and as much again for WeasyPrint.
Neither needs the other, and a laptop has more than one core. :func:`forked_printer` forks
a child that imports WeasyPrint at once and then waits for a :class:`~.printer.PrintJob`;
meanwhile the parent imports the model, reads and checks the agreement and renders the HTML.
The child prints the job and sends the PDF back.

The result is the same as printing in the process: if the child cannot be started, dies, or
fails in any way, the job is printed in the calling process instead (and an error it raises
there is the caller's, as always). Only on Linux, and only from a process with a single
thread (forking a threaded process is unsafe: the app never uses this, its renders run in a
worker process of their own); elsewhere the printer prints in the process.

This module imports neither the model nor WeasyPrint itself, so that the fork happens before
either is loaded.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import signal
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from .printer import Printed, Printer, PrintJob


class _Child:
    """The parent's side of a forked printer."""

    def __init__(self, pid: int, jobs: BinaryIO, results: BinaryIO) -> None:
        self.pid = pid
        self.jobs: BinaryIO | None = jobs
        self.results = results

    def print(self, job: PrintJob) -> Printed:
        """``job`` printed by the child as :func:`~.printer.print_pdf` prints it (or by
        :func:`~.printer.print_pdf` here, if the child cannot)."""
        from .printer import Printed, print_pdf

        jobs, self.jobs = self.jobs, None
        if jobs is not None:  # one job per child
            try:
                with jobs:
                    pickle.dump(job, jobs, protocol=pickle.HIGHEST_PROTOCOL)
                outcome = pickle.load(self.results)
            except (OSError, EOFError, pickle.UnpicklingError):
                outcome = None
            if isinstance(outcome, Printed):
                return outcome
        return print_pdf(job)

    print.prints_as_given = True  # type: ignore[attr-defined]  # see printer.prints_as_given

    def close(self) -> None:
        if self.jobs is not None:  # never got a job: end of input tells the child to stop
            with contextlib.suppress(OSError):
                self.jobs.close()
            self.jobs = None
        with contextlib.suppress(OSError):
            self.results.close()
        try:
            done, _ = os.waitpid(self.pid, os.WNOHANG)
            if not done:
                os.kill(self.pid, signal.SIGTERM)
                os.waitpid(self.pid, 0)
        except (ChildProcessError, ProcessLookupError):
            pass


def _serve(jobs: BinaryIO, results: BinaryIO) -> None:
    """The child: import WeasyPrint, print the one job that comes, send the result.

    Python's cyclic garbage collector stays off for the child's whole life. The printer pauses
    it for a print anyway (:func:`~.printer.print_pdf`), and turning it back on made the first
    allocation after the print collect everything the print left behind (200,000 objects for
    the 48-page contract of ``bench/export_bench.py``, about a tenth of the print's time)
    before the PDF was sent. This process prints one job and ends with ``os._exit``, so none of
    that memory needs giving back, and the import no longer pays for collections either.
    """
    gc.disable()
    from .engine import load_weasyprint
    from .printer import print_pdf

    load_weasyprint()
    try:
        job = pickle.load(jobs)
    except EOFError:  # the parent stopped before it had a job (a bad file, say)
        return
    pickle.dump(print_pdf(job), results, protocol=pickle.HIGHEST_PROTOCOL)
    results.flush()


def _end_with(parent: int) -> None:
    """Have the kernel end this process when its parent ends (killed, say), so that the child
    never prints on for nobody; Linux's PR_SET_PDEATHSIG."""
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # the parent was gone before the request took effect
        os._exit(1)


def _single_threaded() -> bool:
    """No other thread, Python's or a library's (Qt, say), that a fork could catch holding a
    lock."""
    try:
        return sum(1 for _ in Path("/proc/self/task").iterdir()) == 1
    except OSError:
        return False


def _start() -> _Child | None:
    if not sys.platform.startswith("linux") or not _single_threaded():
        return None
    job_read, job_write = os.pipe()
    result_read, result_write = os.pipe()
    parent = os.getpid()
    try:
        pid = os.fork()
    except OSError:
        for fd in (job_read, job_write, result_read, result_write):
            os.close(fd)
        return None
    if pid == 0:  # the child: never returns to the caller's code
        code = 1
        try:
            os.close(job_write)
            os.close(result_read)
            # Ctrl+C is the parent's to handle; it ends this process when it closes.
            signal.signal(signal.SIGINT, signal.SIG_IGN)
            _end_with(parent)
            # The child has nothing to say: the parent's output stays the parent's, and a pipe
            # reading it is not kept open by the child.
            with open(os.devnull, "wb") as null:  # noqa: PTH123  (a descriptor to duplicate)
                os.dup2(null.fileno(), 1)
                os.dup2(null.fileno(), 2)
            with os.fdopen(job_read, "rb") as jobs, os.fdopen(result_write, "wb") as results:
                _serve(jobs, results)
            code = 0
        except BaseException:  # anything at all: the parent prints the job itself
            pass
        finally:
            os._exit(code)  # no atexit handlers, no flushing of the parent's buffers
    os.close(job_read)
    os.close(result_write)
    return _Child(pid, os.fdopen(job_write, "wb"), os.fdopen(result_read, "rb"))


@contextlib.contextmanager
def forked_printer() -> Iterator[Printer]:
    """A printer (see :data:`~.pdf.Printer`) for one job, started now; use it once, inside
    the ``with`` block. Leaving the block ends the child, used or not."""
    child = _start()
    if child is None:
        from .printer import print_pdf

        yield print_pdf
        return
    try:
        yield child.print
    finally:
        child.close()
