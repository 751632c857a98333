"""Output of briefing HTML through Qt's text and PDF machinery (QtGui only, never widgets)."""
