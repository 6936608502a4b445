"""Phone numbers as `tel:` links, the urgent-help block and the organisation's data.

Pure: no Pelican. Numbers are found as plugins/base/phones.py reads them, in the
language's country, and linked in E.164 form; what the reader sees stays as the
editor wrote it.
"""

import html
import re
from dataclasses import dataclass

from plugins.base.phones import numbers_in, tel_href

# Start tags, end tags and comments of sanitised HTML (attribute values quoted).
TAG = re.compile(r"""(<(?:[^>"']|"[^"]*"|'[^']*')*>)""")
TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
DIGIT = re.compile(r"\d")  # a text without one holds no phone number
# Elements whose text is never linked: links already, code, and machine-read times.
NOT_LINKED = frozenset({"a", "code", "pre", "kbd", "samp", "time", "script", "style"})
HELP_KEYS = ("service", "phone", "hours", "text")


def phone_link(shown: str, href: str) -> str:
    """An `<a href="tel:…">` around text that is already HTML-escaped."""
    return f'<a href="{html.escape(href)}" class="tel">{shown}</a>'


def link_phones_in_text(text: str, region: str) -> str:
    """Plain text as HTML, each valid phone number in it a `tel:` link."""
    parts, start = [], 0
    for found in numbers_in(text, region):
        parts.append(html.escape(text[start : found.start], quote=False))
        shown = html.escape(found.written, quote=False)
        parts.append(phone_link(shown, "tel:" + found.e164))
        start = found.end
    parts.append(html.escape(text[start:], quote=False))
    return "".join(parts)


def link_phones_in_html(fragment: str, region: str) -> str:
    """Sanitised HTML with the phone numbers of its text linked, never inside a
    link, code or `<time>`; text without a number is left byte for byte."""
    pieces = TAG.split(fragment)
    skipped = 0
    for index, piece in enumerate(pieces):
        if index % 2:
            skipped = max(0, skipped + tag_depth_change(piece))
        elif not skipped and DIGIT.search(piece):
            linked = link_phones_in_text(html.unescape(piece), region)
            if "<a " in linked:
                pieces[index] = linked
    return "".join(pieces)


def tag_depth_change(tag: str) -> int:
    """+1 for a start tag of an element whose text is not linked, -1 for its end."""
    name = TAG_NAME.match(tag)
    if name is None or name.group(1).lower() not in NOT_LINKED:
        return 0
    if tag.startswith("</"):
        return -1
    return 0 if tag.endswith("/>") else 1


@dataclass(frozen=True)
class UrgentHelp:
    """The helpline a language site shows on every page."""

    service: str
    phone: str
    tel: str  # the phone's tel: address
    hours: str = ""
    text: str = ""


def urgent_help(values: dict, region: str) -> UrgentHelp | None:
    """The urgent-help block of one language from its settings, None without any."""
    if not values:
        return None
    phone = values.get("phone", "")
    return UrgentHelp(
        service=values.get("service", ""),
        phone=phone,
        tel=tel_href(phone, region) or "",
        hours=values.get("hours", ""),
        text=values.get("text", ""),
    )


def organization_jsonld(
    site: dict, url: str, region: str, logo: str = "", helpline=None
) -> dict:
    """The publisher as a schema.org GovernmentOrganization, from site information;
    the urgent-help line (an UrgentHelp) is a second contact point."""
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": site.get("publisher") or site.get("name", ""),
        "url": url,
    }
    if site.get("address"):
        data["address"] = site["address"]
    if logo:
        data["logo"] = logo
    point = {"@type": "ContactPoint", "contactType": "customer service"}
    if site.get("phone"):
        point["telephone"] = e164(site["phone"], region)
    if site.get("email"):
        point["email"] = site["email"]
    points = [point] if len(point) > 2 else []
    if helpline is not None and helpline.tel:
        points.append(
            {
                "@type": "ContactPoint",
                "contactType": "helpline",
                "name": helpline.service,
                "telephone": helpline.tel[len("tel:") :],
            }
        )
    if points:
        data["contactPoint"] = points
    return data


def e164(number: str, region: str) -> str:
    """The number in E.164 form, or as written when it is not a valid number."""
    href = tel_href(number, region)
    return href[len("tel:") :] if href else number
