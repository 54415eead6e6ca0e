# Builds the Windows bundle and its installer, from a checkout, in PowerShell:
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
# Needs Python 3.11+ (python.org installer, "Add to PATH") and NSIS 3 (makensis on PATH or in
# its default folder).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv\Scripts\python.exe)) { python -m venv .venv }
.venv\Scripts\python -m pip install --upgrade pip
.venv\Scripts\python -m pip install -e ".[test]"
.venv\Scripts\python -m PyInstaller --noconfirm --log-level WARN --distpath dist `
    --workpath build\pyinstaller packaging\cla_escritorio.spec
$version = .venv\Scripts\python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
$makensis = (Get-Command makensis -ErrorAction SilentlyContinue).Source
if (-not $makensis) { $makensis = "${env:ProgramFiles(x86)}\NSIS\makensis.exe" }
$out = "$PWD\dist\cla-escritorio-$version-instalador.exe"
& $makensis "/DVERSION=$version" "/DBUNDLE=$PWD\dist\cla-desktop" "/DOUTFILE=$out" packaging\windows\cla_escritorio.nsi
Write-Host "Listo: $out"
