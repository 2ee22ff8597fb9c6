#include "dpkgeopackagewriter.h"
#include "dpkprocessingtestsupport.h"
#include "dpktestfiles.h"

namespace
{
QStringList codesOf( QgsVectorLayer *layer )
{
  QStringList codes;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    codes << feature.attribute( QStringLiteral( "skolenhetskod" ) ).toString();
  codes.sort();
  return codes;
}
} // namespace

using DpkPlaceSchoolsAlgorithmOnStockholm = DpkProcessingFixture;

TEST_F( DpkPlaceSchoolsAlgorithmOnStockholm, PlacesSchoolsAtTheirPositionsInTheApi )
{
  const QString results = readStockholm( { QStringLiteral( "meritvarde" ) } );
  const QVariantMap outputs =
      runOk( QStringLiteral( "datapakarta:placeschools" ),
             { { QStringLiteral( "INPUT" ), results },
               { QStringLiteral( "API_URL" ), mConfig.schools.baseUrl },
               { QStringLiteral( "CACHE_FOLDER" ), mConfig.schools.cacheDir },
               { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT },
               { QStringLiteral( "UNPLACED" ), QgsProcessing::TEMPORARY_OUTPUT } } );
  QgsVectorLayer *schools = layer( outputs.value( QStringLiteral( "OUTPUT" ) ) );
  QgsVectorLayer *unplaced = layer( outputs.value( QStringLiteral( "UNPLACED" ) ) );
  ASSERT_NE( schools, nullptr );
  ASSERT_NE( unplaced, nullptr );

  // The export schools without a recorded detail file cannot be placed.
  EXPECT_EQ( codesOf( unplaced ),
             ( QStringList{ QStringLiteral( "51772207" ), QStringLiteral( "72066571" ) } ) );
  int withRecording = 0;
  for ( const DpkRawExportRow &row : dpkRawExportRows() )
    withRecording +=
        row.municipalityCode == QLatin1String( "0180" ) && dpkHasRecordedPosition( row.code );
  ASSERT_GT( withRecording, 0 );
  EXPECT_EQ( schools->featureCount(), withRecording );
  EXPECT_EQ( outputs.value( QStringLiteral( "PLACED_COUNT" ) ).toInt(), withRecording );
  EXPECT_EQ( schools->crs().authid(), QStringLiteral( "EPSG:3006" ) );
  QgsFeatureIterator it = schools->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    const QString code = feature.attribute( QStringLiteral( "skolenhetskod" ) ).toString();
    const QgsPointXY recorded = dpkRecordedPosition( code );
    EXPECT_NEAR( feature.geometry().asPoint().x(), recorded.x(), 0.01 ) << code.toStdString();
    EXPECT_NEAR( feature.geometry().asPoint().y(), recorded.y(), 0.01 ) << code.toStdString();
  }
  // Locations only: no statistics were asked for.
  EXPECT_EQ( mServer.requestCount(
                 QStringLiteral( "/planned-educations/v4/school-units/44673074/statistics/gr" ) ),
             0 );
}

TEST_F( DpkPlaceSchoolsAlgorithmOnStockholm, CarriesTheFiguresAndStatusesOverUnchanged )
{
  QgsVectorLayer *results = layer( readStockholm( { QStringLiteral( "meritvarde" ) } ) );
  QgsVectorLayer *schools = layer( placeStockholm( results->id() ) );
  ASSERT_NE( schools, nullptr );

  QHash<QString, QgsFeature> read;
  QgsFeatureIterator it = results->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    read.insert( feature.attribute( QStringLiteral( "skolenhetskod" ) ).toString(), feature );
  int compared = 0;
  it = schools->getFeatures();
  while ( it.nextFeature( feature ) )
  {
    const QgsFeature before =
        read.value( feature.attribute( QStringLiteral( "skolenhetskod" ) ).toString() );
    for ( const QString &field :
          { QStringLiteral( "namn" ), QStringLiteral( "meritvarde" ),
            QStringLiteral( "meritvarde_status" ), QStringLiteral( "elever_ak9" ),
            QStringLiteral( "elever_ak9_status" ) } )
      EXPECT_EQ( feature.attribute( field ), before.attribute( field ) ) << field.toStdString();
    ++compared;
  }
  // Every school read whose unit the API recording holds.
  int withRecording = 0;
  for ( const QString &code : read.keys() )
    withRecording += dpkHasRecordedPosition( code ) ? 1 : 0;
  EXPECT_EQ( compared, withRecording );
}

TEST_F( DpkPlaceSchoolsAlgorithmOnStockholm, PlacesSchoolsFromAPointLayer )
{
  const QStringList codes{ QStringLiteral( "10360193" ), QStringLiteral( "11018018" ),
                           QStringLiteral( "11442396" ) };
  DpkLayerTable points;
  points.name = QStringLiteral( "register" );
  points.wkbType = QgsWkbTypes::Point;
  points.crs = QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) );
  points.fields.append( DpkQgisCompat::makeField( QStringLiteral( "kod" ), QMetaType::QString ) );
  for ( const QString &code : codes )
  {
    QgsFeature point( points.fields );
    point.setAttribute( 0, code );
    point.setGeometry( QgsGeometry::fromPointXY( dpkRecordedPosition( code ) ) );
    points.features.append( point );
  }
  const QString path = mWork.filePath( QStringLiteral( "register.gpkg" ) );
  ASSERT_TRUE( DpkGeoPackageWriter::write( path, { points } ).isOk() );

  const QVariantMap outputs =
      runOk( QStringLiteral( "datapakarta:placeschools" ),
             { { QStringLiteral( "INPUT" ), readStockholm( { QStringLiteral( "meritvarde" ) } ) },
               { QStringLiteral( "LOCATIONS" ), path + QStringLiteral( "|layername=register" ) },
               { QStringLiteral( "CODE_FIELD" ), QStringLiteral( "kod" ) },
               { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } } );
  QgsVectorLayer *schools = layer( outputs.value( QStringLiteral( "OUTPUT" ) ) );
  ASSERT_NE( schools, nullptr );
  EXPECT_EQ( codesOf( schools ), codes );
  EXPECT_EQ( outputs.value( QStringLiteral( "UNPLACED_COUNT" ) ).toInt(), 149 - 3 );
  EXPECT_EQ( mServer.requestCount(), 0 );
}

TEST_F( DpkPlaceSchoolsAlgorithmOnStockholm, NamesTheUnitWhoseLocationCouldNotBeRead )
{
  const QString results = readStockholm( { QStringLiteral( "meritvarde" ) } );
  mServer.setFault( QStringLiteral( "/planned-educations/v4/school-units/44673074" ),
                    DpkReplayServer::Fault{ DpkReplayServer::Fault::Kind::Truncated } );
  bool ok = true;
  const QVariantMap outputs =
      run( QStringLiteral( "datapakarta:placeschools" ),
           { { QStringLiteral( "INPUT" ), results },
             { QStringLiteral( "API_URL" ), mConfig.schools.baseUrl },
             { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
           ok );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( outputs.isEmpty() );
  EXPECT_TRUE( mFeedback.textLog().contains( QStringLiteral( "44673074" ) ) )
      << mFeedback.textLog().toStdString();
}

TEST_F( DpkPlaceSchoolsAlgorithmOnStockholm, GivesNoOutputWhenCancelledWhileReadingTheApi )
{
  const QString results = readStockholm( { QStringLiteral( "meritvarde" ) } );
  // The cancel comes while the units' details are being read.
  QObject::connect( &mFeedback, &QgsFeedback::progressChanged, &mFeedback,
                    [ this ]( double progress )
                    {
                      if ( progress > 40.0 )
                        mFeedback.cancel();
                    } );
  const QString output = mWork.filePath( QStringLiteral( "placed.gpkg" ) );
  bool ok = true;
  const QVariantMap outputs = run( QStringLiteral( "datapakarta:placeschools" ),
                                   { { QStringLiteral( "INPUT" ), results },
                                     { QStringLiteral( "API_URL" ), mConfig.schools.baseUrl },
                                     { QStringLiteral( "OUTPUT" ), output } },
                                   ok );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( outputs.isEmpty() );
  EXPECT_FALSE( QFile::exists( output ) );
  EXPECT_LT( mServer.requestCount(), 155 );
}
