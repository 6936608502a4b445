"""The state of one build that every plugin reads: registry, languages, addresses."""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from plugins.base.languages import Language
from plugins.base.urls import SiteAddress

from .registry import Registry


@dataclass
class SiteState:
    """Made fresh by the multilingual generator for each build."""

    registry: Registry
    address: SiteAddress
    # Every plugin's declared settings (plugins.base.settings), validated when
    # Pelican started, defaults filled in: read-only, one mapping per build.
    settings: Mapping[str, object]
    pelican_settings: dict
    site_info: dict[str, dict]
    today: date
    # Interface translations per language code (babel.support.Translations), loaded
    # once per build: plugins take feed titles and labels from here too.
    catalogs: dict = field(default_factory=dict)
    # Language code -> PageSpecs (session.PagePlans: planned when first asked for).
    pages: Mapping[str, list] = field(default_factory=dict)

    @property
    def languages(self) -> list[Language]:
        """The site languages in switcher order."""
        return self.registry.languages
