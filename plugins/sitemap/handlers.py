"""Collect every indexable page the multilingual plugin wrote into sitemap.xml."""

from .core import SitemapEntry, sitemap_xml


def entries_for(state) -> list[SitemapEntry]:
    """One entry per indexable page, with the same page in every other language."""
    entries = []
    for language in state.languages:
        for spec in state.pages.get(language.code, []):
            if not spec.indexable:
                continue
            alternates = []
            for other in state.languages:
                path, available = spec.same_page_in(other)
                if available:
                    alternates.append((other.code, state.address.absolute(path)))
            updated = spec.item.updated if spec.item else None
            entries.append(
                SitemapEntry(
                    loc=state.address.absolute(spec.path),
                    alternates=tuple(alternates),
                    lastmod=updated.date() if updated else None,
                )
            )
    return entries


def write_sitemap(state, changed=None, quick=False):
    """The multilingual plugin's site_files receiver: sitemap.xml at the root.

    A quick rebuild (`changed` given) changes no address, language or date: the
    sitemap stays as it is.
    """
    if changed is not None:
        return []
    return [("sitemap.xml", sitemap_xml(entries_for(state)))]
