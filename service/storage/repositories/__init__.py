"""Every query credlens makes, one module per aggregate. Services and handlers call these;
they never write SQL.

Repositories flush but never commit: the request or job that owns the session decides when
its work is done (the polarsource/polar rule), so a verification and its job can be written
in one transaction. The job queue's own table is queried in ``service/jobs/repository.py``.
"""

from service.storage.repositories.accounts import (
    ApiKeyRepository,
    UserRepository,
    normalise_email,
)
from service.storage.repositories.audit import AuditRepository
from service.storage.repositories.deliveries import WebhookDeliveryRepository
from service.storage.repositories.evidence import EvidenceRepository
from service.storage.repositories.evidence_requests import EvidenceRequestRepository
from service.storage.repositories.job_roles import JobRoleRepository
from service.storage.repositories.ratelimits import RateLimitRepository
from service.storage.repositories.replays import IdempotencyRepository, InboundWebhookRepository
from service.storage.repositories.subjects import Attached, SubjectRepository
from service.storage.repositories.verifications import (
    IntegrityCheckError,
    StoredUpload,
    UploadRepository,
    VerificationRepository,
)

__all__ = [
    "ApiKeyRepository",
    "Attached",
    "AuditRepository",
    "EvidenceRepository",
    "EvidenceRequestRepository",
    "IdempotencyRepository",
    "InboundWebhookRepository",
    "IntegrityCheckError",
    "JobRoleRepository",
    "RateLimitRepository",
    "StoredUpload",
    "SubjectRepository",
    "UploadRepository",
    "UserRepository",
    "VerificationRepository",
    "WebhookDeliveryRepository",
    "normalise_email",
]
