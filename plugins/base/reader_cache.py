"""When Pelican's own reader cache may be reused: made by the same code and settings.

Pelican keeps each content file's reading in `CACHE_PATH` and reuses it while the
file's modification time is unchanged. It does not know that the reading also depends
on the project's Markdown extensions and plugin code, the `MARKDOWN` settings and the
library versions: after an upgrade, unchanged files would keep their old rendering.
So a digest of those inputs is kept beside the cache, and the cache is dropped when
the digest differs.

Pure: no Pelican imports; settings are read as a plain mapping.
"""

import hashlib
import logging
from collections.abc import Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)
PLUGINS = Path(__file__).resolve().parents[1]
DIGEST_FILE = "readers.digest"
# Pelican's reader caches: `<generator class>-Readers` and `<generator class>` files.
READER_CACHE_SUFFIXES = ("Generator-Readers", "Generator")
LIBRARIES = ("pelican", "markdown", "nh3")
SETTINGS = ("MARKDOWN", "DEFAULT_LANG", "SUMMARY_MAX_LENGTH", "TIMEZONE", "PLUGINS")


def readers_digest(settings: Mapping[str, Any], plugins: Path = PLUGINS) -> str:
    """A digest of what a file's reading depends on besides the file itself."""
    digest = hashlib.sha256()
    for path in sorted(plugins.rglob("*.py")):
        digest.update(str(path.relative_to(plugins)).encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    for library in LIBRARIES:
        digest.update(f"{library}={version(library)}\0".encode())
    for name in SETTINGS:
        digest.update(f"{name}={settings.get(name)!r}\0".encode())
    return digest.hexdigest()


def drop_stale_reader_cache(root: Path, digest: str) -> bool:
    """Delete Pelican's reader cache in `root` unless it was made with `digest`;
    record `digest` for the next build. True when a cache was dropped."""
    marker = root / DIGEST_FILE
    try:
        if marker.read_text(encoding="ascii") == digest:
            return False
    except (OSError, UnicodeDecodeError):
        pass
    dropped = False
    if root.is_dir():
        for path in root.iterdir():
            if path.is_file() and path.name.endswith(READER_CACHE_SUFFIXES):
                path.unlink()
                dropped = True
    root.mkdir(parents=True, exist_ok=True)
    marker.write_text(digest, encoding="ascii")
    return dropped
