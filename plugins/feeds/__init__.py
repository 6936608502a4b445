"""Feeds plugin: RSS 2.0 and Atom feeds per language."""
