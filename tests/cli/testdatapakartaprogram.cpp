// The datapakarta program run as a person or a script runs it: a separate process whose error
// stream is a terminal or a pipe.

#include "dpkcommand.h"
#include "dpkdemodata.h"
#include "dpkpdfpages.h"
#include "dpkstockholmfixture.h"
#include "dpktestfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>

#include <fcntl.h>
#include <pty.h>
#include <unistd.h>

#include <algorithm>

#include <gtest/gtest.h>

namespace
{
//! The width of the pseudo-terminal the tests give the program.
constexpr int TERMINAL_COLUMNS = 60;

//! What one run of the program printed and returned.
struct ProgramRun
{
  int exitCode = -1;
  QString out;
  QString err;
};

/**
 * Prepares \a process to run the program with a home folder of its own in \a home, which is
 * also the runtime folder a desktop session would give it.
 */
void prepare( QProcess &process, const QString &home )
{
  QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
  environment.insert( QStringLiteral( "HOME" ), home );
  environment.insert( QStringLiteral( "XDG_RUNTIME_DIR" ), home );
  environment.insert( QStringLiteral( "LC_ALL" ), QStringLiteral( "C.UTF-8" ) );
  environment.remove( QStringLiteral( "COLUMNS" ) );
  process.setProcessEnvironment( environment );
  process.setProgram( QStringLiteral( DPK_DATAPAKARTA_PROGRAM ) );
}

//! Runs the program with \a arguments, its output and error streams both pipes.
ProgramRun runPiped( const QStringList &arguments, const QString &home )
{
  QProcess process;
  prepare( process, home );
  process.setArguments( arguments );
  process.start();
  EXPECT_TRUE( process.waitForFinished( 300000 ) ) << process.errorString().toStdString();
  return { process.exitCode(), QString::fromUtf8( process.readAllStandardOutput() ),
           QString::fromUtf8( process.readAllStandardError() ) };
}

//! Reads what is waiting on the non-blocking \a fd into \a bytes.
void drain( int fd, QByteArray &bytes )
{
  char buffer[ 4096 ];
  ssize_t count = 0;
  while ( ( count = read( fd, buffer, sizeof buffer ) ) > 0 )
    bytes.append( buffer, static_cast<int>( count ) );
}

//! Runs the program with \a arguments, its error stream a pseudo-terminal, its output a pipe.
ProgramRun runOnTerminal( const QStringList &arguments, const QString &home )
{
  int master = -1;
  int slave = -1;
  winsize size{};
  size.ws_col = TERMINAL_COLUMNS;
  size.ws_row = 24;
  if ( openpty( &master, &slave, nullptr, nullptr, &size ) != 0 )
  {
    ADD_FAILURE() << "no pseudo-terminal can be opened";
    return {};
  }
  fcntl( master, F_SETFL, fcntl( master, F_GETFL ) | O_NONBLOCK );

  QProcess process;
  prepare( process, home );
  process.setArguments( arguments );
  process.setStandardErrorFile( QString::fromLocal8Bit( ttyname( slave ) ) );
  process.start();
  QByteArray terminal;
  while ( !process.waitForFinished( 50 ) && process.state() != QProcess::NotRunning )
    drain( master, terminal );
  drain( master, terminal );
  close( slave );
  close( master );
  return { process.exitCode(), QString::fromUtf8( process.readAllStandardOutput() ),
           QString::fromUtf8( terminal ) };
}
} // namespace

TEST( DatapakartaProgram, DrawsAProgressBarWhenTheErrorStreamIsATerminal )
{
  QTemporaryDir work;
  const ProgramRun run = runOnTerminal( { QStringLiteral( "demo" ), QStringLiteral( "--out" ),
                                          work.filePath( QStringLiteral( "demo" ) ) },
                                        work.path() );
  ASSERT_EQ( run.exitCode, DpkCommand::Success ) << run.err.toStdString();

  // The terminal turns each newline into \r\n: the bar's frames lie between the other \r's.
  const QString screen =
      QString( run.err ).replace( QStringLiteral( "\r\n" ), QStringLiteral( "\n" ) );
  ASSERT_TRUE( screen.startsWith( QLatin1Char( '\r' ) ) ) << screen.toStdString();
  ASSERT_TRUE( screen.endsWith( QLatin1Char( '\n' ) ) ) << screen.toStdString();
  static const QRegularExpression frame( QStringLiteral( "^\\[[#-]+\\] +\\d+ %" ) );
  int frames = 0;
  for ( const QString &line : screen.split( QLatin1Char( '\n' ), Qt::SkipEmptyParts ) )
  {
    for ( const QString &drawn : line.split( QLatin1Char( '\r' ), Qt::SkipEmptyParts ) )
    {
      ++frames;
      EXPECT_EQ( drawn.size(), TERMINAL_COLUMNS - 1 ) << drawn.toStdString();
      EXPECT_TRUE( frame.match( drawn ).hasMatch() ) << drawn.toStdString();
    }
  }
  EXPECT_GT( frames, 5 );
  EXPECT_TRUE( screen.contains( QStringLiteral( "100 %" ) ) ) << screen.toStdString();

  // The summary starts on a line of its own, on the output stream.
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Schools read:" ) ) ) << run.out.toStdString();
}

TEST( DatapakartaProgram, PrintsPlainProgressLinesWhenTheErrorStreamIsAPipe )
{
  QTemporaryDir work;
  const ProgramRun run = runPiped( { QStringLiteral( "demo" ), QStringLiteral( "--out" ),
                                     work.filePath( QStringLiteral( "demo" ) ) },
                                   work.path() );
  ASSERT_EQ( run.exitCode, DpkCommand::Success ) << run.err.toStdString();
  EXPECT_FALSE( run.err.contains( QLatin1Char( '\r' ) ) ) << run.err.toStdString();

  static const QRegularExpression progressLine( QStringLiteral( "^(\\d+) %  \\S.*$" ),
                                                QRegularExpression::MultilineOption );
  QList<int> percentages;
  QRegularExpressionMatchIterator lines = progressLine.globalMatch( run.err );
  while ( lines.hasNext() )
    percentages << lines.next().captured( 1 ).toInt();
  ASSERT_GE( percentages.size(), 10 ) << run.err.toStdString();
  EXPECT_EQ( percentages.constFirst(), 0 );
  EXPECT_EQ( percentages.constLast(), 100 );
  EXPECT_TRUE( std::is_sorted( percentages.cbegin(), percentages.cend() ) )
      << run.err.toStdString();
  EXPECT_TRUE( run.err.contains( QStringLiteral( "making the atlas of meritvarde" ) ) )
      << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "Schools read:" ) ) ) << run.out.toStdString();
}

TEST( DatapakartaProgram, PrintsOneJsonObjectAndNothingElseWithJson )
{
  QTemporaryDir work;
  const QString out = work.filePath( QStringLiteral( "demo" ) );
  const ProgramRun run = runPiped( { QStringLiteral( "demo" ), QStringLiteral( "--out" ), out,
                                     QStringLiteral( "--json" ), QStringLiteral( "--quiet" ) },
                                   work.path() );
  ASSERT_EQ( run.exitCode, DpkCommand::Success ) << run.err.toStdString();
  EXPECT_TRUE( run.err.isEmpty() ) << run.err.toStdString();

  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson( run.out.toUtf8(), &error );
  ASSERT_EQ( error.error, QJsonParseError::NoError ) << error.errorString().toStdString() << "\n"
                                                     << run.out.toStdString();
  ASSERT_TRUE( document.isObject() );
  const QJsonObject report = document.object();
  EXPECT_EQ( report.value( QStringLiteral( "command" ) ).toString(), QStringLiteral( "demo" ) );
  EXPECT_EQ( report.value( QStringLiteral( "status" ) ).toString(), QStringLiteral( "success" ) );
  EXPECT_EQ( report.value( QStringLiteral( "exitCode" ) ).toInt( -1 ), 0 );

  // Every file it names exists: the GeoPackage, the project and a sheet and atlas per indicator.
  const QJsonArray files = report.value( QStringLiteral( "files" ) ).toArray();
  EXPECT_EQ( files.size(), 2 + 2 * 3 );
  for ( const QJsonValue &file : files )
    EXPECT_TRUE( QFile::exists( file.toString() ) ) << file.toString().toStdString();
  const QString project = report.value( QStringLiteral( "project" ) ).toString();
  EXPECT_EQ( project, QDir( out ).filePath( QStringLiteral( "demokoping-2024-25.qgz" ) ) );
  const QJsonArray sheets = report.value( QStringLiteral( "sheets" ) ).toArray();
  ASSERT_FALSE( sheets.isEmpty() );
  EXPECT_EQ( dpkPdfPages( sheets.at( 0 ).toString() ), 1 );

  const QJsonObject counts = report.value( QStringLiteral( "counts" ) ).toObject();
  EXPECT_GE( counts.value( QStringLiteral( "schoolsRead" ) ).toInt(), 20 );
  EXPECT_GE( counts.value( QStringLiteral( "schoolsPlaced" ) ).toInt(), 20 );
  EXPECT_EQ( counts.value( QStringLiteral( "schoolsUnplaced" ) ).toInt(),
             report.value( QStringLiteral( "unplacedSchools" ) ).toArray().size() );
  EXPECT_EQ( counts.value( QStringLiteral( "sheets" ) ).toInt(), sheets.size() );
  EXPECT_TRUE( report.value( QStringLiteral( "suppressed" ) )
                   .toObject()
                   .contains( QStringLiteral( "meritvarde" ) ) );
  EXPECT_TRUE( report.value( QStringLiteral( "warnings" ) ).isArray() );
}

TEST( DatapakartaProgram, ReportsBadInputInTheJsonObject )
{
  QTemporaryDir work;
  const QString missing = work.filePath( QStringLiteral( "nowhere.json" ) );
  const ProgramRun run = runPiped( { QStringLiteral( "build" ), QStringLiteral( "--config" ),
                                     missing, QStringLiteral( "--json" ) },
                                   work.path() );
  EXPECT_EQ( run.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( run.err.contains( missing ) ) << run.err.toStdString();

  const QJsonObject report = QJsonDocument::fromJson( run.out.toUtf8() ).object();
  EXPECT_EQ( report.value( QStringLiteral( "status" ) ).toString(), QStringLiteral( "badInput" ) )
      << run.out.toStdString();
  EXPECT_EQ( report.value( QStringLiteral( "exitCode" ) ).toInt( -1 ), DpkCommand::BadInput );
  EXPECT_TRUE( report.value( QStringLiteral( "error" ) ).toString().contains( missing ) );
  EXPECT_TRUE( report.value( QStringLiteral( "files" ) ).toArray().isEmpty() );
}

TEST( DatapakartaProgram, PrintsNoProgressWhenQuiet )
{
  QTemporaryDir work;
  const ProgramRun run =
      runOnTerminal( { QStringLiteral( "demo" ), QStringLiteral( "--out" ),
                       work.filePath( QStringLiteral( "demo" ) ), QStringLiteral( "--quiet" ) },
                     work.path() );
  ASSERT_EQ( run.exitCode, DpkCommand::Success ) << run.err.toStdString();
  EXPECT_TRUE( run.err.isEmpty() ) << run.err.toStdString();
  EXPECT_TRUE( run.out.contains( QStringLiteral( "The demo is ready." ) ) )
      << run.out.toStdString();
}

TEST( DatapakartaProgram, PrintsNothingOnTheErrorStreamOfASuccessfulPngExport )
{
  // The demo's data, built with a PNG beside each sheet: GDAL must not report the PNG driver's
  // refusal to georeference the image in place, on a run that succeeded.
  QTemporaryDir work;
  const DpkResult<QString> written = DpkDemoData::write( work.path(), QStringLiteral( "out" ) );
  ASSERT_TRUE( written.isOk() ) << written.error().toStdString();
  QFile file( written.value() );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  QJsonObject run = QJsonDocument::fromJson( file.readAll() ).object();
  file.close();
  run.insert( QStringLiteral( "layout" ),
              QJsonObject{ { QStringLiteral( "template" ), QStringLiteral( "a4-landscape" ) },
                           { QStringLiteral( "png" ), true } } );
  ASSERT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.write( QJsonDocument( run ).toJson() );
  file.close();

  const ProgramRun build = runPiped( { QStringLiteral( "build" ), QStringLiteral( "--config" ),
                                       written.value(), QStringLiteral( "--quiet" ) },
                                     work.path() );
  ASSERT_EQ( build.exitCode, DpkCommand::Success ) << build.err.toStdString();
  EXPECT_TRUE( build.err.isEmpty() ) << build.err.toStdString();
  const QStringList pngs =
      QDir( QFileInfo( written.value() ).dir().filePath( QStringLiteral( "out" ) ) )
          .entryList( { QStringLiteral( "*.png" ) }, QDir::Files );
  EXPECT_FALSE( pngs.isEmpty() );
}

TEST( DatapakartaProgram, PrintsNoWarningWithoutADesktopSession )
{
  // As from cron or ssh: no runtime folder in the environment, which Qt would warn about.
  QTemporaryDir home;
  QProcess process;
  prepare( process, home.path() );
  QProcessEnvironment environment = process.processEnvironment();
  environment.remove( QStringLiteral( "XDG_RUNTIME_DIR" ) );
  process.setProcessEnvironment( environment );
  process.setArguments( { QStringLiteral( "--version" ) } );
  process.start();
  ASSERT_TRUE( process.waitForFinished( 60000 ) );
  EXPECT_EQ( process.exitCode(), DpkCommand::Success );
  EXPECT_TRUE( process.readAllStandardError().isEmpty() );
  EXPECT_TRUE( process.readAllStandardOutput().startsWith( "datapakarta " ) );
}

/**
 * The Stockholm case run by the program against the replay server, whose answers can be slowed
 * down so that a signal reaches the program while it waits for them.
 */
class DatapakartaProgramOnStockholm : public DpkStockholmFixture
{
protected:
  //! Writes the run, reading the API without a cache, as run.json and returns its path.
  QString writeRun()
  {
    const QString path = mWork.filePath( QStringLiteral( "run.json" ) );
    mConfig.schools.cacheDir.clear();
    QJsonObject json = mConfig.toJson();
    json.insert( QStringLiteral( "output" ),
                 QJsonObject{ { QStringLiteral( "dir" ), QStringLiteral( "out" ) },
                              { QStringLiteral( "name" ), QStringLiteral( "sthlm" ) } } );
    QFile file( path );
    EXPECT_TRUE( file.open( QIODevice::WriteOnly ) );
    file.write( QJsonDocument( json ).toJson() );
    return path;
  }

  QString output( const QString &suffix ) const
  {
    return mWork.filePath( QStringLiteral( "out/sthlm" ) + suffix );
  }
};

TEST_F( DatapakartaProgramOnStockholm, CtrlCEndsARunAsCancelledAndKeepsTheEarlierFiles )
{
  const QString run = writeRun();
  const ProgramRun first = runPiped(
      { QStringLiteral( "build" ), QStringLiteral( "--config" ), run, QStringLiteral( "--quiet" ) },
      mWork.path() );
  ASSERT_EQ( first.exitCode, DpkCommand::Success ) << first.err.toStdString();
  const QByteArray geopackage = dpkChecksum( output( QStringLiteral( ".gpkg" ) ) );
  const QByteArray project = dpkChecksum( output( QStringLiteral( ".qgz" ) ) );

  // The school units now answer after a minute: the program is waiting for them when Ctrl-C
  // comes.
  DpkReplayServer::Fault slow;
  slow.kind = DpkReplayServer::Fault::Kind::Delay;
  slow.delayMs = 60000;
  mServer.setFault( QStringLiteral( "/planned-educations/v4/school-units" ), slow );
  QProcess process;
  prepare( process, mWork.path() );
  process.setArguments( { QStringLiteral( "build" ), QStringLiteral( "--config" ), run,
                          QStringLiteral( "--json" ) } );
  process.setReadChannel( QProcess::StandardError );
  process.start();
  ASSERT_TRUE( process.waitForStarted() );
  QByteArray err;
  while ( !err.contains( "building the layers" ) && process.waitForReadyRead( 30000 ) )
    err += process.readAllStandardError();
  ASSERT_TRUE( err.contains( "building the layers" ) ) << err.constData();
  QThread::msleep( 1500 );
  ASSERT_EQ( kill( static_cast<pid_t>( process.processId() ), SIGINT ), 0 );
  ASSERT_TRUE( process.waitForFinished( 30000 ) ) << "the program did not stop on Ctrl-C";
  err += process.readAllStandardError();

  EXPECT_EQ( process.exitCode(), DpkCommand::Interrupted ) << err.constData();
  EXPECT_TRUE( err.contains( "interrupted" ) ) << err.constData();
  const QJsonObject report = QJsonDocument::fromJson( process.readAllStandardOutput() ).object();
  EXPECT_EQ( report.value( QStringLiteral( "status" ) ).toString(),
             QStringLiteral( "interrupted" ) );
  EXPECT_EQ( dpkChecksum( output( QStringLiteral( ".gpkg" ) ) ), geopackage );
  EXPECT_EQ( dpkChecksum( output( QStringLiteral( ".qgz" ) ) ), project ) << err.constData();
  EXPECT_EQ( QDir( mWork.filePath( QStringLiteral( "out" ) ) )
                 .entryList( QDir::Files | QDir::Hidden )
                 .filter( QRegularExpression( QStringLiteral( "partial|kept" ) ) ),
             QStringList() );
}
