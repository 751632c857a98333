from brief_drafts import drafted_library  # noqa: F401  (shared with tests/briefing)
