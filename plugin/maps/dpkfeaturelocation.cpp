#include "dpkfeaturelocation.h"

#include <qgsfeature.h>
#include <qgsgeometry.h>

QString DpkFeatureLocation::crsText( const QgsCoordinateReferenceSystem &crs )
{
  if ( !crs.authid().isEmpty() )
    return crs.authid();
  return crs.isValid() ? crs.toWkt( QgsCoordinateReferenceSystem::WKT_PREFERRED ) : QString();
}

QgsCoordinateReferenceSystem DpkFeatureLocation::crs( const DpkSchoolLocation &location )
{
  // Every WKT has brackets; no authority id has any.
  if ( location.crs.contains( QLatin1Char( '[' ) ) )
    return QgsCoordinateReferenceSystem::fromWkt( location.crs );
  return QgsCoordinateReferenceSystem( location.crs );
}

std::optional<DpkSchoolLocation> DpkFeatureLocation::of( const QgsFeature &feature,
                                                         const QString &crsText )
{
  if ( !feature.hasGeometry() || feature.geometry().isEmpty() )
    return std::nullopt;
  const QgsPointXY point = feature.geometry().centroid().asPoint();
  return DpkSchoolLocation{ point.x(), point.y(), crsText };
}
