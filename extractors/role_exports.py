"""A job ad kept as data in a program or an export, read as fields: a JavaScript or TypeScript
object literal (``export const role = { title: "…", mustHave: [ … ], niceToHave: [ … ] }``) and
a requisition exported as simple YAML (``key: value``, ``key:`` over ``- item`` lines, a list
of ``- name: … / priority: …`` entries, a folded ``description: >``) and one kept as SQL
``INSERT`` statements (a table's rows by its columns). Each is given back as a
mapping for ``extractors.role_json`` to write out under headings, as it writes a TOML one;
entries with a priority are grouped by it ("must", "nice"), and those whose priority says not
needed ("none") are left out."""

from __future__ import annotations

import json
import re
from typing import Any

# -- an object literal in code --------------------------------------------------------------

_OBJECT_START = re.compile(
    r"(?m)^\s*(?:export\s+)?(?:(?:const|let|var)\s+[\w$]+\s*(?::\s*[\w$<>\[\]., ]+)?\s*=|export"
    r"\s+default|module\.exports\s*=)\s*\{"
)
_LINE_COMMENT = re.compile(r'(?m)^\s*//.*$|(?<=[,\[{(])\s*//[^"\'\n]*$')
_BARE_KEY = re.compile(r"(?m)(^|[{,])(\s*)([A-Za-z_$][\w$]*)\s*:")
_SINGLE_QUOTED = re.compile(r"'((?:[^'\\\n]|\\.)*)'")
_TRAILING_COMMA = re.compile(r",(\s*[}\]])")


def code_object(text: str) -> dict[str, Any] | None:
    """The object a JavaScript or TypeScript file assigns or exports, or None."""
    start = _OBJECT_START.search(text)
    if start is None:
        return None
    body = text[start.end() - 1 : text.rfind("}") + 1]
    body = _LINE_COMMENT.sub("", body)
    body = _SINGLE_QUOTED.sub(lambda m: json.dumps(m.group(1)), body)
    body = _BARE_KEY.sub(r'\1\2"\3":', body)
    body = _TRAILING_COMMA.sub(r"\1", body)
    try:
        value = json.loads(body)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


# -- simple YAML ----------------------------------------------------------------------------

_YAML_KEY = re.compile(r"^([A-Za-z_][\w-]*):(?:[ \t]+(.*?))?[ \t]*$")
_YAML_ITEM = re.compile(r"^-[ \t]+(.*)$")
_YAML_COMMENT = re.compile(r"(?:^|[ \t]+)#.*$")
_YAML_KEYS_IN_TEXT = 3
_YAML_SIGN = re.compile(
    r"(?m)^[a-z]+_[a-z_]+:|^\s*-[ \t]+[a-z_]+:[ \t]|^[\w-]+:[ \t]+[>|][-+]?[ \t]*$"
)
# The fields of an entry that hold its name and its standing.
_NAME_FIELDS = ("name", "skill", "item", "requirement", "title", "value", "text")
_NOTE_FIELDS = ("note", "notes", "comment")
_STANDING_FIELDS = ("priority", "level", "importance", "standing", "kind", "type", "required")
_TRUE = ("true", "yes", "y", "1")
_HIGH = ("high", "critical", "p1", "p0", "top")
_LOW = ("low", "medium", "p2", "p3", "optional")
# A requisition's "MUST" / "WANT" pair (a decision's musts and wants), MoSCoW's middle words.
_WANTED = ("want", "wants", "wanted", "nice", "should", "could")
# A standing that asks for nothing: "none", "no", "n/a", "not needed", "false".
_NO_STANDING = re.compile(r"(?i)^(?:none|no|n/?a|not[\s_-]\w+|false|never|excluded?)$")


def _scalar(value: str) -> str:
    value = _YAML_COMMENT.sub("", value).strip()
    if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1]
    return value


def _block(lines: list[str]) -> Any:
    """A top key's indented block: folded text, a list of scalars or a list of entries."""
    stripped = [line.strip() for line in lines if line.strip() and not line.strip().startswith("#")]
    if not stripped or not _YAML_ITEM.match(stripped[0]):
        return " ".join(stripped)
    items: list[Any] = []
    for line in stripped:
        item = _YAML_ITEM.match(line)
        field = _YAML_KEY.match(item.group(1) if item else line)
        if item and not field:
            items.append(_scalar(item.group(1)))
        elif field and (item or not items or not isinstance(items[-1], dict)):
            items.append({field.group(1): _scalar(field.group(2) or "")})
        elif field:
            items[-1][field.group(1)] = _scalar(field.group(2) or "")
    return grouped(items)


def grouped(items: list[Any]) -> Any:
    """Entries with a name and a standing as ``{standing: [names]}``; others as they are."""
    if not items or not all(isinstance(item, dict) for item in items):
        return items
    groups: dict[str, list[str]] = {}
    for item in items:
        name = next((item[key] for key in _NAME_FIELDS if item.get(key)), None)
        field = next((key for key in _STANDING_FIELDS if item.get(key)), None)
        if not isinstance(name, str) or field is None:
            return items
        standing = _standing_word(field, str(item[field]))
        # an entry's note is read after its name ("CKA" with "or equivalent experience")
        note = next((item[key] for key in _NOTE_FIELDS if isinstance(item.get(key), str)), "")
        if standing is not None:
            groups.setdefault(standing, []).append(f"{name} ({note})" if note.strip() else name)
    return groups


def _standing_word(field: str, value: str) -> str | None:
    """An entry's standing as a heading's word: "required: true" is "Required", "required:
    false" "Preferred"; a priority's "high" / "low" "Required" / "Preferred"; one that asks for
    nothing ("none") None; others as written ("must", "nice")."""
    word = value.strip().casefold()
    if field in ("required", "mandatory"):
        return "Required" if word in _TRUE else "Preferred"
    if _NO_STANDING.match(word):
        return None
    if word in _HIGH:
        return "Required"
    if word in _LOW or word in _WANTED:
        return "Preferred"
    return word  # ("MUST" and "must" are one group)


def yaml_document(text: str) -> dict[str, Any] | None:
    """A requisition in simple YAML as a mapping of its top keys, or None when ``text`` does
    not read as one (fewer than three top keys, or a line that is neither key, block nor
    comment)."""
    document: dict[str, Any] = {}
    key: str | None = None
    block: list[str] = []
    for line in [*text.split("\n"), "end_: "]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[:1].isspace() or line.startswith("-"):
            if key is None:
                return None
            block.append(line)
            continue
        field = _YAML_KEY.match(line)
        if field is None:
            return None
        if key is not None:
            document[key] = _block(block) if block else _scalar(document[key])
        key, block = field.group(1), []
        document[key] = field.group(2) or ""
        if document[key].startswith((">", "|")):
            document[key] = ""
    document.pop("end_", None)
    # ("Title: …" / "Skills:" over "- …" lines is a text posting; YAML writes snake_case keys,
    # entries of fields, folded blocks)
    if len(document) < _YAML_KEYS_IN_TEXT or not _YAML_SIGN.search(text):
        return None
    return document


# -- SQL INSERT statements --------------------------------------------------------------

_INSERT = re.compile(
    r"(?is)\binsert\s+into\s+([\w.\"`\[\]]+)\s*\(([^()]*)\)\s*values\s*(.*?)(?:;|$(?![\s\S]))"
)
_SQL_COMMENT = re.compile(r"(?m)--.*$")
_SQL_VALUE = re.compile(r"\s*(?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?)|(null|true|false))\s*", re.I)


def sql_document(text: str) -> dict[str, Any] | None:
    """Rows inserted by SQL ``INSERT INTO table (columns) VALUES (…), (…);`` statements as a
    mapping: each table by the last word of its name ("requisition_requirement" is
    "requirement"), one row as its fields and more as a list of them; None when ``text``
    inserts nothing."""
    if not re.search(r"(?i)\binsert\s+into\b", text):
        return None
    document: dict[str, Any] = {}
    for statement in _INSERT.finditer(_SQL_COMMENT.sub("", text)):
        table = re.split(r"[._]", statement.group(1).strip('"`[]'))[-1].casefold()
        columns = [name.strip().strip('"`[]') for name in statement.group(2).split(",")]
        rows = [
            dict(zip(columns, row, strict=True)) for row in _rows(statement.group(3), len(columns))
        ]
        if rows:
            held = document.get(table)
            document[table] = [*(held if isinstance(held, list) else [held] if held else []), *rows]
    if not document:
        return None
    return {name: rows[0] if len(rows) == 1 else rows for name, rows in document.items()}


def _rows(values: str, width: int) -> list[list[str]]:
    """The rows of a VALUES list, each as ``width`` values ('' for NULL); a row of another
    width is left out."""
    rows: list[list[str]] = []
    position = 0
    while (start := values.find("(", position)) != -1:
        row: list[str] = []
        position = start + 1
        while (value := _SQL_VALUE.match(values, position)) is not None:
            quoted, number, _word = value.groups()
            row.append(quoted.replace("''", "'") if quoted is not None else number or "")
            position = value.end()
            if values[position : position + 1] != ",":
                break
            position += 1
        if len(row) == width:
            rows.append(row)
        end = values.find(")", position)
        position = end + 1 if end != -1 else len(values)
    return rows


# -- HCL (a Terraform-style file) -------------------------------------------------------------

_HCL_BLOCK = re.compile(r'^([A-Za-z_][\w-]*)((?:\s+"[^"\n]*")*)\s*\{\s*(?:\}\s*)?$')
_HCL_ATTRIBUTE = re.compile(r"^([A-Za-z_][\w-]*)\s*=\s*(.*)$")
_HCL_HEREDOC = re.compile(r"^<<-?\s*([A-Za-z_]\w*)\s*$")
_HCL_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
_HCL_COMMENT = re.compile(r'^\s*(?:#|//).*$|\s+(?:#|//)[^"\n]*$')
_HCL_ATTRIBUTES_IN_TEXT = 3


def hcl_document(text: str) -> dict[str, Any] | None:
    """A file in HCL (a Terraform resource describing an opening: ``title = "…"``,
    ``requirement { name = "…" priority = "must" }`` blocks, a heredoc ``description``) as the
    mapping of the block that holds a title, its repeated blocks as lists; None when ``text``
    is not HCL or no block has a title."""
    lines = text.split("\n")
    if sum(bool(_HCL_ATTRIBUTE.match(line.strip())) for line in lines) < _HCL_ATTRIBUTES_IN_TEXT:
        return None
    if not any(_HCL_BLOCK.match(line.strip()) for line in lines):
        return None
    root: dict[str, Any] = {}
    stack: list[dict[str, Any]] = [root]
    titled: dict[str, Any] | None = None
    number = 0
    while number < len(lines):
        line = _HCL_COMMENT.sub("", lines[number]).strip()
        number += 1
        block = _HCL_BLOCK.match(line)
        attribute = _HCL_ATTRIBUTE.match(line) if block is None else None
        if block:
            inner: dict[str, Any] = {}
            _hcl_put(stack[-1], block.group(1), inner)
            if not line.endswith("}"):
                stack.append(inner)
        elif line.startswith(("}", "]")):
            if line.startswith("}") and len(stack) > 1:
                stack.pop()
        elif attribute:
            value, number = _hcl_value(attribute.group(2).strip(), lines, number)
            stack[-1][attribute.group(1)] = value
            if attribute.group(1) == "title" and titled is None:
                titled = stack[-1]
        elif line:
            return None
    return titled


def _hcl_put(table: dict[str, Any], key: str, block: dict[str, Any]) -> None:
    """A block under its type's name; a second of the same type makes a list of them."""
    held = table.get(key)
    if held is None:
        table[key] = block
    elif isinstance(held, list):
        held.append(block)
    else:
        table[key] = [held, block]


def _hcl_value(written: str, lines: list[str], number: int) -> tuple[Any, int]:
    """An attribute's value (a string, a heredoc, a list of strings or anything else as
    written) and the number of the line after it."""
    heredoc = _HCL_HEREDOC.match(written)
    if heredoc:
        body: list[str] = []
        while number < len(lines) and lines[number].strip() != heredoc.group(1):
            body.append(lines[number].strip())
            number += 1
        return "\n".join(body), number + 1
    if written.startswith("["):
        items = written
        while "]" not in _HCL_STRING.sub("", items) and number < len(lines):
            items += "\n" + lines[number]
            number += 1
        return [match.group(1) for match in _HCL_STRING.finditer(items)], number
    string = _HCL_STRING.fullmatch(written)
    return (string.group(1) if string else written), number
