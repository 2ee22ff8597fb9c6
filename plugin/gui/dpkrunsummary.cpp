#include "dpkrunsummary.h"

#include <QMap>

QString DpkRunSummary::title( const DpkBuildResult &result )
{
  return QStringLiteral( "%1 %2" ).arg( result.municipalityName.isEmpty() ? result.municipality
                                                                          : result.municipalityName,
                                        result.period.toString() );
}

QString DpkRunSummary::headline( const DpkBuildResult &result )
{
  return tr( "The map of %1 is ready: %2 of %3 schools on the map, %4 listed as not on the map or "
             "outside every area." )
      .arg( title( result ) )
      .arg( result.schoolsPlaced )
      .arg( result.schoolsRead )
      .arg( result.unplaced.size() );
}

QString DpkRunSummary::text( const DpkBuildResult &result, const QString &language )
{
  QStringList lines;
  lines << title( result );
  lines << tr( "%1 of the municipality's %2 schools on the map." )
               .arg( result.schoolsPlaced )
               .arg( result.schoolsRead );
  if ( result.areaCount > 0 )
    lines << tr( "%1 areas." ).arg( result.areaCount );

  // Schools not on the map or outside every area, grouped by the reason the engine gave, in the
  // order the reasons appear.
  QStringList reasons;
  QMap<QString, QStringList> schoolsByReason;
  for ( const DpkUnplacedSchool &school : result.unplaced )
  {
    if ( !reasons.contains( school.reason ) )
      reasons << school.reason;
    schoolsByReason[ school.reason ] << QStringLiteral( "%1 (%2)" ).arg( school.name, school.code );
  }
  if ( result.unplaced.isEmpty() )
    lines << tr( "Every school was placed." );
  else
    lines << tr( "Not on the map or outside every area: %1" ).arg( result.unplaced.size() );
  for ( const QString &reason : reasons )
  {
    const QStringList schools = schoolsByReason.value( reason );
    lines << QStringLiteral( "  %1 – %2: %3" )
                 .arg( reason )
                 .arg( schools.size() )
                 .arg( schools.join( QStringLiteral( ", " ) ) );
  }

  lines << tr( "Suppressed figures (fewer pupils than the indicator's minimum group):" );
  for ( const DpkIndicatorLayers &layers : result.layers )
  {
    const QString name = layers.indicator.name( language );
    if ( layers.areaTable.isEmpty() )
      lines << tr( "  %1: %2 schools" ).arg( name ).arg( layers.suppressedSchools );
    else
      lines << tr( "  %1: %2 schools, %3 areas" )
                   .arg( name )
                   .arg( layers.suppressedSchools )
                   .arg( layers.suppressedAreas );
  }

  if ( !result.warnings.isEmpty() )
    lines << tr( "Notes from reading the sources: %1 (details in the message log)." )
                 .arg( result.warnings.size() );
  lines << tr( "Written to %1" ).arg( result.geopackage );
  return lines.join( QLatin1Char( '\n' ) );
}
