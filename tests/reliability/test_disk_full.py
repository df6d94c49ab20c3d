"""When SQLite cannot write, the edit is refused with a message, memory and
file agree, and editing works again once there is room."""
import pytest

from model.document import Document
from model.errors import StorageError
from model.operations import Op


def fill_disk(doc):
    pages = doc.storage.conn.execute("PRAGMA page_count").fetchone()[0]
    doc.storage.conn.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow


def test_disk_full_refuses_the_edit_and_keeps_memory_and_file_in_step(sample_doc, sample_path):
    j = sample_doc.journey
    before = sample_doc.snapshot()
    fill_disk(sample_doc)
    big = [{"stage_id": j.stages[0].id, "lane_id": j.lanes[0].id, "text": "x" * 15000} for _ in range(10)]
    with pytest.raises(StorageError, match="disk is full"):
        sample_doc.apply(Op("add_cards", {"cards": big}))
    assert sample_doc.snapshot() == before
    with Document.open(sample_path, read_only=True) as other:
        assert other.snapshot() == before
    # small edits that fit in free pages still work; after space returns, big ones too
    sample_doc.storage.conn.execute("PRAGMA max_page_count = 1073741823")
    change = sample_doc.apply(Op("add_cards", {"cards": big}))
    assert len(change.result) == 10
    sample_doc.close()
    with Document.open(sample_path, read_only=True) as other:
        assert len(other.journey.cards) == 58


def test_a_stage_delete_that_cannot_be_written_leaves_everything(sample_doc):
    """Deleting needs journal space too; the same objects stay usable after."""
    stage = sample_doc.journey.stages[0]
    before = sample_doc.snapshot()
    sample_doc.storage.conn.execute("PRAGMA query_only = ON")  # every write refused, like a read-only remount
    with pytest.raises(StorageError, match="could not save"):
        sample_doc.apply(Op("delete_stage", {"stage_id": stage.id}))
    assert sample_doc.snapshot() == before
    assert stage in sample_doc.journey.stages
    sample_doc.storage.conn.execute("PRAGMA query_only = OFF")
    sample_doc.apply(Op("delete_stage", {"stage_id": stage.id}))
    assert stage not in sample_doc.journey.stages
