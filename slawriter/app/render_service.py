"""The app's side of the render process (:mod:`slawriter.worker.render_worker`).

Two long-lived workers per window, each a :class:`QProcess` kept warm: the preview's lane, and
one for everything else (exports and operations), so that an export or a compliance report never
delays the preview of the next edit (issue 14). The preview's worker starts with the window (its
first paint), the other once the first preview is shown, or on first use. Everything here is
asynchronous: requests are written to a worker's stdin and replies arrive through
``readyReadStandardOutput``, so the GUI thread never waits for WeasyPrint.

- Previews coalesce: only the newest preview request waits; an older one that has not been sent
  is dropped, and a reply for a preview that is no longer the newest is discarded.
- Exports and operations are never dropped and go in the order they were asked for.
- If a worker dies, it is started again and the request it was working on is sent once more
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


def _own_files(out: Path) -> tuple[str, str]:
    """The names (without suffix) of the files a preview writes: its interim and itself."""
    return out.stem, f"{out.stem}-interim"


class _Lane:
    """One worker process and the request it is working on."""

    def __init__(self, service: RenderService, name: str) -> None:
        self.service = service
        self.name = name
        self.process: QProcess | None = None
        self.ready = False
        self.buffer = bytearray()
        self.running: RenderJob | None = None
        self.pid = 0

    def start(self) -> None:
        process = QProcess(self.service)
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
        self.ready = False
        self.buffer.clear()
        self.process = process
        process.start()

    def send(self, job: RenderJob) -> None:
        assert self.process is not None
        self.running = job
        self.process.write(job.line())

    def stop(self) -> None:
        """Closing its stdin lets the worker finish; one that does not is killed."""
        process, self.process = self.process, None
        if process is None:
            return
        process.readyReadStandardOutput.disconnect(self._read)
        process.finished.disconnect(self._finished)
        process.closeWriteChannel()
        if not process.waitForFinished(300):
            process.kill()
            process.waitForFinished(1000)
        process.deleteLater()

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        from shiboken6 import isValid

        if self.process is not None and isValid(self.process):
            self.process.deleteLater()
        self.process = None
        self.ready = False
        job, self.running = self.running, None
        self.service._stopped(self, job, code)

    def _read(self) -> None:
        process = self.process
        if process is None:
            return
        self.buffer.extend(bytes(process.readAllStandardOutput().data()))
        while True:
            end = self.buffer.find(b"\n")
            if end < 0:
                break
            line = bytes(self.buffer[:end])
            del self.buffer[: end + 1]
            try:
                message = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError):
                log.info("render worker said: %r", line[:200])
                continue
            if isinstance(message, dict):
                self.service._reply(self, message)


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
    previewInterim = Signal(int, str, list)
    """request, path of the interim PDF, the pages in it printed for the edit — only for the
    newest preview, which is still being printed as a whole (its :attr:`previewReady`
    follows)."""
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
        self._preview_lane = _Lane(self, "preview")
        self._work_lane = _Lane(self, "work")
        self._pending_preview: RenderJob | None = None
        self._exports: list[RenderJob] = []
        self._latest_preview = 0
        self._shown_preview: Path | None = None
        self._closing = False
        self._was_busy = False
        self.restarts = 0
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

    @property
    def worker_pid(self) -> int:
        """The preview worker's process id (0 before it is ready)."""
        return self._preview_lane.pid

    @property
    def work_pid(self) -> int:
        """The process id of the worker of exports and operations (0 before it is ready)."""
        return self._work_lane.pid

    def warm_up(self, lane: str = "preview") -> None:
        """Start a worker now (``preview``, or ``work`` for exports and operations), so that
        WeasyPrint is imported before it is needed."""
        chosen = self._preview_lane if lane == "preview" else self._work_lane
        if chosen.process is None and not self._closing:
            chosen.start()

    def set_branding(self, logo: Path | None, accent: str) -> None:
        """The logo file and accent colour every later render uses (checked by the worker)."""
        self._logo = str(logo) if logo else None
        self._accent = accent or None

    @property
    def busy(self) -> bool:
        return (
            self._preview_lane.running is not None
            or self._work_lane.running is not None
            or self._pending_preview is not None
            or bool(self._exports)
        )

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
            running = self._preview_lane.running
            if old != path and (running is None or old.stem not in _own_files(running.out)):
                old.unlink(missing_ok=True)

    def shutdown(self) -> None:
        """Stop the worker (closing its stdin lets it finish) and remove the temporary files."""
        self._closing = True
        global _shared
        if _shared is self:
            _shared = None
        for lane in (self._preview_lane, self._work_lane):
            lane.stop()
        self._folder.cleanup()

    # -- the process -------------------------------------------------------------------------

    def _stopped(self, lane: _Lane, job: RenderJob | None, code: int) -> None:
        """A worker ended: start it again, and send the request it was on once more."""
        lane.pid = 0
        if self._closing:
            return
        log.info("render worker (%s) stopped (exit code %s); starting it again", lane.name, code)
        self.restarts += 1
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
        """Send each lane its next job if it is idle (starting its worker if needed)."""
        self._feed(self._work_lane, self._exports[0] if self._exports else None)
        self._feed(self._preview_lane, self._pending_preview)
        self._emit_busy()

    def _feed(self, lane: _Lane, job: RenderJob | None) -> None:
        if lane.running is not None or job is None:
            return
        if lane.process is None:
            lane.start()
        elif lane.ready:
            if job.export:
                self._exports.pop(0)
            else:
                self._pending_preview = None
            lane.send(job)

    def _emit_busy(self) -> None:
        busy = self.busy
        if busy != self._was_busy:
            self._was_busy = busy
            self.busyChanged.emit(busy)

    def _reply(self, lane: _Lane, message: dict[str, Any]) -> None:
        if message.get("ready"):
            lane.ready = True
            lane.pid = int(message.get("pid", 0))
            self._pump()
            return
        job = lane.running
        if job is None or message.get("id") != job.ident:
            return
        if message.get("interim") and "ok" not in message:
            if not job.export and job.ident == self._latest_preview and not self._closing:
                pages = [int(page) for page in message.get("pages", [])]
                self.previewInterim.emit(job.ident, str(message.get("path", "")), pages)
            return
        if "progress" in message and "ok" not in message:
            handle = self._handles.get(job.ident)
            if handle is not None:
                handle.progressed.emit(float(message["progress"]))
            return
        lane.running = None
        if job.operation is not None:
            self._operation_done(job, message)
        elif message.get("ok"):
            warnings = [str(w) for w in message.get("warnings", [])]
            if job.export:
                self.exportFinished.emit(str(job.out), warnings)
            elif job.ident == self._latest_preview:
                self.previewReady.emit(job.ident, str(job.out), warnings)
                if self._work_lane.process is None and not self._closing:
                    self.warm_up("work")  # exports start warm too, once the preview is shown
            else:
                job.out.unlink(missing_ok=True)  # a stale preview: a newer edit is coming
            if not job.export:
                interim = job.out.with_name(f"{job.out.stem}-interim{job.out.suffix}")
                if self._shown_preview != interim:
                    interim.unlink(missing_ok=True)
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
