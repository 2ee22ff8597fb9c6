#include "dpkmapbuilder.h"

#include "dpkareaaggregator.h"
#include "dpkareaindex.h"
#include "dpkclassbreaks.h"
#include "dpkexportreader.h"
#include "dpkfeaturelocation.h"
#include "dpkgeopackagewriter.h"
#include "dpkpointlocationreader.h"
#include "dpkschoolplacer.h"
#include "dpkskolverketapireader.h"
#include "dpkstepfeedback.h"
#include "dpksuppression.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsfeedback.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFileInfo>

namespace
{
enum Step
{
  ReadResults,
  ReadLocations,
  ReadAreas,
  Write,
  StepCount
};

// The latest school year for which any of the indicators has a value at any of the schools.
DpkPeriod latestPeriod( const QList<DpkSchool> &schools, const QList<DpkIndicator> &indicators )
{
  DpkPeriod latest;
  for ( const DpkSchool &school : schools )
  {
    for ( const DpkIndicator &indicator : indicators )
      latest = std::max( latest, school.values.value( indicator.id ).latestPeriod() );
  }
  return latest;
}

bool hasAnyValue( const QList<DpkSchool> &schools, const QList<DpkIndicator> &indicators,
                  const DpkPeriod &period )
{
  for ( const DpkSchool &school : schools )
  {
    for ( const DpkIndicator &indicator : indicators )
    {
      if ( school.values.value( indicator.id ).contains( period ) )
        return true;
    }
  }
  return false;
}

QString periodsIn( const QList<DpkSchool> &schools, const QList<DpkIndicator> &indicators )
{
  QSet<QString> periods;
  for ( const DpkSchool &school : schools )
  {
    for ( const DpkIndicator &indicator : indicators )
    {
      for ( const DpkPeriod &period : school.values.value( indicator.id ).periods() )
        periods.insert( period.toString() );
    }
  }
  QStringList sorted( periods.begin(), periods.end() );
  sorted.sort();
  return sorted.isEmpty() ? QStringLiteral( "-" ) : sorted.join( QStringLiteral( ", " ) );
}

QList<double> numbersOf( const QList<DpkValue> &values )
{
  QList<double> numbers;
  for ( const DpkValue &value : values )
  {
    if ( value.hasNumber() )
      numbers.append( value.number() );
  }
  return numbers;
}
} // namespace

DpkMapBuilder::DpkMapBuilder( const DpkRunConfig &config, const DpkIndicatorCatalogue &catalogue,
                              const QString &baseFolder )
  : mConfig( config )
  , mCatalogue( catalogue )
  , mBaseFolder( baseFolder )
{
}

DpkMapBuilder::~DpkMapBuilder() = default;

void DpkMapBuilder::setAreaSource( std::shared_ptr<QgsFeatureSource> source,
                                   const QString &sourceName )
{
  mAreaSource = std::move( source );
  mAreaSourceName = sourceName;
}

QString DpkMapBuilder::resolved( const QString &path ) const
{
  if ( path.isEmpty() )
    return path;
  // Tidied, so that "out/./a.gpkg" and "out/a.gpkg" are recognised as one file.
  return QDir::cleanPath( QDir( mBaseFolder ).absoluteFilePath( path ) );
}

QString DpkMapBuilder::geopackagePath() const
{
  return QDir( resolved( mConfig.outputDir ) )
      .filePath( mConfig.outputName + QStringLiteral( ".gpkg" ) );
}

QString DpkMapBuilder::inputAtOutput() const
{
  // Compared as the files they are, so that a link or another spelling of the path is caught.
  const auto sameFile = []( const QString &a, const QString &b )
  {
    const QFileInfo first( a );
    const QFileInfo second( b );
    return first.exists() && second.exists()
               ? first.canonicalFilePath() == second.canonicalFilePath()
               : QDir::cleanPath( a ) == QDir::cleanPath( b );
  };
  const QString output = geopackagePath();
  const QList<QPair<QString, QString>> inputs{
      { QStringLiteral( "results.path" ), mConfig.results.path },
      { QStringLiteral( "schools.path" ), mConfig.schools.path },
      { QStringLiteral( "areas.path" ), mConfig.hasAreas ? mConfig.areas.path : QString() } };
  for ( const QPair<QString, QString> &input : inputs )
  {
    if ( !input.second.isEmpty() && sameFile( resolved( input.second ), output ) )
      return tr( "output: the GeoPackage %1 is also the run's input '%2'; writing it would "
                 "destroy that input. Expected another output.name or output.dir" )
          .arg( QDir::toNativeSeparators( output ), input.first );
  }
  return QString();
}

DpkResult<QList<DpkIndicator>> DpkMapBuilder::chosenIndicators() const
{
  QList<DpkIndicator> indicators;
  for ( const QString &id : mConfig.indicators )
  {
    const DpkIndicator *indicator = mCatalogue.indicator( id );
    if ( !indicator )
    {
      QStringList known;
      for ( const DpkIndicator &each : mCatalogue.indicators() )
        known << each.id;
      return DpkResult<QList<DpkIndicator>>::failure(
          tr( "unknown indicator '%1'; the catalogue has %2" )
              .arg( id, known.join( QStringLiteral( ", " ) ) ) );
    }
    indicators.append( *indicator );
  }
  return DpkResult<QList<DpkIndicator>>::success( indicators );
}

DpkResult<DpkDataset> DpkMapBuilder::readSource( const DpkSourceConfig &source, Purpose purpose,
                                                 QgsFeedback *feedback ) const
{
  if ( source.type == DpkSourceConfig::Type::SkolverketExport )
    return DpkExportReader( mCatalogue.indicators() ).readFile( resolved( source.path ) );
  if ( source.type == DpkSourceConfig::Type::PointLayer )
  {
    if ( purpose == Purpose::Results )
    {
      return DpkResult<DpkDataset>::failure(
          tr( "%1: a point layer holds school locations, not results; expected the type "
              "\"skolverket-export\" or \"skolverket-api\"" )
              .arg( resolved( source.path ) ) );
    }
    return readPoints( source, feedback );
  }

  DpkHttpClient::Settings settings = DpkSkolverketApiReader::defaultClientSettings();
  settings.cacheFolder = resolved( source.cacheDir );
  settings.authConfigId = source.authcfg;
  DpkSkolverketApiReader reader( QUrl( source.baseUrl ), settings );
  // Locations need the units' details only: half the requests, and no statistics to fail.
  reader.setReadStatistics( purpose == Purpose::Results );
  reader.setReadSalsa( purpose == Purpose::Results );
  const DpkResult<DpkDataset> dataset =
      reader.read( mConfig.municipality, mCatalogue.indicators(), feedback );
  if ( dataset.isOk() && !dataset.value().report.complete )
  {
    // Name what was not read, so the user can tell a broken unit from a broken service.
    const DpkReadReport &report = dataset.value().report;
    QStringList details;
    for ( const DpkRejectedRow &row : report.rejected.mid( 0, 3 ) )
      details << row.reason;
    details << report.warnings.mid( 0, std::max( 0, 3 - int( details.size() ) ) );
    return DpkResult<DpkDataset>::failure(
        tr( "%1: not read completely: %2" )
            .arg( report.source, details.join( QStringLiteral( "; " ) ) ) );
  }
  return dataset;
}

DpkResult<DpkDataset> DpkMapBuilder::readLocations( QgsFeedback *feedback ) const
{
  return readSource( mConfig.schools, Purpose::Locations, feedback );
}

DpkResult<DpkDataset> DpkMapBuilder::readPoints( const DpkSourceConfig &source,
                                                 QgsFeedback *feedback ) const
{
  const QString path = resolved( source.path );
  QString uri = path;
  if ( !source.layerName.isEmpty() )
    uri += QStringLiteral( "|layername=" ) + source.layerName;
  // Like the areas: a layer created and used in this thread only, never added to a project.
  QgsVectorLayer layer( uri, QStringLiteral( "schools" ), QStringLiteral( "ogr" ) );
  if ( !layer.isValid() )
  {
    return DpkResult<DpkDataset>::failure(
        tr( "%1: the school layer cannot be opened; expected a point file that GDAL reads" )
            .arg( uri ) );
  }
  // A field missing from the file is named with its key, so that the configuration is mended.
  if ( layer.fields().lookupField( source.codeField ) < 0 )
  {
    return DpkResult<DpkDataset>::failure(
        tr( "%1: key 'schools.codeField': no field '%2'; the layer has %3" )
            .arg( uri, source.codeField, layer.fields().names().join( QStringLiteral( ", " ) ) ) );
  }
  DpkResult<DpkDataset> dataset =
      DpkPointLocationReader::read( *layer.dataProvider(), source.codeField, path, feedback );
  if ( dataset.isOk() )
  {
    DpkDataset withTime = dataset.takeValue();
    withTime.retrievedAt = QFileInfo( path ).lastModified();
    return DpkResult<DpkDataset>::success( withTime );
  }
  return dataset;
}

DpkResult<DpkAreaIndex> DpkMapBuilder::readAreas( QgsFeedback *feedback ) const
{
  if ( mAreaSource )
  {
    return DpkAreaIndex::build( *mAreaSource, mConfig.areas.codeField, mConfig.areas.nameField,
                                mAreaSourceName, feedback );
  }
  QString uri = resolved( mConfig.areas.path );
  if ( !mConfig.areas.layerName.isEmpty() )
    uri += QStringLiteral( "|layername=" ) + mConfig.areas.layerName;
  // A layer created and used in this thread only, never added to a project.
  QgsVectorLayer layer( uri, QStringLiteral( "areas" ), QStringLiteral( "ogr" ) );
  if ( !layer.isValid() )
  {
    return DpkResult<DpkAreaIndex>::failure(
        tr( "%1: the area layer cannot be opened; expected a polygon file that GDAL reads" )
            .arg( uri ) );
  }
  // A field missing from the file is named with its key, so that the configuration is mended.
  const QList<QPair<QString, QString>> fieldKeys{
      { QStringLiteral( "areas.codeField" ), mConfig.areas.codeField },
      { QStringLiteral( "areas.nameField" ), mConfig.areas.nameField } };
  for ( const QPair<QString, QString> &key : fieldKeys )
  {
    if ( layer.fields().lookupField( key.second ) < 0 )
    {
      return DpkResult<DpkAreaIndex>::failure(
          tr( "%1: key '%2': no field '%3'; the layer has the fields %4" )
              .arg( uri, key.first, key.second,
                    layer.fields().names().join( QStringLiteral( ", " ) ) ) );
    }
  }
  return DpkAreaIndex::build( *layer.dataProvider(), mConfig.areas.codeField,
                              mConfig.areas.nameField, resolved( mConfig.areas.path ), feedback );
}

DpkResult<DpkBuildResult> DpkMapBuilder::build( QgsFeedback *feedback )
{
  DpkStepFeedback steps( StepCount, feedback );
  const auto cancelled = [ &steps ] { return steps.isCanceled(); };
  const DpkResult<DpkBuildResult> cancelledResult =
      DpkResult<DpkBuildResult>::failure( tr( "the build was cancelled" ) );
  const DpkResult<QList<DpkIndicator>> chosen = chosenIndicators();
  if ( !chosen.isOk() )
    return DpkResult<DpkBuildResult>::failure( chosen.error() );
  const QList<DpkIndicator> indicators = chosen.value();
  const QString overwritten = inputAtOutput();
  if ( !overwritten.isEmpty() )
    return DpkResult<DpkBuildResult>::failure( overwritten );

  // The results, and the locations from the same read when both come from one source.
  if ( cancelled() )
    return cancelledResult;
  steps.setCurrentStep( ReadResults );
  DpkResult<DpkDataset> results = readSource( mConfig.results, Purpose::Results, &steps );
  if ( !results.isOk() )
    return DpkResult<DpkBuildResult>::failure( results.error() );
  if ( !results.value().report.complete )
  {
    return DpkResult<DpkBuildResult>::failure(
        tr( "%1: the results were not read completely" ).arg( results.value().report.source ) );
  }
  if ( cancelled() )
    return cancelledResult;
  steps.setCurrentStep( ReadLocations );
  if ( mConfig.schools.type == DpkSourceConfig::Type::SkolverketExport )
  {
    return DpkResult<DpkBuildResult>::failure(
        tr( "schools: a statistics export holds no school locations; expected the type "
            "\"skolverket-api\" or \"point-layer\"" ) );
  }
  const bool sameSource = mConfig.results.type == DpkSourceConfig::Type::SkolverketApi &&
                          mConfig.results.baseUrl == mConfig.schools.baseUrl;
  DpkResult<DpkDataset> locations =
      sameSource ? results : readSource( mConfig.schools, Purpose::Locations, &steps );
  if ( !locations.isOk() )
    return DpkResult<DpkBuildResult>::failure( locations.error() );

  return compose( results.value(), locations.value(), indicators, steps );
}

DpkResult<DpkBuildResult> DpkMapBuilder::buildFrom( const DpkDataset &results,
                                                    const DpkDataset &locations,
                                                    QgsFeedback *feedback )
{
  DpkStepFeedback steps( StepCount, feedback );
  const DpkResult<QList<DpkIndicator>> chosen = chosenIndicators();
  if ( !chosen.isOk() )
    return DpkResult<DpkBuildResult>::failure( chosen.error() );
  steps.setCurrentStep( ReadAreas );
  return compose( results, locations, chosen.value(), steps );
}

DpkResult<DpkBuildResult> DpkMapBuilder::compose( const DpkDataset &results,
                                                  const DpkDataset &locations,
                                                  const QList<DpkIndicator> &indicators,
                                                  DpkStepFeedback &steps )
{
  const auto cancelled = [ &steps ] { return steps.isCanceled(); };
  const DpkResult<DpkBuildResult> cancelledResult =
      DpkResult<DpkBuildResult>::failure( tr( "the build was cancelled" ) );

  DpkBuildResult result;
  result.municipality = mConfig.municipality;
  result.resultsSource = results.report.source;
  result.sourceName = mConfig.effectiveSourceName();
  result.locationsSource = locations.report.source;
  result.retrievedAt = results.retrievedAt;
  for ( const DpkRejectedRow &row : results.report.rejected )
    result.warnings
        << tr( "%1, line %2: %3" ).arg( result.resultsSource ).arg( row.line ).arg( row.reason );
  result.warnings << results.report.warnings;
  // Locations that could not be used, such as points of a register without a code.
  for ( const DpkRejectedRow &row : locations.report.rejected )
    result.warnings << tr( "%1: %2" ).arg( result.locationsSource, row.reason );

  // Without a municipality every school of the results is mapped: a national overview.
  QList<DpkSchool> schools;
  for ( const DpkSchool &school : results.schools )
  {
    if ( mConfig.municipality.isEmpty() || school.municipalityCode == mConfig.municipality )
      schools.append( school );
  }
  if ( schools.isEmpty() )
  {
    return DpkResult<DpkBuildResult>::failure(
        tr( "%1: no school of the municipality %2" )
            .arg( result.resultsSource, mConfig.municipality ) );
  }
  result.schoolsRead = schools.size();
  // Skolverket's API gives no municipality names: the run may name its municipality.
  result.municipalityName = mConfig.municipality.isEmpty() ? tr( "All municipalities" )
                            : !mConfig.municipalityName.isEmpty()
                                ? mConfig.municipalityName
                                : schools.first().municipalityName;
  result.period = mConfig.period.isValid() ? mConfig.period : latestPeriod( schools, indicators );
  if ( !hasAnyValue( schools, indicators, result.period ) )
  {
    const QString periods = periodsIn( schools, indicators );
    QStringList ids;
    for ( const DpkIndicator &indicator : indicators )
      ids << indicator.id;
    // A source without any figure of these indicators (SALSA asked of a year-9 export, say).
    if ( periods == QLatin1String( "-" ) )
      return DpkResult<DpkBuildResult>::failure(
          tr( "%1: no figure of the indicators %2 for any school year; expected a source that "
              "holds them" )
              .arg( result.resultsSource, ids.join( QStringLiteral( ", " ) ) ) );
    return DpkResult<DpkBuildResult>::failure(
        tr( "%1: no figure for the school year %2; the source has %3" )
            .arg( result.resultsSource, result.period.toString(), periods ) );
  }

  const QList<DpkSchool> placed =
      DpkSchoolPlacer::place( schools, locations.schools, result.unplaced );
  if ( placed.isEmpty() )
    return DpkResult<DpkBuildResult>::failure(
        tr( "no school of the municipality %1 could be placed" ).arg( mConfig.municipality ) );
  const QgsCoordinateReferenceSystem schoolCrs =
      DpkFeatureLocation::crs( *placed.first().location );
  result.schoolsPlaced = placed.size();

  // Areas: the code of the area each school lies in, and the figures per area.
  if ( cancelled() )
    return cancelledResult;
  steps.setCurrentStep( ReadAreas );
  QHash<QString, QString> areaOfSchool;
  QList<DpkArea> areas;
  QgsCoordinateReferenceSystem areaCrs;
  if ( mConfig.hasAreas )
  {
    DpkResult<DpkAreaIndex> index = readAreas( &steps );
    if ( !index.isOk() )
      return DpkResult<DpkBuildResult>::failure( index.error() );
    areaCrs = index.value().crs();
    areas = index.value().areas();
    result.areaCount = areas.size();
    areaOfSchool = DpkSchoolPlacer::locateInAreas( placed, index.value(), result.unplaced );
  }

  // One school table and one area table per indicator, each with its own classes.
  if ( cancelled() )
    return cancelledResult;
  steps.setCurrentStep( Write );
  QList<DpkLayerTable> tables;
  for ( const DpkIndicator &indicator : indicators )
  {
    DpkIndicatorLayers layers;
    layers.indicator = indicator;
    DpkLayerTable schoolTable = DpkLayerTableBuilder::schools( placed, { indicator }, result.period,
                                                               schoolCrs, areaOfSchool );
    schoolTable.name = DpkLayerTableBuilder::SCHOOLS_TABLE + QLatin1Char( '_' ) + indicator.id;
    layers.schoolTable = schoolTable.name;
    QList<DpkValue> shown;
    for ( const DpkSchool &school : placed )
      shown.append( DpkSuppression::shownValue( indicator, school, result.period ) );
    for ( const DpkValue &value : shown )
      layers.suppressedSchools += value.status() == DpkValue::Status::SuppressedFewPupils ? 1 : 0;
    layers.schoolBreaks = DpkClassBreaks::compute( indicator.classification, numbersOf( shown ),
                                                   indicator.classCount, indicator.breaks );
    tables.append( schoolTable );

    if ( mConfig.hasAreas )
    {
      DpkAreaAggregator aggregator( indicator, result.period );
      for ( const DpkSchool &school : placed )
      {
        if ( areaOfSchool.contains( school.code ) )
          aggregator.addSchool( areaOfSchool.value( school.code ), school );
      }
      QHash<QString, DpkAreaFigure> figures;
      QList<DpkValue> areaValues;
      for ( const DpkArea &area : areas )
      {
        const DpkAreaFigure figure = aggregator.figure( area.code );
        figures.insert( area.code, figure );
        areaValues.append( figure.value );
        layers.suppressedAreas +=
            figure.value.status() == DpkValue::Status::SuppressedFewPupils ? 1 : 0;
      }
      DpkLayerTable areaTable = DpkLayerTableBuilder::areas(
          areas, areaCrs, { indicator }, result.period, { { indicator.id, figures } } );
      areaTable.name = DpkLayerTableBuilder::AREAS_TABLE + QLatin1Char( '_' ) + indicator.id;
      layers.areaTable = areaTable.name;
      layers.areaBreaks =
          DpkClassBreaks::compute( indicator.classification, numbersOf( areaValues ),
                                   indicator.classCount, indicator.breaks );
      tables.append( areaTable );
    }
    result.layers.append( layers );
  }
  tables.append( DpkLayerTableBuilder::unplacedSchools( result.unplaced ) );
  result.unplacedTable = tables.last().name;
  for ( const DpkLayerTable &table : tables )
    result.aliases.insert( table.name, table.aliases );

  const DpkResult<QString> written = DpkGeoPackageWriter::write( geopackagePath(), tables, &steps );
  if ( !written.isOk() )
    return DpkResult<DpkBuildResult>::failure( written.error() );
  result.geopackage = written.value();
  return DpkResult<DpkBuildResult>::success( result );
}
