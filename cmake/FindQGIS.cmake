# Finds the QGIS C++ development files and exposes them as imported targets:
#   QGIS::Core, QGIS::Gui, QGIS::Analysis
# and the variables QGIS_FOUND, QGIS_VERSION, QGIS_VERSION_INT, QGIS_INCLUDE_DIR,
# QGIS_PLUGIN_DIR (where the QGIS installation keeps its native plugins).
#
# Debian ships its own FindQGIS.cmake that sets plain variables only; imported targets carry the
# include directories with the libraries, so the rest of the build just links them. QGIS::Core
# also carries the QtKeychain and QCA headers that qgsauthmanager.h includes.

find_path(QGIS_INCLUDE_DIR qgsconfig.h PATH_SUFFIXES qgis HINTS ENV QGIS_PREFIX_PATH)
find_library(QGIS_CORE_LIBRARY qgis_core HINTS ENV QGIS_PREFIX_PATH)
find_library(QGIS_GUI_LIBRARY qgis_gui HINTS ENV QGIS_PREFIX_PATH)
find_library(QGIS_ANALYSIS_LIBRARY qgis_analysis HINTS ENV QGIS_PREFIX_PATH)

if(QGIS_INCLUDE_DIR)
  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" version_line
       REGEX "^#define _QGIS_VERSION_INT [0-9]+")
  string(REGEX REPLACE ".* ([0-9]+)$" "\\1" QGIS_VERSION_INT "${version_line}")
  math(EXPR major "${QGIS_VERSION_INT} / 10000")
  math(EXPR minor "(${QGIS_VERSION_INT} / 100) % 100")
  math(EXPR patch "${QGIS_VERSION_INT} % 100")
  set(QGIS_VERSION "${major}.${minor}.${patch}")

  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" plugin_line
       REGEX "^#define QGIS_PLUGIN_SUBDIR \"")
  string(REGEX REPLACE ".*\"(.*)\"$" "\\1" plugin_subdir "${plugin_line}")
  get_filename_component(prefix "${QGIS_INCLUDE_DIR}/../.." ABSOLUTE)
  set(QGIS_PLUGIN_DIR "${prefix}/${plugin_subdir}")
endif()

# The authentication manager's header needs QtKeychain's and QCA's headers (Debian packages
# qtkeychain-qt5-dev and libqca-qt5-2-dev for QGIS 3 on Qt 5).
find_path(QGIS_KEYCHAIN_INCLUDE_DIR keychain.h PATH_SUFFIXES qt5keychain qt6keychain)
find_path(QGIS_QCA_INCLUDE_DIR QtCrypto PATH_SUFFIXES Qca-qt5/QtCrypto Qca-qt6/QtCrypto)
if(QGIS_INCLUDE_DIR AND NOT QGIS_KEYCHAIN_INCLUDE_DIR)
  message(FATAL_ERROR "QtKeychain's keychain.h, included by QGIS's qgsauthmanager.h, was not "
    "found: install the Debian package qtkeychain-qt5-dev (.ci/install-deps does).")
endif()
if(QGIS_INCLUDE_DIR AND NOT QGIS_QCA_INCLUDE_DIR)
  message(FATAL_ERROR "QCA's QtCrypto header, included by QGIS's qgsauthmanager.h, was not "
    "found: install the Debian package libqca-qt5-2-dev (.ci/install-deps does).")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QGIS
  REQUIRED_VARS QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_INCLUDE_DIR QGIS_VERSION_INT
  VERSION_VAR QGIS_VERSION)

if(QGIS_FOUND)
  foreach(part Core Gui Analysis)
    string(TOUPPER ${part} upper)
    if(QGIS_${upper}_LIBRARY AND NOT TARGET QGIS::${part})
      add_library(QGIS::${part} SHARED IMPORTED)
      set_target_properties(QGIS::${part} PROPERTIES
        IMPORTED_LOCATION "${QGIS_${upper}_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR}")
    endif()
  endforeach()
  # QGIS headers are not warning-clean under -Wpedantic: include them as system headers.
  set_target_properties(QGIS::Core QGIS::Gui PROPERTIES
    INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR}")
  # qgsauthmanager.h includes "keychain.h" and <QtCrypto>: QGIS's authentication database needs
  # the headers of QtKeychain and QCA beside QGIS's own.
  set_property(TARGET QGIS::Core APPEND PROPERTY INTERFACE_INCLUDE_DIRECTORIES
    ${QGIS_KEYCHAIN_INCLUDE_DIR} ${QGIS_QCA_INCLUDE_DIR})
  set_property(TARGET QGIS::Core APPEND PROPERTY INTERFACE_SYSTEM_INCLUDE_DIRECTORIES
    ${QGIS_KEYCHAIN_INCLUDE_DIR} ${QGIS_QCA_INCLUDE_DIR})
  set_property(TARGET QGIS::Gui APPEND PROPERTY INTERFACE_LINK_LIBRARIES QGIS::Core)
endif()

mark_as_advanced(QGIS_INCLUDE_DIR QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_ANALYSIS_LIBRARY
  QGIS_KEYCHAIN_INCLUDE_DIR QGIS_QCA_INCLUDE_DIR)
