# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'user_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        UserDialog.resize(460, 300)
        self.layout = QVBoxLayout(UserDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fullNameEditLabel = QLabel(UserDialog)
        self.fullNameEditLabel.setObjectName(u"fullNameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameEditLabel)

        self.fullNameEdit = QLineEdit(UserDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.usernameEditLabel = QLabel(UserDialog)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(UserDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.roleComboLabel = QLabel(UserDialog)
        self.roleComboLabel.setObjectName(u"roleComboLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleComboLabel)

        self.roleCombo = QComboBox(UserDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.passwordEditLabel = QLabel(UserDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(UserDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatEditLabel = QLabel(UserDialog)
        self.repeatEditLabel.setObjectName(u"repeatEditLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.repeatEditLabel)

        self.repeatEdit = QLineEdit(UserDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.repeatEdit)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(UserDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"QLabel { color: #b91c1c; }")

        self.layout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(UserDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fullNameEditLabel.setBuddy(self.fullNameEdit)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.roleComboLabel.setBuddy(self.roleCombo)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
        self.repeatEditLabel.setBuddy(self.repeatEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"Nueva cuenta", None))
        self.fullNameEditLabel.setText(QCoreApplication.translate("UserDialog", u"&Nombres y apellidos:", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Nombres y apellidos", None))
#endif // QT_CONFIG(accessibility)
        self.usernameEditLabel.setText(QCoreApplication.translate("UserDialog", u"&Usuario:", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Usuario", None))
#endif // QT_CONFIG(accessibility)
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"por ejemplo, jperez", None))
        self.roleComboLabel.setText(QCoreApplication.translate("UserDialog", u"&Rol:", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("UserDialog", u"Rol", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEditLabel.setText(QCoreApplication.translate("UserDialog", u"&Contrase\u00f1a inicial:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Contrase\u00f1a inicial", None))
#endif // QT_CONFIG(accessibility)
        self.repeatEditLabel.setText(QCoreApplication.translate("UserDialog", u"R&ep\u00edtala:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("UserDialog", u"Repita la contrase\u00f1a", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("UserDialog", u"Mensaje", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

