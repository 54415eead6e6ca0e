# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpinBox,
    QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 480)
        self.layout = QVBoxLayout(SettingsDialog)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.officeTab = QWidget()
        self.officeTab.setObjectName(u"officeTab")
        self.officeForm = QFormLayout(self.officeTab)
        self.officeForm.setObjectName(u"officeForm")
        self.officeHelp = QLabel(self.officeTab)
        self.officeHelp.setObjectName(u"officeHelp")
        self.officeHelp.setWordWrap(True)

        self.officeForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.officeHelp)

        self.dreComboLabel = QLabel(self.officeTab)
        self.dreComboLabel.setObjectName(u"dreComboLabel")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dreComboLabel)

        self.dreCombo = QComboBox(self.officeTab)
        self.dreCombo.setObjectName(u"dreCombo")

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dreCombo)

        self.ugelComboLabel = QLabel(self.officeTab)
        self.ugelComboLabel.setObjectName(u"ugelComboLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ugelComboLabel)

        self.ugelCombo = QComboBox(self.officeTab)
        self.ugelCombo.setObjectName(u"ugelCombo")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ugelCombo)

        self.tabs.addTab(self.officeTab, "")
        self.databaseTab = QWidget()
        self.databaseTab.setObjectName(u"databaseTab")
        self.databaseForm = QFormLayout(self.databaseTab)
        self.databaseForm.setObjectName(u"databaseForm")
        self.databaseHelp = QLabel(self.databaseTab)
        self.databaseHelp.setObjectName(u"databaseHelp")
        self.databaseHelp.setWordWrap(True)

        self.databaseForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.databaseHelp)

        self.kindComboLabel = QLabel(self.databaseTab)
        self.kindComboLabel.setObjectName(u"kindComboLabel")

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindComboLabel)

        self.kindCombo = QComboBox(self.databaseTab)
        self.kindCombo.setObjectName(u"kindCombo")

        self.databaseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.sqlitePathEditLabel = QLabel(self.databaseTab)
        self.sqlitePathEditLabel.setObjectName(u"sqlitePathEditLabel")

        self.databaseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sqlitePathEditLabel)

        self.sqlitePathEdit = QLineEdit(self.databaseTab)
        self.sqlitePathEdit.setObjectName(u"sqlitePathEdit")

        self.databaseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.sqlitePathEdit)

        self.hostEditLabel = QLabel(self.databaseTab)
        self.hostEditLabel.setObjectName(u"hostEditLabel")

        self.databaseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.hostEditLabel)

        self.hostEdit = QLineEdit(self.databaseTab)
        self.hostEdit.setObjectName(u"hostEdit")

        self.databaseForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.portSpinLabel = QLabel(self.databaseTab)
        self.portSpinLabel.setObjectName(u"portSpinLabel")

        self.databaseForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.portSpinLabel)

        self.portSpin = QSpinBox(self.databaseTab)
        self.portSpin.setObjectName(u"portSpin")
        self.portSpin.setMinimum(1)
        self.portSpin.setMaximum(65535)

        self.databaseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.portSpin)

        self.databaseEditLabel = QLabel(self.databaseTab)
        self.databaseEditLabel.setObjectName(u"databaseEditLabel")

        self.databaseForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.databaseEditLabel)

        self.databaseEdit = QLineEdit(self.databaseTab)
        self.databaseEdit.setObjectName(u"databaseEdit")

        self.databaseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.databaseEdit)

        self.userEditLabel = QLabel(self.databaseTab)
        self.userEditLabel.setObjectName(u"userEditLabel")

        self.databaseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.userEditLabel)

        self.userEdit = QLineEdit(self.databaseTab)
        self.userEdit.setObjectName(u"userEdit")

        self.databaseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.dbPasswordEditLabel = QLabel(self.databaseTab)
        self.dbPasswordEditLabel.setObjectName(u"dbPasswordEditLabel")

        self.databaseForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dbPasswordEditLabel)

        self.dbPasswordEdit = QLineEdit(self.databaseTab)
        self.dbPasswordEdit.setObjectName(u"dbPasswordEdit")
        self.dbPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.databaseForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dbPasswordEdit)

        self.testButton = QPushButton(self.databaseTab)
        self.testButton.setObjectName(u"testButton")

        self.databaseForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.testButton)

        self.testLabel = QLabel(self.databaseTab)
        self.testLabel.setObjectName(u"testLabel")
        self.testLabel.setWordWrap(True)

        self.databaseForm.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.testLabel)

        self.tabs.addTab(self.databaseTab, "")
        self.mailTab = QWidget()
        self.mailTab.setObjectName(u"mailTab")
        self.mailForm = QFormLayout(self.mailTab)
        self.mailForm.setObjectName(u"mailForm")
        self.mailSummaryLabel = QLabel(self.mailTab)
        self.mailSummaryLabel.setObjectName(u"mailSummaryLabel")
        self.mailSummaryLabel.setWordWrap(True)

        self.mailForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.mailSummaryLabel)

        self.mailButton = QPushButton(self.mailTab)
        self.mailButton.setObjectName(u"mailButton")

        self.mailForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mailButton)

        self.tabs.addTab(self.mailTab, "")
        self.printerTab = QWidget()
        self.printerTab.setObjectName(u"printerTab")
        self.printerForm = QFormLayout(self.printerTab)
        self.printerForm.setObjectName(u"printerForm")
        self.printerComboLabel = QLabel(self.printerTab)
        self.printerComboLabel.setObjectName(u"printerComboLabel")

        self.printerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.printerComboLabel)

        self.printerCombo = QComboBox(self.printerTab)
        self.printerCombo.setObjectName(u"printerCombo")

        self.printerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.printerCombo)

        self.copiesSpinLabel = QLabel(self.printerTab)
        self.copiesSpinLabel.setObjectName(u"copiesSpinLabel")

        self.printerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.copiesSpinLabel)

        self.copiesSpin = QSpinBox(self.printerTab)
        self.copiesSpin.setObjectName(u"copiesSpin")
        self.copiesSpin.setMinimum(1)
        self.copiesSpin.setMaximum(10)

        self.printerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.copiesSpin)

        self.paperComboLabel = QLabel(self.printerTab)
        self.paperComboLabel.setObjectName(u"paperComboLabel")

        self.printerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.paperComboLabel)

        self.paperCombo = QComboBox(self.printerTab)
        self.paperCombo.setObjectName(u"paperCombo")

        self.printerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.askCheck = QCheckBox(self.printerTab)
        self.askCheck.setObjectName(u"askCheck")

        self.printerForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.askCheck)

        self.tabs.addTab(self.printerTab, "")
        self.verificationTab = QWidget()
        self.verificationTab.setObjectName(u"verificationTab")
        self.verificationForm = QFormLayout(self.verificationTab)
        self.verificationForm.setObjectName(u"verificationForm")
        self.verificationHelp = QLabel(self.verificationTab)
        self.verificationHelp.setObjectName(u"verificationHelp")
        self.verificationHelp.setWordWrap(True)

        self.verificationForm.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.verificationHelp)

        self.baseEditLabel = QLabel(self.verificationTab)
        self.baseEditLabel.setObjectName(u"baseEditLabel")

        self.verificationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.baseEditLabel)

        self.baseEdit = QLineEdit(self.verificationTab)
        self.baseEdit.setObjectName(u"baseEdit")

        self.verificationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.baseEdit)

        self.tabs.addTab(self.verificationTab, "")
        self.sessionTab = QWidget()
        self.sessionTab.setObjectName(u"sessionTab")
        self.sessionForm = QFormLayout(self.sessionTab)
        self.sessionForm.setObjectName(u"sessionForm")
        self.idleSpinLabel = QLabel(self.sessionTab)
        self.idleSpinLabel.setObjectName(u"idleSpinLabel")

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleSpinLabel)

        self.idleSpin = QSpinBox(self.sessionTab)
        self.idleSpin.setObjectName(u"idleSpin")
        self.idleSpin.setMinimum(1)
        self.idleSpin.setMaximum(240)

        self.sessionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleSpin)

        self.retentionSpinLabel = QLabel(self.sessionTab)
        self.retentionSpinLabel.setObjectName(u"retentionSpinLabel")

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.retentionSpinLabel)

        self.retentionSpin = QSpinBox(self.sessionTab)
        self.retentionSpin.setObjectName(u"retentionSpin")
        self.retentionSpin.setMinimum(0)
        self.retentionSpin.setMaximum(36500)

        self.sessionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.retentionSpin)

        self.retentionHelp = QLabel(self.sessionTab)
        self.retentionHelp.setObjectName(u"retentionHelp")
        self.retentionHelp.setWordWrap(True)

        self.sessionForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.retentionHelp)

        self.tabs.addTab(self.sessionTab, "")

        self.layout.addWidget(self.tabs)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setStyleSheet(u"QLabel { color: #b91c1c; }")

        self.layout.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(SettingsDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dreComboLabel.setBuddy(self.dreCombo)
        self.ugelComboLabel.setBuddy(self.ugelCombo)
        self.kindComboLabel.setBuddy(self.kindCombo)
        self.sqlitePathEditLabel.setBuddy(self.sqlitePathEdit)
        self.hostEditLabel.setBuddy(self.hostEdit)
        self.portSpinLabel.setBuddy(self.portSpin)
        self.databaseEditLabel.setBuddy(self.databaseEdit)
        self.userEditLabel.setBuddy(self.userEdit)
        self.dbPasswordEditLabel.setBuddy(self.dbPasswordEdit)
        self.printerComboLabel.setBuddy(self.printerCombo)
        self.copiesSpinLabel.setBuddy(self.copiesSpin)
        self.paperComboLabel.setBuddy(self.paperCombo)
        self.baseEditLabel.setBuddy(self.baseEdit)
        self.idleSpinLabel.setBuddy(self.idleSpin)
        self.retentionSpinLabel.setBuddy(self.retentionSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Configuraci\u00f3n", None))
#if QT_CONFIG(accessibility)
        self.tabs.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Secciones de la configuraci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
        self.officeHelp.setText(QCoreApplication.translate("SettingsDialog", u"La DRE y la UGEL que atiende esta instalaci\u00f3n (relaci\u00f3n oficial de MINEDU). Se comparte con las dem\u00e1s ventanillas de la oficina.", None))
        self.dreComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"&DRE:", None))
#if QT_CONFIG(accessibility)
        self.dreCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"DRE de la oficina", None))
#endif // QT_CONFIG(accessibility)
        self.ugelComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"U&GEL:", None))
#if QT_CONFIG(accessibility)
        self.ugelCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"UGEL de la oficina", None))
#endif // QT_CONFIG(accessibility)
        self.tabs.setTabText(self.tabs.indexOf(self.officeTab), QCoreApplication.translate("SettingsDialog", u"Oficina", None))
        self.databaseHelp.setText(QCoreApplication.translate("SettingsDialog", u"Una sola ventanilla: archivo SQLite en este equipo. Varias ventanillas: un servidor PostgreSQL compartido. Al cambiarla, la aplicaci\u00f3n vuelve a abrirse y pide ingresar otra vez.", None))
        self.kindComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Tipo:", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Tipo de base de datos", None))
#endif // QT_CONFIG(accessibility)
        self.sqlitePathEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Archivo SQLite:", None))
#if QT_CONFIG(accessibility)
        self.sqlitePathEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Archivo SQLite", None))
#endif // QT_CONFIG(accessibility)
        self.sqlitePathEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"el archivo por omisi\u00f3n de este usuario", None))
        self.hostEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Servidor:", None))
#if QT_CONFIG(accessibility)
        self.hostEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Servidor PostgreSQL", None))
#endif // QT_CONFIG(accessibility)
        self.portSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Puerto:", None))
#if QT_CONFIG(accessibility)
        self.portSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Puerto PostgreSQL", None))
#endif // QT_CONFIG(accessibility)
        self.databaseEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Base:", None))
#if QT_CONFIG(accessibility)
        self.databaseEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Nombre de la base PostgreSQL", None))
#endif // QT_CONFIG(accessibility)
        self.userEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Usuario:", None))
#if QT_CONFIG(accessibility)
        self.userEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Usuario de PostgreSQL", None))
#endif // QT_CONFIG(accessibility)
        self.dbPasswordEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"C&ontrase\u00f1a:", None))
#if QT_CONFIG(accessibility)
        self.dbPasswordEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Contrase\u00f1a de PostgreSQL (se guarda en el llavero)", None))
#endif // QT_CONFIG(accessibility)
        self.dbPasswordEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"sin cambios", None))
        self.testButton.setText(QCoreApplication.translate("SettingsDialog", u"&Probar conexi\u00f3n", None))
        self.testLabel.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.databaseTab), QCoreApplication.translate("SettingsDialog", u"Base de datos", None))
        self.mailSummaryLabel.setText("")
        self.mailButton.setText(QCoreApplication.translate("SettingsDialog", u"Configurar &correo (SMTP e IMAP)\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.mailTab), QCoreApplication.translate("SettingsDialog", u"Correo", None))
        self.printerComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Impresora:", None))
#if QT_CONFIG(accessibility)
        self.printerCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Impresora predeterminada", None))
#endif // QT_CONFIG(accessibility)
        self.copiesSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Copias:", None))
#if QT_CONFIG(accessibility)
        self.copiesSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Copias por constancia", None))
#endif // QT_CONFIG(accessibility)
        self.paperComboLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Papel:", None))
#if QT_CONFIG(accessibility)
        self.paperCombo.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Tama\u00f1o de papel", None))
#endif // QT_CONFIG(accessibility)
        self.askCheck.setText(QCoreApplication.translate("SettingsDialog", u"Mostrar el di\u00e1logo de impresi\u00f3n &antes de imprimir", None))
        self.tabs.setTabText(self.tabs.indexOf(self.printerTab), QCoreApplication.translate("SettingsDialog", u"Impresi\u00f3n", None))
        self.verificationHelp.setText(QCoreApplication.translate("SettingsDialog", u"Direcci\u00f3n de la p\u00e1gina donde se verifican las constancias; va impresa en el c\u00f3digo QR de cada constancia nueva.", None))
        self.baseEditLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Direcci\u00f3n:", None))
#if QT_CONFIG(accessibility)
        self.baseEdit.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Direcci\u00f3n de verificaci\u00f3n", None))
#endif // QT_CONFIG(accessibility)
        self.baseEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"https://", None))
        self.tabs.setTabText(self.tabs.indexOf(self.verificationTab), QCoreApplication.translate("SettingsDialog", u"Verificaci\u00f3n", None))
        self.idleSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Bloquear la pantalla tras:", None))
#if QT_CONFIG(accessibility)
        self.idleSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Minutos de inactividad antes de bloquear", None))
#endif // QT_CONFIG(accessibility)
        self.idleSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" minutos sin uso", None))
        self.retentionSpinLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Conservar el registro de auditor\u00eda:", None))
#if QT_CONFIG(accessibility)
        self.retentionSpin.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"D\u00edas que se conserva el registro de auditor\u00eda", None))
#endif // QT_CONFIG(accessibility)
        self.retentionSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" d\u00edas", None))
        self.retentionSpin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"sin l\u00edmite", None))
        self.retentionHelp.setText(QCoreApplication.translate("SettingsDialog", u"Ley 29733: los registros de acceso se conservan por un tiempo limitado. M\u00ednimo 180 d\u00edas; 0 conserva todo.", None))
        self.tabs.setTabText(self.tabs.indexOf(self.sessionTab), QCoreApplication.translate("SettingsDialog", u"Sesi\u00f3n y auditor\u00eda", None))
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Mensaje", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi

