#include "dpkplaceschoolsalgorithm.h"

#include "dpkfeaturelocation.h"
#include "dpklayertablebuilder.h"
#include "dpkmapbuilder.h"
#include "dpkpointlocationreader.h"
#include "dpkschoolfeaturereader.h"
#include "dpkschoolplacer.h"
#include "dpkskolverketapireader.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

#include <QDir>

#include <memory>

namespace
{
const QString INPUT = QStringLiteral( "INPUT" );
const QString LOCATIONS = QStringLiteral( "LOCATIONS" );
const QString CODE_FIELD = QStringLiteral( "CODE_FIELD" );
const QString API_URL = QStringLiteral( "API_URL" );
const QString CACHE_FOLDER = QStringLiteral( "CACHE_FOLDER" );
const QString OUTPUT = QStringLiteral( "OUTPUT" );
const QString UNPLACED = QStringLiteral( "UNPLACED" );
const QString PLACED_COUNT = QStringLiteral( "PLACED_COUNT" );
const QString UNPLACED_COUNT = QStringLiteral( "UNPLACED_COUNT" );
} // namespace

DpkPlaceSchoolsAlgorithm::DpkPlaceSchoolsAlgorithm( const DpkIndicatorCatalogue &offered,
                                                    const DpkOrganisationCatalogue::Loader &loader )
  : DpkProcessingAlgorithm( offered, loader )
{
}

QString DpkPlaceSchoolsAlgorithm::name() const
{
  return QStringLiteral( "placeschools" );
}

QString DpkPlaceSchoolsAlgorithm::displayName() const
{
  return tr( "Place schools" );
}

QStringList DpkPlaceSchoolsAlgorithm::tags() const
{
  return tr( "school,location,point,skolenhetskod,coordinates" ).split( QLatin1Char( ',' ) );
}

QString DpkPlaceSchoolsAlgorithm::shortHelpString() const
{
  return tr( "Puts a table of schools (the output of Read results) on the map as points.\n\n"
             "Each school is joined by its skolenhetskod to a point of the school locations "
             "layer (for instance the administration's own register), or, when no layer is "
             "given, to its position in Skolverket's Planned Educations API for the schools' "
             "municipality. Responses are kept in the cache folder, if one is given.\n\n"
             "Schools without a position go to the table of unplaced schools, with the reason. "
             "The figures and their statuses are carried over unchanged." );
}

DpkPlaceSchoolsAlgorithm *DpkPlaceSchoolsAlgorithm::createInstance() const
{
  return new DpkPlaceSchoolsAlgorithm( catalogue(), catalogueLoader() );
}

void DpkPlaceSchoolsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource(
      INPUT, tr( "Results (table of schools)" ), QList<int>{ QgsProcessing::TypeVector } ) );
  addParameter( new QgsProcessingParameterFeatureSource(
      LOCATIONS, tr( "School locations (points); empty to use the API" ),
      QList<int>{ QgsProcessing::TypeVectorPoint }, QVariant(), true ) );
  addParameter( new QgsProcessingParameterField(
      CODE_FIELD, tr( "Skolenhetskod field of the school locations" ),
      QStringLiteral( "skolenhetskod" ), LOCATIONS, QgsProcessingParameterField::Any, false,
      true ) );
  addParameter( new QgsProcessingParameterString(
      API_URL, tr( "Planned Educations API (when no school locations are given)" ),
      DpkSkolverketApiReader::defaultBaseUrl().toString(), false, true ) );
  addParameter( new QgsProcessingParameterFile( CACHE_FOLDER, tr( "Cache folder for the API" ),
                                                QgsProcessingParameterFile::Folder, QString(),
                                                QVariant(), true ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, tr( "Schools" ),
                                                       QgsProcessing::TypeVectorPoint ) );
  addParameter( new QgsProcessingParameterFeatureSink(
      UNPLACED, tr( "Schools not on the map" ), QgsProcessing::TypeVector, QVariant(), true ) );
  addOutput( new QgsProcessingOutputNumber( PLACED_COUNT, tr( "Schools placed" ) ) );
  addOutput( new QgsProcessingOutputNumber( UNPLACED_COUNT, tr( "Schools not placed" ) ) );
}

DpkDataset DpkPlaceSchoolsAlgorithm::readLocations( const QVariantMap &parameters,
                                                    const QList<DpkSchool> &schools,
                                                    QgsProcessingContext &context,
                                                    QgsProcessingFeedback &feedback ) const
{
  const std::unique_ptr<QgsProcessingFeatureSource> points(
      parameterAsSource( parameters, LOCATIONS, context ) );
  if ( points )
  {
    QString field = parameterAsString( parameters, CODE_FIELD, context );
    if ( field.isEmpty() )
      field = QStringLiteral( "skolenhetskod" );
    return valueOrThrow(
        DpkPointLocationReader::read( *points, field, points->sourceName(), &feedback ) );
  }

  // The API is asked per municipality: the one of every school in the table.
  QSet<QString> municipalities;
  for ( const DpkSchool &school : schools )
    municipalities.insert( school.municipalityCode );
  if ( municipalities.size() != 1 || municipalities.contains( QString() ) )
  {
    QStringList codes( municipalities.begin(), municipalities.end() );
    codes.sort();
    throw QgsProcessingException(
        tr( "%1: the schools' kommunkod is %2; the API is read for one municipality at a time: "
            "expected schools of one municipality, or a layer of school locations" )
            .arg( INPUT, codes.join( QStringLiteral( ", " ) ) ) );
  }
  DpkRunConfig config;
  config.municipality = *municipalities.cbegin();
  config.schools.type = DpkSourceConfig::Type::SkolverketApi;
  config.schools.baseUrl = parameterAsString( parameters, API_URL, context ).trimmed();
  if ( config.schools.baseUrl.isEmpty() )
    config.schools.baseUrl = DpkSkolverketApiReader::defaultBaseUrl().toString();
  config.schools.cacheDir = parameterAsFile( parameters, CACHE_FOLDER, context );
  feedback.pushInfo( tr( "Reading the school units of %1 from %2" )
                         .arg( config.municipality, config.schools.baseUrl ) );
  return valueOrThrow(
      DpkMapBuilder( config, catalogue(), QDir::currentPath() ).readLocations( &feedback ) );
}

QVariantMap DpkPlaceSchoolsAlgorithm::runStep( const QVariantMap &parameters,
                                               QgsProcessingContext &context,
                                               QgsProcessingFeedback &feedback )
{
  throwIfCanceled( feedback );
  QgsProcessingMultiStepFeedback steps( 3, &feedback );
  const std::unique_ptr<QgsProcessingFeatureSource> input(
      parameterAsSource( parameters, INPUT, context ) );
  if ( !input )
    throw QgsProcessingException( invalidSourceError( parameters, INPUT ) );
  const DpkSchoolTable results = valueOrThrow(
      DpkSchoolFeatureReader::read( *input, catalogue(), input->sourceName(), &steps ) );
  throwIfCanceled( feedback );

  steps.setCurrentStep( 1 );
  const DpkDataset locations = readLocations( parameters, results.schools, context, steps );
  throwIfCanceled( feedback );
  for ( const DpkRejectedRow &row : locations.report.rejected )
    feedback.pushWarning( tr( "%1: %2" ).arg( locations.report.source, row.reason ) );

  QList<DpkUnplacedSchool> unplaced;
  const QList<DpkSchool> placed =
      DpkSchoolPlacer::place( results.schools, locations.schools, unplaced );
  if ( placed.isEmpty() )
    throw QgsProcessingException( tr( "%1: no school could be placed; %2 has none of their "
                                      "skolenhetskoder" )
                                      .arg( input->sourceName(), locations.report.source ) );
  for ( const DpkUnplacedSchool &school : unplaced )
    feedback.pushInfo(
        tr( "Not placed: %1 %2: %3" ).arg( school.code, school.name, school.reason ) );

  steps.setCurrentStep( 2 );
  const QgsCoordinateReferenceSystem crs = DpkFeatureLocation::crs( *placed.first().location );
  QVariantMap outputs;
  outputs.insert( OUTPUT, writeTable( DpkLayerTableBuilder::schools( placed, results.indicators,
                                                                     results.period, crs, {} ),
                                      parameters, OUTPUT, context, steps ) );
  if ( parameters.value( UNPLACED ).isValid() )
    outputs.insert( UNPLACED, writeTable( DpkLayerTableBuilder::unplacedSchools( unplaced ),
                                          parameters, UNPLACED, context, steps ) );
  outputs.insert( PLACED_COUNT, placed.size() );
  outputs.insert( UNPLACED_COUNT, unplaced.size() );
  return outputs;
}
