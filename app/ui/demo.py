"""Arranges the embedded demo: prefilled names, the clinician's code passed along, windows side by side."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from app.core.protocol import RoomInfo
from app.ui.clinician_window import ClinicianWindow
from app.ui.patient_window import PatientWindow

PATIENT_NAME = "Test Patient"
CLINICIAN_NAME = "Dr. Test"


def arrange_demo(patient: PatientWindow, clinician: ClinicianWindow) -> None:
    """Make the two demo windows quick to click through: a viewer only presses the buttons."""
    patient.login_page.name.setText(PATIENT_NAME)
    clinician.login_page.name.setText(CLINICIAN_NAME)

    def pass_code(room: RoomInfo) -> None:
        patient.code_page.set_code(room.code)

    clinician.clinician_bridge.roomCreated.connect(pass_code)
    suffix = " (demo)"
    patient.setWindowTitle(patient.windowTitle() + suffix)
    clinician.setWindowTitle(clinician.windowTitle() + suffix)
    screen = QGuiApplication.primaryScreen()
    area = screen.availableGeometry() if screen is not None else QRect(0, 0, 1920, 1080)
    width = min(900, area.width() // 2)
    height = min(720, area.height())
    clinician.setGeometry(area.x(), area.y(), width, height)
    patient.setGeometry(area.x() + area.width() - width, area.y(), width, height)
