"""The map as a Linux screen reader (Orca) reads it: over AT-SPI, the D-Bus
protocol Qt's accessibility bridge speaks, from outside the process. A private
session bus is started, Wayline opens the sample map on the X server with
accessibility on, and the map pane's children are read back with `gdbus` as
Orca would: every stage, lane and card, named by its text, described by its
lane and stage. Skipped, with the reason, where D-Bus or AT-SPI is missing."""
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from model.document import Document

ROOT = Path(__file__).resolve().parents[2]
REGISTRY = ("org.a11y.atspi.Registry", "/org/a11y/atspi/accessible/root")


def call(address: str, dest: str, path: str, method: str, *args: str) -> str:
    out = subprocess.run(["gdbus", "call", "--address", address, "--dest", dest, "--object-path", path,
                          "--method", method, *args], capture_output=True, text=True, timeout=20)
    return out.stdout.strip()


def children(address, dest, path) -> list[tuple[str, str]]:
    out = call(address, dest, path, "org.a11y.atspi.Accessible.GetChildren")
    return re.findall(r"\('([^']*)', (?:objectpath )?'([^']*)'\)", out)


def text(address, dest, path, name: str) -> str:
    out = call(address, dest, path, "org.freedesktop.DBus.Properties.Get", "org.a11y.atspi.Accessible", name)
    m = re.match(r"^\(<(['\"])(.*)\1>,\)$", out, re.S)
    return m.group(2).replace("\\'", "'") if m else ""


def role(address, dest, path) -> str:
    return call(address, dest, path, "org.a11y.atspi.Accessible.GetRoleName").strip("(',)")


def find_map(address, node, depth=0):
    """The pane named "Journey map" (the view holds it, with its scroll bars)."""
    if text(address, *node, "Name") == "Journey map" and role(address, *node) == "panel":
        return node
    if depth > 8 or role(address, *node) in ("menu bar", "tool bar", "status bar"):
        return None
    for child in children(address, *node):
        found = find_map(address, child, depth + 1)
        if found is not None:
            return found
    return None


@pytest.fixture
def session_bus(tmp_path):
    for tool in ("dbus-daemon", "gdbus"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} is not installed: reading the map over AT-SPI needs D-Bus")
    if not Path("/usr/share/dbus-1/services/org.a11y.Bus.service").exists():
        pytest.skip("AT-SPI (at-spi2-core) is not installed")
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, text=True)
    try:
        yield bus.stdout.readline().strip()
    finally:
        bus.terminate()  # the AT-SPI bus launched on it goes with it
        bus.wait(timeout=20)


def test_a_screen_reader_reads_every_stage_lane_and_card(session_bus, tmp_path):
    path = tmp_path / "sample.journey"
    Document.create(path, "sample").close()
    reader = Document.open(path, read_only=True)
    try:
        j = reader.journey
        stages, lanes = [s.name for s in j.stages], [ln.name for ln in j.lanes]
        where = {s.id: s.name for s in j.stages}, {ln.id: ln.name for ln in j.lanes}
        cards = sorted((c.text or "Picture", f"{where[1][c.lane_id]} lane, {where[0][c.stage_id]} stage")
                       for c in j.cards)
    finally:
        reader.close()
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=session_bus, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    log = tmp_path / "wayline.log"
    app = subprocess.Popen([sys.executable, "main.py", str(path)], cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=log.open("w"))
    try:
        address = call(session_bus, "org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress").strip("(',)")
        assert address.startswith("unix:"), "the AT-SPI bus did not start"
        deadline, pane = time.monotonic() + 40, None
        while pane is None and time.monotonic() < deadline and app.poll() is None:
            time.sleep(0.5)
            for application in children(address, *REGISTRY):
                pane = pane or find_map(address, application)
        assert pane is not None, "no Journey map over AT-SPI; Wayline said: " + log.read_text()[-3000:]
        seen = [(role(address, *c), text(address, *c, "Name"), text(address, *c, "Description"))
                for c in children(address, *pane)]
    finally:
        app.terminate()
        app.wait(timeout=20)
    assert [n for r, n, _ in seen if r == "column header"] == stages
    assert [n for r, n, _ in seen if r == "row header"] == lanes
    items = seen[len(stages) + len(lanes):][:len(cards)]
    assert sorted((n, ", ".join(d.split(", ")[:2])) for _, n, d in items) == cards
    assert {r for r, _, _ in items} == {"list item"}
