#ifndef DPKOWNCRSPOINTS_H
#define DPKOWNCRSPOINTS_H

#include <qgscoordinatereferencesystem.h>
#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <memory>

#include <gtest/gtest.h>

/**
 * Returns a point layer with one school, \a code at \a position, in a municipality's own
 * coordinate system: SWEREF 99 TM with a false easting of 400 km, known to no registry, so that
 * it has no authority id. Its code field is "kod".
 */
inline std::unique_ptr<QgsVectorLayer> dpkOwnCrsPoints( const QString &code,
                                                        const QgsPointXY &position )
{
  const QgsCoordinateReferenceSystem own = QgsCoordinateReferenceSystem::fromProj(
      QStringLiteral( "+proj=tmerc +lat_0=0 +lon_0=15 +k=0.9996 +x_0=400000 +y_0=0 +ellps=GRS80 "
                      "+units=m +no_defs" ) );
  EXPECT_TRUE( own.isValid() );
  EXPECT_TRUE( own.authid().isEmpty() );
  auto points =
      std::make_unique<QgsVectorLayer>( QStringLiteral( "Point?field=kod:string" ),
                                        QStringLiteral( "egna" ), QStringLiteral( "memory" ) );
  points->setCrs( own );
  QgsFeature feature( points->fields() );
  feature.setAttribute( 0, code );
  feature.setGeometry( QgsGeometry::fromPointXY( position ) );
  EXPECT_TRUE( points->dataProvider()->addFeature( feature ) );
  return points;
}

#endif // DPKOWNCRSPOINTS_H
