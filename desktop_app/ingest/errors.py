"""The one exception an importer raises for input it will not take; str() is the user's one-line reason."""


class ImportRefused(Exception):
    pass
