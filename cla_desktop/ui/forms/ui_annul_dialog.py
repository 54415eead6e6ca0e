# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'annul_dialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_AnnulDialog(object):
    def setupUi(self, AnnulDialog):
        if not AnnulDialog.objectName():
            AnnulDialog.setObjectName(u"AnnulDialog")
        AnnulDialog.resize(520, 300)
        self.layout = QVBoxLayout(AnnulDialog)
        self.layout.setObjectName(u"layout")
        self.whatLabel = QLabel(AnnulDialog)
        self.whatLabel.setObjectName(u"whatLabel")
        self.whatLabel.setText(u"")
        self.whatLabel.setWordWrap(True)

        self.layout.addWidget(self.whatLabel)

        self.warningLabel = QLabel(AnnulDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"color: #b91c1c;")

        self.layout.addWidget(self.warningLabel)

        self.reasonLabel = QLabel(AnnulDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.layout.addWidget(self.reasonLabel)

        self.reasonEdit = QLineEdit(AnnulDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaxLength(300)

        self.layout.addWidget(self.reasonEdit)

        self.messageLabel = QLabel(AnnulDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(AnnulDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.cancelButton)

        self.annulButton = QPushButton(AnnulDialog)
        self.annulButton.setObjectName(u"annulButton")

        self.buttonsLayout.addWidget(self.annulButton)


        self.layout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AnnulDialog)

        self.annulButton.setDefault(True)

    # setupUi

    def retranslateUi(self, AnnulDialog):
        AnnulDialog.setWindowTitle(QCoreApplication.translate("AnnulDialog", u"Anular constancia", None))
#if QT_CONFIG(accessibility)
        self.whatLabel.setAccessibleName(QCoreApplication.translate("AnnulDialog", u"Constancia que se anular\u00e1", None))
#endif // QT_CONFIG(accessibility)
        self.warningLabel.setText(QCoreApplication.translate("AnnulDialog", u"La anulaci\u00f3n no se puede deshacer: al verificarla, en cualquier oficina, la constancia figurar\u00e1 como ANULADA con el motivo que escriba. Queda registrada en la auditor\u00eda con su usuario.", None))
        self.reasonLabel.setText(QCoreApplication.translate("AnnulDialog", u"&Motivo de la anulaci\u00f3n:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("AnnulDialog", u"Motivo de la anulaci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("AnnulDialog", u"Por ejemplo: datos del solicitante equivocados", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("AnnulDialog", u"Mensaje", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("AnnulDialog", u"&Cancelar", None))
        self.annulButton.setText(QCoreApplication.translate("AnnulDialog", u"&Anular la constancia", None))
    # retranslateUi

