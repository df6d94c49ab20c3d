"""The persona panel: the journey's own title and scenario, the map's personas
(`persona_list`), and the chosen one's photo, words and look: the colour, line
and marker shape its emotion curve is drawn with. Edits go through
`MapEditor.run` like any other."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (QColorDialog, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from model.errors import JourneyError
from model import images
from model.op import Op
from model.personas import LINES, SHAPES

from .i18n import translate
from .mapeditor import MapEditor
from .panels import PICTURE_FILTER, TextBox, filled
from .persona_list import PersonaList

# the looks' names as people read them (the file stores the keys of `model.personas`)
LINE_NAMES = {"solid": QT_TRANSLATE_NOOP("Persona", "Solid line"), "dashed": QT_TRANSLATE_NOOP("Persona", "Dashed line"),
              "dotted": QT_TRANSLATE_NOOP("Persona", "Dotted line"),
              "dashdot": QT_TRANSLATE_NOOP("Persona", "Dash-dot line")}
SHAPE_NAMES = {"circle": QT_TRANSLATE_NOOP("Persona", "Circle"), "square": QT_TRANSLATE_NOOP("Persona", "Square"),
               "triangle": QT_TRANSLATE_NOOP("Persona", "Triangle"), "diamond": QT_TRANSLATE_NOOP("Persona", "Diamond"),
               "cross": QT_TRANSLATE_NOOP("Persona", "Cross"), "star": QT_TRANSLATE_NOOP("Persona", "Star")}

PHOTO_SIDE = 96


class PersonaPanel(QWidget):
    def __init__(self, editor: MapEditor, parent=None):
        super().__init__(parent)
        self.setAccessibleName(translate("Persona", "Persona"))
        self.editor = editor
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.title = self._line(form, translate("Persona", "Journey"), lambda v: self.update_journey(QT_TRANSLATE_NOOP("Steps", "Rename journey"), title=v))
        self.scenario = self._text(form, translate("Persona", "Scenario"), lambda v: self.update_journey(QT_TRANSLATE_NOOP("Steps", "Edit scenario"), scenario=v))
        self.personas = PersonaList(editor)
        self.personas.chosen.connect(self.reload)
        form.addRow(translate("Persona", "Personas"), self.personas)
        self._look_rows(form)
        form.addRow(translate("Persona", "Photo"), self._photo_row())
        self.fields = {
            "name": self._line(form, translate("Persona", "Name"), lambda v: self.update_persona(QT_TRANSLATE_NOOP("Steps", "Rename persona"), name=v)),
            "role": self._line(form, translate("Persona", "Role"), lambda v: self.update_persona(QT_TRANSLATE_NOOP("Steps", "Edit persona role"), role=v)),
            "goals": self._text(form, translate("Persona", "Goals"), lambda v: self.update_persona(QT_TRANSLATE_NOOP("Steps", "Edit goals"), goals=v)),
            "frustrations": self._text(form, translate("Persona", "Frustrations"),
                                       lambda v: self.update_persona(QT_TRANSLATE_NOOP("Steps", "Edit frustrations"), frustrations=v)),
            "quote": self._text(form, translate("Persona", "Quote"), lambda v: self.update_persona(QT_TRANSLATE_NOOP("Steps", "Edit quote"), quote=v)),
        }
        outer.addStretch(1)
        editor.changed.connect(lambda changes: changes.touches("persona", "journey") and self.reload())
        self.reload()

    def _photo_row(self) -> QHBoxLayout:
        self.photo = QLabel()
        self.photo.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet("background: #dde1e8; border-radius: 6px;")
        choose, remove = QPushButton(translate("Persona", "Choose photo…")), QPushButton(translate("Persona", "Remove photo"))
        choose.clicked.connect(self.choose_photo)
        remove.clicked.connect(lambda: self.set_photo_picture(QT_TRANSLATE_NOOP("Steps", "Remove persona photo"), None))
        buttons = QVBoxLayout()
        buttons.addWidget(choose)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.photo)
        row.addLayout(buttons)
        return row

    def _look_rows(self, form: QFormLayout) -> None:
        """The chosen persona's colour, line and marker shape: one step each."""
        self.colour = QPushButton()
        self.colour.setFixedWidth(64)
        self.colour.setAccessibleName(translate("Persona", "Colour"))
        self.colour.setToolTip(translate("Persona", "The colour of this persona's curve and markers"))
        self.colour.clicked.connect(self.choose_colour)
        self.line = QComboBox()
        self.line.setAccessibleName(translate("Persona", "Line"))
        self.shape = QComboBox()
        self.shape.setAccessibleName(translate("Persona", "Marker shape"))
        for combo, keys, names, step, field in (
                (self.line, LINES, LINE_NAMES, QT_TRANSLATE_NOOP("Steps", "Change persona line"), "line"),
                (self.shape, SHAPES, SHAPE_NAMES, QT_TRANSLATE_NOOP("Steps", "Change persona marker"), "shape")):
            for key in keys:
                combo.addItem(translate("Persona", names[key]), key)
            combo.activated.connect(lambda index, c=combo, st=step, f=field:
                                    self.update_persona(st, **{f: c.itemData(index)}))
        form.addRow(translate("Persona", "Colour"), self.colour)
        form.addRow(translate("Persona", "Line"), self.line)
        form.addRow(translate("Persona", "Marker shape"), self.shape)

    def choose_colour(self) -> None:
        p = self.persona()
        if p is None:
            return
        colour = QColorDialog.getColor(QColor(p.colour), self, translate("Persona", "Persona colour"))
        if colour.isValid():
            self.update_persona(QT_TRANSLATE_NOOP("Steps", "Change persona colour"), colour=colour.name())

    def _line(self, form, label, commit) -> QLineEdit:
        edit = QLineEdit()
        self.editor.fields.watch(edit, commit)
        form.addRow(label, edit)
        return edit

    def _text(self, form, label, commit) -> TextBox:
        edit = TextBox()
        edit.setMaximumHeight(70)
        self.editor.fields.watch(edit, commit)
        form.addRow(label, edit)
        return edit

    def persona(self):
        """The persona the panel edits: the one chosen in the list (the first by default)."""
        chosen = self.editor.persona_id()
        return next((p for p in self.editor.doc.journey.personas if p.id == chosen), None)

    def show_persona(self, persona_id: int) -> None:
        """Choose this persona (a find match in one of its fields)."""
        self.editor.choose_persona(persona_id)
        self.reload()

    def reload(self) -> None:
        j, p = self.editor.doc.journey, self.persona()
        filled(self.title, j.title)
        filled(self.scenario, j.scenario)
        self.personas.reload()
        for name, widget in self.fields.items():
            filled(widget, getattr(p, name) if p else "")
            widget.setEnabled(p is not None)
        for widget in (self.colour, self.line, self.shape):
            widget.setEnabled(p is not None)
        if p is not None:
            self.colour.setAccessibleDescription(p.colour)
            self.colour.setStyleSheet(f"background: {p.colour}; min-width: 3em;")
            self.line.setCurrentIndex(max(self.line.findData(p.line), 0))
            self.shape.setCurrentIndex(max(self.shape.findData(p.shape), 0))
        image = self.editor.picture(p.photo_id) if p is not None and p.photo_id else None
        if image is None:
            self.photo.setPixmap(QPixmap())
            self.photo.setText(translate("Persona", "No photo"))
        else:
            self.photo.setPixmap(QPixmap.fromImage(image).scaled(
                PHOTO_SIDE, PHOTO_SIDE, Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation))

    def update_journey(self, step: str, **values) -> None:
        j = self.editor.doc.journey
        if any(getattr(j, k) != v for k, v in values.items()):
            self.editor.run(translate("Steps", step), [Op("update_journey", values)], merge=("journey", *values))

    def update_persona(self, step: str, **values) -> None:
        p = self.persona()
        if p is not None and any(getattr(p, k) != v for k, v in values.items()):
            typed = all(isinstance(v, str) for v in values.values())  # a photo is its own step
            self.editor.run(translate("Steps", step), [Op("update_persona", {"persona_id": p.id, **values})],
                            merge=("persona", p.id, *values) if typed else None)

    def set_photo_picture(self, step: str, picture: dict | None) -> None:
        """A photo is its own step, and its bytes go with it: undo takes them
        out of the file again (or brings back the photo it replaced)."""
        p = self.persona()
        if p is not None and (picture is not None or p.photo_id is not None):
            self.editor.run(translate("Steps", step), [Op("update_persona", {"persona_id": p.id, "picture": picture})])

    def choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("Persona", "Choose a photo"), "",
                                              translate("Panels", PICTURE_FILTER))
        if path:
            self.set_photo(path)

    def set_photo(self, path: str) -> None:
        if self.persona() is None:
            return
        try:
            pic = images.load_file(path)
        except JourneyError as e:
            self.editor.refused(e)
            return
        self.set_photo_picture(QT_TRANSLATE_NOOP("Steps", "Set persona photo"), pic.values())

