"""The app's side of the render process (:mod:`slawriter.worker.render_worker`).

One long-lived worker per window, started with :class:`QProcess` on first use and kept warm.
Everything here is asynchronous: requests are written to the worker's stdin and replies arrive
through ``readyReadStandardOutput``, so the GUI thread never waits for WeasyPrint.

- Previews coalesce: only the newest preview request waits; an older one that has not been sent
  is dropped, and a reply for a preview that is no longer the newest is discarded.
- Exports are never dropped and go before a waiting preview.
- If the worker dies, it is started again and the request it was working on is sent once more
  (a request that kills the worker twice fails with a message instead).
- Any other work (signing, redlines, compliance reports, calendar exports) is an operation
  (:mod:`slawriter.services.operations`) sent with :meth:`RenderService.run`: queued like an
  export, answered with its result or its error as data. The first service made (the window's)
  is the one :func:`shared_service` gives every part of the app, so one warm worker does it all.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from ..bundled import child_environment, module_command

if TYPE_CHECKING:
    from ..model import Agreement
    from ..services.operations import Operation

log = logging.getLogger(__name__)

WORKER_MODULE = "slawriter.worker.render_worker"


def agreement_text(agreement: Agreement) -> str:
    """The agreement as the text of its file, as the worker reads it."""
    # Imported here: the service is made with the window, before the model is imported.
    from ..storage import dumps_agreement

    return dumps_agreement(agreement)


@dataclass
class RenderJob:
    """One request to the worker."""

    ident: int
    agreement_text: str
    out: Path
    export: bool
    style: str | None = None
    logo: str | None = None
    accent: str | None = None
    attempts: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    operation: dict[str, Any] | None = None
    """An operation's JSON (:func:`slawriter.services.operations.encode`), else a render."""

    def line(self) -> bytes:
        if self.operation is not None:
            request = {"id": self.ident, "op": self.operation}
            return (json.dumps(request, ensure_ascii=False) + "\n").encode("utf-8")
        message = {
            "id": self.ident,
            "agreement": self.agreement_text,
            "out": str(self.out),
            "style": self.style,
            "export": self.export,
            "logo": self.logo,
            "accent": self.accent,
        }
        return (json.dumps(message, ensure_ascii=False) + "\n").encode("utf-8")


class OperationHandle(QObject):
    """One operation sent to the worker: its progress, then its result or its error."""

    progressed = Signal(float)
    finished = Signal(object)
    """The operation's result (a result dataclass of :mod:`slawriter.services.operations`)."""
    failed = Signal(object)
    """The error as data: the worker's reply (its English ``error`` lines and ``phrased``),
    for :func:`slawriter.app.dialogs.present`."""
    done = Signal(bool)
    """Emitted last: ``True`` after :attr:`finished`, ``False`` after :attr:`failed`."""

    def __init__(self, ident: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ident = ident


_shared: RenderService | None = None


def shared_service() -> RenderService:
    """The app's one render service (the first made, normally the window's), made if none is."""
    from PySide6.QtCore import QCoreApplication
    from shiboken6 import isValid

    if _shared is not None and isValid(_shared) and not _shared._closing:
        return _shared
    application = QCoreApplication.instance()
    service = RenderService(application)
    if application is not None:
        application.aboutToQuit.connect(service.shutdown)
    return service


class RenderService(QObject):
    """Renders agreements to PDF in a separate, warm process."""

    previewReady = Signal(int, str, list)
    """request (what :meth:`preview` returned), path of the PDF, render warnings — only for the
    newest preview."""
    previewFailed = Signal(int, list)
    """request, message lines."""
    exportFinished = Signal(str, list)
    """path, render warnings."""
    exportFailed = Signal(str, list)
    """path, message lines."""
    busyChanged = Signal(bool)

    MAX_ATTEMPTS = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._logo: str | None = None
        self._accent: str | None = None
        self._folder = tempfile.TemporaryDirectory(prefix="slawriter-preview-")
        self._process: QProcess | None = None
        self._ready = False
        self._buffer = bytearray()
        self._running: RenderJob | None = None
        self._pending_preview: RenderJob | None = None
        self._exports: list[RenderJob] = []
        self._latest_preview = 0
        self._shown_preview: Path | None = None
        self._closing = False
        self._was_busy = False
        self.restarts = 0
        self.worker_pid = 0
        self._handles: dict[int, OperationHandle] = {}
        global _shared
        if _shared is None or not _shared.alive():
            _shared = self

    # -- public ------------------------------------------------------------------------------

    def alive(self) -> bool:
        from shiboken6 import isValid

        return isValid(self) and not self._closing

    def run(self, operation: Operation) -> OperationHandle:
        """Run ``operation`` in the worker; the handle reports its progress and outcome."""
        from ..services.operations import encode

        ident = next(self._ids)
        handle = OperationHandle(ident, self)
        self._handles[ident] = handle
        self._exports.append(RenderJob(ident, "", Path(), True, operation=encode(operation)))
        self._pump()
        return handle

    def warm_up(self) -> None:
        """Start the worker now, so that WeasyPrint is imported before the first preview."""
        if self._process is None and not self._closing:
            self._start()

    def set_branding(self, logo: Path | None, accent: str) -> None:
        """The logo file and accent colour every later render uses (checked by the worker)."""
        self._logo = str(logo) if logo else None
        self._accent = accent or None

    @property
    def busy(self) -> bool:
        return self._running is not None or self._pending_preview is not None or bool(self._exports)

    @property
    def branding(self) -> tuple[str | None, str | None]:
        """The logo file and accent colour renders use now (:meth:`set_branding`)."""
        return self._logo, self._accent

    def preview(self, text: str, style: str | None = None) -> int:
        """Ask for a preview of the agreement file text ``text`` (:func:`agreement_text`);
        replaces any preview not yet started. Returns the request's number."""
        ident = next(self._ids)
        job = RenderJob(
            ident,
            text,
            Path(self._folder.name) / f"preview-{ident}.pdf",
            export=False,
            style=style,
            logo=self._logo,
            accent=self._accent,
        )
        self._latest_preview = ident
        self._pending_preview = job
        self._pump()
        return ident

    def export(self, agreement: Agreement, out: Path, style: str | None = None) -> int:
        """Write the contract for ``agreement`` to ``out`` (atomically, in the worker)."""
        ident = next(self._ids)
        self._exports.append(
            RenderJob(
                ident,
                agreement_text(agreement),
                out,
                True,
                style,
                logo=self._logo,
                accent=self._accent,
            )
        )
        self._pump()
        return ident

    def preview_file(self, pdf: bytes) -> Path:
        """``pdf`` (a cached preview) as a preview file, released like the rendered ones."""
        path = Path(self._folder.name) / f"preview-{next(self._ids)}.pdf"
        path.write_bytes(pdf)
        return path

    def release(self, path: Path) -> None:
        """The preview at ``path`` is shown; earlier preview files can go."""
        self._shown_preview = path
        folder = Path(self._folder.name)
        for old in folder.glob("preview-*.pdf"):
            if old != path and (self._running is None or old != self._running.out):
                old.unlink(missing_ok=True)

    def shutdown(self) -> None:
        """Stop the worker (closing its stdin lets it finish) and remove the temporary files."""
        self._closing = True
        global _shared
        if _shared is self:
            _shared = None
        process = self._process
        self._process = None
        if process is not None:
            process.readyReadStandardOutput.disconnect(self._read)
            process.finished.disconnect(self._finished)
            process.closeWriteChannel()
            if not process.waitForFinished(300):
                process.kill()
                process.waitForFinished(1000)
            process.deleteLater()
        self._folder.cleanup()

    # -- the process -------------------------------------------------------------------------

    def _start(self) -> None:
        process = QProcess(self)
        program, *arguments = module_command(WORKER_MODULE)
        process.setProgram(program)
        process.setArguments(arguments)
        environment = QProcessEnvironment()
        for key, value in child_environment(os.environ).items():
            environment.insert(key, value)
        process.setProcessEnvironment(environment)
        process.setProcessChannelMode(QProcess.ProcessChannelMode.ForwardedErrorChannel)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._finished)
        self._ready = False
        self._buffer.clear()
        self._process = process
        process.start()

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        process = self.sender()
        if isinstance(process, QProcess):
            process.deleteLater()
        self._process = None
        self._ready = False
        if self._closing:
            return
        log.info("render worker stopped (exit code %s); starting it again", code)
        self.restarts += 1
        job = self._running
        self._running = None
        if job is not None:
            job.attempts += 1
            if job.attempts >= self.MAX_ATTEMPTS:
                self._fail(job, [self.tr("The renderer stopped while making this PDF. Try again.")])
            elif job.export:
                self._exports.insert(0, job)
            elif self._pending_preview is None:
                self._pending_preview = job
        self._pump()

    def _pump(self) -> None:
        """Send the next job if the worker is idle (starting the worker if needed)."""
        if self._running is None and (self._exports or self._pending_preview is not None):
            if self._process is None:
                self._start()
            elif self._ready:
                job = self._exports.pop(0) if self._exports else self._pending_preview
                assert job is not None
                if not job.export:
                    self._pending_preview = None
                self._running = job
                self._process.write(job.line())
        self._emit_busy()

    def _emit_busy(self) -> None:
        busy = self.busy
        if busy != self._was_busy:
            self._was_busy = busy
            self.busyChanged.emit(busy)

    def _read(self) -> None:
        process = self._process
        if process is None:
            return
        self._buffer.extend(bytes(process.readAllStandardOutput().data()))
        while True:
            end = self._buffer.find(b"\n")
            if end < 0:
                break
            line = bytes(self._buffer[:end])
            del self._buffer[: end + 1]
            try:
                message = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                log.info("render worker said: %r", line[:200])
                continue
            if isinstance(message, dict):
                self._reply(message)

    def _reply(self, message: dict[str, Any]) -> None:
        if message.get("ready"):
            self._ready = True
            self.worker_pid = int(message.get("pid", 0))
            self._pump()
            return
        job = self._running
        if job is None or message.get("id") != job.ident:
            return
        if "progress" in message and "ok" not in message:
            handle = self._handles.get(job.ident)
            if handle is not None:
                handle.progressed.emit(float(message["progress"]))
            return
        self._running = None
        if job.operation is not None:
            self._operation_done(job, message)
        elif message.get("ok"):
            warnings = [str(w) for w in message.get("warnings", [])]
            if job.export:
                self.exportFinished.emit(str(job.out), warnings)
            elif job.ident == self._latest_preview:
                self.previewReady.emit(job.ident, str(job.out), warnings)
            else:
                job.out.unlink(missing_ok=True)  # a stale preview: a newer edit is coming
        else:
            from .i18n import reply_error_lines  # in the UI language

            self._fail(job, reply_error_lines(message))
        self._pump()

    def _operation_done(self, job: RenderJob, reply: dict[str, Any]) -> None:
        from ..services.operations import decode_result

        handle = self._handles.pop(job.ident, None)
        if handle is None:
            return
        if reply.get("ok"):
            handle.finished.emit(decode_result(reply.get("result")))
        else:
            handle.failed.emit(reply)
        handle.done.emit(bool(reply.get("ok")))
        handle.deleteLater()

    def _fail(self, job: RenderJob, lines: list[str]) -> None:
        if job.operation is not None:
            self._operation_done(job, {"id": job.ident, "ok": False, "error": lines})
        elif job.export:
            self.exportFailed.emit(str(job.out), lines)
        elif job.ident == self._latest_preview:
            self.previewFailed.emit(job.ident, lines)
