"""Which importer read a document: a number raised whenever what it extracts from the same file changes.

A library keeps what an older TelRef read from its files; the welcome page names the documents an older
importer read, so a reader knows to import those files again (the import summary then reads them again with
this one: `telref import --refresh`). Documents imported before the number was kept have none, and count as
read by an older importer.
"""

IMPORTER_VERSION = 3  # 3: meeting facts in the body, day-by-day schedules, update lists by their items, news bylines
# 2: 2026-11-30, one update per economy and session, captions out of updates, records' items
