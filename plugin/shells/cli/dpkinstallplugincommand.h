#ifndef DPKINSTALLPLUGINCOMMAND_H
#define DPKINSTALLPLUGINCOMMAND_H

#include "dpkcommand.h"

#include <QCoreApplication>

/**
 * \brief datapakarta install-plugin: copies the plugin module into the user's QGIS profile and
 * enables it, the README's first step towards seeing the panel in QGIS.
 */
class DpkInstallPluginCommand : public DpkCommand
{
  Q_DECLARE_TR_FUNCTIONS( DpkInstallPluginCommand )

public:
  using DpkCommand::DpkCommand;

  int run( const QStringList &arguments ) override;
};

#endif // DPKINSTALLPLUGINCOMMAND_H
