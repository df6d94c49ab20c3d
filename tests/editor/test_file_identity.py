"""The editor knows a map by its file, not its path (issue 9, items 5 and 9)."""
import os

from model.document import Document


def test_a_hard_link_to_an_open_map_raises_its_window(wayline, window, sample_path):
    alias = sample_path.with_name("alias.journey")
    os.link(sample_path, alias)
    assert wayline.open(alias) is window and len(wayline.windows) == 1


def test_save_as_onto_a_map_open_in_another_window_is_refused(wayline, window, sample_path, monkeypatch):
    from editor import app as appmod
    other = sample_path.with_name("other.journey")
    Document.create(other, "blank").close()
    second = wayline.open(other)
    before = other.read_bytes()
    monkeypatch.setattr(appmod, "save_path", lambda *a: other)
    wayline.save_as(window)
    assert wayline.messages and "open in Wayline" in wayline.messages[-1]
    assert other.read_bytes() == before
    assert window.editor.doc.path == sample_path and second.editor.doc.path == other
