# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockDialog(object):
    def setupUi(self, LockDialog):
        if not LockDialog.objectName():
            LockDialog.setObjectName(u"LockDialog")
        LockDialog.resize(440, 240)
        self.layout = QVBoxLayout(LockDialog)
        self.layout.setObjectName(u"layout")
        self.whoLabel = QLabel(LockDialog)
        self.whoLabel.setObjectName(u"whoLabel")
        self.whoLabel.setText(u"")
        self.whoLabel.setWordWrap(True)

        self.layout.addWidget(self.whoLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.passwordEditLabel = QLabel(LockDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(LockDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(LockDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"QLabel { color: #b91c1c; }")

        self.layout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.switchUserButton = QPushButton(LockDialog)
        self.switchUserButton.setObjectName(u"switchUserButton")
        self.switchUserButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.switchUserButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.unlockButton = QPushButton(LockDialog)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonRow.addWidget(self.unlockButton)


        self.layout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockDialog)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LockDialog):
        LockDialog.setWindowTitle(QCoreApplication.translate("LockDialog", u"Pantalla bloqueada", None))
#if QT_CONFIG(accessibility)
        self.whoLabel.setAccessibleName(QCoreApplication.translate("LockDialog", u"Sesi\u00f3n bloqueada", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEditLabel.setText(QCoreApplication.translate("LockDialog", u"&Contrase\u00f1a:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LockDialog", u"Contrase\u00f1a", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("LockDialog", u"Mensaje", None))
#endif // QT_CONFIG(accessibility)
        self.switchUserButton.setText(QCoreApplication.translate("LockDialog", u"&Cambiar de usuario", None))
        self.unlockButton.setText(QCoreApplication.translate("LockDialog", u"&Desbloquear", None))
    # retranslateUi

