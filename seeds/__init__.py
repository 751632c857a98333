"""The two sample documents every new library starts with."""
