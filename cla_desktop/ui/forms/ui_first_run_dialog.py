# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(560, 420)
        self.layout = QVBoxLayout(FirstRunDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.fullNameEditLabel = QLabel(FirstRunDialog)
        self.fullNameEditLabel.setObjectName(u"fullNameEditLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameEditLabel)

        self.fullNameEdit = QLineEdit(FirstRunDialog)
        self.fullNameEdit.setObjectName(u"fullNameEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.usernameEditLabel = QLabel(FirstRunDialog)
        self.usernameEditLabel.setObjectName(u"usernameEditLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.usernameEditLabel)

        self.usernameEdit = QLineEdit(FirstRunDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordEditLabel = QLabel(FirstRunDialog)
        self.passwordEditLabel.setObjectName(u"passwordEditLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordEditLabel)

        self.passwordEdit = QLineEdit(FirstRunDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.repeatEditLabel = QLabel(FirstRunDialog)
        self.repeatEditLabel.setObjectName(u"repeatEditLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.repeatEditLabel)

        self.repeatEdit = QLineEdit(FirstRunDialog)
        self.repeatEdit.setObjectName(u"repeatEdit")
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.repeatEdit)

        self.dreComboLabel = QLabel(FirstRunDialog)
        self.dreComboLabel.setObjectName(u"dreComboLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.dreComboLabel)

        self.dreCombo = QComboBox(FirstRunDialog)
        self.dreCombo.setObjectName(u"dreCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.dreCombo)

        self.ugelComboLabel = QLabel(FirstRunDialog)
        self.ugelComboLabel.setObjectName(u"ugelComboLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ugelComboLabel)

        self.ugelCombo = QComboBox(FirstRunDialog)
        self.ugelCombo.setObjectName(u"ugelCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ugelCombo)


        self.layout.addLayout(self.form)

        self.messageLabel = QLabel(FirstRunDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"QLabel { color: #b91c1c; }")

        self.layout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(FirstRunDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.fullNameEditLabel.setBuddy(self.fullNameEdit)
        self.usernameEditLabel.setBuddy(self.usernameEdit)
        self.passwordEditLabel.setBuddy(self.passwordEdit)
        self.repeatEditLabel.setBuddy(self.repeatEdit)
        self.dreComboLabel.setBuddy(self.dreCombo)
        self.ugelComboLabel.setBuddy(self.ugelCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"Configuraci\u00f3n inicial de la oficina", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"Esta base de datos a\u00fan no tiene usuarios. Cree la cuenta del administrador de la oficina: podr\u00e1 crear despu\u00e9s las cuentas de operadores y supervisores.", None))
        self.fullNameEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Nombres y apellidos:", None))
#if QT_CONFIG(accessibility)
        self.fullNameEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Nombres y apellidos", None))
#endif // QT_CONFIG(accessibility)
        self.usernameEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Usuario:", None))
#if QT_CONFIG(accessibility)
        self.usernameEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Usuario", None))
#endif // QT_CONFIG(accessibility)
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"por ejemplo, jperez", None))
        self.passwordEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Contrase\u00f1a:", None))
#if QT_CONFIG(accessibility)
        self.passwordEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Contrase\u00f1a", None))
#endif // QT_CONFIG(accessibility)
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"al menos 8 caracteres", None))
        self.repeatEditLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&Repita la contrase\u00f1a:", None))
#if QT_CONFIG(accessibility)
        self.repeatEdit.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Repita la contrase\u00f1a", None))
#endif // QT_CONFIG(accessibility)
        self.dreComboLabel.setText(QCoreApplication.translate("FirstRunDialog", u"&DRE:", None))
#if QT_CONFIG(accessibility)
        self.dreCombo.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"DRE de la oficina", None))
#endif // QT_CONFIG(accessibility)
        self.ugelComboLabel.setText(QCoreApplication.translate("FirstRunDialog", u"U&GEL:", None))
#if QT_CONFIG(accessibility)
        self.ugelCombo.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"UGEL de la oficina", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("FirstRunDialog", u"Mensaje", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

