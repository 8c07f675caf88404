"""The patient's window: login → room code → "I'm ready" → waiting → call → after-call page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.core.call_state import CallState
from app.core.emergency import EmergencyNotice
from app.core.links import LinkError, LinkProblem, parse_join
from app.core.protocol import Role
from app.session.moderation_events import HostAction
from app.ui import messages
from app.ui.announcements import PatientAnnouncements
from app.ui.bridge import PatientBridge
from app.ui.call.call_page import CallPage
from app.ui.call.ended_page import EndedPage
from app.ui.chat.chat_panel import ChatPanel
from app.ui.device_notice import DevicesNotice
from app.ui.diagnostics_save import precall_lines
from app.ui.i18n import Translations
from app.ui.lobby.ready_page import ReadyPage
from app.ui.lobby.room_code_page import RoomCodePage
from app.ui.lobby.waiting_page import WaitingPage
from app.ui.login.identity_panel import IdentityPanel
from app.ui.login.login_offer import LoginOffer
from app.ui.login.login_page import LoginPage
from app.ui.main_window import ConsultationWindow
from app.ui.preflight.controller import PreflightController
from app.ui.preflight.devices import DeviceControl
from app.ui.preflight.panel import PreflightPanel
from app.ui.present.present_control import PresentControl
from app.ui.ring.ring_panels import RingPanel
from app.ui.settings.store import UiSettings
from app.ui.widgets.emergency_note import EmergencyNote

IN_CALL = (CallState.CONNECTING, CallState.IN_CALL, CallState.RECONNECTING)
FOLLOWS_LINKS = (CallState.IDLE, CallState.PREFLIGHT, CallState.ENDED)  # not while waiting or in a call


class PatientWindow(ConsultationWindow):
    """Pages of the patient build, chosen from the call state, the login and the opened room."""

    ROLE = Role.PATIENT

    def __init__(
        self,
        bridge: PatientBridge,
        translations: Translations,
        parent: QWidget | None = None,
        *,
        preflight: PreflightController | None = None,
        identity: IdentityPanel | LoginOffer | None = None,
        devices: DeviceControl | None = None,
        ring_tone: tuple[Callable[[], None], Callable[[], None]] | None = None,
        link: str | None = None,
        settings: UiSettings | None = None,
        emergency: EmergencyNotice | None = None,
    ):
        super().__init__(bridge, translations, parent, settings=settings, devices=devices)
        self.patient_bridge = bridge
        self.login_page = LoginPage(bridge, Role.PATIENT, identity=identity)
        if identity is not None:
            identity.loggedIn.connect(bridge.login_with)
        self.code_page = RoomCodePage(bridge)
        self.ready_page = ReadyPage(bridge)
        self.waiting_page = WaitingPage(bridge)
        # Where to call when it is urgent, before and while waiting (issue 15): never hidden.
        notice = emergency if emergency is not None else EmergencyNotice()
        self.ready_emergency = EmergencyNote(notice, translations)
        self.ready_page.add_section(self.ready_emergency)
        self.waiting_emergency = EmergencyNote(notice, translations)
        self.waiting_page.content.addWidget(self.waiting_emergency)
        self.call_page = CallPage(bridge)
        self.chat_panel = ChatPanel(bridge.room_bridge)  # issue 5: chat in the call
        self.call_page.add_side_panel(self.chat_panel)
        self.present = PresentControl(bridge)  # issue 5: present a screen, a window or a PDF file
        self.call_page.add_bar_widget(self.present)
        # Ringing (issue 5): Answer / Decline with a ring tone on the "I'm ready" page; "Join call" knocks.
        if ring_tone is not None:  # rings only while the user wants sounds (Settings)
            ring_tone = (self._when_sound_on(ring_tone[0]), ring_tone[1])
        self.ring_panel = RingPanel(bridge.room_bridge, bridge.knock, ring_tone)
        self.ready_page.add_section(self.ring_panel)
        bridge.room_bridge.ringing.connect(lambda _host: self._show_ringing())
        bridge.room_bridge.sentToLobby.connect(
            lambda: self.waiting_page.show_error(messages.host_action_text(HostAction.SENT_TO_LOBBY))
        )
        self.ended_page = EndedPage(bridge)
        self.patient_announcements = PatientAnnouncements(bridge, self.announcer)
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
        self.ended_page.returnRequested.connect(self._return_to_waiting_room)
        self.devices_notice = DevicesNotice(bridge, self, self.announcer)  # no camera / microphone
        self.preflight = preflight
        if preflight is not None:  # the support report carries the last pre-call results
            bridge.diagnostics.precall = lambda: precall_lines(preflight.report)
        if preflight is not None:
            self._attach_preflight(preflight, devices)
        bridge.roomOpened.connect(lambda _room: self.navigate())
        # A join link (issue 6): after sign-in its room opens; connected after the base class's
        # handler so the room-code page is current when the room opens or its error shows.
        self._pending_code: str | None = None
        self._reopened = False  # a link opened on the after-call page: its room, not that page
        bridge.stateChanged.connect(self._state_moved_on)
        self._link_problem: LinkProblem | None = None
        bridge.loggedIn.connect(lambda _user: self._follow_link())
        self.retranslate()
        self.navigate()
        if link is not None:
            self.open_link(link)

    def open_link(self, text: str) -> None:
        """Open the room of a ``samtale://join/CODE`` link or a bare code: now if signed in and not
        in a call, else right after sign-in. A link that cannot be read shows a plain sentence."""
        try:
            code = parse_join(text)
        except LinkError as error:
            self._pending_code, self._link_problem = None, error.problem
        else:
            self._pending_code, self._link_problem = code, None
            self.code_page.set_code(code)
        self._follow_link()

    def _follow_link(self) -> None:
        if self.bridge.user is None or self.bridge.state not in FOLLOWS_LINKS:
            return  # after sign-in, or kept until the call is over
        code, problem = self._pending_code, self._link_problem
        self._pending_code = self._link_problem = None
        if code is not None:
            # After a call the link opens its room again: "I'm ready", then the waiting room.
            self._reopened = self.bridge.state is CallState.ENDED
            self.patient_bridge.room = None  # a new link replaces a room opened before
            self.navigate()
            self.patient_bridge.open_room(code)
        elif problem is not None:
            self.navigate()
            page = self.current_page()
            if page is self.code_page:
                self.code_page.show_error(messages.link_text(problem))

    def _state_moved_on(self, _old: CallState, new: CallState) -> None:
        self._reopened = False
        if new is CallState.ENDED:
            self._follow_link()  # a link that came during the call opens now

    def _attach_preflight(self, preflight: PreflightController, devices: DeviceControl | None) -> None:
        """The check runs as soon as the room is known; its panel sits on the "I'm ready" page."""
        self.preflight_panel = PreflightPanel(
            preflight, level=self.patient_bridge.microphone_level, devices=devices
        )
        self.ready_page.add_section(self.preflight_panel)
        self.patient_bridge.precall_provider = preflight.summary
        self.patient_bridge.roomOpened.connect(lambda _room: preflight.start())
        preflight.started.connect(lambda: self.ready_page.set_checking(True))
        # No usable camera: no picture and no "this is how you look", before and while waiting.
        preflight.resultReady.connect(self.ready_page.camera_checked)
        preflight.resultReady.connect(self.waiting_page.camera_checked)
        preflight.finished.connect(lambda report: self.ready_page.set_checking(False, report.verdict))
        preflight.started.connect(self.patient_announcements.check_started)
        preflight.finished.connect(self.patient_announcements.check_finished)

    def _return_to_waiting_room(self) -> None:
        self.ended_page.clear_error()
        self.patient_bridge.knock_again()

    def ask_before_closing(self) -> bool:
        if not self.bridge.closed and self.bridge.state is CallState.WAITING:
            self.navigate()
            self.waiting_page.ask_to_leave(self.close_confirmed, closing=True)
            return True
        return super().ask_before_closing()

    def _show_ringing(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.navigate()

    def window_title(self) -> str:
        return self.tr("Samtale — video consultation")

    def page_for(self, state: CallState) -> QWidget:
        if state is CallState.ENDED and not self._reopened:
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
