"""The calm, large-print look of Samtale: the style sheet, the palette and the base font of the whole app.

Two colour sets exist (``app.ui.palettes``): the default and a high-contrast one, chosen when the OS
asks for high contrast (``QStyleHints.accessibility().contrastPreference()``, followed live) or when
the user asks for it (``high_contrast=True``, the ``--high-contrast`` option).

Text follows the OS: the base size grows with the system's default font, and every size in the style
sheet is a multiple of the base, in points, so it also scales with the screen's font DPI. Every control
draws a thick focus ring when it has keyboard focus.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from app.ui.palettes import DEFAULT, HIGH_CONTRAST, Palette

BASE_POINT_SIZE = 14.0  # large enough for older patients; headings scale from this
REFERENCE_SYSTEM_POINT_SIZE = 10.0  # a usual desktop default; larger system text makes ours larger
FOCUS_WIDTH = 3  # pixels of the focus ring (4 in the high-contrast theme)


def base_point_size(system_point_size: float) -> float:
    """Our base size for a system default font of ``system_point_size`` (never below BASE_POINT_SIZE)."""
    if system_point_size <= 0:  # the platform gave its font in pixels
        return BASE_POINT_SIZE
    return max(BASE_POINT_SIZE, BASE_POINT_SIZE * system_point_size / REFERENCE_SYSTEM_POINT_SIZE)


def system_point_size() -> float:
    """The OS's default UI font size in points (unaffected by ``QApplication.setFont``)."""
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()


def os_wants_high_contrast() -> bool:
    # Keep each wrapper in a name: in a chained call PySide drops the style hints' wrapper and with
    # it the accessibility hints' ("Internal C++ object already deleted").
    hints = QGuiApplication.styleHints()
    accessibility = hints.accessibility()
    return accessibility.contrastPreference() is Qt.ContrastPreference.HighContrast


def current_palette() -> Palette:
    """The colour set the application is drawn in now (``apply_theme`` records its name)."""
    app = QApplication.instance()
    name = app.property("samtaleTheme") if app is not None else None
    return HIGH_CONTRAST if name == HIGH_CONTRAST.name else DEFAULT


def style_sheet(p: Palette, base: float = BASE_POINT_SIZE) -> str:
    """The application's style sheet in the colours of ``p`` with ``base`` points as body text."""

    def pt(size: float) -> str:  # sizes are written for a 14 pt base
        return f"{size * base / BASE_POINT_SIZE:.1f}pt"

    b, ring = p.border, FOCUS_WIDTH + (p.border - 2)
    return f"""
QMainWindow, QStackedWidget, QWidget#page {{ background: {p.paper}; color: {p.ink}; }}
QLabel {{ color: {p.ink}; }}
QLabel#heading {{ font-size: {pt(24)}; font-weight: 600; }}
QLabel#subheading {{ font-size: {pt(17)}; font-weight: 600; }}
QLabel#body {{ font-size: {pt(15)}; color: {p.ink}; }}
QLabel#hint {{ font-size: {pt(12)}; color: {p.muted}; }}
QLabel#error {{ font-size: {pt(14)}; color: {p.error_ink}; background: {p.error_bg}; border-radius: 8px;
               border: {b - 1}px solid {p.error_ink}; padding: 10px 14px; }}
QLabel#testBanner {{ background: {p.warn_bg}; color: {p.warn_ink}; font-weight: 600;
                    border: {b}px solid {p.warn_line}; border-radius: 8px; padding: 10px 14px; }}
QLabel#code {{ font-size: {pt(30)}; font-weight: 700; letter-spacing: 4px; color: {p.code_ink};
              background: {p.card}; border: {b}px dashed {p.line}; border-radius: 10px; padding: 12px; }}
QLabel#code:focus {{ border: {ring}px solid {p.focus}; }}
QLabel#status {{ font-size: {pt(14)}; color: {p.muted}; }}
QFrame#header {{ background: {p.card}; border-bottom: {b - 1}px solid {p.line}; }}
QLabel#appName {{ font-size: {pt(15)}; font-weight: 700; color: {p.code_ink}; }}
QLabel#testTag {{ background: {p.warn_bg}; color: {p.warn_ink}; font-size: {pt(11)}; font-weight: 600;
                 border: {b - 1}px solid {p.warn_line}; border-radius: 6px; padding: 3px 8px; }}
QFrame#card, QFrame#queueRow {{ background: {p.card}; border: {b - 1}px solid {p.line};
                                border-radius: 12px; }}
QLabel#rowName {{ font-size: {pt(16)}; font-weight: 700; }}
QLineEdit {{ font-size: {pt(16)}; padding: 10px 12px; border: {b}px solid {p.line}; border-radius: 8px;
            background: {p.card}; color: {p.ink}; }}
QLineEdit:focus {{ border: {ring}px solid {p.focus}; }}
QPushButton {{ font-size: {pt(14)}; padding: 10px 22px; border-radius: 10px; border: {b}px solid {p.line};
              background: {p.card}; color: {p.ink}; min-height: 28px; }}
QPushButton:hover {{ border-color: {p.primary}; }}
QPushButton:checked {{ background: {p.checked}; color: {p.on_checked}; }}
QPushButton:focus {{ border: {ring}px solid {p.focus}; }}
QPushButton#headerButton {{ font-size: {pt(13)}; padding: 6px 14px; }}
QPushButton#primary, QPushButton#admit, QPushButton#recoveryRetry {{
    background: {p.primary}; color: {p.on_primary}; border: {ring}px solid {p.primary}; font-weight: 600; }}
QPushButton#primary {{ font-size: {pt(16)}; padding: 14px 32px; }}
QPushButton#primary:hover, QPushButton#admit:hover, QPushButton#recoveryRetry:hover {{
    background: {p.primary_dark}; border-color: {p.primary_dark}; }}
QPushButton#primary:disabled {{ background: {p.primary_disabled}; border-color: {p.primary_disabled};
                               color: {p.on_primary}; }}
QPushButton#hangUp {{ background: {p.danger}; color: {p.on_danger}; border: {ring}px solid {p.danger};
                     font-weight: 600; font-size: {pt(16)}; padding: 14px 32px; }}
QPushButton#hangUp:hover {{ background: {p.danger_dark}; border-color: {p.danger_dark}; }}
QPushButton#primary:focus, QPushButton#admit:focus, QPushButton#hangUp:focus,
QPushButton#recoveryRetry:focus {{
    border: {ring}px solid {p.focus_on_fill}; }}
QComboBox {{ font-size: {pt(14)}; padding: 4px 10px; border: {b}px solid {p.line}; border-radius: 6px;
            background: {p.card}; color: {p.ink}; }}
QComboBox:focus {{ border: {ring}px solid {p.focus}; }}
QComboBox QAbstractItemView {{ background: {p.card}; color: {p.ink}; selection-background-color: {p.focus};
                              selection-color: {p.paper}; }}
QCheckBox {{ font-size: {pt(14)}; color: {p.ink}; padding: 4px; border: {ring}px solid transparent; }}
QCheckBox:focus {{ border: {ring}px solid {p.focus}; border-radius: 6px; }}
QCheckBox::indicator {{ width: 22px; height: 22px; }}
QListView, QListWidget {{ background: {p.card}; color: {p.ink}; border: {b}px solid {p.line}; }}
QListView:focus, QListWidget:focus {{ border: {ring}px solid {p.focus}; }}
QListView::item:selected {{ background: {p.focus}; color: {p.paper}; }}
QLabel#badge_ok {{ background: {p.ok_bg}; color: {p.ok_ink}; border-radius: 6px; padding: 3px 10px;
                  border: {b - 1}px solid {p.ok_ink}; }}
QLabel#badge_warning {{ background: {p.warn_bg}; color: {p.warn_ink}; border-radius: 6px; padding: 3px 10px;
                       border: {b - 1}px solid {p.warn_ink}; }}
QLabel#lowAssurance {{ background: {p.warn_bg}; color: {p.warn_ink}; border-radius: 6px; padding: 3px 10px;
                      border: {b - 1}px solid {p.warn_ink}; }}
QLabel#badge_fail {{ background: {p.fail_bg}; color: {p.fail_ink}; border-radius: 6px; padding: 3px 10px;
                    border: {b - 1}px solid {p.fail_ink}; }}
QLabel#badge_unknown {{ background: {p.unknown_bg}; color: {p.muted}; border-radius: 6px; padding: 3px 10px;
                       border: {b - 1}px dashed {p.muted}; }}
QScrollArea#queueScroll, QWidget#queueHolder {{ background: transparent; }}
QScrollArea#pageScroll, QWidget#pageInner {{ background: transparent; }}
QFrame#callBar {{ background: {p.card}; border-top: {b - 1}px solid {p.line}; }}
QFrame#callBar QPushButton[barButton="true"] {{ font-size: {pt(12)}; padding: 0px; border-radius: 10px; }}
QFrame#callBar QPushButton#hangUp {{ font-size: {pt(12)}; font-weight: 600; padding: 0px; }}
QWidget#callPage {{ background: {p.call_bg}; }}
QLabel#callStatus, QLabel#mutedHint, QLabel#presentingNotice {{ color: {p.call_ink}; font-size: {pt(15)}; }}
QLabel#encryptionLine {{ color: {p.call_ink}; font-size: {pt(13)}; }}
QLabel#qualityWords, QLabel#audioOnlyOffer {{ color: {p.call_ink}; font-size: {pt(14)}; }}
QToolButton[quality="true"] {{ color: {p.call_ink}; background: transparent; font-size: {pt(14)};
                              border: {b - 1}px solid {p.call_ink}; border-radius: 6px; padding: 2px 8px; }}
QToolButton[quality="true"]:checked {{ background: {p.call_ink}; color: {p.call_bg}; }}
QToolButton[quality="true"]:focus {{ border: {ring}px solid {p.call_ink}; }}
QLabel#connectionLost {{ background: {p.warn_bg}; color: {p.warn_ink}; border: {b}px solid {p.warn_line};
                        border-radius: 8px; padding: 10px 14px; font-size: {pt(14)}; font-weight: 600; }}
QLabel#emergency {{ background: {p.warn_bg}; color: {p.warn_ink}; border-left: {b + 3}px solid {p.warn_line};
                   padding: 8px 12px; font-size: {pt(13)}; font-weight: 600; }}
QLabel#connectionBack {{ background: {p.ok_bg}; color: {p.ok_ink}; border: {b - 1}px solid {p.ok_ink};
                        border-radius: 8px; padding: 10px 14px; font-size: {pt(14)}; }}
QLabel#hostNotice {{ background: {p.warn_bg}; color: {p.warn_ink}; padding: 10px 24px; font-size: {pt(14)};
                    border-bottom: {b}px solid {p.warn_line}; }}
QFrame#knockBanner {{ background: {p.card}; border-bottom: {b}px solid {p.line}; }}
QFrame#recoveryPanel {{ background: {p.warn_bg}; border-bottom: {b}px solid {p.warn_line}; }}
QLabel#recoveryMessage {{ color: {p.warn_ink}; font-size: {pt(15)}; font-weight: 600; }}
QLabel#knockText {{ font-size: {pt(15)}; font-weight: 600; }}
QLabel#queueCount, QLabel#knockReasons {{ font-size: {pt(12)}; color: {p.muted}; }}
QFrame#confirmBar {{ background: {p.warn_bg}; border: {b}px solid {p.warn_line}; border-radius: 8px; }}
QFrame#confirmBar QLabel {{ color: {p.warn_ink}; font-size: {pt(14)}; }}
QPushButton#confirmAct {{ background: {p.danger}; color: {p.on_danger}; border: {ring}px solid {p.danger};
                         font-weight: 600; }}
QPushButton#confirmAct:hover {{ background: {p.danger_dark}; border-color: {p.danger_dark}; }}
QPushButton#confirmAct:focus {{ border: {ring}px solid {p.focus_on_fill}; }}
QWidget#callSide {{ background: {p.side_bg}; }}
QWidget#callSide QLabel {{ color: {p.side_ink}; }}
QWidget#callSide QLabel#panelHeading {{ font-weight: bold; font-size: {pt(13)}; }}
QWidget#callSide QPushButton {{ font-size: {pt(11)}; padding: 4px 8px; border-radius: 6px;
                                min-height: 22px; }}
QMenu {{ background: {p.card}; color: {p.ink}; border: {b}px solid {p.line}; font-size: {pt(14)}; }}
QMenu::item:selected {{ background: {p.focus}; color: {p.paper}; }}
QToolTip {{ background: {p.card}; color: {p.ink}; border: {b}px solid {p.line}; font-size: {pt(12)}; }}
"""


def qt_palette(p: Palette) -> QPalette:
    """The widget palette, for whatever the style sheet does not draw (scroll bars, popups)."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: p.paper,
        QPalette.ColorRole.WindowText: p.ink,
        QPalette.ColorRole.Base: p.card,
        QPalette.ColorRole.AlternateBase: p.paper,
        QPalette.ColorRole.Text: p.ink,
        QPalette.ColorRole.Button: p.card,
        QPalette.ColorRole.ButtonText: p.ink,
        QPalette.ColorRole.Highlight: p.focus,
        QPalette.ColorRole.HighlightedText: p.paper,
        QPalette.ColorRole.ToolTipBase: p.card,
        QPalette.ColorRole.ToolTipText: p.ink,
        QPalette.ColorRole.PlaceholderText: p.muted,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


class _ThemeFollower(QObject):
    """Re-applies the theme when the OS contrast preference changes (only if the user did not choose)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("samtaleTheme")
        self.app = app
        self.high_contrast: bool | None = None
        self.system_point_size: float | None = None
        self._hints = QGuiApplication.styleHints()  # kept: see os_wants_high_contrast
        self._accessibility = self._hints.accessibility()
        self._accessibility.contrastPreferenceChanged.connect(self.apply)

    def apply(self) -> str:
        high = os_wants_high_contrast() if self.high_contrast is None else self.high_contrast
        palette = HIGH_CONTRAST if high else DEFAULT
        system = system_point_size() if self.system_point_size is None else self.system_point_size
        base = base_point_size(system)
        font = QFont(self.app.font())
        font.setPointSizeF(base)
        self.app.setFont(font)
        self.app.setPalette(qt_palette(palette))
        self.app.setStyleSheet(style_sheet(palette, base))
        self.app.setProperty("samtaleTheme", palette.name)
        return palette.name


def apply_theme(
    app: QApplication, *, high_contrast: bool | None = None, system_point_size: float | None = None
) -> str:
    """Give the application its font, palette and style sheet; returns the theme's name.

    ``high_contrast`` None follows the OS (live); True or False is the user's choice.
    ``system_point_size`` None reads the OS default font (tests pass a size).
    """
    follower = app.findChild(_ThemeFollower, "samtaleTheme")
    if follower is None:
        follower = _ThemeFollower(app)
    follower.high_contrast = high_contrast
    follower.system_point_size = system_point_size
    return follower.apply()
