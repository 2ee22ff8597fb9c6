#include "dpkdemocommand.h"

#include "dpkbuildcommand.h"
#include "dpkcommandoptions.h"
#include "dpkdemodata.h"
#include "dpkrunconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

int DpkDemoCommand::run( const QStringList &arguments )
{
  DpkCommandOptions options( QStringLiteral( "datapakarta demo" ),
                             QStringLiteral( "--out <folder> [--quiet] [--json]" ) );
  options.addValueOption( QStringLiteral( "--out" ) );
  addReportOptions( options );
  if ( const std::optional<int> done = parseOptions( options, arguments, helpText() ) )
    return *done;
  const QString out = options.value( QStringLiteral( "--out" ) );
  if ( out.isEmpty() )
  {
    return fail( BadInput, tr( "datapakarta demo: expected --out with the folder to write the "
                               "demo into; see datapakarta demo --help" ) );
  }

  // The data beside the results: the run writes its output into the folder above them.
  const QString dataFolder =
      QDir( QDir( out ).absolutePath() ).filePath( QStringLiteral( "data" ) );
  const DpkResult<QString> runFile = DpkDemoData::write( dataFolder, QStringLiteral( ".." ) );
  // An output folder that cannot be written is bad input, as for every command.
  if ( !runFile.isOk() )
    return fail( BadInput, tr( "datapakarta demo: %1" ).arg( runFile.error() ) );
  reportValue( QStringLiteral( "demoData" ), dataFolder );

  // The same build as datapakarta build --config, so that the demo shows what a real run does;
  // its summary and report are the demo's.
  QStringList buildArguments{ QStringLiteral( "--config" ), runFile.value() };
  if ( quiet() )
    buildArguments << QStringLiteral( "--quiet" );
  if ( jsonRequested() )
    buildArguments << QStringLiteral( "--json" );
  DpkBuildCommand build( mOut, mErr );
  build.setTerminalColumns( terminalColumns() );
  const int built = build.run( buildArguments );
  adoptReport( build );
  if ( built != Success )
    return built;

  QFile file( runFile.value() );
  const DpkResult<DpkRunConfig> config =
      file.open( QIODevice::ReadOnly )
          ? DpkRunConfig::fromJson( file.readAll(), runFile.value() )
          : DpkResult<DpkRunConfig>::failure( tr( "%1: the run configuration cannot be read: %2" )
                                                  .arg( runFile.value(), file.errorString() ) );
  if ( !config.isOk() )
    return fail( Failure, tr( "datapakarta demo: %1" ).arg( config.error() ) );
  if ( jsonRequested() )
    return Success;
  const QString projectFile = DpkBuildCommand::projectPath( config.value(), dataFolder );
  mOut << '\n' << tr( "The demo is ready." ) << '\n';
  mOut << tr( "Demo data: %1" ).arg( dataFolder ) << '\n';
  mOut << tr( "Open the project in QGIS: %1" ).arg( QDir::cleanPath( projectFile ) ) << '\n';
  mOut << tr( "GeoPackage: %1" )
              .arg( QDir::cleanPath(
                  QFileInfo( projectFile )
                      .dir()
                      .filePath( config.value().outputName + QStringLiteral( ".gpkg" ) ) ) )
       << '\n';
  mOut << tr( "PDFs:" ) << '\n';
  for ( const QString &indicator : config.value().indicators )
  {
    for ( const bool atlas : { false, true } )
      mOut << QStringLiteral( "  " )
           << DpkBuildCommand::sheetPath( config.value(), dataFolder, indicator, atlas,
                                          QStringLiteral( "pdf" ) )
           << '\n';
  }
  return Success;
}

QString DpkDemoCommand::helpText()
{
  return tr( "Usage: datapakarta demo --out <folder> [--quiet] [--json]\n"
             "\n"
             "Makes a complete map from built-in demo data, without a network or files of your\n"
             "own: the invented municipality Demoköping with six areas, its schools and their\n"
             "year 9 results, including suppressed (..), missing (.) and rounded (~100) figures.\n"
             "The demo data and their run configuration are written to <folder>/data; the\n"
             "GeoPackage, the QGIS project and a PDF map sheet and atlas per indicator are\n"
             "written to <folder>, as datapakarta build writes them.\n"
             "\n"
             "  --out    the folder to write into; created when missing\n"
             "  --quiet  print no progress on the error stream\n"
             "  --json   print the summary as one JSON object (files written, counts,\n"
             "           warnings, exit status) and nothing else on the output stream\n"
             "\n"
             "Exit codes: 0 success, 1 the output could not be written.\n" );
}
