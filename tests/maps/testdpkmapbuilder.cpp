#include "dpkgeopackagewriter.h"
#include "dpkmapbuilder.h"
#include "dpkstockholmfixture.h"
#include "dpktestfiles.h"

#include <qgsfeedback.h>
#include <qgsvectorlayer.h>

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDir>

#include <gtest/gtest.h>

namespace
{
std::unique_ptr<QgsVectorLayer> table( const DpkBuildResult &result, const QString &name )
{
  return std::make_unique<QgsVectorLayer>(
      QStringLiteral( "%1|layername=%2" ).arg( result.geopackage, name ), name,
      QStringLiteral( "ogr" ) );
}

QgsFeature areaNamed( QgsVectorLayer &layer, const QString &name )
{
  QgsFeatureIterator it = layer.getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feature.attribute( QStringLiteral( "namn" ) ).toString() == name )
      return feature;
  }
  ADD_FAILURE() << "no area " << name.toStdString();
  return QgsFeature();
}

QgsFeature featureWithCode( QgsVectorLayer &layer, const QString &code )
{
  QgsFeatureIterator it = layer.getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( feature.attribute( QStringLiteral( "skolenhetskod" ) ).toString() == code )
      return feature;
  }
  ADD_FAILURE() << "no school " << code.toStdString();
  return QgsFeature();
}

} // namespace

using DpkMapBuilderOnStockholm = DpkStockholmFixture;

TEST_F( DpkMapBuilderOnStockholm, PlacesTheExportSchoolsThatHaveCoordinates )
{
  DpkMapBuilder builder( mConfig, mCatalogue, mWork.path() );
  const DpkResult<DpkBuildResult> built = builder.build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  const DpkBuildResult &result = built.value();

  EXPECT_EQ( result.schoolsRead, 149 );
  EXPECT_EQ( result.schoolsPlaced, 147 );
  EXPECT_EQ( table( result, QStringLiteral( "skolor_meritvarde" ) )->featureCount(), 147 );
  EXPECT_EQ( result.period, DpkPeriod( 2024 ) );

  QStringList unplaced;
  for ( const DpkUnplacedSchool &school : result.unplaced )
    unplaced << school.code;
  unplaced.sort();
  EXPECT_EQ( unplaced, ( QStringList{ QStringLiteral( "51772207" ), QStringLiteral( "72066571" ),
                                      QStringLiteral( "83584296" ) } ) );
  EXPECT_EQ( table( result, result.unplacedTable )->featureCount(), 3 );
}

TEST_F( DpkMapBuilderOnStockholm, WeighsMeritvardeByPupilsPerDistrictArea )
{
  DpkMapBuilder builder( mConfig, mCatalogue, mWork.path() );
  const DpkResult<DpkBuildResult> built = builder.build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();

  const auto areas = table( built.value(), QStringLiteral( "omraden_meritvarde" ) );
  ASSERT_TRUE( areas->isValid() );
  EXPECT_EQ( areas->featureCount(), 13 );

  const QgsFeature norrmalm = areaNamed( *areas, QStringLiteral( "Norrmalm" ) );
  EXPECT_NEAR( norrmalm.attribute( QStringLiteral( "meritvarde" ) ).toDouble(), 281.39, 0.005 );
  EXPECT_EQ( norrmalm.attribute( QStringLiteral( "meritvarde_schools" ) ).toInt(), 11 );
  EXPECT_DOUBLE_EQ( norrmalm.attribute( QStringLiteral( "meritvarde_pupils" ) ).toDouble(), 893.0 );

  const QgsFeature kista = areaNamed( *areas, QStringLiteral( "Rinkeby-Kista" ) );
  EXPECT_NEAR( kista.attribute( QStringLiteral( "meritvarde" ) ).toDouble(), 222.04, 0.005 );
  EXPECT_EQ( kista.attribute( QStringLiteral( "meritvarde_schools" ) ).toInt(), 9 );
  EXPECT_DOUBLE_EQ( kista.attribute( QStringLiteral( "meritvarde_pupils" ) ).toDouble(), 587.0 );
}

TEST_F( DpkMapBuilderOnStockholm, WorksWithOtherAreaLayersByConfigurationAlone )
{
  mConfig.areas.path =
      QStringLiteral( DPK_REALDATA_DIR "/areas/stockholm-stadsdelar/stadsdelar.shp" );
  mConfig.areas.codeField = QStringLiteral( "name" );
  mConfig.areas.nameField = QStringLiteral( "name" );
  DpkResult<DpkBuildResult> built = DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  EXPECT_EQ( built.value().areaCount, 117 );

  mConfig.areas.path =
      QStringLiteral( DPK_REALDATA_DIR "/areas/deso-2018/deso-2018-stockholms-lan.geojson" );
  mConfig.areas.codeField = QStringLiteral( "id" );
  mConfig.areas.nameField = QStringLiteral( "id" );
  built = DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  EXPECT_EQ( built.value().areaCount, 1287 );
}

TEST_F( DpkMapBuilderOnStockholm, NeverWritesANumberForASuppressedFigure )
{
  DpkMapBuilder builder( mConfig, mCatalogue, mWork.path() );
  const DpkResult<DpkBuildResult> built = builder.build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();

  for ( const DpkIndicatorLayers &layers : built.value().layers )
  {
    for ( const QString &name : { layers.schoolTable, layers.areaTable } )
    {
      const auto layer = table( built.value(), name );
      QgsFeatureIterator it = layer->getFeatures();
      QgsFeature feature;
      while ( it.nextFeature( feature ) )
      {
        const QString status =
            feature.attribute( layers.indicator.id + QStringLiteral( "_status" ) ).toString();
        if ( status != QLatin1String( "exists" ) && status != QLatin1String( "approximate" ) )
        {
          EXPECT_TRUE( feature.attribute( layers.indicator.id ).isNull() )
              << name.toStdString() << " " << status.toStdString();
        }
      }
    }
  }
}

TEST_F( DpkMapBuilderOnStockholm, ACancelledBuildLeavesTheEarlierGeoPackage )
{
  DpkMapBuilder builder( mConfig, mCatalogue, mWork.path() );
  const DpkResult<DpkBuildResult> first = builder.build();
  ASSERT_TRUE( first.isOk() ) << first.error().toStdString();
  const QByteArray before = dpkChecksum( first.value().geopackage );

  QgsFeedback feedback;
  feedback.cancel();
  const DpkResult<DpkBuildResult> cancelled = builder.build( &feedback );
  EXPECT_FALSE( cancelled.isOk() );
  EXPECT_EQ( dpkChecksum( first.value().geopackage ), before );
}

TEST_F( DpkMapBuilderOnStockholm, RefusesToWriteOverItsOwnInput )
{
  const DpkResult<DpkBuildResult> first =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_TRUE( first.isOk() ) << first.error().toStdString();
  const QByteArray before = dpkChecksum( first.value().geopackage );

  // The areas now come from the GeoPackage the run would write, named by another path.
  mConfig.areas.path =
      QDir( mConfig.outputDir ).filePath( QStringLiteral( "./%1.gpkg" ).arg( mConfig.outputName ) );
  const DpkResult<DpkBuildResult> second =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_FALSE( second.isOk() );
  EXPECT_TRUE( second.error().contains( QStringLiteral( "'areas.path'" ) ) )
      << second.error().toStdString();
  EXPECT_EQ( dpkChecksum( first.value().geopackage ), before );
}

TEST_F( DpkMapBuilderOnStockholm, NamesTheMunicipalityTheApiDoesNotName )
{
  // Results and locations both from the API, which gives codes but no municipality names.
  mConfig.results = mConfig.schools;
  mConfig.indicators = QStringList{ QStringLiteral( "meritvarde" ) };
  const DpkResult<DpkBuildResult> unnamed =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_TRUE( unnamed.isOk() ) << unnamed.error().toStdString();
  EXPECT_TRUE( unnamed.value().municipalityName.isEmpty() );

  mConfig.municipalityName = QStringLiteral( "Stockholm" );
  const DpkResult<DpkBuildResult> named =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_TRUE( named.isOk() ) << named.error().toStdString();
  EXPECT_EQ( named.value().municipalityName, QStringLiteral( "Stockholm" ) );
}

TEST_F( DpkMapBuilderOnStockholm, NamesIndicatorsTheSourceDoesNotHold )
{
  // SALSA is not part of the year-9 grades export.
  mConfig.indicators = QStringList{ QStringLiteral( "salsa_meritvarde_avvikelse" ) };
  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_FALSE( built.isOk() );
  EXPECT_TRUE( built.error().contains( QStringLiteral( "salsa_meritvarde_avvikelse" ) ) )
      << built.error().toStdString();
  EXPECT_FALSE( built.error().contains( QStringLiteral( "has -" ) ) )
      << built.error().toStdString();
}

TEST_F( DpkMapBuilderOnStockholm, NamesAPeriodThatIsNotInTheData )
{
  mConfig.period = DpkPeriod( 2030 );
  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_FALSE( built.isOk() );
  EXPECT_TRUE( built.error().contains( QStringLiteral( "2030/31" ) ) )
      << built.error().toStdString();
  EXPECT_TRUE( built.error().contains( QStringLiteral( "2024/25" ) ) )
      << built.error().toStdString();
}

TEST_F( DpkMapBuilderOnStockholm, NamesAMissingAreaField )
{
  mConfig.areas.codeField = QStringLiteral( "SDN" );
  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_FALSE( built.isOk() );
  EXPECT_TRUE( built.error().contains( QStringLiteral( "'SDN'" ) ) ) << built.error().toStdString();
}

TEST_F( DpkMapBuilderOnStockholm, ReadsOnlyTheLocationsFromTheApiWhenResultsComeFromAnExport )
{
  // A statistics response the run does not need cannot break it.
  const QString statistics =
      QStringLiteral( "/planned-educations/v4/school-units/44673074/statistics/gr" );
  mServer.setFault( statistics, DpkReplayServer::Fault{ DpkReplayServer::Fault::Kind::HttpError } );

  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  EXPECT_EQ( built.value().schoolsPlaced, 147 );
  EXPECT_EQ( mServer.requestCount( statistics ), 0 );
}

TEST_F( DpkMapBuilderOnStockholm, NamesTheUnitWhoseLocationCouldNotBeRead )
{
  const QString details = QStringLiteral( "/planned-educations/v4/school-units/44673074" );
  mServer.setFault( details, DpkReplayServer::Fault{ DpkReplayServer::Fault::Kind::Truncated } );

  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_FALSE( built.isOk() );
  EXPECT_TRUE( built.error().contains( QStringLiteral( "44673074" ) ) )
      << built.error().toStdString();
}

TEST_F( DpkMapBuilderOnStockholm, PlacesSchoolsFromAPointLayerOfTheirOwn )
{
  // An administration's own register: four schools at their recorded positions, one without
  // geometry and one point without a code.
  const QStringList placedCodes{ QStringLiteral( "10360193" ), QStringLiteral( "11018018" ),
                                 QStringLiteral( "11442396" ), QStringLiteral( "13124830" ) };
  DpkLayerTable points;
  points.name = QStringLiteral( "register" );
  points.wkbType = QgsWkbTypes::Point;
  points.crs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) );
  points.fields.append( DpkQgisCompat::makeField( QStringLiteral( "kod" ), QMetaType::QString ) );
  for ( const QString &code : placedCodes + QStringList{ QStringLiteral( "13301127" ), QString() } )
  {
    QgsFeature feature( points.fields );
    feature.setAttribute( 0, code.isEmpty() ? QVariant() : QVariant( code ) );
    if ( placedCodes.contains( code ) || code.isEmpty() )
      feature.setGeometry( QgsGeometry::fromPointXY(
          code.isEmpty() ? QgsPointXY( 674000, 6580000 ) : dpkRecordedPosition( code ) ) );
    points.features.append( feature );
  }
  const QString registerPath = mWork.filePath( QStringLiteral( "register.gpkg" ) );
  const DpkResult<QString> written = DpkGeoPackageWriter::write( registerPath, { points } );
  ASSERT_TRUE( written.isOk() ) << written.error().toStdString();

  mConfig.schools = DpkSourceConfig();
  mConfig.schools.type = DpkSourceConfig::Type::PointLayer;
  mConfig.schools.path = registerPath;
  mConfig.schools.layerName = QStringLiteral( "register" );
  mConfig.schools.codeField = QStringLiteral( "kod" );
  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();
  const DpkBuildResult &result = built.value();

  EXPECT_EQ( result.schoolsPlaced, placedCodes.size() );
  const auto schools = table( result, QStringLiteral( "skolor_meritvarde" ) );
  ASSERT_TRUE( schools->isValid() );
  EXPECT_EQ( schools->featureCount(), placedCodes.size() );
  for ( const QString &code : placedCodes )
  {
    const QgsPointXY position = featureWithCode( *schools, code ).geometry().asPoint();
    const QgsPointXY recorded = dpkRecordedPosition( code );
    EXPECT_NEAR( position.x(), recorded.x(), 0.01 ) << code.toStdString();
    EXPECT_NEAR( position.y(), recorded.y(), 0.01 ) << code.toStdString();
  }

  QString withoutGeometry;
  for ( const DpkUnplacedSchool &school : result.unplaced )
  {
    if ( school.code == QLatin1String( "13301127" ) )
      withoutGeometry = school.reason;
  }
  EXPECT_EQ( withoutGeometry, QStringLiteral( "no coordinates in the location source" ) );
  EXPECT_EQ( result.unplaced.size(), result.schoolsRead - placedCodes.size() );
  const QString warnings = result.warnings.join( QLatin1Char( '\n' ) );
  EXPECT_TRUE( warnings.contains( QStringLiteral( "the field 'kod' is empty" ) ) )
      << warnings.toStdString();
}

TEST_F( DpkMapBuilderOnStockholm, NamesAMissingCodeFieldOfAPointLayer )
{
  DpkLayerTable points;
  points.name = QStringLiteral( "register" );
  points.wkbType = QgsWkbTypes::Point;
  points.crs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) );
  points.fields.append( DpkQgisCompat::makeField( QStringLiteral( "kod" ), QMetaType::QString ) );
  const QString registerPath = mWork.filePath( QStringLiteral( "register.gpkg" ) );
  ASSERT_TRUE( DpkGeoPackageWriter::write( registerPath, { points } ).isOk() );

  mConfig.schools = DpkSourceConfig();
  mConfig.schools.type = DpkSourceConfig::Type::PointLayer;
  mConfig.schools.path = registerPath;
  mConfig.schools.codeField = QStringLiteral( "skolenhetskod" );
  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_FALSE( built.isOk() );
  EXPECT_TRUE( built.error().contains( QStringLiteral( "'skolenhetskod'" ) ) )
      << built.error().toStdString();
}
