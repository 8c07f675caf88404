"""Ringing a patient (Kaddio's flow): the host's list of nearby patients with Ring, and the patient's
Answer / Decline with a ring tone, then "Join call", which knocks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.protocol.moderation import NearbyPatient
from app.ui.room_bridge import RoomBridge
from app.ui.widgets.named import named


class NearbyPanel(QFrame):
    """Host: logged-in patients who have the room open but have not knocked, each with a Ring button."""

    def __init__(self, room: RoomBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nearbyPanel")
        self._room = room
        self.heading = named(QLabel(), "subheading")
        self.answer = named(QLabel(wordWrap=True), "hint")
        self.buttons: dict[str, QPushButton] = {}
        self._rows = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self._rows)
        layout.addWidget(self.answer)
        self.answer.hide()
        room.nearbyChanged.connect(self.set_patients)
        room.ringAnswered.connect(self._answered)
        self.set_patients([])

    def set_patients(self, patients: list[NearbyPatient]) -> None:
        for button in self.buttons.values():
            self._rows.removeWidget(button)
            button.hide()  # at once: a screen reader must not find the old buttons until they are deleted
            button.deleteLater()
        self.buttons = {}
        self._names = {p.user_id: p.name for p in patients}
        for patient in patients:
            button = named(QPushButton(), "ringPatient")
            button.clicked.connect(lambda _c=False, uid=patient.user_id: self._room.ring(uid))
            self._rows.addWidget(button)
            button.setVisible(True)
            self.buttons[patient.user_id] = button
        self.setVisible(bool(patients))
        self.retranslate()

    def _answered(self, user_id: str, accepted: bool) -> None:
        name = self._names.get(user_id, "")
        if accepted:
            self.answer.setText(self.tr("{name} answered and will join the waiting room.").format(name=name))
        else:
            self.answer.setText(self.tr("{name} declined the call.").format(name=name))
        self.answer.show()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Has the room open"))
        for user_id, button in self.buttons.items():
            text = self.tr("Ring {name}").format(name=self._names[user_id])
            button.setText(text)
            button.setAccessibleName(text)
            button.setAccessibleDescription(self.tr("Calls this patient to the waiting room"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class RingPanel(QFrame):
    """Patient: "Dr. X is calling you" with Answer and Decline; after Answer, "Join call" knocks."""

    def __init__(
        self,
        room: RoomBridge,
        join: Callable[[], object],
        ring_tone: tuple[Callable[[], None], Callable[[], None]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ringPanel")
        self._room = room
        self._join = join
        self._tone = ring_tone  # (start, stop)
        self.host_name = ""
        self.text = named(QLabel(wordWrap=True), "subheading")
        self.answer = named(QPushButton(), "primary")
        self.decline = QPushButton()
        self.join = named(QPushButton(), "primary")
        row = QHBoxLayout()
        for button in (self.answer, self.decline, self.join):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(row)
        self.answer.clicked.connect(lambda: self._answered(True))
        self.decline.clicked.connect(lambda: self._answered(False))
        self.join.clicked.connect(self._joined)
        room.ringing.connect(self.ring)
        self.hide()
        self.retranslate()

    def ring(self, host_name: str) -> None:
        self.host_name = host_name
        self.answer.show()
        self.decline.show()
        self.join.hide()
        self.show()
        self.retranslate()
        if self._tone is not None:
            self._tone[0]()

    def _answered(self, accept: bool) -> None:
        if self._tone is not None:
            self._tone[1]()
        self._room.answer_ring(accept)
        self.answer.hide()
        self.decline.hide()
        self.join.setVisible(accept)
        self.setVisible(accept)
        self.retranslate()

    def _joined(self) -> None:
        self._join()
        self.hide()

    def retranslate(self) -> None:
        if self.join.isVisibleTo(self):
            self.text.setText(self.tr("Press “Join call” when you are ready."))
        else:
            self.text.setText(self.tr("{name} is calling you.").format(name=self.host_name))
        for button, text in (
            (self.answer, self.tr("Answer")),
            (self.decline, self.tr("Decline")),
            (self.join, self.tr("Join call")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.answer.setAccessibleDescription(self.tr("Takes the call from your clinician"))
        self.decline.setAccessibleDescription(self.tr("Says no to the call this time"))
        self.join.setAccessibleDescription(self.tr("Tells your clinician that you are waiting"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
