"""Calendar of events: month pages, iCalendar feeds and schema.org data."""
