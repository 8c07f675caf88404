"""The one bar of large controls at the bottom of the call page, in the order the established
video-call apps use: Microphone, Camera, Chat, People, (Present), Layout, More, and Hang up in red
at the end. Each is a symbol with its words below; the bar wraps onto a second line rather than cut
words off when the window is narrow. The More menu holds the self view's Hide/Show and Move, and
full screen. Tab goes through the bar from left to right.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFrame, QMenu, QWidget

from app.ui.call.gallery import Layout
from app.ui.widgets.bar_button import BarButton
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.named import named


class CallBar(QFrame):
    """The controls; the call page connects them and says their state."""

    layoutChosen = Signal(Layout)  # from the Layout menu

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callBar")
        self.microphone = BarButton("microphone", crossed_when_checked=True)
        self.camera = BarButton("camera", crossed_when_checked=True)
        self.chat = named(BarButton("chat"), "chatToggle")
        self.people = named(BarButton("people"), "peopleToggle")
        for button in (self.microphone, self.camera, self.chat, self.people):
            button.setCheckable(True)
        self.chat.hide()  # until a chat panel is added
        self.unread = 0  # chat lines from others that came while the chat was closed
        # Layout: a button whose menu lists the four layouts, the one in use checked.
        self.layout_picker = named(BarButton("layout"), "layoutPicker")
        self.layout_menu = QMenu(self.layout_picker)
        self.layout_actions: dict[Layout, QAction] = {}
        group = QActionGroup(self.layout_menu)
        group.setExclusive(True)
        for mode in Layout:
            action = QAction(self.layout_menu, checkable=True)
            action.triggered.connect(lambda _checked=False, m=mode: self.layoutChosen.emit(m))
            group.addAction(action)
            self.layout_menu.addAction(action)
            self.layout_actions[mode] = action
        self.layout_actions[Layout.SPEAKER].setChecked(True)
        self.layout_picker.setMenu(self.layout_menu)
        self.layout_group = self.layout_picker
        self.more = named(BarButton("more"), "moreButton")
        self.more_menu = QMenu(self.more)
        self.self_view_action = QAction(self.more_menu)
        self.corner_action = QAction(self.more_menu)
        self.full_screen_action = QAction(self.more_menu)
        self.full_screen_action.setShortcut(Qt.Key.Key_F11)
        self.diagnostics_action = QAction(
            self.more_menu
        )  # the report for support (app/ui/diagnostics_save.py)
        for action in (
            self.self_view_action,
            self.corner_action,
            self.full_screen_action,
            self.diagnostics_action,
        ):
            self.more_menu.addAction(action)
        self.more.setMenu(self.more_menu)
        self.hang_up = named(BarButton("leave"), "hangUp")
        self._flow = FlowLayout(self, spacing=6)
        self._flow.setContentsMargins(10, 8, 10, 8)
        for widget in (self.microphone, self.camera, self.chat, self.people, self.layout_group, self.more):
            self._flow.addWidget(widget)
        self._flow.add_stretch()
        self._flow.addWidget(self.hang_up)
        self.controls: list[QWidget] = [
            self.microphone,
            self.camera,
            self.chat,
            self.people,
            self.layout_picker,
            self.more,
            self.hang_up,
        ]
        self.order_tabs()

    def current_layout(self) -> Layout:
        return next((m for m, a in self.layout_actions.items() if a.isChecked()), Layout.SPEAKER)

    def show_layout(self, mode: Layout) -> None:
        self.layout_actions[mode].setChecked(True)

    def buttons(self) -> list[BarButton]:
        return [w for w in self.findChildren(BarButton) if not w.isHidden()]

    def add_widget(self, widget: QWidget) -> None:
        """A control (the Present button) goes after People, before Layout."""
        self._flow.insert_widget(self._flow.indexOf(self.layout_group), widget)
        self.controls.insert(self.controls.index(self.layout_picker), widget)
        self.order_tabs()
        self.even_out()

    def order_tabs(self) -> None:
        """Tab goes left to right (a control made of several, like Present, in its own order)."""
        stops: list[QWidget] = []
        for control in self.controls:
            if control.focusPolicy() & Qt.FocusPolicy.TabFocus:
                stops.append(control)
            else:
                inner = control.findChildren(QWidget)
                stops.extend(w for w in inner if w.focusPolicy() & Qt.FocusPolicy.TabFocus)
        for first, second in itertools.pairwise(stops):
            QWidget.setTabOrder(first, second)

    def even_out(self) -> None:
        """All large buttons as tall as the one whose words need two lines."""
        buttons = self.findChildren(BarButton)
        rows = max((b.line_count() for b in buttons if not b.isHidden()), default=1)
        for button in buttons:
            button.lines_reserved = rows
            button.updateGeometry()
        self._flow.invalidate()

    def retranslate(self, *, self_view_hidden: bool, full_screen: bool) -> None:
        if self.unread:  # lines that came while the chat was closed
            self.chat.setText(self.tr("Chat (%n new)", None, self.unread))
        else:
            self.chat.setText(self.tr("Chat"))
        self.chat.setAccessibleName(self.chat.text())
        self.chat.setAccessibleDescription(
            self.tr("Hides the chat") if self.chat.isChecked() else self.tr("Shows the chat")
        )
        self.people.setText(self.tr("People"))
        self.people.setAccessibleName(self.tr("People"))
        self.people.setAccessibleDescription(
            self.tr("Hides the list of people in the call")
            if self.people.isChecked()
            else self.tr("Shows the list of people in the call")
        )
        self.more.setText(self.tr("More"))
        self.more.setAccessibleName(self.tr("More"))
        self.more.setAccessibleDescription(self.tr("Your own picture and full screen"))
        self.self_view_action.setText(
            self.tr("Show my own picture") if self_view_hidden else self.tr("Hide my own picture")
        )
        self.corner_action.setText(self.tr("Move my own picture to the next corner"))
        self.corner_action.setEnabled(not self_view_hidden)
        self.full_screen_action.setText(
            self.tr("Leave full screen") if full_screen else self.tr("Full screen")
        )
        self.diagnostics_action.setText(self.tr("Save a report for support…"))
        self.hang_up.setText(self.tr("Hang up"))
        self.hang_up.setAccessibleName(self.tr("Hang up"))
        self.hang_up.setAccessibleDescription(self.tr("Leave the consultation"))
        self.layout_picker.setText(self.tr("Layout"))
        self.layout_picker.setAccessibleName(self.tr("Layout"))
        self.layout_picker.setAccessibleDescription(self.tr("How the people in the call are arranged"))
        names = {
            Layout.SPEAKER: self.tr("Speaker"),
            Layout.GALLERY: self.tr("Gallery"),
            Layout.PINNED: self.tr("Pinned"),
            Layout.INTERPRETER: self.tr("Interpreter (two large)"),
        }
        for mode, action in self.layout_actions.items():
            action.setText(names[mode])
        self.even_out()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:
            self.even_out()
        super().changeEvent(event)
