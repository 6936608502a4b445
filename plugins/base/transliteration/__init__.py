"""Serbian Latin site from the Cyrillic one: transliteration of text, slugs and HTML."""
