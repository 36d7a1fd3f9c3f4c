"""The house rules a newcomer relies on, checked on the source itself: imports run one way
(``extractors`` ← ``verifiers`` ← ``reports`` ← ``service``) with no module importing itself
back through others, and no file grows past what one can read in a sitting."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import REPO_ROOT

#: The packages in their layer order: each may import the ones before it, never after.
LAYERS = ("extractors", "verifiers", "reports", "service")
#: Outside the product: nothing in ``LAYERS`` may import these.
NOT_PRODUCT = ("tests", "testkit", "bench", "tools")

#: Lines past which a file should be split (by aggregate, by concern).
MAX_LINES = 500
#: Data written as Python (the credential catalog's sources), not code one reads through.
GENERATED_DATA = ("tools/catalog/",)
#: Files over the limit, each waiting for its split: none is left; add none (a new long file is
#: split before it lands).
AWAITING_SPLIT: frozenset[str] = frozenset()


def _python_files(*tops: str) -> Iterator[Path]:
    for top in tops:
        yield from sorted((REPO_ROOT / top).rglob("*.py"))


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _known_modules() -> set[str]:
    return {_module_name(path) for path in _python_files(*LAYERS, *NOT_PRODUCT)}


def _imports(path: Path, known: set[str]) -> set[str]:
    """The project modules ``path`` imports, anywhere in it (a deferred import counts too):
    for ``from package import name`` the submodule ``package.name`` where there is one."""
    module = _module_name(path)
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                source = ".".join([*base, node.module] if node.module else base)
            else:
                source = node.module or ""
            for alias in node.names:
                submodule = f"{source}.{alias.name}"
                found.add(submodule if submodule in known else source)
    return {name for name in found if name in known and name != module}


def _import_graph() -> dict[str, set[str]]:
    known = _known_modules()
    return {_module_name(path): _imports(path, known) for path in _python_files(*LAYERS)}


def _layer(module: str) -> str:
    return module.split(".", 1)[0]


def test_imports_run_one_way_through_the_layers() -> None:
    upward = sorted(
        f"{module} imports {imported}"
        for module, imports in _import_graph().items()
        for imported in imports
        if _layer(imported) in NOT_PRODUCT
        or LAYERS.index(_layer(imported)) > LAYERS.index(_layer(module))
    )
    assert not upward, "\n".join(upward)


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = lowest[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.get(module, ())):
            if imported not in index:
                visit(imported)
                lowest[module] = min(lowest[module], lowest[imported])
            elif imported in on_stack:
                lowest[module] = min(lowest[module], index[imported])
        if lowest[module] == index[module]:
            component: list[str] = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return components


def test_no_module_imports_itself_back_through_others() -> None:
    circles = _cycles(_import_graph())
    assert not circles, "import circles:\n" + "\n".join(" <-> ".join(c) for c in circles)


def test_the_cycle_finder_finds_a_circle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def _from_imports(path: Path) -> Iterator[tuple[str, str]]:
    """(module, name) for every absolute ``from module import name`` in ``path``."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and not node.level and node.module:
            for alias in node.names:
                yield node.module, alias.name


def _is_package(module: str) -> bool:
    return (REPO_ROOT / module.replace(".", "/") / "__init__.py").is_file()


def test_the_benches_use_public_faces_only() -> None:
    """A bench measures what other code sees: the public face of ``extractors``, ``verifiers``
    and ``reports`` (a package's ``__init__.py``), never a name behind it or a private one."""
    behind = sorted(
        f"{path.relative_to(REPO_ROOT)}: from {module} import {name}"
        for path in _python_files("bench")
        for module, name in _from_imports(path)
        if _layer(module) in LAYERS
        and (
            name.startswith("_")
            or any(part.startswith("_") for part in module.split("."))
            or (_layer(module) != "service" and not _is_package(module))
        )
    )
    assert not behind, "\n".join(behind)


def test_the_benches_and_the_test_kit_import_nothing_from_tests() -> None:
    """What a bench shares with the tests (builders, fakes, sample reports) lives in
    ``testkit/``; the test tree is the tests' own."""
    known = _known_modules()
    reaching = sorted(
        f"{path.relative_to(REPO_ROOT)} imports {imported}"
        for path in _python_files("bench", "testkit")
        for imported in _imports(path, known)
        if _layer(imported) == "tests"
    )
    assert not reaching, "\n".join(reaching)


def test_no_test_module_imports_another() -> None:
    """Shared fixtures live in a conftest.py, ``testkit/`` or a support module."""
    known = _known_modules()
    crossing = sorted(
        f"{path.relative_to(REPO_ROOT)} imports {imported}"
        for path in _python_files("tests")
        if path.name.startswith("test_")
        for imported in _imports(path, known)
        if imported.rpartition(".")[2].startswith("test_")
    )
    assert not crossing, "\n".join(crossing)


def _line_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    for path in _python_files(*LAYERS, *NOT_PRODUCT):
        name = path.relative_to(REPO_ROOT).as_posix()
        if not name.startswith(GENERATED_DATA):
            counts[name] = len(path.read_text(encoding="utf-8").splitlines())
    return counts


def test_no_file_is_longer_than_one_can_read_in_a_sitting() -> None:
    too_long = sorted(
        f"{name}: {lines} lines"
        for name, lines in _line_counts().items()
        if lines > MAX_LINES and name not in AWAITING_SPLIT
    )
    assert not too_long, f"split these (over {MAX_LINES} lines):\n" + "\n".join(too_long)


def _calls(path: Path) -> Iterator[str]:
    """Every call to a dotted name in ``path``, spelt as written (``gc.freeze``, ``httpx.get``)."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            parts: list[str] = []
            target: ast.expr = node.func
            while isinstance(target, ast.Attribute):
                parts.append(target.attr)
                target = target.value
            if isinstance(target, ast.Name):
                yield ".".join([target.id, *reversed(parts)])


def _all_imports(path: Path) -> Iterator[str]:
    """Every module ``path`` imports, project or not, as written."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            yield node.module


#: Process-wide tuning: the garbage collector and the logging set-up belong to the process, which
#: ``service`` owns; a library layer that did either would change every program importing it.
PROCESS_TUNING = frozenset(
    {
        "gc.freeze",
        "gc.unfreeze",
        "gc.disable",
        "gc.set_threshold",
        "logging.basicConfig",
        "logging.config.dictConfig",
        "logging.config.fileConfig",
        "logging.captureWarnings",
        "logging.disable",
    }
)


def test_process_tuning_is_done_in_service_only() -> None:
    found = sorted(
        f"{path.relative_to(REPO_ROOT)} calls {call}"
        for path in _python_files("extractors", "verifiers", "reports")
        for call in _calls(path)
        if call in PROCESS_TUNING or call.endswith(".addHandler")
    )
    assert not found, "\n".join(found)


#: Ways to reach the network other than the guarded client of ``verifiers/http/``.
UNGUARDED_IMPORTS = frozenset(
    {"httpcore", "urllib.request", "http.client", "requests", "aiohttp", "urllib3"}
)
UNGUARDED_CALLS = frozenset(
    f"httpx.{name}"
    for name in (
        "AsyncClient",
        "Client",
        "AsyncHTTPTransport",
        "HTTPTransport",
        "request",
        "stream",
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "head",
        "options",
    )
)


def test_every_outbound_call_goes_through_the_guarded_door() -> None:
    """Only ``verifiers/http/`` builds an HTTP client or opens connections; the others take the
    guarded client it builds (``verifiers.http.create_client``)."""
    door = REPO_ROOT / "verifiers" / "http"
    found = sorted(
        f"{path.relative_to(REPO_ROOT)}: {what}"
        for path in _python_files(*LAYERS)
        if door not in path.parents
        for what in [
            *(f"imports {name}" for name in _all_imports(path) if name in UNGUARDED_IMPORTS),
            *(f"calls {call}" for call in _calls(path) if call in UNGUARDED_CALLS),
        ]
    )
    assert not found, "\n".join(found)


def test_the_call_finder_reads_dotted_calls(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import gc\ngc.freeze()\nlogging.config.dictConfig({})\nclient.get('x')\n",
        encoding="utf-8",
    )
    assert list(_calls(probe)) == ["gc.freeze", "logging.config.dictConfig", "client.get"]
    assert list(_all_imports(probe)) == ["gc"]
