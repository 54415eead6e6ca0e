# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mail_settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_MailSettingsDialog(object):
    def setupUi(self, MailSettingsDialog):
        if not MailSettingsDialog.objectName():
            MailSettingsDialog.setObjectName(u"MailSettingsDialog")
        MailSettingsDialog.resize(560, 520)
        self.layout = QVBoxLayout(MailSettingsDialog)
        self.layout.setObjectName(u"layout")
        self.smtpBox = QGroupBox(MailSettingsDialog)
        self.smtpBox.setObjectName(u"smtpBox")
        self.smtpForm = QFormLayout(self.smtpBox)
        self.smtpForm.setObjectName(u"smtpForm")
        self.smtpHostLabel = QLabel(self.smtpBox)
        self.smtpHostLabel.setObjectName(u"smtpHostLabel")

        self.smtpForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.smtpHostLabel)

        self.smtpHostRow = QHBoxLayout()
        self.smtpHostRow.setObjectName(u"smtpHostRow")
        self.smtpHostEdit = QLineEdit(self.smtpBox)
        self.smtpHostEdit.setObjectName(u"smtpHostEdit")

        self.smtpHostRow.addWidget(self.smtpHostEdit)

        self.smtpPortSpin = QSpinBox(self.smtpBox)
        self.smtpPortSpin.setObjectName(u"smtpPortSpin")
        self.smtpPortSpin.setMaximum(65535)

        self.smtpHostRow.addWidget(self.smtpPortSpin)


        self.smtpForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.smtpHostRow)

        self.smtpSecurityLabel = QLabel(self.smtpBox)
        self.smtpSecurityLabel.setObjectName(u"smtpSecurityLabel")

        self.smtpForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.smtpSecurityLabel)

        self.smtpSecurityCombo = QComboBox(self.smtpBox)
        self.smtpSecurityCombo.setObjectName(u"smtpSecurityCombo")

        self.smtpForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.smtpSecurityCombo)

        self.smtpUserLabel = QLabel(self.smtpBox)
        self.smtpUserLabel.setObjectName(u"smtpUserLabel")

        self.smtpForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.smtpUserLabel)

        self.smtpUserRow = QHBoxLayout()
        self.smtpUserRow.setObjectName(u"smtpUserRow")
        self.smtpUserEdit = QLineEdit(self.smtpBox)
        self.smtpUserEdit.setObjectName(u"smtpUserEdit")

        self.smtpUserRow.addWidget(self.smtpUserEdit)

        self.smtpPasswordEdit = QLineEdit(self.smtpBox)
        self.smtpPasswordEdit.setObjectName(u"smtpPasswordEdit")
        self.smtpPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.smtpUserRow.addWidget(self.smtpPasswordEdit)


        self.smtpForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.smtpUserRow)

        self.digeLabel = QLabel(self.smtpBox)
        self.digeLabel.setObjectName(u"digeLabel")

        self.smtpForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.digeLabel)

        self.digeEdit = QLineEdit(self.smtpBox)
        self.digeEdit.setObjectName(u"digeEdit")

        self.smtpForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.digeEdit)

        self.officeLabel = QLabel(self.smtpBox)
        self.officeLabel.setObjectName(u"officeLabel")

        self.smtpForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.officeLabel)

        self.officeEdit = QLineEdit(self.smtpBox)
        self.officeEdit.setObjectName(u"officeEdit")

        self.smtpForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.officeEdit)

        self.smtpTestButton = QPushButton(self.smtpBox)
        self.smtpTestButton.setObjectName(u"smtpTestButton")

        self.smtpForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.smtpTestButton)


        self.layout.addWidget(self.smtpBox)

        self.imapBox = QGroupBox(MailSettingsDialog)
        self.imapBox.setObjectName(u"imapBox")
        self.imapForm = QFormLayout(self.imapBox)
        self.imapForm.setObjectName(u"imapForm")
        self.imapHostLabel = QLabel(self.imapBox)
        self.imapHostLabel.setObjectName(u"imapHostLabel")

        self.imapForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.imapHostLabel)

        self.imapHostRow = QHBoxLayout()
        self.imapHostRow.setObjectName(u"imapHostRow")
        self.imapHostEdit = QLineEdit(self.imapBox)
        self.imapHostEdit.setObjectName(u"imapHostEdit")

        self.imapHostRow.addWidget(self.imapHostEdit)

        self.imapPortSpin = QSpinBox(self.imapBox)
        self.imapPortSpin.setObjectName(u"imapPortSpin")
        self.imapPortSpin.setMaximum(65535)

        self.imapHostRow.addWidget(self.imapPortSpin)


        self.imapForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.imapHostRow)

        self.imapSecurityLabel = QLabel(self.imapBox)
        self.imapSecurityLabel.setObjectName(u"imapSecurityLabel")

        self.imapForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.imapSecurityLabel)

        self.imapSecurityCombo = QComboBox(self.imapBox)
        self.imapSecurityCombo.setObjectName(u"imapSecurityCombo")

        self.imapForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.imapSecurityCombo)

        self.imapUserLabel = QLabel(self.imapBox)
        self.imapUserLabel.setObjectName(u"imapUserLabel")

        self.imapForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.imapUserLabel)

        self.imapUserRow = QHBoxLayout()
        self.imapUserRow.setObjectName(u"imapUserRow")
        self.imapUserEdit = QLineEdit(self.imapBox)
        self.imapUserEdit.setObjectName(u"imapUserEdit")

        self.imapUserRow.addWidget(self.imapUserEdit)

        self.imapPasswordEdit = QLineEdit(self.imapBox)
        self.imapPasswordEdit.setObjectName(u"imapPasswordEdit")
        self.imapPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.imapUserRow.addWidget(self.imapPasswordEdit)


        self.imapForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.imapUserRow)

        self.imapTestButton = QPushButton(self.imapBox)
        self.imapTestButton.setObjectName(u"imapTestButton")

        self.imapForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.imapTestButton)


        self.layout.addWidget(self.imapBox)

        self.messageLabel = QLabel(MailSettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(MailSettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.smtpHostLabel.setBuddy(self.smtpHostEdit)
        self.smtpSecurityLabel.setBuddy(self.smtpSecurityCombo)
        self.smtpUserLabel.setBuddy(self.smtpUserEdit)
        self.digeLabel.setBuddy(self.digeEdit)
        self.officeLabel.setBuddy(self.officeEdit)
        self.imapHostLabel.setBuddy(self.imapHostEdit)
        self.imapSecurityLabel.setBuddy(self.imapSecurityCombo)
        self.imapUserLabel.setBuddy(self.imapUserEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MailSettingsDialog)
    # setupUi

    def retranslateUi(self, MailSettingsDialog):
        MailSettingsDialog.setWindowTitle(QCoreApplication.translate("MailSettingsDialog", u"Correo para consultas a DIGE", None))
        self.smtpBox.setTitle(QCoreApplication.translate("MailSettingsDialog", u"Env\u00edo (SMTP)", None))
        self.smtpHostLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&Servidor y puerto:", None))
#if QT_CONFIG(accessibility)
        self.smtpHostEdit.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Servidor SMTP", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smtpPortSpin.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Puerto SMTP", None))
#endif // QT_CONFIG(accessibility)
        self.smtpSecurityLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Se&guridad:", None))
#if QT_CONFIG(accessibility)
        self.smtpSecurityCombo.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Seguridad SMTP", None))
#endif // QT_CONFIG(accessibility)
        self.smtpUserLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"&Usuario y contrase\u00f1a:", None))
#if QT_CONFIG(accessibility)
        self.smtpUserEdit.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Usuario SMTP", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.smtpPasswordEdit.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Contrase\u00f1a SMTP (se guarda en el llavero)", None))
#endif // QT_CONFIG(accessibility)
        self.smtpPasswordEdit.setPlaceholderText(QCoreApplication.translate("MailSettingsDialog", u"sin cambios", None))
        self.digeLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Correo de &DIGE:", None))
#if QT_CONFIG(accessibility)
        self.digeEdit.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Correo de DIGE", None))
#endif // QT_CONFIG(accessibility)
        self.officeLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Correo de la &oficina:", None))
#if QT_CONFIG(accessibility)
        self.officeEdit.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Correo de la oficina (remitente y respuestas)", None))
#endif // QT_CONFIG(accessibility)
        self.smtpTestButton.setText(QCoreApplication.translate("MailSettingsDialog", u"&Probar conexi\u00f3n", None))
        self.imapBox.setTitle(QCoreApplication.translate("MailSettingsDialog", u"Respuestas (IMAP, opcional)", None))
        self.imapHostLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Se&rvidor y puerto:", None))
#if QT_CONFIG(accessibility)
        self.imapHostEdit.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Servidor IMAP", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.imapPortSpin.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Puerto IMAP", None))
#endif // QT_CONFIG(accessibility)
        self.imapSecurityLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Seg&uridad:", None))
#if QT_CONFIG(accessibility)
        self.imapSecurityCombo.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Seguridad IMAP", None))
#endif // QT_CONFIG(accessibility)
        self.imapUserLabel.setText(QCoreApplication.translate("MailSettingsDialog", u"Usuario y contrase&\u00f1a:", None))
#if QT_CONFIG(accessibility)
        self.imapUserEdit.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Usuario IMAP", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.imapPasswordEdit.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Contrase\u00f1a IMAP (se guarda en el llavero)", None))
#endif // QT_CONFIG(accessibility)
        self.imapPasswordEdit.setPlaceholderText(QCoreApplication.translate("MailSettingsDialog", u"sin cambios", None))
        self.imapTestButton.setText(QCoreApplication.translate("MailSettingsDialog", u"Probar &buz\u00f3n", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("MailSettingsDialog", u"Resultado", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

