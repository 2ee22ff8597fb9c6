#include "dpkrefreshcommand.h"

#include "dpkbuildcommand.h"
#include "dpkcommandoptions.h"
#include "dpkfiletransaction.h"
#include "dpkindicatorcatalogue.h"
#include "dpkinterruption.h"
#include "dpklayoutbuilder.h"
#include "dpklayoutrefresher.h"
#include "dpkmapbuilder.h"
#include "dpkprogressprinter.h"
#include "dpkprojectupdater.h"

#include <qgsfeedback.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

int DpkRefreshCommand::run( const QStringList &arguments )
{
  DpkCommandOptions options( QStringLiteral( "datapakarta refresh" ),
                             QStringLiteral( "<project.qgz> [--period <school year>] [--pdf] "
                                             "[--quiet] [--json] [--catalogue <file>]" ) );
  options.addValueOption( QStringLiteral( "--period" ) );
  options.addValueOption( QStringLiteral( "--catalogue" ) );
  options.addFlag( QStringLiteral( "--pdf" ) );
  addReportOptions( options );
  options.setMaximumPositional( 1 );
  if ( const std::optional<int> done = parseOptions( options, arguments, helpText() ) )
    return *done;
  if ( options.positional().isEmpty() )
  {
    return fail( BadInput, tr( "datapakarta refresh: expected the QGIS project to refresh; see "
                               "datapakarta refresh --help" ) );
  }

  // The project and the run it holds, with paths taken from the project's folder.
  const QString projectPath = QFileInfo( options.positional().first() ).absoluteFilePath();
  QgsProject project;
  if ( !QFileInfo( projectPath ).isFile() )
  {
    return fail( BadInput,
                 tr( "datapakarta refresh: %1: no such project file" ).arg( projectPath ) );
  }
  if ( !project.read( projectPath ) )
  {
    return fail( BadInput, tr( "datapakarta refresh: %1: the project cannot be read: %2" )
                               .arg( projectPath, project.error() ) );
  }
  const DpkResult<DpkRunConfig> config =
      storedRun( project, options.value( QStringLiteral( "--period" ) ) );
  if ( !config.isOk() )
    return fail( BadInput, tr( "datapakarta refresh: %1" ).arg( config.error() ) );
  const QString baseFolder = QFileInfo( projectPath ).absolutePath();
  const DpkResult<DpkIndicatorCatalogue> catalogue =
      DpkIndicatorCatalogue::builtInWith( options.value( QStringLiteral( "--catalogue" ) ) );
  if ( !catalogue.isOk() )
    return fail( BadInput, tr( "datapakarta refresh: %1" ).arg( catalogue.error() ) );

  // The plugin's layouts are noted, before the layers they show are replaced, and checked before
  // anything is built: a sheet that cannot be refreshed stops the run before it writes a file.
  DpkMapBuilder builder( config.value(), catalogue.value(), baseFolder );
  // A project copied to another folder reads its layers from the copy's GeoPackage.
  DpkProjectUpdater::adoptMovedGeoPackage( &project, builder.geopackagePath() );
  DpkLayoutRefresher refresher( &project, builder.geopackagePath() );
  QList<DpkIndicator> indicators;
  for ( const QString &id : config.value().indicators )
  {
    if ( const DpkIndicator *indicator = catalogue.value().indicator( id ) )
      indicators << *indicator;
  }
  const DpkResult<bool> refreshable =
      refresher.check( indicators, config.value().period, config.value().hasAreas );
  if ( !refreshable.isOk() )
    return fail( Failure, tr( "datapakarta refresh: %1" ).arg( refreshable.error() ) );

  // Every file of the run is protected before it is written and kept only when all succeeded.
  DpkFileTransaction files;
  const DpkResult<bool> protectedGeoPackage = files.protect( builder.geopackagePath() );
  // An output that cannot be written (locked, left over, a folder) is bad input, as documented.
  if ( !protectedGeoPackage.isOk() )
    return fail( BadInput, tr( "datapakarta refresh: %1" ).arg( protectedGeoPackage.error() ) );

  // The engine takes most of the time; the layouts (and their PDFs) the rest.
  QgsFeedback feedback;
  QObject::connect( &feedback, &QgsFeedback::progressChanged, &feedback,
                    [ this ]( double percent )
                    { progress().setProgress( percent * ENGINE_SHARE ); } );
  DpkInterruption::Scope interruptible( &feedback );
  progress().setStep( tr( "building the layers" ) );
  progress().setProgress( 0 );
  const DpkResult<DpkBuildResult> built = builder.build( &feedback );
  if ( DpkInterruption::requested() )
    return fail( Interrupted, tr( "datapakarta refresh: interrupted; earlier files are kept" ) );
  if ( !built.isOk() )
  {
    return fail( DpkBuildCommand::buildFailureCode( config.value(), built.error() ),
                 tr( "datapakarta refresh: %1" ).arg( built.error() ) );
  }

  // The plugin's layers and layouts; the user's own stay as they are. The layouts are checked
  // for the build's layers before those replace the earlier ones, then refilled in place.
  progress().setStep( tr( "refreshing the layouts" ) );
  progress().setProgress( 100 * ENGINE_SHARE );
  const DpkResult<bool> fits = refresher.check( built.value() );
  if ( !fits.isOk() )
    return fail( Failure, tr( "datapakarta refresh: %1" ).arg( fits.error() ) );
  const DpkResult<QList<QgsMapLayer *>> layers =
      DpkProjectUpdater( &project ).apply( built.value(), config.value() );
  DpkResult<QStringList> remade = DpkResult<QStringList>::success( QStringList() );
  if ( layers.isOk() )
    remade = refreshLayouts( refresher, built.value(), config.value(), baseFolder,
                             options.isSet( QStringLiteral( "--pdf" ) ), files );
  const QString failure = !layers.isOk()  ? layers.error()
                          : remade.isOk() ? QString()
                                          : remade.error();
  if ( DpkInterruption::requested() )
    return fail( Interrupted, tr( "datapakarta refresh: interrupted; earlier files are kept" ) );
  if ( !failure.isEmpty() )
    return fail( Failure, tr( "datapakarta refresh: %1" ).arg( failure ) );
  progress().setStep( tr( "writing the project" ) );
  const DpkResult<QString> written = DpkBuildCommand::writeProject( project, projectPath, files );
  if ( !written.isOk() )
    return fail( Failure, tr( "datapakarta refresh: %1" ).arg( written.error() ) );
  files.commit();
  progress().setStep( tr( "done" ) );
  progress().setProgress( 100 );
  progress().finish();

  for ( const QString &left : refresher.notRefreshed() )
  {
    const QString warning = tr( "layout not refreshed: %1" ).arg( left );
    reportWarning( warning );
    if ( !jsonRequested() )
      mErr << tr( "datapakarta refresh: %1" ).arg( warning ) << '\n';
  }
  // The refreshed layouts by name, and the files exported from them.
  QStringList layouts;
  QStringList sheets;
  for ( const QString &item : remade.value() )
    ( QFileInfo( item ).isAbsolute() ? sheets : layouts ) << item;
  reportFiles( QStringList{ built.value().geopackage, written.value() } + sheets );
  reportBuild( built.value(), written.value(), sheets );
  reportValue( QStringLiteral( "layouts" ), QJsonArray::fromStringList( layouts ) );
  if ( jsonRequested() )
    return Success;

  mOut << tr( "Project: %1" ).arg( written.value() ) << '\n';
  mOut << tr( "School year: %1" ).arg( built.value().period.toString() ) << '\n';
  mOut << tr( "Layers replaced: %1" ).arg( layers.value().size() ) << '\n';
  mOut << tr( "Layouts and files remade: %1" ).arg( remade.value().size() ) << '\n';
  for ( const QString &item : remade.value() )
    mOut << QStringLiteral( "  " ) << item << '\n';
  return Success;
}

DpkResult<DpkRunConfig> DpkRefreshCommand::storedRun( QgsProject &project,
                                                      const QString &period ) const
{
  std::optional<DpkRunConfig> config = DpkProjectUpdater::storedRun( &project );
  if ( !config )
    return DpkResult<DpkRunConfig>::failure(
        tr( "%1: the project holds no run of Data på karta; make one with datapakarta build or "
            "the panel" )
            .arg( project.fileName() ) );
  if ( !period.isEmpty() )
  {
    const DpkResult<DpkPeriod> parsed = DpkPeriod::parse( period );
    if ( !parsed.isOk() )
      return DpkResult<DpkRunConfig>::failure(
          tr( "--period: expected a school year such as \"2025/26\", found \"%1\"" )
              .arg( period ) );
    config->period = parsed.value();
  }
  return DpkResult<DpkRunConfig>::success( *config );
}

DpkResult<QStringList> DpkRefreshCommand::refreshLayouts( DpkLayoutRefresher &refresher,
                                                          const DpkBuildResult &result,
                                                          const DpkRunConfig &config,
                                                          const QString &baseFolder, bool exportPdf,
                                                          DpkFileTransaction &files ) const
{
  const DpkResult<QList<QgsPrintLayout *>> refreshed = refresher.refresh( result );
  if ( !refreshed.isOk() )
    return DpkResult<QStringList>::failure( refreshed.error() );

  QStringList remade;
  for ( QgsPrintLayout *layout : refreshed.value() )
  {
    remade << layout->name();
    if ( !exportPdf )
      continue;
    const bool atlas = refresher.isAtlas( layout );
    const QString indicatorId =
        layout->customProperty( DpkProjectUpdater::INDICATOR_PROPERTY ).toString();
    const DpkResult<QStringList> exported =
        DpkBuildCommand::exportSheet( layout, config, baseFolder, indicatorId, atlas,
                                      config.hasLayout && config.layout.png && !atlas, files );
    if ( !exported.isOk() )
      return exported;
    remade << exported.value();
  }
  return DpkResult<QStringList>::success( remade );
}

QString DpkRefreshCommand::helpText()
{
  return tr(
      "Usage: datapakarta refresh <project.qgz> [--period <school year>] [--pdf]\n"
      "                           [--quiet] [--json] [--catalogue <file>]\n"
      "\n"
      "Repeats the run stored in a QGIS project made by datapakarta build or the panel:\n"
      "rebuilds its GeoPackage, replaces the plugin's layers and refills the plugin's\n"
      "layouts in place (titles, source lines, figures, atlas), keeping what you added\n"
      "to them. Your own layers and layouts stay as they are. Relative paths in the\n"
      "stored run are taken from the project's folder. The project is written back only\n"
      "when everything succeeded.\n"
      "\n"
      "  --period     the school year to map, such as 2025/26; by default the stored one\n"
      "  --pdf        also export the refreshed layouts to PDF into the run's output folder\n"
      "  --quiet      print no progress on the error stream\n"
      "  --json       print the summary as one JSON object (files written, counts,\n"
      "               warnings, exit status) and nothing else on the output stream\n"
      "  --catalogue  an organisation's indicator catalogue on top of the built-in one\n"
      "\n"
      "Exit codes: 0 success, 1 the output could not be written, 2 bad project, period or\n"
      "input, 3 source unavailable.\n" );
}
