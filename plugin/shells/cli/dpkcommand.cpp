#include "dpkcommand.h"

#include "dpkbuildresult.h"
#include "dpkcommandoptions.h"
#include "dpkprogressprinter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace
{
const QString QUIET = QStringLiteral( "--quiet" );
const QString JSON = QStringLiteral( "--json" );
} // namespace

DpkCommand::DpkCommand( QTextStream &out, QTextStream &err )
  : mOut( out )
  , mErr( err )
{
}

DpkCommand::~DpkCommand() = default;

std::optional<int> DpkCommand::parseOptions( DpkCommandOptions &options,
                                             const QStringList &arguments, const QString &help )
{
  options.addFlag( QStringLiteral( "--help" ) );
  mReport.insert( QStringLiteral( "command" ),
                  options.command().section( QLatin1Char( ' ' ), -1 ) );
  const QString error = options.parse( arguments );

  // A script that asked for JSON gets it even when the options were wrong.
  mJson = options.isSet( JSON ) || ( !error.isEmpty() && arguments.contains( JSON ) );
  mQuiet = options.isSet( QUIET );
  if ( !error.isEmpty() )
    return fail( BadInput, error );
  if ( options.isSet( QStringLiteral( "--help" ) ) )
  {
    mJson = false;
    mOut << help;
    return Success;
  }
  return std::nullopt;
}

void DpkCommand::addReportOptions( DpkCommandOptions &options )
{
  options.addFlag( QUIET );
  options.addFlag( JSON );
}

DpkProgressPrinter &DpkCommand::progress()
{
  if ( !mProgress )
  {
    mProgress = std::make_unique<DpkProgressPrinter>(
        mErr, DpkProgressPrinter::styleFor( mQuiet, mTerminalColumns ), mTerminalColumns );
  }
  return *mProgress;
}

int DpkCommand::fail( int exitCode, const QString &message )
{
  if ( mProgress )
    mProgress->finish();
  mErr << message << '\n';
  mErr.flush();
  mReport.insert( QStringLiteral( "error" ), message );
  return exitCode;
}

void DpkCommand::reportValue( const QString &key, const QJsonValue &value )
{
  mReport.insert( key, value );
}

void DpkCommand::reportFiles( const QStringList &paths )
{
  mFiles << paths;
}

void DpkCommand::reportWarning( const QString &warning )
{
  mWarnings << warning;
}

void DpkCommand::adoptReport( const DpkCommand &other )
{
  const QString command = mReport.value( QStringLiteral( "command" ) ).toString();
  for ( auto it = other.mReport.constBegin(); it != other.mReport.constEnd(); ++it )
    mReport.insert( it.key(), it.value() );
  if ( !command.isEmpty() )
    mReport.insert( QStringLiteral( "command" ), command );
  mFiles << other.mFiles;
  mWarnings << other.mWarnings;
}

QJsonObject DpkCommand::report() const
{
  QJsonObject report = mReport;
  report.insert( QStringLiteral( "files" ), QJsonArray::fromStringList( mFiles ) );
  report.insert( QStringLiteral( "warnings" ), QJsonArray::fromStringList( mWarnings ) );
  return report;
}

int DpkCommand::finish( int exitCode )
{
  if ( mProgress )
    mProgress->finish();
  if ( !mJson )
    return exitCode;
  QJsonObject object = report();
  object.insert( QStringLiteral( "exitCode" ), exitCode );
  object.insert( QStringLiteral( "status" ), exitCodeName( exitCode ) );
  mOut << QString::fromUtf8( QJsonDocument( object ).toJson( QJsonDocument::Indented ) );
  mOut.flush();
  return exitCode;
}

QString DpkCommand::exitCodeName( int exitCode )
{
  switch ( exitCode )
  {
  case Success:
    return QStringLiteral( "success" );
  case Failure:
    return QStringLiteral( "failure" );
  case BadInput:
    return QStringLiteral( "badInput" );
  case SourceUnavailable:
    return QStringLiteral( "sourceUnavailable" );
  case PartialResult:
    return QStringLiteral( "partialResult" );
  case Interrupted:
    return QStringLiteral( "interrupted" );
  default:
    return QStringLiteral( "unknown" );
  }
}

void DpkCommand::reportBuild( const DpkBuildResult &result, const QString &project,
                              const QStringList &sheets )
{
  reportValue( QStringLiteral( "geopackage" ), result.geopackage );
  reportValue( QStringLiteral( "project" ), project );
  reportValue( QStringLiteral( "sheets" ), QJsonArray::fromStringList( sheets ) );
  reportValue( QStringLiteral( "municipality" ),
               QJsonObject{ { QStringLiteral( "code" ), result.municipality },
                            { QStringLiteral( "name" ), result.municipalityName } } );
  reportValue( QStringLiteral( "schoolYear" ), result.period.toString() );
  reportValue( QStringLiteral( "counts" ),
               QJsonObject{ { QStringLiteral( "schoolsRead" ), result.schoolsRead },
                            { QStringLiteral( "schoolsPlaced" ), result.schoolsPlaced },
                            { QStringLiteral( "schoolsUnplaced" ), result.unplaced.size() },
                            { QStringLiteral( "areas" ), result.areaCount },
                            { QStringLiteral( "sheets" ), sheets.size() } } );

  QJsonArray unplaced;
  for ( const DpkUnplacedSchool &school : result.unplaced )
  {
    unplaced.append( QJsonObject{ { QStringLiteral( "code" ), school.code },
                                  { QStringLiteral( "name" ), school.name },
                                  { QStringLiteral( "reason" ), school.reason } } );
  }
  reportValue( QStringLiteral( "unplacedSchools" ), unplaced );

  QJsonObject suppressed;
  for ( const DpkIndicatorLayers &layers : result.layers )
  {
    suppressed.insert( layers.indicator.id,
                       QJsonObject{ { QStringLiteral( "schools" ), layers.suppressedSchools },
                                    { QStringLiteral( "areas" ), layers.suppressedAreas } } );
  }
  reportValue( QStringLiteral( "suppressed" ), suppressed );
  for ( const QString &warning : result.warnings )
    reportWarning( warning );
}
