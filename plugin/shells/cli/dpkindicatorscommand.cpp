#include "dpkindicatorscommand.h"

#include "dpkcommandoptions.h"

#include <QTextStream>
#include <QVector>

#include <algorithm>

int DpkIndicatorsCommand::run( const QStringList &arguments )
{
  DpkCommandOptions options( QStringLiteral( "datapakarta indicators" ),
                             QStringLiteral( "--format json|table or --catalogue <file>" ) );
  options.addValueOption( QStringLiteral( "--format" ) );
  options.addValueOption( QStringLiteral( "--catalogue" ) );
  const QString usage =
      tr( "Usage: datapakarta indicators [--format json|table] [--catalogue <file>]\n" );
  if ( const std::optional<int> done = parseOptions( options, arguments, usage ) )
    return *done;
  const QString format = options.value( QStringLiteral( "--format" ), QStringLiteral( "table" ) );
  if ( format != QLatin1String( "table" ) && format != QLatin1String( "json" ) )
  {
    mErr
        << tr( "datapakarta indicators: unknown format '%1'; expected json or table" ).arg( format )
        << '\n';
    return BadInput;
  }

  const DpkResult<DpkIndicatorCatalogue> catalogue =
      DpkIndicatorCatalogue::builtInWith( options.value( QStringLiteral( "--catalogue" ) ) );
  if ( !catalogue.isOk() )
  {
    mErr << tr( "datapakarta indicators: %1" ).arg( catalogue.error() ) << '\n';
    return BadInput;
  }

  if ( format == QLatin1String( "json" ) )
    mOut << QString::fromUtf8( catalogue.value().toJson() );
  else
    printTable( catalogue.value() );
  return Success;
}

void DpkIndicatorsCommand::printTable( const DpkIndicatorCatalogue &catalogue )
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
