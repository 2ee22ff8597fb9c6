#include "dpkprocessingtestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace
{
QHash<QString, QgsFeature> byCode( QgsVectorLayer *layer )
{
  return dpkFeaturesBy( layer, QStringLiteral( "skolenhetskod" ) );
}
} // namespace

using DpkReadResultsAlgorithmOnStockholm = DpkProcessingFixture;

TEST_F( DpkReadResultsAlgorithmOnStockholm, ReadsEveryStockholmSchoolOfTheExport )
{
  QgsVectorLayer *results = layer( readStockholm( { QStringLiteral( "meritvarde" ) } ) );
  ASSERT_NE( results, nullptr );

  QStringList expected;
  for ( const DpkRawExportRow &row : dpkRawExportRows() )
  {
    if ( row.municipalityCode == QLatin1String( "0180" ) )
      expected << row.code;
  }
  QStringList read = byCode( results ).keys();
  expected.sort();
  read.sort();
  EXPECT_EQ( read.size(), 149 );
  EXPECT_EQ( read, expected );
  EXPECT_EQ( results->wkbType(), QgsWkbTypes::NoGeometry );
}

TEST_F( DpkReadResultsAlgorithmOnStockholm, KeepsNumbersAndMarksAndAddsThePupilCount )
{
  QgsVectorLayer *results = layer( readStockholm( { QStringLiteral( "meritvarde" ) } ) );
  ASSERT_NE( results, nullptr );
  const QHash<QString, QgsFeature> features = byCode( results );
  ASSERT_GE( results->fields().lookupField( QStringLiteral( "elever_ak9" ) ), 0 )
      << "the weight of meritvarde must come along";

  int numbers = 0;
  for ( const DpkRawExportRow &row : dpkRawExportRows() )
  {
    if ( row.municipalityCode != QLatin1String( "0180" ) )
      continue;
    const QgsFeature feature = features.value( row.code );
    if ( row.pupils && *row.pupils >= 10 )
    {
      EXPECT_DOUBLE_EQ( feature.attribute( QStringLiteral( "elever_ak9" ) ).toDouble(),
                        *row.pupils );
    }
    const QVariant merit = feature.attribute( QStringLiteral( "meritvarde" ) );
    const QString status = feature.attribute( QStringLiteral( "meritvarde_status" ) ).toString();
    EXPECT_EQ( feature.attribute( QStringLiteral( "meritvarde_period" ) ).toString(),
               QStringLiteral( "2024/25" ) );
    // The standard minimum group is Skolverket's own: every published figure is shown.
    if ( row.meritvarde && ( !row.pupils || *row.pupils >= 10 ) )
    {
      ++numbers;
      EXPECT_NEAR( merit.toDouble(), *row.meritvarde, 1e-9 ) << row.code.toStdString();
      EXPECT_EQ( status, QStringLiteral( "exists" ) );
    }
    else
    {
      EXPECT_TRUE( merit.isNull() ) << row.code.toStdString() << " " << status.toStdString();
      EXPECT_NE( status, QStringLiteral( "exists" ) );
    }
  }
  EXPECT_EQ( numbers, 138 );
}

TEST_F( DpkReadResultsAlgorithmOnStockholm, SuppressesFiguresBelowTheCataloguesMinimumGroup )
{
  // An administration that shows meritvärde only for at least 60 pupils.
  QByteArray json = mCatalogue.toJson();
  QJsonDocument document = QJsonDocument::fromJson( json );
  QJsonObject root = document.object();
  QJsonArray indicators = root.value( QStringLiteral( "indicators" ) ).toArray();
  for ( int i = 0; i < indicators.size(); ++i )
  {
    QJsonObject indicator = indicators.at( i ).toObject();
    if ( indicator.value( QStringLiteral( "id" ) ).toString() == QLatin1String( "meritvarde" ) )
      indicator.insert( QStringLiteral( "minimumGroup" ), 60 );
    indicators[ i ] = indicator;
  }
  root.insert( QStringLiteral( "indicators" ), indicators );
  const DpkResult<DpkIndicatorCatalogue> strict = DpkIndicatorCatalogue::fromJson(
      QJsonDocument( root ).toJson(), QStringLiteral( "strict.json" ) );
  ASSERT_TRUE( strict.isOk() ) << strict.error().toStdString();

  DpkProcessingProvider provider( [ &strict ] { return strict; } );
  provider.refreshAlgorithms();
  const QgsProcessingAlgorithm *prototype = provider.algorithm( QStringLiteral( "readresults" ) );
  ASSERT_NE( prototype, nullptr );
  const std::unique_ptr<QgsProcessingAlgorithm> algorithm( prototype->create() );
  bool ok = false;
  const QVariantMap outputs = algorithm->run(
      { { QStringLiteral( "INPUT" ), dpkExportPath() },
        { QStringLiteral( "MUNICIPALITY" ), QStringLiteral( "0180" ) },
        { QStringLiteral( "INDICATORS" ), QStringList{ QStringLiteral( "meritvarde" ) } },
        { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
      mContext, &mFeedback, &ok );
  ASSERT_TRUE( ok ) << mFeedback.textLog().toStdString();
  const QHash<QString, QgsFeature> features =
      byCode( layer( outputs.value( QStringLiteral( "OUTPUT" ) ) ) );

  int suppressed = 0;
  for ( const DpkRawExportRow &row : dpkRawExportRows() )
  {
    if ( row.municipalityCode != QLatin1String( "0180" ) || !row.meritvarde || !row.pupils ||
         *row.pupils >= 60 )
      continue;
    ++suppressed;
    const QgsFeature feature = features.value( row.code );
    EXPECT_TRUE( feature.attribute( QStringLiteral( "meritvarde" ) ).isNull() )
        << row.code.toStdString();
    EXPECT_EQ( feature.attribute( QStringLiteral( "meritvarde_status" ) ).toString(),
               QStringLiteral( "suppressed" ) );
  }
  EXPECT_GT( suppressed, 0 );
}

TEST_F( DpkReadResultsAlgorithmOnStockholm, NamesAFileThatCannotBeRead )
{
  QTemporaryDir folder;
  const QString missing = folder.filePath( QStringLiteral( "ingen-export.csv" ) );
  bool ok = true;
  const QVariantMap outputs =
      run( QStringLiteral( "datapakarta:readresults" ),
           { { QStringLiteral( "INPUT" ), missing },
             { QStringLiteral( "INDICATORS" ), QStringLiteral( "meritvarde" ) },
             { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
           ok );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( outputs.isEmpty() );
  EXPECT_TRUE( mFeedback.textLog().contains( QStringLiteral( "ingen-export.csv" ) ) )
      << mFeedback.textLog().toStdString();
}

TEST_F( DpkReadResultsAlgorithmOnStockholm, GivesNoOutputWhenCancelled )
{
  mFeedback.cancel();
  const QString output = QDir( mWork.path() ).filePath( QStringLiteral( "results.gpkg" ) );
  bool ok = true;
  const QVariantMap outputs =
      run( QStringLiteral( "datapakarta:readresults" ),
           { { QStringLiteral( "INPUT" ), dpkExportPath() },
             { QStringLiteral( "INDICATORS" ), QStringLiteral( "meritvarde" ) },
             { QStringLiteral( "OUTPUT" ), output } },
           ok );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( outputs.isEmpty() );
  EXPECT_FALSE( QFile::exists( output ) );
}

TEST_F( DpkReadResultsAlgorithmOnStockholm, RefusesASchoolYearTheExportDoesNotHoldNamingItsOwn )
{
  bool ok = true;
  const QVariantMap outputs =
      run( QStringLiteral( "datapakarta:readresults" ),
           { { QStringLiteral( "INPUT" ), dpkExportPath() },
             { QStringLiteral( "MUNICIPALITY" ), QStringLiteral( "0180" ) },
             { QStringLiteral( "INDICATORS" ), QStringLiteral( "meritvarde" ) },
             { QStringLiteral( "PERIOD" ), QStringLiteral( "2019/20" ) },
             { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
           ok );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( outputs.isEmpty() );
  // The file's name says which school year it holds: its spring term ends in 2025.
  EXPECT_TRUE( dpkExportPath().contains( QStringLiteral( "2025" ) ) );
  EXPECT_TRUE( mFeedback.textLog().contains( QStringLiteral( "2024/25" ) ) )
      << mFeedback.textLog().toStdString();
  EXPECT_TRUE( mFeedback.textLog().contains( QStringLiteral( "2019/20" ) ) )
      << mFeedback.textLog().toStdString();
}
