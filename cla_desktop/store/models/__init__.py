"""The tables. Importing this package registers every table on `SQLModel.metadata`."""

from cla_desktop.store.models.app_setting import AppSetting
from cla_desktop.store.models.audit import AuditCheckpoint, AuditEntry, AuditHead
from cla_desktop.store.models.constancia import Constancia
from cla_desktop.store.models.consulta import Consulta, ConsultaAttachment, ConsultaEvent
from cla_desktop.store.models.enrollment import Enrollment
from cla_desktop.store.models.number_sequence import NumberSequence
from cla_desktop.store.models.observation import Observation
from cla_desktop.store.models.office import Office
from cla_desktop.store.models.outbox_message import OutboxMessage
from cla_desktop.store.models.result import Result
from cla_desktop.store.models.school import School
from cla_desktop.store.models.signing_key import SigningKey
from cla_desktop.store.models.student import Student
from cla_desktop.store.models.trust_list import TrustList
from cla_desktop.store.models.ubigeo import Ubigeo
from cla_desktop.store.models.user_account import UserAccount

__all__ = [
    "AppSetting",
    "AuditCheckpoint",
    "AuditEntry",
    "AuditHead",
    "Constancia",
    "Consulta",
    "ConsultaAttachment",
    "ConsultaEvent",
    "Enrollment",
    "NumberSequence",
    "Observation",
    "Office",
    "OutboxMessage",
    "Result",
    "School",
    "SigningKey",
    "Student",
    "TrustList",
    "Ubigeo",
    "UserAccount",
]
