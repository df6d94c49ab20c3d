"""Importing metric values (issue 15 item 6): a CSV or XLSX table of
`metric, stage, date, value[, n]`, or a survey's raw answers turned into NPS,
CSAT or CES per stage. The person says which column holds what; *Check* lists
every bad row (a dry run: nothing is written), and *Import* is enabled only
once the check found none. The import is one undo step."""
from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout)

from model import metric_import, metrics
from model.errors import JourneyError

from .i18n import translate
from .mapeditor import MapEditor
from .sentences import fill, local, refusal

NONE = ""  # a field no column holds
FIELDS = {"metric": QT_TRANSLATE_NOOP("Metrics", "Metric"), "stage": QT_TRANSLATE_NOOP("Metrics", "Stage"),
          "date": QT_TRANSLATE_NOOP("Metrics", "Date"), "value": QT_TRANSLATE_NOOP("Metrics", "Value"),
          "n": QT_TRANSLATE_NOOP("Metrics", "Sample size (n)"), "score": QT_TRANSLATE_NOOP("Metrics", "Answer")}
VALUES, SURVEY = "values", "survey"


class MetricImportDialog(QDialog):
    def __init__(self, editor: MapEditor, path: Path, parent=None):
        super().__init__(parent)
        self.editor, self.path = editor, path
        self.setWindowTitle(fill(translate("Metrics", "Import metric values from “%1”"), path.name))
        self.header, self.rows = metric_import.read_table(path)  # refused in one sentence by the caller
        self.plan = None
        column = QVBoxLayout(self)
        form = QFormLayout()
        self.mode = QComboBox()
        self.mode.addItem(translate("Metrics", "Values: a row per value"), VALUES)
        self.mode.addItem(translate("Metrics", "Survey: a row per respondent"), SURVEY)
        self.mode.currentIndexChanged.connect(self.changed)
        form.addRow(translate("Metrics", "The table holds"), self.mode)
        self.columns: dict[str, QComboBox] = {}
        for field, label in FIELDS.items():
            box = QComboBox()
            box.setAccessibleName(translate("Metrics", label))
            box.setProperty("map_content", True)  # the table's own column names
            box.addItem(translate("Metrics", "(none)"), NONE)
            for name in self.header:
                box.addItem(name, name)
            guess = next((h for h in self.header if h.lower() == field or (field == "score" and h.lower() == "score")),
                         NONE)
            box.setCurrentIndex(max(box.findData(guess), 0))
            box.currentIndexChanged.connect(self.changed)
            self.columns[field] = box
            form.addRow(translate("Metrics", label), box)
        self.metric_name = QLineEdit()
        self.metric_name.setPlaceholderText(translate("Metrics", "when no column names the metric"))
        self.metric_name.textChanged.connect(self.changed)
        form.addRow(translate("Metrics", "Metric name"), self.metric_name)
        self.kind = QComboBox()
        for key, kind in metrics.KINDS.items():
            if kind.survey:
                self.kind.addItem(translate("Metrics", kind.label[1]), key)
        self.kind.currentIndexChanged.connect(self.changed)
        form.addRow(translate("Metrics", "Survey score"), self.kind)
        self.taken = QLineEdit(datetime.date.today().isoformat())
        self.taken.textChanged.connect(self.changed)
        form.addRow(translate("Metrics", "Taken on"), self.taken)
        column.addLayout(form)
        self.check_button = QPushButton(translate("Metrics", "Check"))
        self.check_button.clicked.connect(self.check)
        column.addWidget(self.check_button)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(translate("Metrics", "What the check found"))
        column.addWidget(self.report)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(translate("Metrics", "Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self.changed()

    def changed(self) -> None:
        """Any choice changed: the last check no longer holds."""
        survey = self.mode.currentData() == SURVEY
        for field in ("metric", "date", "value", "n"):
            self.columns[field].setEnabled(not survey)
        self.columns["score"].setEnabled(survey)
        self.kind.setEnabled(survey)
        self.taken.setEnabled(survey)
        self.plan = None
        self.import_button.setEnabled(False)
        self.report.setPlainText(translate("Metrics", "Choose the columns, then Check."))

    def chosen(self, field: str) -> str | None:
        return self.columns[field].currentData() or None

    def check(self) -> None:
        journey = self.editor.doc.journey
        name = self.metric_name.text().strip() or None
        if self.mode.currentData() == SURVEY:
            plan = metric_import.plan_survey(journey, self.header, self.rows, self.kind.currentData(),
                                             self.chosen("stage") or "", self.chosen("score") or "",
                                             self.taken.text().strip(), name)
        else:
            columns = metric_import.Columns(self.chosen("metric"), self.chosen("stage") or "",
                                            self.chosen("date") or "", self.chosen("value") or "", self.chosen("n"))
            plan = metric_import.plan_values(journey, self.header, self.rows, columns, name)
        if plan.problems:
            lines = [local(p) for p in plan.problems]
            lines.append(translate("Metrics", "Nothing will be imported until every row is right."))
        else:
            lines = [fill(translate("Metrics", "Ready: %1 values."), str(len(plan.values)))]
            lines += [fill(translate("Metrics", "A new metric: “%1”."), m["name"]) for m in plan.new_metrics]
        self.report.setPlainText("\n".join(lines))
        self.plan = None if plan.problems else plan
        self.import_button.setEnabled(self.plan is not None and bool(self.plan.values))

    def run_import(self) -> None:
        if self.plan is None:
            return
        step = fill(translate("Steps", "Import %1 metric values"), str(len(self.plan.values)))
        if self.editor.run(step, [self.plan.op(self.editor.doc.journey)]) is not None:
            self.accept()


def open_import(editor: MapEditor, path: Path, parent) -> MetricImportDialog | None:
    """The dialog for `path`, or None when the file is refused (said in the status bar)."""
    try:
        return MetricImportDialog(editor, path, parent)
    except JourneyError as e:
        editor.message.emit(refusal(e))
        return None
