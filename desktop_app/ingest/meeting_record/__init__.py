"""English meeting records: an APEC forum's summary report (2023/TEL67/SUMMARY), read into a meeting with its
sessions, economy updates, people and decisions, as a trip report is."""

from desktop_app.ingest.meeting_record.parser import parse_meeting_record
from desktop_app.ingest.meeting_record.recognise import is_meeting_record

__all__ = ["is_meeting_record", "parse_meeting_record"]
