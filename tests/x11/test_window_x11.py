"""The map window on a real X server: it shows, and what it draws is there."""


def test_the_map_window_shows_on_x11(wayline_x11, sample_path, qtbot):
    window = wayline_x11.open(sample_path)
    qtbot.waitExposed(window)
    shot = window.grab().toImage()
    assert shot.width() > 400 and shot.height() > 300
    colours = {shot.pixel(x, y) for x in range(0, shot.width(), 37) for y in range(0, shot.height(), 37)}
    assert len(colours) > 20  # a drawn map, not an empty or black window
