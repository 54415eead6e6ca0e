"""The audited actions, with the Spanish label the supervisor's view shows for each."""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    LOGIN = "sesion.ingreso"
    LOGIN_FAILED = "sesion.ingreso_fallido"
    ACCOUNT_LOCKED = "sesion.cuenta_bloqueada"
    LOGOUT = "sesion.salida"
    SCREEN_LOCKED = "sesion.pantalla_bloqueada"
    SCREEN_UNLOCKED = "sesion.pantalla_desbloqueada"
    SEARCH = "busqueda"
    TRAJECTORY_VIEWED = "trayectoria.ver"
    CONSTANCIA_ISSUED = "constancia.emitir"
    CONSTANCIA_REFUSED = "constancia.rechazo"
    CONSTANCIA_REPRINTED = "constancia.reimprimir"
    CONSTANCIA_ANNULLED = "constancia.anular"
    CONSTANCIA_VERIFIED = "constancia.verificar"
    REGISTER_VIEWED = "constancia.registro"
    GUIDANCE_GIVEN = "guia.visado_entregada"
    EXPORT = "exportacion"
    CONSULTA_CREATED = "consulta.crear"
    CONSULTA_QUEUED = "consulta.encolar"
    CONSULTA_RETRIED = "consulta.reintentar"
    CONSULTA_REPLIED = "consulta.respuesta"
    CONSULTA_STATE = "consulta.estado"
    CONSULTA_VIEWED = "consulta.ver"
    SETTING_CHANGED = "configuracion.cambio"
    USER_CREATED = "usuario.crear"
    USER_CHANGED = "usuario.cambio"
    PASSWORD_CHANGED = "usuario.cambio_clave"
    KEY_CHANGED = "clave_firma.cambio"
    AUDIT_PURGED = "auditoria.depuracion"
    AUDIT_VIEWED = "auditoria.consulta"
    IMPORT = "importacion"

    @property
    def label(self) -> str:
        return LABELS[self]


LABELS = {
    AuditAction.LOGIN: "Ingreso al sistema",
    AuditAction.LOGIN_FAILED: "Ingreso fallido",
    AuditAction.ACCOUNT_LOCKED: "Cuenta bloqueada por intentos fallidos",
    AuditAction.LOGOUT: "Salida del sistema",
    AuditAction.SCREEN_LOCKED: "Pantalla bloqueada por inactividad",
    AuditAction.SCREEN_UNLOCKED: "Pantalla desbloqueada",
    AuditAction.SEARCH: "Búsqueda",
    AuditAction.TRAJECTORY_VIEWED: "Trayectoria consultada",
    AuditAction.CONSTANCIA_ISSUED: "Constancia emitida",
    AuditAction.CONSTANCIA_REFUSED: "Constancia rechazada",
    AuditAction.CONSTANCIA_REPRINTED: "Constancia reimpresa",
    AuditAction.CONSTANCIA_ANNULLED: "Constancia anulada",
    AuditAction.CONSTANCIA_VERIFIED: "Constancia verificada",
    AuditAction.REGISTER_VIEWED: "Registro de constancias consultado",
    AuditAction.GUIDANCE_GIVEN: "Nota sobre certificado y visado entregada",
    AuditAction.EXPORT: "Exportación",
    AuditAction.CONSULTA_CREATED: "Consulta registrada",
    AuditAction.CONSULTA_QUEUED: "Consulta enviada a la cola",
    AuditAction.CONSULTA_RETRIED: "Reintento de envío",
    AuditAction.CONSULTA_REPLIED: "Respuesta de DIGE recibida",
    AuditAction.CONSULTA_STATE: "Cambio de estado de consulta",
    AuditAction.CONSULTA_VIEWED: "Consulta abierta",
    AuditAction.SETTING_CHANGED: "Cambio de configuración",
    AuditAction.USER_CREATED: "Usuario creado",
    AuditAction.USER_CHANGED: "Usuario modificado",
    AuditAction.PASSWORD_CHANGED: "Cambio de contraseña",
    AuditAction.KEY_CHANGED: "Cambio de claves de firma",
    AuditAction.AUDIT_PURGED: "Depuración del registro de auditoría",
    AuditAction.AUDIT_VIEWED: "Consulta del registro de auditoría",
    AuditAction.IMPORT: "Importación de datos",
}


def label_of(action: str) -> str:
    """The Spanish label, or the raw name for an action a newer version wrote."""
    try:
        return AuditAction(action).label
    except ValueError:
        return action
