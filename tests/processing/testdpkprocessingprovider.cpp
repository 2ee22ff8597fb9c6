#include "dpkprocessingtestsupport.h"

#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingparameters.h>

namespace
{
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
  EXPECT_EQ( placed.featureCount(), 147 );
  EXPECT_GE( placed.fields().lookupField( QStringLiteral( "meritvarde_status" ) ), 0 );
}
