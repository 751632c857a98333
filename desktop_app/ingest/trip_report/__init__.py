"""Taiwanese official trip reports (目的 / 過程 / 心得與建議 with a cover table)."""

from desktop_app.ingest.trip_report.parser import parse_trip_report

__all__ = ["parse_trip_report"]
