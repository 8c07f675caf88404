"""Shows the rows of a QueueModel as cards with Admit and Deny buttons.

A patient whose pre-call check found something has a "Show why" button under the badge (keyboard
reachable, named for that patient) that opens the findings in words, each under its own heading.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.core.protocol import Verdict
from app.ui.queue.queue_model import QueueModel, QueueRole
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.marks import marked
from app.ui.widgets.named import named


class QueueRow(QFrame):
    """One waiting patient: name, how verified, waiting time, pre-call badge and why, Admit / Deny."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueRow")
        self.why = named(QPushButton(), "secondary")  # opens the findings below the row
        self.why.setCheckable(True)
        self.why.hide()
        self.reasons = named(QLabel(wordWrap=True), "body")
        self.reasons.setTextFormat(Qt.TextFormat.PlainText)
        self.reasons.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reaches it by Tab too
        self.reasons.hide()
        self._verdict = Verdict.UNKNOWN
        self.name = named(QLabel(), "rowName")  # large and bold through the theme (it scales with it)
        self.details = named(QLabel(), "hint")
        self.waiting = named(QLabel(), "hint")
        self.badge = QLabel()
        self.admit = named(QPushButton(), "admit")
        self.deny = QPushButton()
        self._person = ""
        who = QWidget()  # name over how verified
        who_layout = QVBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.setSpacing(4)
        who_layout.addWidget(self.name)
        who_layout.addWidget(self.details)
        status = QWidget()  # pre-call badge over waiting time
        status_layout = QVBoxLayout(status)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.setSpacing(4)
        status_layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignRight)
        status_layout.addWidget(self.waiting, 0, Qt.AlignmentFlag.AlignRight)
        status_layout.addWidget(self.why, 0, Qt.AlignmentFlag.AlignRight)
        # One line when it fits; with long words or large text the rest wraps, right-aligned.
        top = QWidget()
        row = FlowLayout(top, spacing=14)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(who)
        row.add_stretch()
        row.addWidget(status)
        row.addWidget(self.admit)
        row.addWidget(self.deny)
        column = QVBoxLayout(self)
        column.setContentsMargins(18, 12, 18, 12)
        column.setSpacing(8)
        column.addWidget(top)
        column.addWidget(self.reasons)
        self.why.toggled.connect(self._show_why)
        # Tab: the findings' button, then what it opened, then Admit and Not now.
        QWidget.setTabOrder(self.why, self.reasons)
        QWidget.setTabOrder(self.reasons, self.admit)
        QWidget.setTabOrder(self.admit, self.deny)
        self.retranslate()

    def show_index(self, index: QModelIndex) -> None:
        self.name.setText(str(index.data(QueueRole.NAME)))
        # A weaker sign-in (an e-mail code, no e-ID) stands out like a warning badge, with its symbol.
        low = bool(index.data(QueueRole.LOW_ASSURANCE))
        verified = str(index.data(QueueRole.VERIFIED_BY))
        self.details.setText(marked(Verdict.WARNING, verified) if low else verified)
        self.details.setAccessibleName(verified)
        self.details.setObjectName("lowAssurance" if low else "hint")
        self.details.style().unpolish(self.details)
        self.details.style().polish(self.details)
        self.waiting.setText(str(index.data(QueueRole.WAITING_TEXT)))
        value = index.data(QueueRole.VERDICT)
        verdict = Verdict(value) if value in {v.value for v in Verdict} else Verdict.UNKNOWN
        self.badge.setObjectName(f"badge_{verdict.value}")
        # The colour of the badge is never alone: a symbol and words say the same.
        self.badge.setText(marked(verdict, str(index.data(QueueRole.VERDICT_TEXT))))
        reasons = str(index.data(QueueRole.PRECALL_REASONS) or "")
        self._verdict = verdict
        self.badge.setAccessibleName(str(index.data(QueueRole.VERDICT_TEXT)))
        self.badge.setAccessibleDescription(reasons)
        self.reasons.setText(reasons)
        self.reasons.setAccessibleName(reasons)
        self.why.setVisible(bool(reasons))
        self._show_why(self.why.isChecked())
        self._person = self.name.text()
        self.retranslate()
        self.badge.style().unpolish(self.badge)
        self.badge.style().polish(self.badge)

    def _show_why(self, shown: bool) -> None:
        visible = shown and bool(self.reasons.text())
        if visible != self.reasons.isVisibleTo(self):
            self.reasons.setVisible(visible)
            self._bring_into_view()
        self.why.setText(self.tr("Hide why") if shown else self.tr("Show why"))

    def _bring_into_view(self) -> None:
        """In a scrolling list, scroll so that the row with the findings just opened is in view, from its
        name down as far as it fits (after the layout)."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None and self.reasons.isVisibleTo(self):
            scroll = parent
            QTimer.singleShot(0, self, lambda: self._scroll_to_top(scroll))

    def _scroll_to_top(self, scroll: QScrollArea) -> None:
        inner = scroll.widget()
        if inner is not None:
            scroll.verticalScrollBar().setValue(self.mapTo(inner, QPoint(0, 0)).y())

    def retranslate(self) -> None:
        self._show_why(self.why.isChecked())
        if self._verdict is Verdict.FAIL:
            self.why.setAccessibleName(
                self.tr("Show why the check failed for {name}").format(name=self._person)
            )
        else:
            self.why.setAccessibleName(
                self.tr("Show what needs attention for {name}").format(name=self._person)
            )
        self.why.setAccessibleDescription(self.tr("Shows or hides what the pre-call check found"))
        self.admit.setText(self.tr("Admit"))
        self.deny.setText(self.tr("Not now"))
        # Said by a screen reader, each button names whom it is for.
        self.admit.setAccessibleName(self.tr("Admit {name}").format(name=self._person))
        self.admit.setAccessibleDescription(self.tr("Let this patient into the consultation now"))
        self.deny.setAccessibleName(self.tr("Not now: {name}").format(name=self._person))
        self.deny.setAccessibleDescription(self.tr("The patient is told that you cannot take them this time"))

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
            old.hide()  # at once: a screen reader must not find the old rows until they are deleted
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
