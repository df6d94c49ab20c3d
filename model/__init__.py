"""Wayline's journey model: entities, the `.journey` file, model operations,
validation, templates and the pure layout. Pure Python: never imports Qt."""
