#include "dpkinstallplugincommand.h"

#include "dpkqgisprofileinstaller.h"

#include <QTextStream>

int DpkInstallPluginCommand::run( const QStringList &arguments )
{
  if ( arguments.size() != 1 )
  {
    mErr << tr( "datapakarta install-plugin: expected the path of the plugin module "
                "(libdatapakartaplugin.so)" )
         << '\n';
    return BadInput;
  }
  const DpkQgisProfileInstaller installer( DpkQgisProfileInstaller::defaultProfileFolder(),
                                           DpkQgisProfileInstaller::defaultPluginFolder() );
  const DpkResult<QString> installed = installer.install( arguments.first() );
  if ( !installed.isOk() )
  {
    mErr << tr( "datapakarta install-plugin: %1" ).arg( installed.error() ) << '\n';
    return BadInput;
  }
  mOut << tr( "Installed %1 and enabled it in the QGIS profile %2" )
              .arg( installed.value(), DpkQgisProfileInstaller::defaultProfileFolder() )
       << '\n';
  return Success;
}
