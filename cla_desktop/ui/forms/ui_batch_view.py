# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch_view.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QProgressBar,
    QPushButton, QSizePolicy, QVBoxLayout, QWidget)

class Ui_BatchView(object):
    def setupUi(self, BatchView):
        if not BatchView.objectName():
            BatchView.setObjectName(u"BatchView")
        BatchView.resize(800, 500)
        self.layout = QVBoxLayout(BatchView)
        self.layout.setObjectName(u"layout")
        self.help = QLabel(BatchView)
        self.help.setObjectName(u"help")
        self.help.setWordWrap(True)

        self.layout.addWidget(self.help)

        self.documentsEdit = QPlainTextEdit(BatchView)
        self.documentsEdit.setObjectName(u"documentsEdit")

        self.layout.addWidget(self.documentsEdit)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nivelLabel = QLabel(BatchView)
        self.nivelLabel.setObjectName(u"nivelLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nivelLabel)

        self.nivelCombo = QComboBox(BatchView)
        self.nivelCombo.setObjectName(u"nivelCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nivelCombo)

        self.motivoLabel = QLabel(BatchView)
        self.motivoLabel.setObjectName(u"motivoLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.motivoLabel)

        self.motivoCombo = QComboBox(BatchView)
        self.motivoCombo.setObjectName(u"motivoCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.motivoCombo)

        self.folderLabel = QLabel(BatchView)
        self.folderLabel.setObjectName(u"folderLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.folderLabel)

        self.folderRow = QHBoxLayout()
        self.folderRow.setObjectName(u"folderRow")
        self.folderEdit = QLineEdit(BatchView)
        self.folderEdit.setObjectName(u"folderEdit")

        self.folderRow.addWidget(self.folderEdit)

        self.folderButton = QPushButton(BatchView)
        self.folderButton.setObjectName(u"folderButton")

        self.folderRow.addWidget(self.folderButton)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.folderRow)


        self.layout.addLayout(self.form)

        self.runRow = QHBoxLayout()
        self.runRow.setObjectName(u"runRow")
        self.startButton = QPushButton(BatchView)
        self.startButton.setObjectName(u"startButton")

        self.runRow.addWidget(self.startButton)

        self.progressBar = QProgressBar(BatchView)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.runRow.addWidget(self.progressBar)

        self.cancelButton = QPushButton(BatchView)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setEnabled(False)

        self.runRow.addWidget(self.cancelButton)


        self.layout.addLayout(self.runRow)

        self.reportEdit = QPlainTextEdit(BatchView)
        self.reportEdit.setObjectName(u"reportEdit")
        self.reportEdit.setReadOnly(True)

        self.layout.addWidget(self.reportEdit)

#if QT_CONFIG(shortcut)
        self.nivelLabel.setBuddy(self.nivelCombo)
        self.motivoLabel.setBuddy(self.motivoCombo)
        self.folderLabel.setBuddy(self.folderEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BatchView)
    # setupUi

    def retranslateUi(self, BatchView):
        self.help.setText(QCoreApplication.translate("BatchView", u"Pegue un DNI o c\u00f3digo por l\u00ednea. Cada constancia se guarda como PDF en la carpeta elegida; las que no se pueden emitir se explican abajo.", None))
#if QT_CONFIG(accessibility)
        self.documentsEdit.setAccessibleName(QCoreApplication.translate("BatchView", u"Lista de DNI o c\u00f3digos, uno por l\u00ednea", None))
#endif // QT_CONFIG(accessibility)
        self.nivelLabel.setText(QCoreApplication.translate("BatchView", u"&Nivel:", None))
#if QT_CONFIG(accessibility)
        self.nivelCombo.setAccessibleName(QCoreApplication.translate("BatchView", u"Nivel", None))
#endif // QT_CONFIG(accessibility)
        self.motivoLabel.setText(QCoreApplication.translate("BatchView", u"&Motivo:", None))
#if QT_CONFIG(accessibility)
        self.motivoCombo.setAccessibleName(QCoreApplication.translate("BatchView", u"Motivo", None))
#endif // QT_CONFIG(accessibility)
        self.folderLabel.setText(QCoreApplication.translate("BatchView", u"&Carpeta:", None))
#if QT_CONFIG(accessibility)
        self.folderEdit.setAccessibleName(QCoreApplication.translate("BatchView", u"Carpeta de destino de los PDF", None))
#endif // QT_CONFIG(accessibility)
        self.folderButton.setText(QCoreApplication.translate("BatchView", u"&Elegir\u2026", None))
        self.startButton.setText(QCoreApplication.translate("BatchView", u"Emitir el &lote", None))
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("BatchView", u"Avance del lote", None))
#endif // QT_CONFIG(accessibility)
        self.cancelButton.setText(QCoreApplication.translate("BatchView", u"&Cancelar", None))
#if QT_CONFIG(accessibility)
        self.reportEdit.setAccessibleName(QCoreApplication.translate("BatchView", u"Resultado del lote", None))
#endif // QT_CONFIG(accessibility)
        pass
    # retranslateUi

