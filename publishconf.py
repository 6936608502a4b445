"""Production settings: the development settings with the public address.

`make publish` builds with this file. Set SITEURL to the address the site is
served at; every canonical link, feed, sitemap and share link uses it.
"""

import os
import runpy
from pathlib import Path

_development = runpy.run_path(str(Path(__file__).resolve().parent / "pelican.conf.py"))
globals().update({key: value for key, value in _development.items() if key.isupper()})

SITEURL = os.environ.get("SITEURL", "https://www.example.org")
# Production builds start from a clean cache so a settings change never mixes in.
LOAD_CONTENT_CACHE = False
