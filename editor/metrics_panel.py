"""The Metrics panel (issue 15 item 5): the map's metrics, each a number with
a kind, a unit, which way is better, a baseline and a target (value and date),
an owner and the age after which a value is stale; below, its latest reading
in each stage (value, n, the change since the baseline, stale or not). Values
come in through *Import values…* (`metric_import_dialog`). Every edit is one
undo step; the panel reloads only for a change record naming metrics."""
from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from model import metrics
from model.changes import Changes
from model.op import Op

from .i18n import translate
from .mapeditor import MapEditor
from .panels import chosen_row, filled, run_step, spin
from .sentences import fill

DIRECTIONS = {"higher": QT_TRANSLATE_NOOP("Metrics", "Higher is better"),
              "lower": QT_TRANSLATE_NOOP("Metrics", "Lower is better")}
TABLES = QT_TRANSLATE_NOOP("Metrics", "Tables (*.csv *.xlsx)")


class MetricsPanel(QWidget):
    def __init__(self, editor: MapEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.setAccessibleName(translate("Metrics", "The map's metrics"))
        column = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setAccessibleName(translate("Metrics", "Metrics"))
        self.list.setMaximumHeight(120)
        self.list.setProperty("map_content", True)  # the metrics' names are the map's, not Wayline's
        self.list.currentRowChanged.connect(lambda _: self.show_metric())
        column.addWidget(self.list)
        buttons = QHBoxLayout()
        add = QPushButton(translate("Metrics", "Add metric"))
        add.clicked.connect(self.add)
        self.remove_button = QPushButton(translate("Metrics", "Remove"))
        self.remove_button.clicked.connect(self.remove)
        self.import_button = QPushButton(translate("Metrics", "Import values…"))
        self.import_button.clicked.connect(self.choose_import)
        for b in (add, self.remove_button, self.import_button):
            buttons.addWidget(b)
        column.addLayout(buttons)
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name, self.unit, self.owner = QLineEdit(), QLineEdit(), QLineEdit()
        self.baseline_date, self.target_date = QLineEdit(), QLineEdit()
        for field, key in ((self.name, "name"), (self.unit, "unit"), (self.owner, "owner"),
                           (self.baseline_date, "baseline_date"), (self.target_date, "target_date")):
            field.setProperty("map_content", key in ("name", "unit", "owner"))
            editor.fields.watch(field, lambda text, key=key: self.update(**{key: text}))
        for field in (self.baseline_date, self.target_date):
            field.setPlaceholderText("2026-12-31")
        self.kind = QComboBox()
        for key, kind in metrics.KINDS.items():
            self.kind.addItem(translate("Metrics", kind.label[1]), key)
        self.kind.activated.connect(lambda _: self.update(kind=self.kind.currentData()))
        self.direction = QComboBox()
        for key, label in DIRECTIONS.items():
            self.direction.addItem(translate("Metrics", label), key)
        self.direction.activated.connect(lambda _: self.update(direction=self.direction.currentData()))
        self.baseline, self.target = QLineEdit(), QLineEdit()  # a number, or empty for none
        for field, key in ((self.baseline, "baseline"), (self.target, "target")):
            editor.fields.watch(field, lambda text, key=key: self.update(**{key: _number(text)}))
        self.stale = spin(1, metrics.MAX_STALE_DAYS)
        self.stale.valueChanged.connect(lambda v: self.update(stale_days=int(v)))
        self.readings = QLabel()
        self.readings.setWordWrap(True)
        self.readings.setTextFormat(Qt.TextFormat.PlainText)
        for label, widget in ((QT_TRANSLATE_NOOP("Metrics", "Name"), self.name),
                              (QT_TRANSLATE_NOOP("Metrics", "Kind"), self.kind),
                              (QT_TRANSLATE_NOOP("Metrics", "Unit"), self.unit),
                              (QT_TRANSLATE_NOOP("Metrics", "Better"), self.direction),
                              (QT_TRANSLATE_NOOP("Metrics", "Baseline"), self.baseline),
                              (QT_TRANSLATE_NOOP("Metrics", "Baseline date"), self.baseline_date),
                              (QT_TRANSLATE_NOOP("Metrics", "Target"), self.target),
                              (QT_TRANSLATE_NOOP("Metrics", "Target date"), self.target_date),
                              (QT_TRANSLATE_NOOP("Metrics", "Owner"), self.owner),
                              (QT_TRANSLATE_NOOP("Metrics", "Stale after (days)"), self.stale),
                              (QT_TRANSLATE_NOOP("Metrics", "Latest"), self.readings)):
            form.addRow(translate("Metrics", label), widget)
        column.addWidget(self.form_widget)
        column.addStretch(1)
        editor.changed.connect(self.follow)
        self.reload()

    def follow(self, changes: Changes) -> None:
        if changes.touches("metric", "metric_value", "stage"):
            self.reload()

    def reload(self) -> None:
        current = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        for m in self.editor.doc.journey.metrics:
            item = QListWidgetItem(m.name or translate("Metrics", "Unnamed metric"))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.list.addItem(item)
            if current is not None and m.id == current.id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.list.blockSignals(False)
        self.show_metric()

    def current(self):
        return chosen_row(self.list, self.editor.doc.journey.metrics)

    def show_metric(self) -> None:
        m = self.current()
        self.form_widget.setEnabled(m is not None)
        self.remove_button.setEnabled(m is not None)
        if m is None:
            self.readings.setText("")
            return
        for field, value in ((self.name, m.name), (self.unit, m.unit), (self.owner, m.owner),
                             (self.baseline_date, m.baseline_date), (self.target_date, m.target_date),
                             (self.baseline, "" if m.baseline is None else f"{m.baseline:g}"),
                             (self.target, "" if m.target is None else f"{m.target:g}")):
            filled(field, value)
        filled(self.kind, m.kind)
        filled(self.direction, m.direction)
        filled(self.stale, m.stale_days)
        today = datetime.date.today()
        lines = []
        for stage in self.editor.doc.journey.stages:
            r = metrics.reading(m, self.editor.doc.journey.metric_values, stage.id, today)
            if r is None:
                continue
            line = fill(translate("Metrics", "%1: %2 on %3"), stage.name, f"{r.value:g}{m.unit}", r.taken)
            if r.n is not None:
                line += " " + fill(translate("Metrics", "(n = %1)"), str(r.n))
            if r.change is not None:
                line += " · " + fill(translate("Metrics", "%1 since the baseline"), f"{r.change:+g}")
            if r.stale:
                line += " · " + translate("Metrics", "stale")
            lines.append(line)
        self.readings.setText("\n".join(lines) or translate("Metrics", "No values yet: import some."))

    def run(self, step: str, ops) -> object:
        return run_step(self.editor, step, ops)

    def update(self, **values) -> None:
        m = self.current()
        if m is not None and any(getattr(m, k) != v for k, v in values.items()):
            self.run(QT_TRANSLATE_NOOP("Steps", "Edit metric"), [Op("update_metric", {"metric_id": m.id, **values})])
            self.show_metric()  # a refused value shows the stored one again

    def add(self) -> None:
        changes = self.run(QT_TRANSLATE_NOOP("Steps", "Add metric"),
                           [Op("add_metric", {"name": translate("Metrics", "New metric")})])
        if changes is not None:
            self.list.setCurrentRow(self.list.count() - 1)
            self.name.setFocus()
            self.name.selectAll()

    def remove(self) -> None:
        m = self.current()
        if m is not None:
            self.run(QT_TRANSLATE_NOOP("Steps", "Remove metric"), [Op("delete_metric", {"metric_id": m.id})])

    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("Metrics", "Import metric values"), "",
                                              translate("Metrics", TABLES))
        if name:
            self.import_from(name)

    def import_from(self, name: str):
        from .metric_import_dialog import open_import  # loaded when first asked
        dialog = open_import(self.editor, Path(name), self.window())
        if dialog is not None:
            dialog.open()
        return dialog


def _number(text: str):
    text = text.strip().replace(",", ".") if "." not in text else text.strip()
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text  # refused by the model in one sentence ("… must be a number.")
