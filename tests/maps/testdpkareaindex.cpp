#include "dpkareaindex.h"
#include "dpktestfiles.h"

#include <qgscoordinatetransform.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace
{
const QString REALDATA = QStringLiteral( DPK_REALDATA_DIR );

std::unique_ptr<QgsVectorLayer> realLayer( const QString &relativePath )
{
  const QString path = REALDATA + QLatin1Char( '/' ) + relativePath;
  EXPECT_TRUE( QFile::exists( path ) ) << "the shared real data is missing: " << path.toStdString();
  return std::make_unique<QgsVectorLayer>( path, QStringLiteral( "areas" ),
                                           QStringLiteral( "ogr" ) );
}

QString locateSchool( const DpkAreaIndex &index, const QString &code )
{
  const QgsCoordinateTransform transform(
      QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ), index.crs(),
      QgsProject::instance()->transformContext() );
  return index.locate( transform.transform( dpkRecordedPosition( code ) ) );
}
} // namespace

TEST( DpkAreaIndex, ReadsStockholmsThirteenDistrictAreas )
{
  const auto layer =
      realLayer( QStringLiteral( "areas/stockholm-stadsdelsomraden-2020/sdn_2020.shp" ) );
  ASSERT_TRUE( layer->isValid() );
  DpkResult<DpkAreaIndex> index =
      DpkAreaIndex::build( *layer->dataProvider(), QStringLiteral( "Sdn_omarde" ),
                           QStringLiteral( "Sdn_omarde" ), layer->source() );
  ASSERT_TRUE( index.isOk() ) << index.error().toStdString();
  EXPECT_EQ( index.value().areas().size(), 13 );
}

TEST( DpkAreaIndex, PlacesRecordedSchoolsInTheirDistrictsAcrossCoordinateSystems )
{
  const auto layer =
      realLayer( QStringLiteral( "areas/stockholm-stadsdelsomraden-2020/sdn_2020.shp" ) );
  DpkResult<DpkAreaIndex> built =
      DpkAreaIndex::build( *layer->dataProvider(), QStringLiteral( "Sdn_omarde" ),
                           QStringLiteral( "Sdn_omarde" ), layer->source() );
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  const DpkAreaIndex &index = built.value();

  EXPECT_EQ( locateSchool( index, QStringLiteral( "13582062" ) ),
             QStringLiteral( "Rinkeby-Kista" ) );
  EXPECT_EQ( locateSchool( index, QStringLiteral( "17640364" ) ),
             QStringLiteral( "Spånga-Tensta" ) );
  EXPECT_EQ( locateSchool( index, QStringLiteral( "11018018" ) ), QStringLiteral( "Östermalm" ) );
  // Real data: this recorded school lies outside every district area.
  EXPECT_EQ( locateSchool( index, QStringLiteral( "83584296" ) ), QString() );
}

TEST( DpkAreaIndex, WorksWithDeSoInWgs84 )
{
  const auto layer =
      realLayer( QStringLiteral( "areas/deso-2018/deso-2018-stockholms-lan.geojson" ) );
  ASSERT_TRUE( layer->isValid() );
  DpkResult<DpkAreaIndex> built = DpkAreaIndex::build(
      *layer->dataProvider(), QStringLiteral( "id" ), QStringLiteral( "id" ), layer->source() );
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  EXPECT_EQ( built.value().areas().size(), 1287 );
  const QString deso = locateSchool( built.value(), QStringLiteral( "13582062" ) );
  EXPECT_TRUE( deso.startsWith( QStringLiteral( "0180" ) ) ) << deso.toStdString();
}

TEST( DpkAreaIndex, NamesAMissingFieldAndListsTheFieldsThereAre )
{
  const auto layer =
      realLayer( QStringLiteral( "areas/stockholm-stadsdelsomraden-2020/sdn_2020.shp" ) );
  const DpkResult<DpkAreaIndex> index =
      DpkAreaIndex::build( *layer->dataProvider(), QStringLiteral( "kod" ),
                           QStringLiteral( "Sdn_omarde" ), QStringLiteral( "sdn_2020.shp" ) );
  ASSERT_FALSE( index.isOk() );
  EXPECT_TRUE( index.error().contains( QStringLiteral( "sdn_2020.shp" ) ) );
  EXPECT_TRUE( index.error().contains( QStringLiteral( "'kod'" ) ) );
  EXPECT_TRUE( index.error().contains( QStringLiteral( "Sdn_omarde" ) ) );
}

TEST( DpkAreaIndex, RejectsALayerOfPoints )
{
  QgsVectorLayer points( QStringLiteral( "Point?crs=EPSG:3006&field=kod:string" ),
                         QStringLiteral( "p" ), QStringLiteral( "memory" ) );
  const DpkResult<DpkAreaIndex> index =
      DpkAreaIndex::build( *points.dataProvider(), QStringLiteral( "kod" ), QStringLiteral( "kod" ),
                           QStringLiteral( "p" ) );
  ASSERT_FALSE( index.isOk() );
  EXPECT_TRUE( index.error().contains( QStringLiteral( "polygons" ) ) );
}
