#include "dpkaggregatetoareasalgorithm.h"

#include "dpkareaaggregator.h"
#include "dpkareaindex.h"
#include "dpklayertablebuilder.h"
#include "dpkschoolfeaturereader.h"
#include "dpkschoolplacer.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <memory>

namespace
{
const QString INPUT = QStringLiteral( "INPUT" );
const QString AREAS = QStringLiteral( "AREAS" );
const QString CODE_FIELD = QStringLiteral( "CODE_FIELD" );
const QString NAME_FIELD = QStringLiteral( "NAME_FIELD" );
const QString INDICATORS = QStringLiteral( "INDICATORS" );
const QString OUTPUT = QStringLiteral( "OUTPUT" );
const QString SUPPRESSED_COUNT = QStringLiteral( "SUPPRESSED_COUNT" );
} // namespace

DpkAggregateToAreasAlgorithm::DpkAggregateToAreasAlgorithm(
    const DpkIndicatorCatalogue &offered, const DpkOrganisationCatalogue::Loader &loader )
  : DpkProcessingAlgorithm( offered, loader )
{
}

QString DpkAggregateToAreasAlgorithm::name() const
{
  return QStringLiteral( "aggregatetoareas" );
}

QString DpkAggregateToAreasAlgorithm::displayName() const
{
  return tr( "Aggregate to areas" );
}

QStringList DpkAggregateToAreasAlgorithm::tags() const
{
  return tr( "area,aggregate,weighted,district,stadsdelsområde,deso" ).split( QLatin1Char( ',' ) );
}

QString DpkAggregateToAreasAlgorithm::shortHelpString() const
{
  return tr( "Combines the figures of the schools (the output of Place schools) into one figure "
             "per area of a polygon layer.\n\nShares and means are weighted by the pupils behind "
             "each school's figure, counts are summed. Only figures that may be shown enter. An "
             "area figure resting on fewer pupils than the indicator's minimum group is "
             "suppressed: it has no number and the status 'suppressed'. A '~100' share enters "
             "as the middle of its interval and marks the figure as estimated.\n\nEach figure "
             "keeps its basis: pupils, schools included and schools left out with the reason. "
             "With no indicator chosen, every indicator of the schools layer is combined." );
}

DpkAggregateToAreasAlgorithm *DpkAggregateToAreasAlgorithm::createInstance() const
{
  return new DpkAggregateToAreasAlgorithm( catalogue(), catalogueLoader() );
}

void DpkAggregateToAreasAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource(
      INPUT, tr( "Schools (points)" ), QList<int>{ QgsProcessing::TypeVectorPoint } ) );
  addParameter( new QgsProcessingParameterFeatureSource(
      AREAS, tr( "Areas (polygons)" ), QList<int>{ QgsProcessing::TypeVectorPolygon } ) );
  addParameter(
      new QgsProcessingParameterField( CODE_FIELD, tr( "Area code field" ), QVariant(), AREAS ) );
  addParameter( new QgsProcessingParameterField(
      NAME_FIELD, tr( "Area name field; empty for the code" ), QVariant(), AREAS,
      QgsProcessingParameterField::Any, false, true ) );
  addParameter( new QgsProcessingParameterEnum( INDICATORS, tr( "Indicators" ), indicatorIds(),
                                                true, QVariant(), true, true ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, tr( "Area figures" ),
                                                       QgsProcessing::TypeVectorPolygon ) );
  addOutput( new QgsProcessingOutputNumber( SUPPRESSED_COUNT, tr( "Area figures suppressed" ) ) );
}

QVariantMap DpkAggregateToAreasAlgorithm::runStep( const QVariantMap &parameters,
                                                   QgsProcessingContext &context,
                                                   QgsProcessingFeedback &feedback )
{
  throwIfCanceled( feedback );
  QgsProcessingMultiStepFeedback steps( 3, &feedback );
  const std::unique_ptr<QgsProcessingFeatureSource> input(
      parameterAsSource( parameters, INPUT, context ) );
  if ( !input )
    throw QgsProcessingException( invalidSourceError( parameters, INPUT ) );
  const std::unique_ptr<QgsProcessingFeatureSource> areaSource(
      parameterAsSource( parameters, AREAS, context ) );
  if ( !areaSource )
    throw QgsProcessingException( invalidSourceError( parameters, AREAS ) );
  // A script or model may pass any layer; a table without points has nothing to place.
  if ( QgsWkbTypes::geometryType( input->wkbType() ) != QgsWkbTypes::PointGeometry )
    throw QgsProcessingException(
        tr( "%1: %2 has no points; expected a point layer such as the output of Place schools" )
            .arg( INPUT, input->sourceName() ) );
  if ( QgsWkbTypes::geometryType( areaSource->wkbType() ) != QgsWkbTypes::PolygonGeometry )
    throw QgsProcessingException( tr( "%1: %2 has no polygons; expected an area layer" )
                                      .arg( AREAS, areaSource->sourceName() ) );
  const QString codeField = parameterAsString( parameters, CODE_FIELD, context );
  QString nameField = parameterAsString( parameters, NAME_FIELD, context );
  if ( nameField.isEmpty() )
    nameField = codeField;

  const DpkSchoolTable table = valueOrThrow(
      DpkSchoolFeatureReader::read( *input, catalogue(), input->sourceName(), &steps ) );
  QList<DpkIndicator> indicators = chosenIndicators( parameters, INDICATORS, context );
  if ( indicators.isEmpty() )
    indicators = table.indicators;
  for ( const DpkIndicator &indicator : indicators )
  {
    if ( !containsIndicator( table.indicators, indicator.id ) )
      throw QgsProcessingException(
          tr( "%1: no fields of the indicator '%2'; expected %2, %2_status and %2_period" )
              .arg( input->sourceName(), indicator.id ) );
  }
  throwIfCanceled( feedback );

  steps.setCurrentStep( 1 );
  const DpkAreaIndex index = valueOrThrow(
      DpkAreaIndex::build( *areaSource, codeField, nameField, areaSource->sourceName(), &steps ) );
  throwIfCanceled( feedback );
  QList<DpkSchool> placed;
  for ( const DpkSchool &school : table.schools )
  {
    if ( school.location )
      placed.append( school );
    else
      feedback.pushWarning( tr( "%1: the school %2 has no geometry; left out" )
                                .arg( input->sourceName(), school.code ) );
  }
  QList<DpkUnplacedSchool> outside;
  const QHash<QString, QString> areaOfSchool =
      DpkSchoolPlacer::locateInAreas( placed, index, outside );
  for ( const DpkUnplacedSchool &school : outside )
    feedback.pushInfo( tr( "Not in an area: %1 %2" ).arg( school.code, school.name ) );

  // One aggregator per indicator, fed with the schools that lie in an area.
  QHash<QString, QHash<QString, DpkAreaFigure>> figures;
  int suppressed = 0;
  for ( const DpkIndicator &indicator : indicators )
  {
    throwIfCanceled( feedback );
    DpkAreaAggregator aggregator( indicator, table.period );
    for ( const DpkSchool &school : placed )
    {
      if ( areaOfSchool.contains( school.code ) )
        aggregator.addSchool( areaOfSchool.value( school.code ), school );
    }
    for ( const DpkArea &area : index.areas() )
    {
      const DpkAreaFigure figure = aggregator.figure( area.code );
      suppressed += figure.value.status() == DpkValue::Status::SuppressedFewPupils ? 1 : 0;
      figures[ indicator.id ].insert( area.code, figure );
    }
  }

  steps.setCurrentStep( 2 );
  QVariantMap outputs;
  outputs.insert( OUTPUT,
                  writeTable( DpkLayerTableBuilder::areas( index.areas(), index.crs(), indicators,
                                                           table.period, figures ),
                              parameters, OUTPUT, context, steps ) );
  outputs.insert( SUPPRESSED_COUNT, suppressed );
  return outputs;
}
