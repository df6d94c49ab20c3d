"""Pictures brought into a map: upright, downscaled, and refused when not sane."""
import io

import pytest
from PIL import Image

from model import images
from model.errors import JourneyError


def _jpeg(w, h, orientation=None) -> bytes:
    im = Image.new("RGB", (w, h), "red")
    im.paste(Image.new("RGB", (w // 2, h), "blue"), (0, 0))  # left half blue
    out = io.BytesIO()
    exif = Image.Exif()
    if orientation:
        exif[0x0112] = orientation
    im.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_exif_orientation_is_applied():
    pic = images.load_bytes(_jpeg(400, 200, orientation=6))  # "rotate 90° clockwise"
    assert (pic.width, pic.height) == (200, 400)
    im = Image.open(io.BytesIO(pic.data))
    assert im.getpixel((100, 20))[2] > 150  # blue, formerly the left half, is now on top


def test_large_pictures_are_downscaled_keeping_proportions():
    pic = images.load_bytes(_jpeg(4000, 2000))
    assert (pic.width, pic.height) == (images.MAX_SIDE, images.MAX_SIDE // 2)
    assert pic.mime == "image/jpeg"


def test_transparency_is_kept_as_png():
    out = io.BytesIO()
    Image.new("RGBA", (10, 10), (0, 0, 0, 0)).save(out, "PNG")
    assert images.load_bytes(out.getvalue()).mime == "image/png"


def test_not_a_picture_is_refused_with_a_sentence(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("hello")
    with pytest.raises(JourneyError, match="not a picture"):
        images.load_file(f)


def test_truncated_picture_is_refused():
    with pytest.raises(JourneyError):
        images.load_bytes(_jpeg(300, 300)[:200])


def test_decompression_bomb_is_refused():
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, "PNG")  # 100 Mpx, a few kB on disk
    with pytest.raises(JourneyError, match="too many pixels"):
        images.load_bytes(out.getvalue())


def test_missing_file_is_refused(tmp_path):
    with pytest.raises(JourneyError, match="could not be read"):
        images.load_file(tmp_path / "nope.png")


# -- hostile pictures: other formats, and too many pixels before any decoding ------

EPS = b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\n%%EndComments\n{ } loop\n%%EOF\n"
PSD = (b"8BPS\x00\x01" + bytes(6) + b"\x00\x03" + (10).to_bytes(4, "big") * 2 + b"\x00\x08\x00\x03"
       + bytes(14) + bytes(300))


@pytest.mark.parametrize("data", [EPS, PSD], ids=["EPS", "PSD"])
def test_a_picture_in_another_format_is_refused_without_reaching_its_plugin(data, tmp_path, monkeypatch):
    from PIL import EpsImagePlugin, PsdImagePlugin
    reached = []
    for cls in (EpsImagePlugin.EpsImageFile, PsdImagePlugin.PsdImageFile):
        monkeypatch.setattr(cls, "_open", lambda self, cls=cls: reached.append(cls.__name__))
    monkeypatch.setattr(EpsImagePlugin, "Ghostscript", lambda *a, **k: reached.append("Ghostscript"))
    f = tmp_path / "picture.png"  # the name claims PNG; the bytes decide
    f.write_bytes(data)
    with pytest.raises(JourneyError, match="not a picture Wayline can read"):
        images.load_file(f)
    assert reached == []


def _saved(fmt: str, **options) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (10, 10), "red").save(out, fmt, **options)
    return out.getvalue()


def _claiming(fmt: str, w: int, h: int) -> bytes:
    """A small picture whose header claims w x h pixels."""
    import struct
    import zlib
    data = bytearray(_saved(fmt))
    if fmt == "PNG":
        data[16:24] = struct.pack(">II", w, h)
        data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    elif fmt == "JPEG":
        sof = data.index(b"\xff\xc0")
        data[sof + 5:sof + 9] = struct.pack(">HH", h, w)
    elif fmt == "GIF":
        data[6:10] = struct.pack("<HH", w, h)
    elif fmt == "BMP":
        data[18:26] = struct.pack("<ii", w, h)
    elif fmt == "WEBP":
        assert data[12:16] == b"VP8 "
        data[26:30] = struct.pack("<HH", w, h)
    return bytes(data)


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "GIF", "BMP", "WEBP"])
def test_too_many_pixels_are_refused_before_anything_is_decoded(fmt, monkeypatch):
    """7000 x 7000 is over our limit but under twice Pillow's, where Pillow only warns;
    WebP's decoder would allocate its canvas as the file is opened."""
    from PIL import ImageFile, WebPImagePlugin
    decoded = []
    monkeypatch.setattr(ImageFile.ImageFile, "load", lambda self: decoded.append("load"))
    monkeypatch.setattr(WebPImagePlugin._webp, "WebPAnimDecoder", lambda *a: decoded.append("webp"))
    with pytest.raises(JourneyError, match="too many pixels"):
        images.load_bytes(_claiming(fmt, 7000, 7000))
    assert decoded == []


def test_a_large_jpeg_is_decoded_at_a_reduced_scale_on_import(monkeypatch):
    """A 6000 px photo is decoded at 1/2 scale (3000 px), never in full, then kept at MAX_SIDE."""
    im = Image.new("RGB", (6000, 4000), "white")
    out = io.BytesIO()
    im.save(out, "JPEG")
    sizes = []
    monkeypatch.setattr(images, "_normalise", lambda im: sizes.append(im.size))
    images.load_bytes(out.getvalue())
    assert sizes == [(3000, 2000)]
