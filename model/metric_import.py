"""Metric values in from a spreadsheet (issue 15 item 6): a table of
`metric, stage, date, value[, n]` rows (CSV, or XLSX with openpyxl), or a
survey's raw answers (one row per respondent) turned into NPS, CSAT or CES per
stage, each result with its n.

Reading a file only plans (`Plan`): the values to add, the metrics to create
(a name the map does not have yet, its kind guessed from the name), and every
bad row, each in one sentence naming the row as a spreadsheet numbers it.
Nothing is written while any row is bad; then the plan is one operation
(`import_metrics`), one undo step.
"""
from __future__ import annotations

import csv
import datetime
import io
import math
import uuid as uuidmod
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from . import metrics, rules
from .errors import QT_TRANSLATE_NOOP, JourneyError, Sentence
from .op import Op

MAX_BYTES = 20 * 1024 * 1024
MAX_UNPACKED = 200 * 1024 * 1024  # an XLSX is a zip: what its parts unpack to, at most
MAX_ROWS = 200_000
FIELDS = ("metric", "stage", "date", "value", "n")


@dataclass
class Columns:
    """Which column holds what (names as in the header row); `metric` may be None
    when the whole file is one metric (`Plan` then takes its name)."""
    metric: str | None = "metric"
    stage: str = "stage"
    date: str = "date"
    value: str = "value"
    n: str | None = None


@dataclass
class Plan:
    new_metrics: list[dict] = field(default_factory=list)  # fields of metrics to create, each with a uuid
    values: list[dict] = field(default_factory=list)       # {metric (a uuid), stage_id, taken, value, n}
    problems: list[Sentence] = field(default_factory=list)

    def op(self, journey) -> Op:
        by_uuid = {m.uuid: m.id for m in journey.metrics}
        return Op("import_metrics", {"new_metrics": self.new_metrics, "values": [
            {**v, "metric_id": by_uuid.get(v["metric"])} for v in self.values]})


def read_table(path: Path, sheet: str | None = None) -> tuple[list[str], list[list]]:
    """The header and rows of a CSV (UTF-8) or XLSX file; refused in one sentence otherwise."""
    try:
        size = path.stat().st_size
    except OSError as e:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” could not be read (%2)."), path.name,
                                    (e.strerror or str(e)).lower())) from None
    if size > MAX_BYTES:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is larger than 20 MB; split it and import "
                                                                 "each part."), path.name))
    rows = _xlsx(path, sheet) if path.suffix.lower() in (".xlsx", ".xlsm") else _csv(path)
    rows = [r for r in rows if any(c not in (None, "") for c in r)]
    if not rows:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” holds no rows."), path.name))
    if len(rows) > MAX_ROWS:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” has more than %2 rows."), path.name,
                                    str(MAX_ROWS)))
    return [str(c or "").strip() for c in rows[0]], rows[1:]


def _csv(path: Path) -> list[list]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is not UTF-8 text; save it as CSV "
                                                                 "(UTF-8)."), path.name)) from None
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is not a CSV file Wayline can read."),
                                    path.name)) from None


def _unpacked_size(path: Path) -> int:
    """What a workbook's parts say they unpack to (a zip reader never gives more
    than a part declares): a 20 MB file can declare gigabytes, a decompression bomb."""
    try:
        with zipfile.ZipFile(path) as z:
            return sum(info.file_size for info in z.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is not a workbook Wayline can read."),
                                    path.name)) from None


def _xlsx(path: Path, sheet: str | None) -> list[list]:
    if _unpacked_size(path) > MAX_UNPACKED:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” unpacks to more than 200 MB; save the "
                                                                 "sheet as CSV and import that."), path.name))
    try:
        import openpyxl  # optional: `pip install wayline[xlsx]`; a CSV needs nothing
    except ImportError:
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "Reading .xlsx needs openpyxl; save the sheet "
                                                                 "as CSV, or install openpyxl."))) from None
    try:
        # read-only: rows streamed, formulas not run (their last saved values are read)
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # a damaged or foreign file: openpyxl raises many kinds
        raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” is not a workbook Wayline can read."),
                                    path.name)) from None
    try:
        if sheet is not None and sheet not in book.sheetnames:
            raise JourneyError(Sentence(QT_TRANSLATE_NOOP("Refusal", "“%1” has no sheet “%2”."), path.name, sheet))
        rows = []
        for row in (book[sheet] if sheet else book.worksheets[0]).iter_rows(values_only=True):
            rows.append(list(row))
            if len(rows) > MAX_ROWS + 1:
                break
        return rows
    finally:
        book.close()


def _number(value) -> float | None:
    """A number as a cell holds it: 12, 12.5, "12,5", " 41.5 % "; None if it is none."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(value) else None
    text = str(value or "").strip().rstrip("%").strip()
    if "," in text and "." not in text:
        text = text.replace(",", ".")
    try:
        f = float(text)
    except ValueError:
        return None
    return f if math.isfinite(f) else None


def _date(value) -> str | None:
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = str(value or "").strip()
    return text if text and rules.date_ok(text) else None


def _find(header: list[str], name: str | None) -> int | None:
    if name is None:
        return None
    lowered = [h.lower() for h in header]
    return lowered.index(name.lower()) if name.lower() in lowered else None


def _stage(journey, value) -> int | None:
    text = str(value if value is not None else "").strip()
    for s in journey.stages:
        if s.name.strip().lower() == text.lower():
            return s.id
    if text.isdigit() and 1 <= int(text) <= len(journey.stages):
        return journey.stages[int(text) - 1].id
    return None


def _missing_columns(header, columns: Columns, wanted) -> list[Sentence]:
    return [Sentence(QT_TRANSLATE_NOOP("Refusal", "There is no column “%1”; choose which column holds the %2."),
                     getattr(columns, f), f) for f in wanted if getattr(columns, f) and _find(header, getattr(columns, f)) is None]


def plan_values(journey, header, rows, columns: Columns = Columns(), metric_name: str | None = None) -> Plan:
    """Rows of `metric, stage, date, value[, n]`; a file of one metric names it in `metric_name`."""
    plan = Plan()
    plan.problems = _missing_columns(header, columns, ("metric", "stage", "date", "value", "n"))
    if plan.problems:
        return plan
    if columns.metric is None and not metric_name:
        plan.problems.append(Sentence(QT_TRANSLATE_NOOP("Refusal", "Name the metric these values are of.")))
        return plan
    at = {f: _find(header, getattr(columns, f)) for f in FIELDS}
    known = {m.name.strip().lower(): (m.uuid, m.kind) for m in journey.metrics}
    for number, row in enumerate(rows, start=2):
        cell = {f: (row[i] if i is not None and i < len(row) else None) for f, i in at.items()}
        name = str(cell["metric"] if at["metric"] is not None else metric_name or "").strip()
        stage_id, taken, value = _stage(journey, cell["stage"]), _date(cell["date"]), _number(cell["value"])
        n = cell["n"]
        why = None
        if not name:
            why = QT_TRANSLATE_NOOP("Refusal", "Row %1: the metric has no name.")
        elif stage_id is None:
            why = QT_TRANSLATE_NOOP("Refusal", "Row %1: the map has no stage “%2”.")
        elif taken is None:
            why = QT_TRANSLATE_NOOP("Refusal", "Row %1: “%2” is not a date written like 2026-12-31.")
        elif value is None:
            why = QT_TRANSLATE_NOOP("Refusal", "Row %1: the value “%2” is not a number.")
        if why is not None:
            shown = {QT_TRANSLATE_NOOP("Refusal", "Row %1: the map has no stage “%2”."): cell["stage"],
                     QT_TRANSLATE_NOOP("Refusal", "Row %1: “%2” is not a date written like 2026-12-31."): cell["date"],
                     QT_TRANSLATE_NOOP("Refusal", "Row %1: the value “%2” is not a number."): cell["value"]}.get(why)
            plan.problems.append(Sentence(why, str(number), str(shown if shown is not None else "")[:60]))
            continue
        if name.lower() not in known:
            kind = metrics.guess_kind(name)
            new = {"uuid": str(uuidmod.uuid4()), "name": rules.name(name[:rules.MAX_NAME]), "kind": kind}
            plan.new_metrics.append(new)
            known[name.lower()] = (new["uuid"], kind)
        metric_uuid, kind = known[name.lower()]
        lo, hi = metrics.kind(kind).bounds
        if not lo <= value <= hi:
            plan.problems.append(Sentence(QT_TRANSLATE_NOOP("Refusal", "Row %1: %2 is outside %3 to %4 for "
                                                                       "“%5”."),
                                          str(number), f"{value:g}", f"{lo:g}", f"{hi:g}", name))
            continue
        size = _number(n) if n not in (None, "") else None
        if n not in (None, "") and (size is None or size < 1 or size != int(size)):
            plan.problems.append(Sentence(QT_TRANSLATE_NOOP("Refusal", "Row %1: n must be a whole number of 1 or "
                                                                       "more, not “%2”."), str(number), str(n)[:20]))
            continue
        plan.values.append({"metric": metric_uuid, "stage_id": stage_id, "taken": taken, "value": value,
                            "n": None if size is None else int(size)})
    return plan


def plan_survey(journey, header, rows, kind: str, stage_column: str, score_column: str,
                taken: str, metric_name: str | None = None) -> Plan:
    """A survey's raw answers, one row per respondent: the `kind` score (nps, csat,
    ces) of each stage's answers, with n, taken on `taken`; one metric, found or made."""
    plan = Plan()
    scale = metrics.kind(kind).survey
    if kind not in metrics.SCORES or scale is None:
        plan.problems.append(Sentence(QT_TRANSLATE_NOOP("Refusal", "A survey gives NPS, CSAT or CES.")))
        return plan
    if not rules.date_ok(taken) or not taken:
        plan.problems.append(Sentence(QT_TRANSLATE_NOOP("Refusal", "A date must be written like 2026-12-31.")))
        return plan
    plan.problems = _missing_columns(header, Columns(None, stage_column, None, score_column), ("stage", "value"))
    if plan.problems:
        return plan
    s_at, a_at = _find(header, stage_column), _find(header, score_column)
    answers: dict[int, list[float]] = {}
    lo, hi = scale
    for number, row in enumerate(rows, start=2):
        stage = row[s_at] if s_at < len(row) else None
        answer = _number(row[a_at] if a_at < len(row) else None)
        stage_id = _stage(journey, stage)
        if stage_id is None:
            plan.problems.append(Sentence(QT_TRANSLATE_NOOP("Refusal", "Row %1: the map has no stage “%2”."),
                                          str(number), str(stage or "")[:60]))
        elif answer is None or not lo <= answer <= hi or answer != int(answer):
            plan.problems.append(Sentence(QT_TRANSLATE_NOOP("Refusal", "Row %1: the answer “%2” is not a whole "
                                                                       "number from %3 to %4."),
                                          str(number), str(row[a_at] if a_at < len(row) else "")[:20], str(lo),
                                          str(hi)))
        else:
            answers.setdefault(stage_id, []).append(answer)
    name = metric_name or kind.upper()
    existing = next((m for m in journey.metrics if m.name.strip().lower() == name.lower()), None)
    if existing is None:
        existing_uuid = str(uuidmod.uuid4())
        plan.new_metrics.append({"uuid": existing_uuid, "name": name, "kind": kind})
    else:
        existing_uuid = existing.uuid
    for s in journey.stages:
        if s.id in answers:
            plan.values.append({"metric": existing_uuid, "stage_id": s.id, "taken": taken,
                                "value": metrics.SCORES[kind](answers[s.id]), "n": len(answers[s.id])})
    return plan
