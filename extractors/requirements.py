"""Reading a role's requirements: a job description, or ``{"required": [...], "preferred": [...]}``.

The same catalog and skills list the résumé is read with name what the role asks for
(``extractors.role_names`` finds the names in each clause: catalogued credentials and
skills). This module reads the text's layout into clauses and groups their names into
requirements. Headings and the words
of each clause decide required or preferred; "or" between names makes them alternatives of
one requirement, and "or equivalent" after them lets an equivalent credential count.
``tests/roles/README.md`` says how the test corpus was labelled, which is the rule followed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from extractors.catalog import Catalog, load_catalog
from extractors.role_asides import asides
from extractors.role_boxes import boxed_text
from extractors.role_charts import flowchart_text
from extractors.role_clauses import clauses
from extractors.role_context import (
    OWN_MESSAGE,
    REASON_TAIL,
    TAKEN_BACK,
    TRAINS_IT,
    after_the_ad,
    not_a_requirement,
)
from extractors.role_counts import (
    count_before,
    count_heading,
    inline_list,
    list_alternatives,
    nested_list_ends,
)
from extractors.role_files import file_text
from extractors.role_forms import radio_form_text, screening_rules_text, starred_lines_text
from extractors.role_groups import Mention, alternatives
from extractors.role_items import MAX_ROLE_ITEMS, CountedItem, Item, structured_items
from extractors.role_joins import ONE_OF_LIST, OR_EQUIVALENT, also_fine
from extractors.role_json import exported_text, posting_text
from extractors.role_labels import other_label, preferred_lead_in, without_label
from extractors.role_layout import (
    coded_lines,
    defined_verbs,
    footnotes_inline,
    heads_outline,
    hiring_section,
    legend,
    legend_symbol,
    may_wrap_name,
    opens_section,
    other_roles,
    plain_text,
    undecorated,
    unwrapped,
)
from extractors.role_markers import clause_standing, marker_standing
from extractors.role_model import Requirement, RequirementKind, Role, RoleError, Wanted
from extractors.role_names import NameFinder
from extractors.role_questions import answer_standing, asks_about_the_role, says_yes
from extractors.role_records import employer_lines, person_with_letters, title_field
from extractors.role_sources import source_text
from extractors.role_tables import fixed_width_tables, table_rows
from extractors.role_text import (
    BOLD_LINE,
    BULLET,
    EMPHASIS,
    EMPLOYER_NAME,
    EQUIVALENT_CLAUSE,
    LIST_NOT_NEEDED,
    MARKDOWN_HEADING,
    NOT_ASKED_HEADING,
    Standing,
    heading_standing,
    item_heading_standing,
    label_standing,
    says_no_standing,
)
from extractors.role_translations import one_reading

__all__ = [
    "MAX_ROLE_CHARS",
    "MAX_ROLE_ITEMS",
    "Requirement",
    "RequirementKind",
    "Role",
    "RoleError",
    "Wanted",
    "read_role",
]

#: The longest role text read (``role_items`` holds a structured role's limits).
MAX_ROLE_CHARS = 20_000


def read_role(role: str | Mapping[str, Any], *, catalog: Catalog | None = None) -> Role:
    """The requirements of a role given as text or as ``{"required": [...], "preferred": [...]}``.

    Raises ``RoleError`` for anything else, for text over ``MAX_ROLE_CHARS`` and for more
    than ``MAX_ROLE_ITEMS`` items.
    """
    reader = _reader(catalog if catalog is not None else load_catalog())
    if isinstance(role, str):
        if len(role) > MAX_ROLE_CHARS:
            raise RoleError(f"The role is longer than {MAX_ROLE_CHARS} characters.")
        return Role(requirements=_deduplicated(reader.read_text(role)))
    if isinstance(role, Mapping):
        return Role(requirements=_deduplicated(reader.read_items(structured_items(role))))
    raise RoleError('The role must be text or {"required": [...], "preferred": [...]}.')


def _deduplicated(requirements: Sequence[Requirement]) -> tuple[Requirement, ...]:
    """Each requirement once, in first-mention order; required when any mention is."""
    kept: dict[tuple[Any, ...], Requirement] = {}
    for requirement in requirements:
        key: tuple[Any, ...] = (
            frozenset(wanted.key for wanted in requirement.any_of) or requirement.text.casefold(),
            requirement.or_equivalent,
            requirement.at_least,
        )
        before = kept.get(key)
        if before is None:
            kept[key] = requirement
        elif requirement.kind is RequirementKind.REQUIRED:
            kept[key] = before.model_copy(update={"kind": RequirementKind.REQUIRED})
    return tuple(kept.values())


class _Reader:
    """A role's reader over one catalog's names; build once (``_reader``)."""

    def __init__(self, catalog: Catalog) -> None:
        self._names = NameFinder(catalog)

    # -- text ---------------------------------------------------------------------------

    def read_text(self, text: str) -> list[Requirement]:
        found: list[Requirement] = []
        standing = Standing.REQUIRED
        first, in_body = True, False
        text = file_text(text)  # an invite, a raw e-mail, subtitles, a speech log, a tree
        text = boxed_text(text)  # "| Must hold: CAMS, or the ICA Diploma |", a hiring call-out
        text = starred_lines_text(text)  # "the lines marked * are the ones we can't do without"
        # a program's object or YAML; LaTeX, a PDF's split words, JSON, TOML, CSV
        text = exported_text(text) or posting_text(source_text(text))
        # "CFA²" with "² Or an equivalent designation."; '"should" denotes a desirable …'
        text = defined_verbs(footnotes_inline(text))
        text = flowchart_text(text)  # "<Holds CompTIA A+?> --NO--> [Stop: decline]"
        text = radio_form_text(text)  # "( ) Yes  ( ) No   If No, your application cannot …"
        text = screening_rules_text(text)  # "IF … holds CPA OR ACCA THEN … ELSE reject"
        lines = self._names_joined(unwrapped(plain_text(fixed_width_tables(text)).splitlines()))
        tables = table_rows(lines)
        key_lines, symbols = legend(lines)  # a checklist's "✔ = you need it  ✘ = you don't"
        skipped = other_roles(lines)  # an e-mail's other roles ("2) NETWORK ENGINEER")
        skipped |= hiring_section(lines)  # a project README's "## We're hiring" is the role
        # "SKL-NREQ : Six Sigma" under "NREQ = not required"; "SKL-D : X" under "D = desirable"
        not_needed, coded = coded_lines(lines)
        # a podcast host's "Now, back to my conversation …"; a site header's employer name
        skipped |= not_needed | after_the_ad(lines) | employer_lines(lines)
        one_of: int | None = None  # where a list of alternatives began in ``found``
        list_ends = nested_list_ends(text)  # "- Python" after a nested list of alternatives
        needed = 1  # how many of that list's items it needs ("at least two of the following")
        in_list = 0  # and how many items it lists, named by the catalog or not
        read_line, read_from = -2, 0  # the last line read as prose or an item, and its first
        back, gap, item = None, False, False  # a "not asked" list's standing before; a blank after
        for number, raw in enumerate(lines):
            if number in skipped:
                continue
            row = tables.get(number)
            if one_of is not None and (
                (raw.strip() and (row is not None or not BULLET.match(raw)))
                or any(raw.strip().startswith(end) for end in list_ends)
            ):
                found[one_of:] = list_alternatives(found[one_of:], needed, in_list)
                one_of, read_line = None, -2
            in_list += one_of is not None and BULLET.match(raw) is not None
            # "Certifications (at least one of the following)" over a bulleted list
            counted = count_heading(raw) if row is None else None
            heads_one_of = row is None and (ONE_OF_LIST.search(raw) or counted is not None)
            if heads_one_of and not self._names.mentions(raw, structured=False):
                one_of, needed, in_list = len(found), counted or 1, 0
            if row is not None:
                for cell, cell_standing in row.cells if standing is not Standing.IGNORED else ():
                    found.extend(self._read_line(cell, cell_standing or row.standing or standing))
                first = False
                continue
            line = undecorated(EMPHASIS.sub("", raw))
            if not line.strip() or OWN_MESSAGE.match(line):
                gap = gap or (back is not None and not line.strip() and item)
                continue
            symbol = legend_symbol(raw, symbols) if symbols else None
            if number in key_lines:
                continue
            if number in coded:  # a record's coded line, its standing from the key
                found.extend(self._read_line(line.split(":", 1)[1], coded[number]))
                first = False
                continue
            if symbol is not None:  # a checklist's line says its own standing by its symbol
                found.extend(self._read_line(line, symbol))
                first = False
                continue
            # An employer's name above the title ("Acme Analytics Ltd") is not the title.
            if first and EMPLOYER_NAME.search(line.strip()):
                continue
            # An emoji before a line naming something is its bullet ("✔️ Python").
            decorated = line != EMPHASIS.sub("", raw)
            bullet = BULLET.match(line)
            heading = MARKDOWN_HEADING.match(line)
            # A heading's own symbol after its hashes ("## ▸ Interview loop") is decoration.
            content = (
                undecorated(line[heading.end() :])
                if heading
                else line[bullet.end() :]
                if bullet
                else line
            )
            # "What I don't care about" heads its list: prose after the list, set off by a
            # blank line, is back under the heading before it.
            if back is not None and gap and not (bullet or heading):
                standing, back = back, None
            gap, item, line_standing = False, bool(bullet), standing
            if bullet:
                new = item_heading_standing(
                    content,
                    numbered=bullet.group().strip()[:1].isdigit(),
                    outline=heads_outline(lines, number),
                )
                # A topic's sub-heading ("- Tools:") keeps a preferred section preferred;
                # after the company's or the benefits' part it opens the requirements.
                if new is not None and standing is Standing.PREFERRED and says_no_standing(content):
                    new = standing
            else:
                # A line set wholly in bold heads what follows, whatever its case ("**bonus
                # points**" in a chat post), as one ending in a colon does.
                bold = BOLD_LINE.match(raw) is not None and not content.rstrip().endswith(":")
                new = heading_standing(content + ":" if bold else content, standing)
            # "At least two of the following:" heads alternatives, not a section: under
            # "Nice to have" they stay preferred.
            if heads_one_of and new is not None and says_no_standing(content):
                new = standing
            if new is not None and not without_label(content)[1]:
                mentioned = bool(self._names.mentions(content, structured=False))
                # A short line naming a skill among the requirements is one of them; before
                # the first heading, only the first line (the job's title) is: the others
                # name the employer and the place.
                listed = bullet or (decorated and not first)
                if not (heading or bullet or mentioned or opens_section(content, lines, number)):
                    # One more of a list's unbulleted lines, naming nothing.
                    in_body = True
                    if not first:
                        continue
                # A benefits' or an application's heading is one though its words name a
                # skill ("Total rewards", an alias of Compensation and Benefits).
                elif (
                    heading
                    or not mentioned
                    or (not in_body and not listed)
                    or new is Standing.IGNORED
                ):
                    if (first or title_field(content)) and mentioned:  # "Job title: …"
                        # The job's title names the job: its words ("- uncapped bonus",
                        # "(optional remote)") say nothing of standing.
                        found.extend(
                            each.model_copy(update={"kind": RequirementKind.REQUIRED})
                            for each in self._read_line(content, Standing.REQUIRED)
                        )
                        first = False
                        continue
                    back = standing if NOT_ASKED_HEADING.match(content.rstrip(":")) else None
                    standing = line_standing = new
                    in_body = in_body or not mentioned or bool(heading)
                    if not first:
                        continue
            # "These improve a candidate; none is required.": a sentence naming nothing says
            # the list it stands over is wanted, not needed.
            if (
                not (first or bullet or heading)
                and standing is Standing.REQUIRED
                and LIST_NOT_NEEDED.search(content)
                and not self._names.mentions(content, structured=False)
            ):
                standing = Standing.PREFERRED
                continue
            first = False
            answer = next((later for later in lines[number + 1 :] if later.strip()), "")
            read = self._read_line(content, line_standing, answer)
            # A line under the one before may be its translation (role_translations).
            pair = read_line == number - 1 and not (bullet or heading)
            once = one_reading(found[read_from:], read) if pair else None
            read_from = read_from if once is not None else len(found)
            found[read_from:] = once if once is not None else read
            read_line = number if read and once is None else -2
        if one_of is not None:
            found[one_of:] = list_alternatives(found[one_of:], needed, in_list)
        return found

    def _names_joined(self, lines: list[str]) -> list[str]:
        """Lines with a name wrapped over two of them joined ("AWS Certified Solutions" /
        "Architect – Associate" among unbulleted lines): joined, they name something that
        runs over the join."""
        joined: list[str] = []
        for line in lines:
            if joined and may_wrap_name(joined[-1], line):
                cut = len(joined[-1].rstrip())
                text = f"{joined[-1][:cut]} {line.strip()}"
                if any(m.start < cut < m.end for m in self._names.mentions(text, structured=False)):
                    joined[-1] = text
                    continue
            joined.append(line)
        return joined

    def _read_line(
        self, content: str, line_standing: Standing, answer: str = ""
    ) -> list[Requirement]:
        """One line's requirements, clause by clause; a clause that only says "Nice to have."
        or "Required." decides the clause before it ("Do you hold CCSP? Nice to have.").
        A question about the role ("And CISSP?") names what its answer, the next clause or
        the ``answer`` line under it, says is wanted (role_questions)."""
        person = person_with_letters(content)  # an org chart's "Aisha Khan, ACCA, CPA"
        if person is not None and not self._names.mentions(person, structured=False):
            return []
        found: list[Requirement] = []
        before: list[int] = []
        given = line_standing  # the standing the line is under, before its inline labels
        asked: int | None = None  # where a question's names begin in ``found``
        for clause in clauses(content):
            if asked is not None:
                said = answer_standing(clause)
                _answered(found, asked, said, says_yes(clause))
                asked = None
                if said is not None:
                    before = []
                    continue
            clause_text, label = without_label(clause)
            clause_text = REASON_TAIL.sub("", clause_text)
            taken_back = TAKEN_BACK.search(clause_text)
            if taken_back:
                if before and not re.search(r"\w", clause_text[: taken_back.start()]):
                    del found[before[0] :]  # "CCNA. Scratch that."
                clause_text = clause_text[taken_back.end() :]
            said = label_standing(label, line_standing) if label else line_standing
            # A topic's label ("Tools: Terraform") keeps the standing it is under: the line's,
            # not an inline label's before it ("Recommendation: CISSP. Competencies: …").
            # "Competencies: Risk …" after "Recommendation: CISSP." goes back to the line's
            other = (label is None and said is not given) and other_label(
                clause, self._names.mentions(clause, structured=False)
            )
            if other or (said is Standing.REQUIRED and label and says_no_standing(label)):
                said = given
            # "(c) the following be desirable criteria: A; B; C": the items after it too
            line_standing = Standing.PREFERRED if preferred_lead_in(clause, label) else said
            if line_standing is Standing.IGNORED or not_a_requirement(clause_text):
                # "Ticketing is ServiceNow; we train it in week one.": what the clause
                # before named is taught, not asked for.
                if before and TRAINS_IT.match(clause_text):
                    del found[before[0] :]
                before = []
                continue
            start = len(found)
            for part, own_words in asides(clause_text):
                words = own_words or part
                standing_here = clause_standing(words, line_standing, own_tag=own_words is not None)
                kind = RequirementKind(standing_here.value)
                found.extend(self._requirements(part, kind, structured=False))
            if len(found) == start and label and says_no_standing(label):
                # "Communication skills: clear and patient with customers": the label is the
                # requirement when what it explains names nothing.
                kind = RequirementKind(line_standing.value)
                found.extend(self._requirements(label, kind, structured=False))
            if len(found) > start:
                before = list(range(start, len(found)))
                asked = start if asks_about_the_role(clause_text) else None
                continue
            marked = marker_standing(clause_text)
            update: dict[str, Any] = {}
            if marked is not None:
                update["kind"] = RequirementKind(marked.value)
            elif EQUIVALENT_CLAUSE.match(clause_text):
                update["or_equivalent"] = True
            for index in before if update else []:
                found[index] = found[index].model_copy(update=update)
            before = []
        if asked is not None:
            said = answer_standing(answer) if answer else None
            _answered(found, asked, said, bool(answer) and says_yes(answer))
        return found

    def read_items(self, items: Sequence[tuple[RequirementKind, Item]]) -> list[Requirement]:
        found: list[Requirement] = []
        for kind, item in items:
            if isinstance(item, CountedItem):
                found.append(self._counted_item(item, kind))
                continue
            read = self._requirements(item, kind, structured=True)
            if len(read) == 1:
                # The item as the recruiter wrote it ("Microsoft Sentinel or Splunk"), not
                # only the part the catalog knows.
                read = [read[0].model_copy(update={"text": item})]
            found.extend(read or [Requirement(text=item, kind=kind)])
        return found

    def _counted_item(self, item: CountedItem, kind: RequirementKind) -> Requirement:
        """``{"at_least": 2, "any_of": [...]}``: one requirement of the names' alternatives;
        a name the catalog does not know still counts among those named."""
        read = [self._requirements(name, kind, structured=True) for name in item.any_of]
        any_of = tuple({w.key: w for each in read for one in each for w in one.any_of}.values())
        unknown = sum(not any(one.any_of for one in each) for each in read)
        return Requirement(
            text=f"at least {item.at_least} of: {', '.join(item.any_of)}"
            if item.at_least > 1
            else " or ".join(item.any_of),
            kind=kind,
            any_of=any_of,
            or_equivalent=any(one.or_equivalent for each in read for one in each),
            at_least=item.at_least,
            named=len(any_of) + unknown if unknown and item.at_least > 1 else None,
        )

    # -- one clause -----------------------------------------------------------------------

    def _requirements(self, text: str, kind: RequirementKind, *, structured: bool) -> list[Any]:
        text = also_fine(text)  # "PMP (PRINCE2 Practitioner is fine too)"
        mentions = self._names.mentions(text, structured=structured)
        requirements: list[Requirement] = []
        for group, named in _counted_lists(text, alternatives(text, mentions)):
            first, last = group[0], group[-1]
            tail = OR_EQUIVALENT.match(text[last.end :])
            # "project management (PMP, PRINCE2 or equivalent)": the tail is the examples'
            if tail and any(last.end <= m.start < last.end + tail.end() for m in mentions):
                tail = None
            end = last.end + tail.end() if tail else last.end
            # "CompTIA A+ or similar, or a couple of years on a help desk"
            equivalent = tail is not None or any(
                OR_EQUIVALENT.match(text[one.end : other.start]) for one, other in pairwise(group)
            )
            written = text[first.start : end].strip(" ,;")
            if written.count("(") > written.count(")") and text[end : end + 1] == ")":
                written += ")"
            wanted = tuple({each.wanted.key: each.wanted for each in group}.values())
            needed = count_before(text[: first.start]) or 1
            requirements.append(
                Requirement(
                    text=f"at least {needed} of: {written}" if needed > 1 else written,
                    kind=kind,
                    any_of=wanted,
                    or_equivalent=equivalent,
                    at_least=needed,
                    named=named if needed > 1 and named > len(wanted) else None,
                )
            )
        return requirements


def _answered(
    found: list[Requirement], asked: int, said: Standing | None, yes: bool = False
) -> None:
    """The names a question about the role asked for (``found[asked:]``), as its answer
    says: required or preferred, as the question had them after a bare yes ("Is CISSP
    needed?" / "Yes."), or nothing when it says no or nothing of them."""
    if said is None and yes:
        return
    if said is None or said is Standing.IGNORED:
        del found[asked:]
        return
    found[asked:] = [
        each.model_copy(update={"kind": RequirementKind(said.value)}) for each in found[asked:]
    ]


def _counted_lists(text: str, groups: list[list[Mention]]) -> list[tuple[list[Mention], int]]:
    """Each group with how many items its list names; an inline counted list ("any two of
    CISSP, a vendor's own exam or CISM") is one group to its end, its items counted whether
    the catalog knows them or not."""
    counted: list[tuple[list[Mention], int]] = []
    end = -1
    for group in groups:
        if counted and group[0].start < end:
            counted[-1][0].extend(group)
            continue
        named = len(group)
        if (count_before(text[: group[0].start]) or 1) > 1:
            end, named = inline_list(text, group[0].start)
        counted.append((list(group), named))
    return counted


_READERS: dict[int, tuple[Catalog, _Reader]] = {}


def _reader(catalog: Catalog) -> _Reader:
    """The reader for this catalog, built once per process (the catalog is kept with it, so
    its id stays its own)."""
    held = _READERS.get(id(catalog))
    if held is None:
        held = _READERS[id(catalog)] = (catalog, _Reader(catalog))
    return held[1]
