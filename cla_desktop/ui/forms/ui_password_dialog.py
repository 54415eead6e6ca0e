# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, PasswordDialog):
        if not PasswordDialog.objectName():
            PasswordDialog.setObjectName(u"PasswordDialog")
        PasswordDialog.resize(440, 240)
        self.layout = QVBoxLayout(PasswordDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(PasswordDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setText(u"")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.currentEditLabel = QLabel(PasswordDialog)
        self.currentEditLabel.setObjectName(u"currentEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentEditLabel)

        self.currentEdit = QLineEdit(PasswordDialog)
        self.currentEdit.setObjectName(u"currentEdit")
        self.currentEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentEdit)

        self.newEditLabel = QLabel(PasswordDialog)
        self.newEditLabel.setObjectName(u"newEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newEditLabel)

        self.newEdit = QLineEdit(PasswordDialog)
        self.newEdit.setObjectName(u"newEdit")
        self.newEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)

        self.repeatEditLabel = QLabel(PasswordDialog)
        self.repeatEditLabel.setObjectName(u"repeatEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.repeatEditLabel)

        self.repeatEdit = QLineEdit(PasswordDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(PasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"QLabel { color: #b91c1c; }")

        self.layout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(PasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.currentEditLabel.setBuddy(self.currentEdit)
        self.newEditLabel.setBuddy(self.newEdit)
        self.repeatEditLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PasswordDialog)
    # setupUi

    def retranslateUi(self, PasswordDialog):
        PasswordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Cambiar contrase\u00f1a", None))
        self.currentEditLabel.setText(QCoreApplication.translate("PasswordDialog", u"Contrase\u00f1a &actual:", None))
#if QT_CONFIG(accessibility)
        self.currentEdit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Contrase\u00f1a actual", None))
#endif // QT_CONFIG(accessibility)
        self.newEditLabel.setText(QCoreApplication.translate("PasswordDialog", u"Contrase\u00f1a &nueva:", None))
#if QT_CONFIG(accessibility)
        self.newEdit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Contrase\u00f1a nueva", None))
#endif // QT_CONFIG(accessibility)
        self.newEdit.setPlaceholderText(QCoreApplication.translate("PasswordDialog", u"al menos 8 caracteres", None))
        self.repeatEditLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Rep\u00edtala:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Repita la contrase\u00f1a nueva", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("PasswordDialog", u"Mensaje", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

