# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'issue_dialog.ui'
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

class Ui_IssueDialog(object):
    def setupUi(self, IssueDialog):
        if not IssueDialog.objectName():
            IssueDialog.setObjectName(u"IssueDialog")
        IssueDialog.resize(520, 360)
        self.layout = QVBoxLayout(IssueDialog)
        self.layout.setObjectName(u"layout")
        self.studentLabel = QLabel(IssueDialog)
        self.studentLabel.setObjectName(u"studentLabel")
        self.studentLabel.setText(u"")
        self.studentLabel.setWordWrap(True)

        self.layout.addWidget(self.studentLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nivelLabel = QLabel(IssueDialog)
        self.nivelLabel.setObjectName(u"nivelLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nivelLabel)

        self.nivelCombo = QComboBox(IssueDialog)
        self.nivelCombo.setObjectName(u"nivelCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nivelCombo)

        self.requesterLabel = QLabel(IssueDialog)
        self.requesterLabel.setObjectName(u"requesterLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requesterLabel)

        self.requesterCombo = QComboBox(IssueDialog)
        self.requesterCombo.setObjectName(u"requesterCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requesterCombo)

        self.requesterDocLabel = QLabel(IssueDialog)
        self.requesterDocLabel.setObjectName(u"requesterDocLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requesterDocLabel)

        self.requesterDocEdit = QLineEdit(IssueDialog)
        self.requesterDocEdit.setObjectName(u"requesterDocEdit")
        self.requesterDocEdit.setMaxLength(8)
        self.requesterDocEdit.setInputMask(u"")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requesterDocEdit)

        self.requesterNameLabel = QLabel(IssueDialog)
        self.requesterNameLabel.setObjectName(u"requesterNameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.requesterNameLabel)

        self.requesterNameEdit = QLineEdit(IssueDialog)
        self.requesterNameEdit.setObjectName(u"requesterNameEdit")
        self.requesterNameEdit.setMaxLength(160)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.requesterNameEdit)

        self.motivoLabel = QLabel(IssueDialog)
        self.motivoLabel.setObjectName(u"motivoLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.motivoLabel)

        self.motivoCombo = QComboBox(IssueDialog)
        self.motivoCombo.setObjectName(u"motivoCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.motivoCombo)

        self.otherLabel = QLabel(IssueDialog)
        self.otherLabel.setObjectName(u"otherLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.otherLabel)

        self.otherEdit = QLineEdit(IssueDialog)
        self.otherEdit.setObjectName(u"otherEdit")
        self.otherEdit.setMaxLength(150)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.otherEdit)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(IssueDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b91c1c;")

        self.layout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(IssueDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nivelLabel.setBuddy(self.nivelCombo)
        self.requesterLabel.setBuddy(self.requesterCombo)
        self.requesterDocLabel.setBuddy(self.requesterDocEdit)
        self.requesterNameLabel.setBuddy(self.requesterNameEdit)
        self.motivoLabel.setBuddy(self.motivoCombo)
        self.otherLabel.setBuddy(self.otherEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IssueDialog)
    # setupUi

    def retranslateUi(self, IssueDialog):
        IssueDialog.setWindowTitle(QCoreApplication.translate("IssueDialog", u"Emitir constancia", None))
#if QT_CONFIG(accessibility)
        self.studentLabel.setAccessibleName(QCoreApplication.translate("IssueDialog", u"Estudiante", None))
#endif // QT_CONFIG(accessibility)
        self.nivelLabel.setText(QCoreApplication.translate("IssueDialog", u"&Nivel:", None))
#if QT_CONFIG(accessibility)
        self.nivelCombo.setAccessibleName(QCoreApplication.translate("IssueDialog", u"Nivel de la constancia", None))
#endif // QT_CONFIG(accessibility)
        self.requesterLabel.setText(QCoreApplication.translate("IssueDialog", u"&Solicita:", None))
#if QT_CONFIG(accessibility)
        self.requesterCombo.setAccessibleName(QCoreApplication.translate("IssueDialog", u"Qui\u00e9n solicita", None))
#endif // QT_CONFIG(accessibility)
        self.requesterDocLabel.setText(QCoreApplication.translate("IssueDialog", u"&DNI de quien solicita:", None))
#if QT_CONFIG(accessibility)
        self.requesterDocEdit.setAccessibleName(QCoreApplication.translate("IssueDialog", u"DNI de quien solicita", None))
#endif // QT_CONFIG(accessibility)
        self.requesterNameLabel.setText(QCoreApplication.translate("IssueDialog", u"N&ombres y apellidos:", None))
#if QT_CONFIG(accessibility)
        self.requesterNameEdit.setAccessibleName(QCoreApplication.translate("IssueDialog", u"Nombres y apellidos de quien solicita", None))
#endif // QT_CONFIG(accessibility)
        self.motivoLabel.setText(QCoreApplication.translate("IssueDialog", u"&Motivo:", None))
#if QT_CONFIG(accessibility)
        self.motivoCombo.setAccessibleName(QCoreApplication.translate("IssueDialog", u"Motivo de la solicitud", None))
#endif // QT_CONFIG(accessibility)
        self.otherLabel.setText(QCoreApplication.translate("IssueDialog", u"O&tro motivo:", None))
#if QT_CONFIG(accessibility)
        self.otherEdit.setAccessibleName(QCoreApplication.translate("IssueDialog", u"Otro motivo (150 caracteres como m\u00e1ximo)", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("IssueDialog", u"Mensaje", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

