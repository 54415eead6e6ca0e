# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget, QWizard, QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(900, 620)
        ImportWizard.setWizardStyle(QWizard.ModernStyle)
        ImportWizard.setOptions(QWizard.NoBackButtonOnLastPage|QWizard.NoCancelButtonOnLastPage)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.fileForm = QFormLayout(self.filePage)
        self.fileForm.setObjectName(u"fileForm")
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileRow.addWidget(self.fileEdit)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileRow.addWidget(self.browseButton)


        self.fileForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.fileRow)

        self.kindLabel = QLabel(self.filePage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.filePage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.skipInvalidCheck = QCheckBox(self.filePage)
        self.skipInvalidCheck.setObjectName(u"skipInvalidCheck")

        self.fileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.skipInvalidCheck)

        self.fileHelp = QLabel(self.filePage)
        self.fileHelp.setObjectName(u"fileHelp")
        self.fileHelp.setWordWrap(True)

        self.fileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fileHelp)

        self.fileMessage = QLabel(self.filePage)
        self.fileMessage.setObjectName(u"fileMessage")
        self.fileMessage.setWordWrap(True)

        self.fileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fileMessage)

        ImportWizard.addPage(self.filePage)
        self.checkPage = QWizardPage()
        self.checkPage.setObjectName(u"checkPage")
        self.checkLayout = QVBoxLayout(self.checkPage)
        self.checkLayout.setObjectName(u"checkLayout")
        self.detectedLabel = QLabel(self.checkPage)
        self.detectedLabel.setObjectName(u"detectedLabel")
        self.detectedLabel.setWordWrap(True)

        self.checkLayout.addWidget(self.detectedLabel)

        self.columnsLabel = QLabel(self.checkPage)
        self.columnsLabel.setObjectName(u"columnsLabel")
        self.columnsLabel.setWordWrap(True)
        self.columnsLabel.setTextFormat(Qt.RichText)

        self.checkLayout.addWidget(self.columnsLabel)

        self.sexoRow = QHBoxLayout()
        self.sexoRow.setObjectName(u"sexoRow")
        self.sexoLabel = QLabel(self.checkPage)
        self.sexoLabel.setObjectName(u"sexoLabel")

        self.sexoRow.addWidget(self.sexoLabel)

        self.sexoCombo = QComboBox(self.checkPage)
        self.sexoCombo.setObjectName(u"sexoCombo")

        self.sexoRow.addWidget(self.sexoCombo)

        self.sexoHint = QLabel(self.checkPage)
        self.sexoHint.setObjectName(u"sexoHint")
        self.sexoHint.setWordWrap(True)

        self.sexoRow.addWidget(self.sexoHint)

        self.sexoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sexoRow.addItem(self.sexoSpacer)


        self.checkLayout.addLayout(self.sexoRow)

        self.previewTable = QTableWidget(self.checkPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.previewTable.setMaximumSize(QSize(16777215, 190))

        self.checkLayout.addWidget(self.previewTable)

        self.checkProgress = QProgressBar(self.checkPage)
        self.checkProgress.setObjectName(u"checkProgress")
        self.checkProgress.setValue(0)

        self.checkLayout.addWidget(self.checkProgress)

        self.checkSummary = QLabel(self.checkPage)
        self.checkSummary.setObjectName(u"checkSummary")
        self.checkSummary.setWordWrap(True)

        self.checkLayout.addWidget(self.checkSummary)

        self.problemTable = QTableWidget(self.checkPage)
        if (self.problemTable.columnCount() < 4):
            self.problemTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.problemTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.problemTable.setObjectName(u"problemTable")
        self.problemTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.problemTable.setColumnCount(4)

        self.checkLayout.addWidget(self.problemTable)

        ImportWizard.addPage(self.checkPage)
        self.runPage = QWizardPage()
        self.runPage.setObjectName(u"runPage")
        self.runLayout = QVBoxLayout(self.runPage)
        self.runLayout.setObjectName(u"runLayout")
        self.runLabel = QLabel(self.runPage)
        self.runLabel.setObjectName(u"runLabel")
        self.runLabel.setWordWrap(True)

        self.runLayout.addWidget(self.runLabel)

        self.runProgress = QProgressBar(self.runPage)
        self.runProgress.setObjectName(u"runProgress")
        self.runProgress.setValue(0)

        self.runLayout.addWidget(self.runProgress)

        self.cancelRow = QHBoxLayout()
        self.cancelRow.setObjectName(u"cancelRow")
        self.cancelSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.cancelRow.addItem(self.cancelSpacer)

        self.cancelImportButton = QPushButton(self.runPage)
        self.cancelImportButton.setObjectName(u"cancelImportButton")

        self.cancelRow.addWidget(self.cancelImportButton)


        self.runLayout.addLayout(self.cancelRow)

        self.runSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.runLayout.addItem(self.runSpacer)

        ImportWizard.addPage(self.runPage)
        self.summaryPage = QWizardPage()
        self.summaryPage.setObjectName(u"summaryPage")
        self.summaryLayout = QVBoxLayout(self.summaryPage)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(self.summaryPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.summaryLabel)

        self.summarySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summaryLayout.addItem(self.summarySpacer)

        ImportWizard.addPage(self.summaryPage)
#if QT_CONFIG(shortcut)
        self.fileLabel.setBuddy(self.fileEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.sexoLabel.setBuddy(self.sexoCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        ImportWizard.setWindowTitle(QCoreApplication.translate("ImportWizard", u"Importar datos", None))
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"1. Archivo y tipo de datos", None))
        self.filePage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Elija el archivo (CSV, TXT, XLSX o DBF) y diga qu\u00e9 contiene. Cargue primero el padr\u00f3n, luego las n\u00f3minas y al final las actas.", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"&Archivo:", None))
#if QT_CONFIG(accessibility)
        self.fileEdit.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Archivo a importar", None))
#endif // QT_CONFIG(accessibility)
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"Ruta del archivo\u2026", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"&Elegir\u2026", None))
        self.kindLabel.setText(QCoreApplication.translate("ImportWizard", u"&Contiene:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Tipo de datos del archivo", None))
#endif // QT_CONFIG(accessibility)
        self.skipInvalidCheck.setText(QCoreApplication.translate("ImportWizard", u"Importar solo las filas &v\u00e1lidas (las dem\u00e1s se guardan, con su motivo, en un archivo de rechazos)", None))
        self.fileHelp.setText(QCoreApplication.translate("ImportWizard", u"Sin esa opci\u00f3n, si una sola fila tiene un problema no se importa nada. En el paso siguiente se revisa todo el archivo sin guardar nada.", None))
#if QT_CONFIG(accessibility)
        self.fileMessage.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Aviso sobre el archivo", None))
#endif // QT_CONFIG(accessibility)
        self.checkPage.setTitle(QCoreApplication.translate("ImportWizard", u"2. Vista previa y revisi\u00f3n", None))
        self.checkPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Se revisa cada fila sin guardar nada. Los problemas se muestran con su fila y columna.", None))
#if QT_CONFIG(accessibility)
        self.detectedLabel.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Formato detectado", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.columnsLabel.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Columnas que se leen y columnas que no se usan", None))
#endif // QT_CONFIG(accessibility)
        self.sexoLabel.setText(QCoreApplication.translate("ImportWizard", u"&Sexo en el archivo:", None))
#if QT_CONFIG(accessibility)
        self.sexoCombo.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Forma en que el archivo escribe el sexo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sexoHint.setAccessibleName(QCoreApplication.translate("ImportWizard", u"C\u00f3mo se leer\u00e1 el sexo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.previewTable.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Primeras filas del archivo", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkProgress.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Avance de la revisi\u00f3n", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.checkSummary.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Resultado de la revisi\u00f3n", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.problemTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ImportWizard", u"Fila", None))
        ___qtablewidgetitem1 = self.problemTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ImportWizard", u"Columna", None))
        ___qtablewidgetitem2 = self.problemTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ImportWizard", u"Valor", None))
        ___qtablewidgetitem3 = self.problemTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ImportWizard", u"Motivo", None))
#if QT_CONFIG(accessibility)
        self.problemTable.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Problemas encontrados", None))
#endif // QT_CONFIG(accessibility)
        self.runPage.setTitle(QCoreApplication.translate("ImportWizard", u"3. Importaci\u00f3n", None))
        self.runPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"Todo se guarda en una sola operaci\u00f3n: si cancela, la base queda como estaba.", None))
#if QT_CONFIG(accessibility)
        self.runLabel.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Estado de la importaci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.runProgress.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Avance de la importaci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
        self.cancelImportButton.setText(QCoreApplication.translate("ImportWizard", u"&Detener y deshacer", None))
        self.summaryPage.setTitle(QCoreApplication.translate("ImportWizard", u"4. Resumen", None))
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ImportWizard", u"Resumen de la importaci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

