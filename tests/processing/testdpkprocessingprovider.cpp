#include "dpkprocessingtestsupport.h"

#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingparameters.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
/**
 * Writes an organisation's catalogue to \a path that replaces meritvärde of \a catalogue by one
 * shown only for at least \a minimumGroup pupils.
 */
void writeOrganisationCatalogue( const QString &path, const DpkIndicatorCatalogue &catalogue,
                                 int minimumGroup )
{
  QJsonObject root = QJsonDocument::fromJson( catalogue.toJson() ).object();
  QJsonArray replaced;
  for ( const QJsonValue &value : root.value( QStringLiteral( "indicators" ) ).toArray() )
  {
    QJsonObject indicator = value.toObject();
    if ( indicator.value( QStringLiteral( "id" ) ).toString() != QLatin1String( "meritvarde" ) )
      continue;
    indicator.insert( QStringLiteral( "minimumGroup" ), minimumGroup );
    indicator.insert( QStringLiteral( "replaces" ), true );
    replaced.append( indicator );
  }
  root.insert( QStringLiteral( "id" ), QStringLiteral( "kommunen" ) );
  root.insert( QStringLiteral( "indicators" ), replaced );
  QFile file( path );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly | QIODevice::Truncate ) ) << path.toStdString();
  file.write( QJsonDocument( root ).toJson() );
}

const QStringList ALGORITHMS{
    QStringLiteral( "datapakarta:readresults" ), QStringLiteral( "datapakarta:placeschools" ),
    QStringLiteral( "datapakarta:aggregatetoareas" ), QStringLiteral( "datapakarta:styleresults" ),
    QStringLiteral( "datapakarta:makesheet" ) };
} // namespace

using DpkProcessingProviderOnStockholm = DpkProcessingFixture;

TEST_F( DpkProcessingProviderOnStockholm, OffersTheRunsStepsInTheRegistry )
{
  QgsProcessingProvider *provider =
      QgsApplication::processingRegistry()->providerById( QStringLiteral( "datapakarta" ) );
  ASSERT_NE( provider, nullptr );
  EXPECT_EQ( provider->name(), QStringLiteral( "Data på karta" ) );
  EXPECT_FALSE( provider->icon().isNull() );
  QStringList ids;
  for ( const QgsProcessingAlgorithm *algorithm : provider->algorithms() )
    ids << algorithm->id();
  ids.sort();
  QStringList expected = ALGORITHMS;
  expected.sort();
  EXPECT_EQ( ids, expected );

  for ( const QString &id : ALGORITHMS )
  {
    const QgsProcessingAlgorithm *algorithm =
        QgsApplication::processingRegistry()->algorithmById( id );
    ASSERT_NE( algorithm, nullptr ) << id.toStdString();
    EXPECT_FALSE( algorithm->shortHelpString().isEmpty() ) << id.toStdString();
    EXPECT_FALSE( algorithm->displayName().isEmpty() ) << id.toStdString();
    EXPECT_EQ( algorithm->groupId(), QStringLiteral( "schoolresults" ) );
  }
}

TEST_F( DpkProcessingProviderOnStockholm, GivesTheParametersTheirProcessingTypes )
{
  const auto type = []( const QString &algorithm, const QString &parameter )
  {
    const QgsProcessingParameterDefinition *definition = QgsApplication::processingRegistry()
                                                             ->algorithmById( algorithm )
                                                             ->parameterDefinition( parameter );
    return definition ? definition->type() : QString();
  };
  const QString read = ALGORITHMS.at( 0 );
  EXPECT_EQ( type( read, QStringLiteral( "INPUT" ) ), QgsProcessingParameterFile::typeName() );
  EXPECT_EQ( type( read, QStringLiteral( "MUNICIPALITY" ) ),
             QgsProcessingParameterString::typeName() );
  EXPECT_EQ( type( read, QStringLiteral( "INDICATORS" ) ), QgsProcessingParameterEnum::typeName() );
  EXPECT_EQ( type( read, QStringLiteral( "OUTPUT" ) ),
             QgsProcessingParameterFeatureSink::typeName() );
  EXPECT_EQ( type( ALGORITHMS.at( 1 ), QStringLiteral( "LOCATIONS" ) ),
             QgsProcessingParameterFeatureSource::typeName() );
  EXPECT_EQ( type( ALGORITHMS.at( 2 ), QStringLiteral( "CODE_FIELD" ) ),
             QgsProcessingParameterField::typeName() );
  EXPECT_EQ( type( ALGORITHMS.at( 4 ), QStringLiteral( "OUTPUT" ) ),
             QgsProcessingParameterFileDestination::typeName() );

  // The indicators are the catalogue's, chosen by id so that a saved model keeps its choice.
  const auto *indicators = dynamic_cast<const QgsProcessingParameterEnum *>(
      QgsApplication::processingRegistry()->algorithmById( read )->parameterDefinition(
          QStringLiteral( "INDICATORS" ) ) );
  ASSERT_NE( indicators, nullptr );
  EXPECT_TRUE( indicators->allowMultiple() );
  EXPECT_TRUE( indicators->usesStaticStrings() );
  QStringList catalogueIds;
  for ( const DpkIndicator &indicator : mCatalogue.indicators() )
    catalogueIds << indicator.id;
  EXPECT_EQ( indicators->options(), catalogueIds );
}

TEST_F( DpkProcessingProviderOnStockholm, ChainsReadAndPlaceInAModel )
{
  QgsProcessingModelAlgorithm model( QStringLiteral( "stockholm" ), QStringLiteral( "tests" ) );
  QgsProcessingModelChildAlgorithm read;
  read.setChildId( QStringLiteral( "read" ) );
  read.setAlgorithmId( QStringLiteral( "datapakarta:readresults" ) );
  read.addParameterSources(
      QStringLiteral( "INPUT" ),
      { QgsProcessingModelChildParameterSource::fromStaticValue( dpkExportPath() ) } );
  read.addParameterSources(
      QStringLiteral( "MUNICIPALITY" ),
      { QgsProcessingModelChildParameterSource::fromStaticValue( QStringLiteral( "0180" ) ) } );
  read.addParameterSources( QStringLiteral( "INDICATORS" ),
                            { QgsProcessingModelChildParameterSource::fromStaticValue(
                                QStringList{ QStringLiteral( "meritvarde" ) } ) } );
  model.addChildAlgorithm( read );

  QgsProcessingModelChildAlgorithm place;
  place.setChildId( QStringLiteral( "place" ) );
  place.setAlgorithmId( QStringLiteral( "datapakarta:placeschools" ) );
  place.addParameterSources( QStringLiteral( "INPUT" ),
                             { QgsProcessingModelChildParameterSource::fromChildOutput(
                                 QStringLiteral( "read" ), QStringLiteral( "OUTPUT" ) ) } );
  place.addParameterSources(
      QStringLiteral( "API_URL" ),
      { QgsProcessingModelChildParameterSource::fromStaticValue( mConfig.schools.baseUrl ) } );
  QgsProcessingModelOutput schools( QStringLiteral( "schools" ) );
  schools.setChildId( QStringLiteral( "place" ) );
  schools.setChildOutputName( QStringLiteral( "OUTPUT" ) );
  place.setModelOutputs( { { QStringLiteral( "schools" ), schools } } );
  model.addChildAlgorithm( place );
  model.updateDestinationParameters();

  const QgsProcessingParameterDefinitions destinations = model.destinationParameterDefinitions();
  ASSERT_EQ( destinations.size(), 1 );
  const QString output = mWork.filePath( QStringLiteral( "model-schools.gpkg" ) );
  bool ok = false;
  const QVariantMap results =
      model.run( { { destinations.first()->name(), output } }, mContext, &mFeedback, &ok );
  ASSERT_TRUE( ok ) << mFeedback.textLog().toStdString();

  QgsVectorLayer placed( results.value( destinations.first()->name() ).toString(),
                         QStringLiteral( "placed" ), QStringLiteral( "ogr" ) );
  ASSERT_TRUE( placed.isValid() )
      << results.value( destinations.first()->name() ).toString().toStdString();
  // Every Stockholm school of the export whose unit the API recording holds, and no other.
  int recorded = 0;
  for ( const DpkRawExportRow &row : dpkRawExportRows() )
    recorded +=
        row.municipalityCode == QLatin1String( "0180" ) && dpkHasRecordedPosition( row.code );
  ASSERT_GT( recorded, 0 );
  EXPECT_EQ( placed.featureCount(), recorded );
  EXPECT_GE( placed.fields().lookupField( QStringLiteral( "meritvarde_status" ) ), 0 );
}

TEST_F( DpkProcessingProviderOnStockholm, RunsWithAChangedOrganisationCatalogueWithoutRegistering )
{
  const QString path = mWork.filePath( QStringLiteral( "kommunen.json" ) );
  QgsSettings().setValue( DpkOrganisationCatalogue::settingsKey(), path );

  // The same registered provider, run under a minimum group of 60 and then of 150.
  for ( const int minimumGroup : { 60, 150 } )
  {
    writeOrganisationCatalogue( path, mCatalogue, minimumGroup );
    QgsVectorLayer *results = layer( readStockholm( { QStringLiteral( "meritvarde" ) } ) );
    ASSERT_NE( results, nullptr );
    const QHash<QString, QgsFeature> features =
        dpkFeaturesBy( results, QStringLiteral( "skolenhetskod" ) );

    int expected = 0;
    for ( const DpkRawExportRow &row : dpkRawExportRows() )
    {
      if ( row.municipalityCode != QLatin1String( "0180" ) )
        continue;
      const bool shown = row.meritvarde && row.pupils && *row.pupils >= minimumGroup;
      expected += shown ? 1 : 0;
      EXPECT_EQ( !features.value( row.code ).attribute( QStringLiteral( "meritvarde" ) ).isNull(),
                 shown )
          << row.code.toStdString() << " under the minimum group " << minimumGroup;
    }
    EXPECT_GT( expected, 0 );
  }
}

TEST_F( DpkProcessingProviderOnStockholm, RefusesToRunWhenTheOrganisationCatalogueCannotBeRead )
{
  QgsSettings().setValue( DpkOrganisationCatalogue::settingsKey(),
                          mWork.filePath( QStringLiteral( "saknad-katalog.json" ) ) );
  const QString output = mWork.filePath( QStringLiteral( "results.gpkg" ) );
  bool ok = true;
  const QVariantMap outputs =
      run( QStringLiteral( "datapakarta:readresults" ),
           { { QStringLiteral( "INPUT" ), dpkExportPath() },
             { QStringLiteral( "MUNICIPALITY" ), QStringLiteral( "0180" ) },
             { QStringLiteral( "INDICATORS" ), QStringLiteral( "meritvarde" ) },
             { QStringLiteral( "OUTPUT" ), output } },
           ok );
  EXPECT_FALSE( ok );
  EXPECT_TRUE( outputs.isEmpty() );
  EXPECT_FALSE( QFile::exists( output ) );
  EXPECT_TRUE( mFeedback.textLog().contains( QStringLiteral( "saknad-katalog.json" ) ) )
      << mFeedback.textLog().toStdString();
}

TEST_F( DpkProcessingProviderOnStockholm, RunsAnAlgorithmGivenNoFeedback )
{
  const std::unique_ptr<QgsProcessingAlgorithm> algorithm(
      QgsApplication::processingRegistry()->createAlgorithmById(
          QStringLiteral( "datapakarta:readresults" ) ) );
  ASSERT_NE( algorithm, nullptr );
  bool ok = false;
  const QVariantMap outputs =
      algorithm->run( { { QStringLiteral( "INPUT" ), dpkExportPath() },
                        { QStringLiteral( "MUNICIPALITY" ), QStringLiteral( "0180" ) },
                        { QStringLiteral( "INDICATORS" ), QStringLiteral( "meritvarde" ) },
                        { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } },
                      mContext, nullptr, &ok );
  EXPECT_TRUE( ok );
  QgsVectorLayer *results = layer( outputs.value( QStringLiteral( "OUTPUT" ) ) );
  ASSERT_NE( results, nullptr );
  int stockholm = 0;
  for ( const DpkRawExportRow &row : dpkRawExportRows() )
    stockholm += row.municipalityCode == QLatin1String( "0180" ) ? 1 : 0;
  EXPECT_EQ( results->featureCount(), stockholm );
}
