#include "dpkreadresultsalgorithm.h"

#include "dpkexportreader.h"
#include "dpklayertablebuilder.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

namespace
{
const QString INPUT = QStringLiteral( "INPUT" );
const QString MUNICIPALITY = QStringLiteral( "MUNICIPALITY" );
const QString INDICATORS = QStringLiteral( "INDICATORS" );
const QString PERIOD = QStringLiteral( "PERIOD" );
const QString OUTPUT = QStringLiteral( "OUTPUT" );
const QString SCHOOL_COUNT = QStringLiteral( "SCHOOL_COUNT" );
} // namespace

DpkReadResultsAlgorithm::DpkReadResultsAlgorithm( const DpkIndicatorCatalogue &offered,
                                                  const DpkOrganisationCatalogue::Loader &loader )
  : DpkProcessingAlgorithm( offered, loader )
{
}

QString DpkReadResultsAlgorithm::name() const
{
  return QStringLiteral( "readresults" );
}

QString DpkReadResultsAlgorithm::displayName() const
{
  return tr( "Read results" );
}

QStringList DpkReadResultsAlgorithm::tags() const
{
  return tr( "skolverket,export,school,results,statistics" ).split( QLatin1Char( ',' ) );
}

QString DpkReadResultsAlgorithm::shortHelpString() const
{
  return tr( "Reads a statistics export from Skolverket's statistics portal (CSV or XLSX) into "
             "a table of schools, one row per school unit, with the chosen indicators for one "
             "school year.\n\nEach indicator gives three fields: its number, its status and its "
             "school year. A figure based on fewer pupils than the indicator's minimum group "
             "has no number and the status 'suppressed'; Skolverket's marks are kept as "
             "statuses and never become 0. The pupil count that weights an indicator is added "
             "to the table.\n\nThe table has no geometry: connect it to Place schools.\n\n"
             "Indicators:\n%1" )
      .arg( indicatorList() );
}

DpkReadResultsAlgorithm *DpkReadResultsAlgorithm::createInstance() const
{
  return new DpkReadResultsAlgorithm( catalogue(), catalogueLoader() );
}

void DpkReadResultsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFile(
      INPUT, tr( "Skolverket statistics export" ), QgsProcessingParameterFile::File, QString(),
      QVariant(), false, tr( "Skolverket export (*.csv *.xlsx *.CSV *.XLSX)" ) ) );
  addParameter( new QgsProcessingParameterString(
      MUNICIPALITY, tr( "Municipality code (kommunkod, e.g. 0180); empty for every school" ),
      QVariant(), false, true ) );
  const QStringList ids = indicatorIds();
  const QString first = ids.contains( QStringLiteral( "meritvarde" ) )
                            ? QStringLiteral( "meritvarde" )
                            : ids.value( 0 );
  addParameter( new QgsProcessingParameterEnum( INDICATORS, tr( "Indicators" ), ids, true,
                                                first.isEmpty() ? QVariant() : QVariant( first ),
                                                false, true ) );
  addParameter( new QgsProcessingParameterString(
      PERIOD, tr( "School year (e.g. 2024/25); empty for the export's own" ), QVariant(), false,
      true ) );
  addParameter(
      new QgsProcessingParameterFeatureSink( OUTPUT, tr( "Results" ), QgsProcessing::TypeVector ) );
  addOutput( new QgsProcessingOutputNumber( SCHOOL_COUNT, tr( "Schools read" ) ) );
}

QVariantMap DpkReadResultsAlgorithm::runStep( const QVariantMap &parameters,
                                              QgsProcessingContext &context,
                                              QgsProcessingFeedback &feedback )
{
  throwIfCanceled( feedback );
  const QString path = parameterAsFile( parameters, INPUT, context );
  const QString municipality = parameterAsString( parameters, MUNICIPALITY, context ).trimmed();
  QList<DpkIndicator> indicators = chosenIndicators( parameters, INDICATORS, context );
  if ( indicators.isEmpty() )
    throw QgsProcessingException(
        tr( "%1: no indicator chosen; expected at least one of %2" )
            .arg( INDICATORS, indicatorIds().join( QStringLiteral( ", " ) ) ) );
  // The pupil counts that weight the figures travel with them, for the aggregation.
  for ( int i = 0; i < indicators.size(); ++i )
  {
    const QString weight = indicators.at( i ).weightIndicator;
    if ( !weight.isEmpty() && !containsIndicator( indicators, weight ) &&
         catalogue().indicator( weight ) )
      indicators.append( *catalogue().indicator( weight ) );
  }

  feedback.pushInfo( tr( "Reading %1" ).arg( path ) );
  const DpkDataset dataset =
      valueOrThrow( DpkExportReader( catalogue().indicators() ).readFile( path ) );
  throwIfCanceled( feedback );
  for ( const DpkRejectedRow &row : dataset.report.rejected )
    feedback.pushWarning( tr( "%1, line %2: %3" ).arg( path ).arg( row.line ).arg( row.reason ) );

  QList<DpkSchool> schools;
  for ( const DpkSchool &school : dataset.schools )
  {
    if ( municipality.isEmpty() || school.municipalityCode == municipality )
      schools.append( school );
  }
  if ( schools.isEmpty() )
    throw QgsProcessingException(
        tr( "%1: no school of the municipality %2; expected a kommunkod such as 0180" )
            .arg( path, municipality ) );

  const QString periodText = parameterAsString( parameters, PERIOD, context ).trimmed();
  DpkPeriod period = dataset.period;
  if ( !periodText.isEmpty() )
    period = valueOrThrow( DpkPeriod::parse( periodText ) );
  // An export of one school year has no figures of another: a table of nothing but 'missing'
  // would pass for a result.
  if ( dataset.period.isValid() && period != dataset.period )
    throw QgsProcessingException(
        tr( "%1: the export holds the school year %2, not %3; expected the parameter %4 empty "
            "or %2" )
            .arg( path, dataset.period.toString(), period.toString(), PERIOD ) );
  if ( !period.isValid() )
    throw QgsProcessingException(
        tr( "%1: the export names no school year; expected the parameter %2, e.g. 2024/25" )
            .arg( path, PERIOD ) );

  const DpkLayerTable table = DpkLayerTableBuilder::schools(
      schools, indicators, period, QgsCoordinateReferenceSystem(), QHash<QString, QString>() );
  DpkLayerTable withoutGeometry = table;
  withoutGeometry.wkbType = QgsWkbTypes::NoGeometry;
  feedback.pushInfo(
      tr( "%1 schools, school year %2" ).arg( schools.size() ).arg( period.toString() ) );
  QVariantMap outputs;
  outputs.insert( OUTPUT, writeTable( withoutGeometry, parameters, OUTPUT, context, feedback ) );
  outputs.insert( SCHOOL_COUNT, schools.size() );
  return outputs;
}
