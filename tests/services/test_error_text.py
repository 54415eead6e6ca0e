"""describe_error turns the exceptions a clerk can actually meet into Spanish sentences.

The exceptions are provoked for real wherever the machine allows it (closed ports, names under
.invalid, silent sockets, aiosmtpd refusing things, a scripted IMAP server, missing folders,
/dev/full, a lowered open-file limit, bytes in the wrong encoding); only errno values that
cannot be produced on demand (EROFS, EDQUOT, unreachable networks) are built by hand, in the
table tests at the end.
"""

from __future__ import annotations

import errno
import imaplib
import ipaddress
import os
import smtplib
import socket
import ssl
import struct
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from cla_desktop.domain.identifiers import dni_check_characters
from cla_desktop.domain.levels import Nivel
from cla_desktop.domain.roles import Role
from cla_desktop.services.actor import Actor
from cla_desktop.services.error_text import (
    FILE_ERRNO_SENTENCES,
    GENERIC_SENTENCE,
    NETWORK_ERRNO_SENTENCES,
    describe_error,
    is_connection_problem,
)
from cla_desktop.services.imports.importer import ImportCancelled
from cla_desktop.store.errors import DatabaseUnavailable
from tests.support import smtp_server
from tests.support.smtp_server import Recorder, free_port

HOST = "127.0.0.1"
FORBIDDEN = ("Errno", "errno", "Error:", "Connection refused", "codec", "Traceback")


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def assert_clerk_sentence(
    sentence: str, error: BaseException, *expected: str, own: bool = False
) -> None:
    """The shape of every message: Spanish sentence, no programmer's text, the place named."""
    assert sentence[:1].isupper(), sentence
    assert sentence.endswith("."), sentence
    for token in FORBIDDEN:
        assert token not in sentence, (token, sentence)
    for link in _chain(error):
        assert type(link).__name__ not in sentence, sentence
        library_text = str(link)
        if not own and len(library_text) > 3:
            assert library_text not in sentence, sentence
    for text in expected:
        assert text in sentence, (text, sentence)


def _catch(action: Callable[[], object], kind: type[BaseException] = BaseException):
    with pytest.raises(kind) as caught:
        action()
    return caught.value


# --- Servers -------------------------------------------------------------------------------------


@pytest.fixture
def closed_port() -> int:
    """A port nothing listens on: bound, then closed."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port that accepts connections (the kernel's backlog) and never says a word."""
    with socket.socket() as listener:
        listener.bind((HOST, 0))
        listener.listen(4)
        yield listener.getsockname()[1]


@contextmanager
def scripted_server(script: Callable[[socket.socket], None]) -> Iterator[int]:
    """A one-connection server on 127.0.0.1 that runs `script` on the accepted socket."""
    listener = socket.socket()
    listener.bind((HOST, 0))
    listener.listen(1)
    listener.settimeout(10)

    def run() -> None:
        try:
            connection, _ = listener.accept()
        except OSError:
            return
        with connection, suppress(OSError):
            script(connection)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        thread.join(timeout=10)
        listener.close()


@contextmanager
def smtp_controller(handler: object, **smtp_parameters: object) -> Iterator[int]:
    controller = Controller(handler, hostname=HOST, port=free_port(), **smtp_parameters)
    controller.start()
    try:
        yield controller.port
    finally:
        controller.stop()


def _message(sender: str = "ugel03@ugel.test", to: str = "dige@minedu.test") -> EmailMessage:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, "[CLA UGEL03-2026-000001]"
    message.set_content("Consulta de prueba.")
    return message


def _send(port: int) -> None:
    with smtplib.SMTP(HOST, port, timeout=5) as client:
        client.send_message(_message())


# --- Network -------------------------------------------------------------------------------------


def test_refused_connection_names_the_server(closed_port):
    error = _catch(lambda: socket.create_connection((HOST, closed_port), timeout=2))
    assert isinstance(error, ConnectionRefusedError)
    sentence = describe_error(error, host=HOST, port=closed_port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{closed_port}", "no acepta conexiones")
    assert sentence.startswith(f"El servidor {HOST}:{closed_port} no acepta conexiones")
    assert is_connection_problem(error)


def test_refused_smtp_connection(closed_port):
    error = _catch(lambda: smtplib.SMTP(HOST, closed_port, timeout=2))
    assert isinstance(error, ConnectionRefusedError)
    sentence = describe_error(error, host=HOST, port=closed_port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{closed_port}", "no acepta conexiones")
    assert is_connection_problem(error)


def test_unknown_host_name():
    name = "correo-cla.invalid"
    error = _catch(lambda: socket.getaddrinfo(name, 587), socket.gaierror)
    sentence = describe_error(error, host=name, port=587)
    assert_clerk_sentence(sentence, error, name)
    assert "No se encontró" in sentence or "No se pudo ubicar" in sentence
    assert is_connection_problem(error)


def test_unknown_host_name_through_smtplib():
    name = "smtp.ugel-que-no-existe.invalid"
    error = _catch(lambda: smtplib.SMTP(name, 587, timeout=2), socket.gaierror)
    assert_clerk_sentence(describe_error(error, host=name, port=587), error, name)


def test_server_that_never_answers_times_out(silent_port):
    with socket.socket() as client:
        client.settimeout(0.2)
        client.connect((HOST, silent_port))
        error = _catch(lambda: client.recv(100), TimeoutError)
    # socket.timeout (an alias of TimeoutError) carries no errno: it is read by its class.
    assert error.errno is None
    sentence = describe_error(error, host=HOST, port=silent_port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{silent_port}", "no respondió a tiempo")
    assert is_connection_problem(error)


def test_silent_smtp_server_reads_as_a_timeout(silent_port):
    # smtplib wraps the timeout in SMTPServerDisconnected; the cause says more.
    error = _catch(lambda: smtplib.SMTP(HOST, silent_port, timeout=0.2))
    assert isinstance(error, smtplib.SMTPServerDisconnected)
    assert isinstance(error.__context__, TimeoutError)
    sentence = describe_error(error, host=HOST, port=silent_port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{silent_port}", "no respondió a tiempo")
    assert is_connection_problem(error)


def test_connection_reset_by_the_server():
    with socket.socket() as listener:
        listener.bind((HOST, 0))
        listener.listen(1)
        port = listener.getsockname()[1]
        with socket.create_connection((HOST, port), timeout=5) as client:
            accepted, _ = listener.accept()
            # Linger 0: close sends RST instead of FIN.
            accepted.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            accepted.close()
            error = _catch(lambda: client.recv(100), ConnectionResetError)
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{port}", "Se cortó la conexión")
    assert is_connection_problem(error)


@pytest.mark.skipif(not hasattr(socket, "AF_UNIX"), reason="socketpair sobre AF_UNIX")
def test_broken_pipe():
    ours, theirs = socket.socketpair()
    theirs.close()
    with ours:
        error = _catch(lambda: ours.sendall(b"x" * 65536), BrokenPipeError)
    sentence = describe_error(error, host="smtp.ugel03.test", port=587)
    assert_clerk_sentence(sentence, error, "smtp.ugel03.test:587", "Se cortó la conexión")
    assert is_connection_problem(error)


def test_server_that_hangs_up_at_once():
    with scripted_server(lambda connection: None) as port:
        error = _catch(lambda: smtplib.SMTP(HOST, port, timeout=5))
    assert isinstance(error, smtplib.SMTPServerDisconnected)
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{port}", "cerró la conexión")
    assert is_connection_problem(error)


# --- SMTP against aiosmtpd -----------------------------------------------------------------------


def test_starttls_not_offered():
    with smtp_controller(Recorder()) as port, smtplib.SMTP(HOST, port, timeout=5) as client:
        error = _catch(client.starttls, smtplib.SMTPNotSupportedError)
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{port}", "no ofrece STARTTLS", "SSL")
    assert not is_connection_problem(error)


def test_login_not_offered_without_tls():
    # aiosmtpd offers AUTH only after STARTTLS by default.
    with smtp_controller(Recorder()) as port, smtplib.SMTP(HOST, port, timeout=5) as client:
        error = _catch(lambda: client.login("ugel03", "clave"), smtplib.SMTPNotSupportedError)
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{port}", "usuario y contraseña")


def test_ssl_against_a_plain_port():
    with smtp_controller(Recorder()) as port:
        error = _catch(
            lambda: smtplib.SMTP_SSL(HOST, port, timeout=5, context=ssl.create_default_context()),
            ssl.SSLError,
        )
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(
        sentence, error, f"{HOST}:{port}", "conexión segura", "STARTTLS o SSL", "puerto"
    )
    assert "SSL:" not in sentence and "WRONG_VERSION" not in sentence
    assert not is_connection_problem(error)


def _reject(server, session, envelope, mechanism, auth_data) -> AuthResult:
    return AuthResult(success=False, handled=False)


@pytest.mark.filterwarnings("ignore::UserWarning")
def test_password_rejected():
    with (
        smtp_controller(Recorder(), authenticator=_reject, auth_require_tls=False) as port,
        smtplib.SMTP(HOST, port, timeout=5) as client,
    ):
        error = _catch(
            lambda: client.login("ugel03", "clave-equivocada"), smtplib.SMTPAuthenticationError
        )
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{port}", "usuario o la contraseña")
    assert "535" not in sentence
    assert not is_connection_problem(error)


class _RefuseSender(Recorder):
    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        return "553 5.7.1 remitente no autorizado"


class _RefuseRecipient(Recorder):
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return "550 5.1.1 buzon desconocido"


def test_sender_refused():
    with smtp_controller(_RefuseSender()) as port:
        error = _catch(lambda: _send(port), smtplib.SMTPSenderRefused)
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(
        sentence,
        error,
        "ugel03@ugel.test",
        "553",
        "remitente",
        "respuesta del servidor: «5.7.1 remitente no autorizado»",
    )
    assert not is_connection_problem(error)


def test_recipient_refused_points_to_the_dige_mailbox():
    with smtp_controller(_RefuseRecipient()) as port:
        error = _catch(lambda: _send(port), smtplib.SMTPRecipientsRefused)
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(
        sentence, error, "dige@minedu.test", "550", "buzón de DIGE", "buzon desconocido"
    )
    assert not is_connection_problem(error)


def test_message_rejected_with_a_code():
    controller, recorder = smtp_server.start()
    recorder.replies.append("554 5.6.0 mensaje rechazado por politica")
    try:
        error = _catch(lambda: _send(controller.port), smtplib.SMTPDataError)
    finally:
        controller.stop()
    sentence = describe_error(error, host=HOST, port=controller.port)
    assert_clerk_sentence(
        sentence,
        error,
        f"{HOST}:{controller.port}",
        "código 554",
        "rechazó el mensaje",
        "«5.6.0 mensaje rechazado por politica»",
    )


def test_temporary_refusal_says_try_later():
    controller, recorder = smtp_server.start()
    recorder.replies.append("451 4.3.0 intente luego")
    try:
        error = _catch(lambda: _send(controller.port), smtplib.SMTPDataError)
    finally:
        controller.stop()
    sentence = describe_error(error, host=HOST, port=controller.port)
    assert_clerk_sentence(sentence, error, "código 451", "más tarde", "«4.3.0 intente luego»")


def _self_signed_context(folder: Path) -> ssl.SSLContext:
    pytest.importorskip("cryptography")
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, HOST)])
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(HOST))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_file, key_file = folder / "servidor.pem", folder / "servidor.key"
    cert_file.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


def test_untrusted_certificate(tmp_path):
    with smtp_controller(Recorder(), ssl_context=_self_signed_context(tmp_path)) as port:
        error = _catch(
            lambda: smtplib.SMTP_SSL(HOST, port, timeout=5, context=ssl.create_default_context()),
            ssl.SSLCertVerificationError,
        )
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{port}", "certificado", "soporte técnico")
    assert "CERTIFICATE_VERIFY_FAILED" not in sentence
    assert not is_connection_problem(error)


# --- IMAP against a scripted server --------------------------------------------------------------


def _imap_refusing_login(connection: socket.socket) -> None:
    stream = connection.makefile("rwb")
    stream.write(b"* OK CLA prueba lista\r\n")
    stream.flush()
    for line in stream:
        tag, command = [*line.split(b" ", 2), b""][:2]
        command = command.strip().upper()
        if command == b"CAPABILITY":
            stream.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK listo\r\n")
        elif command == b"LOGIN":
            stream.write(tag + b" NO [AUTHENTICATIONFAILED] credenciales no validas\r\n")
        elif command == b"LOGOUT":
            stream.write(b"* BYE adios\r\n" + tag + b" OK\r\n")
            stream.flush()
            return
        else:
            stream.write(tag + b" BAD orden desconocida\r\n")
        stream.flush()


def _imap_hanging_up(connection: socket.socket) -> None:
    connection.sendall(b"* OK CLA prueba lista\r\n")
    connection.recv(1000)  # the CAPABILITY command, left unanswered


def test_imap_login_refused():
    with scripted_server(_imap_refusing_login) as port:
        client = imaplib.IMAP4(HOST, port)
        error = _catch(lambda: client.login("consultas@ugel03.test", "mala"), imaplib.IMAP4.error)
        client.logout()
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{port}", "rechazó el ingreso", "buzón")
    assert "AUTHENTICATIONFAILED" not in sentence
    assert not is_connection_problem(error)


def test_imap_starttls_not_offered():
    with scripted_server(_imap_refusing_login) as port:
        client = imaplib.IMAP4(HOST, port)
        error = _catch(client.starttls, imaplib.IMAP4.error)
        client.logout()
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{port}", "no ofrece STARTTLS")
    assert not is_connection_problem(error)  # imaplib raises an "abort" for this one


def test_imap_connection_lost():
    with scripted_server(_imap_hanging_up) as port:
        error = _catch(lambda: imaplib.IMAP4(HOST, port), imaplib.IMAP4.abort)
    sentence = describe_error(error, host=HOST, port=port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{port}", "Se cortó la conexión")
    assert is_connection_problem(error)


# --- Files ---------------------------------------------------------------------------------------


def test_file_in_a_missing_folder(tmp_path):
    target = tmp_path / "no-existe" / "padron.csv"
    error = _catch(lambda: target.open(encoding="utf-8"), FileNotFoundError)
    sentence = describe_error(error)
    assert_clerk_sentence(sentence, error, "padron.csv", "No se encontró")
    assert not is_connection_problem(error)


def test_path_argument_wins_over_the_exception(tmp_path):
    error = _catch(lambda: (tmp_path / "x.csv").open(encoding="utf-8"), FileNotFoundError)
    assert "nomina 2025.csv" in describe_error(error, path=Path("nomina 2025.csv"))


def test_permission_refused_by_the_system(tmp_path):
    if getattr(os, "geteuid", lambda: 1)() == 0:
        # Root ignores folder permissions, but the kernel never lets anyone create files in /sys.
        target = Path("/sys/cla-constancia.pdf")
        folder = None
    else:
        folder = tmp_path / "solo-lectura"
        folder.mkdir()
        folder.chmod(0o500)
        target = folder / "cla-constancia.pdf"
    try:
        try:
            target.write_bytes(b"%PDF-1.7")
        except PermissionError as caught:
            error = caught
        else:
            target.unlink()
            pytest.skip("este sistema no negó el permiso")
    finally:
        if folder is not None:
            folder.chmod(0o700)
    assert error.errno in (errno.EACCES, errno.EPERM)
    sentence = describe_error(error)
    assert_clerk_sentence(sentence, error, "cla-constancia.pdf", "No hay permiso")


def test_role_refusal_is_passed_through():
    error = _catch(lambda: Actor("ana", Role.OPERADOR).require(Role.ADMINISTRADOR), PermissionError)
    assert error.errno is None
    assert describe_error(error) == str(error)
    assert_clerk_sentence(describe_error(error), error, "ana", own=True)


def test_directory_instead_of_file(tmp_path):
    folder = tmp_path / "actas 2024"
    folder.mkdir()
    error = _catch(lambda: folder.open("rb"), IsADirectoryError)
    sentence = describe_error(error)
    assert_clerk_sentence(sentence, error, "actas 2024", "carpeta")


def test_file_used_as_a_folder(tmp_path):
    plain = tmp_path / "nomina.csv"
    plain.write_text("DNI\n", encoding="utf-8")
    error = _catch(lambda: (plain / "dentro.csv").open("rb"), NotADirectoryError)
    sentence = describe_error(error)
    assert_clerk_sentence(sentence, error, "nomina.csv", "no es una carpeta")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="sin /dev/full")
def test_disk_full():
    def write() -> None:
        with open("/dev/full", "wb", buffering=0) as device:
            device.write(b"%PDF-1.7")

    error = _catch(write, OSError)
    assert error.errno == errno.ENOSPC
    sentence = describe_error(error, path="C:/Constancias/constancia-0001.pdf")
    assert_clerk_sentence(sentence, error, "constancia-0001.pdf", "disco está lleno")


def test_too_many_open_files(tmp_path):
    resource = pytest.importorskip("resource")
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("sin /proc/self/fd")
    target = tmp_path / "lote.csv"
    target.write_text("DNI\n", encoding="utf-8")
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    opened: list = []
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (len(os.listdir("/proc/self/fd")) + 2, hard))
        with pytest.raises(OSError) as caught:
            for _ in range(100):
                opened.append(target.open("rb"))
    finally:
        for stream in opened:
            stream.close()
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    error = caught.value
    assert error.errno == errno.EMFILE
    sentence = describe_error(error)
    assert_clerk_sentence(sentence, error, "lote.csv", "demasiados archivos abiertos")


def test_cp1252_bytes_read_as_utf8():
    data = "DNI;NOMBRES\n45678901;José Núñez\n".encode("cp1252")
    error = _catch(lambda: data.decode("utf-8"), UnicodeDecodeError)
    sentence = describe_error(error, path="nomina_2025.csv")
    assert_clerk_sentence(sentence, error, "nomina_2025.csv", "codificación", "UTF-8")
    assert "0xe9" not in sentence and "byte" not in sentence
    assert_clerk_sentence(describe_error(error), error, "El archivo")


def test_out_of_memory():
    error = _catch(lambda: bytearray(sys.maxsize // 2), MemoryError)
    assert_clerk_sentence(describe_error(error), error, "sin memoria")


# --- Our own sentences and programming errors ----------------------------------------------------


def test_programming_errors_get_the_generic_sentence():
    for action in (lambda: {}["dni"], lambda: len(5), lambda: None.upper()):
        error = _catch(action)
        sentence = describe_error(error, host=HOST, port=25, path="padron.csv")
        assert sentence == GENERIC_SENTENCE
        assert_clerk_sentence(sentence, error)
        assert "dni" not in sentence and "int" not in sentence


def test_our_value_errors_pass_through_unchanged():
    error = _catch(lambda: dni_check_characters("123"), ValueError)
    assert describe_error(error) == "El DNI debe tener exactamente 8 dígitos."
    # A short sentence without telltale Spanish words is still ours: raised inside cla_desktop.
    error = _catch(lambda: Nivel.parse("xyz"), ValueError)
    assert describe_error(error) == str(error)


def test_library_value_errors_do_not_leak():
    for action in (lambda: int("doce"), lambda: datetime.fromisoformat("2026-13-45")):
        error = _catch(action, ValueError)
        assert describe_error(error) == GENERIC_SENTENCE


def test_our_exception_classes_pass_through():
    error = DatabaseUnavailable("No se pudo abrir la base de datos: revise la conexión.")
    assert describe_error(error) == str(error)
    assert describe_error(ImportCancelled()) == GENERIC_SENTENCE
    assert describe_error(ValueError("")) == GENERIC_SENTENCE


class _LibraryError(Exception):
    """Stands for a third-party exception that wraps the real cause."""


def test_wrapper_gives_way_to_its_cause(closed_port):
    def connect() -> None:
        try:
            socket.create_connection((HOST, closed_port), timeout=2)
        except OSError as cause:
            raise _LibraryError("connection failed") from cause

    error = _catch(connect, _LibraryError)
    sentence = describe_error(error, host=HOST, port=closed_port)
    assert_clerk_sentence(sentence, error, f"{HOST}:{closed_port}", "no acepta conexiones")
    assert is_connection_problem(error)


def test_leaky_wrapper_of_ours_gives_way_to_its_cause(tmp_path):
    target = tmp_path / "confianza.json"

    def read() -> None:
        try:
            target.read_bytes()
        except OSError as cause:
            raise ValueError(f"No se pudo leer la lista de confianza {target}: {cause}") from cause

    error = _catch(read, ValueError)
    sentence = describe_error(error)
    assert_clerk_sentence(sentence, error, "confianza.json", "No se encontró", own=True)


def test_a_bug_while_handling_a_network_error_is_still_a_bug(closed_port):
    def handle() -> None:
        try:
            socket.create_connection((HOST, closed_port), timeout=2)
        except OSError:
            {}["estado"]

    error = _catch(handle, KeyError)
    assert describe_error(error, host=HOST, port=closed_port) == GENERIC_SENTENCE
    assert not is_connection_problem(error)


def test_never_raises_itself():
    class Broken(Exception):
        def __str__(self) -> str:
            raise RuntimeError("no")

    assert describe_error(Broken()) == GENERIC_SENTENCE
    loop = OSError("a")
    loop.__context__ = RuntimeError("b")
    loop.__context__.__context__ = loop
    assert describe_error(loop) == GENERIC_SENTENCE


# --- Tables: every errno the module knows, built by hand -----------------------------------------


def _capitalised(text: str) -> str:
    return text[0].upper() + text[1:]


@pytest.mark.parametrize("code", sorted(NETWORK_ERRNO_SENTENCES), ids=errno.errorcode.get)
def test_every_network_errno(code):
    error = OSError(code, os.strerror(code))
    sentence = describe_error(error, host="smtp.ugel03.test", port=587)
    expected = NETWORK_ERRNO_SENTENCES[code].format(server="el servidor smtp.ugel03.test:587")
    assert sentence == _capitalised(expected)
    assert_clerk_sentence(sentence, error, "smtp.ugel03.test:587")
    assert is_connection_problem(error) is (code != errno.EADDRNOTAVAIL)
    # Without host or port, the sentence still stands on its own.
    assert_clerk_sentence(describe_error(error), error, "servidor")


@pytest.mark.parametrize("code", sorted(FILE_ERRNO_SENTENCES), ids=errno.errorcode.get)
def test_every_file_errno(code):
    target = Path("Constancias 2026") / "constancia-0001.pdf"
    error = OSError(code, os.strerror(code), str(target))
    sentence = describe_error(error)
    assert_clerk_sentence(sentence, error, str(target))
    assert not is_connection_problem(error)
    assert_clerk_sentence(describe_error(OSError(code, os.strerror(code))), error)


def test_tables_cover_what_clerks_meet():
    network = {
        errno.ECONNREFUSED,
        errno.ETIMEDOUT,
        errno.ECONNRESET,
        errno.ECONNABORTED,
        errno.EPIPE,
        errno.ENETUNREACH,
        errno.EHOSTUNREACH,
    }
    files = {
        errno.ENOENT,
        errno.EACCES,
        errno.EPERM,
        errno.EISDIR,
        errno.ENOTDIR,
        errno.ENOSPC,
        errno.EROFS,
        errno.EMFILE,
    }
    if hasattr(errno, "EDQUOT"):
        files.add(errno.EDQUOT)
    assert network <= NETWORK_ERRNO_SENTENCES.keys()
    assert files <= FILE_ERRNO_SENTENCES.keys()
    assert not NETWORK_ERRNO_SENTENCES.keys() & FILE_ERRNO_SENTENCES.keys()


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (TimeoutError("timed out"), "no respondió a tiempo"),
        (TimeoutError(), "no respondió a tiempo"),
        (ConnectionRefusedError(), "no acepta conexiones"),
        (ConnectionResetError(), "Se cortó la conexión"),
        (ConnectionAbortedError(), "Se cortó la conexión"),
        (BrokenPipeError(), "Se cortó la conexión"),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else "",
)
def test_network_classes_without_errno(error, words):
    sentence = describe_error(error, host="imap.ugel03.test", port=993)
    assert_clerk_sentence(sentence, error, "imap.ugel03.test:993", words)
    assert is_connection_problem(error)


def test_permission_on_a_socket_blames_the_firewall():
    error = PermissionError(errno.EACCES, "Permission denied")
    sentence = describe_error(error, host="smtp.ugel03.test", port=25)
    assert_clerk_sentence(sentence, error, "smtp.ugel03.test:25", "cortafuegos")


def test_ipv6_hosts_are_bracketed():
    sentence = describe_error(ConnectionRefusedError(errno.ECONNREFUSED, "x"), host="::1", port=25)
    assert "[::1]:25" in sentence


def test_unknown_os_error_with_a_file_names_it():
    error = OSError(errno.EINVAL, os.strerror(errno.EINVAL), "acta.xlsx")
    assert_clerk_sentence(describe_error(error), error, "acta.xlsx")
    assert describe_error(OSError(errno.EINVAL, "Invalid argument")) == GENERIC_SENTENCE


# -- the database drivers' errors (real ones, raised by real connections) -----------------------
def test_a_locked_sqlite_database_is_busy_not_unexpected(tmp_path):
    import sqlite3

    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    path = tmp_path / "base.sqlite3"
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("CREATE TABLE t (x)")
    holder.execute("BEGIN EXCLUSIVE")
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0.1})
    try:
        with pytest.raises(OperationalError) as caught, engine.connect() as connection:
            connection.execute(text("SELECT * FROM t"))
        assert "ocupada por otro programa" in describe_error(caught.value)
    finally:
        holder.close()
        engine.dispose()


def test_a_file_that_is_not_a_database_is_called_damaged(tmp_path):
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import DatabaseError as DriverDatabaseError

    path = tmp_path / "base.sqlite3"
    path.write_bytes(b"esto no es una base de datos" * 200)
    engine = create_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(DriverDatabaseError) as caught, engine.connect() as connection:
            connection.execute(text("SELECT * FROM sqlite_master"))
        assert "dañado" in describe_error(caught.value)
    finally:
        engine.dispose()


def test_an_unreachable_postgresql_server(closed_port):
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    engine = create_engine(
        f"postgresql+psycopg://cla@127.0.0.1:{closed_port}/cla", connect_args={"connect_timeout": 2}
    )
    try:
        with pytest.raises(OperationalError) as caught, engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        sentence = describe_error(caught.value)
        assert "servidor de base de datos" in sentence or "no acepta conexiones" in sentence
    finally:
        engine.dispose()
