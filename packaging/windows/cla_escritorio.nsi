; NSIS 3 script: the Windows installer of CLA Escritorio, made from the PyInstaller folder.
;
;   makensis /DVERSION=0.1.0 /DBUNDLE=..\..\dist\cla-desktop /DOUTFILE=..\..\dist\instalador.exe cla_escritorio.nsi
;
; (packaging\build.ps1 passes the version read from pyproject.toml; NSIS also runs on Linux —
; Debian package `nsis` — and tests/packaging/test_windows_installer.py compiles this script
; there.)  Per-machine install under Program Files, Start-menu shortcuts, upgrade in place
; (the same folder and registry key: the new files replace the old ones), and an uninstaller
; that removes only what it installed: each user's database, settings and logs under
; %LOCALAPPDATA%\cla-desktop (platformdirs) and the signing keys in the Credential Manager stay.

Unicode true
!ifndef VERSION
  !error "Pase la versión: makensis /DVERSION=X.Y.Z ..."
!endif
!ifndef BUNDLE
  !define BUNDLE "..\..\dist\cla-desktop"
!endif
!ifndef OUTFILE
  !define OUTFILE "cla-escritorio-${VERSION}-instalador.exe"
!endif

!define APP "CLA Escritorio"
!define EXE "cla-desktop.exe"
; Never change this key: Windows and the next installer find the installed app by it.
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CLAEscritorio"

!include "MUI2.nsh"
!include "x64.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
SetCompressor /SOLID lzma
ShowInstDetails show
ShowUninstDetails show

!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Abrir ${APP}"
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Spanish"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "${APP} necesita Windows de 64 bits."
    Abort
  ${EndIf}
  SetRegView 64
FunctionEnd

Section "Programa" SecProgram
  SectionIn RO
  SetShellVarContext all
  ; An upgrade replaces the previous version's bundle entirely (files it no longer ships go).
  RMDir /r "$INSTDIR\_internal"
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}\*"
  WriteUninstaller "$INSTDIR\desinstalar.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP}.lnk" "$INSTDIR\${EXE}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP} (base de demostración).lnk" "$INSTDIR\${EXE}" "--demo"
  CreateShortcut "$SMPROGRAMS\${APP}\Desinstalar ${APP}.lnk" "$INSTDIR\desinstalar.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\desinstalar.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  SetRegView 64
  ; Only the program: never $LOCALAPPDATA\cla-desktop (each user's database, settings, logs).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\cla.exe"
  Delete "$INSTDIR\desinstalar.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP}\*.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
