#include "dpkowncrspoints.h"
#include "dpkpointlocationreader.h"
#include "dpkschoolplacer.h"

#include <qgscoordinatetransform.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace
{
DpkSchool school( const QString &code, std::optional<DpkSchoolLocation> location = std::nullopt )
{
  DpkSchool school;
  school.code = code;
  school.name = QStringLiteral( "Skola %1" ).arg( code );
  school.location = location;
  return school;
}

// The body of the shared recording of the Stockholm school unit \a code.
QJsonObject recordedUnit( const QString &code )
{
  QFile file( QStringLiteral( DPK_REALDATA_DIR "/skolverket-api-v4/stockholm-0180/school-units/" ) +
              code + QStringLiteral( ".json" ) );
  EXPECT_TRUE( file.open( QIODevice::ReadOnly ) )
      << "the shared real data is missing: " << file.fileName().toStdString();
  return QJsonDocument::fromJson( file.readAll() )
      .object()
      .value( QStringLiteral( "json" ) )
      .toObject()
      .value( QStringLiteral( "body" ) )
      .toObject();
}

double number( const QJsonObject &unit, const QString &key )
{
  return unit.value( key ).toString().toDouble();
}
} // namespace

TEST( DpkSchoolPlacer, JoinsPositionsByCodeAndNamesTheSchoolsItCannotPlace )
{
  const DpkSchoolLocation where{ 674100.0, 6580200.0, QStringLiteral( "EPSG:3006" ) };
  const QList<DpkSchool> schools{ school( QStringLiteral( "10000001" ) ),
                                  school( QStringLiteral( "10000002" ) ),
                                  school( QStringLiteral( "10000003" ) ) };
  const QList<DpkSchool> locations{ school( QStringLiteral( "10000001" ), where ),
                                    school( QStringLiteral( "10000002" ) ) };

  QList<DpkUnplacedSchool> unplaced;
  const QList<DpkSchool> placed = DpkSchoolPlacer::place( schools, locations, unplaced );

  ASSERT_EQ( placed.size(), 1 );
  EXPECT_EQ( placed.first().code, QStringLiteral( "10000001" ) );
  EXPECT_EQ( placed.first().name, QStringLiteral( "Skola 10000001" ) );
  EXPECT_DOUBLE_EQ( placed.first().location->x, where.x );
  ASSERT_EQ( unplaced.size(), 2 );
  EXPECT_EQ( unplaced.at( 0 ).code, QStringLiteral( "10000002" ) );
  EXPECT_TRUE( unplaced.at( 0 ).reason.contains( QStringLiteral( "coordinates" ) ) );
  EXPECT_EQ( unplaced.at( 1 ).code, QStringLiteral( "10000003" ) );
  EXPECT_TRUE( unplaced.at( 1 ).reason.contains( QStringLiteral( "not found" ) ) );
}

TEST( DpkSchoolPlacer, BringsEverySchoolIntoTheFirstSchoolsCoordinateSystem )
{
  // Skolverket records each unit in SWEREF 99 TM and in WGS 84: the two must meet.
  const QJsonObject first = recordedUnit( QStringLiteral( "10360193" ) );
  const QJsonObject second = recordedUnit( QStringLiteral( "11018018" ) );
  const QList<DpkSchool> locations{
      school( QStringLiteral( "10360193" ),
              DpkSchoolLocation{ number( first, QStringLiteral( "sweRef_E" ) ),
                                 number( first, QStringLiteral( "sweRef_N" ) ),
                                 QStringLiteral( "EPSG:3006" ) } ),
      school( QStringLiteral( "11018018" ),
              DpkSchoolLocation{ number( second, QStringLiteral( "wgs84_Long" ) ),
                                 number( second, QStringLiteral( "wgs84_Lat" ) ),
                                 QStringLiteral( "EPSG:4326" ) } ) };

  QList<DpkUnplacedSchool> unplaced;
  const QList<DpkSchool> placed = DpkSchoolPlacer::place(
      { school( QStringLiteral( "10360193" ) ), school( QStringLiteral( "11018018" ) ) }, locations,
      unplaced );

  ASSERT_EQ( placed.size(), 2 );
  EXPECT_TRUE( unplaced.isEmpty() );
  EXPECT_EQ( placed.at( 1 ).location->crs, QStringLiteral( "EPSG:3006" ) );
  EXPECT_NEAR( placed.at( 1 ).location->x, number( second, QStringLiteral( "sweRef_E" ) ), 2.0 );
  EXPECT_NEAR( placed.at( 1 ).location->y, number( second, QStringLiteral( "sweRef_N" ) ), 2.0 );
}

TEST( DpkSchoolPlacer, FindsTheAreaOfEachSchoolAcrossCoordinateSystems )
{
  // Two squares in SWEREF 99 18 00; schools given in SWEREF 99 TM.
  QgsVectorLayer areas( QStringLiteral( "Polygon?crs=EPSG:3011&field=kod:string" ),
                        QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
  QgsFeatureList squares;
  for ( const auto &square :
        { qMakePair( QStringLiteral( "west" ),
                     QStringLiteral( "POLYGON((150000 6580000, 152000 6580000, 152000 6582000, "
                                     "150000 6582000, 150000 6580000))" ) ),
          qMakePair( QStringLiteral( "east" ),
                     QStringLiteral( "POLYGON((152000 6580000, 154000 6580000, 154000 6582000, "
                                     "152000 6582000, 152000 6580000))" ) ) } )
  {
    QgsFeature feature( areas.fields() );
    feature.setAttribute( 0, square.first );
    feature.setGeometry( QgsGeometry::fromWkt( square.second ) );
    squares << feature;
  }
  areas.dataProvider()->addFeatures( squares );
  const DpkResult<DpkAreaIndex> index =
      DpkAreaIndex::build( *areas.dataProvider(), QStringLiteral( "kod" ), QStringLiteral( "kod" ),
                           QStringLiteral( "areas" ) );
  ASSERT_TRUE( index.isOk() ) << index.error().toStdString();

  // The positions in SWEREF 99 TM of points 500 m inside each square and one far outside.
  const QgsCoordinateTransform toTm( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3011" ) ),
                                     QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ),
                                     QgsCoordinateTransformContext() );
  const auto at = [ &toTm ]( const QString &code, double x, double y )
  {
    const QgsPointXY point = toTm.transform( QgsPointXY( x, y ) );
    return school( code, DpkSchoolLocation{ point.x(), point.y(), QStringLiteral( "EPSG:3006" ) } );
  };
  const QList<DpkSchool> placed{ at( QStringLiteral( "1" ), 150500, 6580500 ),
                                 at( QStringLiteral( "2" ), 153500, 6581500 ),
                                 at( QStringLiteral( "3" ), 160000, 6590000 ) };

  QList<DpkUnplacedSchool> outside;
  const QHash<QString, QString> areaOf =
      DpkSchoolPlacer::locateInAreas( placed, index.value(), outside );

  EXPECT_EQ( areaOf.value( QStringLiteral( "1" ) ), QStringLiteral( "west" ) );
  EXPECT_EQ( areaOf.value( QStringLiteral( "2" ) ), QStringLiteral( "east" ) );
  EXPECT_FALSE( areaOf.contains( QStringLiteral( "3" ) ) );
  ASSERT_EQ( outside.size(), 1 );
  EXPECT_EQ( outside.first().code, QStringLiteral( "3" ) );
}

TEST( DpkSchoolPlacer, ConvertsAPositionInACoordinateSystemWithoutAuthorityId )
{
  // A municipality's own system, known to no registry.
  const std::unique_ptr<QgsVectorLayer> points =
      dpkOwnCrsPoints( QStringLiteral( "2" ), QgsPointXY( 575300, 6581400 ) );
  const DpkResult<DpkDataset> read =
      DpkPointLocationReader::read( *points, QStringLiteral( "kod" ), QStringLiteral( "egna" ) );
  ASSERT_TRUE( read.isOk() ) << read.error().toStdString();

  QList<DpkSchool> locations{
      school( QStringLiteral( "1" ),
              DpkSchoolLocation{ 674100.0, 6580200.0, QStringLiteral( "EPSG:3006" ) } ) };
  locations << read.value().schools;
  QList<DpkUnplacedSchool> unplaced;
  const QList<DpkSchool> placed = DpkSchoolPlacer::place(
      { school( QStringLiteral( "1" ) ), school( QStringLiteral( "2" ) ) }, locations, unplaced );

  EXPECT_TRUE( unplaced.isEmpty() );
  ASSERT_EQ( placed.size(), 2 );
  // The same projection 100 km further east in SWEREF 99 TM.
  EXPECT_EQ( placed.at( 1 ).location->crs, QStringLiteral( "EPSG:3006" ) );
  EXPECT_NEAR( placed.at( 1 ).location->x, 675300.0, 0.01 );
  EXPECT_NEAR( placed.at( 1 ).location->y, 6581400.0, 0.01 );
}

TEST( DpkSchoolPlacer, LeavesASchoolWhosePositionCannotBeConvertedUnplacedWithTheReason )
{
  // A latitude beyond the pole cannot be projected into SWEREF 99 TM.
  const QList<DpkSchool> locations{
      school( QStringLiteral( "1" ),
              DpkSchoolLocation{ 674100.0, 6580200.0, QStringLiteral( "EPSG:3006" ) } ),
      school( QStringLiteral( "2" ),
              DpkSchoolLocation{ 18.0, 95.0, QStringLiteral( "EPSG:4326" ) } ) };
  QList<DpkUnplacedSchool> unplaced;
  const QList<DpkSchool> placed = DpkSchoolPlacer::place(
      { school( QStringLiteral( "1" ) ), school( QStringLiteral( "2" ) ) }, locations, unplaced );

  ASSERT_EQ( placed.size(), 1 );
  EXPECT_EQ( placed.first().code, QStringLiteral( "1" ) );
  ASSERT_EQ( unplaced.size(), 1 );
  EXPECT_EQ( unplaced.first().code, QStringLiteral( "2" ) );
  EXPECT_TRUE( unplaced.first().reason.contains( QStringLiteral( "coordinate system" ) ) )
      << unplaced.first().reason.toStdString();
}
