"""One patient app per user and service: a second start hands its join link to the running one.

The first start listens on a ``QLocalServer`` whose name is private to the user (and to the
service, so two deployments do not meet); a later start connects, sends one line (the link, or an
empty line for "show yourself") and quits. The socket is readable only by its user.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket

MAX_MESSAGE = 1024  # a link is far shorter (app.core.links.MAX_LINK); more is dropped
HAND_OVER_MS = 1000


def instance_name(service_url: str, user: str | None = None) -> str:
    """A short per-user, per-service name (Unix socket paths are limited to about 100 bytes)."""
    who = user if user is not None else getpass.getuser()
    digest = hashlib.sha256(f"{who}\n{service_url}".encode()).hexdigest()[:16]
    return f"samtale-patient-{digest}"


def hand_over(name: str, message: str, timeout_ms: int = HAND_OVER_MS) -> bool:
    """Send ``message`` to a running instance; False if none is listening."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write((message.replace("\n", " ")[:MAX_MESSAGE] + "\n").encode())
    sent = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return sent


class LinkServer(QObject):
    """Listens for later starts; ``received`` carries their message (a link, or "" to be shown)."""

    received = Signal(str)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        if not self._server.listen(name):
            # A socket left behind by a crashed instance (nobody answered hand_over): take it over.
            QLocalServer.removeServer(name)
            self._server.listen(name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(bytes(socket.readAll().data()))
                if b"\n" in buffer or len(buffer) > MAX_MESSAGE:
                    line = bytes(buffer).split(b"\n", 1)[0][:MAX_MESSAGE]
                    socket.readyRead.disconnect()
                    socket.disconnectFromServer()
                    socket.deleteLater()
                    self.received.emit(line.decode("utf-8", errors="replace").strip())

            socket.readyRead.connect(read)
            if socket.bytesAvailable():
                read()


class OpenedLinks(QObject):
    """macOS hands a clicked ``samtale://`` link to the running app as a ``QFileOpenEvent``, not in
    ``argv``; install on the ``QApplication`` and ``received`` carries the URL."""

    received = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            url = event.url()
            self.received.emit(url.toString() if url.isValid() else event.file())
            return True
        return super().eventFilter(watched, event)
