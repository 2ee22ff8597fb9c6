#include "dpkschoolplacer.h"

#include "dpkfeaturelocation.h"

#include <qgscoordinatetransform.h>
#include <qgsexception.h>

QList<DpkSchool> DpkSchoolPlacer::place( const QList<DpkSchool> &schools,
                                         const QList<DpkSchool> &locations,
                                         QList<DpkUnplacedSchool> &unplaced )
{
  QHash<QString, DpkSchool> located;
  for ( const DpkSchool &school : locations )
    located.insert( school.code, school );

  // Each school takes its position from the location source, in that source's coordinate system.
  QList<DpkSchool> placed;
  for ( DpkSchool school : schools )
  {
    const auto location = located.constFind( school.code );
    if ( location == located.constEnd() )
    {
      unplaced.append( { school.code, school.name, tr( "not found in the location source" ) } );
      continue;
    }
    if ( !location->location )
    {
      unplaced.append(
          { school.code, school.name, tr( "no coordinates in the location source" ) } );
      continue;
    }
    school.location = location->location;
    placed.append( school );
  }
  if ( placed.isEmpty() )
    return placed;

  // A source may mix coordinate systems: the first placed school's one serves them all. A
  // position that cannot be converted leaves its school unplaced, with the reason.
  const QgsCoordinateReferenceSystem schoolCrs =
      DpkFeatureLocation::crs( *placed.first().location );
  const QString schoolCrsText = placed.first().location->crs;
  QList<DpkSchool> converted;
  for ( DpkSchool &school : placed )
  {
    const QgsCoordinateReferenceSystem crs = DpkFeatureLocation::crs( *school.location );
    if ( crs == schoolCrs )
    {
      converted.append( school );
      continue;
    }
    if ( !crs.isValid() )
    {
      unplaced.append( { school.code, school.name,
                         tr( "the coordinate system '%1' of the location source is unknown" )
                             .arg( school.location->crs ) } );
      continue;
    }
    try
    {
      const QgsCoordinateTransform transform( crs, schoolCrs, QgsCoordinateTransformContext() );
      const QgsPointXY point =
          transform.transform( QgsPointXY( school.location->x, school.location->y ) );
      school.location = DpkSchoolLocation{ point.x(), point.y(), schoolCrsText };
      converted.append( school );
    }
    catch ( const QgsCsException &error )
    {
      unplaced.append( { school.code, school.name, positionError( error ) } );
    }
  }
  return converted;
}

QHash<QString, QString> DpkSchoolPlacer::locateInAreas( const QList<DpkSchool> &placed,
                                                        const DpkAreaIndex &index,
                                                        QList<DpkUnplacedSchool> &unplaced )
{
  QHash<QString, QString> areaOfSchool;
  if ( placed.isEmpty() )
    return areaOfSchool;
  const QgsCoordinateTransform toAreas( DpkFeatureLocation::crs( *placed.first().location ),
                                        index.crs(), QgsCoordinateTransformContext() );
  for ( const DpkSchool &school : placed )
  {
    QString code;
    try
    {
      code =
          index.locate( toAreas.transform( QgsPointXY( school.location->x, school.location->y ) ) );
    }
    catch ( const QgsCsException &error )
    {
      unplaced.append( { school.code, school.name, positionError( error ) } );
      continue;
    }
    if ( code.isEmpty() )
      unplaced.append( { school.code, school.name, tr( "outside every area" ) } );
    else
      areaOfSchool.insert( school.code, code );
  }
  return areaOfSchool;
}

QString DpkSchoolPlacer::positionError( const QgsCsException &error )
{
  return tr( "the position cannot be converted to the map's coordinate system: %1" )
      .arg( error.what() );
}
