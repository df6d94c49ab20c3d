"""The map canvas: drawing (`paint`), fonts, scene items, the view and gestures."""
