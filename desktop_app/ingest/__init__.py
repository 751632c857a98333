"""Import pipeline: readers -> reflow -> outline -> document parsers."""
