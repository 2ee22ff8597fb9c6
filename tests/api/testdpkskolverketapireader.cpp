#include "dpkapitestsupport.h"
#include "dpkskolverketapiparser.h"
#include "dpkskolverketapireader.h"

#include <qgsfeedback.h>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace DpkApiTestSupport;

namespace
{
const QString STOCKHOLM = QStringLiteral( "0180" );
const QString API_PATH = QStringLiteral( "/planned-educations/v4" );

DpkDataset readStockholm( DpkSkolverketApiReader &reader, const QList<DpkIndicator> &indicators,
                          QgsFeedback *feedback = nullptr )
{
  const DpkResult<DpkDataset> dataset = reader.read( STOCKHOLM, indicators, feedback );
  EXPECT_TRUE( dataset.isOk() ) << dataset.error().toStdString();
  return dataset.isOk() ? dataset.value() : DpkDataset();
}

const DpkSchool *schoolWithCode( const DpkDataset &dataset, const QString &code )
{
  for ( const DpkSchool &school : dataset.schools )
  {
    if ( school.code == code )
      return &school;
  }
  return nullptr;
}

int warningsMentioning( const DpkReadReport &report, const QString &text )
{
  int count = 0;
  for ( const QString &warning : report.warnings )
  {
    if ( warning.contains( text ) )
      ++count;
  }
  return count;
}

QStringList recordedCodes( const QString &folder )
{
  QStringList codes = QDir( recordingsFolder() + QLatin1Char( '/' ) + folder )
                          .entryList( { QStringLiteral( "*.json" ) } );
  for ( QString &code : codes )
    code.chop( 5 );
  return codes;
}
} // namespace

TEST( DpkSkolverketApiReader, AsksForTheUrlsThatWereRecorded )
{
  DpkSkolverketApiReader reader( DpkSkolverketApiReader::defaultBaseUrl(), fastSettings() );
  const QJsonObject recording = []
  {
    QFile file( recordingsFolder() + QStringLiteral( "/list-pages/page2.json" ) );
    EXPECT_TRUE( file.open( QIODevice::ReadOnly ) );
    return QJsonDocument::fromJson( file.readAll() ).object();
  }();
  EXPECT_EQ( reader.unitListUrl( STOCKHOLM, 2 ).toString(),
             recording.value( QStringLiteral( "url" ) ).toString() );
  EXPECT_EQ(
      reader.unitUrl( QStringLiteral( "44673074" ) ).toString(),
      QStringLiteral( "https://api.skolverket.se/planned-educations/v4/school-units/44673074" ) );
  EXPECT_EQ(
      reader.statisticsUrl( QStringLiteral( "44673074" ) ).toString(),
      QStringLiteral(
          "https://api.skolverket.se/planned-educations/v4/school-units/44673074/statistics/gr" ) );
}

TEST( DpkSkolverketApiReader, ReadsEveryRecordedStockholmUnit )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkSkolverketApiReader reader( apiBase( *server ), fastSettings() );
  QgsFeedback feedback;

  const DpkDataset dataset = readStockholm( reader, standardIndicators(), &feedback );

  EXPECT_EQ( dataset.schools.size(), 155 );
  EXPECT_EQ( dataset.report.rowsRead, 155 );
  int located = 0;
  int withStatistics = 0;
  for ( const DpkSchool &school : dataset.schools )
  {
    located += school.location.has_value() && school.location->crs == QLatin1String( "EPSG:3006" );
    withStatistics += !school.values.isEmpty();
    EXPECT_EQ( school.municipalityCode, STOCKHOLM );
  }
  EXPECT_EQ( located, 155 );
  EXPECT_EQ( withStatistics, 152 );
  EXPECT_EQ( recordedCodes( QStringLiteral( "statistics-gr" ) ).size(), 152 );

  // The three units without recorded statistics are named, and nothing else went wrong.
  const QStringList withoutStatistics = {
      QStringLiteral( "46405935" ), QStringLiteral( "61184554" ), QStringLiteral( "72584192" ) };
  for ( const QString &code : withoutStatistics )
  {
    EXPECT_EQ( warningsMentioning( dataset.report, code ), 1 ) << code.toStdString();
    ASSERT_NE( schoolWithCode( dataset, code ), nullptr );
    EXPECT_TRUE( schoolWithCode( dataset, code )->values.isEmpty() );
  }
  EXPECT_TRUE( dataset.report.rejected.isEmpty() );
  EXPECT_TRUE( dataset.report.complete );
  EXPECT_EQ( warningsMentioning( dataset.report, QStringLiteral( "coordinates" ) ), 0 );
  EXPECT_DOUBLE_EQ( feedback.progress(), 100.0 );

  // 4 list pages, 155 details, 155 statistics, 1 SALSA; all with the API's Accept header.
  EXPECT_EQ( server->requestCount(), 315 );
  const QStringList accepted = server->acceptHeaders();
  EXPECT_EQ( accepted.count( DpkSkolverketApiReader::acceptHeader() ), accepted.size() );
}

TEST( DpkSkolverketApiReader, ReadsTheFiguresThatWereRecorded )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkSkolverketApiReader reader( apiBase( *server ), fastSettings() );
  const QList<DpkIndicator> indicators = standardIndicators();
  const DpkDataset dataset = readStockholm( reader, indicators );

  for ( const QString &code : { QStringLiteral( "44673074" ), QStringLiteral( "99648792" ),
                                QStringLiteral( "37796564" ), QStringLiteral( "82838118" ) } )
  {
    const DpkSchool *school = schoolWithCode( dataset, code );
    ASSERT_NE( school, nullptr ) << code.toStdString();
    const QJsonObject details = recordedBody( QStringLiteral( "school-units/%1.json" ).arg( code ) )
                                    .value( QStringLiteral( "body" ) )
                                    .toObject();
    EXPECT_EQ( school->name, details.value( QStringLiteral( "name" ) ).toString() );
    EXPECT_EQ( school->organiserType,
               details.value( QStringLiteral( "principalOrganizerType" ) ).toString() );
    EXPECT_DOUBLE_EQ( school->location->y,
                      details.value( QStringLiteral( "sweRef_N" ) ).toString().toDouble() );

    const QJsonObject statistics =
        recordedBody( QStringLiteral( "statistics-gr/%1.json" ).arg( code ) )
            .value( QStringLiteral( "body" ) )
            .toObject();
    for ( const DpkIndicator &indicator : indicators )
    {
      if ( !DpkSkolverketApiParser::isReadFrom( indicator,
                                                DpkSkolverketApiParser::statisticsResource() ) )
        continue;
      const DpkValueSeries series = school->values.value( indicator.id );
      for ( const QJsonValue &item : statistics.value( indicator.apiField ).toArray() )
      {
        const QJsonObject entry = item.toObject();
        const DpkResult<DpkPeriod> period =
            DpkPeriod::parse( entry.value( QStringLiteral( "timePeriod" ) ).toString() );
        ASSERT_TRUE( period.isOk() );
        ASSERT_TRUE( series.contains( period.value() ) )
            << code.toStdString() << " " << indicator.id.toStdString();
        EXPECT_EQ( series.value( period.value() ).sourceText(),
                   entry.value( QStringLiteral( "value" ) ).toString() );
      }
    }
  }

  const DpkValue merit = schoolWithCode( dataset, QStringLiteral( "44673074" ) )
                             ->values.value( QStringLiteral( "meritvarde" ) )
                             .value( DpkPeriod( 2024 ) );
  ASSERT_TRUE( merit.hasNumber() );
  EXPECT_DOUBLE_EQ( merit.number(), 264.4 );
}

TEST( DpkSkolverketApiReader, NamesUnitsWithoutDetailsOrCoordinatesAndKeepsThem )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  const QString missing = QStringLiteral( "44673074" );
  const QString unplaced = QStringLiteral( "99648792" );
  DpkSkolverketApiReader reader( apiBase( *server ), fastSettings() );
  server->addResponse( reader.unitUrl( missing ), "{}", 404 );
  QJsonObject body = recordedBody( QStringLiteral( "school-units/%1.json" ).arg( unplaced ) );
  QJsonObject details = body.value( QStringLiteral( "body" ) ).toObject();
  for ( const QString &key : { QStringLiteral( "sweRef_N" ), QStringLiteral( "sweRef_E" ),
                               QStringLiteral( "wgs84_Lat" ), QStringLiteral( "wgs84_Long" ) } )
    details.insert( key, QJsonValue::Null );
  body.insert( QStringLiteral( "body" ), details );
  server->addResponse( reader.unitUrl( unplaced ), QJsonDocument( body ).toJson() );

  const DpkDataset dataset = readStockholm( reader, standardIndicators() );

  EXPECT_EQ( dataset.schools.size(), 155 );
  ASSERT_NE( schoolWithCode( dataset, missing ), nullptr );
  ASSERT_NE( schoolWithCode( dataset, unplaced ), nullptr );
  EXPECT_FALSE( schoolWithCode( dataset, missing )->location.has_value() );
  EXPECT_FALSE( schoolWithCode( dataset, unplaced )->location.has_value() );
  EXPECT_EQ( warningsMentioning( dataset.report,
                                 QStringLiteral( "%1 (Abrahamsbergsskolan)" ).arg( missing ) ),
             1 );
  EXPECT_EQ(
      warningsMentioning(
          dataset.report,
          QStringLiteral( "%1 (Adolf Fredriks musikklasser) has no coordinates" ).arg( unplaced ) ),
      1 );
  EXPECT_FALSE( schoolWithCode( dataset, missing )->values.isEmpty() )
      << "its statistics are still read";
}

TEST( DpkSkolverketApiReader, SaysTheDatasetIsIncompleteWhenAUnitFails )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkSkolverketApiReader reader( apiBase( *server ), fastSettings() );
  const QString code = QStringLiteral( "44673074" );
  server->setFault( reader.statisticsUrl( code ).path(),
                    { DpkReplayServer::Fault::Kind::HttpError, 500 } );

  const DpkDataset dataset = readStockholm( reader, standardIndicators() );

  EXPECT_FALSE( dataset.report.complete );
  ASSERT_EQ( dataset.report.rejected.size(), 1 );
  EXPECT_TRUE(
      dataset.report.rejected[ 0 ].reason.contains( reader.statisticsUrl( code ).toString() ) );
  EXPECT_TRUE(
      dataset.report.rejected[ 0 ].reason.contains( QStringLiteral( "Abrahamsbergsskolan" ) ) );
  EXPECT_EQ( dataset.schools.size(), 155 ) << "the unit is kept without figures";
  EXPECT_EQ( server->requestCount( reader.statisticsUrl( code ).path() ), 3 );
}

TEST( DpkSkolverketApiReader, FailsWithTheUrlWhenTheListIsCutInHalf )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkSkolverketApiReader reader( apiBase( *server ), fastSettings() );
  server->setFault( reader.unitListUrl( STOCKHOLM, 0 ).path(),
                    { DpkReplayServer::Fault::Kind::Truncated } );

  const DpkResult<DpkDataset> dataset = reader.read( STOCKHOLM, standardIndicators() );

  ASSERT_FALSE( dataset.isOk() );
  EXPECT_TRUE( dataset.error().contains( reader.unitListUrl( STOCKHOLM, 0 ).toString() ) )
      << dataset.error().toStdString();
}

TEST( DpkSkolverketApiReader, SecondRunComesFromTheCacheWithoutRequestsAndSaysHowOld )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  QTemporaryDir cacheDir;
  DpkSkolverketApiReader first( apiBase( *server ), fastSettings( cacheDir.path() ) );
  const DpkDataset firstRun = readStockholm( first, standardIndicators() );
  ASSERT_EQ( firstRun.schools.size(), 155 );
  server->resetCounts();

  DpkSkolverketApiReader second( apiBase( *server ), fastSettings( cacheDir.path() ) );
  const DpkDataset secondRun = readStockholm( second, standardIndicators() );

  EXPECT_EQ( server->requestCount(), 0 );
  EXPECT_EQ( second.client().networkRequestCount(), 0 );
  EXPECT_EQ( second.client().cacheHitCount(), 315 );
  EXPECT_EQ( secondRun.schools.size(), 155 );
  EXPECT_TRUE( secondRun.report.complete );
  EXPECT_EQ( secondRun.retrievedAt, firstRun.retrievedAt );
  EXPECT_LE( secondRun.retrievedAt, QDateTime::currentDateTimeUtc() );
  EXPECT_EQ(
      warningsMentioning( secondRun.report,
                          QStringLiteral( "315 of 315 responses were read from the cache" ) ),
      1 );
  EXPECT_EQ( warningsMentioning( secondRun.report, secondRun.retrievedAt.toString( Qt::ISODate ) ),
             1 );
  const DpkValue merit = schoolWithCode( secondRun, QStringLiteral( "44673074" ) )
                             ->values.value( QStringLiteral( "meritvarde" ) )
                             .value( DpkPeriod( 2024 ) );
  EXPECT_DOUBLE_EQ( merit.number(), 264.4 );
}

TEST( DpkSkolverketApiReader, CancellationLeavesTheDatasetIncomplete )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkSkolverketApiReader reader( apiBase( *server ), fastSettings() );
  DpkReplayServer::Fault slow{ DpkReplayServer::Fault::Kind::Delay };
  slow.delayMs = 5000;
  for ( const QString &code : recordedCodes( QStringLiteral( "school-units" ) ) )
    server->setFault( reader.unitUrl( code ).path(), slow );
  // Cancel once the list is read (the reader then reports 10 %), however long the
  // list took on a busy machine, and a short while into the slow details.
  QgsFeedback feedback;
  QElapsedTimer timer;
  QObject::connect( &feedback, &QgsFeedback::progressChanged, &feedback,
                    [ & ]( double progress )
                    {
                      if ( progress >= 10.0 && !timer.isValid() )
                      {
                        timer.start();
                        QTimer::singleShot( 300, &feedback, &QgsFeedback::cancel );
                      }
                    } );

  const DpkResult<DpkDataset> dataset = reader.read( STOCKHOLM, standardIndicators(), &feedback );

  ASSERT_TRUE( timer.isValid() ) << "the reader never reported progress";
  EXPECT_LT( timer.elapsed(), 3000 );
  ASSERT_TRUE( dataset.isOk() ) << "the list was read before the cancellation";
  EXPECT_FALSE( dataset.value().report.complete );
  EXPECT_EQ(
      warningsMentioning( dataset.value().report, QStringLiteral( "Reading was cancelled" ) ), 1 );
  EXPECT_LT( server->requestCount(), 20 );
}

TEST( DpkSkolverketApiReader, AddsSalsaFromTheResponseForAllSchools )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkSkolverketApiReader reader( apiBase( *server ), fastSettings() );
  // No SALSA response was recorded: this one follows the shape parseSalsa() documents.
  const QByteArray salsa = R"({"status":"OK","message":"Success","body":{"timePeriod":"2024/25",
    "compulsorySchoolUnitSalsaMetricList":[
      {"schoolUnitCode":"44673074",
       "salsaAverageGradesIn9thGradeDeviation":{"value":"7","valueType":"EXISTS"}},
      {"schoolUnitCode":"11111111",
       "salsaAverageGradesIn9thGradeDeviation":{"value":"-3","valueType":"EXISTS"}}]}})";
  server->addResponse( reader.salsaUrl(), salsa );
  QList<DpkIndicator> indicators = standardIndicators();
  indicators.append( indicator( QStringLiteral( "salsa_test" ),
                                QStringLiteral( "salsaAverageGradesIn9thGradeDeviation" ),
                                DpkSkolverketApiParser::salsaResource() ) );

  const DpkDataset dataset = readStockholm( reader, indicators );

  const DpkValue deviation = schoolWithCode( dataset, QStringLiteral( "44673074" ) )
                                 ->values.value( QStringLiteral( "salsa_test" ) )
                                 .value( DpkPeriod( 2024 ) );
  ASSERT_TRUE( deviation.hasNumber() );
  EXPECT_DOUBLE_EQ( deviation.number(), 7.0 );
  EXPECT_EQ( schoolWithCode( dataset, QStringLiteral( "11111111" ) ), nullptr )
      << "SALSA adds no unit outside the list";
  EXPECT_EQ( warningsMentioning( dataset.report,
                                 QStringLiteral( "salsaAverageGradesIn9thGradeDeviation" ) ),
             0 );
}

TEST( DpkSkolverketApiReader, SaysWhenACatalogueFieldIsInNoResponse )
{
  const std::unique_ptr<DpkReplayServer> server = startRecordingServer();
  DpkSkolverketApiReader reader( apiBase( *server ), fastSettings() );
  reader.setReadSalsa( false );

  const DpkDataset dataset =
      readStockholm( reader, { indicator( QStringLiteral( "typo" ),
                                          QStringLiteral( "averageGradesMeritRating9thGrad" ) ) } );

  EXPECT_EQ( warningsMentioning(
                 dataset.report,
                 QStringLiteral( "averageGradesMeritRating9thGrad of the indicator typo" ) ),
             1 );
  EXPECT_EQ( server->requestCount(), 314 );
}
