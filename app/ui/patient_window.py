"""The patient's window: login → room code → "I'm ready" → waiting → call → after-call page."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from app.core.call_state import CallState
from app.core.protocol import Role
from app.ui.bridge import PatientBridge
from app.ui.call.call_page import CallPage
from app.ui.call.ended_page import EndedPage
from app.ui.i18n import Translations
from app.ui.lobby.ready_page import ReadyPage
from app.ui.lobby.room_code_page import RoomCodePage
from app.ui.lobby.waiting_page import WaitingPage
from app.ui.login.identity_panel import IdentityPanel
from app.ui.login.login_page import LoginPage
from app.ui.main_window import ConsultationWindow
from app.ui.preflight.controller import PreflightController
from app.ui.preflight.panel import PreflightPanel

IN_CALL = (CallState.CONNECTING, CallState.IN_CALL, CallState.RECONNECTING)


class PatientWindow(ConsultationWindow):
    """Pages of the patient build, chosen from the call state, the login and the opened room."""

    def __init__(
        self,
        bridge: PatientBridge,
        translations: Translations,
        parent: QWidget | None = None,
        *,
        preflight: PreflightController | None = None,
        identity: IdentityPanel | None = None,
    ):
        super().__init__(bridge, translations, parent)
        self.patient_bridge = bridge
        self.login_page = LoginPage(bridge, Role.PATIENT, identity=identity)
        if identity is not None:
            identity.loggedIn.connect(bridge.login_with)
        self.code_page = RoomCodePage(bridge)
        self.ready_page = ReadyPage(bridge)
        self.waiting_page = WaitingPage(bridge)
        self.call_page = CallPage(bridge)
        self.ended_page = EndedPage(bridge)
        for page in (
            self.login_page,
            self.code_page,
            self.ready_page,
            self.waiting_page,
            self.call_page,
            self.ended_page,
        ):
            self.add_page(page)
        self.ended_page.closeRequested.connect(self.close)
        self.preflight = preflight
        if preflight is not None:
            self._attach_preflight(preflight)
        bridge.roomOpened.connect(lambda _room: self.navigate())
        self.retranslate()
        self.navigate()

    def _attach_preflight(self, preflight: PreflightController) -> None:
        """The check runs as soon as the room is known; its panel sits on the "I'm ready" page."""
        self.preflight_panel = PreflightPanel(preflight, level=self.patient_bridge.microphone_level)
        self.ready_page.add_section(self.preflight_panel)
        self.patient_bridge.precall_provider = preflight.summary
        self.patient_bridge.roomOpened.connect(lambda _room: preflight.start())
        preflight.started.connect(lambda: self.ready_page.set_checking(True))
        preflight.finished.connect(lambda report: self.ready_page.set_checking(False, report.verdict))

    def window_title(self) -> str:
        return self.tr("Samtale — video consultation")

    def page_for(self, state: CallState) -> QWidget:
        if state is CallState.ENDED:
            return self.ended_page
        if state in IN_CALL:
            return self.call_page
        if state is CallState.WAITING:
            return self.waiting_page
        if self.bridge.user is None:
            return self.login_page
        if self.patient_bridge.room is None:
            return self.code_page
        return self.ready_page
