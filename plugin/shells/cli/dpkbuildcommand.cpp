#include "dpkbuildcommand.h"

#include "dpkcommandoptions.h"
#include "dpkmapbuilder.h"
#include "dpkprojectupdater.h"

#include <qgsfeedback.h>
#include <qgsmaplayer.h>
#include <qgsproject.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cmath>
#include <cstdio>

int DpkBuildCommand::run( const QStringList &arguments )
{
  DpkCommandOptions options( QStringLiteral( "datapakarta build" ),
                             QStringLiteral( "--config <run.json> [--quiet] "
                                             "[--catalogue <file>]" ) );
  options.addValueOption( QStringLiteral( "--config" ) );
  options.addValueOption( QStringLiteral( "--catalogue" ) );
  options.addFlag( QStringLiteral( "--quiet" ) );
  if ( const std::optional<int> done = parseOptions( options, arguments, helpText() ) )
    return *done;
  const QString configPath = options.value( QStringLiteral( "--config" ) );
  if ( configPath.isEmpty() )
  {
    mErr << tr( "datapakarta build: expected --config with the run configuration file; see "
                "datapakarta build --help" )
         << '\n';
    return BadInput;
  }

  // The configuration, with relative paths taken from its own folder.
  const DpkResult<DpkRunConfig> config = readConfig( configPath );
  if ( !config.isOk() )
  {
    mErr << tr( "datapakarta build: %1" ).arg( config.error() ) << '\n';
    return BadInput;
  }
  const QString baseFolder = QFileInfo( configPath ).absolutePath();
  const DpkResult<DpkIndicatorCatalogue> catalogue =
      DpkIndicatorCatalogue::builtInWith( options.value( QStringLiteral( "--catalogue" ) ) );
  if ( !catalogue.isOk() )
  {
    mErr << tr( "datapakarta build: %1" ).arg( catalogue.error() ) << '\n';
    return BadInput;
  }
  const QString inputError =
      checkInputs( config.value(), catalogue.value(), baseFolder, configPath );
  if ( !inputError.isEmpty() )
  {
    mErr << tr( "datapakarta build: %1" ).arg( inputError ) << '\n';
    return BadInput;
  }

  // The build, with its progress in steps of 10 % on the error stream.
  QgsFeedback feedback;
  int printedStep = -1;
  if ( !options.isSet( QStringLiteral( "--quiet" ) ) )
  {
    QObject::connect( &feedback, &QgsFeedback::progressChanged, &feedback,
                      [ this, &printedStep ]( double progress )
                      {
                        const int step = static_cast<int>( std::floor( progress / 10.0 ) );
                        if ( step <= printedStep )
                          return;
                        printedStep = step;
                        mErr << tr( "%1 %" ).arg( step * 10 ) << '\n';
                        mErr.flush();
                      } );
  }
  DpkMapBuilder builder( config.value(), catalogue.value(), baseFolder );
  const DpkResult<DpkBuildResult> built = builder.build( &feedback );
  if ( !built.isOk() )
  {
    mErr << tr( "datapakarta build: %1" ).arg( built.error() ) << '\n';
    // The engine's messages name the URL of a web source that failed.
    const QList<DpkSourceConfig> sources{ config.value().results, config.value().schools };
    const bool webFailure =
        std::any_of( sources.cbegin(), sources.cend(),
                     [ &built ]( const DpkSourceConfig &source )
                     {
                       return source.type == DpkSourceConfig::Type::SkolverketApi &&
                              built.error().contains( source.baseUrl );
                     } );
    return webFailure ? SourceUnavailable : BadInput;
  }

  const DpkResult<QString> project =
      writeProject( built.value(), config.value(), projectPath( config.value(), baseFolder ) );
  if ( !project.isOk() )
  {
    mErr << tr( "datapakarta build: %1" ).arg( project.error() ) << '\n';
    return Failure;
  }
  printSummary( built.value(), project.value() );
  return Success;
}

DpkResult<DpkRunConfig> DpkBuildCommand::readConfig( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
  {
    return DpkResult<DpkRunConfig>::failure(
        tr( "%1: the run configuration cannot be read: %2" ).arg( path, file.errorString() ) );
  }
  QStringList unknownKeys;
  const DpkResult<DpkRunConfig> config =
      DpkRunConfig::fromJson( file.readAll(), path, &unknownKeys );
  for ( const QString &key : unknownKeys )
  {
    mErr << tr( "datapakarta build: warning: %1: the key '%2' is not part of a run configuration "
                "and is ignored" )
                .arg( path, key )
         << '\n';
  }
  return config;
}

QString DpkBuildCommand::checkInputs( const DpkRunConfig &config,
                                      const DpkIndicatorCatalogue &catalogue,
                                      const QString &baseFolder, const QString &origin ) const
{
  const QDir base( baseFolder );
  for ( const QString &id : config.indicators )
  {
    if ( !catalogue.indicator( id ) )
      return tr( "%1: key 'indicators': '%2' is not an indicator of the catalogue; see "
                 "datapakarta indicators" )
          .arg( origin, id );
  }
  const QList<QPair<QString, QString>> files = {
      { QStringLiteral( "results.path" ),
        config.results.type == DpkSourceConfig::Type::SkolverketExport ? config.results.path
                                                                       : QString() },
      { QStringLiteral( "schools.path" ),
        config.schools.type == DpkSourceConfig::Type::SkolverketExport ? config.schools.path
                                                                       : QString() },
      { QStringLiteral( "areas.path" ), config.hasAreas ? config.areas.path : QString() } };
  for ( const QPair<QString, QString> &file : files )
  {
    if ( file.second.isEmpty() )
      continue;
    const QString path = base.absoluteFilePath( file.second );
    if ( !QFileInfo( path ).isFile() )
      return tr( "%1: key '%2': no file at %3" ).arg( origin, file.first, path );
  }
  return QString();
}

QString DpkBuildCommand::projectPath( const DpkRunConfig &config, const QString &baseFolder )
{
  return QDir( QDir( baseFolder ).absoluteFilePath( config.outputDir ) )
      .filePath( config.outputName + QStringLiteral( ".qgz" ) );
}

DpkResult<QString> DpkBuildCommand::writeProject( const DpkBuildResult &result,
                                                  const DpkRunConfig &config,
                                                  const QString &path ) const
{
  QgsProject project;
  project.setTitle( config.outputName );
  const DpkResult<QList<QgsMapLayer *>> layers =
      DpkProjectUpdater( &project ).apply( result, config );
  if ( !layers.isOk() )
    return DpkResult<QString>::failure( layers.error() );
  for ( const QgsMapLayer *layer : layers.value() )
  {
    if ( layer->customProperty( DpkProjectUpdater::ROLE_PROPERTY ).toString() ==
         QLatin1String( "schools" ) )
    {
      project.setCrs( layer->crs() );
      break;
    }
  }

  // QGIS zips a project whose name ends in .qgz, so the temporary name keeps that ending.
  const QFileInfo target( path );
  const QString partial =
      target.dir().filePath( target.completeBaseName() + QStringLiteral( ".partial.qgz" ) );
  QFile::remove( partial );
  if ( !project.write( partial ) )
  {
    QFile::remove( partial );
    return DpkResult<QString>::failure(
        tr( "%1: the project cannot be written: %2" ).arg( partial, project.error() ) );
  }
  // rename() replaces the earlier project in one step.
  if ( std::rename( QFile::encodeName( partial ).constData(),
                    QFile::encodeName( path ).constData() ) != 0 )
  {
    QFile::remove( partial );
    return DpkResult<QString>::failure( tr( "%1: the project cannot be written" ).arg( path ) );
  }
  return DpkResult<QString>::success( path );
}

void DpkBuildCommand::printSummary( const DpkBuildResult &result, const QString &project )
{
  mOut << tr( "GeoPackage: %1" ).arg( result.geopackage ) << '\n';
  mOut << tr( "Project: %1" ).arg( project ) << '\n';
  mOut << tr( "Municipality: %1 %2, school year %3" )
              .arg( result.municipality, result.municipalityName, result.period.toString() )
       << '\n';
  mOut << tr( "Schools read: %1, placed: %2" ).arg( result.schoolsRead ).arg( result.schoolsPlaced )
       << '\n';
  if ( result.areaCount > 0 )
    mOut << tr( "Areas: %1" ).arg( result.areaCount ) << '\n';

  mOut << tr( "Unplaced schools: %1" ).arg( result.unplaced.size() ) << '\n';
  for ( const DpkUnplacedSchool &school : result.unplaced )
    mOut << QStringLiteral( "  %1  %2: %3" ).arg( school.code, school.name, school.reason ) << '\n';

  mOut << tr( "Suppressed figures:" ) << '\n';
  for ( const DpkIndicatorLayers &layers : result.layers )
  {
    mOut << tr( "  %1: %2 schools, %3 areas" )
                .arg( layers.indicator.id )
                .arg( layers.suppressedSchools )
                .arg( layers.suppressedAreas )
         << '\n';
  }

  mOut << tr( "Warnings: %1" ).arg( result.warnings.size() ) << '\n';
  for ( const QString &warning : result.warnings )
    mOut << QStringLiteral( "  " ) << warning << '\n';
}

QString DpkBuildCommand::helpText()
{
  return tr( "Usage: datapakarta build --config <run.json> [--quiet] [--catalogue <file>]\n"
             "\n"
             "Makes the map of a run without the QGIS desktop: reads the results and school\n"
             "locations, places the schools in the areas, and writes <output.dir>/<output.name>\n"
             ".gpkg with the school and area layers and <output.name>.qgz, a QGIS project with\n"
             "the styled layers. Relative paths in the configuration are taken from its folder.\n"
             "A failed build leaves earlier files in output.dir as they were.\n"
             "\n"
             "  --config     the run configuration, a JSON file; its keys are documented in\n"
             "               resources/docs/run-configuration.md, with a complete example in\n"
             "               resources/docs/run-config.example.json\n"
             "  --quiet      print no progress on the error stream\n"
             "  --catalogue  an organisation's indicator catalogue on top of the built-in one\n"
             "\n"
             "Exit codes: 0 success, 1 the output could not be written, 2 bad configuration or\n"
             "input, 3 source unavailable.\n" );
}
