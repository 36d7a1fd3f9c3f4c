"""Every setting credlens reads, from the environment with the prefix ``CREDLENS_``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    """The service's configuration; lower packages receive these values as arguments."""

    model_config = SettingsConfigDict(env_prefix="CREDLENS_", extra="ignore")

    data_dir: Path = Field(
        default=Path("var"), description="Where the SQLite database and uploads live."
    )
    database_url: str | None = Field(
        default=None,
        description="SQLAlchemy URL; empty means SQLite under the data directory.",
    )
    secret_key: SecretStr | None = Field(
        default=None,
        description="Signs sessions and derives the at-rest encryption key; "
        "generated into the data directory when empty.",
    )
    allowed_private_hosts: Annotated[tuple[str, ...], NoDecode] = Field(
        default=(),
        description="Comma-separated hostnames, IPs or CIDRs that outbound requests may reach "
        "even though they are private (on-premise issuers, tests).",
    )
    http_connect_timeout: float = Field(default=5.0, gt=0, description="Seconds to connect.")
    http_read_timeout: float = Field(default=10.0, gt=0, description="Seconds between bytes.")
    http_total_timeout: float = Field(
        default=20.0, gt=0, description="Seconds for one whole fetch, redirects included."
    )
    http_max_bytes: int = Field(
        default=5 * 1024 * 1024, gt=0, description="Largest response body accepted."
    )
    http_max_redirects: int = Field(default=5, ge=0, description="Redirects followed per fetch.")
    max_upload_bytes: int = Field(
        default=10 * 1024 * 1024, gt=0, description="Largest résumé upload accepted."
    )
    max_pages: int = Field(default=20, gt=0, description="Most pages read from one résumé.")
    parse_memory_mb: int = Field(
        default=512, gt=0, description="Memory one résumé may take to read, in MiB."
    )
    parse_seconds: float = Field(
        default=30.0, gt=0, description="Seconds one résumé may take to read."
    )
    credly_base_url: str = Field(
        default="https://api.credly.com",
        description="Credly's API; Credly badge links are looked up here (a sandbox for tests).",
    )
    accredible_base_url: str = Field(
        default="https://api.accredible.com", description="Accredible's credential API."
    )
    badgr_base_url: str = Field(
        default="https://api.badgr.io", description="Badgr / Canvas Credentials API."
    )
    badgr_eu_base_url: str = Field(default="https://api.eu.badgr.io", description="Badgr's EU API.")
    mslearn_base_url: str = Field(
        default="https://learn.microsoft.com",
        description="Microsoft Learn, for transcript share links.",
    )
    credly_web_base_url: str = Field(
        default="https://www.credly.com",
        description="Credly's web site: profiles (badges.json) and public badge records.",
    )
    coursera_base_url: str = Field(
        default="https://www.coursera.org", description="Coursera, for certificate verify pages."
    )
    edx_base_url: str = Field(
        default="https://courses.edx.org", description="edX, for course certificate pages."
    )
    edx_credentials_base_url: str = Field(
        default="https://credentials.edx.org",
        description="edX Credentials, for program certificate pages.",
    )
    certmetrics_base_url: str = Field(
        default="https://api.certmetrics.com",
        description="CertMetrics' verification API (AWS validation numbers, Cisco codes).",
    )
    trailhead_base_url: str = Field(
        default="https://profile.api.trailhead.com",
        description="Salesforce Trailhead's profile GraphQL API.",
    )
    freecodecamp_base_url: str = Field(
        default="https://api.freecodecamp.org",
        description="freeCodeCamp's API, for certification pages.",
    )
    bitcoin_explorer_url: str = Field(
        default="https://blockstream.info/api",
        description="Esplora API for Blockcerts anchored on Bitcoin.",
    )
    bitcoin_testnet_explorer_url: str = Field(
        default="https://blockstream.info/testnet/api",
        description="Esplora API for Bitcoin testnet anchors.",
    )
    ethereum_explorer_url: str = Field(
        default="https://api.etherscan.io/api",
        description="Etherscan-style API for Blockcerts anchored on Ethereum.",
    )
    ethereum_sepolia_explorer_url: str = Field(
        default="https://api-sepolia.etherscan.io/api",
        description="Etherscan-style API for Sepolia anchors.",
    )
    etherscan_api_key: SecretStr | None = Field(
        default=None, description="Etherscan API key, if the explorer asks for one."
    )
    webhook_secret: SecretStr | None = Field(
        default=None,
        description="Standard Webhooks secret (whsec_...) that signs inbound ATS webhooks and "
        "outbound callbacks; the ATS webhook answers 503 while it is empty.",
    )
    webhook_workspace: str = Field(
        default="default",
        min_length=1,
        max_length=100,
        description="The workspace whose verifications the inbound webhooks (ATS and "
        "Greenhouse) start and may see: their secrets are the deployment's, so they belong "
        "to one workspace.",
    )
    greenhouse_secret: SecretStr | None = Field(
        default=None,
        description="Greenhouse web hooks' secret key; the Greenhouse webhook answers 503 "
        "while it is empty.",
    )
    api_requests_per_minute: int = Field(
        default=600, gt=0, description="Requests one API key may make per minute."
    )
    shared_rate_limits: bool | None = Field(
        default=None,
        description="Count the rate limits in the database, so that every web and worker "
        "process shares one count; empty means yes with PostgreSQL, no with SQLite (one "
        "process counts in memory).",
    )
    queue_backend: Literal["embedded", "procrastinate"] = Field(
        default="embedded",
        description="Where jobs wait: `embedded` (a table in the service's database) or "
        "`procrastinate` (PostgreSQL only, for `credlens worker` processes on many machines).",
    )
    workers: int = Field(
        default=2,
        ge=0,
        description="Jobs run at once inside each web process; 0 leaves them to "
        "`credlens worker` processes.",
    )
    job_time_limit: float = Field(
        default=600.0, gt=0, description="Seconds one verification job may run."
    )
    retention_days: int = Field(
        default=90, gt=0, description="Days a verification is kept before it is purged."
    )
    audit_retention_days: int = Field(
        default=365,
        ge=0,
        description="Days a verification's audit trail is kept after the verification is "
        "gone (deleted, erased or purged).",
    )
    secure_cookies: bool = Field(
        default=True,
        description="Send the session cookie over HTTPS only (browsers treat "
        "http://127.0.0.1 as secure).",
    )
    tagged_pdf: bool = Field(
        default=False,
        description="Write PDF reports as tagged PDF/UA-1, which screen readers follow; "
        "a tenth slower to render.",
    )
    public_url: str | None = Field(
        default=None,
        description="The address candidates and ATSs reach the service at "
        "(https://credlens.example.com), for the links of evidence requests; empty means the "
        "address each request came in on.",
    )
    evidence_request_days: int = Field(
        default=7,
        gt=0,
        le=90,
        description="Days the link of an evidence request to a candidate stays valid, unless "
        "the request sets its own.",
    )
    organisation_name: str = Field(
        default="",
        max_length=200,
        description="Who is asking for evidence, as the candidate's page names them "
        "(your company's name).",
    )
    host: str = Field(default="127.0.0.1", description="Address `credlens serve` binds.")
    port: int = Field(default=8000, gt=0, lt=65536, description="Port `credlens serve` binds.")

    @property
    def rate_limits_in_database(self) -> bool:
        """Whether the rate limits are counted in the database (see ``shared_rate_limits``)."""
        if self.shared_rate_limits is not None:
            return self.shared_rate_limits
        return (self.database_url or "").startswith("postgresql")

    @field_validator("allowed_private_hosts", mode="before")
    @classmethod
    def _split_commas(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(part.strip() for part in value.split(",") if part.strip())
        return value

    @field_validator("public_url", mode="after")
    @classmethod
    def _public_url_is_a_web_address(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip().rstrip("/")
        scheme, _, rest = value.partition("://")
        if scheme not in ("http", "https") or not rest.split("/")[0]:
            raise ValueError("must be an http(s) address such as https://credlens.example.com")
        if "?" in rest or "#" in rest:
            raise ValueError("must be an address without a query or fragment")
        return value

    @model_validator(mode="after")
    def _procrastinate_needs_postgresql(self) -> Self:
        if self.queue_backend == "procrastinate" and not (self.database_url or "").startswith(
            "postgresql"
        ):
            raise ValueError(
                "CREDLENS_QUEUE_BACKEND=procrastinate needs CREDLENS_DATABASE_URL to be a "
                "postgresql+psycopg:// URL"
            )
        return self


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings, read once from the environment."""
    return Settings()
