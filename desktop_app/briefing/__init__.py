"""Briefing pages: content and HTML for economies, meetings and topics (Qt-free)."""
