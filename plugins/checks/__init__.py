"""Editors' safety net: check Markdown content and sanitise rendered HTML."""
