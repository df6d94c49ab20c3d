"""Metrics that are numbers (issue 15 items 5 and 6): kinds with honest
bounds, readings per stage, values imported from CSV and XLSX or computed
from a survey's raw answers, every bad row named before anything is written,
an import one undo step; and what a hostile file can say about them."""
import datetime
import shutil
import sqlite3
from pathlib import Path

import pytest

import main
from model import metric_import, metrics
from model.document import Document
from model.operations import Op
from tests.conftest import file_rows

V4 = Path(__file__).parent.parent / "fixtures" / "v4-sample.journey"


@pytest.fixture
def path(planned_path) -> Path:
    return planned_path


stored = file_rows


def test_survey_scores_follow_their_definitions():
    answers = [10, 9, 9, 8, 7, 6, 3, 10, 0, 9]  # 5 promoters, 3 detractors of 10
    assert metrics.nps(answers) == 20.0
    assert metrics.csat([5, 4, 3, 1, 4]) == 60.0
    assert metrics.ces([7, 6, 5, 6]) == 6.0


def test_a_reading_is_the_latest_value_with_its_change_and_age():
    class M:
        id, baseline, direction, stale_days = 1, 10.0, "lower", 30

    class V:
        def __init__(self, i, taken, value):
            self.id, self.metric_id, self.stage_id, self.taken, self.value, self.n = i, 1, 7, taken, value, None
    values = [V(2, "2026-10-01", 8.0), V(1, "2026-09-01", 12.0), V(3, "2026-10-01", 9.0)]
    r = metrics.reading(M, values, 7, datetime.date(2026, 11, 15))
    assert (r.value, r.taken, r.change, r.better, r.stale, r.history) == (9.0, "2026-10-01", -1.0, True, True,
                                                                           (12.0, 8.0, 9.0))
    assert metrics.reading(M, values, 8, datetime.date(2026, 11, 15)) is None


def write_csv(p: Path, text: str) -> Path:
    p.write_text(text, encoding="utf-8")
    return p


def test_every_bad_row_is_named_and_nothing_is_written(path, tmp_path, capsys):
    table = write_csv(tmp_path / "t.csv", "Metric,Stage,Date,Value,n\n"
                                          "NPS,Decision,2026-11-30,21,150\n"      # good, but not written
                                          "NPS,Nowhere,2026-11-30,3,\n"
                                          "NPS,Purchase,30/11/2026,3,\n"
                                          "NPS,Purchase,2026-02-30,3,\n"
                                          "NPS,Purchase,2026-11-30,lots,\n"
                                          "NPS,Purchase,2026-11-30,300,\n"
                                          "NPS,Purchase,2026-11-30,3,0\n"
                                          "NPS,Purchase,2026-11-30,3,2.5\n")
    before = path.read_bytes()
    assert main.main(["metrics", str(path), "--import", str(table)]) == 2
    said = capsys.readouterr()
    assert said.out.splitlines() == [
        "wayline: Row 3: the map has no stage “Nowhere”.",
        "wayline: Row 4: “30/11/2026” is not a date written like 2026-12-31.",
        "wayline: Row 5: “2026-02-30” is not a date written like 2026-12-31.",
        "wayline: Row 6: the value “lots” is not a number.",
        "wayline: Row 7: 300 is outside -100 to 100 for “NPS”.",
        "wayline: Row 8: n must be a whole number of 1 or more, not “0”.",
        "wayline: Row 9: n must be a whole number of 1 or more, not “2.5”."]
    assert said.err.strip() == "wayline: Nothing was changed: correct the rows above and import again."
    assert path.read_bytes() == before


def test_an_import_is_one_undo_step_and_makes_the_metrics_it_names(path, tmp_path):
    table = write_csv(tmp_path / "t.csv", "metric,stage,date,value,n\n"
                                          "NPS,Decision,2026-11-30,21,150\n"
                                          "Repeat rate,5,2026-11-30,\"33,5\",\n")   # a stage by number, a decimal comma
    with Document.open(path) as doc:
        start = doc.snapshot()
        header, rows = metric_import.read_table(table)
        plan = metric_import.plan_values(doc.journey, header, rows, metric_import.Columns(n="n"))
        assert plan.problems == [] and [m["name"] for m in plan.new_metrics] == ["Repeat rate"]
        change = doc.apply(plan.op(doc.journey))
        assert len(change.record.metric_values) == 2 and len(change.record.metric_defs) == 1
        by_name = {m.name: m for m in doc.journey.metrics}
        assert by_name["Repeat rate"].kind == "custom"
        decision = next(s for s in doc.journey.stages if s.name == "Decision")
        assert (decision.id, 21.0, 150) in {(v.stage_id, v.value, v.n) for v in doc.journey.metric_values
                                            if v.metric_id == by_name["NPS"].id}
        doc.apply(change.undo)
        assert doc.snapshot() == start
        again = doc.apply(plan.op(doc.journey))  # the same plan, once more: the same new metric (its uuid)
        assert len(again.record.metric_values) == 2
    assert stored(path, "SELECT count(*) FROM metric WHERE name = 'Repeat rate'") == [(1,)]


def test_an_xlsx_sheet_imports_dates_numbers_and_formulas_saved_values(path, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Q4"
    sheet.append(["Metric", "Stage", "Date", "Value", "n"])
    sheet.append(["Checkout conversion", "Purchase", datetime.datetime(2026, 11, 30), 47.25, 900])
    sheet.append(["Checkout conversion", "Decision", datetime.date(2026, 11, 30), "=1+1", None])
    book.save(tmp_path / "q4.xlsx")
    header, rows = metric_import.read_table(tmp_path / "q4.xlsx", "Q4")
    with Document.open(path, read_only=True) as doc:
        plan = metric_import.plan_values(doc.journey, header, rows, metric_import.Columns(n="n"))
    # the formula was never calculated by a spreadsheet, so it has no saved value: said, not run
    assert [str(p) for p in plan.problems] == ["Row 3: the value “” is not a number."]
    assert plan.values[0]["taken"] == "2026-11-30" and plan.values[0]["value"] == 47.25
    with pytest.raises(Exception) as refused:
        metric_import.read_table(tmp_path / "q4.xlsx", "Q1")
    assert str(refused.value) == "“q4.xlsx” has no sheet “Q1”."


def test_a_file_that_is_no_workbook_is_refused_in_one_sentence(tmp_path):
    fake = tmp_path / "values.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(Exception) as refused:
        metric_import.read_table(fake)
    assert str(refused.value) == "“values.xlsx” is not a workbook Wayline can read."


def test_a_survey_gives_each_stage_its_score_and_n(path, tmp_path, capsys):
    table = write_csv(tmp_path / "survey.csv", "Respondent,Step,Q1\n" + "".join(
        f"{i},{stage},{score}\n" for i, (stage, score) in enumerate(
            [("Purchase", 10), ("Purchase", 9), ("Purchase", 3), ("Purchase", 8),
             ("Post-purchase", 2), ("Post-purchase", 10)])))
    assert main.main(["metrics", str(path), "--survey", str(table), "--kind", "nps", "--columns",
                      "stage=Step,score=Q1", "--date", "2026-11-30", "--metric", "NPS"]) == 0
    assert "added 2 values" in capsys.readouterr().out
    rows = stored(path, "SELECT s.name, v.value, v.n FROM metric_value v JOIN stage s ON s.id = v.stage_id "
                        "JOIN metric m ON m.id = v.metric_id WHERE m.name = 'NPS' AND v.taken = '2026-11-30' "
                        "ORDER BY s.position")
    assert rows == [("Purchase", 25.0, 4), ("Post-purchase", 0.0, 2)]


def test_a_survey_answer_off_its_scale_is_a_bad_row(path, tmp_path, capsys):
    table = write_csv(tmp_path / "survey.csv", "stage,score\nPurchase,11\nPurchase,4.5\nPurchase,5\n")
    before = path.read_bytes()
    assert main.main(["metrics", str(path), "--survey", str(table), "--kind", "csat", "--date", "2026-11-30"]) == 2
    assert capsys.readouterr().out.splitlines() == [
        "wayline: Row 2: the answer “11” is not a whole number from 1 to 5.",
        "wayline: Row 3: the answer “4.5” is not a whole number from 1 to 5."]
    assert path.read_bytes() == before


def test_deleting_a_stage_takes_its_values_and_undo_brings_them_back(path):
    with Document.open(path) as doc:
        start = doc.snapshot()
        stage = next(s for s in doc.journey.stages if any(v.stage_id == s.id for v in doc.journey.metric_values))
        change = doc.apply(Op("delete_stage", {"stage_id": stage.id}))
        assert change.record.metric_values and stored(path, "PRAGMA foreign_key_check") == []
        doc.apply(change.undo)
        assert doc.snapshot() == start


@pytest.mark.parametrize("values, words", [
    ({"kind": "nps", "baseline": 140}, "A metric's value must be between -100 and 100."),
    ({"kind": "mood"}, "A metric's kind must be one of: nps, csat, ces, conversion, retention, clv, aov, custom."),
    ({"baseline_date": "yesterday"}, "A date must be written like 2026-12-31."),
    ({"direction": "up"}, "A metric is better higher or lower."),
])
def test_a_bad_metric_is_refused_in_one_sentence(path, values, words):
    from model.errors import JourneyError
    with Document.open(path) as doc:
        before = path.read_bytes()
        with pytest.raises(JourneyError) as refused:
            doc.apply(Op("add_metric", {"name": "X", **values}))
        assert str(refused.value) == words
    assert path.read_bytes() == before


def test_hostile_metrics_are_repaired_in_memory_and_said(tmp_path):
    path = tmp_path / "hostile.journey"
    shutil.copy(V4, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE metric SET kind = 'mood', direction = 'up', stale_days = -4 WHERE id = 2")
    conn.execute("UPDATE metric SET baseline = 1e9 WHERE id = 1")
    conn.execute("UPDATE metric_value SET value = 999 WHERE id = 1")       # NPS beyond +100
    conn.execute("UPDATE metric_value SET n = 0 WHERE id = 2")
    conn.execute("UPDATE metric_value SET taken = 'soon' WHERE id = 3")
    conn.execute("UPDATE metric_value SET metric_id = 77 WHERE id = 4")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with Document.open(path) as doc:
        text = " ".join(doc.notices)
        j = doc.journey
        assert "Repaired 3 values where a metric value was out of range, undated or of a missing metric or stage " \
               "and was left out." in doc.notices
        assert "a sample size was not a whole number" in text and "a metric's kind was unknown" in text
        assert [(v.id, v.n) for v in j.metric_values] == [(2, None)]
        m = {x.id: x for x in j.metrics}
        assert (m[2].kind, m[2].direction, m[2].stale_days, m[1].baseline) == ("custom", "higher", 90, None)
    assert path.read_bytes() == before


def test_a_workbook_that_would_unpack_to_gigabytes_is_refused_before_it_is_read(tmp_path):
    """A decompression bomb: a small .xlsx whose sheet unpacks to 300 MB of zeros."""
    import zipfile
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                part.write(chunk)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    with pytest.raises(Exception) as refused:
        metric_import.read_table(bomb)
    assert str(refused.value) == "“bomb.xlsx” unpacks to more than 200 MB; save the sheet as CSV and import that."
