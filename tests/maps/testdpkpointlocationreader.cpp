#include "dpkowncrspoints.h"
#include "dpkpointlocationreader.h"

#include <qgsfeedback.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <gtest/gtest.h>

#include <memory>

namespace
{
// A register of school points in SWEREF 99 TM: two placed, one without geometry, one without code.
std::unique_ptr<QgsVectorLayer> registerLayer()
{
  auto layer = std::make_unique<QgsVectorLayer>(
      QStringLiteral( "Point?crs=EPSG:3006&field=kod:string&field=namn:string" ),
      QStringLiteral( "register" ), QStringLiteral( "memory" ) );
  const QList<QPair<QString, QgsGeometry>> rows{
      { QStringLiteral( "10360193" ), QgsGeometry::fromPointXY( QgsPointXY( 674100, 6580200 ) ) },
      { QStringLiteral( " 11018018 " ), QgsGeometry::fromPointXY( QgsPointXY( 675300, 6581400 ) ) },
      { QStringLiteral( "13301127" ), QgsGeometry() },
      { QString(), QgsGeometry::fromPointXY( QgsPointXY( 674000, 6580000 ) ) } };
  QgsFeatureList features;
  for ( const auto &row : rows )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttribute( 0, row.first.isNull() ? QVariant() : QVariant( row.first ) );
    feature.setGeometry( row.second );
    features << feature;
  }
  layer->dataProvider()->addFeatures( features );
  return layer;
}
} // namespace

TEST( DpkPointLocationReader, ReadsEachSchoolsCodeAndPosition )
{
  const auto layer = registerLayer();
  const DpkResult<DpkDataset> read = DpkPointLocationReader::read(
      *layer->dataProvider(), QStringLiteral( "kod" ), QStringLiteral( "register" ) );
  ASSERT_TRUE( read.isOk() ) << read.error().toStdString();
  const DpkDataset &dataset = read.value();

  ASSERT_EQ( dataset.schools.size(), 3 );
  EXPECT_EQ( dataset.schools.at( 0 ).code, QStringLiteral( "10360193" ) );
  ASSERT_TRUE( dataset.schools.at( 0 ).location.has_value() );
  EXPECT_DOUBLE_EQ( dataset.schools.at( 0 ).location->x, 674100.0 );
  EXPECT_DOUBLE_EQ( dataset.schools.at( 0 ).location->y, 6580200.0 );
  EXPECT_EQ( dataset.schools.at( 0 ).location->crs, QStringLiteral( "EPSG:3006" ) );
  EXPECT_EQ( dataset.schools.at( 1 ).code, QStringLiteral( "11018018" ) );
  // A school without geometry stays, without a position, to be reported as unplaced.
  EXPECT_EQ( dataset.schools.at( 2 ).code, QStringLiteral( "13301127" ) );
  EXPECT_FALSE( dataset.schools.at( 2 ).location.has_value() );

  ASSERT_EQ( dataset.report.rejected.size(), 1 );
  EXPECT_TRUE( dataset.report.rejected.first().reason.contains( QStringLiteral( "'kod'" ) ) )
      << dataset.report.rejected.first().reason.toStdString();
  EXPECT_EQ( dataset.report.rowsRead, 3 );
}

TEST( DpkPointLocationReader, RefusesALayerThatIsNotOfPoints )
{
  QgsVectorLayer areas( QStringLiteral( "Polygon?crs=EPSG:3006&field=kod:string" ),
                        QStringLiteral( "areas" ), QStringLiteral( "memory" ) );
  const DpkResult<DpkDataset> read = DpkPointLocationReader::read(
      *areas.dataProvider(), QStringLiteral( "kod" ), QStringLiteral( "areas.shp" ) );
  ASSERT_FALSE( read.isOk() );
  EXPECT_TRUE( read.error().contains( QStringLiteral( "areas.shp" ) ) );
  EXPECT_TRUE( read.error().contains( QStringLiteral( "point" ) ) ) << read.error().toStdString();
}

TEST( DpkPointLocationReader, NamesAMissingCodeFieldAndTheFieldsThereAre )
{
  const auto layer = registerLayer();
  const DpkResult<DpkDataset> read = DpkPointLocationReader::read(
      *layer->dataProvider(), QStringLiteral( "skolenhetskod" ), QStringLiteral( "register" ) );
  ASSERT_FALSE( read.isOk() );
  EXPECT_TRUE( read.error().contains( QStringLiteral( "'skolenhetskod'" ) ) );
  EXPECT_TRUE( read.error().contains( QStringLiteral( "kod, namn" ) ) )
      << read.error().toStdString();
}

TEST( DpkPointLocationReader, StopsWhenCancelled )
{
  const auto layer = registerLayer();
  QgsFeedback feedback;
  feedback.cancel();
  const DpkResult<DpkDataset> read = DpkPointLocationReader::read(
      *layer->dataProvider(), QStringLiteral( "kod" ), QStringLiteral( "register" ), &feedback );
  ASSERT_FALSE( read.isOk() );
  // Called outside a build too (the Place schools algorithm), it names what it was reading.
  EXPECT_TRUE( read.error().startsWith( QStringLiteral( "register:" ) ) )
      << read.error().toStdString();
  EXPECT_FALSE( read.error().contains( QStringLiteral( "build" ) ) ) << read.error().toStdString();
}

TEST( DpkPointLocationReader, KeepsACoordinateSystemThatHasNoAuthorityId )
{
  // A municipality's own system, known to no registry.
  const std::unique_ptr<QgsVectorLayer> points =
      dpkOwnCrsPoints( QStringLiteral( "10360193" ), QgsPointXY( 574100, 6580200 ) );

  const DpkResult<DpkDataset> read =
      DpkPointLocationReader::read( *points, QStringLiteral( "kod" ), QStringLiteral( "egna" ) );
  ASSERT_TRUE( read.isOk() ) << read.error().toStdString();
  ASSERT_EQ( read.value().schools.size(), 1 );
  ASSERT_TRUE( read.value().schools.first().location.has_value() );
  EXPECT_FALSE( read.value().schools.first().location->crs.isEmpty() );
}
