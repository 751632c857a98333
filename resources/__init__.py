"""Data tables (economies, topics, dictionaries) shipped with TelRef."""
