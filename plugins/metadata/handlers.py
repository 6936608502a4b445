"""Thin receivers: read the build's SiteState, call the core, hand back."""

from plugins.base.settings import Declaration

from .core import OpenGraph, alternate_locales, og_locale, page_type, robots_txt
from .settings import DECLARATION, icon_source


def declare_settings(sender) -> Declaration:
    """`settings_declarations` receiver: the METADATA_ options, validated at start."""
    return DECLARATION


def open_graph(state, language, spec) -> dict:
    """`page_context` receiver: the page's link-preview data."""
    others = [
        other.locale
        for other in state.languages
        if other != language and spec.same_page_in(other)[1]
    ]
    item = spec.item
    image = state.address.absolute(item.image) if item and item.image else ""
    graph = OpenGraph(
        type=page_type(item.kind if item else None),
        url=state.address.absolute(spec.path),
        site_name=state.site_info.get(language.code, {}).get("name", ""),
        locale=og_locale(language.locale),
        alternate_locales=alternate_locales(language.locale, others),
        image=image,
        card="summary_large_image" if image else "summary",
    )
    return {"open_graph": graph}


def site_files(state, changed=None, quick=False):
    """`site_files` receiver: robots.txt and /favicon.ico at the site root."""
    if changed is not None:
        return []
    favicon = icon_source(state.pelican_settings | dict(state.settings))
    return [
        ("robots.txt", robots_txt(state.address.absolute("sitemap.xml"))),
        ("favicon.ico", favicon.read_bytes()),
    ]
