"""Offline full-text search over the library (Qt-free).

The window calls `engine.SearchEngine.of(library).search(engine.SearchQuery(...))` (API and snippet marks in
engine.py; query syntax in query.py; what a text becomes, memoized, in plan.py). `indexer.SearchIndexer`
keeps the FTS5 substring index and the postings in step with imports and removals;
`warm_up.preload_in_background()` loads jieba's dictionary and the alias tables early. Importing this
package loads no dictionary: jieba is read on the first index or search.
"""

# How a search orders its hits: best first, or newest documents first (each in reading order). Here, not in
# engine.py, so the command line can offer them without loading NumPy.
ORDERS = ("relevance", "newest")
# The most hits one search returns: a tool pages with several requests (limit and offset), not one huge answer.
MAX_LIMIT = 1000
