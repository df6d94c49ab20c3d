"""One Wayline per user: a second launch hands its map to the running one.

The first Wayline listens on a `QLocalServer` named after the user (a socket
only that user can reach, `UserAccessOption`). A later launch connects, sends
the map's absolute path (or an empty line: "just show yourself"), waits for
"ok" and exits 0; the running Wayline opens the map, or brings forward the
window that already has it, instead of the second process finding the map
"open in Wayline by you" and offering it read-only. When nobody answers (no
Wayline runs, or a crashed one left its socket behind) the launch opens the
map itself and becomes the one that listens.

The name also carries the user's settings file: someone who runs Wayline with
another settings folder (`XDG_CONFIG_HOME`, as the tests and a portable copy
do) has a Wayline of its own, which does not hand maps to the everyday one.
`WAYLINE_INSTANCE`, when set, is the name itself (tests give each their own).
"""
from __future__ import annotations

import getpass
import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

WAIT_MS = 3000  # for the running Wayline to take the map; a hung one is not waited on longer
OK = b"ok\n"


def server_name() -> str:
    if os.environ.get("WAYLINE_INSTANCE"):
        return os.environ["WAYLINE_INSTANCE"]
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (a container): the uid still tells users apart
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    profile = hashlib.sha1(QSettings("Wayline", "Wayline").fileName().encode("utf-8")).hexdigest()[:12]
    return f"wayline-{user}-{profile}"


def hand_over(path: Path | None, name: str | None = None) -> bool:
    """Give `path` to a running Wayline of this user; True when it took it."""
    socket = QLocalSocket()
    socket.connectToServer(name or server_name())
    if not socket.waitForConnected(WAIT_MS):
        return False
    socket.write((str(path) if path else "").encode("utf-8") + b"\n")
    socket.flush()
    answer = b""
    while not answer.endswith(b"\n") and socket.waitForReadyRead(WAIT_MS):
        answer += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    return answer == OK


class Listener(QObject):
    """The running Wayline's end: each line received is a map to open (or to raise),
    `open_map(path)`; an empty line raises the most recent window, `show_any()`."""

    def __init__(self, open_map, show_any, name: str | None = None, parent=None):
        super().__init__(parent)
        self.open_map, self.show_any = open_map, show_any
        self.name = name or server_name()
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        if self.server.listen(self.name):
            return True
        # nobody answered hand_over, so a socket file left by a crashed Wayline is stale
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def close(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8", "replace").rstrip("\n")
        socket.write(OK)  # answered first: opening may ask a question the caller cannot wait for
        socket.flush()
        socket.disconnectFromServer()
        # after the answer has gone: a dialog opened here would hold the reply back
        QTimer.singleShot(0, lambda: self.open_map(Path(line)) if line else self.show_any())
