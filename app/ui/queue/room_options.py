"""Before a room exists: its type (the Norsk Helsenett room types) and, where the type has them, PINs.

Only the types the service says it can hold are offered (``set_offered``, from ``GET /v1/room-types``;
a service without a media server holds the peer-to-peer ones only); until it has said, the
peer-to-peer types. Under the picker one line says how the chosen type's media travels: end to end
encrypted, or through the health region's own media server."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QWidget

from app.core.protocol import RoomTypeInfo
from app.core.room_types import ROOM_RULES, MediaRoute, RoomType
from app.ui.widgets.named import named


class RoomOptions(QWidget):
    """A room type picker with a host PIN (required for sensitive rooms) and a guest PIN (admin rooms)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = named(QComboBox(), "roomType")
        self.offered = [t for t in RoomType if ROOM_RULES[t].media is MediaRoute.P2P]
        self._media = {t: ROOM_RULES[t].media for t in RoomType}
        for room_type in self.offered:
            self.kind.addItem("", room_type)
        self.media_note = named(QLabel(wordWrap=True), "roomMediaNote")
        self.host_pin = named(QLineEdit(), "hostPin")
        self.guest_pin = named(QLineEdit(), "guestPin")
        for field in (self.host_pin, self.guest_pin):
            field.setMaxLength(32)
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.kind_label, self.host_label, self.guest_label = QLabel(), QLabel(), QLabel()
        fields: tuple[tuple[QLabel, QWidget], ...] = (
            (self.kind_label, self.kind),
            (self.host_label, self.host_pin),
            (self.guest_label, self.guest_pin),
        )
        for label, named_field in fields:
            label.setBuddy(named_field)  # the label names its field for screen readers too
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.kind_label, self.kind)
        form.addRow(self.host_label, self.host_pin)
        form.addRow(self.guest_label, self.guest_pin)
        form.addRow(self.media_note)
        self._form = form
        self.kind.setCurrentIndex(self.offered.index(RoomType.PERSONAL))
        self.kind.currentIndexChanged.connect(lambda _i: self._update())
        self.retranslate()

    def set_offered(self, types: list[RoomTypeInfo]) -> None:
        """Offer only these room types (the service's list), keeping the choice where it is still offered."""
        before = self.room_type
        offered = [info.type for info in types]
        self.offered = [t for t in RoomType if t in offered] or [RoomType.PERSONAL]
        self._media.update({info.type: info.media for info in types})
        self.kind.blockSignals(True)
        self.kind.clear()
        for room_type in self.offered:
            self.kind.addItem("", room_type)
        keep = before if before in self.offered else RoomType.PERSONAL
        self.kind.setCurrentIndex(self.offered.index(keep) if keep in self.offered else 0)
        self.kind.blockSignals(False)
        self.retranslate()

    @property
    def room_type(self) -> RoomType:
        return RoomType(self.kind.currentData())

    def chosen(self) -> dict[str, Any]:
        """What to create the room with (empty for a personal room without PINs)."""
        options: dict[str, Any] = {}
        rules = ROOM_RULES[self.room_type]
        if self.room_type is not RoomType.PERSONAL:
            options["room_type"] = self.room_type
        if (rules.host_pin_required or rules.pins_allowed) and self.host_pin.text().strip():
            options["host_pin"] = self.host_pin.text().strip()
        if rules.pins_allowed and self.guest_pin.text().strip():
            options["guest_pin"] = self.guest_pin.text().strip()
        return options

    def _update(self) -> None:
        rules = ROOM_RULES[self.room_type]
        self._form.setRowVisible(1, rules.host_pin_required or rules.pins_allowed)
        self._form.setRowVisible(2, rules.pins_allowed)
        if rules.host_pin_required:
            self.host_label.setText(self.tr("Host PIN (required)"))
        else:
            self.host_label.setText(self.tr("Host PIN (optional)"))
        if self._media.get(self.room_type) is MediaRoute.SFU:
            note = self.tr(
                "Sound and pictures in this room pass through the health region's own media server: "
                "encrypted on the way, but not end to end."
            )
        else:
            note = self.tr("End-to-end encrypted: sound and pictures go straight between the participants.")
        self.media_note.setText(note)
        self.media_note.setAccessibleName(note)

    def retranslate(self) -> None:
        names = {
            RoomType.SENSITIVE: self.tr("Sensitive (2–5, locks when started)"),
            RoomType.PERSONAL: self.tr("Personal (2–5)"),
            RoomType.ADMIN_SMALL: self.tr("Meeting, small (5–10)"),
            RoomType.ADMIN_LARGE: self.tr("Meeting, large (10–50)"),
            RoomType.AUDITORIUM_SMALL: self.tr("Auditorium, small (50–70)"),
            RoomType.AUDITORIUM_LARGE: self.tr("Auditorium, large (70–150)"),
        }
        for index, room_type in enumerate(self.offered):
            self.kind.setItemText(index, names[room_type])
        self.kind_label.setText(self.tr("Room type"))
        self.kind.setAccessibleName(self.tr("Room type"))
        self.guest_label.setText(self.tr("Guest PIN (optional)"))
        self.host_pin.setAccessibleName(self.tr("Host PIN"))
        self.guest_pin.setAccessibleName(self.tr("Guest PIN"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
