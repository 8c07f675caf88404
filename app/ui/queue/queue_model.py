"""A Qt list model of the patients waiting in the clinician's room, with a waiting time that ticks."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)

from app.core.protocol import QueueEntry, Verification
from app.ui import messages

TICK_MS = 1000
Index = QModelIndex | QPersistentModelIndex


class QueueRole(IntEnum):
    """Data roles of each row (``DisplayRole`` is the patient's name)."""

    PARTICIPANT_ID = Qt.ItemDataRole.UserRole + 1
    NAME = Qt.ItemDataRole.UserRole + 2
    VERIFIED_BY = Qt.ItemDataRole.UserRole + 3  # translated text
    WAITING_SECONDS = Qt.ItemDataRole.UserRole + 4  # int
    WAITING_TEXT = Qt.ItemDataRole.UserRole + 5
    VERDICT = Qt.ItemDataRole.UserRole + 6  # the Verdict's value (a StrEnum crosses QVariant as str)
    VERDICT_TEXT = Qt.ItemDataRole.UserRole + 7
    PRECALL_REASONS = Qt.ItemDataRole.UserRole + 8  # "Heading: finding" in words, one per line
    LOW_ASSURANCE = Qt.ItemDataRole.UserRole + 9  # bool: signed in with an e-mail code, not an e-ID


class QueueModel(QAbstractListModel):
    """Rows follow ``set_entries`` (inserts, removals and changes, not resets); ``tick`` each second."""

    def __init__(self, clock: Callable[[], float], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock  # unix seconds, compared with the service's waiting_since
        self._entries: list[QueueEntry] = []
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)

    def start_ticking(self) -> None:
        self._timer.start()

    def stop_ticking(self) -> None:
        self._timer.stop()

    def entry(self, row: int) -> QueueEntry:
        return self._entries[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._entries)

    def roleNames(self) -> dict[int, QByteArray]:
        names = {int(role): QByteArray(role.name.lower().encode()) for role in QueueRole}
        return {int(Qt.ItemDataRole.DisplayRole): QByteArray(b"display"), **names}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        waited = max(0, int(self._clock() - entry.waiting_since))
        match role:
            case Qt.ItemDataRole.DisplayRole | QueueRole.NAME:
                return entry.name
            case QueueRole.PARTICIPANT_ID:
                return entry.participant_id
            case QueueRole.VERIFIED_BY:
                return messages.verified_by_text(entry.verified_by, entry.guardian)
            case QueueRole.LOW_ASSURANCE:
                return entry.verified_by is Verification.EMAIL
            case QueueRole.WAITING_SECONDS:
                return waited
            case QueueRole.WAITING_TEXT:
                return messages.waiting_time_text(waited)
            case QueueRole.VERDICT:
                return entry.precall.verdict.value
            case QueueRole.VERDICT_TEXT:
                return messages.verdict_text(entry.precall.verdict)
            case QueueRole.PRECALL_REASONS:
                return messages.precall_findings_text(list(entry.precall.reasons))
        return None

    def set_entries(self, entries: list[QueueEntry]) -> None:
        """Make the rows equal ``entries`` (service order), with row signals a view can follow."""
        wanted = [e.participant_id for e in entries]
        # Remove rows that left, from the bottom so indexes stay valid.
        for row in range(len(self._entries) - 1, -1, -1):
            if self._entries[row].participant_id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._entries[row]
                self.endRemoveRows()
        current = [e.participant_id for e in self._entries]
        if current != [pid for pid in wanted if pid in current]:
            # The service reordered people who were already waiting: rare, so reset.
            self.beginResetModel()
            self._entries = list(entries)
            self.endResetModel()
            return
        for row, entry in enumerate(entries):
            if row < len(self._entries) and self._entries[row].participant_id == entry.participant_id:
                if self._entries[row] != entry:
                    self._entries[row] = entry
                    self.dataChanged.emit(self.index(row), self.index(row))
            else:
                self.beginInsertRows(QModelIndex(), row, row)
                self._entries.insert(row, entry)
                self.endInsertRows()

    def tick(self) -> None:
        """Tell views that waiting times moved on."""
        if self._entries:
            roles = [QueueRole.WAITING_SECONDS, QueueRole.WAITING_TEXT]
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1), roles)

    def retranslate(self) -> None:
        """Translated roles changed with the language."""
        if self._entries:
            self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))
