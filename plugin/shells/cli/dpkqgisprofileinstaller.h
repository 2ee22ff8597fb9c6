#ifndef DPKQGISPROFILEINSTALLER_H
#define DPKQGISPROFILEINSTALLER_H

#include "dpkresult.h"

#include <QCoreApplication>
#include <QString>

/**
 * \brief Installs the plugin module for one user's QGIS profile and enables it there.
 *
 * QGIS looks for native plugins in its own folder and in the folders of the profile setting
 * plugins/searchPathsForPlugins, and loads one only when Plugins/lib<name> is true. The module is
 * copied (QGIS ignores symbolic links) into a folder of the user's own.
 */
class DpkQgisProfileInstaller
{
  Q_DECLARE_TR_FUNCTIONS( DpkQgisProfileInstaller )

public:
  /**
   * Creates an installer for the QGIS profile folder \a profileFolder (for example
   * ~/.local/share/QGIS/QGIS3/profiles/default) that copies modules into \a pluginFolder.
   */
  DpkQgisProfileInstaller( const QString &profileFolder, const QString &pluginFolder );

  //! Returns the default profile folder of the current user.
  static QString defaultProfileFolder();

  //! Returns the default folder for the user's copy of the module.
  static QString defaultPluginFolder();

  //! Copies \a modulePath into the plugin folder and enables it; returns the installed path.
  DpkResult<QString> install( const QString &modulePath ) const;

private:
  QString mProfileFolder;
  QString mPluginFolder;
};

#endif // DPKQGISPROFILEINSTALLER_H
