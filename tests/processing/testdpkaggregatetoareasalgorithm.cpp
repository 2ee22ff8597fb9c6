#include "dpkmapbuilder.h"
#include "dpkprocessingtestsupport.h"
#include "dpktestfiles.h"

namespace
{
QHash<QString, QgsFeature> byName( QgsVectorLayer *layer )
{
  return dpkFeaturesBy( layer, QStringLiteral( "namn" ) );
}
} // namespace

class DpkAggregateToAreasAlgorithmOnStockholm : public DpkProcessingFixture
{
protected:
  QVariantMap aggregate( const QString &schools )
  {
    return runOk( QStringLiteral( "datapakarta:aggregatetoareas" ),
                  { { QStringLiteral( "INPUT" ), schools },
                    { QStringLiteral( "AREAS" ), dpkDistrictAreasPath() },
                    { QStringLiteral( "CODE_FIELD" ), QStringLiteral( "Sdn_omarde" ) },
                    { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } } );
  }
};

TEST_F( DpkAggregateToAreasAlgorithmOnStockholm, WeighsNorrmalmsMeritvardeByItsPupils )
{
  QgsVectorLayer *areas = layer( aggregate( placeStockholm(
      readStockholm( { QStringLiteral( "meritvarde" ) } ) ) )[ QStringLiteral( "OUTPUT" ) ] );
  ASSERT_NE( areas, nullptr );
  EXPECT_EQ( areas->featureCount(), 13 );

  // Worked out here from the raw export, the recorded positions and Norrmalm's polygon.
  QgsVectorLayer districts( dpkDistrictAreasPath(), QStringLiteral( "sdn" ),
                            QStringLiteral( "ogr" ) );
  ASSERT_TRUE( districts.isValid() );
  QgsGeometry norrmalm;
  QgsFeatureIterator it = districts.getFeatures();
  QgsFeature district;
  while ( it.nextFeature( district ) )
  {
    if ( district.attribute( QStringLiteral( "Sdn_omarde" ) ).toString() ==
         QLatin1String( "Norrmalm" ) )
      norrmalm = district.geometry();
  }
  ASSERT_FALSE( norrmalm.isNull() );
  const QgsCoordinateTransform toDistricts(
      QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ), districts.crs(),
      QgsCoordinateTransformContext() );
  double weighted = 0.0;
  double pupils = 0.0;
  int schools = 0;
  for ( const DpkRawExportRow &row : dpkRawExportRows() )
  {
    if ( row.municipalityCode != QLatin1String( "0180" ) || !row.meritvarde || !row.pupils ||
         !dpkHasRecordedPosition( row.code ) )
      continue;
    const QgsPointXY position = toDistricts.transform( dpkRecordedPosition( row.code ) );
    if ( !norrmalm.contains( &position ) )
      continue;
    weighted += *row.meritvarde * *row.pupils;
    pupils += *row.pupils;
    ++schools;
  }
  ASSERT_GT( pupils, 0.0 );

  const QgsFeature figure = byName( areas ).value( QStringLiteral( "Norrmalm" ) );
  EXPECT_NEAR( figure.attribute( QStringLiteral( "meritvarde" ) ).toDouble(), weighted / pupils,
               1e-9 );
  EXPECT_NEAR( figure.attribute( QStringLiteral( "meritvarde" ) ).toDouble(), 281.39, 0.005 );
  EXPECT_EQ( figure.attribute( QStringLiteral( "meritvarde_schools" ) ).toInt(), schools );
  EXPECT_DOUBLE_EQ( figure.attribute( QStringLiteral( "meritvarde_pupils" ) ).toDouble(), pupils );
  EXPECT_EQ( figure.attribute( QStringLiteral( "meritvarde_status" ) ).toString(),
             QStringLiteral( "exists" ) );
}

TEST_F( DpkAggregateToAreasAlgorithmOnStockholm, GivesTheSameAreaFiguresAsTheWholeBuild )
{
  const QStringList indicators{ QStringLiteral( "meritvarde" ), QStringLiteral( "alla_amnen" ),
                                QStringLiteral( "behorig_yrkes" ) };
  QgsVectorLayer *areas = layer(
      aggregate( placeStockholm( readStockholm( indicators ) ) )[ QStringLiteral( "OUTPUT" ) ] );
  ASSERT_NE( areas, nullptr );
  const DpkResult<DpkBuildResult> built =
      DpkMapBuilder( mConfig, mCatalogue, mWork.path() ).build();
  ASSERT_TRUE( built.isOk() ) << built.error().toStdString();

  const QHash<QString, QgsFeature> figures = byName( areas );
  for ( const QString &indicator : indicators )
  {
    QgsVectorLayer engine(
        QStringLiteral( "%1|layername=omraden_%2" ).arg( built.value().geopackage, indicator ),
        indicator, QStringLiteral( "ogr" ) );
    ASSERT_TRUE( engine.isValid() );
    QgsFeatureIterator it = engine.getFeatures();
    QgsFeature expected;
    int compared = 0;
    while ( it.nextFeature( expected ) )
    {
      const QgsFeature actual =
          figures.value( expected.attribute( QStringLiteral( "namn" ) ).toString() );
      for ( const QString &suffix :
            { QString(), QStringLiteral( "_status" ), QStringLiteral( "_pupils" ),
              QStringLiteral( "_schools" ), QStringLiteral( "_estimated" ) } )
      {
        const QString field = indicator + suffix;
        const QVariant want = expected.attribute( field );
        const QVariant got = actual.attribute( field );
        EXPECT_EQ( want.isNull(), got.isNull() ) << field.toStdString();
        if ( !want.isNull() )
        {
          EXPECT_EQ( want.toString(), got.toString() ) << field.toStdString();
        }
      }
      ++compared;
    }
    EXPECT_EQ( compared, 13 );
  }
}

TEST_F( DpkAggregateToAreasAlgorithmOnStockholm, NamesAMissingAreaField )
{
  const QString schools = placeStockholm( readStockholm( { QStringLiteral( "meritvarde" ) } ) );
  bool ok = true;
  run( QStringLiteral( "datapakarta:aggregatetoareas" ),
       { { QStringLiteral( "INPUT" ), schools },
         { QStringLiteral( "AREAS" ), dpkDistrictAreasPath() },
         { QStringLiteral( "CODE_FIELD" ), QStringLiteral( "SDN" ) },
         { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
       ok );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( mFeedback.textLog().contains( QStringLiteral( "'SDN'" ) ) )
      << mFeedback.textLog().toStdString();
}

TEST_F( DpkAggregateToAreasAlgorithmOnStockholm, RefusesATableWithoutPoints )
{
  // The output of Read results is a table: it must be placed before it can be aggregated.
  const QString table = readStockholm( { QStringLiteral( "meritvarde" ) } );
  bool ok = true;
  run( QStringLiteral( "datapakarta:aggregatetoareas" ),
       { { QStringLiteral( "INPUT" ), table },
         { QStringLiteral( "AREAS" ), dpkDistrictAreasPath() },
         { QStringLiteral( "CODE_FIELD" ), QStringLiteral( "Sdn_omarde" ) },
         { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
       ok );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( mFeedback.textLog().contains( QStringLiteral( "Place schools" ) ) )
      << mFeedback.textLog().toStdString();
}

TEST_F( DpkAggregateToAreasAlgorithmOnStockholm, GivesNoOutputWhenCancelled )
{
  const QString schools = placeStockholm( readStockholm( { QStringLiteral( "meritvarde" ) } ) );
  mFeedback.cancel();
  const QString output = mWork.filePath( QStringLiteral( "areas.gpkg" ) );
  bool ok = true;
  const QVariantMap outputs =
      run( QStringLiteral( "datapakarta:aggregatetoareas" ),
           { { QStringLiteral( "INPUT" ), schools },
             { QStringLiteral( "AREAS" ), dpkDistrictAreasPath() },
             { QStringLiteral( "CODE_FIELD" ), QStringLiteral( "Sdn_omarde" ) },
             { QStringLiteral( "OUTPUT" ), output } },
           ok );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( outputs.isEmpty() );
  EXPECT_FALSE( QFile::exists( output ) );
}
