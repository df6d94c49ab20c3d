"""The backlog out to a tracker and back (issue 15 items 4 and 7), through the
command line as a person runs it, reading the CSV and the map back."""
import csv
import io
import re
import sqlite3
from pathlib import Path

import pytest

import main
from model.document import Document
from model.operations import Op

V4 = Path(__file__).parent.parent / "fixtures" / "v4-sample.journey"


@pytest.fixture
def path(planned_path) -> Path:
    return planned_path


def read_csv(p: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(p.read_bytes().decode("utf-8-sig"), newline="")))


def action_items(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT uuid, card_id, title, status, tracker_key FROM action_item ORDER BY id").fetchall()
    finally:
        conn.close()


def opportunities(doc):
    lane = next(lane for lane in doc.journey.lanes if lane.kind == "opportunities")
    return [c for c in doc.journey.cards if c.lane_id == lane.id]


def test_the_jira_csv_has_a_row_per_action_item_and_per_bare_opportunity_best_first(path, tmp_path, capsys):
    out = tmp_path / "backlog.csv"
    assert main.main(["backlog", str(path), "--out", str(out)]) == 0
    rows = read_csv(out)
    with Document.open(path, read_only=True) as doc:
        items = sorted(doc.journey.action_items, key=lambda a: a.position)
        ranked = sorted((c for c in opportunities(doc) if c.impact is not None), key=lambda c: -c.impact / c.effort)
        bare = [c for c in ranked if not any(a.card_id == c.id for a in items)]
        unscored = [c for c in opportunities(doc) if c.impact is None]
        assert [r["Wayline ID"] for r in rows] == [a.uuid for a in items] + [c.uuid for c in bare + unscored]
        assert [r["Summary"] for r in rows[:2]] == [a.title for a in items]
        assert rows[0]["Assignee"] == "Priya" and rows[0]["Due date"] == "2027-02-15"
        assert rows[0]["Status"] == "In progress" and rows[1]["Status"] == "Not started"
        for row in rows:  # the id also in the description's last line, where any tracker keeps it
            assert row["Description"].splitlines()[-1] == f"Wayline ID: {row['Wayline ID']}"
        assert "Addresses the pain point:" in rows[0]["Description"]
        assert "Rank 1, score 2.5." in rows[0]["Description"]
    assert f"{out}: 5 rows (jira)" in capsys.readouterr().out


def test_a_cell_a_spreadsheet_would_run_is_written_as_text(path, tmp_path):
    with Document.open(path) as doc:
        card = opportunities(doc)[3]
        doc.apply(Op("update_card", {"card_id": card.id, "text": '=HYPERLINK("http://evil","x")'}))
    out = tmp_path / "b.csv"
    assert main.main(["backlog", str(path), "--out", str(out), "--format", "gitlab"]) == 0
    rows = read_csv(out)
    assert list(rows[0]) == ["title", "description", "due_date"]
    assert any(r["title"] == "'=HYPERLINK(\"http://evil\",\"x\")" for r in rows)
    assert not any(v.startswith(("=", "+", "-", "@")) for r in rows for v in r.values())


def test_markdown_is_a_table_and_escapes_the_pipe(path, tmp_path):
    with Document.open(path) as doc:
        doc.apply(Op("update_action_item", {"action_id": doc.journey.action_items[0].id, "title": "A | B"}))
    out = tmp_path / "plan.md"
    assert main.main(["backlog", str(path), "--out", str(out)]) == 0
    lines = out.read_text().splitlines()
    assert lines[0] == "# Action plan: Online grocery — first order"
    assert lines[4].startswith("| 1 | Show fees and slots on the home page | Consideration | 2.5 | A \\| B | Priya |")
    assert all(len(re.findall(r"(?<!\\)\|", line)) == 9 for line in lines[2:])  # 8 columns on every row


def jira_export(rows: list[dict], p: Path) -> Path:
    """What Jira's own CSV export of those issues looks like (other issues included)."""
    names = ["Issue key", "Summary", "Status", "Description", "Wayline ID"]
    with p.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, names)
        w.writeheader()
        w.writerow({"Issue key": "CX-1", "Summary": "Not from the map", "Status": "Done", "Description": "",
                    "Wayline ID": ""})
        for row in rows:
            w.writerow({k: row.get(k, "") for k in names})
    return p


def test_a_trackers_export_sets_status_and_keys_and_a_second_import_changes_nothing(path, tmp_path, capsys):
    out = tmp_path / "backlog.csv"
    main.main(["backlog", str(path), "--out", str(out)])
    rows = read_csv(out)
    rows[0].update({"Issue key": "CX-11", "Status": "Done"})
    rows[1].update({"Issue key": "CX-12", "Status": "Won't Do"})
    rows[2].update({"Issue key": "CX-13", "Status": "In Progress"})  # an opportunity with no action item yet
    tracker = jira_export(rows, tmp_path / "jira.csv")
    before = action_items(path)
    assert main.main(["backlog", str(path), "--update-from", str(tracker), "--dry-run"]) == 0
    assert action_items(path) == before  # a dry run writes nothing
    assert "3 action items would change" in capsys.readouterr().out
    assert main.main(["backlog", str(path), "--update-from", str(tracker)]) == 0
    after = action_items(path)
    assert [(s, k) for _, _, _, s, k in after] == [("done", "CX-11"), ("dropped", "CX-12"), ("in_progress", "CX-13")]
    assert after[2][2] == rows[2]["Summary"]  # the opportunity's first action item, titled by its issue
    assert "1 rows from elsewhere left alone" in capsys.readouterr().out
    assert main.main(["backlog", str(path), "--update-from", str(tracker)]) == 0
    assert action_items(path) == after  # again: nothing duplicated, nothing changed
    assert "0 action items changed" in capsys.readouterr().out


@pytest.mark.parametrize("edit, words", [
    (lambda rows: rows[0].update({"Status": "Blocked by legal"}),
     "Row 3: the status “Blocked by legal” is not one Wayline knows."),
    (lambda rows: rows.append(dict(rows[0])), "Row 8 repeats the Wayline ID of row 3."),
    (lambda rows: rows[0].update({"Issue key": "K" * 201}), "Row 3: the issue key is longer than 200 characters."),
])
def test_a_bad_row_is_named_and_nothing_is_written(path, tmp_path, capsys, edit, words):
    out = tmp_path / "backlog.csv"
    main.main(["backlog", str(path), "--out", str(out)])
    rows = read_csv(out)
    rows[1].update({"Issue key": "CX-2", "Status": "Done"})  # a good row: not written either
    edit(rows)
    tracker = jira_export(rows, tmp_path / "jira.csv")
    before = path.read_bytes()
    assert main.main(["backlog", str(path), "--update-from", str(tracker)]) == 2
    said = capsys.readouterr()
    assert f"wayline: {words}" in said.out.splitlines()
    assert "Nothing was changed: correct the rows above and import again." in said.err
    assert path.read_bytes() == before


def test_a_file_that_is_no_utf8_csv_is_refused_in_one_sentence(path, tmp_path, capsys):
    bad = tmp_path / "export.csv"
    bad.write_bytes("Summary,Status\nÜber,Done\n".encode("latin-1"))
    before = path.read_bytes()
    assert main.main(["backlog", str(path), "--update-from", str(bad)]) == 2
    assert capsys.readouterr().err.strip() == \
        "wayline: “export.csv” is not UTF-8 text; export it from the tracker as CSV (UTF-8)."
    assert path.read_bytes() == before


def test_the_backlog_never_overwrites_the_map(path, capsys):
    before = path.read_bytes()
    assert main.main(["backlog", str(path), "--out", str(path)]) == 2
    assert path.read_bytes() == before
    assert "wayline:" in capsys.readouterr().err
