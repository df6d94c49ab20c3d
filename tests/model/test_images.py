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
