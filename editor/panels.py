"""Side panels: the properties of the selection, and the persona.

Panels read the model to fill their fields and send every edit through
`MapEditor.run`, so a panel edit is an undo step like a canvas gesture. They
reload from a change record only when it names what they show. A
field commits when it is left (or Enter is pressed), not on every keystroke.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QApplication, QCheckBox, QColorDialog, QComboBox, QDoubleSpinBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
                               QSpinBox, QStackedWidget, QVBoxLayout, QWidget)

from model import rules
from model.values import CHANNELS, LANE_KINDS
from model.op import Op
from model.lanes import CHANNEL
from model.lanes import kind as lane_kind
from model.theme import KIND_LABELS

from .i18n import number, translate
from .mapeditor import MapEditor

PICTURE_FILTER = QT_TRANSLATE_NOOP("Panels", "Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)")
# the card channels (model/entities.py), for lupdate: the model stays free of Qt
CHANNEL_NAMES = (QT_TRANSLATE_NOOP("Channels", "Web"), QT_TRANSLATE_NOOP("Channels", "App"), QT_TRANSLATE_NOOP("Channels", "Email"), QT_TRANSLATE_NOOP("Channels", "Phone"), QT_TRANSLATE_NOOP("Channels", "Store"), QT_TRANSLATE_NOOP("Channels", "Social"), QT_TRANSLATE_NOOP("Channels", "Chat"), QT_TRANSLATE_NOOP("Channels", "Mail"), QT_TRANSLATE_NOOP("Channels", "Other"))


class TextBox(QPlainTextEdit):
    """A multi-line field that reports when it is left."""
    finished = Signal(str)

    def focusOutEvent(self, event):
        super().focusOutEvent(event)
        self.finished.emit(self.toPlainText())


class ColourButton(QPushButton):
    chosen = Signal(str)

    def __init__(self, parent=None):
        super().__init__(translate("Panels", "Colour…"), parent)
        self.colour = "#ffffff"
        self.clicked.connect(self.choose)

    def show_colour(self, colour: str) -> None:
        self.colour = colour
        ink = "#000000" if QColor(colour).lightnessF() > 0.55 else "#ffffff"  # readable on it
        self.setStyleSheet(f"background: {colour}; color: {ink};")

    def dialog(self) -> QColorDialog:
        """The colour dialog, a child of the window, not of this button: the button's
        style sheet (its colour) would cascade into it and paint it in that colour."""
        box = QColorDialog(QColor(self.colour), self.window())
        box.setWindowTitle(translate("Panels", "Choose a colour"))
        box.setPalette(QApplication.palette())
        return box

    def choose(self) -> None:
        box = self.dialog()
        try:
            if box.exec() == QColorDialog.DialogCode.Accepted and box.selectedColor().isValid():
                self.chosen.emit(box.selectedColor().name())
        finally:
            box.deleteLater()


def spin(lo: float, hi: float, step: float = 1.0, decimals: int = 0):
    box = QDoubleSpinBox() if decimals else QSpinBox()
    if decimals:
        box.setDecimals(decimals)
    box.setRange(lo, hi)
    box.setSingleStep(step)
    box.setKeyboardTracking(False)  # commit the number typed, not each digit
    return box


def chosen_row(rows: QListWidget, items):
    """The object of `items` whose id the list's current row holds (its UserRole), or None."""
    row = rows.currentItem()
    if row is None:
        return None
    wanted = row.data(Qt.ItemDataRole.UserRole)
    return next((item for item in items if item.id == wanted), None)


def run_step(editor, step: str, ops):
    """A panel's edit: one undo step named `step` (marked for translation), its record from the panel."""
    with editor.one_step("panel"):
        return editor.run(translate("Steps", step), ops)


def filled(widget: QWidget, value) -> None:
    """Show a value without firing the field's change signals."""
    widget.blockSignals(True)
    if isinstance(widget, QLineEdit):
        if widget.text() != value:  # setText would move the cursor of someone still typing
            widget.setText(value)
    elif isinstance(widget, QPlainTextEdit):
        if widget.toPlainText() != value:
            widget.setPlainText(value)
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))
    else:
        widget.setValue(value)
    widget.blockSignals(False)


class PropertiesPanel(QStackedWidget):
    """Edits the selection: cards, a stage, a lane or an emotion marker.

    It is as wide as the page it shows (a QStackedWidget asks for its widest page),
    and each page fits the dock of a window at its first size: rows wrap their
    field under the label, the persona ticks stand one under another, long names
    are shortened (the full name is the tooltip), so the dock never scrolls sideways."""

    def __init__(self, editor: MapEditor, parent=None):
        super().__init__(parent)
        self.setAccessibleName(translate("Panels", "Properties of the selection"))
        self.editor = editor
        self.ids: list[int] = []
        hint = QLabel(translate("Panels", "Select a card, a stage, a lane or an emotion marker to edit it here."))
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.pages = {"none": hint, "card": self._card_page(), "stage": self._stage_page(),
                      "lane": self._lane_page(), "marker": self._marker_page()}
        for page in self.pages.values():
            self.addWidget(page)
        editor.view.selection_changed.connect(self.reload)
        editor.view.marker_dragged.connect(self.show_dragged_feeling)
        editor.changed.connect(self.on_change)
        self.currentChanged.connect(lambda _index: self.updateGeometry())
        self.reload()

    def sizeHint(self):
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self):
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    # -- pages -----------------------------------------------------------------
    def _card_page(self) -> QWidget:
        page, form = _form()
        self.card_count = QLabel()
        self.card_text = TextBox()
        self.editor.fields.watch(self.card_text, lambda t: self.update_cards(QT_TRANSLATE_NOOP("Steps", "Edit card text"), QT_TRANSLATE_NOOP("Steps", "Edit card texts"), text=t))
        self.card_colour = ColourButton()
        self.card_colour.chosen.connect(lambda c: self.update_cards(QT_TRANSLATE_NOOP("Steps", "Colour card"), QT_TRANSLATE_NOOP("Steps", "Colour cards"), colour=c))
        default = QPushButton(translate("Panels", "Lane default"))
        default.clicked.connect(lambda: self.update_cards(QT_TRANSLATE_NOOP("Steps", "Colour card"), QT_TRANSLATE_NOOP("Steps", "Colour cards"), colour=None))
        row = QHBoxLayout()
        row.addWidget(self.card_colour)
        row.addWidget(default)
        self.card_channel = QComboBox()
        self.card_channel.addItem("—", None)
        for c in CHANNELS:
            self.card_channel.addItem(translate("Channels", c.capitalize()), c)
        self.card_channel.currentIndexChanged.connect(
            lambda _: self.update_cards(QT_TRANSLATE_NOOP("Steps", "Set channel"), QT_TRANSLATE_NOOP("Steps", "Set channels"), channel=self.card_channel.currentData()))
        self.card_votes = spin(0, rules.MAX_VOTES)
        self.card_votes.valueChanged.connect(lambda v: self.update_cards(QT_TRANSLATE_NOOP("Steps", "Set votes"), QT_TRANSLATE_NOOP("Steps", "Set votes on cards"), votes=int(v)))
        self.card_personas = QWidget()  # a tick per persona the card is for (none: everyone's)
        self.card_personas.setAccessibleName(translate("Panels", "For personas"))
        self.card_personas.setToolTip(translate("Panels", "Tick the personas this card is for; none ticked: everyone"))
        QVBoxLayout(self.card_personas).setContentsMargins(0, 0, 0, 0)  # one under another: up to six
        for label, widget in (("", self.card_count), (translate("Panels", "Text"), self.card_text), (translate("Panels", "Colour"), row),
                              (translate("Panels", "Channel"), self.card_channel), (translate("Panels", "Votes"), self.card_votes),
                              (translate("Panels", "For"), self.card_personas)):
            form.addRow(label, widget)
        return page

    def _fill_card_personas(self, cards) -> None:
        """A tick box per persona, ticked when every selected card is for it."""
        row = self.card_personas.layout()
        while row.count():
            old = row.takeAt(0).widget()
            if old is not None:
                old.deleteLater()
        for p in self.editor.doc.journey.personas:
            name = p.name or translate("Persona", "Unnamed persona")
            tick = QCheckBox(short(name))
            tick.setToolTip(name)
            tick.setAccessibleName(name)
            tick.setProperty("map_content", True)  # a persona's name is the map's, not Wayline's
            tick.setChecked(all(str(p.id) in c.personas.split() for c in cards))
            tick.toggled.connect(lambda on, persona_id=p.id: self.set_card_persona(persona_id, on))
            row.addWidget(tick, 0, Qt.AlignmentFlag.AlignLeft)  # as wide as its name: a click beside it is no tick
        self.card_personas.setEnabled(bool(self.editor.doc.journey.personas))

    def set_card_persona(self, persona_id: int, on: bool) -> None:
        """The selected cards are for this persona too (on), or no longer (off): one step."""
        cards = [self.editor.find("card", i) for i in self.ids] if self.kind == "card" else []
        ops = []
        for c in cards:
            ids = rules.with_persona(c.personas, persona_id, on)
            if sorted(ids) != sorted(rules.persona_ids(c.personas)):
                ops.append(Op("update_card", {"card_id": c.id, "personas": ids}))
        if ops:
            with self.editor.one_step("panel"):
                step = QT_TRANSLATE_NOOP("Steps", "Set card personas") if len(ops) == 1 else \
                    QT_TRANSLATE_NOOP("Steps", "Set cards' personas")
                self.editor.run(translate("Steps", step), ops)

    def _stage_page(self) -> QWidget:
        page, form = _form()
        self.stage_name = QLineEdit()
        self.editor.fields.watch(self.stage_name, lambda text: self.update_one("stage", QT_TRANSLATE_NOOP("Steps", "Rename stage"), name=text))
        self.stage_colour = ColourButton()
        self.stage_colour.chosen.connect(lambda c: self.update_one("stage", QT_TRANSLATE_NOOP("Steps", "Colour stage"), colour=c))
        self.stage_width = spin(*rules.STAGE_WIDTH, step=10)
        self.stage_width.valueChanged.connect(lambda v: self.update_one("stage", QT_TRANSLATE_NOOP("Steps", "Resize stage"), width=v))
        for label, widget in ((translate("Panels", "Name"), self.stage_name), (translate("Panels", "Colour"), self.stage_colour),
                              (translate("Panels", "Width (pt)"), self.stage_width)):
            form.addRow(label, widget)
        return page

    def _lane_page(self) -> QWidget:
        page, form = _form()
        self.lane_name = QLineEdit()
        self.editor.fields.watch(self.lane_name, lambda text: self.update_one("lane", QT_TRANSLATE_NOOP("Steps", "Rename lane"), name=text))
        self.lane_kind = QComboBox()
        for kind in LANE_KINDS:
            self.lane_kind.addItem(translate("Lanes", KIND_LABELS[kind]), kind)
        self.lane_kind.currentIndexChanged.connect(
            lambda _: self.update_one("lane", QT_TRANSLATE_NOOP("Steps", "Change lane kind"), kind=self.lane_kind.currentData()))
        self.lane_height = spin(*rules.LANE_HEIGHT, step=10)
        self.lane_height.valueChanged.connect(lambda v: self.update_one("lane", QT_TRANSLATE_NOOP("Steps", "Resize lane"), height=v))
        self.lane_persona = QComboBox()  # whose lane it is ("Maya's actions"); filled per lane
        # as wide as the dock allows, not as its longest persona name
        self.lane_persona.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.lane_persona.setMinimumContentsLength(10)
        self.lane_persona.setAccessibleName(translate("Panels", "Belongs to"))
        self.lane_persona.activated.connect(lambda _: self.update_one(
            "lane", QT_TRANSLATE_NOOP("Steps", "Give lane to persona"), persona_id=self.lane_persona.currentData()))
        for label, widget in ((translate("Panels", "Name"), self.lane_name), (translate("Panels", "Kind"), self.lane_kind),
                              (translate("Panels", "Min. height (pt)"), self.lane_height),
                              (translate("Panels", "Belongs to"), self.lane_persona)):
            form.addRow(label, widget)
        return page

    def _marker_page(self) -> QWidget:
        page, form = _form()
        self.marker_label = QLineEdit()
        self.editor.fields.watch(self.marker_label,
                                 lambda text: self.update_one("marker", QT_TRANSLATE_NOOP("Steps", "Edit marker label"), label=text))
        self.marker_feeling = spin(-3.0, 3.0, step=0.5, decimals=2)
        self.marker_feeling.valueChanged.connect(
            lambda v: self.update_one("marker", QT_TRANSLATE_NOOP("Steps", "Change feeling"), feeling=v))
        self.marker_target = QCheckBox(translate("Panels", "On the target curve"))
        self.marker_target.setToolTip(translate("Panels", "A persona's target curve is the future state, drawn fainter"))
        target_hint = QLabel(translate("Panels", "How it should feel: the future state, drawn fainter."))
        target_hint.setWordWrap(True)  # the sentence wraps: the dock stays narrow
        target_hint.setEnabled(False)   # greyed: a hint, not a field
        self.marker_target.toggled.connect(
            lambda on: self.update_one("marker", QT_TRANSLATE_NOOP("Steps", "Move marker to another curve"),
                                       target=int(on)))
        form.addRow(translate("Panels", "Label"), self.marker_label)
        form.addRow(translate("Panels", "Feeling (−3…+3)"), self.marker_feeling)
        tick = QHBoxLayout()  # as wide as its words: a click beside them ticks nothing, as any check box
        tick.addWidget(self.marker_target)
        tick.addStretch(1)
        form.addRow("", tick)
        form.addRow("", target_hint)
        return page

    # -- filling and committing ----------------------------------------------------
    def on_change(self, changes) -> None:
        """Reload only when what the page shows may have changed: the selected items
        (a card's page also shows its lane's kind), or anything. A change of the
        selection itself comes as `selection_changed`."""
        if self.kind == "none":
            return
        ours = changes.ids(self.kind) & set(self.ids)
        if changes.everything or ours or (self.kind == "card" and changes.lanes):
            self.reload()

    def reload(self) -> None:
        scene = self.editor.scene
        for kind in ("card", "marker", "stage", "lane"):
            self.ids = scene.selected(kind)
            if self.ids:
                found = self.editor.find(kind, self.ids[0])
                if found is None:  # undone while selected: the scene says again once its item is gone
                    return
                self.kind = kind
                self.setCurrentWidget(self.pages[kind])
                getattr(self, f"_fill_{kind}")(found)
                return
        self.kind = "none"
        self.setCurrentWidget(self.pages["none"])

    def _fill_card(self, card) -> None:
        many = len(self.ids) > 1
        self.card_count.setText(translate("Panels", "{n} cards selected").format(n=number(len(self.ids))) if many else "")
        filled(self.card_text, "" if many else card.text)
        self.card_text.setEnabled(not many)
        kind = self.editor.find("lane", card.lane_id).kind
        self.card_colour.show_colour(card.colour or self.editor.theme.kind_colours[kind])
        filled(self.card_channel, card.channel)
        self.card_channel.setEnabled(lane_kind(kind).look.mark == CHANNEL)  # a channel shows only there
        filled(self.card_votes, card.votes)
        self._fill_card_personas([self.editor.find("card", i) for i in self.ids])

    def _fill_stage(self, stage) -> None:
        filled(self.stage_name, stage.name)
        self.stage_colour.show_colour(stage.colour)
        filled(self.stage_width, stage.width)

    def _fill_lane(self, lane) -> None:
        filled(self.lane_name, lane.name)
        filled(self.lane_kind, lane.kind)
        filled(self.lane_height, lane.height)
        self.lane_persona.blockSignals(True)
        self.lane_persona.clear()
        self.lane_persona.addItem(translate("Panels", "Everyone"), None)
        for p in self.editor.doc.journey.personas:
            self.lane_persona.addItem(p.name or translate("Persona", "Unnamed persona"), p.id)
        self.lane_persona.setCurrentIndex(max(self.lane_persona.findData(lane.persona_id), 0))
        self.lane_persona.blockSignals(False)

    def _fill_marker(self, marker) -> None:
        filled(self.marker_label, marker.label)
        filled(self.marker_feeling, marker.feeling)
        self.marker_target.blockSignals(True)
        self.marker_target.setChecked(bool(marker.target))
        self.marker_target.blockSignals(False)
        self.marker_target.setEnabled(marker.persona_id is not None)  # a target is a persona's

    def update_cards(self, step: str, steps: str, **values) -> None:
        if self.kind != "card":
            return
        cards = [self.editor.find("card", i) for i in self.ids]
        ops = [Op("update_card", {"card_id": c.id, **values}) for c in cards
               if any(getattr(c, k) != v for k, v in values.items())]
        if ops:
            with self.editor.one_step("panel"):  # the record says the panel asked
                self.editor.run(translate("Steps", step if len(ops) == 1 else steps), ops)  # the step's name, one card or many

    def show_dragged_feeling(self, marker_id: int, feeling: float) -> None:
        """The feeling of the marker being dragged, live (committed on release)."""
        if self.kind == "marker" and self.ids == [marker_id]:
            filled(self.marker_feeling, feeling)

    def update_one(self, kind: str, step: str, /, **values) -> None:
        # positional-only: the values may hold a field called `kind` (a lane's kind)
        if self.kind != kind or not self.ids:
            return
        item = self.editor.find(kind, self.ids[0])
        if all(getattr(item, k) == v for k, v in values.items()):
            return
        with self.editor.one_step("panel"):
            done = self.editor.run(translate("Steps", step), [Op(f"update_{kind}", {f"{kind}_id": item.id, **values})])
        if done is None:
            self.reload()  # refused: show what the map still holds


def short(name: str, most: int = 24) -> str:
    """A name shortened to `most` characters with an ellipsis (the panel stays narrow)."""
    return name if len(name) <= most else name[:most - 1].rstrip() + "…"


def _form() -> tuple[QWidget, QFormLayout]:
    page = QWidget()
    outer = QVBoxLayout(page)
    form = QFormLayout()
    # a row whose label and field do not fit side by side puts the field under its label
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    outer.addLayout(form)
    outer.addStretch(1)
    return page, form
