"""Whatever goes wrong inside an operation, the transaction is rolled back and
the map stays usable: the objects match the file and the next edit commits."""
import pytest

from model import operations
from model.operations import Op


def test_an_unexpected_error_inside_an_operation_rolls_back(doc, reopen, monkeypatch):
    title = doc.journey.title
    stage = doc.journey.stages[0]

    def half_done(store, **values):
        store.journey.title = "half done"
        store.stage(stage.id).name = "half renamed"
        store.session.flush()
        raise RuntimeError("a bug in an operation")
    monkeypatch.setitem(operations.OPERATIONS, "broken", half_done)
    with pytest.raises(RuntimeError):
        doc.apply(Op("broken", {}))
    assert doc.journey.title == title and doc.journey.stages[0].name != "half renamed"
    doc.apply(Op("update_journey", {"title": "Still editable"}))
    assert doc.journey.title == "Still editable"
    with reopen(doc) as again:
        assert again.journey.title == "Still editable"
        assert again.snapshot()["stages"] == doc.snapshot()["stages"]
