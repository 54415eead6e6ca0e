# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify_view.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_VerifyView(object):
    def setupUi(self, VerifyView):
        if not VerifyView.objectName():
            VerifyView.setObjectName(u"VerifyView")
        VerifyView.resize(800, 500)
        self.layout = QVBoxLayout(VerifyView)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(VerifyView)
        self.title.setObjectName(u"title")

        self.layout.addWidget(self.title)

        self.help = QLabel(VerifyView)
        self.help.setObjectName(u"help")
        self.help.setWordWrap(True)

        self.layout.addWidget(self.help)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.codeLabel = QLabel(VerifyView)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(VerifyView)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setClearButtonEnabled(True)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.dniLabel = QLabel(VerifyView)
        self.dniLabel.setObjectName(u"dniLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dniLabel)

        self.dniEdit = QLineEdit(VerifyView)
        self.dniEdit.setObjectName(u"dniEdit")
        self.dniEdit.setMaxLength(14)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dniEdit)


        self.layout.addLayout(self.form)

        self.verifyButton = QPushButton(VerifyView)
        self.verifyButton.setObjectName(u"verifyButton")

        self.layout.addWidget(self.verifyButton)

        self.verdictLabel = QLabel(VerifyView)
        self.verdictLabel.setObjectName(u"verdictLabel")
        self.verdictLabel.setText(u"")
        self.verdictLabel.setWordWrap(True)

        self.layout.addWidget(self.verdictLabel)

        self.detailsLabel = QLabel(VerifyView)
        self.detailsLabel.setObjectName(u"detailsLabel")
        self.detailsLabel.setText(u"")
        self.detailsLabel.setWordWrap(True)
        self.detailsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.detailsLabel)

        self.trustLabel = QLabel(VerifyView)
        self.trustLabel.setObjectName(u"trustLabel")
        self.trustLabel.setText(u"")
        self.trustLabel.setWordWrap(True)

        self.layout.addWidget(self.trustLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.dniLabel.setBuddy(self.dniEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VerifyView)
    # setupUi

    def retranslateUi(self, VerifyView):
        self.title.setText(QCoreApplication.translate("VerifyView", u"Verificar una constancia", None))
        self.help.setText(QCoreApplication.translate("VerifyView", u"Escanee el c\u00f3digo QR con el lector (escribe el texto en el cuadro) o teclee el c\u00f3digo virtual y el n\u00famero de documento del estudiante. Funciona sin internet.", None))
        self.codeLabel.setText(QCoreApplication.translate("VerifyView", u"&QR o c\u00f3digo virtual:", None))
#if QT_CONFIG(accessibility)
        self.codeEdit.setAccessibleName(QCoreApplication.translate("VerifyView", u"Texto del QR o c\u00f3digo virtual", None))
#endif // QT_CONFIG(accessibility)
        self.dniLabel.setText(QCoreApplication.translate("VerifyView", u"&Documento del estudiante:", None))
#if QT_CONFIG(accessibility)
        self.dniEdit.setAccessibleName(QCoreApplication.translate("VerifyView", u"Documento del estudiante (con un c\u00f3digo tecleado)", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("VerifyView", u"&Verificar", None))
#if QT_CONFIG(tooltip)
        self.verifyButton.setToolTip(QCoreApplication.translate("VerifyView", u"Verificar (Intro)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.verdictLabel.setAccessibleName(QCoreApplication.translate("VerifyView", u"Resultado de la verificaci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsLabel.setAccessibleName(QCoreApplication.translate("VerifyView", u"Datos registrados para comparar con el papel", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.trustLabel.setAccessibleName(QCoreApplication.translate("VerifyView", u"Lista de confianza de esta oficina", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

