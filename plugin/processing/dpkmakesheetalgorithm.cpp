#include "dpkmakesheetalgorithm.h"

#include "dpkbuildresult.h"
#include "dpklayerfields.h"
#include "dpklayoutbuilder.h"
#include "dpklayoutexporter.h"
#include "dpkprojectupdater.h"
#include "dpkrunconfig.h"
#include "dpkshownfigurecheck.h"

#include <qgslayoutatlas.h>
#include <qgslayoutpagecollection.h>
#include <qgsprintlayout.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>

namespace
{
const QString SCHOOLS = QStringLiteral( "SCHOOLS" );
const QString AREAS = QStringLiteral( "AREAS" );
const QString INDICATOR = QStringLiteral( "INDICATOR" );
const QString TEMPLATE = QStringLiteral( "TEMPLATE" );
const QString TEMPLATE_FILE = QStringLiteral( "TEMPLATE_FILE" );
const QString ATLAS = QStringLiteral( "ATLAS" );
const QString SOURCE = QStringLiteral( "SOURCE" );
const QString OUTPUT = QStringLiteral( "OUTPUT" );
const QString PAGE_COUNT = QStringLiteral( "PAGE_COUNT" );
} // namespace

DpkMakeSheetAlgorithm::DpkMakeSheetAlgorithm( const DpkIndicatorCatalogue &offered,
                                              const DpkOrganisationCatalogue::Loader &loader )
  : DpkProcessingAlgorithm( offered, loader )
{
}

QString DpkMakeSheetAlgorithm::name() const
{
  return QStringLiteral( "makesheet" );
}

QString DpkMakeSheetAlgorithm::displayName() const
{
  return tr( "Make map sheet" );
}

QStringList DpkMakeSheetAlgorithm::tags() const
{
  return tr( "layout,pdf,print,sheet,atlas,report" ).split( QLatin1Char( ',' ) );
}

QString DpkMakeSheetAlgorithm::shortHelpString() const
{
  return tr( "Makes a PDF map sheet of one indicator for a committee report: title, map of the "
             "schools (and areas), legend, source line and a note on suppressed figures, from a "
             "built-in template or an organisation's .qpt template.\n\nWith Atlas, the PDF has "
             "one page per area with the area's figure and its basis; it needs the area layer."
             "\n\nThe layers are shown as they are styled (see Style results); the school year "
             "and municipality come from the school layer's fields." ) +
         QStringLiteral( "\n\n" ) + shownFiguresHelp();
}

QgsProcessingAlgorithm::Flags DpkMakeSheetAlgorithm::flags() const
{
  // Layouts render layers and fonts: main thread only.
  return DpkProcessingAlgorithm::flags() | FlagNoThreading;
}

DpkMakeSheetAlgorithm *DpkMakeSheetAlgorithm::createInstance() const
{
  return new DpkMakeSheetAlgorithm( catalogue(), catalogueLoader() );
}

void DpkMakeSheetAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterVectorLayer(
      SCHOOLS, tr( "Schools" ), QList<int>{ QgsProcessing::TypeVectorPoint } ) );
  addParameter( new QgsProcessingParameterVectorLayer(
      AREAS, tr( "Areas" ), QList<int>{ QgsProcessing::TypeVectorPolygon }, QVariant(), true ) );
  const QStringList ids = indicatorIds();
  addParameter( new QgsProcessingParameterEnum(
      INDICATOR, tr( "Indicator" ), ids, false,
      ids.isEmpty() ? QVariant() : QVariant( ids.first() ), false, true ) );
  const QStringList templates = DpkLayoutBuilder::builtInTemplates();
  addParameter( new QgsProcessingParameterEnum( TEMPLATE, tr( "Template" ), templates, false,
                                                templates.value( 0 ), false, true ) );
  addParameter( new QgsProcessingParameterFile(
      TEMPLATE_FILE, tr( "Organisation's template (instead of the built-in one)" ),
      QgsProcessingParameterFile::File, QStringLiteral( "qpt" ), QVariant(), true ) );
  addParameter(
      new QgsProcessingParameterBoolean( ATLAS, tr( "Atlas: one page per area" ), false ) );
  addParameter( new QgsProcessingParameterString(
      SOURCE, tr( "Source named on the sheet" ), DpkRunConfig::defaultSourceName(), false, true ) );
  addParameter( new QgsProcessingParameterFileDestination( OUTPUT, tr( "Map sheet" ),
                                                           tr( "PDF files (*.pdf)" ) ) );
  addOutput( new QgsProcessingOutputNumber( PAGE_COUNT, tr( "Pages" ) ) );
}

QString DpkMakeSheetAlgorithm::firstText( QgsVectorLayer *layer, const QString &field )
{
  const int index = layer->fields().lookupField( field );
  if ( index < 0 )
    return QString();
  QgsFeatureIterator features = layer->getFeatures( QgsFeatureRequest()
                                                        .setFlags( QgsFeatureRequest::NoGeometry )
                                                        .setSubsetOfAttributes( { index } ) );
  QgsFeature feature;
  while ( features.nextFeature( feature ) )
  {
    const QVariant value = feature.attribute( index );
    if ( !value.isNull() && !value.toString().trimmed().isEmpty() )
      return value.toString().trimmed();
  }
  return QString();
}

QVariantMap DpkMakeSheetAlgorithm::runStep( const QVariantMap &parameters,
                                            QgsProcessingContext &context,
                                            QgsProcessingFeedback &feedback )
{
  throwIfCanceled( feedback );
  QgsVectorLayer *schools = parameterAsVectorLayer( parameters, SCHOOLS, context );
  if ( !schools )
    throw QgsProcessingException( invalidSourceError( parameters, SCHOOLS ) );
  QgsVectorLayer *areas = parameterAsVectorLayer( parameters, AREAS, context );
  const bool atlas = parameterAsBoolean( parameters, ATLAS, context );
  if ( atlas && !areas )
    throw QgsProcessingException( tr( "%1: an atlas needs the area layer; expected the "
                                      "parameter %2" )
                                      .arg( ATLAS, AREAS ) );
  const QList<DpkIndicator> chosen = chosenIndicators( parameters, INDICATOR, context );
  if ( chosen.isEmpty() )
    throw QgsProcessingException( tr( "%1: no indicator chosen" ).arg( INDICATOR ) );
  const DpkIndicator &indicator = chosen.first();
  // A layer edited by hand, or made under a lower minimum group, may hold numbers the rule
  // now hides: such a layer is refused rather than printed.
  for ( QgsVectorLayer *layer : { schools, areas } )
  {
    if ( layer )
      valueOrThrow( DpkShownFigureCheck::check( *layer, indicator, layer->name(), &feedback ) );
  }
  QString templateName = parameterAsFile( parameters, TEMPLATE_FILE, context );
  if ( templateName.isEmpty() )
    templateName = parameterAsEnumString( parameters, TEMPLATE, context );

  // What the sheet's texts say, read from the school layer as "Place schools" wrote it.
  DpkBuildResult result;
  result.geopackage = schools->source();
  result.municipality = firstText( schools, QStringLiteral( "kommunkod" ) );
  result.municipalityName = firstText( schools, QStringLiteral( "kommun" ) );
  result.resultsSource = schools->name();
  result.sourceName = parameterAsString( parameters, SOURCE, context ).trimmed();
  result.period = valueOrThrow(
      DpkPeriod::parse( firstText( schools, DpkLayerFields::period( indicator.id ) ) ) );
  DpkIndicatorLayers indicatorLayers;
  indicatorLayers.indicator = indicator;
  indicatorLayers.schoolTable = schools->name();
  indicatorLayers.areaTable = areas ? areas->name() : QString();
  result.layers.append( indicatorLayers );
  throwIfCanceled( feedback );

  // A project of the sheet's own, holding copies of the layers marked as the builder finds them.
  QgsProject project;
  project.setCrs( schools->crs() );
  const QList<QPair<QgsVectorLayer *, QString>> roles{ { schools, QStringLiteral( "schools" ) },
                                                       { areas, QStringLiteral( "areas" ) } };
  for ( const auto &role : roles )
  {
    if ( !role.first )
      continue;
    QgsVectorLayer *copy = role.first->clone();
    copy->setCustomProperty( DpkProjectUpdater::GEOPACKAGE_PROPERTY, result.geopackage );
    copy->setCustomProperty( DpkProjectUpdater::ROLE_PROPERTY, role.second );
    copy->setCustomProperty( DpkProjectUpdater::INDICATOR_PROPERTY, indicator.id );
    project.addMapLayer( copy );
  }
  QgsPrintLayout *layout = valueOrThrow(
      DpkLayoutBuilder( &project ).build( result, indicator.id, templateName, atlas ) );
  throwIfCanceled( feedback );

  const QString path = parameterAsFileOutput( parameters, OUTPUT, context );
  valueOrThrow( DpkLayoutExporter::exportPdf( layout, path, &feedback ) );
  throwIfCanceled( feedback );
  QVariantMap outputs;
  outputs.insert( OUTPUT, path );
  outputs.insert( PAGE_COUNT,
                  atlas ? layout->atlas()->count() : layout->pageCollection()->pageCount() );
  return outputs;
}
