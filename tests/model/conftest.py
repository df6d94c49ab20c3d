"""The document through its storage seam: operation and undo tests run on a
`.journey` file and on the in-memory store alike (`doc`, `new_doc`, `reopen`)."""
from contextlib import contextmanager

import pytest

from model.document import Document
from model.storage import MemoryStorage

STORES = ("file", "memory")


@pytest.fixture(params=STORES)
def store_kind(request):
    return request.param


@pytest.fixture
def new_doc(store_kind, tmp_path):
    """new_doc(template): a new map on the store under test, closed after the test."""
    made = []

    def make(template="blank"):
        if store_kind == "file":
            doc = Document.create(tmp_path / f"m{len(made)}.journey", template)
        else:
            doc = Document.in_memory(template)
        made.append(doc)
        return doc
    yield make
    for doc in made:
        doc.close()


@pytest.fixture
def doc(new_doc):
    """The sample map, open for editing on the store under test."""
    return new_doc("sample")


@pytest.fixture
def reopen():
    """reopen(doc): a second, read-only document reading what `doc` stored
    (the file opened again, or the same in-memory rows), even after doc.close()."""
    @contextmanager
    def again(doc):
        if isinstance(doc.storage, MemoryStorage):
            other = Document.over(doc.storage.view())
        else:
            other = Document.open(doc.path, read_only=True)
        try:
            yield other
        finally:
            other.close()
    return again
