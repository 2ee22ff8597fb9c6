#include "dpkrunconfig.h"

#include <QJsonDocument>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace
{
const char *COMPLETE = R"({
  "municipality": "0180", "municipalityName": "Stockholm", "period": "2024/25",
  "indicators": ["meritvarde", "alla_amnen", "behorig_yrkes"],
  "results": { "type": "skolverket-export", "path": "export.csv" },
  "schools": { "type": "skolverket-api", "baseUrl": "http://127.0.0.1:8080/planned-educations/v4",
               "cacheDir": "cache", "authcfg": "abc1234" },
  "areas": { "path": "sdn_2020.shp", "codeField": "Sdn_omarde", "nameField": "Sdn_omarde" },
  "output": { "dir": "out", "name": "stockholm-2024-25" } })";

DpkResult<DpkRunConfig> read( const QByteArray &json, QStringList *unknown = nullptr )
{
  return DpkRunConfig::fromJson( json, QStringLiteral( "run.json" ), unknown );
}
} // namespace

TEST( DpkRunConfig, ReadsEveryKey )
{
  const DpkResult<DpkRunConfig> config = read( COMPLETE );
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  const DpkRunConfig &run = config.value();
  EXPECT_EQ( run.municipality, QStringLiteral( "0180" ) );
  EXPECT_EQ( run.municipalityName, QStringLiteral( "Stockholm" ) );
  EXPECT_EQ( run.period, DpkPeriod( 2024 ) );
  EXPECT_EQ( run.indicators.size(), 3 );
  EXPECT_EQ( run.results.type, DpkSourceConfig::Type::SkolverketExport );
  EXPECT_EQ( run.results.path, QStringLiteral( "export.csv" ) );
  EXPECT_EQ( run.schools.type, DpkSourceConfig::Type::SkolverketApi );
  EXPECT_EQ( run.schools.authcfg, QStringLiteral( "abc1234" ) );
  ASSERT_TRUE( run.hasAreas );
  EXPECT_EQ( run.areas.codeField, QStringLiteral( "Sdn_omarde" ) );
  EXPECT_EQ( run.outputName, QStringLiteral( "stockholm-2024-25" ) );
}

TEST( DpkRunConfig, RoundTripsThroughJson )
{
  const DpkRunConfig first = read( COMPLETE ).value();
  const QByteArray json = QJsonDocument( first.toJson() ).toJson();
  const DpkResult<DpkRunConfig> second = read( json );
  ASSERT_TRUE( second.isOk() ) << second.error().toStdString();
  EXPECT_EQ( second.value().toJson(), first.toJson() );
}

TEST( DpkRunConfig, NamesTheKeyAndWhatWasExpected )
{
  QByteArray json( COMPLETE );
  json.replace( "\"0180\"", "180" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_FALSE( config.isOk() );
  EXPECT_TRUE( config.error().startsWith( QStringLiteral( "run.json: key 'municipality'" ) ) )
      << config.error().toStdString();
}

TEST( DpkRunConfig, NamesNestedKeys )
{
  QByteArray json( COMPLETE );
  json.replace( "\"codeField\": \"Sdn_omarde\", ", "" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_FALSE( config.isOk() );
  EXPECT_TRUE( config.error().contains( QStringLiteral( "'areas.codeField'" ) ) )
      << config.error().toStdString();
}

TEST( DpkRunConfig, RejectsAnUnknownSourceType )
{
  QByteArray json( COMPLETE );
  json.replace( "\"type\": \"skolverket-export\"", "\"type\": \"excel\"" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_FALSE( config.isOk() );
  EXPECT_TRUE( config.error().contains( QStringLiteral( "results.type" ) ) );
  EXPECT_TRUE( config.error().contains( QStringLiteral( "excel" ) ) );
}

TEST( DpkRunConfig, SaysWhenTheIndicatorListIsEmpty )
{
  QByteArray json( COMPLETE );
  json.replace( "[\"meritvarde\", \"alla_amnen\", \"behorig_yrkes\"]", "[]" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_FALSE( config.isOk() );
  EXPECT_TRUE( config.error().endsWith( QStringLiteral( "found an empty list" ) ) )
      << config.error().toStdString();
}

TEST( DpkRunConfig, RejectsAnIndicatorNamedTwice )
{
  QByteArray json( COMPLETE );
  json.replace( "\"alla_amnen\"", "\"meritvarde\"" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_FALSE( config.isOk() );
  EXPECT_TRUE( config.error().contains( QStringLiteral( "'indicators'" ) ) )
      << config.error().toStdString();
  EXPECT_TRUE( config.error().contains( QStringLiteral( "\"meritvarde\" twice" ) ) )
      << config.error().toStdString();
}

TEST( DpkRunConfig, RejectsABadPeriod )
{
  QByteArray json( COMPLETE );
  json.replace( "2024/25", "2024/26" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_FALSE( config.isOk() );
  EXPECT_TRUE( config.error().contains( QStringLiteral( "'period'" ) ) );
}

TEST( DpkRunConfig, ReportsUnknownKeysWithoutFailing )
{
  QByteArray json( COMPLETE );
  json.replace( "\"codeField\"", "\"colour\": \"red\", \"codeField\"" );
  json.replace( "\"period\"", "\"perod\": 1, \"period\"" );
  QStringList unknown;
  const DpkResult<DpkRunConfig> config = read( json, &unknown );
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  unknown.sort();
  EXPECT_EQ( unknown,
             ( QStringList{ QStringLiteral( "areas.colour" ), QStringLiteral( "perod" ) } ) );
}

TEST( DpkRunConfig, ReportsBrokenJsonWithItsPosition )
{
  // Cut off inside its third line: the error is placed on that line, within its text.
  const QByteArray json = QByteArray( COMPLETE ).left( 60 );
  const int lastLineLength = json.size() - ( json.lastIndexOf( '\n' ) + 1 );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_FALSE( config.isOk() );
  const QRegularExpressionMatch place =
      QRegularExpression( QStringLiteral( "^run\\.json:(\\d+):(\\d+): not a run configuration" ) )
          .match( config.error() );
  ASSERT_TRUE( place.hasMatch() ) << config.error().toStdString();
  EXPECT_EQ( place.captured( 1 ).toInt(), json.count( '\n' ) + 1 );
  EXPECT_GE( place.captured( 2 ).toInt(), 1 );
  // Qt places the end of input one character past the text.
  EXPECT_LE( place.captured( 2 ).toInt(), lastLineLength + 2 );
}

TEST( DpkRunConfig, AreasAreOptional )
{
  QByteArray json( COMPLETE );
  const int start = json.indexOf( "\"areas\"" );
  const int end = json.indexOf( "\"output\"" );
  json.remove( start, end - start );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  EXPECT_FALSE( config.value().hasAreas );
}

TEST( DpkRunConfig, ReadsTheLayoutKeyAndRoundTripsIt )
{
  QByteArray json( COMPLETE );
  json.replace(
      "\"output\":",
      R"("layout": { "template": "a3-portrait", "atlas": true, "png": true }, "output":)" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  ASSERT_TRUE( config.value().hasLayout );
  EXPECT_EQ( config.value().layout.templateName, QStringLiteral( "a3-portrait" ) );
  EXPECT_TRUE( config.value().layout.atlas );
  EXPECT_TRUE( config.value().layout.png );

  const DpkResult<DpkRunConfig> again = read( QJsonDocument( config.value().toJson() ).toJson() );
  ASSERT_TRUE( again.isOk() ) << again.error().toStdString();
  EXPECT_TRUE( again.value().hasLayout );
  EXPECT_EQ( again.value().layout.templateName, QStringLiteral( "a3-portrait" ) );
  EXPECT_TRUE( again.value().layout.atlas );
  EXPECT_TRUE( again.value().layout.png );
}

TEST( DpkRunConfig, AnEmptyLayoutKeyMeansAnA4SheetWithoutAtlasOrPng )
{
  QByteArray json( COMPLETE );
  json.replace( "\"output\":", R"("layout": {}, "output":)" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  EXPECT_TRUE( config.value().hasLayout );
  EXPECT_EQ( config.value().layout.templateName, QStringLiteral( "a4-landscape" ) );
  EXPECT_FALSE( config.value().layout.atlas );
  EXPECT_FALSE( config.value().layout.png );

  const DpkResult<DpkRunConfig> without = read( COMPLETE );
  ASSERT_TRUE( without.isOk() );
  EXPECT_FALSE( without.value().hasLayout );
  EXPECT_FALSE( without.value().toJson().contains( QStringLiteral( "layout" ) ) );
}

TEST( DpkRunConfig, NamesTheLayoutKeyAndWhatWasExpected )
{
  const QList<std::pair<QByteArray, QString>> cases{
      { R"("layout": { "atlas": "yes" }, "output":)", QStringLiteral( "'layout.atlas'" ) },
      { R"("layout": { "png": 1 }, "output":)", QStringLiteral( "'layout.png'" ) },
      { R"("layout": { "template": 4 }, "output":)", QStringLiteral( "'layout.template'" ) },
      { R"("layout": "a4-landscape", "output":)", QStringLiteral( "'layout'" ) } };
  for ( const auto &badCase : cases )
  {
    QByteArray json( COMPLETE );
    json.replace( "\"output\":", badCase.first );
    const DpkResult<DpkRunConfig> config = read( json );
    ASSERT_FALSE( config.isOk() ) << badCase.first.toStdString();
    EXPECT_TRUE( config.error().startsWith(
        QStringLiteral( "run.json: key %1: expected " ).arg( badCase.second ) ) )
        << config.error().toStdString();
  }
}

TEST( DpkRunConfig, RebasesRelativePathsOntoAnotherFolder )
{
  QByteArray json( COMPLETE );
  json.replace( "\"output\":", R"("layout": { "template": "templates/sheet.qpt" }, "output":)" );
  DpkRunConfig config = read( json ).value();
  config.schools.cacheDir = QStringLiteral( "/var/cache/skolverket" );

  // The project is written into the output folder "out" beside the configuration.
  const DpkRunConfig moved =
      config.rebased( QStringLiteral( "/data/runs" ), QStringLiteral( "/data/runs/out" ) );
  EXPECT_EQ( moved.results.path, QStringLiteral( "../export.csv" ) );
  EXPECT_EQ( moved.areas.path, QStringLiteral( "../sdn_2020.shp" ) );
  EXPECT_EQ( moved.outputDir, QStringLiteral( "." ) );
  EXPECT_EQ( moved.layout.templateName, QStringLiteral( "../templates/sheet.qpt" ) );
  EXPECT_EQ( moved.schools.cacheDir, QStringLiteral( "/var/cache/skolverket" ) );
  EXPECT_EQ( moved.schools.baseUrl, config.schools.baseUrl );

  config.layout.templateName = QStringLiteral( "a3-portrait" );
  EXPECT_EQ( config.rebased( QStringLiteral( "/data/runs" ), QStringLiteral( "/elsewhere" ) )
                 .layout.templateName,
             QStringLiteral( "a3-portrait" ) );
}

TEST( DpkRunConfig, RefusesAnOutputNameThatLeadsOutOfTheOutputFolder )
{
  for ( const char *name : { "../../escape", "a/b", "..", ".", "a\\\\b" } )
  {
    QByteArray json( COMPLETE );
    json.replace( "\"stockholm-2024-25\"", QByteArray( "\"" ) + name + "\"" );
    const DpkResult<DpkRunConfig> config = read( json );
    ASSERT_FALSE( config.isOk() ) << name;
    EXPECT_TRUE( config.error().contains( QStringLiteral( "'output.name'" ) ) )
        << config.error().toStdString();
  }
}

TEST( DpkRunConfig, ReadsAPointLayerOfSchools )
{
  QByteArray json( COMPLETE );
  json.replace(
      R"("type": "skolverket-api", "baseUrl": "http://127.0.0.1:8080/planned-educations/v4",
               "cacheDir": "cache", "authcfg": "abc1234")",
      R"("type": "point-layer", "path": "register.gpkg", "layer": "skolor",
               "codeField": "skolenhetskod")" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  const DpkSourceConfig &schools = config.value().schools;
  EXPECT_EQ( schools.type, DpkSourceConfig::Type::PointLayer );
  EXPECT_EQ( schools.path, QStringLiteral( "register.gpkg" ) );
  EXPECT_EQ( schools.layerName, QStringLiteral( "skolor" ) );
  EXPECT_EQ( schools.codeField, QStringLiteral( "skolenhetskod" ) );

  const DpkResult<DpkRunConfig> again = read( QJsonDocument( config.value().toJson() ).toJson() );
  ASSERT_TRUE( again.isOk() ) << again.error().toStdString();
  EXPECT_EQ( again.value().toJson(), config.value().toJson() );
  EXPECT_EQ( again.value().schools.codeField, QStringLiteral( "skolenhetskod" ) );
}

TEST( DpkRunConfig, NamesTheMissingCodeFieldOfAPointLayer )
{
  QByteArray json( COMPLETE );
  json.replace(
      R"("type": "skolverket-api", "baseUrl": "http://127.0.0.1:8080/planned-educations/v4",
               "cacheDir": "cache", "authcfg": "abc1234")",
      R"("type": "point-layer", "path": "register.gpkg")" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_FALSE( config.isOk() );
  EXPECT_TRUE( config.error().contains( QStringLiteral( "'schools.codeField'" ) ) )
      << config.error().toStdString();
}

TEST( DpkRunConfig, RebasesThePathOfAPointLayer )
{
  DpkRunConfig config = read( COMPLETE ).value();
  config.schools.type = DpkSourceConfig::Type::PointLayer;
  config.schools.path = QStringLiteral( "data/register.gpkg" );
  config.schools.codeField = QStringLiteral( "kod" );
  const DpkRunConfig rebased =
      config.rebased( QStringLiteral( "/tmp/run" ), QStringLiteral( "/tmp/run/out" ) );
  EXPECT_EQ( rebased.schools.path, QStringLiteral( "../data/register.gpkg" ) );
}

TEST( DpkRunConfig, ReadsTheSourceNameAndRoundTripsIt )
{
  QByteArray json( COMPLETE );
  json.replace( "\"period\"", "\"source\": \"Demoköpings egna siffror\", \"period\"" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  EXPECT_EQ( config.value().sourceName, QStringLiteral( "Demoköpings egna siffror" ) );
  EXPECT_EQ( config.value().effectiveSourceName(), QStringLiteral( "Demoköpings egna siffror" ) );
  EXPECT_EQ( config.value().toJson().value( QStringLiteral( "source" ) ).toString(),
             QStringLiteral( "Demoköpings egna siffror" ) );
}

TEST( DpkRunConfig, NamesSkolverketAsTheSourceWhenTheRunNamesNone )
{
  const DpkRunConfig run = read( COMPLETE ).value();
  EXPECT_TRUE( run.sourceName.isEmpty() );
  EXPECT_EQ( run.effectiveSourceName(), QStringLiteral( "Skolverket" ) );
  EXPECT_FALSE( run.toJson().contains( QStringLiteral( "source" ) ) );
}

TEST( DpkRunConfig, RefusesAnEmptySourceName )
{
  QByteArray json( COMPLETE );
  json.replace( "\"period\"", "\"source\": \"\", \"period\"" );
  const DpkResult<DpkRunConfig> config = read( json );
  ASSERT_FALSE( config.isOk() );
  EXPECT_TRUE( config.error().contains( QStringLiteral( "key 'source'" ) ) )
      << config.error().toStdString();
}

TEST( DpkRunConfig, ReadsATemplateRunWithPlaceholders )
{
  QByteArray json( COMPLETE );
  json.replace( "\"0180\"", "\"\"" );
  json.replace( "\"export.csv\"", "\"\"" );
  json.replace( "\"stockholm-2024-25\"", "\"\"" );
  EXPECT_FALSE( read( json ).isOk() );

  const DpkResult<DpkRunConfig> config =
      DpkRunConfig::fromTemplateJson( json, QStringLiteral( "template.qgz" ) );
  ASSERT_TRUE( config.isOk() ) << config.error().toStdString();
  EXPECT_TRUE( config.value().municipality.isEmpty() );
  EXPECT_EQ( config.value().indicators.size(), 3 );
  EXPECT_EQ( config.value().placeholders(),
             ( QStringList{ QStringLiteral( "municipality" ), QStringLiteral( "results.path" ),
                            QStringLiteral( "output.name" ) } ) );
  EXPECT_TRUE( read( COMPLETE ).value().placeholders().isEmpty() );
}

TEST( DpkRunConfig, ATemplateRunStillRefusesWrongValues )
{
  QByteArray json( COMPLETE );
  json.replace( "\"0180\"", "\"18\"" );
  const DpkResult<DpkRunConfig> config =
      DpkRunConfig::fromTemplateJson( json, QStringLiteral( "template.qgz" ) );
  ASSERT_FALSE( config.isOk() );
  EXPECT_TRUE( config.error().startsWith( QStringLiteral( "template.qgz: key 'municipality'" ) ) )
      << config.error().toStdString();
}
