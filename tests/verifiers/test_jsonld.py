"""The bundled JSON-LD loader: every pinned context loads, nothing else does, pyld uses it."""

from __future__ import annotations

import json

import pytest
from pyld import jsonld

from tests.conftest import SHARED_FIXTURES
from verifiers.jsonld import (
    CONTEXT_FILES,
    CONTEXTS_DIR,
    UnknownContextError,
    document_loader,
    is_bundled,
    load_context,
)

OB2_ASSERTION = SHARED_FIXTURES / "credentials" / "1edtech-dcpv" / "ob20" / "basic-assertion.json"
OB3_CREDENTIAL = SHARED_FIXTURES / "credentials" / "1edtech-dcpv" / "ob30" / "simple.json"


@pytest.mark.parametrize("url", sorted(CONTEXT_FILES))
def test_every_mapped_context_is_a_json_ld_context(url: str) -> None:
    remote = document_loader(url)
    assert remote["documentUrl"] == url
    assert "@context" in remote["document"]


def test_every_bundled_file_is_mapped() -> None:
    files = {path.name for path in CONTEXTS_DIR.iterdir() if path.suffix in {".json", ".jsonld"}}
    assert files - {"CONTEXT_MAP.json"} == set(CONTEXT_FILES.values())


def test_unknown_url_is_refused_not_fetched() -> None:
    with pytest.raises(UnknownContextError, match="not bundled"):
        document_loader("https://evil.example/context.json")
    assert not is_bundled("http://169.254.169.254/latest/meta-data")


def test_http_alias_and_fragment_name_the_pinned_https_document() -> None:
    assert load_context("http://w3id.org/openbadges/v2#") == load_context(
        "https://w3id.org/openbadges/v2"
    )


def test_callers_get_a_copy_they_may_change() -> None:
    first = load_context("https://w3id.org/openbadges/v2")
    first["@context"] = "changed"
    assert load_context("https://w3id.org/openbadges/v2")["@context"] != "changed"


def test_pyld_expands_an_open_badges_2_assertion_offline() -> None:
    assertion = json.loads(OB2_ASSERTION.read_text())
    [expanded] = jsonld.expand(assertion, {"documentLoader": document_loader})
    assert expanded["@type"] == ["https://w3id.org/openbadges#Assertion"]


def test_pyld_canonicalises_an_open_badges_3_credential_offline() -> None:
    credential = json.loads(OB3_CREDENTIAL.read_text())
    nquads = jsonld.normalize(
        credential,
        {
            "algorithm": "URDNA2015",
            "format": "application/n-quads",
            "documentLoader": document_loader,
        },
    )
    assert "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential" in nquads


def test_pyld_reports_an_unbundled_context_as_an_error() -> None:
    document = {"@context": "https://unknown.example/ctx.jsonld", "name": "x"}
    with pytest.raises(jsonld.JsonLdError):
        jsonld.expand(document, {"documentLoader": document_loader})
