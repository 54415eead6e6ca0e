# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
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

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(440, 260)
        self.layout = QVBoxLayout(LoginDialog)
        self.layout.setObjectName(u"layout")
        self.titleLabel = QLabel(LoginDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.layout.addWidget(self.titleLabel)

        self.databaseLabel = QLabel(LoginDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setText(u"")
        self.databaseLabel.setWordWrap(True)

        self.layout.addWidget(self.databaseLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.usernameEditLabel = QLabel(LoginDialog)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(LoginDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordEditLabel = QLabel(LoginDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(LoginDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(LoginDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"QLabel { color: #b91c1c; }")

        self.layout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(LoginDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)

        self.retranslateUi(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Ingresar a CLA Escritorio", None))
        self.titleLabel.setText(QCoreApplication.translate("LoginDialog", u"Ingrese con su cuenta personal. Cada consulta queda registrada a su nombre (Ley 29733).", None))
#if QT_CONFIG(accessibility)
        self.databaseLabel.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Base de datos", None))
#endif // QT_CONFIG(accessibility)
        self.usernameEditLabel.setText(QCoreApplication.translate("LoginDialog", u"&Usuario:", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Usuario", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEditLabel.setText(QCoreApplication.translate("LoginDialog", u"&Contrase\u00f1a:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Contrase\u00f1a", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("LoginDialog", u"Mensaje", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

