; Carnet's Windows installer, built by scripts/package.sh with makensis:
;   makensis -DVERSION=0.1.0 -DBUILD=1 -DEXE=dist/carnet.exe -DICON=carnet.ico \
;            -DLICENSE=LICENSE -DOUTFILE=dist/Carnet-0.1.0-setup.exe carnet.nsi
; It installs for the current user only (no administrator rights), in
; %LOCALAPPDATA%\Programs\Carnet, with a Start-menu shortcut and an
; uninstaller, in French. The user's record (%APPDATA%\Carnet) is never
; touched, by the installer or by the uninstaller.

Unicode true
!include "MUI2.nsh"

!macro needs NAME
  !ifndef ${NAME}
    !error "${NAME} must be given: makensis -D${NAME}=..."
  !endif
!macroend
!insertmacro needs VERSION
!insertmacro needs BUILD
!insertmacro needs EXE
!insertmacro needs ICON
!insertmacro needs LICENSE
!insertmacro needs OUTFILE

!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Carnet"

Name "Carnet"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\Carnet"
InstallDirRegKey HKCU "Software\Carnet" "InstallDir"
SetCompressor /SOLID lzma
BrandingText "Carnet ${VERSION}"

VIProductVersion "${VERSION}.${BUILD}"
VIAddVersionKey /LANG=1036 "ProductName" "Carnet"
VIAddVersionKey /LANG=1036 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1036 "FileDescription" "Installation de Carnet ${VERSION}"
VIAddVersionKey /LANG=1036 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "Carnet tient le journal de votre recherche d’emploi et de vos courriers avec France Travail.$\r$\n$\r$\nTout reste sur cet ordinateur. L’installation se fait pour vous seul, sans droits d’administrateur.$\r$\n$\r$\nCliquez sur Suivant pour continuer."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${LICENSE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\carnet.exe"
!define MUI_FINISHPAGE_RUN_TEXT "Ouvrir Carnet"
!insertmacro MUI_PAGE_FINISH

!define MUI_UNCONFIRMPAGE_TEXT_TOP "Le programme Carnet va être désinstallé. Votre carnet et ses sauvegardes (dossier $APPDATA\Carnet) sont gardés : rien de ce que vous avez saisi n’est effacé."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "French"

Section "Carnet"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "/oname=carnet.exe" "${EXE}"
  File "/oname=LICENSE.txt" "${LICENSE}"
  CreateShortcut "$SMPROGRAMS\Carnet.lnk" "$INSTDIR\carnet.exe" "" "$INSTDIR\carnet.exe" 0
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\Carnet" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "Carnet"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Carnet"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\carnet.exe"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\Carnet.lnk"
  Delete "$INSTDIR\carnet.exe"
  Delete "$INSTDIR\LICENSE.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\Carnet"
SectionEnd
