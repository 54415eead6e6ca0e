# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'about_dialog.ui'
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
    QLabel, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AboutDialog(object):
    def setupUi(self, AboutDialog):
        if not AboutDialog.objectName():
            AboutDialog.setObjectName(u"AboutDialog")
        AboutDialog.resize(520, 360)
        self.layout = QVBoxLayout(AboutDialog)
        self.layout.setObjectName(u"layout")
        self.title = QLabel(AboutDialog)
        self.title.setObjectName(u"title")
        self.title.setText(u"CLA Escritorio")

        self.layout.addWidget(self.title)

        self.version = QLabel(AboutDialog)
        self.version.setObjectName(u"version")
        self.version.setText(u"")
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.version)

        self.description = QLabel(AboutDialog)
        self.description.setObjectName(u"description")
        self.description.setWordWrap(True)

        self.layout.addWidget(self.description)

        self.details = QLabel(AboutDialog)
        self.details.setObjectName(u"details")
        self.details.setText(u"")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.layout.addWidget(self.details)

        self.credits = QLabel(AboutDialog)
        self.credits.setObjectName(u"credits")
        self.credits.setWordWrap(True)

        self.layout.addWidget(self.credits)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(AboutDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(AboutDialog)
        self.buttons.rejected.connect(AboutDialog.reject)
    # setupUi

    def retranslateUi(self, AboutDialog):
        AboutDialog.setWindowTitle(QCoreApplication.translate("AboutDialog", u"Acerca de CLA Escritorio", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Nombre de la aplicaci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.version.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Versi\u00f3n", None))
#endif // QT_CONFIG(accessibility)
        self.description.setText(QCoreApplication.translate("AboutDialog", u"Atenci\u00f3n en ventanilla de UGEL y DRE: b\u00fasqueda de estudiantes, trayectoria escolar desde 2013, Constancia de Logros de Aprendizaje verificable y consultas a DIGE.", None))
#if QT_CONFIG(accessibility)
        self.details.setAccessibleName(QCoreApplication.translate("AboutDialog", u"Base de datos y archivos", None))
#endif // QT_CONFIG(accessibility)
        self.credits.setText(QCoreApplication.translate("AboutDialog", u"Datos de referencia: UBIGEO (ubigeo-peru-aumentado, licencia MIT, \u00a9 2021 Jes\u00fas M. Castagnetto), relaci\u00f3n de DRE y UGEL, y una muestra del padr\u00f3n de instituciones educativas de MINEDU. Los datos personales de la base de demostraci\u00f3n son ficticios.", None))
    # retranslateUi

