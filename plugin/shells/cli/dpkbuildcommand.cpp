#include "dpkbuildcommand.h"

#include "dpkcommandoptions.h"
#include "dpkfiletransaction.h"
#include "dpkhttpclient.h"
#include "dpkinterruption.h"
#include "dpklayoutbuilder.h"
#include "dpklayoutexporter.h"
#include "dpklayouttemplates.h"
#include "dpkmapbuilder.h"
#include "dpkprogressprinter.h"
#include "dpkprojectupdater.h"

#include <qgsfeedback.h>
#include <qgsmaplayer.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

int DpkBuildCommand::run( const QStringList &arguments )
{
  DpkCommandOptions options( QStringLiteral( "datapakarta build" ),
                             QStringLiteral( "--config <run.json> [--quiet] [--json] "
                                             "[--catalogue <file>]" ) );
  options.addValueOption( QStringLiteral( "--config" ) );
  options.addValueOption( QStringLiteral( "--catalogue" ) );
  addReportOptions( options );
  if ( const std::optional<int> done = parseOptions( options, arguments, helpText() ) )
    return *done;
  const QString configPath = options.value( QStringLiteral( "--config" ) );
  if ( configPath.isEmpty() )
  {
    return fail( BadInput, tr( "datapakarta build: expected --config with the run configuration "
                               "file; see datapakarta build --help" ) );
  }

  // The configuration, with relative paths taken from its own folder.
  const DpkResult<DpkRunConfig> config = readConfig( configPath );
  if ( !config.isOk() )
    return fail( BadInput, tr( "datapakarta build: %1" ).arg( config.error() ) );
  const QString baseFolder = QFileInfo( configPath ).absolutePath();
  const DpkResult<DpkIndicatorCatalogue> catalogue =
      DpkIndicatorCatalogue::builtInWith( options.value( QStringLiteral( "--catalogue" ) ) );
  if ( !catalogue.isOk() )
    return fail( BadInput, tr( "datapakarta build: %1" ).arg( catalogue.error() ) );
  const QString inputError =
      checkInputs( config.value(), catalogue.value(), baseFolder, configPath );
  if ( !inputError.isEmpty() )
    return fail( BadInput, tr( "datapakarta build: %1" ).arg( inputError ) );

  // build makes the project anew; refresh is the command that keeps what the user added.
  const QString earlierProject = projectPath( config.value(), baseFolder );
  if ( QFileInfo::exists( earlierProject ) )
  {
    const QString warning =
        tr( "%1 is replaced by a new project; layers and layouts you added to it are not kept "
            "(datapakarta refresh keeps them)" )
            .arg( earlierProject );
    if ( !jsonRequested() )
      mErr << tr( "datapakarta build: warning: %1" ).arg( warning ) << '\n';
    reportWarning( warning );
  }

  // The engine's share of the whole: the sheets take a good part of a build that makes them.
  const double engineShare = config.value().hasLayout ? ENGINE_SHARE_WITH_SHEETS : ENGINE_SHARE;
  QgsFeedback feedback;
  QObject::connect( &feedback, &QgsFeedback::progressChanged, &feedback,
                    [ this, engineShare ]( double percent )
                    { progress().setProgress( percent * engineShare ); } );
  DpkInterruption::Scope interruptible( &feedback );
  progress().setStep( tr( "building the layers" ) );
  progress().setProgress( 0 );
  // Every file of the run is protected before it is written and kept only when all succeeded.
  DpkMapBuilder builder( config.value(), catalogue.value(), baseFolder );
  DpkFileTransaction files;
  const DpkResult<bool> protectedGeoPackage = files.protect( builder.geopackagePath() );
  // An output that cannot be written (locked, left over, a folder) is bad input, as documented.
  if ( !protectedGeoPackage.isOk() )
    return fail( BadInput, tr( "datapakarta build: %1" ).arg( protectedGeoPackage.error() ) );
  const DpkResult<DpkBuildResult> built = builder.build( &feedback );
  if ( DpkInterruption::requested() )
    return fail( Interrupted, tr( "datapakarta build: interrupted; earlier files are kept" ) );
  if ( !built.isOk() )
  {
    return fail( buildFailureCode( config.value(), built.error() ),
                 tr( "datapakarta build: %1" ).arg( built.error() ) );
  }

  // The project stores the run with its paths taken from its own folder, and gets its layouts
  // before it is written, so that it holds them.
  const QString projectFile = projectPath( config.value(), baseFolder );
  QgsProject project;
  const DpkResult<bool> filled =
      fillProject( project, built.value(),
                   config.value().rebased( baseFolder, QFileInfo( projectFile ).absolutePath() ) );
  DpkResult<QStringList> sheets = DpkResult<QStringList>::success( QStringList() );
  if ( filled.isOk() && config.value().hasLayout )
    sheets = makeSheets( project, built.value(), config.value(), baseFolder, files );
  const QString failure = !filled.isOk()  ? filled.error()
                          : sheets.isOk() ? QString()
                                          : sheets.error();
  if ( DpkInterruption::requested() )
    return fail( Interrupted, tr( "datapakarta build: interrupted; earlier files are kept" ) );
  if ( !failure.isEmpty() )
    return fail( Failure, tr( "datapakarta build: %1" ).arg( failure ) );
  progress().setStep( tr( "writing the project" ) );
  progress().setProgress( WRITING_START );
  const DpkResult<QString> written = writeProject( project, projectFile, files );
  if ( !written.isOk() )
    return fail( Failure, tr( "datapakarta build: %1" ).arg( written.error() ) );
  files.commit();
  progress().setStep( tr( "done" ) );
  progress().setProgress( 100 );
  progress().finish();
  reportFiles( QStringList{ built.value().geopackage, written.value() } + sheets.value() );
  reportBuild( built.value(), written.value(), sheets.value() );
  if ( !jsonRequested() )
    printSummary( built.value(), written.value(), sheets.value() );
  return Success;
}

int DpkBuildCommand::buildFailureCode( const DpkRunConfig &config, const QString &error )
{
  // The engine's messages name the URL of a web source that failed.
  const QList<DpkSourceConfig> sources{ config.results, config.schools };
  const bool webFailure =
      std::any_of( sources.cbegin(), sources.cend(),
                   [ &error ]( const DpkSourceConfig &source )
                   {
                     return source.type == DpkSourceConfig::Type::SkolverketApi &&
                            error.contains( source.baseUrl );
                   } );
  return webFailure ? SourceUnavailable : BadInput;
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
    const QString warning =
        tr( "%1: the key '%2' is not part of a run configuration and is ignored" ).arg( path, key );
    mErr << tr( "datapakarta build: warning: %1" ).arg( warning ) << '\n';
    reportWarning( warning );
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
  // An authentication configuration this computer lacks is a mistake in the run, not a source
  // that is unavailable.
  const QList<QPair<QString, QString>> authConfigs{
      { QStringLiteral( "results.authcfg" ), config.results.authcfg },
      { QStringLiteral( "schools.authcfg" ), config.schools.authcfg } };
  for ( const QPair<QString, QString> &authConfig : authConfigs )
  {
    const DpkResult<bool> known = DpkHttpClient::checkAuthConfig( authConfig.second );
    if ( !known.isOk() )
      return tr( "%1: key '%2': %3" ).arg( origin, authConfig.first, known.error() );
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
  if ( config.hasLayout )
  {
    const DpkResult<QString> layoutTemplate =
        DpkLayoutTemplates::fromSettings().resolve( config.layout.templateName, base.path() );
    if ( !layoutTemplate.isOk() )
      return tr( "%1: key 'layout.template': %2" ).arg( origin, layoutTemplate.error() );
    // Read now, so that a template lacking an item fails before any file is written.
    QgsProject scratch;
    const DpkResult<std::unique_ptr<QgsPrintLayout>> loaded =
        DpkLayoutTemplates::load( layoutTemplate.value(), &scratch, config.layout.atlas );
    if ( !loaded.isOk() )
      return tr( "%1: key 'layout.template': %2" ).arg( origin, loaded.error() );
  }
  return QString();
}

QString DpkBuildCommand::projectPath( const DpkRunConfig &config, const QString &baseFolder )
{
  return QDir::cleanPath( QDir( QDir( baseFolder ).absoluteFilePath( config.outputDir ) )
                              .filePath( config.outputName + QStringLiteral( ".qgz" ) ) );
}

DpkResult<bool> DpkBuildCommand::fillProject( QgsProject &project, const DpkBuildResult &result,
                                              const DpkRunConfig &config ) const
{
  project.setTitle( config.outputName );
  const DpkResult<QList<QgsMapLayer *>> layers =
      DpkProjectUpdater( &project ).apply( result, config );
  if ( !layers.isOk() )
    return DpkResult<bool>::failure( layers.error() );
  for ( const QgsMapLayer *layer : layers.value() )
  {
    if ( layer->customProperty( DpkProjectUpdater::ROLE_PROPERTY ).toString() ==
         QLatin1String( "schools" ) )
    {
      project.setCrs( layer->crs() );
      break;
    }
  }
  return DpkResult<bool>::success( true );
}

DpkResult<QStringList> DpkBuildCommand::makeSheets( QgsProject &project,
                                                    const DpkBuildResult &result,
                                                    const DpkRunConfig &config,
                                                    const QString &baseFolder,
                                                    DpkFileTransaction &files )
{
  // A built-in or organisation template is named; only a path is taken from the run's folder.
  const QString templateName =
      DpkLayoutTemplates::isFilePath( config.layout.templateName )
          ? QDir( baseFolder ).absoluteFilePath( config.layout.templateName )
          : config.layout.templateName;
  QList<bool> kinds{ false };
  if ( config.layout.atlas && result.areaCount > 0 )
    kinds << true;

  QStringList written;
  DpkLayoutBuilder builder( &project );
  const double sheetCount = static_cast<double>( config.indicators.size() * kinds.size() );
  double sheetsDone = 0;
  for ( const QString &indicatorId : config.indicators )
  {
    for ( const bool atlas : kinds )
    {
      progress().setStep( atlas ? tr( "making the atlas of %1" ).arg( indicatorId )
                                : tr( "making the map sheet of %1" ).arg( indicatorId ) );
      progress().setProgress( 100.0 * ENGINE_SHARE_WITH_SHEETS +
                              ( WRITING_START - 100.0 * ENGINE_SHARE_WITH_SHEETS ) * sheetsDone++ /
                                  sheetCount );
      const DpkResult<QgsPrintLayout *> layout =
          builder.build( result, indicatorId, templateName, atlas );
      if ( !layout.isOk() )
        return DpkResult<QStringList>::failure( layout.error() );
      const DpkResult<QStringList> exported =
          exportSheet( layout.value(), config, baseFolder, indicatorId, atlas,
                       config.layout.png && !atlas, files );
      if ( !exported.isOk() )
        return exported;
      written << exported.value();
    }
  }
  return DpkResult<QStringList>::success( written );
}

QString DpkBuildCommand::sheetPath( const DpkRunConfig &config, const QString &baseFolder,
                                    const QString &indicatorId, bool atlas,
                                    const QString &extension )
{
  const QString name = QStringLiteral( "%1-%2%3.%4" )
                           .arg( config.outputName, indicatorId,
                                 atlas ? QStringLiteral( "-atlas" ) : QString(), extension );
  return QDir::cleanPath(
      QDir( QDir( baseFolder ).absoluteFilePath( config.outputDir ) ).filePath( name ) );
}

DpkResult<QStringList> DpkBuildCommand::exportSheet( QgsPrintLayout *layout,
                                                     const DpkRunConfig &config,
                                                     const QString &baseFolder,
                                                     const QString &indicatorId, bool atlas,
                                                     bool png, DpkFileTransaction &files )
{
  QStringList extensions{ QStringLiteral( "pdf" ) };
  if ( png )
    extensions << QStringLiteral( "png" );
  QStringList written;
  for ( const QString &extension : std::as_const( extensions ) )
  {
    const QString path = sheetPath( config, baseFolder, indicatorId, atlas, extension );
    const DpkResult<bool> kept = files.protect( path );
    if ( !kept.isOk() )
      return DpkResult<QStringList>::failure( kept.error() );
    const DpkResult<QString> file = extension == QLatin1String( "png" )
                                        ? DpkLayoutExporter::exportPng( layout, path )
                                        : DpkLayoutExporter::exportPdf( layout, path );
    if ( !file.isOk() )
      return DpkResult<QStringList>::failure( file.error() );
    written << file.value();
  }
  return DpkResult<QStringList>::success( written );
}

DpkResult<QString> DpkBuildCommand::writeProject( QgsProject &project, const QString &path,
                                                  DpkFileTransaction &files )
{
  const DpkResult<bool> kept = files.protect( path );
  if ( !kept.isOk() )
    return DpkResult<QString>::failure( kept.error() );
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

void DpkBuildCommand::printSummary( const DpkBuildResult &result, const QString &project,
                                    const QStringList &sheets )
{
  mOut << tr( "GeoPackage: %1" ).arg( result.geopackage ) << '\n';
  mOut << tr( "Project: %1" ).arg( project ) << '\n';
  if ( !sheets.isEmpty() )
  {
    mOut << tr( "Map sheets: %1" ).arg( sheets.size() ) << '\n';
    for ( const QString &sheet : sheets )
      mOut << QStringLiteral( "  " ) << sheet << '\n';
  }
  mOut << tr( "Municipality: %1 %2, school year %3" )
              .arg( result.municipality, result.municipalityName, result.period.toString() )
       << '\n';
  mOut << tr( "Schools read: %1, on the map: %2" )
              .arg( result.schoolsRead )
              .arg( result.schoolsPlaced )
       << '\n';
  if ( result.areaCount > 0 )
    mOut << tr( "Areas: %1" ).arg( result.areaCount ) << '\n';

  mOut << tr( "Not on the map or outside every area: %1" ).arg( result.unplaced.size() ) << '\n';
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
  return tr( "Usage: datapakarta build --config <run.json> [--quiet] [--json]\n"
             "                        [--catalogue <file>]\n"
             "\n"
             "Makes the map of a run without the QGIS desktop: reads the results and school\n"
             "locations, places the schools in the areas, and writes <output.dir>/<output.name>\n"
             ".gpkg with the school and area layers and <output.name>.qgz, a QGIS project with\n"
             "the styled layers. With the key \"layout\", it also adds a map sheet (and an atlas)\n"
             "per indicator to the project and writes <output.name>-<indicator>.pdf beside it.\n"
             "Relative paths in the configuration are taken from its folder.\n"
             "A failed build leaves earlier files in output.dir as they were.\n"
             "\n"
             "  --config     the run configuration, a JSON file; its keys are documented in\n"
             "               resources/docs/run-configuration.md, with a complete example in\n"
             "               resources/docs/run-config.example.json\n"
             "  --quiet      print no progress on the error stream\n"
             "  --json       print the summary as one JSON object (files written, counts,\n"
             "               warnings, exit status) and nothing else on the output stream\n"
             "  --catalogue  an organisation's indicator catalogue on top of the built-in one\n"
             "\n"
             "Progress goes to the error stream: a bar on a terminal, a line per tenth of the\n"
             "work otherwise.\n"
             "\n"
             "Exit codes: 0 success, 1 the output could not be written, 2 bad configuration or\n"
             "input, 3 source unavailable.\n" );
}
