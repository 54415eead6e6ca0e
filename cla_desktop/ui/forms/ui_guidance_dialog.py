# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'guidance_dialog.ui'
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
    QPushButton, QSizePolicy, QSpacerItem, QTextBrowser,
    QVBoxLayout, QWidget)

class Ui_GuidanceDialog(object):
    def setupUi(self, GuidanceDialog):
        if not GuidanceDialog.objectName():
            GuidanceDialog.setObjectName(u"GuidanceDialog")
        GuidanceDialog.resize(640, 520)
        self.layout = QVBoxLayout(GuidanceDialog)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(GuidanceDialog)
        self.title.setObjectName(u"title")
        self.title.setText(u"")
        self.title.setWordWrap(True)

        self.layout.addWidget(self.title)

        self.text = QTextBrowser(GuidanceDialog)
        self.text.setObjectName(u"text")
        self.text.setOpenExternalLinks(False)

        self.layout.addWidget(self.text)

        self.messageLabel = QLabel(GuidanceDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.layout.addWidget(self.messageLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.printButton = QPushButton(GuidanceDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(GuidanceDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonsLayout.addWidget(self.closeButton)


        self.layout.addLayout(self.buttonsLayout)


        self.retranslateUi(GuidanceDialog)

        self.printButton.setDefault(True)

    # setupUi

    def retranslateUi(self, GuidanceDialog):
        GuidanceDialog.setWindowTitle(QCoreApplication.translate("GuidanceDialog", u"Certificado de estudios y visado", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("GuidanceDialog", u"T\u00edtulo de la nota", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.text.setAccessibleName(QCoreApplication.translate("GuidanceDialog", u"Lo que dice MINEDU", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("GuidanceDialog", u"Mensaje", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("GuidanceDialog", u"&Imprimir para el ciudadano\u2026", None))
#if QT_CONFIG(tooltip)
        self.printButton.setToolTip(QCoreApplication.translate("GuidanceDialog", u"Una p\u00e1gina con esta informaci\u00f3n y el membrete de la oficina (queda en los reportes)", None))
#endif // QT_CONFIG(tooltip)
        self.closeButton.setText(QCoreApplication.translate("GuidanceDialog", u"&Cerrar", None))
    # retranslateUi

