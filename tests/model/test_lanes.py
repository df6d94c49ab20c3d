"""Lane kinds live in one registry (model/lanes.py): every kind has what views
and rules read, and no other module spells a kind's key."""
import ast
from pathlib import Path

from model import icon_paths, lanes
from model.entities import LANE_KINDS, Base
from model.theme import STANDARD, WORKSHOP

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("main.py", "model", "canvas", "editor", "export")


def test_every_kind_is_complete_and_the_file_keys_are_unchanged():
    # the keys are stored in maps: renaming one would orphan every lane of that kind
    assert LANE_KINDS == ("actions", "touchpoints", "thoughts", "emotions", "pain_points",
                          "opportunities", "backstage", "metrics", "images", "notes")
    for kind in lanes.KINDS.values():
        assert kind.label and kind.colour.startswith("#")
        assert kind.icon in icon_paths.BUILDERS  # drawn, not the unknown-name dots
        assert kind.look.mark in (None, lanes.CHANNEL) or kind.look.mark in icon_paths.BUILDERS
        assert (kind.look.edge is None) == (kind.look.accent is None) or kind.look.mark
        assert STANDARD.kind_colours[kind.key] == kind.colour
        assert WORKSHOP.kind_colours[kind.key] == kind.projector_colour
    assert [k for k in lanes.KEYS if lanes.holds_markers(k)] == [lanes.marker_kind()]
    prefixes = lanes.by_prefix()
    assert len(prefixes) == len(set(prefixes.values()))
    assert lanes.kind("from-a-newer-wayline") == lanes.KINDS[lanes.DEFAULT]


# A key that is also a column or collection name ("notes": the map's notes;
# "metrics": the map's metrics, also the `metrics` command and the plan's
# metrics page) is a field name far more often than a kind; the registry test
# above covers it as a kind.
COLUMNS = {c.name for table in Base.metadata.tables.values() for c in table.columns} | \
    {r.key for mapper in Base.registry.mappers for r in mapper.relationships}


def kind_literals() -> dict[str, list[str]]:
    """file -> the kind keys written as string literals in it."""
    keys = set(lanes.KINDS) - COLUMNS
    found: dict[str, list[str]] = {}
    files = [ROOT / "main.py"] + [p for d in SOURCES[1:] for p in (ROOT / d).rglob("*.py")]
    for path in files:
        if path.name == "lanes.py" and path.parent.name == "model":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        hits = [node.value for node in ast.walk(tree)
                if isinstance(node, ast.Constant) and node.value in keys]
        if hits:
            found[str(path.relative_to(ROOT))] = hits
    return found


def test_no_module_spells_a_kind_key():
    assert kind_literals() == {}
