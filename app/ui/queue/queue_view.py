"""Shows the rows of a QueueModel as cards with Admit and Deny buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.protocol import Verdict
from app.ui.queue.queue_model import QueueModel, QueueRole
from app.ui.widgets.named import named


class QueueRow(QFrame):
    """One waiting patient: name, how verified, waiting time, pre-call badge, Admit / Deny."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueRow")
        self.name = QLabel()
        font = self.name.font()
        font.setPointSize(16)
        font.setBold(True)
        self.name.setFont(font)
        self.details = named(QLabel(), "hint")
        self.waiting = named(QLabel(), "hint")
        self.badge = QLabel()
        self.admit = named(QPushButton(), "admit")
        self.deny = QPushButton()
        grid = QGridLayout(self)
        grid.setContentsMargins(18, 12, 18, 12)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.name, 0, 0)
        grid.addWidget(self.details, 1, 0)
        grid.addWidget(self.badge, 0, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.waiting, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.admit, 0, 2, 2, 1)
        grid.addWidget(self.deny, 0, 3, 2, 1)
        grid.setColumnStretch(0, 1)
        self.retranslate()

    def show_index(self, index: QModelIndex) -> None:
        self.name.setText(str(index.data(QueueRole.NAME)))
        self.details.setText(str(index.data(QueueRole.VERIFIED_BY)))
        self.waiting.setText(str(index.data(QueueRole.WAITING_TEXT)))
        verdict = index.data(QueueRole.VERDICT)
        known = verdict in {v.value for v in Verdict}
        self.badge.setObjectName(f"badge_{verdict if known else Verdict.UNKNOWN.value}")
        self.badge.setText(str(index.data(QueueRole.VERDICT_TEXT)))
        self.badge.setToolTip(str(index.data(QueueRole.PRECALL_REASONS) or ""))
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)

    def retranslate(self) -> None:
        self.admit.setText(self.tr("Admit"))
        self.deny.setText(self.tr("Not now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class QueueView(QWidget):
    """A column of QueueRow cards that follows the model's row and data signals."""

    admitRequested = Signal(str)  # participant id
    denyRequested = Signal(str)

    def __init__(self, model: QueueModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._rows: list[QueueRow] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        model.rowsInserted.connect(self._rebuild)
        model.rowsRemoved.connect(self._rebuild)
        model.modelReset.connect(self._rebuild)
        model.dataChanged.connect(self._refresh)
        self._rebuild()

    def row(self, row: int) -> QueueRow:
        return self._rows[row]

    def row_count(self) -> int:
        return len(self._rows)

    def _rebuild(self) -> None:
        for old in self._rows:
            self._layout.removeWidget(old)
            old.deleteLater()
        self._rows = []
        for row in range(self._model.rowCount()):
            widget = QueueRow(self)
            pid = str(self._model.index(row).data(QueueRole.PARTICIPANT_ID))
            widget.admit.clicked.connect(lambda _=False, pid=pid: self.admitRequested.emit(pid))
            widget.deny.clicked.connect(lambda _=False, pid=pid: self.denyRequested.emit(pid))
            widget.show_index(self._model.index(row))
            self._layout.addWidget(widget)
            self._rows.append(widget)

    def _refresh(self, top: QModelIndex, bottom: QModelIndex) -> None:
        for row in range(top.row(), min(bottom.row() + 1, len(self._rows))):
            self._rows[row].show_index(self._model.index(row))
