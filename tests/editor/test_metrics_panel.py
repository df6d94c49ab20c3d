"""The Metrics panel and the import dialog (issue 15 items 5 and 6), as a
person uses them: edit a metric's fields, add and remove metrics, import a
table (choosing columns, a check that lists every bad row before anything is
written), each change one undo step."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDockWidget

from tests.editor.conftest import stored

@pytest.fixture
def window(planned):
    dock = planned.findChild(QDockWidget, "metrics_dock")
    dock.show()
    dock.raise_()
    return planned


def type_into(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)
    QTest.keyClick(widget, Qt.Key.Key_Tab)


def test_the_panel_shows_each_metrics_latest_reading_and_edits_its_fields(window, qtbot):
    panel = window.metrics_panel
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == ["NPS", "Checkout conversion"]
    assert "Purchase: 18 on 2026-10-31 (n = 190) · +6 since the baseline" in panel.readings.text()
    type_into(panel.target, "35")
    qtbot.waitUntil(lambda: stored(window, "SELECT target FROM metric WHERE name = 'NPS'") == [(35.0,)])
    type_into(panel.target, "250")  # beyond NPS's +100: refused, nothing written, the field shows 35 again
    qtbot.waitUntil(lambda: panel.target.text() == "35")
    assert stored(window, "SELECT target FROM metric WHERE name = 'NPS'") == [(35.0,)]
    assert "between -100 and 100" in window.statusBar().currentMessage()


def test_adding_and_removing_a_metric_are_one_step_each(window, qtbot):
    panel = window.metrics_panel
    add = next(b for b in panel.findChildren(type(panel.remove_button)) if b.text() == "Add metric")
    QTest.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(window, "SELECT count(*) FROM metric") == [(3,)])
    type_into(panel.name, "Repeat purchase")
    qtbot.waitUntil(lambda: ("Repeat purchase",) in stored(window, "SELECT name FROM metric"))
    panel.list.setCurrentRow(0)
    QTest.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)  # NPS, with its values
    qtbot.waitUntil(lambda: stored(window, "SELECT count(*) FROM metric_value") == [(1,)])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: stored(window, "SELECT count(*) FROM metric_value") == [(4,)])


def test_the_import_dialog_checks_every_row_before_it_writes_one(window, qtbot, tmp_path):
    table = tmp_path / "q4.csv"
    table.write_text("KPI,Step,When,Score\nNPS,Decision,2026-11-30,21\nNPS,Nowhere,2026-11-30,5\n",
                     encoding="utf-8")
    dialog = window.metrics_panel.import_from(str(table))
    qtbot.waitExposed(dialog)
    for field, column in (("metric", "KPI"), ("stage", "Step"), ("date", "When"), ("value", "Score")):
        box = dialog.columns[field]
        box.setCurrentIndex(box.findData(column))
    before = window.editor.doc.path.read_bytes()
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "Row 3: the map has no stage “Nowhere”." in dialog.report.toPlainText()
    assert not dialog.import_button.isEnabled() and window.editor.doc.path.read_bytes() == before
    table.write_text("KPI,Step,When,Score\nNPS,Decision,2026-11-30,21\nCSAT,Purchase,2026-11-30,81\n",
                     encoding="utf-8")
    dialog.reject()
    dialog = window.metrics_panel.import_from(str(table))
    for field, column in (("metric", "KPI"), ("stage", "Step"), ("date", "When"), ("value", "Score")):
        dialog.columns[field].setCurrentIndex(dialog.columns[field].findData(column))
    QTest.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    assert "Ready: 2 values." in dialog.report.toPlainText() and "A new metric: “CSAT”." in dialog.report.toPlainText()
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: stored(window, "SELECT count(*) FROM metric_value") == [(6,)])
    assert window.editor.stack.undoText() == "Import 2 metric values"
    assert window.metrics_panel.list.count() == 3


def test_a_file_that_is_no_table_is_said_in_the_status_bar(window, tmp_path):
    bad = tmp_path / "values.xlsx"
    bad.write_bytes(b"not a workbook")
    assert window.metrics_panel.import_from(str(bad)) is None
    assert window.statusBar().currentMessage() == "“values.xlsx” is not a workbook Wayline can read."
