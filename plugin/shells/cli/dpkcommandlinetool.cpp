#include "dpkcommandlinetool.h"

#include "dpkmetadata.h"
#include "dpkqgisprofileinstaller.h"

#include <QTextStream>

DpkCommandLineTool::DpkCommandLineTool( QTextStream &out, QTextStream &err )
  : mOut( out ), mErr( err )
{
}

int DpkCommandLineTool::run( const QStringList &arguments )
{
  const QString verb = arguments.value( 0 );
  if ( verb == QLatin1String( "--version" ) )
  {
    mOut << QStringLiteral( "datapakarta %1\n" ).arg( QStringLiteral( DPK_PLUGIN_VERSION ) );
    return Success;
  }
  if ( verb.isEmpty() || verb == QLatin1String( "--help" ) || verb == QLatin1String( "-h" ) )
  {
    mOut << helpText();
    return verb.isEmpty() ? BadInput : Success;
  }

  if ( verb == QLatin1String( "install-plugin" ) )
    return installPlugin( arguments.mid( 1 ) );

  mErr << tr( "datapakarta: unknown command '%1'; see datapakarta --help" ).arg( verb ) << '\n';
  return BadInput;
}

int DpkCommandLineTool::installPlugin( const QStringList &arguments )
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

QString DpkCommandLineTool::helpText()
{
  return tr( "Usage: datapakarta <command> [options]\n"
             "\n"
             "Maps of school results for Swedish municipalities, from Skolverket's statistics.\n"
             "\n"
             "Commands:\n"
             "  install-plugin <module>  copy the QGIS plugin module into your QGIS profile\n"
             "                           and enable it\n"
             "  --version                print the version\n"
             "  --help                   print this help\n"
             "\n"
             "Exit codes: 0 success, 2 bad input, 3 source unavailable.\n" );
}
