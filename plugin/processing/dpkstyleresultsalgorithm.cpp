#include "dpkstyleresultsalgorithm.h"

#include "dpkclassbreaks.h"
#include "dpklayerfields.h"
#include "dpkstylebuilder.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

namespace
{
const QString INPUT = QStringLiteral( "INPUT" );
const QString INDICATOR = QStringLiteral( "INDICATOR" );
const QString STYLE_FILE = QStringLiteral( "STYLE_FILE" );
const QString OUTPUT = QStringLiteral( "OUTPUT" );
const QString CLASS_COUNT = QStringLiteral( "CLASS_COUNT" );
} // namespace

DpkStyleResultsAlgorithm::DpkStyleResultsAlgorithm( const DpkIndicatorCatalogue &catalogue )
  : DpkProcessingAlgorithm( catalogue )
{
}

QString DpkStyleResultsAlgorithm::name() const
{
  return QStringLiteral( "styleresults" );
}

QString DpkStyleResultsAlgorithm::displayName() const
{
  return tr( "Style results" );
}

QStringList DpkStyleResultsAlgorithm::tags() const
{
  return tr( "style,symbology,classes,legend,renderer" ).split( QLatin1Char( ',' ) );
}

QString DpkStyleResultsAlgorithm::shortHelpString() const
{
  return tr( "Gives a layer of schools or areas (from Place schools or Aggregate to areas) the "
             "standard style of one indicator from the catalogue: classes computed from the "
             "layer's figures by the catalogue's method and colour ramp, and hatched classes for "
             "features without a number, whose legend says whether the figure is suppressed "
             "(too few pupils) or not published.\n\nThe layer is changed in place. The style "
             "can also be saved as a QML file." );
}

QgsProcessingAlgorithm::Flags DpkStyleResultsAlgorithm::flags() const
{
  // A layer's renderer may only be changed on the thread the layer lives in.
  return DpkProcessingAlgorithm::flags() | FlagNoThreading;
}

DpkStyleResultsAlgorithm *DpkStyleResultsAlgorithm::createInstance() const
{
  return new DpkStyleResultsAlgorithm( catalogue() );
}

void DpkStyleResultsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterVectorLayer(
      INPUT, tr( "Layer of schools or areas" ),
      QList<int>{ QgsProcessing::TypeVectorPoint, QgsProcessing::TypeVectorPolygon } ) );
  const QStringList ids = indicatorIds();
  addParameter( new QgsProcessingParameterEnum(
      INDICATOR, tr( "Indicator" ), ids, false,
      ids.isEmpty() ? QVariant() : QVariant( ids.first() ), false, true ) );
  addParameter( new QgsProcessingParameterFileDestination(
      STYLE_FILE, tr( "Style file" ), tr( "QGIS layer style (*.qml)" ), QVariant(), true, false ) );
  addOutput( new QgsProcessingOutputVectorLayer( OUTPUT, tr( "Styled layer" ) ) );
  addOutput( new QgsProcessingOutputNumber( CLASS_COUNT, tr( "Classes" ) ) );
}

QVariantMap DpkStyleResultsAlgorithm::processAlgorithm( const QVariantMap &parameters,
                                                        QgsProcessingContext &context,
                                                        QgsProcessingFeedback *feedback )
{
  throwIfCanceled( feedback );
  QgsVectorLayer *layer = parameterAsVectorLayer( parameters, INPUT, context );
  if ( !layer )
    throw QgsProcessingException( invalidSourceError( parameters, INPUT ) );
  const QList<DpkIndicator> chosen = chosenIndicators( parameters, INDICATOR, context );
  if ( chosen.isEmpty() )
    throw QgsProcessingException( tr( "%1: no indicator chosen" ).arg( INDICATOR ) );
  const DpkIndicator &indicator = chosen.first();
  const QString field = DpkLayerFields::value( indicator.id );
  const int fieldIndex = layer->fields().lookupField( field );
  if ( fieldIndex < 0 )
    throw QgsProcessingException(
        tr( "%1: no field '%2'; expected a layer made by Place schools or Aggregate to areas "
            "with the indicator; the layer has %3" )
            .arg( layer->name(), field, layer->fields().names().join( QStringLiteral( ", " ) ) ) );

  // The classes rest on the numbers the layer shows; features without one have none to give.
  QList<double> numbers;
  const double count = std::max( 1.0, static_cast<double>( layer->featureCount() ) );
  QgsFeatureIterator features = layer->getFeatures( QgsFeatureRequest()
                                                        .setFlags( QgsFeatureRequest::NoGeometry )
                                                        .setSubsetOfAttributes( { fieldIndex } ) );
  QgsFeature feature;
  while ( features.nextFeature( feature ) )
  {
    throwIfCanceled( feedback );
    const QVariant value = feature.attribute( fieldIndex );
    if ( !value.isNull() )
      numbers.append( value.toDouble() );
    feedback->setProgress( 100.0 * numbers.size() / count );
  }
  const QList<double> breaks = DpkClassBreaks::compute( indicator.classification, numbers,
                                                        indicator.classCount, indicator.breaks );
  throwIfCanceled( feedback );

  layer->setRenderer(
      DpkStyleBuilder::renderer( indicator, breaks, layer->geometryType() ).release() );
  layer->triggerRepaint();
  feedback->pushInfo( tr( "%1: %2 classes for %3 figures" )
                          .arg( layer->name() )
                          .arg( breaks.size() )
                          .arg( numbers.size() ) );

  QVariantMap outputs;
  const QString styleFile = parameterAsFileOutput( parameters, STYLE_FILE, context );
  if ( !styleFile.isEmpty() )
  {
    bool saved = false;
    const QString message = layer->saveNamedStyle( styleFile, saved );
    if ( !saved )
      throw QgsProcessingException(
          tr( "%1: the style cannot be written: %2" ).arg( styleFile, message ) );
    outputs.insert( STYLE_FILE, styleFile );
  }
  outputs.insert( OUTPUT, layer->id() );
  outputs.insert( CLASS_COUNT, breaks.size() );
  return outputs;
}
