# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'consulta_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ConsultaForm(object):
    def setupUi(self, ConsultaForm):
        if not ConsultaForm.objectName():
            ConsultaForm.setObjectName(u"ConsultaForm")
        ConsultaForm.resize(800, 560)
        self.layout = QVBoxLayout(ConsultaForm)
        self.layout.setObjectName(u"layout")
        self.contextLabel = QLabel(ConsultaForm)
        self.contextLabel.setObjectName(u"contextLabel")
        self.contextLabel.setWordWrap(True)

        self.layout.addWidget(self.contextLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.categoryLabel = QLabel(ConsultaForm)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(ConsultaForm)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.detailLabel = QLabel(ConsultaForm)
        self.detailLabel.setObjectName(u"detailLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.detailLabel)

        self.detailRow = QHBoxLayout()
        self.detailRow.setObjectName(u"detailRow")
        self.nivelEdit = QLineEdit(ConsultaForm)
        self.nivelEdit.setObjectName(u"nivelEdit")

        self.detailRow.addWidget(self.nivelEdit)

        self.yearsEdit = QLineEdit(ConsultaForm)
        self.yearsEdit.setObjectName(u"yearsEdit")

        self.detailRow.addWidget(self.yearsEdit)

        self.codmodEdit = QLineEdit(ConsultaForm)
        self.codmodEdit.setObjectName(u"codmodEdit")

        self.detailRow.addWidget(self.codmodEdit)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.detailRow)

        self.citizenLabel = QLabel(ConsultaForm)
        self.citizenLabel.setObjectName(u"citizenLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.citizenLabel)

        self.citizenRow = QHBoxLayout()
        self.citizenRow.setObjectName(u"citizenRow")
        self.citizenDocEdit = QLineEdit(ConsultaForm)
        self.citizenDocEdit.setObjectName(u"citizenDocEdit")
        self.citizenDocEdit.setMaxLength(12)

        self.citizenRow.addWidget(self.citizenDocEdit)

        self.citizenNameEdit = QLineEdit(ConsultaForm)
        self.citizenNameEdit.setObjectName(u"citizenNameEdit")

        self.citizenRow.addWidget(self.citizenNameEdit)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.citizenRow)

        self.contactLabel = QLabel(ConsultaForm)
        self.contactLabel.setObjectName(u"contactLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QLineEdit(ConsultaForm)
        self.contactEdit.setObjectName(u"contactEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactEdit)


        self.layout.addLayout(self.form)

        self.descriptionLabel = QLabel(ConsultaForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.layout.addWidget(self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ConsultaForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.layout.addWidget(self.descriptionEdit)

        self.attachRow = QHBoxLayout()
        self.attachRow.setObjectName(u"attachRow")
        self.attachmentsList = QListWidget(ConsultaForm)
        self.attachmentsList.setObjectName(u"attachmentsList")
        self.attachmentsList.setMaximumSize(QSize(16777215, 70))

        self.attachRow.addWidget(self.attachmentsList)

        self.attachButton = QPushButton(ConsultaForm)
        self.attachButton.setObjectName(u"attachButton")

        self.attachRow.addWidget(self.attachButton)


        self.layout.addLayout(self.attachRow)

        self.messageLabel = QLabel(ConsultaForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsSpacer)

        self.draftButton = QPushButton(ConsultaForm)
        self.draftButton.setObjectName(u"draftButton")

        self.buttons.addWidget(self.draftButton)

        self.sendButton = QPushButton(ConsultaForm)
        self.sendButton.setObjectName(u"sendButton")

        self.buttons.addWidget(self.sendButton)


        self.layout.addLayout(self.buttons)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.detailLabel.setBuddy(self.nivelEdit)
        self.citizenLabel.setBuddy(self.citizenDocEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ConsultaForm)

        self.sendButton.setDefault(True)

    # setupUi

    def retranslateUi(self, ConsultaForm):
        self.contextLabel.setText(QCoreApplication.translate("ConsultaForm", u"Consulta sin estudiante (atenci\u00f3n a un ciudadano sin registro).", None))
#if QT_CONFIG(accessibility)
        self.contextLabel.setAccessibleName(QCoreApplication.translate("ConsultaForm", u"Estudiante de la consulta", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("ConsultaForm", u"&Categor\u00eda:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("ConsultaForm", u"Categor\u00eda", None))
#endif // QT_CONFIG(accessibility)
        self.detailLabel.setText(QCoreApplication.translate("ConsultaForm", u"&Nivel, a\u00f1os, c\u00f3digo modular:", None))
#if QT_CONFIG(accessibility)
        self.nivelEdit.setAccessibleName(QCoreApplication.translate("ConsultaForm", u"Nivel", None))
#endif // QT_CONFIG(accessibility)
        self.nivelEdit.setPlaceholderText(QCoreApplication.translate("ConsultaForm", u"nivel", None))
#if QT_CONFIG(accessibility)
        self.yearsEdit.setAccessibleName(QCoreApplication.translate("ConsultaForm", u"A\u00f1os, separados por comas", None))
#endif // QT_CONFIG(accessibility)
        self.yearsEdit.setPlaceholderText(QCoreApplication.translate("ConsultaForm", u"a\u00f1os: 2019, 2020", None))
#if QT_CONFIG(accessibility)
        self.codmodEdit.setAccessibleName(QCoreApplication.translate("ConsultaForm", u"C\u00f3digo modular", None))
#endif // QT_CONFIG(accessibility)
        self.codmodEdit.setPlaceholderText(QCoreApplication.translate("ConsultaForm", u"0474494-0", None))
        self.citizenLabel.setText(QCoreApplication.translate("ConsultaForm", u"Ci&udadano (DNI, nombre):", None))
#if QT_CONFIG(accessibility)
        self.citizenDocEdit.setAccessibleName(QCoreApplication.translate("ConsultaForm", u"DNI del ciudadano", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.citizenNameEdit.setAccessibleName(QCoreApplication.translate("ConsultaForm", u"Nombre del ciudadano", None))
#endif // QT_CONFIG(accessibility)
        self.contactLabel.setText(QCoreApplication.translate("ConsultaForm", u"C&ontacto:", None))
#if QT_CONFIG(accessibility)
        self.contactEdit.setAccessibleName(QCoreApplication.translate("ConsultaForm", u"Tel\u00e9fono o correo del ciudadano", None))
#endif // QT_CONFIG(accessibility)
        self.descriptionLabel.setText(QCoreApplication.translate("ConsultaForm", u"&Descripci\u00f3n del caso:", None))
#if QT_CONFIG(accessibility)
        self.descriptionEdit.setAccessibleName(QCoreApplication.translate("ConsultaForm", u"Descripci\u00f3n del caso", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.attachmentsList.setAccessibleName(QCoreApplication.translate("ConsultaForm", u"Adjuntos", None))
#endif // QT_CONFIG(accessibility)
        self.attachButton.setText(QCoreApplication.translate("ConsultaForm", u"&Adjuntar\u2026", None))
#if QT_CONFIG(tooltip)
        self.attachButton.setToolTip(QCoreApplication.translate("ConsultaForm", u"PDF, JPG o PNG de hasta 5 MB", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("ConsultaForm", u"Mensaje", None))
#endif // QT_CONFIG(accessibility)
        self.draftButton.setText(QCoreApplication.translate("ConsultaForm", u"Guardar &borrador", None))
        self.sendButton.setText(QCoreApplication.translate("ConsultaForm", u"&Enviar a DIGE", None))
        pass
    # retranslateUi

