; Inno Setup 6 script: the Windows installer of CLA Escritorio, from the PyInstaller folder.
;
;   iscc /DAppVersion=0.1.0 /DBundleDir=..\..\dist\cla-desktop packaging\windows\cla_escritorio.iss
;
; (packaging\build.ps1 passes the version read from pyproject.toml.)  Per-machine install under
; Program Files, Start-menu shortcuts, upgrade in place (same AppId: the new version replaces
; the old files, asking to close a running copy), and an uninstaller that removes only what it
; installed: the database, settings, logs and signing keys under %LOCALAPPDATA% and
; %APPDATA%\cla-desktop (platformdirs) and the keys in the Credential Manager stay.

#ifndef AppVersion
  #error Pase la versión: iscc /DAppVersion=X.Y.Z ...
#endif
#ifndef BundleDir
  #define BundleDir "..\..\dist\cla-desktop"
#endif

[Setup]
; Never change this id: Windows recognises the installed app (and its upgrades) by it.
AppId={{8C9B5E0B-4F3A-4E52-9C1D-2B7A61D0C7A4}
AppName=CLA Escritorio
AppVersion={#AppVersion}
AppVerName=CLA Escritorio {#AppVersion}
AppPublisher=CLA Escritorio
DefaultDirName={autopf}\CLA Escritorio
DefaultGroupName=CLA Escritorio
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=cla-escritorio-{#AppVersion}-instalador
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
RestartApplications=no
UninstallDisplayIcon={app}\cla-desktop.exe
UninstallDisplayName=CLA Escritorio
VersionInfoVersion={#AppVersion}

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "Crear un acceso directo en el escritorio"; GroupDescription: "Accesos directos:"

[Files]
; The whole one-folder bundle; an upgrade overwrites it and removes nothing of the user's.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of the previous version's bundle that this one no longer ships.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\CLA Escritorio"; Filename: "{app}\cla-desktop.exe"; WorkingDir: "{app}"
Name: "{group}\CLA Escritorio (base de demostración)"; Filename: "{app}\cla-desktop.exe"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{group}\Desinstalar CLA Escritorio"; Filename: "{uninstallexe}"
Name: "{autodesktop}\CLA Escritorio"; Filename: "{app}\cla-desktop.exe"; Tasks: desktopicon

[Registry]
; `cla` in any console: the install folder on the machine's PATH (removed on uninstall).
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\cla-desktop.exe"; Description: "Abrir CLA Escritorio"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may leave in its folder; never the user's data folders.
Type: dirifempty; Name: "{app}"

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Paths: string;
begin
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Paths) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';') = 0;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Paths, Entry: string;
  Found: Integer;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  if not RegQueryStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Paths) then
    exit;
  Entry := ';' + ExpandConstant('{app}');
  Found := Pos(Uppercase(Entry), Uppercase(Paths));
  if Found > 0 then
  begin
    Delete(Paths, Found, Length(Entry));
    RegWriteExpandStringValue(HKLM, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment', 'Path', Paths);
  end;
end;
