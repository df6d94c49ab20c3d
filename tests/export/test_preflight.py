"""Preflight: small text, soft pictures, hairlines and undrawable characters, said before writing."""
import pytest

from export import paper, pdf, preflight
from export.options import PdfOptions
from model import text as textmod
from model.layout import layout

from .maps import make_map


def _ctx(doc, scale, viewing=1.0):
    lay = layout(doc.journey)
    photo = doc.journey.personas[0].photo_id if doc.journey.personas else None
    return preflight.Context(lay, scale, viewing, preflight.picture_sizes(lay, doc.asset_bytes, photo), photo)


def _kinds(warnings):
    return [w.kind for w in warnings]


def test_text_too_small_for_the_viewing_distance(sample_doc):
    lay = layout(sample_doc.journey)
    a0 = pdf.plan_for(lay, PdfOptions(paper="a0")).scale
    assert "text" not in _kinds(preflight.run(_ctx(sample_doc, a0)))        # reads from ~1.0 m
    far = preflight.run(_ctx(sample_doc, a0, viewing=2.0))
    assert "text" in _kinds(far)
    # a 10,000-card map on A0 prints its text at ~0.2 mm: said plainly, not as if normal
    tiny = [w for w in preflight.run(_ctx(sample_doc, 0.1)) if w.kind == "text"][0]
    assert "0.2 mm" in tiny.sentence and "not from 1 m" in tiny.sentence
    assert paper.smallest_text(lay, 0.01)[1].endswith("readable from less than 0.1 m")


def test_pictures_below_150_ppi(sample_doc):
    lay = layout(sample_doc.journey)
    a0 = pdf.plan_for(lay, PdfOptions(paper="a0")).scale
    [w] = [w for w in preflight.run(_ctx(sample_doc, a0)) if w.kind == "picture"]
    assert "92 ppi" in w.sentence            # the sample's 480 px pictures on A0
    assert "picture" not in _kinds(preflight.run(_ctx(sample_doc, 0.5)))


def test_hairlines_under_a_quarter_point(sample_doc):
    lay = layout(sample_doc.journey)
    a4 = pdf.plan_for(lay, PdfOptions(paper="a4")).scale
    [w] = [w for w in preflight.run(_ctx(sample_doc, a4)) if w.kind == "stroke"]
    assert "emotion guides" in w.sentence and "0.25 pt" in w.sentence
    assert "stroke" not in _kinds(preflight.run(_ctx(sample_doc, 1.0)))


def test_undrawable_characters_name_the_card_and_code_points(tmp_path, monkeypatch):
    doc = make_map(tmp_path / "s.journey", ["Pay with \U0001e900 coins", "Fine text"], stage=1, lane=0)
    monkeypatch.setattr(textmod, "undrawable", lambda s: "".join(ch for ch in s if ord(ch) == 0x1E900),
                        raising=False)
    warnings = [w for w in preflight.run(_ctx(doc, 1.0)) if w.kind == "script"]
    lay = layout(doc.journey)
    stage, lane = " ".join(lay.stages[1].name.lines), " ".join(lay.lanes[0].name.lines)
    assert len(warnings) == 1
    assert "Pay with" in warnings[0].sentence and f"({stage} / {lane})" in warnings[0].sentence
    assert "U+1E900" in warnings[0].sentence
    doc.close()


def test_another_check_is_one_function_appended(sample_doc, monkeypatch):
    extra = lambda ctx: [preflight.Warning("custom", "Something else.")]  # noqa: E731
    monkeypatch.setattr(preflight, "CHECKS", preflight.CHECKS + [extra])
    assert preflight.run(_ctx(sample_doc, 1.0))[-1] == preflight.Warning("custom", "Something else.")


def test_export_and_preview_carry_the_warnings(sample_path, tmp_path):
    from model.document import Document
    with Document.open(sample_path, read_only=True) as doc:
        seen = []
        result = pdf.export_pdf(doc, tmp_path / "a0.pdf", PdfOptions(paper="a0"), check=seen.extend)
        preview = pdf.preview_pdf(doc, PdfOptions(paper="a0"))
    assert _kinds(seen) == ["picture"] and result.warnings == preview.warnings == tuple(seen)


def test_refusing_in_check_writes_nothing(sample_path, tmp_path):
    from model.document import Document
    from model.errors import JourneyError

    def refuse(warnings):
        raise JourneyError("no")
    with Document.open(sample_path, read_only=True) as doc, pytest.raises(JourneyError):
        pdf.export_pdf(doc, tmp_path / "x.pdf", PdfOptions(paper="a4"), check=refuse)
    assert [p.name for p in tmp_path.iterdir()] == ["sample.journey"]
