; Inno Setup 6 script: a per-user (or, when chosen, per-machine) installer for the one-folder
; PyInstaller build in dist\shebao-desktop (see packaging\README.md):
;
;   pyinstaller --noconfirm packaging\shebao-desktop.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\shebao-desktop.iss
;
; Output: dist\shebao-desktop-<version>-windows-x64-setup.exe. Chinese set-up wizard when Inno
; Setup has ChineseSimplified.isl (official in recent releases; otherwise put the file from the
; Inno Setup translations page in its Languages folder, or pass /DChineseIsl=path\to\file.isl).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "社保养老金估算"
#define AppNameEn "Shebao Pension Estimator"
#define AppExe "shebao-desktop.exe"
#define Root AddBackslash(SourcePath) + "..\.."
#ifndef ChineseIsl
  #if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
    #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
  #elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
    #define ChineseIsl "compiler:Languages\Unofficial\ChineseSimplified.isl"
  #endif
#endif

[Setup]
AppId={{1DC16D86-78EA-4174-9A95-C85062D308C9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=shebao-desktop
AppComments={#AppNameEn}
DefaultDirName={autopf}\shebao-desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per user by default (no administrator needed); the wizard offers "for all users"
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
; Qt 6 needs 64-bit Windows 10 1809 or later
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
OutputDir={#Root}\dist
OutputBaseFilename=shebao-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\packaging\icons\shebao-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
#ifdef ChineseIsl
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
#endif
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
english.LaunchApp=Start {#AppNameEn}
#ifdef ChineseIsl
chinesesimplified.LaunchApp=启动{#AppName}
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: shebao-desktop.exe (window), shebao-desktop-cli.exe (headless
; commands and --self-test) and _internal\ (Python, Qt, policy data, translations, icons)
Source: "{#Root}\dist\shebao-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A new version replaces the old one's libraries wholesale (no stale Qt plugins)
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{#AppNameEn}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; Profiles live under %LOCALAPPDATA%\shebao-desktop and are kept on uninstall.
