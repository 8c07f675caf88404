"""The calm, large-print look of Samtale: one style sheet and the base font for the whole app."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

BASE_POINT_SIZE = 14  # large enough for older patients; headings scale from this

INK = "#1b2430"
MUTED = "#4a5563"
PAPER = "#f5f6f4"
CARD = "#ffffff"
PRIMARY = "#1d5fa8"
PRIMARY_DARK = "#164b85"
DANGER = "#b3261e"
DANGER_DARK = "#8c1d17"
LINE = "#d5d9de"
WARN_BG = "#fff1c2"
WARN_INK = "#5c4300"

STYLE_SHEET = f"""
QMainWindow, QStackedWidget, QWidget#page {{ background: {PAPER}; color: {INK}; }}
QLabel {{ color: {INK}; }}
QLabel#heading {{ font-size: 24pt; font-weight: 600; }}
QLabel#body {{ font-size: 15pt; color: {INK}; }}
QLabel#hint {{ font-size: 12pt; color: {MUTED}; }}
QLabel#error {{ font-size: 14pt; color: {DANGER}; background: #fdecea; border-radius: 8px;
               padding: 10px 14px; }}
QLabel#testBanner {{ background: {WARN_BG}; color: {WARN_INK}; font-weight: 600;
                    border: 2px solid #e0b93c; border-radius: 8px; padding: 10px 14px; }}
QLabel#code {{ font-size: 30pt; font-weight: 700; letter-spacing: 4px; color: {PRIMARY_DARK};
              background: {CARD}; border: 2px dashed {LINE}; border-radius: 10px; padding: 12px; }}
QLabel#status {{ font-size: 14pt; color: {MUTED}; }}
QFrame#header {{ background: {CARD}; border-bottom: 1px solid {LINE}; }}
QLabel#appName {{ font-size: 15pt; font-weight: 700; color: {PRIMARY_DARK}; }}
QLabel#testTag {{ background: {WARN_BG}; color: {WARN_INK}; font-size: 11pt; font-weight: 600;
                 border-radius: 6px; padding: 3px 8px; }}
QFrame#card, QFrame#queueRow {{ background: {CARD}; border: 1px solid {LINE}; border-radius: 12px; }}
QLineEdit {{ font-size: 16pt; padding: 10px 12px; border: 2px solid {LINE}; border-radius: 8px;
            background: {CARD}; }}
QLineEdit:focus {{ border-color: {PRIMARY}; }}
QPushButton {{ font-size: 14pt; padding: 10px 22px; border-radius: 10px; border: 2px solid {LINE};
              background: {CARD}; color: {INK}; min-height: 28px; }}
QPushButton:hover {{ border-color: {PRIMARY}; }}
QPushButton:checked {{ background: #e6ebf2; }}
QPushButton#primary, QPushButton#admit {{ background: {PRIMARY}; color: white; border: none;
                                         font-weight: 600; }}
QPushButton#primary {{ font-size: 16pt; padding: 14px 32px; }}
QPushButton#primary:hover, QPushButton#admit:hover {{ background: {PRIMARY_DARK}; }}
QPushButton#primary:disabled {{ background: #8fa9c8; }}
QPushButton#hangUp {{ background: {DANGER}; color: white; border: none; font-weight: 600;
                     font-size: 16pt; padding: 14px 32px; }}
QPushButton#hangUp:hover {{ background: {DANGER_DARK}; }}
QComboBox {{ font-size: 12pt; padding: 4px 10px; }}
QLabel#badge_ok {{ background: #dcefdc; color: #1e5b22; border-radius: 6px; padding: 3px 10px; }}
QLabel#badge_warning {{ background: {WARN_BG}; color: {WARN_INK}; border-radius: 6px; padding: 3px 10px; }}
QLabel#badge_fail {{ background: #fadbd8; color: #8c1d17; border-radius: 6px; padding: 3px 10px; }}
QLabel#badge_unknown {{ background: #e8eaed; color: {MUTED}; border-radius: 6px; padding: 3px 10px; }}
QScrollArea#queueScroll, QWidget#queueHolder {{ background: transparent; }}
QScrollArea#pageScroll, QWidget#pageInner {{ background: transparent; }}
QFrame#callBar {{ background: {CARD}; border-top: 1px solid {LINE}; }}
QWidget#callPage {{ background: #11161d; }}
QLabel#callStatus {{ color: #e6e9ee; font-size: 15pt; }}
"""


def apply_theme(app: QApplication) -> None:
    """Give the application its font and style sheet (call once, before windows are built)."""
    font = QFont(app.font())
    font.setPointSize(BASE_POINT_SIZE)
    app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
