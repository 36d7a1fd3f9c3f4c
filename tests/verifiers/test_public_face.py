"""The public face is loaded name by name: every name it lists is there, from the module the
type checker is told, and importing the package loads none of the verifiers behind it."""

from __future__ import annotations

import ast
import importlib
import subprocess
import sys

import verifiers
from tests.conftest import REPO_ROOT


def test_every_public_name_resolves_to_the_object_in_its_module() -> None:
    for name in verifiers.__all__:
        value = getattr(verifiers, name)
        home = importlib.import_module(verifiers._HOME[name])
        assert value is getattr(home, name), name


def test_the_lazy_table_names_what_the_type_checker_imports() -> None:
    tree = ast.parse((REPO_ROOT / "verifiers" / "__init__.py").read_text(encoding="utf-8"))
    [guarded] = [
        node
        for node in tree.body
        if isinstance(node, ast.If)
        and isinstance(node.test, ast.Name)
        and node.test.id == "TYPE_CHECKING"
    ]
    for_type_checkers = {
        alias.name: node.module
        for node in guarded.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert for_type_checkers == verifiers._HOME
    assert sorted(verifiers._HOME) == sorted(verifiers.__all__)


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        verifiers.no_such_verifier  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as error:
        assert "no_such_verifier" in str(error)
    else:
        raise AssertionError("an unknown name resolved")


def test_sniffing_an_upload_loads_no_json_ld_processor_or_platform() -> None:
    # Nor cryptography or the XML reader: ``credlens extract`` of a text résumé asks both
    # questions and needs neither (0.01 s of its start-up).
    script = (
        "import sys, verifiers\n"
        "verifiers.is_baked_image(b'x'); verifiers.looks_like_jws('x'); verifiers.Verification\n"
        "heavy = ('pyld', 'lxml', 'verifiers.platforms', 'verifiers.dispatch',\n"
        "         'cryptography', 'verifiers.jose', 'xml.etree.ElementTree')\n"
        "print(' '.join(name for name in heavy if name in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip() == ""


def test_no_public_name_is_also_a_module_of_the_package() -> None:
    # Importing ``verifiers.x`` sets the package's attribute ``x`` to the module: a public
    # name ``x`` would then be the module, not the function, until someone asked for it.
    package = REPO_ROOT / "verifiers"
    modules = {path.stem for path in package.glob("*.py")} | {
        path.name for path in package.iterdir() if (path / "__init__.py").is_file()
    }
    assert not modules & set(verifiers.__all__)
