#include "dpkschoolplacer.h"

#include <qgscoordinatetransform.h>

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

  // A source may mix coordinate systems: the first placed school's one serves them all.
  const QgsCoordinateReferenceSystem schoolCrs( placed.first().location->crs );
  for ( DpkSchool &school : placed )
  {
    if ( school.location->crs == schoolCrs.authid() )
      continue;
    const QgsCoordinateTransform transform( QgsCoordinateReferenceSystem( school.location->crs ),
                                            schoolCrs, QgsCoordinateTransformContext() );
    const QgsPointXY point =
        transform.transform( QgsPointXY( school.location->x, school.location->y ) );
    school.location = DpkSchoolLocation{ point.x(), point.y(), schoolCrs.authid() };
  }
  return placed;
}

QHash<QString, QString> DpkSchoolPlacer::locateInAreas( const QList<DpkSchool> &placed,
                                                        const DpkAreaIndex &index,
                                                        QList<DpkUnplacedSchool> &unplaced )
{
  QHash<QString, QString> areaOfSchool;
  if ( placed.isEmpty() )
    return areaOfSchool;
  const QgsCoordinateTransform toAreas(
      QgsCoordinateReferenceSystem( placed.first().location->crs ), index.crs(),
      QgsCoordinateTransformContext() );
  for ( const DpkSchool &school : placed )
  {
    const QString code =
        index.locate( toAreas.transform( QgsPointXY( school.location->x, school.location->y ) ) );
    if ( code.isEmpty() )
      unplaced.append( { school.code, school.name, tr( "outside every area" ) } );
    else
      areaOfSchool.insert( school.code, code );
  }
  return areaOfSchool;
}
