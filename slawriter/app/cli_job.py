"""Run one ``slawriter`` command in a child process, for work that must not run in the GUI.

Redlines and report PDFs need WeasyPrint, and signing is seconds of pure-Python cryptography:
the app runs them exactly as a user would on the command line, so both faces share one code path
and the window stays responsive. The command's one-line messages come back for the error
presenter.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal

from ..bundled import module_command


class CliJob(QObject):
    """``python -m slawriter ARGS`` (in the bundle ``slawriter -m slawriter ARGS``); emits
    :attr:`done` with the exit code and the messages."""

    done = Signal(int, list, list)
    """(exit code, stdout lines, stderr lines)."""

    def __init__(
        self,
        arguments: list[str],
        parent: QObject | None = None,
        environment: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.process = QProcess(self)
        if environment:
            env = QProcessEnvironment.systemEnvironment()
            for key, value in environment.items():
                env.insert(key, value)
            self.process.setProcessEnvironment(env)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)
        self.program, *prefix = module_command("slawriter")
        self.arguments = [*prefix, *arguments]

    def start(self) -> CliJob:
        self.process.start(self.program, self.arguments)
        return self

    def running(self) -> bool:
        return self.process.state() != QProcess.ProcessState.NotRunning

    def _lines(self, data: bytes) -> list[str]:
        return [line for line in data.decode("utf-8", "replace").splitlines() if line.strip()]

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        out = self._lines(bytes(self.process.readAllStandardOutput().data()))
        err = self._lines(bytes(self.process.readAllStandardError().data()))
        self.done.emit(code, out, err)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.done.emit(
                -1, [], [f"could not start {self.program}: {self.process.errorString()}"]
            )
