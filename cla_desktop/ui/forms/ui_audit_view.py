# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AuditView(object):
    def setupUi(self, AuditView):
        if not AuditView.objectName():
            AuditView.setObjectName(u"AuditView")
        self.layout = QVBoxLayout(AuditView)
        self.layout.setObjectName(u"layout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.sinceEditLabel = QLabel(AuditView)
        self.sinceEditLabel.setObjectName(u"sinceEditLabel")

        self.filterRow.addWidget(self.sinceEditLabel)

        self.sinceEdit = QDateEdit(AuditView)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)
        self.sinceEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.filterRow.addWidget(self.sinceEdit)

        self.untilEditLabel = QLabel(AuditView)
        self.untilEditLabel.setObjectName(u"untilEditLabel")

        self.filterRow.addWidget(self.untilEditLabel)

        self.untilEdit = QDateEdit(AuditView)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)
        self.untilEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.filterRow.addWidget(self.untilEdit)

        self.userEditLabel = QLabel(AuditView)
        self.userEditLabel.setObjectName(u"userEditLabel")

        self.filterRow.addWidget(self.userEditLabel)

        self.userEdit = QLineEdit(AuditView)
        self.userEdit.setObjectName(u"userEdit")
        self.userEdit.setMinimumSize(QSize(80, 0))
        self.userEdit.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.userEdit)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.layout.addLayout(self.filterRow)

        self.filterRow2 = QHBoxLayout()
        self.filterRow2.setObjectName(u"filterRow2")
        self.actionComboLabel = QLabel(AuditView)
        self.actionComboLabel.setObjectName(u"actionComboLabel")

        self.filterRow2.addWidget(self.actionComboLabel)

        self.actionCombo = QComboBox(AuditView)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.actionCombo.setMinimumContentsLength(18)

        self.filterRow2.addWidget(self.actionCombo)

        self.textEditLabel = QLabel(AuditView)
        self.textEditLabel.setObjectName(u"textEditLabel")

        self.filterRow2.addWidget(self.textEditLabel)

        self.textEdit = QLineEdit(AuditView)
        self.textEdit.setObjectName(u"textEdit")
        self.textEdit.setMinimumSize(QSize(120, 0))
        self.textEdit.setClearButtonEnabled(True)

        self.filterRow2.addWidget(self.textEdit)

        self.searchButton = QPushButton(AuditView)
        self.searchButton.setObjectName(u"searchButton")

        self.filterRow2.addWidget(self.searchButton)


        self.layout.addLayout(self.filterRow2)

        self.table = QTableWidget(AuditView)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)

        self.layout.addWidget(self.table)

        self.bottomRow = QHBoxLayout()
        self.bottomRow.setObjectName(u"bottomRow")
        self.countLabel = QLabel(AuditView)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setText(u"")
        self.countLabel.setWordWrap(True)

        self.bottomRow.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomRow.addItem(self.bottomSpacer)

        self.verifyLabel = QLabel(AuditView)
        self.verifyLabel.setObjectName(u"verifyLabel")
        self.verifyLabel.setText(u"")
        self.verifyLabel.setWordWrap(True)

        self.bottomRow.addWidget(self.verifyLabel)

        self.verifyButton = QPushButton(AuditView)
        self.verifyButton.setObjectName(u"verifyButton")

        self.bottomRow.addWidget(self.verifyButton)

        self.exportButton = QPushButton(AuditView)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomRow.addWidget(self.exportButton)


        self.layout.addLayout(self.bottomRow)

#if QT_CONFIG(shortcut)
        self.sinceEditLabel.setBuddy(self.sinceEdit)
        self.untilEditLabel.setBuddy(self.untilEdit)
        self.userEditLabel.setBuddy(self.userEdit)
        self.actionComboLabel.setBuddy(self.actionCombo)
        self.textEditLabel.setBuddy(self.textEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AuditView)
    # setupUi

    def retranslateUi(self, AuditView):
        self.sinceEditLabel.setText(QCoreApplication.translate("AuditView", u"&Desde:", None))
#if QT_CONFIG(accessibility)
        self.sinceEdit.setAccessibleName(QCoreApplication.translate("AuditView", u"Desde la fecha", None))
#endif // QT_CONFIG(accessibility)
        self.untilEditLabel.setText(QCoreApplication.translate("AuditView", u"&Hasta:", None))
#if QT_CONFIG(accessibility)
        self.untilEdit.setAccessibleName(QCoreApplication.translate("AuditView", u"Hasta la fecha", None))
#endif // QT_CONFIG(accessibility)
        self.userEditLabel.setText(QCoreApplication.translate("AuditView", u"&Usuario:", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("AuditView", u"Usuario", None))
#endif // QT_CONFIG(accessibility)
        self.userEdit.setPlaceholderText(QCoreApplication.translate("AuditView", u"todos", None))
        self.actionComboLabel.setText(QCoreApplication.translate("AuditView", u"&Acci\u00f3n:", None))
#if QT_CONFIG(accessibility)
        self.actionCombo.setAccessibleName(QCoreApplication.translate("AuditView", u"Acci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
        self.textEditLabel.setText(QCoreApplication.translate("AuditView", u"&Texto:", None))
#if QT_CONFIG(accessibility)
        self.textEdit.setAccessibleName(QCoreApplication.translate("AuditView", u"DNI, c\u00f3digo, ticket o nombre", None))
#endif // QT_CONFIG(accessibility)
        self.textEdit.setPlaceholderText(QCoreApplication.translate("AuditView", u"DNI, c\u00f3digo, ticket\u2026", None))
        self.searchButton.setText(QCoreApplication.translate("AuditView", u"&Buscar", None))
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditView", u"Entradas del registro de auditor\u00eda", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("AuditView", u"Cantidad de entradas", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verifyLabel.setAccessibleName(QCoreApplication.translate("AuditView", u"Resultado de la verificaci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("AuditView", u"&Verificar integridad", None))
        self.exportButton.setText(QCoreApplication.translate("AuditView", u"&Exportar CSV\u2026", None))
        pass
    # retranslateUi

