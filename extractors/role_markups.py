"""A job description kept in a wiki's or an outliner's markup, made the lines a person would read:
an Emacs Org-mode file (``#+TITLE:``, ``*`` / ``**`` headings, ``TODO`` / ``DONE`` keywords,
``:tags:``) and a MediaWiki page (``== Heading ==``, ``[[links]]``, ``'''bold'''``, an
``{{Infobox …}}`` template, ``[[Category:…]]``) and an AsciiDoc file (``= Title``, ``==
Section``, ``term:: item``, ``:attribute:`` lines), and a gettext PO file (``msgid`` /
``msgstr``: a posting and its translation)."""

from __future__ import annotations

import re
from itertools import pairwise

from extractors.text_asciidoc import is_asciidoc

# -- Org-mode ------------------------------------------------------------------------------

# "#+TITLE: Site Reliability Engineer", "#+AUTHOR: …": the file's settings, one its title.
_ORG_SETTING = re.compile(r"(?im)^#\+([A-Z_]+):[ \t]*(.*)$")
# "* Requirements", "** TODO Strong Go or Python    :required:"
_ORG_HEADLINE = re.compile(
    r"^(\*+)[ \t]+(?:(?:TODO|DONE|NEXT|WAITING|HOLD|CANCELL?ED)[ \t]+)?(?:\[#[A-C]\][ \t]+)?(.*?)"
    r"(?:[ \t]+:[\w@#%:]+:)?[ \t]*$"
)
_ORG_HEADLINES_IN_TEXT = 3
# "#+BEGIN_QUOTE", "#+END_SRC": a block's fences.
_ORG_BLOCK = re.compile(r"(?i)^\s*#\+(?:begin|end)_\w+")


def _org_text(text: str) -> str:
    """Org-mode as lines: the title first, a top headline a heading of its own, a deeper one a
    list item; its ``TODO`` keyword and its tags are the writer's bookkeeping, not its words
    (the heading over it says its standing)."""
    source = text.split("\n")
    headlines = [(at, _ORG_HEADLINE.match(line)) for at, line in enumerate(source)]
    levels = [(at, len(found.group(1))) for at, found in headlines if found]
    # A headline heads the ones under it when the next one is deeper ("** Requirements" over
    # "*** TODO SQL"); a top one always does.
    heads = {at for (at, level), (_, deeper) in pairwise(levels) if deeper > level}
    heads |= {at for at, level in levels if level == 1}
    lines: list[str] = []
    for at, line in enumerate(source):
        setting = _ORG_SETTING.match(line)
        if setting:
            if setting.group(1).upper() == "TITLE":
                lines.append(setting.group(2).strip())
            continue
        if _ORG_BLOCK.match(line):
            continue
        headline = headlines[at][1]
        if headline is None:
            lines.append(line)
        elif at in heads:
            lines += ["", f"## {headline.group(2)}"]
        else:
            lines.append(f"- {headline.group(2)}")
    return "\n".join(lines)


def _is_org(text: str) -> bool:
    headlines = sum(1 for line in text.split("\n") if _ORG_HEADLINE.match(line))
    return headlines >= _ORG_HEADLINES_IN_TEXT and (
        _ORG_SETTING.search(text) is not None
        or re.search(r"(?m)^\*+[ \t]+(?:TODO|DONE)[ \t]", text) is not None
    )


# -- MediaWiki -----------------------------------------------------------------------------

_WIKI_HEADING = re.compile(r"(?m)^[ \t]*(={2,6})[ \t]*([^=\n]+?)[ \t]*\1[ \t]*$")
_WIKI_HEADINGS_IN_TEXT = 2
_WIKI_CATEGORY = re.compile(r"\[\[(?:Category|File|Image):[^\]]*\]\]", re.IGNORECASE)
# "[[Microsoft Intune]]", "[[Service desk|Service Desk]]": the words shown.
_WIKI_LINK = re.compile(r"\[\[(?:[^\]|]*\|)?([^\]|]*)\]\]")
_WIKI_EMPHASIS = re.compile(r"'{2,5}")
_WIKI_LIST_ITEM = re.compile(r"(?m)^[ \t]*[*#:]+[ \t]*(?=\S)")
# A template over lines ("{{Infobox job" / "| title = …" / "}}"): its title field is the
# job's, the rest (place, grade) the page's.
_WIKI_TEMPLATE = re.compile(r"(?s)\{\{[^{}]*\}\}")
_WIKI_TITLE_FIELD = re.compile(r"(?m)^\s*\|\s*(?:title|job_title|position|role)\s*=\s*(.+?)\s*$")


def _wiki_text(text: str) -> str:
    """MediaWiki as lines: headings in Markdown's hashes, links as the words they show,
    categories and templates gone but a job template's title, which leads."""
    titles: list[str] = []

    def template(match: re.Match[str]) -> str:
        title = _WIKI_TITLE_FIELD.search(match.group())
        if title and not titles:
            titles.append(title.group(1))
        return ""

    text = _WIKI_TEMPLATE.sub(template, text)
    text = _WIKI_LIST_ITEM.sub("- ", text)  # "# item", "** item": not Markdown's headings
    text = _WIKI_HEADING.sub(lambda m: f"\n## {m.group(2)}", text)
    text = _WIKI_LINK.sub(r"\1", _WIKI_CATEGORY.sub("", text))
    return "\n".join([*titles, _WIKI_EMPHASIS.sub("", text)])


# -- AsciiDoc -------------------------------------------------------------------------------

# "= Research Software Engineer" (the document's title), "== Essential criteria" (a section,
# with no closing marks, which MediaWiki's have).
_ADOC_TITLE = re.compile(r"^=[ \t]+(\S.*)$")
_ADOC_SECTION = re.compile(r"(?m)^(={2,6})[ \t]+([^=\n]*[^=\s])[ \t]*$")
# ":department: School of Geosciences": the document's attributes, not its words.
_ADOC_ATTRIBUTE = re.compile(r"(?m)^:[\w-]+:.*\n?")
# "Programming:: Python": a labelled list's item.
_ADOC_LABELLED = re.compile(r"(?m)^([^\s:][^:\n]*?):{2,4}[ \t]+(?=\S)")


def _asciidoc_text(text: str) -> str:
    """AsciiDoc as lines: the title first, sections in Markdown's hashes, a labelled list's
    items as items, the attributes gone."""
    lines = text.lstrip("\n").split("\n")
    title = _ADOC_TITLE.match(lines[0])
    assert title is not None
    body = _ADOC_ATTRIBUTE.sub("", "\n".join(lines[1:]))
    body = _ADOC_SECTION.sub(lambda m: f"\n## {m.group(2)}", body)
    body = _ADOC_LABELLED.sub(lambda m: f"- {m.group(1)}: ", body)
    return "\n".join([title.group(1).strip(), body])


# -- gettext PO ----------------------------------------------------------------------------

# 'msgid "Required"' / 'msgstr "Exigé"': a string and its translation; '"…"' continues either.
_PO_ENTRY = re.compile(r'^(msgid|msgstr(?:\[\d+\])?|msgctxt|msgid_plural)[ \t]+"(.*)"[ \t]*$')
_PO_MORE = re.compile(r'^[ \t]*"(.*)"[ \t]*$')
_PO_ENTRIES_IN_TEXT = 2


def _is_po(text: str) -> bool:
    return (
        len(re.findall(r'(?m)^msgid[ \t]+"', text)) >= _PO_ENTRIES_IN_TEXT
        and len(re.findall(r'(?m)^msgstr[ \t]+"', text)) >= _PO_ENTRIES_IN_TEXT
    )


def _po_text(text: str) -> str:
    """A gettext PO file as lines: each source string once; its translation says the same
    again, the comments and the file's header are the translator's."""
    lines: list[str] = []
    keep = False
    for line in text.split("\n"):
        entry = _PO_ENTRY.match(line)
        more = _PO_MORE.match(line)
        if entry:
            keep = entry.group(1) == "msgid"
            if keep and entry.group(2):
                lines.append(entry.group(2))
        elif more and keep:
            lines[-1:] = [(lines[-1] if lines else "") + more.group(1)]
        elif not line.strip():
            keep = False
            lines.append("")
    plain = "\n".join(lines).replace('\\"', '"').replace("\\n", "\n").replace("\\t", " ")
    return re.sub(r"\n{3,}", "\n\n", plain).strip("\n")


def markup_text(text: str) -> str:
    """``text`` made plain when it is Org-mode, MediaWiki or AsciiDoc markup, else ``text``."""
    if "*" in text and _is_org(text):
        return _org_text(text)
    if "msgid" in text and _is_po(text):
        return _po_text(text)
    if text.lstrip("\n").startswith("= ") and is_asciidoc(text.split("\n")):
        return _asciidoc_text(text)
    if "==" in text and len(_WIKI_HEADING.findall(text)) >= _WIKI_HEADINGS_IN_TEXT:
        return _wiki_text(text)
    return text
