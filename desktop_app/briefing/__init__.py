"""Briefing pages: content and HTML for economies, meetings and topics (Qt-free).

`build.py` makes a Brief from what the reader asked for; `html.py` writes it; desktop_app.render prints it.
"""
