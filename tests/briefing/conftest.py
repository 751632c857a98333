from brief_drafts import drafted_library  # noqa: F401  (shared with tests/render)
from tests.briefing.tel69_reports import tel69_library  # noqa: F401  (one meeting, three reports)
