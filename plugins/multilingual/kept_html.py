"""Item HTML kept between builds: sanitised and rewritten bodies, Latin text.

Building the registry passes every item's HTML through both sanitising walls
(plugins/base/sanitize.py), every item_html rewrite (phone links, responsive pictures,
document labels) and, for the Serbian Latin copies, transliteration: a quarter of
a `make html` after one edit at N=1000. Each result depends only on the HTML Pelican
gave, the language, and inputs the whole build shares: plugin code, library versions,
settings, catalogs, and what each rewrite declares it reads (hooks.rewrites_from).
So a result is kept under a digest of its HTML and language, in one cache file per
set of shared inputs, and the next build makes only what it has not seen.

A rewrite that declares nothing turns keeping off (its inputs are unknown). The kept
HTML goes into pages as it is, so the file is read only when the user who builds
owns it and nobody else may write it (base.cache.Store's `owned`).
"""

import hashlib
from collections.abc import Callable, Mapping
from importlib.metadata import version
from pathlib import Path
from typing import Any

from plugins.base.cache import Store

from . import fingerprints, hooks

NAMESPACE = "item-html"
KEEP = 2  # files of other shared inputs kept, such as the devserver's drafts
# Libraries whose output the kept HTML holds: Markdown and Pelican made the input,
# but a new version changes it, which the digest of the input already sees.
LIBRARIES = ("nh3", "lxml", "phonenumbers")
PLUGINS = Path(__file__).resolve().parents[1]


def shared_inputs(settings: Mapping[str, Any], catalogs: Path, rewrites: str) -> str:
    """A digest of what every item's kept HTML depends on besides its own HTML."""
    parts = [
        fingerprints.files_digest([PLUGINS], {".py"}),
        fingerprints.files_digest([catalogs], {".po"}),
        fingerprints.settings_digest(settings),
        *(f"{library}={version(library)}" for library in LIBRARIES),
        rewrites,
    ]
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


class KeptHtml:
    """The HTML one build made or found kept, by the digest of what made it."""

    def __init__(self, store: Store | None = None, inputs: str = ""):
        self.store, self.inputs = store, inputs
        kept = store.read(inputs, dict[str, str]) if store is not None else None
        self.kept: dict[str, str] = kept or {}
        self.used: dict[str, str] = {}
        self.made = 0  # results not found kept

    @classmethod
    def for_build(
        cls, settings: Mapping[str, Any], catalogs: Path, rewrite: Callable
    ) -> "KeptHtml":
        """The kept HTML of a build whose item_html rewrite is `rewrite`; nothing is
        kept when caching is off or the rewrite does not declare its inputs."""
        declared = getattr(rewrite, hooks.REWRITES_FROM, None)
        if declared is None:
            return cls()
        store = Store.in_cache(settings, NAMESPACE, keep=KEEP, owned=True)
        if not store.on:
            return cls()
        return cls(store, shared_inputs(settings, catalogs, declared))

    def html(self, source: str, scope: str, make: Callable[[str], str]) -> str:
        """`make(source)`, kept for `scope` (the language and what is done)."""
        key = hashlib.blake2b(f"{scope}\0{source}".encode(), digest_size=16).hexdigest()
        made = self.used.get(key)
        if made is None:
            made = self.kept.get(key)
            if made is None:
                made = make(source)
                self.made += 1
            self.used[key] = made
        return made

    def maker(self, scope: str, make: Callable[[str], str]) -> Callable[[str], str]:
        """`make` as a function of the source alone, kept for `scope`."""
        if self.store is None:
            return make
        return lambda source: self.html(source, scope, make)

    def save(self) -> None:
        """Keep what this build used, when it differs from what was kept."""
        if self.store is not None and (self.made or len(self.used) != len(self.kept)):
            self.store.write(self.inputs, self.used)


NOTHING_KEPT = KeptHtml()  # the default of callers given no kept HTML
