// dpk_replay_server: serves recorded Skolverket API responses on 127.0.0.1 for manual runs of
// the command-line tool and for tests in other processes. Prints the port on the first line.

#include "dpkreplayserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

#include <cstdio>

namespace
{
/**
 * Reads a fault written as PATH=500, PATH=429:SECONDS, PATH=delay:MS or PATH=truncate, each
 * optionally followed by *TIMES (how many requests meet it before normal answers).
 */
std::optional<std::pair<QString, DpkReplayServer::Fault>> parseFault( const QString &text )
{
  static const QRegularExpression pattern(
      QStringLiteral( "^(/[^=]*)=(\\d{3}|429:\\d+|delay:\\d+|truncate)(?:\\*(\\d+))?$" ) );
  const QRegularExpressionMatch match = pattern.match( text );
  if ( !match.hasMatch() )
    return std::nullopt;

  DpkReplayServer::Fault fault;
  const QString kind = match.captured( 2 );
  if ( kind.startsWith( QLatin1String( "429:" ) ) )
  {
    fault.kind = DpkReplayServer::Fault::Kind::RateLimited;
    fault.retryAfterSeconds = kind.mid( 4 ).toInt();
  }
  else if ( kind.startsWith( QLatin1String( "delay:" ) ) )
  {
    fault.kind = DpkReplayServer::Fault::Kind::Delay;
    fault.delayMs = kind.mid( 6 ).toInt();
  }
  else if ( kind == QLatin1String( "truncate" ) )
  {
    fault.kind = DpkReplayServer::Fault::Kind::Truncated;
  }
  else
  {
    fault.kind = DpkReplayServer::Fault::Kind::HttpError;
    fault.httpStatus = kind.toInt();
  }
  if ( !match.captured( 3 ).isEmpty() )
    fault.times = match.captured( 3 ).toInt();
  return std::make_pair( match.captured( 1 ), fault );
}
} // namespace

int main( int argc, char **argv )
{
  QCoreApplication app( argc, argv );
  QCommandLineParser parser;
  parser.setApplicationDescription(
      QStringLiteral( "Replays recorded Skolverket API responses on 127.0.0.1. GET "
                      "/__replay/requests returns the number of requests served." ) );
  parser.addHelpOption();
  const QCommandLineOption recordings(
      QStringLiteral( "recordings" ),
      QStringLiteral( "Folder of recordings (searched recursively)." ), QStringLiteral( "folder" ),
      QStringLiteral( DPK_REALDATA_DIR "/skolverket-api-v4/stockholm-0180" ) );
  const QCommandLineOption port( QStringLiteral( "port" ),
                                 QStringLiteral( "Port to listen on; 0 for a free one." ),
                                 QStringLiteral( "port" ), QStringLiteral( "0" ) );
  const QCommandLineOption fault(
      QStringLiteral( "fault" ),
      QStringLiteral( "A fault for a path: PATH=500, PATH=429:SECONDS, PATH=delay:MS or "
                      "PATH=truncate, optionally followed by *TIMES. May be repeated." ),
      QStringLiteral( "fault" ) );
  parser.addOptions( { recordings, port, fault } );
  parser.process( app );

  DpkReplayServer server;
  const DpkResult<int> loaded = server.loadRecordings( parser.value( recordings ) );
  if ( !loaded.isOk() )
  {
    std::fprintf( stderr, "dpk_replay_server: %s\n", qPrintable( loaded.error() ) );
    return 1;
  }
  for ( const QString &text : parser.values( fault ) )
  {
    const auto parsed = parseFault( text );
    if ( !parsed )
    {
      std::fprintf( stderr, "dpk_replay_server: cannot read the fault '%s'\n", qPrintable( text ) );
      return 1;
    }
    server.setFault( parsed->first, parsed->second );
  }

  const DpkResult<quint16> started = server.start( parser.value( port ).toUShort() );
  if ( !started.isOk() )
  {
    std::fprintf( stderr, "dpk_replay_server: %s\n", qPrintable( started.error() ) );
    return 1;
  }
  std::printf( "%u\n", static_cast<unsigned>( started.value() ) );
  std::printf( "serving %d recordings at %s\n", loaded.value(),
               qPrintable( server.url( QStringLiteral( "/planned-educations/v4" ) ).toString() ) );
  std::fflush( stdout );
  return app.exec();
}
