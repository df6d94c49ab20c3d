"""The Plan panel: what the team will do about the selected card (issue 15).

For an opportunity: its score under the map's scoring model (each criterion a
field, the score and rank computed), the pain points it addresses (link one from
a menu of the map's pain points, unlink one), and its action items (title,
owner, due date, status, tracker key; add, edit, remove). For a pain point: the
opportunities that address it, and a menu to link one. The map's scoring model
is chosen here too. Every edit is one undo step through `MapEditor.run`, and
the panel reloads only for a change record that names what it shows.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMenu, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from model import lanes, scoring
from model.backlog import backlog
from model.changes import Changes
from model.values import ACTION_STATUSES
from model.op import Op

from .i18n import translate
from .mapeditor import MapEditor
from .panels import chosen_row, filled, run_step
from .sentences import fill

STATUS_LABELS = {"not_started": QT_TRANSLATE_NOOP("Plan", "Not started"),
                 "in_progress": QT_TRANSLATE_NOOP("Plan", "In progress"),
                 "done": QT_TRANSLATE_NOOP("Plan", "Done"), "dropped": QT_TRANSLATE_NOOP("Plan", "Dropped")}
UNSET = -1  # a criterion's field at this value shows "—": not scored


def _short(text: str, limit: int = 48) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


class PlanPanel(QWidget):
    def __init__(self, editor: MapEditor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.card_id: int | None = None
        self.setAccessibleName(translate("Plan", "Plan for the selected card"))
        column = QVBoxLayout(self)
        self.hint = QLabel(translate("Plan", "Select an opportunity or a pain point to score it, link it and "
                                             "plan what to do about it."))
        self.hint.setWordWrap(True)
        column.addWidget(self.hint)
        self.body = QWidget()
        column.addWidget(self.body)
        column.addStretch(1)
        form = QFormLayout(self.body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.model = QComboBox()
        self.model.setAccessibleName(translate("Plan", "Scoring"))
        for key, m in scoring.MODELS.items():
            self.model.addItem(translate("Scoring", m.label[1]), key)
        self.model.activated.connect(lambda _: self.run(QT_TRANSLATE_NOOP("Steps", "Choose scoring"),
                                                        [Op("update_journey", {"scoring": self.model.currentData()})]))
        form.addRow(translate("Plan", "Scoring"), self.model)
        self.criteria: dict[str, QSpinBox] = {}
        for key, c in scoring.CRITERIA.items():
            box = QSpinBox()
            box.setRange(int(c.bounds[0]) - 1, int(min(c.bounds[1], 2**31 - 2)))
            box.setSpecialValueText("—")  # the minimum, one below the scale: not scored
            box.setKeyboardTracking(False)
            box.setSuffix(f" {c.unit}" if c.unit else "")
            box.setAccessibleName(translate("Scoring", c.label[1]))
            box.valueChanged.connect(lambda v, key=key, box=box: self.score(key, None if v == box.minimum() else v))
            self.criteria[key] = box
            form.addRow(translate("Scoring", c.label[1]), box)
        self.result = QLabel()
        form.addRow(translate("Plan", "Score"), self.result)
        self.links_label = QLabel()
        self.links = QListWidget()
        self.links.setAccessibleName(translate("Plan", "Linked cards"))
        self.links.setMaximumHeight(110)
        self.links.setProperty("map_content", True)  # cards' texts are the map's, not Wayline's
        link_row = QHBoxLayout()
        self.link_button = QPushButton(translate("Plan", "Link…"))
        self.link_button.setMenu(QMenu(self.link_button))
        self.link_button.menu().aboutToShow.connect(self.fill_link_menu)
        self.unlink_button = QPushButton(translate("Plan", "Unlink"))
        self.unlink_button.clicked.connect(self.unlink)
        link_row.addWidget(self.link_button)
        link_row.addWidget(self.unlink_button)
        form.addRow(self.links_label, self.links)
        form.addRow("", link_row)
        self.items = QListWidget()
        self.items.setAccessibleName(translate("Plan", "Action items"))
        self.items.setMaximumHeight(110)
        self.items.setProperty("map_content", True)
        self.items.currentRowChanged.connect(lambda _: self.show_item())
        item_row = QHBoxLayout()
        add = QPushButton(translate("Plan", "Add action"))
        add.clicked.connect(self.add_item)
        self.remove_button = QPushButton(translate("Plan", "Remove"))
        self.remove_button.clicked.connect(self.remove_item)
        item_row.addWidget(add)
        item_row.addWidget(self.remove_button)
        form.addRow(translate("Plan", "Actions"), self.items)
        form.addRow("", item_row)
        self.item_title, self.item_owner, self.item_key = QLineEdit(), QLineEdit(), QLineEdit()
        for field in (self.item_title, self.item_owner, self.item_key):
            field.setProperty("map_content", True)
        for field, name, step in ((self.item_title, "title", QT_TRANSLATE_NOOP("Steps", "Edit action")),
                                  (self.item_owner, "owner", QT_TRANSLATE_NOOP("Steps", "Set action owner")),
                                  (self.item_key, "tracker_key", QT_TRANSLATE_NOOP("Steps", "Set tracker key"))):
            editor.fields.watch(field, lambda text, name=name, step=step: self.update_item(step, **{name: text}))
        self.item_due = QDateEdit()
        self.item_due.setCalendarPopup(True)
        self.item_due.setDisplayFormat("yyyy-MM-dd")
        self.item_due.setSpecialValueText("—")  # the minimum date: no due date
        self.item_due.setMinimumDate(QDate(2000, 1, 1))
        self.item_due.dateChanged.connect(lambda d: self.update_item(
            QT_TRANSLATE_NOOP("Steps", "Set due date"),
            due="" if d == self.item_due.minimumDate() else d.toString("yyyy-MM-dd")))
        self.item_status = QComboBox()
        for key in ACTION_STATUSES:
            self.item_status.addItem(translate("Plan", STATUS_LABELS[key]), key)
        self.item_status.activated.connect(lambda _: self.update_item(
            QT_TRANSLATE_NOOP("Steps", "Set action status"), status=self.item_status.currentData()))
        for label, widget in ((translate("Plan", "Action"), self.item_title), (translate("Plan", "Owner"), self.item_owner),
                              (translate("Plan", "Due"), self.item_due), (translate("Plan", "Status"), self.item_status),
                              (translate("Plan", "Tracker key"), self.item_key)):
            form.addRow(label, widget)
        editor.view.selection_changed.connect(self.reload)
        editor.changed.connect(self.follow)
        self.reload()

    # -- what is shown -----------------------------------------------------------------
    def selected_card(self):
        ids = self.editor.scene.selected("card")
        if len(ids) != 1:
            return None
        card = self.editor.doc.store.card(ids[0]) if ids[0] in self.editor.doc.store.index.by_id else None
        return card if card is not None and self.role(card) else None

    def role(self, card) -> str | None:
        return lanes.role_of(self.editor.doc.journey.lanes, card.lane_id)

    def follow(self, changes: Changes) -> None:
        if changes.touches("card", "link", "action_item", "journey", "lane"):
            self.reload()

    def reload(self) -> None:
        card = self.selected_card()
        self.card_id = None if card is None else card.id
        self.hint.setVisible(card is None)
        self.body.setVisible(card is not None)
        if card is None:
            return
        journey = self.editor.doc.journey
        opportunity = self.role(card) == lanes.OPPORTUNITY_ROLE
        filled(self.model, journey.scoring)
        needed = scoring.model(journey.scoring).criteria
        for key, box in self.criteria.items():
            value = getattr(card, key)
            filled(box, box.minimum() if value is None else int(value))
            box.setEnabled(key in needed)
        entry = next((e for e in backlog(journey) if e.card.id == card.id), None)
        if entry is not None and entry.rank is not None:
            scored = sum(1 for e in backlog(journey) if e.rank is not None)
            self.result.setText(fill(translate("Plan", "%1 · rank %2 of %3"), f"{entry.score:.3g}",
                                     str(entry.rank), str(scored)))
        else:
            self.result.setText(translate("Plan", "not scored yet") if opportunity else "—")
        self.links_label.setText(translate("Plan", "Addresses") if opportunity else translate("Plan", "Addressed by"))
        self.links.clear()
        for other in self.linked(card, opportunity):
            item = QListWidgetItem(_short(other.text))
            item.setData(Qt.ItemDataRole.UserRole, other.id)
            self.links.addItem(item)
        self.items.blockSignals(True)
        self.items.clear()
        for a in sorted((a for a in journey.action_items if a.card_id == card.id), key=lambda a: a.position):
            item = QListWidgetItem(_short(a.title) or "—")
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.items.addItem(item)
        self.items.blockSignals(False)
        if self.items.count() and self.items.currentRow() < 0:
            self.items.setCurrentRow(0)
        self.show_item()

    def linked(self, card, opportunity: bool):
        cards = self.editor.doc.store.index.by_id
        ends = [(k.pain_point_id if opportunity else k.opportunity_id) for k in self.editor.doc.journey.links
                if (k.opportunity_id if opportunity else k.pain_point_id) == card.id]
        return [cards[i] for i in ends if i in cards]

    def current_item(self):
        return chosen_row(self.items, self.editor.doc.journey.action_items)

    def show_item(self) -> None:
        item = self.current_item()
        for w in (self.item_title, self.item_owner, self.item_due, self.item_status, self.item_key,
                  self.remove_button):
            w.setEnabled(item is not None)
        if item is None:
            return
        filled(self.item_title, item.title)
        filled(self.item_owner, item.owner)
        filled(self.item_key, item.tracker_key)
        filled(self.item_status, item.status)
        self.item_due.blockSignals(True)
        self.item_due.setDate(QDate.fromString(item.due, "yyyy-MM-dd") if item.due else self.item_due.minimumDate())
        self.item_due.blockSignals(False)

    # -- edits: one step each ------------------------------------------------------------
    def run(self, step: str, ops: list[Op]) -> None:
        run_step(self.editor, step, ops)

    def score(self, key: str, value) -> None:
        if self.card_id is not None:
            self.run(QT_TRANSLATE_NOOP("Steps", "Score card"), [Op("update_card", {"card_id": self.card_id, key: value})])

    def fill_link_menu(self) -> None:
        menu = self.link_button.menu()
        menu.clear()
        card = self.selected_card()
        if card is None:
            return
        opportunity = self.role(card) == lanes.OPPORTUNITY_ROLE
        wanted = lanes.PAIN_POINT_ROLE if opportunity else lanes.OPPORTUNITY_ROLE
        linked = {c.id for c in self.linked(card, opportunity)}
        stages = {s.id: s.name for s in self.editor.doc.journey.stages}
        for other in self.editor.doc.journey.cards:
            if other.id in linked or self.role(other) != wanted:
                continue
            action = menu.addAction(f"{_short(other.text)} ({stages.get(other.stage_id, '')})")
            ids = (card.id, other.id) if opportunity else (other.id, card.id)
            action.triggered.connect(lambda _=False, ids=ids: self.run(
                QT_TRANSLATE_NOOP("Steps", "Link cards"),
                [Op("link_cards", {"opportunity_id": ids[0], "pain_point_id": ids[1]})]))
        if menu.isEmpty():
            menu.addAction(translate("Plan", "Nothing left to link")).setEnabled(False)

    def unlink(self) -> None:
        row = self.links.currentItem()
        if row is None or self.card_id is None:
            return
        other = row.data(Qt.ItemDataRole.UserRole)
        for k in self.editor.doc.journey.links:
            if {k.opportunity_id, k.pain_point_id} == {self.card_id, other}:
                self.run(QT_TRANSLATE_NOOP("Steps", "Unlink cards"), [Op("unlink_cards", {"link_id": k.id})])
                return

    def add_item(self) -> None:
        if self.card_id is None:
            return
        title = translate("Plan", "New action")
        self.run(QT_TRANSLATE_NOOP("Steps", "Add action"),
                 [Op("add_action_item", {"card_id": self.card_id, "title": title})])
        self.items.setCurrentRow(self.items.count() - 1)
        self.item_title.setFocus()
        self.item_title.selectAll()

    def remove_item(self) -> None:
        item = self.current_item()
        if item is not None:
            self.run(QT_TRANSLATE_NOOP("Steps", "Remove action"), [Op("delete_action_item", {"action_id": item.id})])

    def update_item(self, step: str, **values) -> None:
        item = self.current_item()
        if item is not None and any(getattr(item, k) != v for k, v in values.items()):
            self.run(step, [Op("update_action_item", {"action_id": item.id, **values})])
