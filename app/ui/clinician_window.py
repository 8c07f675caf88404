"""The clinician's window: login → room and queue → call (participants, chat) → after-call page,
with knock notifications in the system tray and a check of their own devices on the room page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from app.core.call_state import CallState
from app.core.protocol import Role
from app.ui.announcements import KnockAnnouncements
from app.ui.bridge import ClinicianBridge
from app.ui.call.call_page import CallPage
from app.ui.call.ended_page import EndedPage
from app.ui.call.knock_banner import KnockBanner
from app.ui.chat.chat_panel import ChatPanel
from app.ui.device_check import DeviceCheck
from app.ui.device_notice import DevicesNotice
from app.ui.diagnostics_save import precall_lines
from app.ui.i18n import Translations
from app.ui.invitation import InvitationWriter
from app.ui.login.identity_panel import IdentityPanel
from app.ui.login.login_offer import LoginOffer
from app.ui.login.login_page import LoginPage
from app.ui.main_window import ConsultationWindow
from app.ui.notify.sounds import qt_player
from app.ui.notify.tray import KnockNotifier, Tray, system_tray
from app.ui.preflight.devices import DeviceControl
from app.ui.present.present_control import PresentControl
from app.ui.queue.invite_panel import InvitePanel
from app.ui.queue.queue_model import QueueModel
from app.ui.queue.queue_page import QueuePage
from app.ui.ring.ring_panels import NearbyPanel
from app.ui.settings.store import UiSettings


class ClinicianWindow(ConsultationWindow):
    """Pages of the clinician build, chosen from the call state and the login."""

    ROLE = Role.CLINICIAN

    def __init__(
        self,
        bridge: ClinicianBridge,
        translations: Translations,
        queue_model: QueueModel,
        parent: QWidget | None = None,
        *,
        identity: IdentityPanel | LoginOffer | None = None,
        tray: Tray | None = None,
        knock_sound: Callable[[], None] | None = None,
        settings: UiSettings | None = None,
        devices: DeviceControl | None = None,
        device_check: DeviceCheck | None = None,
        invitations: InvitationWriter | None = None,
    ) -> None:
        super().__init__(bridge, translations, parent, settings=settings, devices=devices)
        self.clinician_bridge = bridge
        self.login_page = LoginPage(bridge, Role.CLINICIAN, identity=identity)
        if identity is not None:
            identity.loggedIn.connect(bridge.login_with)
        self.queue_page = QueuePage(bridge, queue_model)
        self.nearby_panel = NearbyPanel(bridge.room_bridge)
        self.queue_page.add_room_section(self.nearby_panel)
        # Issue 15: the invitation in the patient's language, to copy or send by e-mail.
        self.invite_panel = InvitePanel(bridge, invitations) if invitations is not None else None
        if self.invite_panel is not None:
            self.queue_page.add_room_section(self.invite_panel)
        self.call_page = CallPage(bridge, people_open=True)  # host controls one click away
        self.chat_panel = ChatPanel(bridge.room_bridge)
        self.call_page.add_side_panel(self.chat_panel)
        self.present = PresentControl(bridge)  # issue 5: present a screen, a window or a PDF file
        self.call_page.add_bar_widget(self.present)
        # The OS tray where there is one; the knock sound tray or no tray (tests inject both).
        os_tray = system_tray(self) if tray is None else None
        sound = knock_sound if knock_sound is not None else qt_player("knock")
        self.knocks = KnockNotifier(
            bridge,
            tray if tray is not None else os_tray,
            self._when_sound_on(sound),
            self,
            show_window=self._bring_to_front,
            deny=self._deny_from_tray,
        )
        # Issue 11, finding 4: who is waiting, seen from the call page (Admit / Not now there too).
        self.knock_banner = KnockBanner(bridge)
        self.call_page.add_top_widget(self.knock_banner)
        self.devices_notice = DevicesNotice(bridge, self, self.announcer)  # no camera / microphone
        # Their own devices: chosen and checked on the room page, the first time at sign-in.
        self.device_check = device_check
        if device_check is not None:
            # The support report carries the last device check's results (app/ui/diagnostics_save.py).
            bridge.diagnostics.precall = lambda: precall_lines(device_check.controller.report)
            column = self.queue_page.column.layout()  # below "Create room" and the queue: never in their way
            assert column is not None
            column.addWidget(device_check)
            bridge.loggedIn.connect(lambda _user: device_check.first_check())
        self.ended_page = EndedPage(bridge, can_go_back=True)
        self.knock_announcements = KnockAnnouncements(bridge, self.announcer)
        self._ended_seen = False  # the clinician went back to the waiting list after a call
        for page in (self.login_page, self.queue_page, self.call_page, self.ended_page):
            self.add_page(page)
        self.ended_page.backRequested.connect(self._back_to_queue)
        bridge.stateChanged.connect(self._on_state)
        bridge.loggedIn.connect(lambda _user: bridge.list_rooms())  # the rooms the service kept
        bridge.loggedIn.connect(lambda _user: bridge.list_room_types())  # the picker offers only these
        bridge.roomTypesListed.connect(self.queue_page.room_options.set_offered)
        self.retranslate()
        self.navigate()

    def window_title(self) -> str:
        return self.tr("Samtale Clinic")

    def page_for(self, state: CallState) -> QWidget:
        if state is CallState.ENDED:
            return self.queue_page if self._ended_seen else self.ended_page
        if state in (CallState.CONNECTING, CallState.IN_CALL, CallState.RECONNECTING):
            return self.call_page
        if self.bridge.user is None:
            return self.login_page
        return self.queue_page

    def _on_state(self, _old: CallState, new: CallState) -> None:
        if new is not CallState.ENDED:
            self._ended_seen = False
        self.navigate()

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def _deny_from_tray(self, participant_id: str) -> None:
        """The tray's Deny sends a patient away: the window comes up and asks first, where it is."""
        self._bring_to_front()
        name = next((e.name for e in self.knocks.entries if e.participant_id == participant_id), "")
        if self.current_page() is self.call_page:
            self.knock_banner.ask_not_now(participant_id, name)
            return
        if self.current_page() is self.ended_page:
            self._back_to_queue()
        self.queue_page.ask_deny(participant_id, name)

    def _back_to_queue(self) -> None:
        self._ended_seen = True
        self.navigate()
