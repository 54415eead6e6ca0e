"""One place that turns an exception into the Spanish sentence a clerk reads.

Every message a clerk sees says, in es-PE, what happened and what to do. Library and operating
system texts ("[Errno 111] Connection refused", "'utf-8' codec can't decode byte…",
"KeyError: 'dni'") are written for programmers; showing them leaks English, errno numbers and
class names to the counter. Callers log the exception itself (the detail is kept there) and
show `describe_error(error, host=…, port=…, path=…)`.

The translation is table-driven: errno values map to sentence templates, smtplib reply classes
map to a few words, and the rest is a short ordered list of checks (the order matters because
the standard library's classes overlap: `ssl.SSLCertVerificationError` is also a `ValueError`,
`smtplib.SMTPException` and `ssl.SSLError` are `OSError`s, `UnicodeError` is a `ValueError`).

This module belongs to the services layer: no Qt, no database, no I/O.
"""

from __future__ import annotations

import errno
import imaplib
import os
import re
import smtplib
import socket
import ssl
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = [
    "FILE_ERRNO_SENTENCES",
    "GENERIC_SENTENCE",
    "NETWORK_ERRNO_SENTENCES",
    "describe_error",
    "is_connection_problem",
]

GENERIC_SENTENCE = (
    "Ocurrió un problema inesperado; el detalle quedó en el registro del programa. "
    "Si se repite, avise al soporte técnico."
)


def _codes(*names: str) -> tuple[int, ...]:
    """The errno values that exist on this platform (Windows adds WSAE* names, Linux lacks them)."""
    return tuple(getattr(errno, name) for name in names if hasattr(errno, name))


# --- Templates ---------------------------------------------------------------------------------
# Network templates take {server} ("el servidor 10.0.0.5:587", "el servidor"); file templates
# take {file} ("el archivo «C:\…\padron.csv»", "el archivo") and {at} (" «…»" or nothing).
# The first letter is capitalised when the sentence is finished.

_REFUSED = (
    "{server} no acepta conexiones: revise que esté encendido y que el puerto sea el correcto."
)
_TIMED_OUT = (
    "{server} no respondió a tiempo: revise la conexión a la red y que el servidor y el puerto "
    "sean los correctos; si sigue igual, inténtelo más tarde."
)
_CUT = (
    "Se cortó la conexión con {server}: vuelva a intentarlo; si se repite, revise la conexión "
    "a la red o avise al soporte técnico."
)
_NO_ROUTE = (
    "No hay camino de red hacia {server}: revise que el equipo esté conectado a la red (cable o "
    "wifi) y vuelva a intentarlo; si sigue igual, avise al soporte técnico."
)
_NO_ADDRESS = (
    "El equipo no tiene una dirección de red válida para comunicarse con {server}: revise que "
    "esté conectado a la red y vuelva a intentarlo."
)

NETWORK_ERRNO_SENTENCES: dict[int, str] = {
    **dict.fromkeys(_codes("ECONNREFUSED", "WSAECONNREFUSED"), _REFUSED),
    **dict.fromkeys(_codes("ETIMEDOUT", "WSAETIMEDOUT"), _TIMED_OUT),
    **dict.fromkeys(
        _codes(
            "ECONNRESET",
            "ECONNABORTED",
            "EPIPE",
            "ESHUTDOWN",
            "WSAECONNRESET",
            "WSAECONNABORTED",
            "WSAESHUTDOWN",
        ),
        _CUT,
    ),
    **dict.fromkeys(
        _codes(
            "ENETUNREACH",
            "EHOSTUNREACH",
            "ENETDOWN",
            "EHOSTDOWN",
            "WSAENETUNREACH",
            "WSAEHOSTUNREACH",
            "WSAENETDOWN",
            "WSAEHOSTDOWN",
        ),
        _NO_ROUTE,
    ),
    **dict.fromkeys(_codes("EADDRNOTAVAIL", "WSAEADDRNOTAVAIL"), _NO_ADDRESS),
}
"""errno → sentence for failures between this computer and a server."""

_NO_PERMISSION = (
    "No hay permiso para usar {file}: revise que no esté abierto en otro programa (por ejemplo, "
    "Excel), elija otra carpeta o pida acceso a quien administra el equipo."
)
_TOO_MANY_OPEN = (
    "El equipo tiene demasiados archivos abiertos y no pudo abrir {file}: cierre otros programas "
    "o reinicie CLA Escritorio y vuelva a intentarlo."
)

FILE_ERRNO_SENTENCES: dict[int, str] = {
    errno.ENOENT: (
        "No se encontró {file}: revise que la carpeta y el archivo existan y que el nombre esté "
        "bien escrito."
    ),
    **dict.fromkeys(_codes("EACCES", "EPERM"), _NO_PERMISSION),
    errno.EISDIR: "Se eligió una carpeta{at} donde se esperaba un archivo: elija un archivo.",
    errno.ENOTDIR: (
        "La ubicación{at} pasa por algo que no es una carpeta: revise la ruta elegida."
    ),
    errno.EEXIST: "Ya existe {file}: elija otro nombre o bórrelo antes.",
    errno.ENOSPC: (
        "El disco está lleno y no se pudo guardar {file}: libere espacio o elija otra unidad."
    ),
    errno.EROFS: (
        "La unidad es de solo lectura y no se pudo guardar {file}: elija otra carpeta o unidad."
    ),
    **dict.fromkeys(
        _codes("EDQUOT"),
        "Se agotó el espacio en disco asignado a su usuario y no se pudo guardar {file}: "
        "libere espacio o pida más espacio al soporte técnico.",
    ),
    **dict.fromkeys(_codes("EMFILE", "ENFILE"), _TOO_MANY_OPEN),
    errno.ENAMETOOLONG: (
        "La ruta{at} es demasiado larga: use un nombre de archivo más corto o una carpeta "
        "más cercana a la raíz del disco."
    ),
    errno.EIO: (
        "Falló la lectura o escritura del disco con {file}: revise la memoria USB o el disco; "
        "si se repite, avise al soporte técnico."
    ),
}
"""errno → sentence for failures of this computer's disks and folders."""

# A permission refusal with no file but a server: an antivirus or firewall blocked the socket.
_NETWORK_PERMISSION = (
    "El equipo no permite conectarse con {server}: un antivirus o cortafuegos puede estar "
    "bloqueando el programa; avise al soporte técnico."
)

# An exception raised without an errno (socket.timeout, a hand-made ConnectionRefusedError) or
# with one the tables do not list (Windows socket codes) is read by its class. Order matters:
# the first matching class wins.
_CLASS_ERRNO: tuple[tuple[type[OSError], int], ...] = (
    (TimeoutError, errno.ETIMEDOUT),
    (ConnectionRefusedError, errno.ECONNREFUSED),
    (ConnectionResetError, errno.ECONNRESET),
    (ConnectionAbortedError, errno.ECONNABORTED),
    (BrokenPipeError, errno.EPIPE),
    (FileNotFoundError, errno.ENOENT),
    (PermissionError, errno.EACCES),
    (IsADirectoryError, errno.EISDIR),
    (NotADirectoryError, errno.ENOTDIR),
    (FileExistsError, errno.EEXIST),
)

_CONNECTION_ERRNOS = frozenset(
    code for code, sentence in NETWORK_ERRNO_SENTENCES.items() if sentence != _NO_ADDRESS
)

# --- Name resolution ----------------------------------------------------------------------------
_DNS_NOT_FOUND = (
    "No se encontró {server} en la red: revise que el nombre esté bien escrito y que el equipo "
    "tenga conexión a la red."
)
_DNS_UNAVAILABLE = (
    "No se pudo ubicar {server} en la red porque el servicio de nombres (DNS) no respondió: "
    "revise que el equipo tenga conexión a la red y vuelva a intentarlo."
)
# "Try again": the name server did not answer (no network), unlike "no such name".
_DNS_TEMPORARY = frozenset(
    code for name in ("EAI_AGAIN",) if (code := getattr(socket, name, None)) is not None
)

# --- Secure connections -------------------------------------------------------------------------
_CERTIFICATE = (
    "{server} presentó un certificado que no es de confianza o que no corresponde a ese nombre: "
    "revise que el nombre del servidor esté bien escrito o consulte al soporte técnico."
)
_SECURE_FAILED = (
    "No se pudo establecer una conexión segura con {server}: revise la seguridad elegida "
    "(STARTTLS o SSL) y el puerto (por lo general, 587 con STARTTLS y 465 con SSL)."
)

# --- Mail ---------------------------------------------------------------------------------------
_SMTP_AUTH = (
    "{server} rechazó el usuario o la contraseña: revíselos en la configuración del correo; "
    "algunos proveedores piden una «contraseña de aplicación»."
)
_SMTP_DISCONNECTED = (
    "{server} cerró la conexión antes de terminar: vuelva a intentarlo; si se repite, revise el "
    "puerto y la seguridad elegidos."
)
_SMTP_SENDER = (
    "{server} no aceptó la dirección del remitente{address} (código {code}): revise que la "
    "dirección de la oficina sea la de la cuenta con la que se ingresa al servidor{reply}."
)
_SMTP_RECIPIENT = (
    "{server} no aceptó la dirección de destino{address}{code}: revise el buzón de DIGE en la "
    "configuración del correo{reply}."
)
_SMTP_NO_STARTTLS = (
    "{server} no ofrece STARTTLS: elija otra seguridad (SSL, por lo general en el puerto 465) "
    "o consulte al soporte técnico."
)
_SMTP_NO_AUTH = (
    "{server} no ofrece ingresar con usuario y contraseña en esta conexión: elija la seguridad "
    "STARTTLS o SSL, o consulte al soporte técnico."
)
_SMTP_NOT_SUPPORTED = (
    "{server} no admite algo que el programa necesita: elija otra seguridad en la configuración "
    "del correo o consulte al soporte técnico."
)
_SMTP_TEMPORARY = (
    "{server} pidió intentarlo más tarde (código {code}): espere unos minutos y vuelva a "
    "intentarlo{reply}."
)
_SMTP_REFUSED = (
    "{server} {what} (código {code}): revise la configuración del correo o avise al soporte "
    "técnico con ese código{reply}."
)
_SMTP_OTHER = (
    "Falló la comunicación con {server}: revise la configuración del correo y vuelva a intentarlo."
)
# What each kind of refusal refused, in the clerk's words (the class names stay in the log).
_SMTP_REFUSAL_WORDS: tuple[tuple[type[smtplib.SMTPResponseException], str], ...] = (
    (smtplib.SMTPConnectError, "no aceptó la conexión"),
    (smtplib.SMTPHeloError, "no aceptó el saludo inicial del programa"),
    (smtplib.SMTPDataError, "rechazó el mensaje"),
    (smtplib.SMTPResponseException, "respondió con un error"),
)

_IMAP_REFUSED = (
    "{server} rechazó el ingreso o el buzón: revise el usuario, la contraseña y el nombre del "
    "buzón en la configuración del correo."
)
_IMAP_NO_STARTTLS = _SMTP_NO_STARTTLS
_IMAP_CUT = (
    "Se cortó la conexión con {server}: vuelva a intentarlo; si se repite, revise el puerto y "
    "la seguridad elegidos."
)

# --- Text and memory ----------------------------------------------------------------------------
_NOT_TEXT = (
    "{file_cap} no es un texto en una codificación conocida (UTF-8 o Windows-1252) o no es del "
    "tipo esperado: elija el archivo correcto o guárdelo desde Excel como «CSV UTF-8»."
)
_CANNOT_ENCODE = (
    "Algunos caracteres no se pueden guardar en {file} con su codificación: guárdelo como UTF-8 "
    "o avise al soporte técnico."
)
_NO_MEMORY = (
    "El equipo se quedó sin memoria para completar la operación: cierre otros programas y vuelva "
    "a intentarlo; si el archivo es muy grande, divídalo en partes."
)

# --- Our own sentences --------------------------------------------------------------------------
# A ValueError (or PermissionError without errno, or a plain LookupError) raised by our code
# already carries a Spanish sentence; one raised by a library carries English. Words that only
# Spanish uses tell them apart; when there are none, an exception raised inside the cla_desktop
# package with no English word is still ours (short texts such as "Nivel desconocido: 'x'").
_SPANISH_MARK = re.compile(
    r"[áéíóúñÁÉÍÓÚÑ¿¡«»]|\b(el|la|los|las|una|del|de|que|se|en|con|por|para|es|está|están|"
    r"debe|deben|ser|hay|puede|existe|use|escriba|elija|revise)\b",
    re.IGNORECASE,
)
_ENGLISH_MARK = re.compile(
    r"\b(the|is|are|was|must|not|cannot|can't|could|invalid|expected|expecting|with|for|of|to|"
    r"from|an|has|have|does|should|unable|failed|literal|unknown|value|got|argument)\b",
    re.IGNORECASE,
)
_ERRNO_MARK = re.compile(r"\[(Errno|WinError) -?\d+\]|Traceback \(most recent")

# Programming errors: a bug in a handler must not be reported as the network problem it was
# handling, so their context is not searched.
_PROGRAMMING_ERRORS: tuple[type[BaseException], ...] = (
    LookupError,
    TypeError,
    AttributeError,
    NameError,
    AssertionError,
    ArithmeticError,
    NotImplementedError,
)

_MAX_CHAIN = 12
_MAX_REPLY = 200


@dataclass(frozen=True)
class _Where:
    """What the caller knows about the place of the failure, already phrased."""

    host: str | None
    port: int | None
    path: str | None

    def server(self, kind: str = "el servidor") -> str:
        if self.host and self.port:
            host = f"[{self.host}]" if ":" in self.host else self.host
            return f"{kind} {host}:{self.port}"
        if self.host:
            return f"{kind} {self.host}"
        if self.port:
            return f"{kind} (puerto {self.port})"
        return kind

    def with_path(self, path: str | None) -> _Where:
        return self if self.path or not path else _Where(self.host, self.port, path)

    def file_words(self) -> dict[str, str]:
        if self.path:
            return {
                "file": f"el archivo «{self.path}»",
                "file_cap": f"El archivo «{self.path}»",
                "at": f" «{self.path}»",
            }
        return {"file": "el archivo", "file_cap": "El archivo", "at": ""}


@dataclass(frozen=True)
class _Reading:
    """A sentence and whether it is specific (a more precise cause is not worth looking for)."""

    sentence: str
    specific: bool = True
    verbatim: bool = False  # our own sentence: shown exactly as written


def describe_error(
    error: BaseException,
    *,
    host: str | None = None,
    port: int | None = None,
    path: str | os.PathLike[str] | None = None,
) -> str:
    """The Spanish sentence (what happened, what to do) to show a clerk for `error`.

    `host`/`port` name the server being contacted and `path` the file being used, because the
    exceptions often do not carry them (a refused connection does not say where it was going).
    The exception chain (`raise … from …`, or an exception raised while handling another) is
    searched when the outer exception is a wrapper that says less than its cause. Never raises.
    """
    try:
        where = _Where(host or None, port or None, _path_text(path))
        fallback: str | None = None
        for link in _chain(error):
            reading = _read(link, where.with_path(_path_text(getattr(link, "filename", None))))
            if reading is None:
                continue
            if reading.verbatim:
                return reading.sentence
            if reading.specific:
                return _finish(reading.sentence)
            fallback = fallback or reading.sentence
        return _finish(fallback) if fallback else GENERIC_SENTENCE
    except Exception:  # the reporter of errors must never be the next error
        return GENERIC_SENTENCE


def is_expected(error: BaseException) -> bool:
    """A refusal our own code raised with its Spanish sentence (a wrong password, a refused
    constancia, a bad value): worth a line in the log, not a traceback."""
    if _is_ours(type(error)):
        return True
    return isinstance(error, ValueError | PermissionError | LookupError) and (
        _own_sentence(error) is not None
    )


def is_connection_problem(error: BaseException) -> bool:
    """Whether `error` is a network failure worth retrying later: refused, timed out, name not
    resolved, connection cut, no route, server hung up (SMTP) or connection lost (IMAP).

    Refusals by a server that answered (bad password, recipient refused, a 5xx reply) and
    certificate or security mismatches are not: retrying them repeats the same answer.
    """
    for link in _chain(error):
        if isinstance(link, imaplib.IMAP4.abort) and not _imap_lacks_starttls(link):
            return True
        if isinstance(
            link,
            ConnectionError
            | TimeoutError
            | socket.gaierror
            | socket.herror
            | smtplib.SMTPServerDisconnected,
        ):
            return True
        if isinstance(link, ssl.SSLError | smtplib.SMTPException | imaplib.IMAP4.error):
            continue
        if isinstance(link, OSError) and link.errno in _CONNECTION_ERRNOS:
            return True
    return False


# --- Reading one exception ----------------------------------------------------------------------


# The database drivers' own errors (SQLAlchemy raises its wrappers "from" them): SQLite says
# what happened in English words, PostgreSQL in a five-character SQLSTATE.
_DB_BUSY = (
    "La base de datos está ocupada por otro programa o computadora (una importación, una copia "
    "de seguridad): espere un momento y vuelva a intentarlo."
)
_DB_FULL = (
    "No queda espacio en el disco de la base de datos: libere espacio y vuelva a intentarlo; "
    "no se guardó nada a medias."
)
_DB_DAMAGED = (
    "El archivo de la base de datos está dañado o no es una base de CLA Escritorio: restaure la "
    "última copia de seguridad y avise al soporte técnico."
)
_DB_READ_ONLY = (
    "La base de datos solo se puede leer (la carpeta o el disco no permiten escribir): pida al "
    "encargado de informática que revise los permisos."
)
_DB_CANNOT_OPEN = (
    "No se pudo abrir el archivo de la base de datos: revise que la carpeta exista y que se "
    "pueda escribir en ella."
)
_DB_UNREACHABLE = (
    "No se pudo conectar con el servidor de base de datos (PostgreSQL): revise la red y que el "
    "servidor esté encendido; si sigue igual, avise al encargado de informática."
)
_SQLITE_WORDS = (
    ("locked", _DB_BUSY),
    ("busy", _DB_BUSY),
    ("disk is full", _DB_FULL),
    ("not a database", _DB_DAMAGED),
    ("malformed", _DB_DAMAGED),
    ("readonly", _DB_READ_ONLY),
    ("read-only", _DB_READ_ONLY),
    ("unable to open", _DB_CANNOT_OPEN),
)
_SQLSTATE_PREFIXES = (
    ("08", _DB_UNREACHABLE),  # connection exception
    ("57P", _DB_UNREACHABLE),  # the server shut down or restarted
    ("53100", _DB_FULL),  # disk_full
    ("55P03", _DB_BUSY),  # lock_not_available
    ("40P01", _DB_BUSY),  # deadlock_detected
    ("57014", _DB_BUSY),  # query_canceled (a lock or statement timeout)
    ("53300", _DB_BUSY),  # too_many_connections
    ("XX001", _DB_DAMAGED),  # data_corrupted
)


def _read_database(error: BaseException) -> _Reading | None:
    module = type(error).__module__
    if module == "sqlite3":
        text = str(error).lower()
        return next((_Reading(s) for words, s in _SQLITE_WORDS if words in text), None)
    if module.startswith("psycopg"):
        state = getattr(error, "sqlstate", None) or ""
        if not state and type(error).__name__ == "OperationalError":
            return _Reading(_DB_UNREACHABLE)  # no SQLSTATE: the connection never happened
        return next((_Reading(s) for p, s in _SQLSTATE_PREFIXES if state.startswith(p)), None)
    return None


def _read(error: BaseException, where: _Where) -> _Reading | None:
    """The sentence for this exception alone; None when it says nothing a clerk can use."""
    if _is_ours(type(error)):
        text = _text(error)
        return _Reading(text, verbatim=True) if text.strip() else None
    if (database := _read_database(error)) is not None:
        return database
    if isinstance(error, UnicodeError):
        return _read_unicode(error, where)
    if isinstance(error, ssl.SSLCertVerificationError):
        return _Reading(_CERTIFICATE.format(server=where.server()))
    if isinstance(error, ssl.SSLError):
        return _Reading(_SECURE_FAILED.format(server=where.server()))
    if isinstance(error, smtplib.SMTPException):
        return _read_smtp(error, where)
    if isinstance(error, imaplib.IMAP4.error):
        return _read_imap(error, where)
    if isinstance(error, socket.gaierror | socket.herror):
        temporary = error.errno in _DNS_TEMPORARY
        sentence = _DNS_UNAVAILABLE if temporary else _DNS_NOT_FOUND
        return _Reading(sentence.format(server=_Where(where.host, None, None).server()))
    if isinstance(error, OSError):
        return _read_os(error, where)
    if isinstance(error, MemoryError):
        return _Reading(_NO_MEMORY)
    if isinstance(error, ValueError) or type(error) is LookupError:
        text = _own_sentence(error)
        return _Reading(text, verbatim=True) if text else None
    return None


def _read_os(error: OSError, where: _Where) -> _Reading | None:
    if error.errno is None and (isinstance(error, PermissionError) or type(error) is OSError):
        # Our services raise PermissionError("El usuario … no tiene permiso …") for roles.
        text = _own_sentence(error)
        if text:
            return _Reading(text, verbatim=True)
    code = error.errno
    if code not in NETWORK_ERRNO_SENTENCES and code not in FILE_ERRNO_SENTENCES:
        code = next((c for kind, c in _CLASS_ERRNO if isinstance(error, kind)), code)
    if code in NETWORK_ERRNO_SENTENCES:
        return _Reading(NETWORK_ERRNO_SENTENCES[code].format(server=where.server()))
    if code in FILE_ERRNO_SENTENCES:
        sentence = FILE_ERRNO_SENTENCES[code]
        if sentence is _NO_PERMISSION and where.host and not where.path:
            return _Reading(_NETWORK_PERMISSION.format(server=where.server()))
        return _Reading(sentence.format(**where.file_words()))
    if where.path:
        words = where.file_words()["file"]
        return _Reading(
            f"No se pudo usar {words}: revise que exista y que tenga permiso para usarlo; si se "
            "repite, avise al soporte técnico.",
            specific=False,
        )
    if where.host:
        return _Reading(
            f"No se pudo comunicar con {where.server()}: revise la conexión a la red y vuelva a "
            "intentarlo.",
            specific=False,
        )
    return None


def _read_unicode(error: UnicodeError, where: _Where) -> _Reading:
    if isinstance(error, UnicodeEncodeError):
        return _Reading(_CANNOT_ENCODE.format(**where.file_words()))
    return _Reading(_NOT_TEXT.format(**where.file_words()))


def _read_smtp(error: smtplib.SMTPException, where: _Where) -> _Reading:
    server = where.server("el servidor de correo")
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return _Reading(_SMTP_AUTH.format(server=server))
    if isinstance(error, smtplib.SMTPSenderRefused):
        return _Reading(
            _SMTP_SENDER.format(
                server=server,
                address=_quoted_address(error.sender),
                code=error.smtp_code,
                reply=_reply(error.smtp_error),
            )
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        address, (code, reply) = next(iter(error.recipients.items()), (None, (None, b"")))
        return _Reading(
            _SMTP_RECIPIENT.format(
                server=server,
                address=_quoted_address(address),
                code=f" (código {code})" if code else "",
                reply=_reply(reply),
            )
        )
    if isinstance(error, smtplib.SMTPNotSupportedError):
        text = _text(error).upper()
        if "STARTTLS" in text:
            return _Reading(_SMTP_NO_STARTTLS.format(server=server))
        if "AUTH" in text:
            return _Reading(_SMTP_NO_AUTH.format(server=server))
        return _Reading(_SMTP_NOT_SUPPORTED.format(server=server))
    if isinstance(error, smtplib.SMTPServerDisconnected):
        # Usually wraps the OSError that cut the line (a timeout says more): not specific.
        return _Reading(_SMTP_DISCONNECTED.format(server=server), specific=False)
    if isinstance(error, smtplib.SMTPResponseException):
        code, reply = error.smtp_code, _reply(error.smtp_error)
        if 400 <= code < 500:
            return _Reading(_SMTP_TEMPORARY.format(server=server, code=code, reply=reply))
        what = next(words for kind, words in _SMTP_REFUSAL_WORDS if isinstance(error, kind))
        return _Reading(_SMTP_REFUSED.format(server=server, what=what, code=code, reply=reply))
    return _Reading(_SMTP_OTHER.format(server=server), specific=False)


def _read_imap(error: imaplib.IMAP4.error, where: _Where) -> _Reading:
    server = where.server("el servidor de correo entrante")
    if _imap_lacks_starttls(error):
        return _Reading(_IMAP_NO_STARTTLS.format(server=server))
    if isinstance(error, imaplib.IMAP4.abort):
        # imaplib wraps the socket error that cut the line: not specific.
        return _Reading(_IMAP_CUT.format(server=server), specific=False)
    return _Reading(_IMAP_REFUSED.format(server=server))


def _imap_lacks_starttls(error: imaplib.IMAP4.error) -> bool:
    """imaplib reports a server without STARTTLS as an abort ("TLS not supported by server")
    in some versions and as an error ("STARTTLS extension not supported") in others."""
    text = _text(error).upper()
    return "STARTTLS" in text or ("TLS" in text and "NOT SUPPORTED" in text)


# --- Helpers ------------------------------------------------------------------------------------


def _chain(error: BaseException) -> Iterator[BaseException]:
    """`error`, then what caused it, as Python itself would print the chain (no cycles)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen and len(seen) < _MAX_CHAIN:
        seen.add(id(current))
        yield current
        if isinstance(current, _PROGRAMMING_ERRORS) and not _is_ours(type(current)):
            return
        if current.__cause__ is not None:
            current = current.__cause__
        elif not current.__suppress_context__:
            current = current.__context__
        else:
            current = None


def _is_ours(kind: type[BaseException]) -> bool:
    """Classes of the cla_desktop package carry a Spanish sentence by contract."""
    return _is_ours_module(kind.__module__ or "")


def _own_sentence(error: BaseException) -> str | None:
    """The exception's text, unchanged, when it is one of our Spanish sentences; else None."""
    text = _text(error)
    if not text.strip() or _ERRNO_MARK.search(text):
        return None
    if _SPANISH_MARK.search(text):
        return text
    if _raised_in_package(error) and not _ENGLISH_MARK.search(text):
        return text
    return None


def _raised_in_package(error: BaseException) -> bool:
    """Whether the innermost Python frame of the traceback belongs to cla_desktop."""
    tb = error.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    return _is_ours_module(tb.tb_frame.f_globals.get("__name__", ""))


def _is_ours_module(name: str) -> bool:
    return name == "cla_desktop" or name.startswith("cla_desktop.")


def _text(error: BaseException) -> str:
    """str(error), or nothing if even that fails (a broken __str__ must not hide the error)."""
    try:
        return str(error)
    except Exception:
        return ""


def _path_text(
    path: str | bytes | os.PathLike[str] | os.PathLike[bytes] | int | None,
) -> str | None:
    """The path as text; None when unknown or a file descriptor (an int has no name to show)."""
    if path is None or isinstance(path, int):
        return None
    try:
        text = os.fsdecode(path)
    except (TypeError, ValueError):
        return None
    return text or None


def _quoted_address(address: object) -> str:
    if isinstance(address, bytes):
        address = address.decode("utf-8", errors="replace")
    return f" «{address}»" if address else ""


def _reply(reply: object) -> str:
    """The server's own words, quoted as such (they are its text, not ours), or nothing."""
    if isinstance(reply, bytes):
        reply = reply.decode("utf-8", errors="replace")
    text = " ".join(str(reply or "").split()).replace("«", '"').replace("»", '"')
    if not text:
        return ""
    if len(text) > _MAX_REPLY:
        text = text[: _MAX_REPLY - 1].rstrip() + "…"
    return f" (respuesta del servidor: «{text}»)"


def _finish(sentence: str) -> str:
    """Capital first letter, single spaces, final period: the shape every message has."""
    text = " ".join(sentence.split())
    if not text:
        return GENERIC_SENTENCE
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."
