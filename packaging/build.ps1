# Builds the Windows bundle and its installer, from a checkout, in PowerShell:
#   powershell -ExecutionPolicy Bypass -File packaging\build.ps1
# Needs Python 3.11+ (python.org installer, "Add to PATH") and Inno Setup 6 (iscc on PATH or in
# its default folder).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
if (-not (Test-Path .venv\Scripts\python.exe)) { python -m venv .venv }
.venv\Scripts\python -m pip install --upgrade pip
.venv\Scripts\python -m pip install -e ".[test]"
.venv\Scripts\python -m PyInstaller --noconfirm --log-level WARN --distpath dist `
    --workpath build\pyinstaller packaging\cla_escritorio.spec
$version = .venv\Scripts\python -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])"
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" "/DBundleDir=$PWD\dist\cla-desktop" /O"$PWD\dist" packaging\windows\cla_escritorio.iss
Write-Host "Listo: dist\cla-escritorio-$version-instalador.exe"
