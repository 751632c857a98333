"""TelRef: an offline reference browser for telecom-policy meeting records."""

__version__ = "0.1.0"
