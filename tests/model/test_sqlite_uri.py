"""SQLite URIs from paths: any file name opens exactly that file, and a
read-only URI never creates or writes anything."""
import os
import sqlite3

import pytest

from model.sqlite_uri import ro_uri, uri

AWKWARD = ["Workshop #3.journey", "Q?.journey", "100%41.journey", "with space.journey",
           "café ☕ 地図.journey", "a&b=c;d.journey", "#?%.journey"]


def _listing(folder):
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize("name", AWKWARD)
def test_a_read_only_uri_opens_the_file_it_names(tmp_path, name):
    path = tmp_path / name
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (?)", (name,))
    conn.commit()
    conn.close()
    before = _listing(tmp_path)
    ro = sqlite3.connect(ro_uri(path), uri=True)
    try:
        assert ro.execute("SELECT x FROM t").fetchone() == (name,)
        with pytest.raises(sqlite3.OperationalError):
            ro.execute("INSERT INTO t VALUES (1)")  # really read-only
    finally:
        ro.close()
    assert _listing(tmp_path) == before  # no "Workshop ", "Q", "100A.journey" appeared


@pytest.mark.parametrize("name", AWKWARD)
def test_read_only_never_creates_a_missing_file(tmp_path, name):
    with pytest.raises(sqlite3.OperationalError):
        sqlite3.connect(ro_uri(tmp_path / name), uri=True).execute("SELECT 1 FROM sqlite_master")
    assert _listing(tmp_path) == []


@pytest.mark.parametrize("name", AWKWARD)
def test_a_writable_uri_creates_exactly_that_file(tmp_path, name):
    sqlite3.connect(uri(tmp_path / name, "rwc"), uri=True).execute("CREATE TABLE t (x)").connection.close()
    assert _listing(tmp_path) == [name]


def test_a_relative_path_becomes_absolute(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert uri("Q?.journey", "ro").startswith("file:///")
    assert "%3F" in uri("Q?.journey", "ro") and uri("Q?.journey", "ro").endswith("?mode=ro")


def test_a_name_that_is_not_utf8_still_opens(tmp_path):
    name = os.fsdecode(b"old \xe9t\xe9.journey")  # a Latin-1 name on a Linux disk
    try:
        sqlite3.connect(tmp_path / name).execute("CREATE TABLE t (x)").connection.close()
    except (OSError, UnicodeError, sqlite3.Error):
        pytest.skip("this file system or platform does not keep such names")
    ro = sqlite3.connect(ro_uri(tmp_path / name), uri=True)
    assert ro.execute("SELECT count(*) FROM t").fetchone() == (0,)
    ro.close()
    assert len(list(tmp_path.iterdir())) == 1


def test_an_unknown_mode_is_a_programming_slip():
    with pytest.raises(ValueError):
        uri("/tmp/x.journey", "rwx")
