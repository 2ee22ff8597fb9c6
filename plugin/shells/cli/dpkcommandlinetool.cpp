#include "dpkcommandlinetool.h"

#include "dpkmetadata.h"
#include "dpkqgisprofileinstaller.h"

#include <QTextStream>
#include <QVector>

#include <algorithm>

DpkCommandLineTool::DpkCommandLineTool( QTextStream &out, QTextStream &err )
  : mOut( out )
  , mErr( err )
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

  for ( const Verb &known : verbs() )
  {
    if ( verb == QLatin1String( known.name ) )
      return ( this->*known.run )( arguments.mid( 1 ) );
  }

  mErr << tr( "datapakarta: unknown command '%1'; see datapakarta --help" ).arg( verb ) << '\n';
  return BadInput;
}

const QList<DpkCommandLineTool::Verb> &DpkCommandLineTool::verbs()
{
  static const QList<Verb> known = {
      { "indicators", &DpkCommandLineTool::indicators },
      { "install-plugin", &DpkCommandLineTool::installPlugin },
  };
  return known;
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

int DpkCommandLineTool::indicators( const QStringList &arguments )
{
  QString format = QStringLiteral( "table" );
  QString organisationCatalogue;
  for ( int i = 0; i < arguments.size(); ++i )
  {
    const QString &option = arguments.at( i );
    const bool hasValue = i + 1 < arguments.size();
    if ( option == QLatin1String( "--format" ) && hasValue )
      format = arguments.at( ++i );
    else if ( option == QLatin1String( "--catalogue" ) && hasValue )
      organisationCatalogue = arguments.at( ++i );
    else
    {
      mErr << tr( "datapakarta indicators: unexpected argument '%1'; expected --format json|table "
                  "or --catalogue <file>" )
                  .arg( option )
           << '\n';
      return BadInput;
    }
  }
  if ( format != QLatin1String( "table" ) && format != QLatin1String( "json" ) )
  {
    mErr
        << tr( "datapakarta indicators: unknown format '%1'; expected json or table" ).arg( format )
        << '\n';
    return BadInput;
  }

  const DpkResult<DpkIndicatorCatalogue> catalogue =
      DpkIndicatorCatalogue::builtInWith( organisationCatalogue );
  if ( !catalogue.isOk() )
  {
    mErr << tr( "datapakarta indicators: %1" ).arg( catalogue.error() ) << '\n';
    return BadInput;
  }

  if ( format == QLatin1String( "json" ) )
    mOut << QString::fromUtf8( catalogue.value().toJson() );
  else
    printIndicatorTable( catalogue.value() );
  return Success;
}

void DpkCommandLineTool::printIndicatorTable( const DpkIndicatorCatalogue &catalogue )
{
  QList<QStringList> rows = { { tr( "id" ), tr( "Swedish name" ), tr( "English name" ),
                                tr( "unit" ), tr( "minimum group" ) } };
  for ( const DpkIndicator &indicator : catalogue.indicators() )
    rows.append( { indicator.id, indicator.nameSv, indicator.nameEn,
                   DpkIndicatorCatalogue::unitName( indicator.unit ),
                   QString::number( indicator.minimumGroup ) } );

  QVector<int> widths( rows.first().size(), 0 );
  for ( const QStringList &row : rows )
  {
    for ( int column = 0; column < row.size(); ++column )
      widths[ column ] =
          std::max( widths.at( column ), static_cast<int>( row.at( column ).size() ) );
  }
  for ( const QStringList &row : rows )
  {
    QString line;
    for ( int column = 0; column < row.size(); ++column )
    {
      const bool last = column == row.size() - 1;
      line += last ? row.at( column ) : row.at( column ).leftJustified( widths.at( column ) + 2 );
    }
    mOut << line << '\n';
  }
}

QString DpkCommandLineTool::helpText()
{
  return tr( "Usage: datapakarta <command> [options]\n"
             "\n"
             "Maps of school results for Swedish municipalities, from Skolverket's statistics.\n"
             "\n"
             "Commands:\n"
             "  indicators [--format json|table] [--catalogue <file>]\n"
             "                           print the indicator catalogue; --catalogue reads an\n"
             "                           organisation's catalogue on top of the built-in one\n"
             "  install-plugin <module>  copy the QGIS plugin module into your QGIS profile\n"
             "                           and enable it\n"
             "  --version                print the version\n"
             "  --help                   print this help\n"
             "\n"
             "Exit codes: 0 success, 2 bad input, 3 source unavailable.\n" );
}
