"""Offline full-text search over the library (Qt-free)."""
