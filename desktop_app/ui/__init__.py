"""The desktop window (PySide6). Depends on the Qt-free layers, never the reverse."""
