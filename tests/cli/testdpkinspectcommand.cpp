#include "dpkcommandrun.h"
#include "dpkinspectcommand.h"
#include "dpkreplayserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace
{
QString nationalExport()
{
  const QString path = QStringLiteral(
      DPK_REALDATA_DIR "/skolverket-export/Grundskola - Slutbetyg årskurs 9, samtliga elever "
                       "2025 Skolenhet.csv" );
  EXPECT_TRUE( QFile::exists( path ) ) << "the shared real data is missing: " << path.toStdString();
  return path;
}

// Runs inspect with --format json and returns the document it printed.
QJsonObject inspectJson( QStringList arguments, int expectedExitCode = DpkCommand::Success )
{
  arguments << QStringLiteral( "--format" ) << QStringLiteral( "json" );
  const DpkCommandRun result = DpkCommandRun::of<DpkInspectCommand>( arguments );
  EXPECT_EQ( result.exitCode, expectedExitCode ) << result.err.toStdString();
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson( result.out.toUtf8(), &error );
  EXPECT_EQ( error.error, QJsonParseError::NoError ) << error.errorString().toStdString();
  return document.object();
}

int statusCount( const QJsonObject &summary, const QString &indicator, const QString &status )
{
  const QJsonObject counts = summary.value( QStringLiteral( "statusCounts" ) ).toObject();
  EXPECT_TRUE( counts.contains( indicator ) ) << indicator.toStdString();
  return counts.value( indicator ).toObject().value( status ).toInt( -1 );
}

// The status of \a indicator in each school printed, counted, as a check on the summary.
int schoolsWithStatus( const QJsonObject &document, const QString &indicator,
                       const QString &status )
{
  int count = 0;
  for ( const QJsonValue school : document.value( QStringLiteral( "schools" ) ).toArray() )
  {
    const QJsonObject value = school.toObject()
                                  .value( QStringLiteral( "values" ) )
                                  .toObject()
                                  .value( indicator )
                                  .toObject();
    count += value.value( QStringLiteral( "status" ) ).toString() == status ? 1 : 0;
  }
  return count;
}

QString writeFile( const QTemporaryDir &folder, const QString &name, const QByteArray &content )
{
  const QString path = folder.filePath( name );
  QFile file( path );
  EXPECT_TRUE( file.open( QIODevice::WriteOnly ) );
  file.write( content );
  return path;
}

std::unique_ptr<DpkReplayServer> recordingServer()
{
  auto server = std::make_unique<DpkReplayServer>();
  const DpkResult<int> loaded = server->loadRecordings(
      QStringLiteral( DPK_REALDATA_DIR "/skolverket-api-v4/stockholm-0180" ) );
  EXPECT_TRUE( loaded.isOk() ) << "the shared real data is missing: "
                               << loaded.error().toStdString();
  EXPECT_TRUE( server->start().isOk() );
  return server;
}
} // namespace

TEST( DpkInspectCommand, CountsEveryMarkOfTheNationalExport )
{
  const QJsonObject document = inspectJson( { nationalExport() } );
  const QJsonObject summary = document.value( QStringLiteral( "summary" ) ).toObject();

  EXPECT_EQ( summary.value( QStringLiteral( "rowsRead" ) ).toInt(), 1714 );
  EXPECT_EQ( document.value( QStringLiteral( "schools" ) ).toArray().size(), 1714 );
  EXPECT_EQ( summary.value( QStringLiteral( "municipalities" ) ).toInt(), 290 );
  EXPECT_EQ( summary.value( QStringLiteral( "footnoteLines" ) ).toInt(), 34 );
  EXPECT_TRUE( summary.value( QStringLiteral( "rowsRejected" ) ).toArray().isEmpty() );
  EXPECT_TRUE( summary.value( QStringLiteral( "municipalityFilter" ) ).isNull() );
  EXPECT_EQ( summary.value( QStringLiteral( "periods" ) ).toArray(),
             QJsonArray{ QStringLiteral( "2024/25" ) } );

  const QString elever = QStringLiteral( "elever_ak9" );
  const QString allaAmnen = QStringLiteral( "alla_amnen" );
  const QString yrkes = QStringLiteral( "behorig_yrkes" );
  const QString merit = QStringLiteral( "meritvarde" );
  const QString suppressed = QStringLiteral( "suppressed" );
  const QString missing = QStringLiteral( "missing" );
  EXPECT_EQ( statusCount( summary, elever, suppressed ), 113 );
  EXPECT_EQ( statusCount( summary, allaAmnen, suppressed ), 122 );
  EXPECT_EQ( statusCount( summary, allaAmnen, missing ), 64 );
  EXPECT_EQ( statusCount( summary, yrkes, suppressed ), 129 );
  EXPECT_EQ( statusCount( summary, yrkes, missing ), 34 );
  EXPECT_EQ( statusCount( summary, yrkes, QStringLiteral( "near_100" ) ), 354 );
  EXPECT_EQ( statusCount( summary, merit, suppressed ), 114 );
  EXPECT_EQ( statusCount( summary, merit, missing ), 18 );

  // The summary counts what the school list shows.
  for ( const QString &indicator : { elever, allaAmnen, yrkes, merit } )
  {
    for ( const QString &status : { suppressed, missing, QStringLiteral( "exists" ) } )
      EXPECT_EQ( statusCount( summary, indicator, status ),
                 schoolsWithStatus( document, indicator, status ) )
          << indicator.toStdString() << " " << status.toStdString();
  }
}

TEST( DpkInspectCommand, FiltersSchoolsAndSummaryByMunicipality )
{
  const QJsonObject document = inspectJson(
      { nationalExport(), QStringLiteral( "--municipality" ), QStringLiteral( "0180" ) } );
  const QJsonObject summary = document.value( QStringLiteral( "summary" ) ).toObject();

  EXPECT_EQ( summary.value( QStringLiteral( "municipalityFilter" ) ).toString(),
             QStringLiteral( "0180" ) );
  EXPECT_EQ( summary.value( QStringLiteral( "rowsRead" ) ).toInt(), 149 );
  EXPECT_EQ( summary.value( QStringLiteral( "rowsReadInSource" ) ).toInt(), 1714 );
  EXPECT_EQ( statusCount( summary, QStringLiteral( "meritvarde" ), QStringLiteral( "exists" ) ),
             138 );

  const QJsonArray schools = document.value( QStringLiteral( "schools" ) ).toArray();
  ASSERT_EQ( schools.size(), 149 );
  int numericMerit = 0;
  for ( const QJsonValue school : schools )
  {
    EXPECT_EQ( school.toObject().value( QStringLiteral( "municipalityCode" ) ).toString(),
               QStringLiteral( "0180" ) );
    const QJsonObject merit = school.toObject()
                                  .value( QStringLiteral( "values" ) )
                                  .toObject()
                                  .value( QStringLiteral( "meritvarde" ) )
                                  .toObject();
    numericMerit += merit.value( QStringLiteral( "value" ) ).isDouble() ? 1 : 0;
    EXPECT_EQ( merit.value( QStringLiteral( "period" ) ).toString(), QStringLiteral( "2024/25" ) );
  }
  EXPECT_EQ( numericMerit, 138 );
}

TEST( DpkInspectCommand, NamesAMunicipalityTheExportDoesNotHold )
{
  // 9998 is a well-formed kommunkod that no municipality has.
  const DpkCommandRun result = DpkCommandRun::of<DpkInspectCommand>(
      { nationalExport(), QStringLiteral( "--municipality" ), QStringLiteral( "9998" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "9998" ) ) ) << result.err.toStdString();
  EXPECT_TRUE( result.err.contains( nationalExport() ) ) << result.err.toStdString();
}

TEST( DpkInspectCommand, PrintsATableWithEachSchoolAndTheSummary )
{
  const DpkCommandRun result = DpkCommandRun::of<DpkInspectCommand>(
      { nationalExport(), QStringLiteral( "--municipality" ), QStringLiteral( "0180" ) } );
  ASSERT_EQ( result.exitCode, DpkCommand::Success ) << result.err.toStdString();
  const QStringList lines = result.out.split( QLatin1Char( '\n' ) );

  // Each school is a line with code, name and municipality, then one line per indicator.
  const int schoolLines = static_cast<int>( std::count_if(
      lines.cbegin(), lines.cend(),
      []( const QString &line ) { return line.contains( QStringLiteral( "  0180 " ) ); } ) );
  EXPECT_EQ( schoolLines, 149 );
  const int meritLines = static_cast<int>(
      std::count_if( lines.cbegin(), lines.cend(),
                     []( const QString &line )
                     {
                       return line.trimmed().startsWith( QStringLiteral( "meritvarde " ) ) &&
                              line.contains( QStringLiteral( " exists " ) );
                     } ) );
  EXPECT_EQ( meritLines, 138 );
  EXPECT_TRUE( result.out.contains( QStringLiteral( "Rows read: 149 of municipality 0180 "
                                                    "(filtered; 1714 in the source)" ) ) );
  EXPECT_TRUE( result.out.contains( QStringLiteral( "Footnote lines: 34" ) ) );
  EXPECT_TRUE( result.out.contains( QStringLiteral( "Periods: 2024/25" ) ) );
}

TEST( DpkInspectCommand, ReadsTheRecordedApiOfStockholm )
{
  const std::unique_ptr<DpkReplayServer> server = recordingServer();
  QTemporaryDir cache;
  const QJsonObject document =
      inspectJson( { server->url( QStringLiteral( "/planned-educations/v4" ) ).toString(),
                     QStringLiteral( "--municipality" ), QStringLiteral( "0180" ),
                     QStringLiteral( "--cache" ), cache.path() } );
  const QJsonObject summary = document.value( QStringLiteral( "summary" ) ).toObject();

  EXPECT_EQ( summary.value( QStringLiteral( "sourceType" ) ).toString(),
             QStringLiteral( "skolverket-api" ) );
  EXPECT_EQ( summary.value( QStringLiteral( "rowsRead" ) ).toInt(), 155 );
  EXPECT_EQ( summary.value( QStringLiteral( "unitsWithCoordinates" ) ).toInt(), 155 );
  EXPECT_EQ( summary.value( QStringLiteral( "unitsWithStatistics" ) ).toInt(), 152 );
  EXPECT_TRUE( summary.value( QStringLiteral( "unitsWithoutCoordinates" ) ).toArray().isEmpty() );
  EXPECT_TRUE( summary.value( QStringLiteral( "complete" ) ).toBool() );
  EXPECT_GE( summary.value( QStringLiteral( "periods" ) ).toArray().size(), 2 )
      << "the API gives several school years";
  EXPECT_FALSE( summary.value( QStringLiteral( "retrievedAt" ) ).toString().isEmpty() );

  int located = 0;
  for ( const QJsonValue school : document.value( QStringLiteral( "schools" ) ).toArray() )
    located += school.toObject().contains( QStringLiteral( "location" ) ) ? 1 : 0;
  EXPECT_EQ( located, 155 );

  // The second run reads the cache and says how old its data are.
  const int requests = server->requestCount();
  const QJsonObject again =
      inspectJson( { server->url( QStringLiteral( "/planned-educations/v4" ) ).toString(),
                     QStringLiteral( "--municipality" ), QStringLiteral( "0180" ),
                     QStringLiteral( "--cache" ), cache.path() } );
  EXPECT_EQ( server->requestCount(), requests );
  EXPECT_EQ( again.value( QStringLiteral( "summary" ) )
                 .toObject()
                 .value( QStringLiteral( "ageDays" ) )
                 .toInt( -1 ),
             0 );
}

TEST( DpkInspectCommand, NamesTheUrlOfAnUnavailableApi )
{
  const std::unique_ptr<DpkReplayServer> server = recordingServer();
  server->setFault( QStringLiteral( "/planned-educations/v4/school-units" ),
                    DpkReplayServer::Fault{} );
  const QString base = server->url( QStringLiteral( "/planned-educations/v4" ) ).toString();

  const DpkCommandRun result = DpkCommandRun::of<DpkInspectCommand>(
      { base, QStringLiteral( "--municipality" ), QStringLiteral( "0180" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::SourceUnavailable );
  EXPECT_TRUE( result.err.contains( base + QStringLiteral( "/school-units" ) ) )
      << result.err.toStdString();
  EXPECT_TRUE( result.err.contains( QStringLiteral( "500" ) ) ) << result.err.toStdString();
  EXPECT_TRUE( result.out.isEmpty() );
}

TEST( DpkInspectCommand, AsksForAMunicipalityWithAUrl )
{
  const DpkCommandRun result =
      DpkCommandRun::of<DpkInspectCommand>( { QStringLiteral( "http://127.0.0.1:9/v4" ) } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( QStringLiteral( "--municipality" ) ) );
}

TEST( DpkInspectCommand, NamesAnEmptyFile )
{
  QTemporaryDir folder;
  const QString path = writeFile( folder, QStringLiteral( "tom.csv" ), QByteArray() );
  const DpkCommandRun result = DpkCommandRun::of<DpkInspectCommand>( { path } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( path ) ) << result.err.toStdString();
  EXPECT_TRUE( result.out.isEmpty() );
}

TEST( DpkInspectCommand, NamesAFileThatIsNotAnExport )
{
  QTemporaryDir folder;
  const QString path = writeFile( folder, QStringLiteral( "befolkning.csv" ),
                                  "Kommun;Folkmängd\nStockholm;984748\nUppsala;242140\n" );
  const DpkCommandRun result = DpkCommandRun::of<DpkInspectCommand>( { path } );
  EXPECT_EQ( result.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( result.err.contains( path ) ) << result.err.toStdString();
  EXPECT_TRUE( result.out.isEmpty() );
}

TEST( DpkInspectCommand, NamesAMissingFileAndABadOption )
{
  const DpkCommandRun missing =
      DpkCommandRun::of<DpkInspectCommand>( { QStringLiteral( "/nowhere/export.csv" ) } );
  EXPECT_EQ( missing.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( missing.err.contains( QStringLiteral( "/nowhere/export.csv" ) ) );

  const DpkCommandRun format = DpkCommandRun::of<DpkInspectCommand>(
      { QStringLiteral( "a.csv" ), QStringLiteral( "--format" ), QStringLiteral( "xml" ) } );
  EXPECT_EQ( format.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( format.err.contains( QStringLiteral( "'xml'" ) ) );

  const DpkCommandRun municipality = DpkCommandRun::of<DpkInspectCommand>(
      { QStringLiteral( "a.csv" ), QStringLiteral( "--municipality" ), QStringLiteral( "180" ) } );
  EXPECT_EQ( municipality.exitCode, DpkCommand::BadInput );
  EXPECT_TRUE( municipality.err.contains( QStringLiteral( "'180'" ) ) );
}

TEST( DpkInspectCommand, ReportsATruncatedExportAsPartial )
{
  QFile source( nationalExport() );
  ASSERT_TRUE( source.open( QIODevice::ReadOnly ) );
  const QByteArray bytes = source.readAll();
  QTemporaryDir folder;
  // Cut inside a data row, after its first field, well before the footnotes.
  const int rowStart = bytes.indexOf( '\n', bytes.size() / 2 ) + 1;
  const int cut = bytes.indexOf( ';', rowStart ) + 1;
  const QString path = writeFile( folder, QStringLiteral( "avklippt.csv" ), bytes.left( cut ) );

  const QJsonObject document = inspectJson( { path }, DpkCommand::PartialResult );
  const QJsonObject summary = document.value( QStringLiteral( "summary" ) ).toObject();
  EXPECT_FALSE( summary.value( QStringLiteral( "complete" ) ).toBool() );
  EXPECT_GT( summary.value( QStringLiteral( "rowsRead" ) ).toInt(), 0 );
  EXPECT_LT( summary.value( QStringLiteral( "rowsRead" ) ).toInt(), 1714 );
}

TEST( DpkInspectCommand, HidesAFigureOnFewerPupilsThanTheMinimumGroup )
{
  // Skolverket's own exports never publish such a figure, but another source might.
  QTemporaryDir folder;
  const QString path = writeFile(
      folder, QStringLiteral( "smagrupper.csv" ),
      QByteArray( "Valt läsår: 2024/25\n"
                  "Skola;Skol-enhetskod;Skolkommun;Kommun-kod;Typ av huvudman;Huvudman;"
                  "Antal elever;Genomsnittligt meritvärde (17 ämnen)\n"
                  "Lilla skolan;12345678;Stockholm;0180;Kommunal;Stockholms kommun;5;300,0\n"
                  "Stora skolan;87654321;Stockholm;0180;Kommunal;Stockholms kommun;40;250,0\n" ) );
  const QJsonObject document = inspectJson( { path } );

  for ( const QJsonValue school : document.value( QStringLiteral( "schools" ) ).toArray() )
  {
    const QJsonObject values = school.toObject().value( QStringLiteral( "values" ) ).toObject();
    const QJsonObject merit = values.value( QStringLiteral( "meritvarde" ) ).toObject();
    const QJsonObject pupils = values.value( QStringLiteral( "elever_ak9" ) ).toObject();
    if ( school.toObject().value( QStringLiteral( "code" ) ).toString() ==
         QLatin1String( "12345678" ) )
    {
      EXPECT_TRUE( merit.value( QStringLiteral( "value" ) ).isNull() );
      EXPECT_EQ( merit.value( QStringLiteral( "status" ) ).toString(),
                 QStringLiteral( "suppressed" ) );
      EXPECT_FALSE(
          merit.value( QStringLiteral( "text" ) ).toString().contains( QStringLiteral( "300" ) ) );
      EXPECT_TRUE( pupils.value( QStringLiteral( "value" ) ).isNull() );
    }
    else
    {
      EXPECT_DOUBLE_EQ( merit.value( QStringLiteral( "value" ) ).toDouble(), 250.0 );
    }
  }
  EXPECT_FALSE( QJsonDocument( document ).toJson().contains( "300" ) );
}
