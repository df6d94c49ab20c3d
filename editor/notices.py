"""What a window says above the map, and keeps saying until it is no longer true.

- `NoticePanel` (objectName "noticePanel"): every sentence the map opened with
  (read-only reason, repairs, working copy, upgrade), all listed at once, until
  the user dismisses them. The status bar holds one message at a time, so
  several notices there would hide each other.
- `WriteBackBanner` (objectName "writeBackBanner"): shown while a map on a shared
  drive could not be written back (`Document.write_back_error`), gone as soon as
  a write-back succeeds. Every edit retries (the document does), and so does a
  timer here, every 30 seconds while the write-back fails.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .i18n import translate
from .sentences import local

RETRY_MS = 30_000

PANEL_STYLE = "#noticePanel { background: #fff8dc; border-bottom: 1px solid #d8c77a; }"
BANNER_STYLE = ("#writeBackBanner { background: #fde2e1; color: #611a15; padding: 6px 10px;"
                " border-bottom: 1px solid #e0a19c; }")


class NoticePanel(QFrame):
    def __init__(self, notices: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noticePanel")
        self.setAccessibleName(translate("Notices", "Notices"))
        self.setStyleSheet(PANEL_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 6, 6)
        column = QVBoxLayout()
        self.labels = []
        for notice in notices:
            label = QLabel(local(notice), self)
            label.setWordWrap(True)
            label.setObjectName("notice")
            column.addWidget(label)
            self.labels.append(label)
        row.addLayout(column, 1)
        dismiss = QPushButton(translate("Notices", "Dismiss"), self)
        dismiss.setObjectName("noticeDismiss")
        dismiss.clicked.connect(self.hide)
        row.addWidget(dismiss)
        self.setVisible(bool(notices))

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]


class WriteBackBanner(QLabel):
    def __init__(self, editor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("writeBackBanner")
        self.setAccessibleName(translate("Notices", "Write-back status"))
        self.setStyleSheet(BANNER_STYLE)
        self.setWordWrap(True)
        self.editor = editor
        self.timer = QTimer(self)
        self.timer.setInterval(RETRY_MS)
        self.timer.timeout.connect(self.retry)
        # whatever the step changed, the document tried to write it back: look again
        editor.changed.connect(lambda _changes: self.refresh())
        editor.stack.indexChanged.connect(lambda _index: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Show the write-back failure (or hide the banner) as the document has it now."""
        error = self.editor.doc.write_back_error
        if error:
            self.setText(local(error))
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.timer.stop()
        self.setVisible(bool(error))

    def retry(self) -> None:
        self.editor.doc.retry_write_back()
        self.refresh()

    def stop(self) -> None:
        self.timer.stop()
