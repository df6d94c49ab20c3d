"""The backlog out to a tracker and back (issue 15 item 7).

Out: the ranked backlog (`model.backlog`) as CSV a tracker imports — Jira's
columns (Summary, Description, Issue Type, Assignee, Due date, Labels, Status,
Wayline ID) or GitLab's (title, description, due_date) — or as Markdown. One
row per action item; an opportunity with none is one row of its own, so
nothing the room found is lost. Every row carries a stable Wayline ID (the
action item's uuid, or the card's) in its own column and in the description's
last line, where a tracker that drops unknown columns (GitLab) keeps it.

Back: the tracker's own CSV export read again (`updates`): each row that names
a Wayline ID of this map sets that action item's status and tracker key (an
opportunity's row makes its first action item), so importing the same file
twice changes nothing and nothing is duplicated. Every bad row is listed
before anything is written; with any bad row nothing is written at all.

Cells a spreadsheet would run as a formula (starting with = + - @, a tab or a
return) are written with a leading apostrophe: a card's text comes from the
room, and a CSV is often opened in a spreadsheet before a tracker sees it.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from model import rules
from model.backlog import Entry, backlog
from model.errors import QT_TRANSLATE_NOOP, JourneyError, Sentence
from model.op import Op

from .atomic import replacing

FORMATS = ("jira", "gitlab", "markdown")
STATUS_WORDS = {"not_started": "Not started", "in_progress": "In progress", "done": "Done", "dropped": "Dropped"}
# what trackers call them, lower case (Jira's default workflows, GitLab's states, common words)
TRACKER_STATUS = {
    "not_started": ("not started", "not_started", "to do", "todo", "open", "opened", "backlog", "new",
                    "selected for development"),
    "in_progress": ("in progress", "in_progress", "in review", "doing", "started", "review"),
    "done": ("done", "closed", "resolved", "complete", "completed", "fixed"),
    "dropped": ("dropped", "won't do", "wont do", "won’t do", "cancelled", "canceled", "rejected", "declined",
                "duplicate"),
}
ID_LINE = re.compile(r"Wayline ID: ([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 100_000
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA) else text


def _summary(text: str, limit: int = 250) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def _score(entry: Entry) -> str:
    return "" if entry.score is None else f"{entry.score:g}"


def _description(entry: Entry, title: str, file_name: str, row_id: str) -> str:
    lines = [f"Opportunity: {_summary(entry.card.text, 1000)}"]
    if entry.rank is not None:
        lines.append(f"Rank {entry.rank}, score {_score(entry)}.")
    for pain in entry.addresses:
        lines.append(f"Addresses the pain point: {_summary(pain.text, 300)}")
    lines.append(f"From the journey map “{title}” ({file_name}), stage “{entry.stage}”.")
    lines.append(f"Wayline ID: {row_id}")
    return "\n".join(lines)


@dataclass
class Row:
    entry: Entry
    item: object | None       # the action item, or None for an opportunity without one

    @property
    def id(self) -> str:
        return (self.item or self.entry.card).uuid

    @property
    def summary(self) -> str:
        return _summary(self.item.title if self.item is not None and self.item.title else self.entry.card.text)


def rows(journey) -> list[Row]:
    out = []
    for entry in backlog(journey):
        out += [Row(entry, item) for item in entry.items] or [Row(entry, None)]
    return out


def write(journey, out: Path, fmt: str, file_name: str, source: Path | None = None) -> int:
    """Write the backlog in `fmt` (one of FORMATS) to `out`, atomically; the number of rows."""
    if fmt not in FORMATS:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "A backlog format must be one of: %1."),
                                    ", ".join(FORMATS)))
    table = rows(journey)
    text = markdown(journey, table) if fmt == "markdown" else _csv(journey, table, fmt, file_name)
    with replacing(out, source) as tmp:
        tmp.write_text(text, encoding="utf-8-sig" if fmt != "markdown" else "utf-8", newline="")
    return len(table)


def _csv(journey, table: list[Row], fmt: str, file_name: str) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if fmt == "jira":
        writer.writerow(["Summary", "Description", "Issue Type", "Assignee", "Due date", "Labels", "Status",
                         "Wayline ID"])
    else:
        writer.writerow(["title", "description", "due_date"])
    for row in table:
        item = row.item
        description = _description(row.entry, journey.title, file_name, row.id)
        due = item.due if item is not None else ""
        if fmt == "jira":
            writer.writerow([_cell(row.summary), _cell(description), "Task", _cell(item.owner if item else ""),
                             due, "wayline", STATUS_WORDS[item.status] if item else "", row.id])
        else:
            writer.writerow([_cell(row.summary), _cell(description), due])
    return buffer.getvalue()


def markdown(journey, table: list[Row]) -> str:
    def esc(text: str) -> str:
        return _summary(text).replace("|", "\\|")
    out = [f"# Action plan: {esc(journey.title)}", "",
           "| Rank | Opportunity | Stage | Score | Action | Owner | Due | Status |",
           "|---:|---|---|---:|---|---|---|---|"]
    for row in table:
        e, item = row.entry, row.item
        out.append("| " + " | ".join([
            "" if e.rank is None else str(e.rank), esc(e.card.text), esc(e.stage), _score(e),
            esc(item.title) if item else "", esc(item.owner) if item else "", item.due if item else "",
            STATUS_WORDS[item.status] if item else ""]) + " |")
    return "\n".join(out) + "\n"


# -- back from a tracker ------------------------------------------------------------

@dataclass
class Updates:
    ops: list[Op] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # one sentence per bad row
    matched: int = 0          # rows of this map's backlog
    elsewhere: int = 0        # rows with no Wayline ID of this map (other issues in the tracker)


def status_of(word: str) -> str | None:
    word = " ".join(word.strip().lower().split())
    if word == "":
        return None
    return next((key for key, words in TRACKER_STATUS.items() if word in words), "")


def read_table(path: Path) -> list[dict[str, str]]:
    """The rows of a tracker's CSV, by lower-cased column name; refused in one sentence
    when it is no CSV Wayline can read."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is larger than 20 MB; that is no "
                                                                     "backlog Wayline wrote."), path.name))
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is not UTF-8 text; export it from the "
                                                                 "tracker as CSV (UTF-8)."), path.name)) from None
    except OSError as e:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” could not be read (%2)."), path.name,
                                    (e.strerror or str(e)).lower())) from None
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        table = []
        for n, row in enumerate(reader):
            if n >= MAX_ROWS:
                raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” has more than %2 rows."),
                                            path.name, str(MAX_ROWS)))
            table.append({(k or "").strip().lower(): (v if isinstance(v, str) else "") for k, v in row.items()})
    except csv.Error:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is not a CSV file Wayline can read."),
                                    path.name)) from None
    return table


def updates(journey, table: list[dict[str, str]]) -> Updates:
    """The operations that bring the tracker's status and keys into the map (none
    while any row is bad: `problems`, one sentence a row, numbered as a spreadsheet does)."""
    items = {a.uuid: a for a in journey.action_items}
    cards = {c.uuid: c for c in journey.cards}
    result = Updates()
    seen: dict[str, int] = {}
    for n, row in enumerate(table, start=2):  # row 1 is the header
        found = (row.get("wayline id") or "").strip().lower() or _id_in(row)
        if found not in items and found not in cards:
            result.elsewhere += 1
            continue
        if found in seen:
            result.problems.append(Sentence(QT_TRANSLATE_NOOP("Refusal", "Row %1 repeats the Wayline ID of "
                                                                             "row %2."), str(n), str(seen[found])))
            continue
        seen[found] = n
        status = status_of(row.get("status") or row.get("state") or "")
        if status == "":
            result.problems.append(Sentence(QT_TRANSLATE_NOOP("Refusal", "Row %1: the status “%2” is not one "
                                                                             "Wayline knows."), str(n),
                                                _summary(row.get("status") or row.get("state"), 40)))
            continue
        key = (row.get("issue key") or row.get("key") or _gitlab_key(row)).strip()
        try:
            key = rules.tracker_key(key)
        except JourneyError:
            result.problems.append(Sentence(QT_TRANSLATE_NOOP("Refusal", "Row %1: the issue key is longer "
                                                                             "than 200 characters."), str(n)))
            continue
        result.matched += 1
        values = {k: v for k, v in (("status", status), ("tracker_key", key)) if v}
        if found in items:
            item = items[found]
            changed = {k: v for k, v in values.items() if getattr(item, k) != v}
            if changed:
                result.ops.append(Op("update_action_item", {"action_id": item.id, **changed}))
        elif values:  # an opportunity's own row: its first action item is the tracker's issue
            card = cards[found]
            same = next((a for a in journey.action_items if a.card_id == card.id and a.tracker_key == key), None)
            if same is None:
                title = rules.name(_summary(row.get("summary") or row.get("title") or card.text, 200))
                result.ops.append(Op("add_action_item", {"card_id": card.id, "title": title, **values}))
            else:
                changed = {k: v for k, v in values.items() if getattr(same, k) != v}
                if changed:
                    result.ops.append(Op("update_action_item", {"action_id": same.id, **changed}))
    if result.problems:
        result.ops = []
    return result


def _id_in(row: dict[str, str]) -> str:
    for column in ("description", "body"):
        match = ID_LINE.search(row.get(column) or "")
        if match:
            return match.group(1)
    return ""


def _gitlab_key(row: dict[str, str]) -> str:
    iid = (row.get("iid") or row.get("issue id") or "").strip()
    return f"#{iid}" if iid.isdigit() else ""

