#include "dpkstyleresultsalgorithm.h"

#include "dpkclassbreaks.h"
#include "dpklayerfields.h"
#include "dpkshownfigurecheck.h"
#include "dpkstylebuilder.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

#include <memory>

namespace
{
const QString INPUT = QStringLiteral( "INPUT" );
const QString INDICATOR = QStringLiteral( "INDICATOR" );
const QString STYLE_FILE = QStringLiteral( "STYLE_FILE" );
const QString OUTPUT = QStringLiteral( "OUTPUT" );
const QString CLASS_COUNT = QStringLiteral( "CLASS_COUNT" );
} // namespace

DpkStyleResultsAlgorithm::DpkStyleResultsAlgorithm( const DpkIndicatorCatalogue &offered,
                                                    const DpkOrganisationCatalogue::Loader &loader )
  : DpkProcessingAlgorithm( offered, loader )
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
             "can also be saved as a QML file." ) +
         QStringLiteral( "\n\n" ) + shownFiguresHelp();
}

QgsProcessingAlgorithm::Flags DpkStyleResultsAlgorithm::flags() const
{
  // A layer's renderer may only be changed on the thread the layer lives in.
  return DpkProcessingAlgorithm::flags() | FlagNoThreading;
}

DpkStyleResultsAlgorithm *DpkStyleResultsAlgorithm::createInstance() const
{
  return new DpkStyleResultsAlgorithm( catalogue(), catalogueLoader() );
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

QVariantMap DpkStyleResultsAlgorithm::runStep( const QVariantMap &parameters,
                                               QgsProcessingContext &context,
                                               QgsProcessingFeedback &feedback )
{
  throwIfCanceled( feedback );
  QgsVectorLayer *layer = parameterAsVectorLayer( parameters, INPUT, context );
  if ( !layer )
    throw QgsProcessingException( invalidSourceError( parameters, INPUT ) );
  const QList<DpkIndicator> chosen = chosenIndicators( parameters, INDICATOR, context );
  if ( chosen.isEmpty() )
    throw QgsProcessingException( tr( "%1: no indicator chosen" ).arg( INDICATOR ) );
  const DpkIndicator &indicator = chosen.first();
  // A layer edited by hand, or made under a lower minimum group, may hold numbers the rule
  // now hides: such a layer is refused rather than styled with them.
  valueOrThrow( DpkShownFigureCheck::check( *layer, indicator, layer->name(), &feedback ) );
  throwIfCanceled( feedback );
  const int fieldIndex = layer->fields().lookupField( DpkLayerFields::value( indicator.id ) );

  // The classes rest on the numbers the layer shows; features without one have none to give.
  QList<double> numbers;
  const double count = std::max( 1.0, static_cast<double>( layer->featureCount() ) );
  int read = 0;
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
    feedback.setProgress( 100.0 * ++read / count );
  }
  const QList<double> breaks = DpkClassBreaks::compute( indicator.classification, numbers,
                                                        indicator.classCount, indicator.breaks );
  throwIfCanceled( feedback );

  // A style file that cannot be written leaves the layer as it was: its earlier renderer comes
  // back before the error is raised.
  QVariantMap outputs;
  const QString styleFile = parameterAsFileOutput( parameters, STYLE_FILE, context );
  std::unique_ptr<QgsFeatureRenderer> earlier( layer->renderer() ? layer->renderer()->clone()
                                                                 : nullptr );
  layer->setRenderer(
      DpkStyleBuilder::renderer( indicator, breaks, layer->geometryType() ).release() );
  if ( !styleFile.isEmpty() )
  {
    bool saved = false;
    const QString message = layer->saveNamedStyle( styleFile, saved );
    if ( !saved )
    {
      layer->setRenderer( earlier.release() );
      throw QgsProcessingException(
          tr( "%1: the style cannot be written: %2" ).arg( styleFile, message ) );
    }
    outputs.insert( STYLE_FILE, styleFile );
  }
  layer->triggerRepaint();
  feedback.setProgress( 100.0 );
  feedback.pushInfo( tr( "%1: %2 classes for %3 figures" )
                         .arg( layer->name() )
                         .arg( breaks.size() )
                         .arg( numbers.size() ) );
  outputs.insert( OUTPUT, layer->id() );
  outputs.insert( CLASS_COUNT, breaks.size() );
  return outputs;
}
