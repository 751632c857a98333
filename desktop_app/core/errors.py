"""Errors the core reports to people; kept free of heavy imports so entry points can catch them cheaply."""


class LibraryError(Exception):
    """A library file TelRef cannot open; str() is a one-line reason for the user."""
