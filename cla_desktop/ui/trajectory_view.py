"""A student's trajectory: identity, per-nivel tables of years × áreas, and what to review,
each problem with a one-click "Registrar consulta".

Keyboard: Tab leaves the grades table for the "A revisar" panel and its buttons; Esc goes back.
With nothing to review the panel shrinks to its title, so the table keeps the height."""

from __future__ import annotations

import itertools
from functools import partial

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from cla_desktop.domain.identifiers import DocumentType
from cla_desktop.domain.names import full_name
from cla_desktop.domain.trajectory import Problem, Trajectory
from cla_desktop.ui.elided_text import ElidedText
from cla_desktop.ui.forms.ui_trajectory_view import Ui_TrajectoryView
from cla_desktop.ui.trajectory_table import fill


class TrajectoryView(QWidget):
    """Shows one Trajectory; emits back_requested (Esc) and consulta_requested(problem)."""

    back_requested = Signal()
    consulta_requested = Signal(object)  # (Trajectory, Problem)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_TrajectoryView()
        self.ui.setupUi(self)
        self.trajectory: Trajectory | None = None
        font = QFont(self.ui.nameLabel.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.nameLabel.setFont(font)
        self.name_text = ElidedText(self.ui.nameLabel)
        self.identity_text = ElidedText(self.ui.identityLabel)
        self.ui.headerLayout.setStretchFactor(self.ui.identityLayout, 1)  # the name first
        self.ui.backButton.clicked.connect(self.back_requested)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape.activated.connect(self.back_requested)
        self.ui.splitter.setStretchFactor(0, 1)  # a taller window gives the grades more rows
        self.ui.splitter.setStretchFactor(1, 0)
        self.problem_buttons: list[QPushButton] = []
        self._tables: list[QTableWidget] = []

    def show_trajectory(self, trajectory: Trajectory) -> None:
        self.trajectory = trajectory
        student = trajectory.student
        self.name_text.set_text(
            full_name(student.apellido_paterno, student.apellido_materno, student.nombres)
        )
        document = DocumentType(student.document_type).label
        parts = [f"{document} {student.document_number}" if student.document_number else document]
        parts.append(self.tr("Código {code}").format(code=student.codigo_estudiante or "-"))
        if student.fecha_nacimiento:
            parts.append(
                self.tr("Nacimiento {date}").format(
                    date=student.fecha_nacimiento.strftime("%d/%m/%Y")
                )
            )
        self.identity_text.set_text(" · ".join(parts))
        self._fill_tabs(trajectory)
        self._fill_problems(trajectory.problems)
        self._share_height(len(trajectory.problems))
        self._chain_focus()
        self.ui.backButton.setFocus()

    def _share_height(self, problems: int) -> None:
        """The grades table first; the panel only as tall as its problems need (a third of
        the height at most), and just its title when there is nothing to review."""
        self.ui.problemsScroll.setVisible(bool(problems))
        self.ui.problemsBox.layout().activate()
        total = max(self.ui.splitter.height(), 300)
        if problems:
            panel = min(total * 2 // 5, 56 + 46 * problems)
        else:
            panel = self.ui.problemsBox.minimumSizeHint().height()
        self.ui.splitter.setSizes([total - panel, panel])

    def _chain_focus(self) -> None:
        """Back, the nivel tabs, each table, then every "Registrar consulta" in order."""
        chain: list[QWidget] = [self.ui.backButton, self.ui.nivelTabs, *self._tables]
        chain += self.problem_buttons
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def tables(self) -> list[QTableWidget]:
        return list(self._tables)

    def _fill_tabs(self, trajectory: Trajectory) -> None:
        tabs = self.ui.nivelTabs
        while tabs.count():
            widget = tabs.widget(0)
            tabs.removeTab(0)
            widget.deleteLater()
        self._tables: list[QTableWidget] = []
        for nivel, records in trajectory.by_nivel().items():
            table = QTableWidget()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move inside)
            table.setAccessibleName(self.tr("Calificativos de {nivel}").format(nivel=nivel.label))
            fill(table, records)
            notes = [line for record in records for line in record.observations]
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(table)
            if notes:
                label = QLabel(self.tr("Observaciones: ") + "; ".join(notes))
                label.setWordWrap(True)
                label.setAccessibleName(
                    self.tr("Observaciones de {nivel}").format(nivel=nivel.label)
                )
                layout.addWidget(label)
            self._tables.append(table)
            tabs.addTab(page, nivel.label)
        tabs.setCurrentIndex(tabs.count() - 1)  # the latest nivel is what is usually asked for
        if not tabs.count():
            empty = QLabel(self.tr("Sin matrículas desde 2013."))
            empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            tabs.addTab(empty, self.tr("Sin datos"))

    def _fill_problems(self, problems: tuple[Problem, ...]) -> None:
        layout = self.ui.problemsLayout
        while layout.count():
            item = layout.takeAt(0)
            if item.widget():
                item.widget().hide()  # gone now, not at the next turn of the event loop
                item.widget().deleteLater()
        self.problem_buttons = []
        self.ui.problemsBox.setTitle(
            self.tr("A revisar ({count})").format(count=len(problems))
            if problems
            else self.tr("A revisar: nada pendiente")
        )
        for problem in problems:
            layout.addWidget(self._problem_row(problem))
        layout.addStretch(1)

    def _problem_row(self, problem: Problem) -> QFrame:
        row = QFrame()
        row.setFrameShape(QFrame.Shape.StyledPanel)
        if problem.blocks_constancia:
            row.setStyleSheet("QFrame { background: #fde2e2; }")
        line = QHBoxLayout(row)
        line.setContentsMargins(6, 3, 6, 3)
        prefix = self.tr("Impide emitir la constancia. ") if problem.blocks_constancia else ""
        label = QLabel(prefix + problem.message)
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Problema"))
        button = QPushButton(self.tr("Registrar consulta"))
        button.setAccessibleName(self.tr("Registrar consulta: {text}").format(text=problem.message))
        button.clicked.connect(partial(self.on_consulta_clicked, problem))
        self.problem_buttons.append(button)
        line.addWidget(label, 1)
        line.addWidget(button)
        return row

    @Slot()
    def on_consulta_clicked(self, problem: Problem) -> None:
        if self.trajectory is not None:
            self.consulta_requested.emit((self.trajectory, problem))
