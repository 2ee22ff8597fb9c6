#include "dpkapitestsupport.h"
#include "dpkskolverketapiparser.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

using namespace DpkApiTestSupport;

namespace
{
const QString URL = QStringLiteral( "http://127.0.0.1/test" );

QJsonDocument wrapped( const QJsonObject &body )
{
  QJsonObject root;
  root.insert( QStringLiteral( "status" ), QStringLiteral( "OK" ) );
  root.insert( QStringLiteral( "message" ), QStringLiteral( "Success" ) );
  root.insert( QStringLiteral( "body" ), body );
  return QJsonDocument( root );
}

QJsonDocument recorded( const QString &relativePath )
{
  return QJsonDocument( recordedBody( relativePath ) );
}

QJsonObject entry( const QJsonValue &value, const QString &valueType, const QJsonValue &period )
{
  QJsonObject result;
  result.insert( QStringLiteral( "value" ), value );
  result.insert( QStringLiteral( "valueType" ), valueType );
  result.insert( QStringLiteral( "timePeriod" ), period );
  return result;
}

DpkPeriod period( const char *text )
{
  return DpkPeriod::parse( QString::fromLatin1( text ) ).value();
}
} // namespace

TEST( DpkSkolverketApiParser, ReadsARecordedPageOfSchoolUnits )
{
  const DpkResult<DpkSkolverketApiParser::UnitPage> page = DpkSkolverketApiParser::parseUnitPage(
      recorded( QStringLiteral( "list-pages/page0.json" ) ), URL );

  ASSERT_TRUE( page.isOk() ) << page.error().toStdString();
  EXPECT_EQ( page.value().number, 0 );
  EXPECT_EQ( page.value().totalPages, 4 );
  EXPECT_EQ( page.value().totalElements, 155 );
  ASSERT_EQ( page.value().units.size(), 50 );
  EXPECT_EQ( page.value().units[ 0 ].code, QStringLiteral( "44673074" ) );
  EXPECT_EQ( page.value().units[ 0 ].name, QStringLiteral( "Abrahamsbergsskolan" ) );
  EXPECT_EQ( page.value().units[ 0 ].municipalityCode, QStringLiteral( "0180" ) );
}

TEST( DpkSkolverketApiParser, ReadsSwerefCoordinatesAsEpsg3006AndNoContactDetails )
{
  const QString file = QStringLiteral( "school-units/44673074.json" );
  const QJsonObject body = recordedBody( file ).value( QStringLiteral( "body" ) ).toObject();

  const DpkResult<DpkSchool> school =
      DpkSkolverketApiParser::parseUnitDetails( recorded( file ), URL );

  ASSERT_TRUE( school.isOk() ) << school.error().toStdString();
  EXPECT_EQ( school.value().name, body.value( QStringLiteral( "name" ) ).toString() );
  EXPECT_EQ( school.value().organiserType, QStringLiteral( "Kommunal" ) );
  ASSERT_TRUE( school.value().location.has_value() );
  EXPECT_EQ( school.value().location->crs, QStringLiteral( "EPSG:3006" ) );
  EXPECT_DOUBLE_EQ( school.value().location->x,
                    body.value( QStringLiteral( "sweRef_E" ) ).toString().toDouble() );
  EXPECT_DOUBLE_EQ( school.value().location->y,
                    body.value( QStringLiteral( "sweRef_N" ) ).toString().toDouble() );
  EXPECT_TRUE( school.value().organiser.isEmpty() ) << "corporationName may name a person";
}

TEST( DpkSkolverketApiParser, FallsBackToWgs84AndElseToNoLocation )
{
  QJsonObject body;
  body.insert( QStringLiteral( "code" ), QStringLiteral( "12345678" ) );
  body.insert( QStringLiteral( "wgs84_Lat" ), QStringLiteral( "59.33" ) );
  body.insert( QStringLiteral( "wgs84_Long" ), QStringLiteral( "17.95" ) );
  body.insert( QStringLiteral( "sweRef_N" ), QJsonValue::Null );

  const DpkResult<DpkSchool> wgs84 =
      DpkSkolverketApiParser::parseUnitDetails( wrapped( body ), URL );
  ASSERT_TRUE( wgs84.isOk() );
  ASSERT_TRUE( wgs84.value().location.has_value() );
  EXPECT_EQ( wgs84.value().location->crs, QStringLiteral( "EPSG:4326" ) );
  EXPECT_DOUBLE_EQ( wgs84.value().location->x, 17.95 );
  EXPECT_DOUBLE_EQ( wgs84.value().location->y, 59.33 );

  body.remove( QStringLiteral( "wgs84_Lat" ) );
  const DpkResult<DpkSchool> none =
      DpkSkolverketApiParser::parseUnitDetails( wrapped( body ), URL );
  ASSERT_TRUE( none.isOk() );
  EXPECT_FALSE( none.value().location.has_value() );
}

TEST( DpkSkolverketApiParser, KeepsEveryRecordedValueWithItsMarkAndPeriod )
{
  // Every recorded statistics response, compared entry by entry with the file read here.
  const QList<DpkIndicator> indicators = standardIndicators();
  ASSERT_FALSE( indicators.isEmpty() );
  const QStringList files = QDir( recordingsFolder() + QStringLiteral( "/statistics-gr" ) )
                                .entryList( { QStringLiteral( "*.json" ) } );
  ASSERT_EQ( files.size(), 152 );

  int compared = 0;
  for ( const QString &file : files )
  {
    const QJsonObject root = recordedBody( QStringLiteral( "statistics-gr/" ) + file );
    const DpkResult<DpkSkolverketApiParser::Values> values =
        DpkSkolverketApiParser::parseStatistics( QJsonDocument( root ), indicators, file );
    ASSERT_TRUE( values.isOk() ) << values.error().toStdString();
    EXPECT_TRUE( values.value().problems.isEmpty() )
        << values.value().problems.join( '\n' ).toStdString();

    const QJsonObject body = root.value( QStringLiteral( "body" ) ).toObject();
    for ( const DpkIndicator &indicator : indicators )
    {
      if ( !DpkSkolverketApiParser::isReadFrom( indicator,
                                                DpkSkolverketApiParser::statisticsResource() ) )
        continue;
      const DpkValueSeries series = values.value().series.value( indicator.id );
      int recordedEntries = 0;
      for ( const QJsonValue &item : body.value( indicator.apiField ).toArray() )
      {
        const QJsonObject recordedEntry = item.toObject();
        if ( recordedEntry.value( QStringLiteral( "timePeriod" ) ).isNull() )
          continue;
        ++recordedEntries;
        const DpkValue value =
            series.value( period( recordedEntry.value( QStringLiteral( "timePeriod" ) )
                                      .toString()
                                      .toLatin1()
                                      .constData() ) );
        const QString text = recordedEntry.value( QStringLiteral( "value" ) ).toString();
        const QString valueType = recordedEntry.value( QStringLiteral( "valueType" ) ).toString();
        EXPECT_EQ( value.sourceText(), text ) << file.toStdString();
        if ( valueType == QLatin1String( "EXISTS" ) &&
             !text.startsWith( QLatin1String( "cirka" ) ) )
        {
          ASSERT_EQ( value.status(), DpkValue::Status::Exists ) << file.toStdString();
          EXPECT_DOUBLE_EQ( value.number(), QString( text ).replace( ',', '.' ).toDouble() );
        }
        else
        {
          EXPECT_NE( value.status(), DpkValue::Status::Exists )
              << file.toStdString() << " " << text.toStdString();
        }
        ++compared;
      }
      EXPECT_EQ( series.periods().size(), recordedEntries ) << file.toStdString();
    }
  }
  EXPECT_GT( compared, 5000 );
}

TEST( DpkSkolverketApiParser, ReadsTheMarksOfTheApi )
{
  QJsonObject body;
  body.insert(
      QStringLiteral( "merit" ),
      QJsonArray{
          entry( QStringLiteral( "264,0" ), QStringLiteral( "EXISTS" ),
                 QStringLiteral( "2023/24" ) ),
          entry( QStringLiteral( ".." ), QStringLiteral( "OMITTED_DUE_TO_BASED_ON_FEW_PUPILS" ),
                 QStringLiteral( "2022/23" ) ),
          entry( QJsonValue::Null, QStringLiteral( "MISSING" ), QStringLiteral( "2021/22" ) ),
          entry( QJsonValue::Null, QStringLiteral( "MISSING" ), QJsonValue::Null ) } );
  body.insert( QStringLiteral( "eligible" ),
               QJsonArray{ entry( QStringLiteral( "~100" ),
                                  QStringLiteral( "ROUNDED_OFF_DUE_TO_FEW_PUPILS_NOT_ELIGIBLE" ),
                                  QStringLiteral( "2023/24" ) ) } );
  body.insert(
      QStringLiteral( "teachers" ),
      QJsonArray{ entry( QStringLiteral( "*" ),
                         QStringLiteral( "TEACHERS_EXCLUDED_DUE_TO_NO_REQUIRED_LEGITIMATION" ),
                         QStringLiteral( "2023/24" ) ) } );
  body.insert( QStringLiteral( "pupils" ),
               QJsonArray{ entry( QStringLiteral( "cirka 530" ), QStringLiteral( "EXISTS" ),
                                  QStringLiteral( "2025/26" ) ) } );
  const QList<DpkIndicator> indicators = {
      indicator( QStringLiteral( "m" ), QStringLiteral( "merit" ) ),
      indicator( QStringLiteral( "e" ), QStringLiteral( "eligible" ) ),
      indicator( QStringLiteral( "t" ), QStringLiteral( "teachers" ) ),
      indicator( QStringLiteral( "p" ), QStringLiteral( "pupils" ) ) };

  const DpkResult<DpkSkolverketApiParser::Values> values =
      DpkSkolverketApiParser::parseStatistics( wrapped( body ), indicators, URL );

  ASSERT_TRUE( values.isOk() );
  EXPECT_TRUE( values.value().problems.isEmpty() );
  const DpkValueSeries merit = values.value().series.value( QStringLiteral( "m" ) );
  EXPECT_EQ( merit.periods().size(), 3 );
  EXPECT_DOUBLE_EQ( merit.value( period( "2023/24" ) ).number(), 264.0 );
  EXPECT_EQ( merit.value( period( "2022/23" ) ).status(), DpkValue::Status::SuppressedFewPupils );
  EXPECT_EQ( merit.value( period( "2021/22" ) ).status(), DpkValue::Status::Missing );
  EXPECT_EQ(
      values.value().series.value( QStringLiteral( "e" ) ).value( period( "2023/24" ) ).status(),
      DpkValue::Status::RoundedNear100 );
  EXPECT_EQ(
      values.value().series.value( QStringLiteral( "t" ) ).value( period( "2023/24" ) ).status(),
      DpkValue::Status::NotApplicable );
  const DpkValue pupils =
      values.value().series.value( QStringLiteral( "p" ) ).value( period( "2025/26" ) );
  EXPECT_EQ( pupils.status(), DpkValue::Status::Approximate );
  EXPECT_DOUBLE_EQ( pupils.number(), 530.0 );
}

TEST( DpkSkolverketApiParser, NamesTheUrlAndFieldOfAValueItCannotRead )
{
  QJsonObject body;
  body.insert( QStringLiteral( "merit" ),
               QJsonArray{ entry( QStringLiteral( "264,0" ), QStringLiteral( "NEW_KIND" ),
                                  QStringLiteral( "2023/24" ) ),
                           entry( QStringLiteral( "250" ), QStringLiteral( "EXISTS" ),
                                  QJsonValue::Null ) } );

  const DpkResult<DpkSkolverketApiParser::Values> values = DpkSkolverketApiParser::parseStatistics(
      wrapped( body ), { indicator( QStringLiteral( "m" ), QStringLiteral( "merit" ) ) }, URL );

  ASSERT_TRUE( values.isOk() );
  ASSERT_EQ( values.value().problems.size(), 2 );
  for ( const QString &problem : values.value().problems )
  {
    EXPECT_TRUE( problem.contains( URL ) );
    EXPECT_TRUE( problem.contains( QStringLiteral( "merit" ) ) );
  }
  EXPECT_TRUE( values.value().problems[ 0 ].contains( QStringLiteral( "NEW_KIND" ) ) );
  EXPECT_TRUE( values.value().series.isEmpty() );
}

TEST( DpkSkolverketApiParser, RejectsAResponseThatIsNotTheApisEnvelope )
{
  const DpkResult<DpkSkolverketApiParser::UnitPage> array =
      DpkSkolverketApiParser::parseUnitPage( QJsonDocument( QJsonArray() ), URL );
  ASSERT_FALSE( array.isOk() );
  EXPECT_TRUE( array.error().contains( URL ) );

  QJsonObject failed;
  failed.insert( QStringLiteral( "status" ), QStringLiteral( "ERROR" ) );
  failed.insert( QStringLiteral( "message" ), QStringLiteral( "Bad request" ) );
  const DpkResult<DpkSchool> school =
      DpkSkolverketApiParser::parseUnitDetails( QJsonDocument( failed ), URL );
  ASSERT_FALSE( school.isOk() );
  EXPECT_TRUE( school.error().contains( QStringLiteral( "Bad request" ) ) );
}

TEST( DpkSkolverketApiParser, ReadsSalsaForEverySchoolInTheList )
{
  // Written after the shape documented in DpkSkolverketApiParser::parseSalsa().
  QJsonObject first;
  first.insert( QStringLiteral( "schoolUnitCode" ), QStringLiteral( "44673074" ) );
  first.insert( QStringLiteral( "salsaAverageGradesIn9thGradeDeviation" ),
                QJsonObject{ { QStringLiteral( "value" ), QStringLiteral( "-12" ) },
                             { QStringLiteral( "valueType" ), QStringLiteral( "EXISTS" ) } } );
  QJsonObject second;
  second.insert( QStringLiteral( "schoolUnitCode" ), QStringLiteral( "99648792" ) );
  second.insert( QStringLiteral( "salsaAverageGradesIn9thGradeDeviation" ),
                 QJsonObject{ { QStringLiteral( "value" ), QStringLiteral( ".." ) },
                              { QStringLiteral( "valueType" ),
                                QStringLiteral( "OMITTED_DUE_TO_BASED_ON_FEW_PUPILS" ) } } );
  QJsonObject body;
  body.insert( QStringLiteral( "compulsorySchoolUnitSalsaMetricList" ),
               QJsonArray{ first, QJsonValue::Null, second } );
  body.insert( QStringLiteral( "timePeriod" ), QStringLiteral( "2024/25" ) );
  const QList<DpkIndicator> indicators = {
      indicator( QStringLiteral( "salsa" ),
                 QStringLiteral( "salsaAverageGradesIn9thGradeDeviation" ),
                 DpkSkolverketApiParser::salsaResource() ),
      indicator( QStringLiteral( "merit" ),
                 QStringLiteral( "salsaAverageGradesIn9thGradeDeviation" ) ) };

  const DpkResult<DpkSkolverketApiParser::SalsaValues> salsa =
      DpkSkolverketApiParser::parseSalsa( wrapped( body ), indicators, URL );

  ASSERT_TRUE( salsa.isOk() ) << salsa.error().toStdString();
  EXPECT_TRUE( salsa.value().problems.isEmpty() );
  ASSERT_EQ( salsa.value().schools.size(), 2 );
  const DpkValue deviation = salsa.value()
                                 .schools.value( QStringLiteral( "44673074" ) )
                                 .value( QStringLiteral( "salsa" ) )
                                 .value( period( "2024/25" ) );
  ASSERT_TRUE( deviation.hasNumber() );
  EXPECT_DOUBLE_EQ( deviation.number(), -12.0 );
  EXPECT_EQ( salsa.value()
                 .schools.value( QStringLiteral( "99648792" ) )
                 .value( QStringLiteral( "salsa" ) )
                 .value( period( "2024/25" ) )
                 .status(),
             DpkValue::Status::SuppressedFewPupils );
  EXPECT_FALSE( salsa.value()
                    .schools.value( QStringLiteral( "44673074" ) )
                    .contains( QStringLiteral( "merit" ) ) )
      << "an indicator of statistics/gr is not read from SALSA";
}

TEST( DpkSkolverketApiParser, NeedsTheSchoolYearOfSalsa )
{
  QJsonObject body;
  body.insert( QStringLiteral( "compulsorySchoolUnitSalsaMetricList" ), QJsonArray() );
  const DpkResult<DpkSkolverketApiParser::SalsaValues> salsa =
      DpkSkolverketApiParser::parseSalsa( wrapped( body ), {}, URL );
  ASSERT_FALSE( salsa.isOk() );
  EXPECT_TRUE( salsa.error().contains( QStringLiteral( "timePeriod" ) ) );
}
