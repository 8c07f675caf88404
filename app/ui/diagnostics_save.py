"""Save the diagnostics report for support to a file the person chooses (Help page and the call's More menu).

The report is ``app.session.diagnostics.build_report`` over the bridge's ``DiagnosticsLog``: versions,
the operating system, the devices chosen, the pre-call results and the last calls' figures, with the
person's own name and everyone else's removed. It is written only where the person points the save
dialog; nothing is sent anywhere.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QStandardPaths, qVersion
from PySide6.QtWidgets import QFileDialog, QWidget

from app.core.preflight import PreflightReport
from app.media.devices import DeviceKind
from app.session.diagnostics import Environment, build_report
from app.ui.bridge import SessionBridge

translate = QCoreApplication.translate
Chooser = Callable[[QWidget, str], str | None]  # (parent, suggested path) -> chosen path or None


def ask_path(parent: QWidget, suggested: str) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("diagnostics", "Save a report for support"),
        suggested,
        translate("diagnostics", "Text files (*.txt)"),
    )
    return path or None


class CurrentDevices(Protocol):
    def current(self, kind: DeviceKind) -> str | None: ...


def chosen_devices(devices: CurrentDevices) -> dict[str, str]:
    """The device in use of each kind, by name (the report removes anything that looks personal)."""
    found = {}
    for kind in DeviceKind:
        name = devices.current(kind)
        found[kind.value] = name if name is not None else "(none)"
    return found


def precall_lines(report: PreflightReport | None) -> list[str]:
    """The last pre-call check as codes and measured numbers (no suggestion: it may name a device)."""
    if report is None:
        return []
    lines = []
    for result in report.results:
        codes = ", ".join(code.value for code in result.codes) or "-"
        measured = ", ".join(f"{key}={value:g}" for key, value in sorted(result.measurements.items()))
        lines.append(f"{result.check.value}: {result.verdict.value} ({codes}) {measured}".rstrip())
    return lines


def report_text(bridge: SessionBridge) -> str:
    log = bridge.diagnostics
    env = Environment(
        role=bridge.user.role.value if bridge.user is not None else type(bridge).__name__,
        devices=log.devices() if log.devices is not None else {},
        precall=log.precall() if log.precall is not None else [],
        extra_versions={"Qt": qVersion(), "PySide6 (build)": pyside_version},
    )
    private = [bridge.user.name] if bridge.user is not None else []
    private += log.names
    return build_report(log, env, private=private)


def save_diagnostics(parent: QWidget, bridge: SessionBridge, choose: Chooser = ask_path) -> Path | None:
    """Ask where, then write the report there; None if the person cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = str(Path(folder or ".") / time.strftime("samtale-report-%Y%m%d-%H%M.txt"))
    chosen = choose(parent, suggested)
    if not chosen:
        return None
    path = Path(chosen)
    path.write_text(report_text(bridge), encoding="utf-8")
    return path
