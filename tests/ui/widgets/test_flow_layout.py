"""FlowLayout: one line when there is room, wrapped lines when not, and never a button squeezed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QPushButton, QWidget

from app.ui.widgets.flow_layout import FlowLayout


def row(qtbot, width: int, stretch: bool = False) -> tuple[QWidget, list[QPushButton]]:
    holder = QWidget()
    layout = FlowLayout(holder, spacing=10)
    layout.setContentsMargins(0, 0, 0, 0)
    buttons = [QPushButton(text) for text in ("Mute microphone", "Turn camera off", "Present")]
    for button in buttons[:-1]:
        layout.addWidget(button)
    if stretch:
        layout.add_stretch()
    layout.addWidget(buttons[-1])
    qtbot.addWidget(holder)
    holder.resize(width, layout.heightForWidth(width))
    holder.show()
    qtbot.waitExposed(holder)
    return holder, buttons


def test_a_wide_row_is_one_line_with_every_button_at_its_size(qtbot) -> None:
    _, buttons = row(qtbot, 2000)
    assert len({b.y() for b in buttons}) == 1
    assert all(b.width() == b.sizeHint().width() for b in buttons)
    assert buttons[0].x() < buttons[1].x() < buttons[2].x()


def test_a_narrow_row_wraps_instead_of_squeezing(qtbot) -> None:
    first, second = (QPushButton(t).sizeHint().width() for t in ("Mute microphone", "Turn camera off"))
    holder, buttons = row(qtbot, first + second)  # no room for the spacing: the second must wrap
    assert buttons[1].y() > buttons[0].y()
    assert all(b.width() == b.sizeHint().width() for b in buttons)
    assert holder.layout().heightForWidth(first + second) > holder.layout().heightForWidth(2000)


def test_a_stretch_sends_what_follows_to_the_right_end(qtbot) -> None:
    holder, buttons = row(qtbot, 2000, stretch=True)
    assert buttons[-1].geometry().right() == holder.width() - 1


def test_hidden_and_deleted_widgets_take_no_room(qtbot) -> None:
    holder, buttons = row(qtbot, 2000)
    layout = holder.layout()
    assert isinstance(layout, FlowLayout)
    buttons[1].hide()
    layout.activate()
    assert buttons[2].x() < buttons[1].sizeHint().width() + buttons[0].sizeHint().width()
    buttons[0].deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert layout.count() == 2
    assert layout.minimumSize().width() > 0
